"""Spike and crisis alerts: volume and negative share per brand and category, per 1-minute window.

Baseline: an EWMA of the per-window count and its variance (span ``baseline_windows``), per
subject ``brand|category`` and ``brand|*`` (the whole brand). Test: a z-score, on the
current window and on the sum of the last two windows (an outage that builds over two
minutes shows in the sum before it shows in either minute):

    z = (observed - k * mean) / sqrt(k * max(variance, dispersion * mean, min_variance))   k = 1, 2

The variance is floored by the mean because counts are at least Poisson-dispersed (an EWMA
variance of a mostly-zero series is near zero and would make any single mention a
"spike"); ``dispersion`` (1.5) allows for social traffic being burstier than Poisson (a
handful of people posting within the same two minutes is normal); ``min_variance`` covers
series that never had traffic. ``min_count`` is the
smallest observed volume that can alert at all. The two-window test uses the baseline as it
was before the previous window, so the onset does not inflate its own expectation.

Why not the z-score alone, and why not a Poisson test alone: brand and category counts per
minute are small (0-3 is normal), where a Gaussian z overstates the evidence (5 mentions
against a mean of 0.6 is z = 5.7, yet happens every ~40 hours of steady traffic), while
an exact Poisson test understates it for bursty, overdispersed series, which the EWMA
variance captures. So both must agree: z >= ``spike_z_threshold`` *and* the exact
Poisson tail probability of the observed count under the baseline mean (floored at
``min_rate`` per window) is at most ``max_p_value``. For negative share the same pair is
the binomial z and the exact binomial tail.

Negative share: the EWMA of negatives over the EWMA of volume is the expected share ``p0``;
the observed share of the window (or two) is tested with the binomial z
``(share - p0) / sqrt(p0 (1 - p0) / n)``, needing ``neg_min_volume`` mentions and a rise of
at least ``neg_min_delta``.

Warm-up: a brand alerts only after ``warmup_windows`` windows (zeros included) since its
first mention; categories share the brand's clock, so a category that first appears in an
outage is judged against an empty baseline, not ignored. Cooldown: ``cooldown_windows``
windows per (kind, brand): one outage is one alert, not one per category it touches. A
brand-wide alert is dropped when a category of the same brand raised the same kind in the
same window (the category alert is the specific one).
While alerting, the baseline learns a clipped value, so a long incident raises the baseline
slowly instead of becoming the new normal in a few minutes.

State per brand is one small dict (``observe`` returns it): no growth with traffic.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Final

from mentionflow.core.trends import TrendConfig, TrendDetector
from mentionflow.schema import Alert, utc_iso

ALL: Final = "*"
MAX_GAP_UPDATES: Final = 240  # zero windows applied one by one; beyond that the baseline has decayed anyway


@dataclass(frozen=True, slots=True)
class SpikeConfig:
    z_threshold: float = 4.0
    warmup_windows: int = 10
    cooldown_windows: int = 15
    baseline_windows: int = 30  # EWMA span: alpha = 2 / (span + 1)
    min_count: int = 5
    min_variance: float = 0.25
    dispersion: float = 1.5
    max_p_value: float = 1e-4
    min_rate: float = 0.1  # floor of the expected count per window for the Poisson tail
    neg_min_volume: int = 8
    neg_min_delta: float = 0.2
    window_s: int = 60

    @property
    def alpha(self) -> float:
        return 2.0 / (self.baseline_windows + 1)


@dataclass(slots=True)
class WindowObservation:
    """One closed 1-minute window of one brand."""

    brand: str
    start: float
    end: float
    counts: dict[str, tuple[int, int]]  # category -> (volume, negatives); ALL is derived when missing
    top_incidents: dict[str, dict[str, Any] | None] = field(default_factory=dict)  # category or ALL -> incident
    positives: dict[str, int] = field(default_factory=dict)  # category -> positive mentions; ALL derived


def poisson_tail(x: int, lam: float) -> float:
    """P(X >= x) for X ~ Poisson(lam), summed from x upwards (exact where it matters: far tails)."""
    if x <= 0:
        return 1.0
    if lam <= 0:
        return 0.0
    if x <= lam:
        return 1.0  # not in the upper tail at all
    log_term = -lam + x * math.log(lam) - math.lgamma(x + 1)
    term = math.exp(log_term)
    total = term
    k = x
    while term > total * 1e-12 and k < x + 10_000:
        k += 1
        term *= lam / k
        total += term
    return min(1.0, total)


def binomial_tail(k: int, n: int, p: float) -> float:
    """P(K >= k) for K ~ Binomial(n, p)."""
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    log_p, log_q = math.log(p), math.log1p(-p)
    total = 0.0
    for j in range(k, n + 1):
        total += math.exp(
            math.lgamma(n + 1) - math.lgamma(j + 1) - math.lgamma(n - j + 1) + j * log_p + (n - j) * log_q
        )
    return min(1.0, total)


def _new_subject() -> dict[str, Any]:
    # m, v: EWMA mean and variance of the volume; nm: EWMA of negatives;
    # pm, pv, pnm: the same before the previous window; px, pn: the previous window's volume and negatives.
    return {"m": 0.0, "v": 0.0, "nm": 0.0, "pm": 0.0, "pv": 0.0, "pnm": 0.0, "px": 0, "pn": 0}


class SpikeDetector:
    """The spike test per brand and category, and (``trend``, on by default) the slow-storm,
    praise-surge and cold-start tests of ``core.trends`` on the whole brand."""

    def __init__(self, config: SpikeConfig | None = None, trend: TrendConfig | bool | None = True) -> None:
        self.config = config or SpikeConfig()
        if trend is True:
            trend = TrendConfig()
        self.trend = TrendDetector(trend) if isinstance(trend, TrendConfig) else None

    def observe(
        self, state: dict[str, Any] | None, obs: WindowObservation, now: float
    ) -> tuple[dict[str, Any], list[Alert]]:
        """Test one window against the brand's baseline, then learn it. Windows must come in
        time order; a window at or before the last one seen is ignored (idempotent)."""
        cfg = self.config
        if state is None:
            state = {"last": None, "n": 0, "s": {}, "cool": {}}
        last = state["last"]
        if last is not None and obs.start <= last:
            return state, []
        counts = dict(obs.counts)
        if ALL not in counts:
            counts[ALL] = (sum(c[0] for c in counts.values()), sum(c[1] for c in counts.values()))
        positives = dict(obs.positives)
        if ALL not in positives:
            positives[ALL] = sum(positives.values())
        subjects: dict[str, dict[str, Any]] = state["s"]
        for cat in counts:
            subjects.setdefault(cat, _new_subject())
        if last is not None:
            gap = round((obs.start - last) / cfg.window_s) - 1
            if gap > 0:
                for subject in subjects.values():
                    self._learn_zeros(subject, gap)
                state["n"] += gap
        warm = state["n"] >= cfg.warmup_windows
        alerts: list[Alert] = []
        fired: dict[str, set[str]] = {"volume_spike": set(), "negative_spike": set(), "positive_surge": set()}
        for cat, subject in subjects.items():
            x, neg = counts.get(cat, (0, 0))
            pos = positives.get(cat, 0)
            if warm:
                for alert in self._test(subject, obs, cat, x, neg, pos, state["n"], now, state["cool"]):
                    alerts.append(alert)
                    fired[alert.kind].add(cat)
            self._learn(subject, x, neg, warm)
            subject["pp"] = pos
        state["n"] += 1
        state["last"] = obs.start
        # A brand-wide alert is redundant next to a category alert of the same kind.
        kept = [a for a in alerts if not (a.subject.endswith(f"|{ALL}") and fired[a.kind] - {ALL})]
        for alert in alerts:
            state["cool"][alert.kind] = obs.start + cfg.cooldown_windows * cfg.window_s
        if self.trend is not None:
            quiet = all(obs.start >= state["cool"].get(k, -math.inf) for k in ("volume_spike", "negative_spike"))
            kept += self.trend.observe(
                state.setdefault("tr", {}),
                obs.brand,
                obs.start,
                obs.end,
                counts[ALL][1],
                positives[ALL],
                warm,
                quiet,
                obs.top_incidents.get(ALL),
                state["n"] - 1,
                now,
                state["cool"],
            )
        return state, kept

    # ------------------------------------------------------------------ tests

    def _test(
        self,
        stats: dict[str, Any],
        obs: WindowObservation,
        cat: str,
        x: int,
        neg: int,
        pos: int,
        windows: int,
        now: float,
        cool: dict[str, float],
    ) -> list[Alert]:
        cfg = self.config
        out: list[Alert] = []
        subject = f"{obs.brand}|{cat}"
        # Volume: one window against the current baseline, two windows against the baseline before the previous.
        candidates = [
            (1, x, stats["m"], stats["v"]),
            (2, x + stats["px"], 2 * stats["pm"], 2 * stats["pv"]),
        ]
        best: tuple[float, int, int, float] | None = None
        for span, observed, expected, variance in candidates:
            sd = math.sqrt(max(variance, cfg.dispersion * expected, span * cfg.min_variance))
            z = (observed - expected) / sd
            if observed < cfg.min_count or z < cfg.z_threshold or (best is not None and z <= best[0]):
                continue
            if poisson_tail(observed, max(expected, span * cfg.min_rate)) <= cfg.max_p_value:
                best = (z, span, observed, expected)
        if best is not None:
            z, span, observed, expected = best
            negatives = neg + (stats["pn"] if span == 2 else 0)
            praise = pos + (stats.get("pp", 0) if span == 2 else 0)
            # A wave of praise is not a crisis: it is told apart by the sentiment of the span.
            kind = "positive_surge" if 2 * praise >= observed and praise > negatives else "volume_spike"
            if obs.start >= cool.get(kind, -math.inf):
                evidence = {
                    "metric": "volume",
                    "observed": observed,
                    "expected": round(expected, 3),
                    "z": round(z, 2),
                    "negatives": negatives,
                    "positives": praise,
                }
                out.append(self._alert(kind, obs, subject, cat, now, span, windows, evidence))
        # Negative share against the learned share.
        if stats["m"] > 0 and obs.start >= cool.get("negative_spike", -math.inf):
            neg_candidates = [
                (1, x, neg, stats["nm"] / stats["m"]),
                (2, x + stats["px"], neg + stats["pn"], (stats["pnm"] / stats["pm"]) if stats["pm"] > 0 else None),
            ]
            best_neg: tuple[float, int, int, int, float] | None = None
            for span, n, k, p0 in neg_candidates:
                if p0 is None or n < cfg.neg_min_volume:
                    continue
                p0 = min(0.95, max(0.05, p0))
                share = k / n
                z = (share - p0) / math.sqrt(p0 * (1 - p0) / n)
                if share - p0 < cfg.neg_min_delta or z < cfg.z_threshold or (best_neg is not None and z <= best_neg[0]):
                    continue
                if binomial_tail(k, n, p0) <= cfg.max_p_value:
                    best_neg = (z, span, n, k, p0)
            if best_neg is not None:
                z, span, n, k, p0 = best_neg
                out.append(
                    self._alert(
                        "negative_spike",
                        obs,
                        subject,
                        cat,
                        now,
                        span,
                        windows,
                        {
                            "metric": "negative_share",
                            "observed": round(k / n, 4),
                            "expected": round(p0, 4),
                            "z": round(z, 2),
                            "volume": n,
                            "negatives": k,
                        },
                    )
                )
        return out

    def _alert(
        self,
        kind: str,
        obs: WindowObservation,
        subject: str,
        cat: str,
        now: float,
        span: int,
        windows: int,
        evidence: dict[str, Any],
    ) -> Alert:
        start = obs.start - (span - 1) * self.config.window_s
        evidence.update(
            {
                "window": {"size": "1m", "start": utc_iso(obs.start), "end": utc_iso(obs.end)},
                "span": {"windows": span, "start": utc_iso(start), "end": utc_iso(obs.end)},
                "baseline_windows": windows,
                "top_incident": obs.top_incidents.get(cat),
            }
        )
        return Alert(
            alert_id=f"{kind}:{subject}:{utc_iso(obs.start)}",
            kind=kind,
            at=utc_iso(now),
            brand=obs.brand,
            subject=subject,
            evidence=evidence,
        )

    # ------------------------------------------------------------------ learning

    def _learn(self, stats: dict[str, Any], x: float, neg: float, warm: bool) -> None:
        cfg = self.config
        a = cfg.alpha
        stats["px"], stats["pn"] = int(x), int(neg)  # the raw counts, for the next two-window test
        if warm and x > 0:
            cap = stats["m"] + cfg.z_threshold * math.sqrt(
                max(stats["v"], cfg.dispersion * stats["m"], cfg.min_variance)
            )
            if x > cap:
                neg = neg * cap / x
                x = cap
        stats["pm"], stats["pv"], stats["pnm"] = stats["m"], stats["v"], stats["nm"]
        diff = x - stats["m"]
        stats["m"] += a * diff
        stats["v"] = (1 - a) * (stats["v"] + a * diff * diff)
        stats["nm"] += a * (neg - stats["nm"])

    def _learn_zeros(self, stats: dict[str, Any], k: int) -> None:
        for _ in range(min(k, MAX_GAP_UPDATES)):
            self._learn(stats, 0.0, 0.0, False)
            if stats["m"] < 1e-9 and stats["v"] < 1e-9:
                break
        stats["px"], stats["pn"], stats["pp"] = 0, 0, 0
