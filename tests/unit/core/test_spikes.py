"""Spike detector: fires on an outage within two windows, quiet on steady traffic, warm-up, cooldown."""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any

import orjson
import pytest
import yaml

from mentionflow.core.lifecycle import case_view
from mentionflow.core.metrics import (
    MentionTimes,
    RollingMetrics,
    metric_event,
    remember_unique,
    revision_time,
    series_of,
)
from mentionflow.core.spikes import ALL, SpikeConfig, SpikeDetector, WindowObservation
from mentionflow.schema import encode, parse_time
from mentionflow.settings import load_settings, packaged_data

T0 = parse_time("2026-11-20T09:00:00Z")
CFG = SpikeConfig()  # the worker's defaults (spike_z_threshold 4, max p 1e-4, warm-up 10, cooldown 15)


def poisson(rng: random.Random, lam: float) -> int:
    # Knuth; fine for the small rates here, and deterministic with a seeded Random.
    if lam > 30:
        return max(0, round(rng.gauss(lam, lam**0.5)))
    limit, k, p = pow(2.718281828459045, -lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def obs(i: int, counts: dict[str, tuple[int, int]], brand: str = "nimbus-mobile", **tops: Any) -> WindowObservation:
    return WindowObservation(brand, T0 + 60 * i, T0 + 60 * (i + 1), counts, dict(tops))


def run(detector: SpikeDetector, windows: list[dict[str, tuple[int, int]]], start: int = 0) -> list[tuple[int, Any]]:
    state = None
    fired = []
    for i, counts in enumerate(windows, start):
        if not any(n for n, _ in counts.values()):
            continue  # an empty minute closes no window: the detector fills the gap with zeros
        state, alerts = detector.observe(state, obs(i, counts), time.time())
        fired += [(i, a) for a in alerts]
    return fired


def steady(
    rng: random.Random, n: int, rates: dict[str, float], neg_share: float = 0.4
) -> list[dict[str, tuple[int, int]]]:
    out = []
    for _ in range(n):
        counts = {}
        for cat, lam in rates.items():
            x = poisson(rng, lam)
            counts[cat] = (x, sum(rng.random() < neg_share for _ in range(x)))
        out.append(counts)
    return out


@pytest.mark.parametrize(
    "rates", [{"outage": 0.1, "billing": 0.3, "none": 0.2}, {"none": 2.0, "billing": 1.0}, {"none": 20.0, "delay": 5.0}]
)
def test_silent_on_steady_poisson_traffic(rates: dict[str, float]) -> None:
    rng = random.Random(20261120)
    windows = steady(rng, 600, rates)
    assert run(SpikeDetector(CFG), windows) == []


def test_fires_on_a_synthetic_outage_within_two_windows() -> None:
    rng = random.Random(7)
    windows = steady(rng, 60, {"outage": 0.05, "billing": 0.2, "none": 0.25})
    onset = len(windows)
    # The sample's outage: two or three reports a minute, on top of normal traffic.
    for extra in (2, 3, 2, 4, 3, 3, 3, 3):
        counts = dict(steady(rng, 1, {"billing": 0.2, "none": 0.25})[0])
        counts["outage"] = (extra, extra)
        windows.append(counts)
    fired = run(SpikeDetector(CFG), windows)
    assert fired, "no alert on the outage"
    first_at, alert = fired[0]
    assert onset <= first_at <= onset + 1
    assert alert.kind == "volume_spike" and alert.subject.startswith("nimbus-mobile|")
    ev = alert.evidence
    assert ev["observed"] > ev["expected"] and ev["z"] >= CFG.z_threshold
    assert ev["window"]["size"] == "1m" and ev["span"]["windows"] in (1, 2)
    # Cooldown: one alert of a kind per brand for the rest of this outage.
    assert len([a for _, a in fired if a.kind == "volume_spike"]) == 1


def test_warm_up_holds_alerts_until_the_baseline_has_enough_windows() -> None:
    windows = [{"none": (1, 0)}] * 3 + [{"outage": (30, 30)}]
    assert run(SpikeDetector(CFG), windows) == []
    windows = [{"none": (1, 0)}] * CFG.warmup_windows + [{"outage": (30, 30)}]
    fired = run(SpikeDetector(CFG), windows)
    assert [a.subject for _, a in fired if a.kind == "volume_spike"] == ["nimbus-mobile|outage"]
    # The brand's share of negatives jumped from 0 to 1 as well.
    assert [a.subject for _, a in fired if a.kind == "negative_spike"] == ["nimbus-mobile|*"]


def test_cooldown_then_alerts_again() -> None:
    base = [{"none": (1, 0)}] * 20
    burst = [{"outage": (30, 30)}]
    quiet = [{"none": (1, 0)}] * (CFG.cooldown_windows + 5)
    fired = run(SpikeDetector(CFG), base + burst * 3 + quiet + burst)
    assert [i for i, a in fired if a.kind == "volume_spike"] == [20, 20 + 3 + len(quiet)]


def test_brand_wide_alert_is_dropped_next_to_the_category_alert() -> None:
    fired = run(SpikeDetector(CFG), [{"none": (1, 0)}] * 20 + [{"outage": (40, 0)}])
    assert [a.subject for _, a in fired if a.kind == "volume_spike"] == ["nimbus-mobile|outage"]
    # A rise spread over categories shows only brand-wide.
    spread = {c: (3, 0) for c in ("billing", "delivery", "account", "staff", "delay", "defect")}
    fired = run(SpikeDetector(CFG), [{c: (0, 0) for c in spread} | {"none": (1, 0)}] * 20 + [spread])
    assert [a.subject for _, a in fired] == [f"nimbus-mobile|{ALL}"]


def test_negative_share_spike() -> None:
    rng = random.Random(3)
    windows = steady(rng, 40, {"none": 20.0}, neg_share=0.3)
    windows += [{"none": (20, 18)}, {"none": (21, 19)}]
    fired = run(SpikeDetector(CFG), windows)
    kinds = {(i, a.kind) for i, a in fired}
    assert (40, "negative_spike") in kinds or (41, "negative_spike") in kinds
    alert = next(a for _, a in fired if a.kind == "negative_spike")
    assert alert.evidence["metric"] == "negative_share"
    assert alert.evidence["observed"] > alert.evidence["expected"] + CFG.neg_min_delta


def test_evidence_names_the_top_incident() -> None:
    det = SpikeDetector(CFG)
    state = None
    for i in range(20):
        state, _ = det.observe(state, obs(i, {"none": (1, 0)}), 0)
    top = {"incident_id": "inc-1", "cases": 12}
    state, alerts = det.observe(state, obs(20, {"outage": (30, 0)}, outage=top), 0)
    assert alerts[0].evidence["top_incident"] == top
    assert alerts[0].alert_id == "volume_spike:nimbus-mobile|outage:2026-11-20T09:20:00.000Z"


def test_a_window_seen_twice_is_ignored_and_gaps_count_as_zeros() -> None:
    det = SpikeDetector(CFG)
    state, _ = det.observe(None, obs(0, {"none": (5, 0)}), 0)
    before = orjson.dumps(state)
    state, alerts = det.observe(state, obs(0, {"none": (500, 0)}), 0)
    assert alerts == [] and orjson.dumps(state) == before
    state, _ = det.observe(state, obs(10, {"none": (5, 0)}), 0)
    assert state["n"] == 11  # nine empty minutes in between were learned as zeros
    assert state["s"][ALL]["m"] < 5 * CFG.alpha * 2


# --------------------------------------------------------------------------- the bundled sample, in process


def replay_sample(skip: set[str]) -> list[Any]:
    """Run the sample through the pure pipeline and the rolling metrics; return the spike alerts."""
    from mentionflow.core.pipeline import Pipeline
    from mentionflow.schema import raw_mention_from_dict

    core = Pipeline.from_settings(load_settings())
    rm = RollingMetrics({}, {}, {}, SpikeDetector(CFG))
    times = MentionTimes()
    now = time.time()
    stream_time = 0.0
    alerts: list[Any] = []
    for line in packaged_data("sample_mentions.jsonl").read_bytes().splitlines():
        raw = raw_mention_from_dict(orjson.loads(line))
        if raw.id in skip:
            continue
        unique, case = core.run(raw, now)
        remember_unique(times, encode(unique))
        updates = core.incident_updates(unique)
        for update in updates:
            remember_unique(times, encode(update))
        revisions = [case] if case is not None else []
        revisions += [c for c in (core.route(u, now) for u in updates) if c is not None]
        for revision in revisions:
            view = case_view(orjson.loads(encode(revision)))
            ts = revision_time(view, times)
            stream_time = max(stream_time, ts)
            record = metric_event(view, ts)
            for key in series_of(record):
                rm.add(key, record, stream_time - 120)
        for key in list(rm.aggregator.series):
            alerts += rm.close(key, stream_time - 120, now).alerts
    for key in list(rm.aggregator.series):
        alerts += rm.close(key, stream_time + 7200, now).alerts
    return alerts


def sample_incident() -> dict[str, Any]:
    path = Path(__file__).resolve().parents[2] / "data" / "sample_expectations.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))["incident"]


def test_sample_outage_replay_fires_within_two_windows_of_onset() -> None:
    incident = sample_incident()
    alerts = replay_sample(set())
    volume = [a for a in alerts if a.kind == "volume_spike"]
    assert volume, "the outage replay raised no volume spike"
    alert = volume[0]
    assert alert.brand == incident["brand"]
    onset = parse_time(incident["onset"])
    window_start = parse_time(alert.evidence["window"]["start"])
    assert onset - 60 < window_start <= onset + 60  # the onset's minute or the next one
    assert len(alerts) == 1, [(a.kind, a.subject, a.evidence["window"]) for a in alerts]


def test_sample_replay_without_the_outage_is_quiet() -> None:
    incident = sample_incident()
    skip = set(incident["ids"]) | set(incident.get("related_reposts") or [])
    assert replay_sample(skip) == []


def test_exact_tails() -> None:
    from mentionflow.core.spikes import binomial_tail, poisson_tail

    assert poisson_tail(0, 3.0) == 1.0 and poisson_tail(2, 3.0) == 1.0
    assert poisson_tail(5, 0.6) == pytest.approx(3.96e-4, rel=0.01)
    assert poisson_tail(40, 10.0) == pytest.approx(7.34e-13, rel=0.01)
    assert binomial_tail(3, 3, 0.5) == pytest.approx(0.125)
    assert binomial_tail(0, 3, 0.5) == 1.0 and binomial_tail(4, 3, 0.5) == 0.0
    assert binomial_tail(8, 10, 0.3) == pytest.approx(1.59e-3, rel=0.01)


def test_detector_defaults_are_the_worker_defaults() -> None:
    s = load_settings()
    assert (CFG.z_threshold, CFG.warmup_windows, CFG.cooldown_windows, CFG.min_count, CFG.max_p_value) == (
        s.spike_z_threshold,
        s.spike_warmup_windows,
        s.spike_cooldown_windows,
        s.spike_min_count,
        s.spike_max_p_value,
    )
