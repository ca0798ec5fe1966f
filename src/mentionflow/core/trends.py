"""Slow storms, praise surges and cold starts: a change-point test beside the spike test.

The spike test (``core.spikes``) compares one or two minutes with a fast EWMA baseline: it
catches jumps, but a rate that climbs steadily (negatives from 1 to 6 a minute over an hour)
is absorbed by the baseline as it goes. Here, per brand and per sentiment (negatives and
positives, the whole brand), a one-sided **Poisson CUSUM** accumulates the evidence that the
per-minute count left its baseline rate ``l0`` for a higher rate ``l1``:

    l0 = max(baseline, min_rate)      l1 = max(ratio * l0, l0 + min_shift)
    S  = max(0, S + x * ln(l1 / l0) - (l1 - l0))          alert when S >= threshold

(the log-likelihood ratio of Poisson(l1) to Poisson(l0) for a count x; Page 1954,
Lucas 1985). The baseline is a slow EWMA (span ``baseline_windows``, a plain mean while it
has fewer windows) that learns each count clipped at ``l0 + 3 sqrt(l0) + 1`` and stops
learning while ``S`` is past half the threshold, so a build-up does not become the new
normal before it has been decided, while a diurnal rise (far slower than x2 per baseline
span) is learned. ``min_count`` is the fewest mentions the current minute needs
to alert; a tested series resets to 0 after it alerts.

Kinds (``cases.alerts``):
- ``negative_storm``: the negatives' CUSUM crossed (evidence ``rule: cusum``), or the
  cold-start rule: a brand still in its spike warm-up whose window holds an incident of at
  least ``cold_incident_size`` (the incident detector's own size, or distinct cases in the
  window) and ``cold_min_negatives`` negatives (evidence ``rule: cold_start_incident``).
- ``positive_surge``: the positives' CUSUM crossed. (A sudden praise wave is re-labelled
  ``positive_surge`` by the spike test itself, so it never raises ``volume_spike``.)

A storm is not alerted while the brand's spike test is alerting or cooling down (one
outage is one alert); its CUSUM is reset instead. Cooldown per kind: ``cooldown_windows``.
State: a few floats per brand (``state["tr"]``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Final

from mentionflow.schema import Alert, utc_iso

NEGATIVE_STORM: Final = "negative_storm"
POSITIVE_SURGE: Final = "positive_surge"
# series tested by the CUSUM -> the alert kind it raises
SERIES: Final = (("neg", NEGATIVE_STORM), ("pos", POSITIVE_SURGE))


@dataclass(frozen=True, slots=True)
class TrendConfig:
    baseline_windows: int = 120  # slow EWMA span of the per-minute rate
    ratio: float = 2.0  # the rate shift the CUSUM is tuned for: x2 ...
    min_shift: float = 0.5  # ... and at least +0.5 a minute (low-rate brands)
    min_rate: float = 0.2  # floor of the baseline rate
    threshold: float = 10.0  # h: CUSUM level that alerts
    min_count: int = 3  # the alerting minute must hold at least this many of the series
    cooldown_windows: int = 30
    cold_incident_size: int = 5
    cold_min_negatives: int = 3
    max_dispersion: float = 4.0  # cap of the variance / mean factor that discounts bursty series
    suspect_learning: float = 0.25  # baseline learning rate while S is past half the threshold

    @property
    def alpha(self) -> float:
        return 2.0 / (self.baseline_windows + 1)


def _new_series() -> dict[str, float]:
    return {"m": 0.0, "v": 0.0, "n": 0.0, "S": 0.0}


def rates(cfg: TrendConfig, baseline: float) -> tuple[float, float]:
    l0 = max(baseline, cfg.min_rate)
    return l0, max(cfg.ratio * l0, l0 + cfg.min_shift)


def cusum_step(cfg: TrendConfig, series_state: dict[str, float], x: int) -> float:
    """Test one count against the baseline (returns the new S), then learn it (clipped)."""
    l0, l1 = rates(cfg, series_state["m"])
    if series_state["n"] > 0:  # an empty baseline has nothing to test against
        # Quasi-likelihood: bursty (overdispersed) series weigh each minute by 1 / dispersion.
        phi = (
            min(cfg.max_dispersion, max(1.0, series_state.get("v", 0.0) / l0))
            if series_state["n"] >= cfg.baseline_windows / 4
            else 1.0
        )
        series_state["S"] = max(0.0, series_state["S"] + (x * math.log(l1 / l0) - (l1 - l0)) / phi)
    series_state["n"] += 1
    weight = max(cfg.alpha, 1.0 / series_state["n"])
    if series_state["S"] >= cfg.threshold / 2:
        weight *= cfg.suspect_learning  # a build-up in progress is learned slowly until it is decided
    # Clipped only at the outliers: clipping at l1 would bias the baseline low (by ~20% at 1/min).
    learned = min(float(x), l0 + 3 * math.sqrt(l0) + 1) if series_state["n"] > 1 else float(x)
    diff = learned - series_state["m"]
    series_state["m"] += weight * diff
    series_state["v"] = (1 - weight) * (series_state.get("v", 0.0) + weight * diff * diff)
    return series_state["S"]


def learn_zeros(cfg: TrendConfig, state: dict[str, Any], k: int) -> None:
    """Empty minutes between two closed windows: zeros, tested and learned (bounded work)."""
    for series_state in state.values():
        for _ in range(min(k, 240)):
            cusum_step(cfg, series_state, 0)
            if series_state["S"] == 0.0 and series_state["m"] < 1e-6:
                break


class TrendDetector:
    def __init__(self, config: TrendConfig | None = None) -> None:
        self.config = config or TrendConfig()

    def observe(
        self,
        state: dict[str, Any],
        brand: str,
        start: float,
        end: float,
        negatives: int,
        positives: int,
        warm: bool,
        spike_quiet: bool,
        top_incident: dict[str, Any] | None,
        baseline_windows: int,
        now: float,
        cool: dict[str, float] | None = None,
    ) -> list[Alert]:
        """One closed minute of a brand. ``state`` is the brand's trend state (changed in place);
        ``spike_quiet``: the spike test neither alerted now nor is cooling down; ``cool``: the
        cooldowns per kind, shared with the spike test (a positive_surge is one alert)."""
        cfg = self.config
        series: dict[str, dict[str, float]] = state.setdefault("s", {})
        if cool is None:
            cool = state.setdefault("cool", {})
        last = state.get("last")
        if last is not None:
            gap = round((start - last) / 60) - 1
            if gap > 0:
                learn_zeros(cfg, series, gap)
        state["last"] = start
        counts = {"neg": negatives, "pos": positives}
        alerts: list[Alert] = []
        for name, kind in SERIES:
            series_state = series.setdefault(name, _new_series())
            l0, l1 = rates(cfg, series_state["m"])
            level = cusum_step(cfg, series_state, counts[name])
            if name == "neg" and not spike_quiet:
                series_state["S"] = 0.0  # the spike test has this one
                continue
            if start < cool.get(kind, -math.inf):
                series_state["S"] = 0.0  # alerted already
                continue
            if not warm or level < cfg.threshold or counts[name] < cfg.min_count:
                continue
            series_state["S"] = 0.0
            cool[kind] = start + cfg.cooldown_windows * 60
            evidence = {
                "rule": "cusum",
                "metric": "negatives" if name == "neg" else "positives",
                "observed": counts[name],
                "baseline_rate": round(l0, 3),
                "shift_rate": round(l1, 3),
                "cusum": round(level, 2),
                "threshold": cfg.threshold,
            }
            alerts.append(self._alert(kind, brand, start, end, now, evidence, baseline_windows, top_incident))
        if (
            not warm
            and spike_quiet
            and top_incident
            and max(int(top_incident.get("size") or 0), int(top_incident.get("cases") or 0)) >= cfg.cold_incident_size
            and negatives >= cfg.cold_min_negatives
            and start >= cool.get(NEGATIVE_STORM, -math.inf)
        ):
            cool[NEGATIVE_STORM] = start + cfg.cooldown_windows * 60
            evidence = {"rule": "cold_start_incident", "metric": "negatives", "observed": negatives}
            alerts.append(self._alert(NEGATIVE_STORM, brand, start, end, now, evidence, baseline_windows, top_incident))
        return alerts

    @staticmethod
    def _alert(
        kind: str,
        brand: str,
        start: float,
        end: float,
        now: float,
        evidence: dict[str, Any],
        baseline_windows: int,
        top_incident: dict[str, Any] | None,
    ) -> Alert:
        subject = f"{brand}|*"
        evidence.update(
            {
                "window": {"size": "1m", "start": utc_iso(start), "end": utc_iso(end)},
                "baseline_windows": baseline_windows,
                "top_incident": top_incident,
            }
        )
        return Alert(
            alert_id=f"{kind}:{subject}:{utc_iso(start)}",
            kind=kind,
            at=utc_iso(now),
            brand=brand,
            subject=subject,
            evidence=evidence,
        )
