"""Time-to-alert and false alerts of the spike + trend detectors on synthetic and replayed traffic.

    python scripts/storm_eval.py [--seeds 40] [--days 20]

Synthetic: per-minute Poisson (and overdispersed, gamma-mixed) traffic for a brand; the slow
build is negatives climbing linearly from 1 to 6 a minute over an hour. Replayed: the airline
sentiment set (``$MENTIONFLOW_SHARED_DATA``/airline_sentiment/Tweets.csv, crowd labels), per
airline and minute; skipped when absent.
"""

from __future__ import annotations

import argparse
import csv
import math
import os
import random
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

from mentionflow.core.spikes import ALL, SpikeDetector, WindowObservation

STORMY = ("negative_storm", "volume_spike", "negative_spike")
T0 = 1_795_000_000.0 - 1_795_000_000.0 % 86400


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def minute(rng: random.Random, neg: float, pos: float, neu: float, dispersion: float = 0.0) -> tuple[int, int, int]:
    """(negatives, positives, neutrals) of one minute; dispersion > 0 mixes the rates with a gamma (bursty)."""

    def draw(lam: float) -> int:
        if dispersion > 0 and lam > 0:
            lam = rng.gammavariate(1 / dispersion, lam * dispersion)
        return poisson(rng, lam)

    return draw(neg), draw(pos), draw(neu)


def run(
    minutes: list[tuple[int, int, int]], brand: str = "b", tops: dict[int, dict[str, Any]] | None = None
) -> list[tuple[int, Any]]:
    det = SpikeDetector()
    state = None
    out = []
    for i, (neg, pos, neu) in enumerate(minutes):
        n = neg + pos + neu
        if n == 0:
            continue
        o = WindowObservation(
            brand, T0 + 60 * i, T0 + 60 * (i + 1), {"none": (n, neg)}, {ALL: (tops or {}).get(i)}, {"none": pos}
        )
        state, alerts = det.observe(state, o, 0.0)
        out += [(i, a) for a in alerts]
    return out


def slow_build(seed: int, dispersion: float = 0.0, warm_minutes: int = 180) -> int | None:
    """Minutes from the start of the build to the first storm/spike alert (None: no alert in 90 min)."""
    rng = random.Random(seed)
    minutes = [minute(rng, 1.0, 1.0, 3.0, dispersion) for _ in range(warm_minutes)]
    for k in range(90):
        rate = 1.0 + 5.0 * min(k, 60) / 60
        minutes.append(minute(rng, rate, 1.0, 3.0, dispersion))
    for i, a in run(minutes):
        if i >= warm_minutes and a.kind in ("negative_storm", "volume_spike", "negative_spike"):
            return i - warm_minutes
    return None


def false_alerts(
    seed: int, days: int, rates: tuple[float, float, float], dispersion: float, diurnal: bool
) -> dict[str, int]:
    rng = random.Random(seed)
    minutes = []
    for i in range(days * 1440):
        f = 1.0 + (0.6 * math.sin(2 * math.pi * (i % 1440) / 1440 - math.pi / 2) if diurnal else 0.0)
        minutes.append(minute(rng, rates[0] * f, rates[1] * f, rates[2] * f, dispersion))
    kinds: dict[str, int] = defaultdict(int)
    for _, a in run(minutes):
        kinds[a.kind] += 1
    return dict(kinds)


def airline(path: Path) -> None:
    per: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            t = datetime.strptime(row["tweet_created"], "%Y-%m-%d %H:%M:%S %z").timestamp()
            slot = per[row["airline"]][int(t // 60)]
            slot[{"negative": 0, "positive": 1}.get(row["airline_sentiment"], 2)] += 1
    total_days = 0.0
    kinds: dict[str, int] = defaultdict(int)
    for brand, by_minute in sorted(per.items()):
        first, last = min(by_minute), max(by_minute)
        days = (last - first + 1) / 1440
        total_days += days
        det = SpikeDetector()
        state = None
        fired = []
        for m in sorted(by_minute):
            neg, pos, neu = by_minute[m]
            o = WindowObservation(brand, m * 60.0, m * 60.0 + 60, {"none": (neg + pos + neu, neg)}, {}, {"none": pos})
            state, alerts = det.observe(state, o, 0.0)
            fired += alerts
        for a in fired:
            kinds[a.kind] += 1
        when = ", ".join(f"{a.kind}@{a.evidence['window']['start'][5:16]}" for a in fired)
        print(f"  {brand:15s} {days:5.1f} days {len(fired):3d} alerts: {when}")
    # Time-to-alert on real background: extra negatives climbing 0 -> 5 a minute over an hour
    # (then 5 a minute for 30 more), injected at 15:00 UTC on each full day, one run per injection.
    rng = random.Random(11)
    delays: list[int | None] = []
    first_kinds: dict[str, int] = defaultdict(int)
    for brand, by_minute in sorted(per.items()):
        first, last = min(by_minute), max(by_minute)
        day = (first // 1440 + 1) * 1440
        while day + 1440 <= last:
            onset = day + 15 * 60
            series = {m: list(v) for m, v in by_minute.items()}
            for k in range(90):
                series.setdefault(onset + k, [0, 0, 0])[0] += poisson(rng, 5.0 * min(k, 60) / 60)
            det = SpikeDetector()
            state = None
            found: int | None = None
            for m in sorted(series):
                neg, pos, neu = series[m]
                if neg + pos + neu == 0:
                    continue
                o = WindowObservation(
                    brand, m * 60.0, m * 60.0 + 60, {"none": (neg + pos + neu, neg)}, {}, {"none": pos}
                )
                state, alerts = det.observe(state, o, 0.0)
                storms = [a.kind for a in alerts if a.kind in STORMY]
                if onset <= m < onset + 90 and found is None and storms:
                    found = m - onset
                    first_kinds[storms[0]] += 1
            delays.append(found)
            day += 1440
    hit = sorted(d for d in delays if d is not None)
    print(
        f"  slow build injected into the replay ({len(delays)} runs, one per airline-day): alerted {len(hit)}, "
        f"time-to-alert min {hit[0] if hit else '-'} median {hit[len(hit) // 2] if hit else '-'} "
        f"max {hit[-1] if hit else '-'} minutes; first alert {dict(first_kinds)}"
    )
    print(
        f"  airline replay: {total_days:.1f} brand-days, alerts per brand-day: "
        + ", ".join(f"{k} {v / total_days:.2f}" for k, v in sorted(kinds.items()))
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, default=40)
    ap.add_argument("--days", type=int, default=20)
    args = ap.parse_args()
    for disp in (0.0, 0.1):
        ttas = [slow_build(s, disp) for s in range(args.seeds)]
        hit = sorted(t for t in ttas if t is not None)
        print(
            f"slow build 1->6 negatives/min over 60 min (dispersion {disp}): alerted {len(hit)}/{len(ttas)}, "
            f"time-to-alert min {hit[0] if hit else '-'} median {hit[len(hit) // 2] if hit else '-'} "
            f"max {hit[-1] if hit else '-'} minutes"
        )
    for rates in ((1.0, 1.0, 3.0), (0.2, 0.1, 0.3), (8.0, 4.0, 10.0)):
        for disp, diurnal in ((0.0, False), (0.0, True), (0.1, True)):
            kinds = false_alerts(99, args.days, rates, disp, diurnal)
            total = sum(kinds.values())
            print(
                f"steady traffic neg/pos/neutral {rates}/min, dispersion {disp}, diurnal {diurnal}: "
                f"{total} alerts in {args.days} brand-days ({total / args.days:.2f}/brand-day) {kinds}"
            )
    shared = Path(os.environ.get("MENTIONFLOW_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))
    tweets = shared / "airline_sentiment" / "Tweets.csv"
    if tweets.exists():
        print("airline sentiment replay (per airline, per minute, crowd labels):")
        airline(tweets)


if __name__ == "__main__":
    main()
