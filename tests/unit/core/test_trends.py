"""Trend detector: slow negative storms, praise told apart from anger, cold start from incident evidence."""

from __future__ import annotations

import math
import random
from typing import Any

import pytest

from mentionflow.core.lifecycle import case_view
from mentionflow.core.metrics import RollingMetrics, metric_event, series_of
from mentionflow.core.spikes import ALL, SpikeDetector, WindowObservation
from mentionflow.core.trends import NEGATIVE_STORM, POSITIVE_SURGE, TrendConfig, TrendDetector, cusum_step
from mentionflow.schema import parse_time, utc_iso

T0 = parse_time("2026-11-20T09:00:00Z")
STORMY = {"negative_storm", "volume_spike", "negative_spike"}


def poisson(rng: random.Random, lam: float) -> int:
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def run(minutes: list[tuple[int, int, int]], tops: dict[int, Any] | None = None, **kw: Any) -> list[tuple[int, Any]]:
    """minutes: (negatives, positives, neutrals) per minute of one brand."""
    det = SpikeDetector(**kw)
    state = None
    fired = []
    for i, (neg, pos, neu) in enumerate(minutes):
        if neg + pos + neu == 0:
            continue
        obs = WindowObservation(
            "nimbus-mobile",
            T0 + 60 * i,
            T0 + 60 * (i + 1),
            {"none": (neg + pos + neu, neg)},
            {ALL: (tops or {}).get(i)},
            {"none": pos},
        )
        state, alerts = det.observe(state, obs, 0.0)
        fired += [(i, a) for a in alerts]
    return fired


def traffic(
    rng: random.Random, n: int, neg: float = 1.0, pos: float = 1.0, neu: float = 3.0
) -> list[tuple[int, int, int]]:
    return [(poisson(rng, neg), poisson(rng, pos), poisson(rng, neu)) for _ in range(n)]


def slow_build(seed: int) -> tuple[list[tuple[int, int, int]], int]:
    rng = random.Random(seed)
    minutes = traffic(rng, 180)
    onset = len(minutes)
    for k in range(90):  # negatives climb from 1 to 6 a minute over an hour, then stay there
        minutes.append((poisson(rng, 1.0 + 5.0 * min(k, 60) / 60), poisson(rng, 1.0), poisson(rng, 3.0)))
    return minutes, onset


@pytest.mark.parametrize("seed", range(8))
def test_slow_build_raises_a_negative_storm_within_40_minutes(seed: int) -> None:
    minutes, onset = slow_build(seed)
    alerts = run(minutes)
    assert not [i for i, a in alerts if i < onset and a.kind in (NEGATIVE_STORM, POSITIVE_SURGE)]
    fired = [(i, a) for i, a in alerts if i >= onset and a.kind in STORMY]
    assert fired, "the slow build raised nothing"
    at, alert = fired[0]
    assert onset < at <= onset + 40
    assert alert.kind == NEGATIVE_STORM and alert.subject == "nimbus-mobile|*"
    ev = alert.evidence
    assert ev["rule"] == "cusum" and ev["cusum"] >= ev["threshold"] and ev["observed"] > ev["baseline_rate"]


def test_the_spike_test_alone_misses_the_slow_build() -> None:
    # Why the trend detector exists: the fast EWMA follows the climb.
    minutes, onset = slow_build(0)
    assert [a.kind for i, a in run(minutes, trend=False) if i >= onset] == []


@pytest.mark.parametrize("rates", [(1.0, 1.0, 3.0), (0.2, 0.1, 0.3), (6.0, 3.0, 8.0)])
def test_no_trend_alerts_on_two_days_of_steady_diurnal_traffic(rates: tuple[float, float, float]) -> None:
    rng = random.Random(20261203)
    minutes = []
    for i in range(2 * 1440):
        f = 1.0 + 0.6 * math.sin(2 * math.pi * i / 1440)
        minutes.append((poisson(rng, rates[0] * f), poisson(rng, rates[1] * f), poisson(rng, rates[2] * f)))
    assert [(i, a.kind) for i, a in run(minutes) if a.kind in (NEGATIVE_STORM, POSITIVE_SURGE)] == []


def wave(kind: str) -> list[tuple[int, int, int]]:
    base = [(0, 0, 1)] * 20
    extra = [(0, 12, 1), (0, 15, 1), (0, 10, 1)] if kind == "praise" else [(12, 0, 1), (15, 0, 1), (10, 0, 1)]
    return base + extra


def test_a_praise_wave_is_a_positive_surge_not_a_volume_spike() -> None:
    praise = [a for _, a in run(wave("praise"))]
    assert [a.kind for a in praise] == [POSITIVE_SURGE]
    assert praise[0].evidence["positives"] >= praise[0].evidence["observed"] / 2
    anger = [a.kind for _, a in run(wave("anger"))]
    assert "volume_spike" in anger and POSITIVE_SURGE not in anger


def test_a_slow_praise_build_is_a_positive_surge() -> None:
    rng = random.Random(5)
    minutes = traffic(rng, 180)
    minutes += [(poisson(rng, 1.0), poisson(rng, 1.0 + 5.0 * min(k, 60) / 60), poisson(rng, 3.0)) for k in range(90)]
    kinds = [a.kind for i, a in run(minutes) if i >= 180]
    assert kinds and kinds[0] == POSITIVE_SURGE and not set(kinds) & STORMY


def test_cold_start_outage_alerts_in_the_brands_first_minutes() -> None:
    minutes = [(0, 0, 1), (1, 0, 1), (4, 0, 0), (6, 0, 0), (5, 0, 0)]
    incident = {"incident_id": "inc-1", "cases": 4, "size": 7}
    fired = run(minutes, tops={2: {"incident_id": "inc-1", "cases": 3, "size": 3}, 3: incident, 4: incident})
    assert [(i, a.kind, a.evidence["rule"]) for i, a in fired] == [(3, NEGATIVE_STORM, "cold_start_incident")]
    assert fired[0][1].evidence["top_incident"] == incident
    # Without the incident detector's evidence, the warm-up still holds.
    assert run(minutes) == []


def test_storm_is_not_alerted_twice_next_to_a_spike() -> None:
    base = [(0, 0, 1)] * 30
    burst = [(30, 0, 0)] * 6
    kinds = [a.kind for _, a in run(base + burst)]
    assert kinds.count("volume_spike") == 1 and NEGATIVE_STORM not in kinds


def test_cusum_step_reference_values() -> None:
    cfg = TrendConfig()
    s = {"m": 1.0, "v": 0.5, "n": 200.0, "S": 0.0}  # v / m < 1: Poisson, no dispersion discount
    # l0 = 1, l1 = 2: a count of 4 adds 4 ln 2 - 1.
    assert cusum_step(cfg, s, 4) == pytest.approx(4 * math.log(2) - 1)
    learned = 1.0 + cfg.alpha * 3  # the baseline learned the 4
    assert cusum_step(cfg, s, 0) == pytest.approx(4 * math.log(2) - 1 - learned)
    low = {"m": 0.0, "v": 0.0, "n": 200.0, "S": 0.0}
    assert cusum_step(cfg, low, 1) == pytest.approx(math.log(0.7 / 0.2) - 0.5)  # floors: min_rate, min_shift


def test_trend_state_survives_gaps_and_stays_small() -> None:
    det = TrendDetector()
    state: dict[str, Any] = {}
    for i in (0, 1, 2, 50, 51):
        det.observe(state, "b", T0 + 60 * i, T0 + 60 * (i + 1), 1, 1, True, True, None, i, 0.0)
    assert set(state) <= {"s", "cool", "last"} and set(state["s"]) == {"neg", "pos"}
    assert state["s"]["neg"]["n"] == 52  # the 47 empty minutes were learned as zeros


def test_positives_and_incident_size_flow_through_the_rolling_metrics() -> None:
    rm = RollingMetrics({}, {}, {}, SpikeDetector())
    alerts = []
    # A new brand: an outage reported by many in its second minute; the incident grows to 6.
    for i in range(8):
        c = {
            "schema_version": 1,
            "case_id": f"c{i}",
            "revision": 1,
            "update": "created",
            "mention_ids": [f"m{i}"],
            "brand": "nimbus-mobile",
            "author": {"id": f"a{i}", "handle": "h", "customer_lifetime_value": 0.0},
            "channel": "twitter",
            "language": "en",
            "sentiment": {"score": -0.7, "label": "negative"} if i else {"score": 0.8, "label": "positive"},
            "intent": "complaint",
            "severity": "major",
            "category": "outage",
            "priority": "P2",
            "queue": "crisis",
            "sla_due_at": utc_iso(T0 + 3600),
            "incident_id": "inc-1" if i else None,
            "incident_size": i if i else 0,
            "created_at": utc_iso(T0 + (5 if i == 0 else 70 + i)),
            "updated_at": utc_iso(T0 + 100),
        }
        view = case_view(c)
        ev = metric_event(view, view.created_at)
        for key in series_of(ev):
            rm.add(key, ev)
    result = rm.close("brand|nimbus-mobile", T0 + 180, T0 + 200)
    alerts += result.alerts
    assert rm.aggregator.stats("brand|nimbus-mobile", int(T0), int(T0 + 60)).by_category["outage"][2] == 1
    assert [(a.kind, a.evidence["rule"], a.evidence["top_incident"]["size"]) for a in alerts] == [
        (NEGATIVE_STORM, "cold_start_incident", 7)
    ]


def test_trend_defaults_are_the_worker_defaults() -> None:
    from mentionflow.settings import load_settings

    s, cfg = load_settings(), TrendConfig()
    assert (cfg.threshold, cfg.cold_incident_size) == (s.trend_threshold, s.trend_cold_incident_size)
