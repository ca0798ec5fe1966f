"""The metrics stage: rolling windows, Prometheus gauges and spike alerts (thin faust glue).

Two agents and a timer; the logic is in ``mentionflow.core.metrics`` and ``core.spikes``.

1. ``mentionflow.metrics`` reads ``cases.routed`` (and ``mentions.unique``, co-partitioned,
   for the posting time of mentions that fold into a case), gives each revision its event
   time and re-keys it, once per dimension, onto ``metrics.by-series`` (key
   ``"<dimension>|<value>"``): one partition then owns a series, so windows need no merge.
2. ``mentionflow.metrics-windows`` reads ``metrics.by-series`` and adds each record to the
   series' 1-minute pane (tables ``metrics-panes`` and ``metrics-series``).
3. A timer (``metrics_emit_interval_s``) closes, per owned partition, the windows the
   watermark passed, publishes them to ``metrics.rolling`` (MetricsSnapshot v1), sets the
   per-brand gauges from the last closed minute and runs the spike detector on each closed
   brand minute (alerts to ``cases.alerts``).

Watermark per partition of ``metrics.by-series``: the highest event time seen minus
``metrics_allowed_lateness_s``. A partition that is caught up and got nothing for
``metrics_idle_flush_s`` closes every minute before its newest event's minute, and from
there its watermark follows the wall clock, so the last windows close when traffic stops.
That is also what closes a fast replay of history: run it with a lateness as long as the
replayed span (the pipeline's partitions reorder a replay by up to that much) and every
window closes complete, once the replay has gone through.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson
from faust.types import EventT

from mentionflow import observability as obs
from mentionflow.core.lifecycle import decode_case_view
from mentionflow.core.metrics import (
    MentionTimes,
    RollingMetrics,
    metric_event,
    pane_start,
    remember_unique,
    revision_time,
    series_of,
    split_series,
)
from mentionflow.core.spikes import SpikeConfig, SpikeDetector
from mentionflow.core.trends import TrendConfig
from mentionflow.runtime.host import StageHost
from mentionflow.runtime.records import Record
from mentionflow.schema import ValidationError, encode, loads_object

log = logging.getLogger("mentionflow.metrics")

STAGE = "metrics"


# --------------------------------------------------------------------------- helpers shared with lifecycle


def clamp_time(ts: float, wall: float, max_skew: float) -> float:
    """An event time from a bad clock, far in the future, must not drag the watermark along."""
    return min(ts, wall + max_skew)


# --------------------------------------------------------------------------- handlers


@dataclass(slots=True)
class Rekey:
    """What the re-keying handler (``mentionflow.metrics``) needs."""

    routed: str  # cases.routed
    unique: str  # mentions.unique
    out: str  # metrics.by-series
    max_skew: float
    times: MentionTimes = field(default_factory=MentionTimes)


def to_series(ctx: Rekey, event: EventT, wall: float) -> list[Record]:
    """A case revision, once per dimension, keyed ``<dimension>|<value>`` (a mentions.unique
    record only feeds the posting times of mentions that fold into a case)."""
    msg = event.message
    if msg.topic == ctx.unique:
        remember_unique(ctx.times, msg.value or b"")
        return []
    case = decode_case_view(msg.value or b"")
    ts = clamp_time(revision_time(case, ctx.times), wall, ctx.max_skew)
    record = metric_event(case, ts)
    value = orjson.dumps(record)
    return [(ctx.out, None, key.encode("utf-8"), value) for key in series_of(record)]


@dataclass(slots=True)
class Windows:
    """What the windows handler (``mentionflow.metrics-windows``) needs, and its watermarks."""

    rolling: RollingMetrics
    lateness: float
    max_skew: float
    # Per partition of metrics.by-series: highest event time seen, and wall time of the last input.
    stream_time: dict[int, float] = field(default_factory=dict)
    last_input: dict[int, float] = field(default_factory=dict)

    def watermark(self, partition: int) -> float | None:
        st = self.stream_time.get(partition)
        return None if st is None else st - self.lateness


def add(ctx: Windows, event: EventT, wall: float) -> str:
    """Add one series record to its window: "added", "late", ... (``RollingMetrics.add``)."""
    msg = event.message
    key = msg.key.decode("utf-8") if isinstance(msg.key, bytes) else str(msg.key or "")
    if "|" not in key:
        raise ValidationError("expected a '<dimension>|<value>' key", "key")
    record = loads_object(msg.value or b"")
    if "t" not in record or "k" not in record:
        raise ValidationError("metrics record without k or t")
    ts = clamp_time(float(record["t"]), wall, ctx.max_skew)
    record["t"] = ts
    partition = msg.partition
    if record["k"] == "case":
        ctx.stream_time[partition] = max(ctx.stream_time.get(partition, 0.0), ts)
    ctx.last_input[partition] = wall
    result = ctx.rolling.add(key, record, ctx.watermark(partition) or 0.0)
    if result == "late":
        obs.METRICS_LATE.labels(dimension=split_series(key)[0]).inc()
    return result


def add_to_windows(ctx: Windows, event: EventT, wall: float) -> tuple[()]:
    add(ctx, event, wall)
    return ()  # publishes nothing: only dead letters come out of a windows batch


# --------------------------------------------------------------------------- register


def register(host: StageHost) -> None:
    s = host.settings
    names = s.topics
    host.declare_outputs(names.metrics_series, names.metrics, names.alerts, names.deadletter)
    source = host.topic(names.routed, names.unique)
    series_out = host.topic(names.metrics_series)
    panes = host.table("metrics-panes")
    series = host.table("metrics-series")
    spikes = host.table("metrics-spikes")
    detector = SpikeDetector(
        SpikeConfig(
            z_threshold=s.spike_z_threshold,
            warmup_windows=s.spike_warmup_windows,
            cooldown_windows=s.spike_cooldown_windows,
            min_count=s.spike_min_count,
            max_p_value=s.spike_max_p_value,
        ),
        TrendConfig(threshold=s.trend_threshold, cold_incident_size=s.trend_cold_incident_size),
    )
    rolling = RollingMetrics(panes, series, spikes, detector)
    windows = Windows(rolling, s.metrics_allowed_lateness_s, s.event_time_max_skew_s)
    rekey = Rekey(names.routed, names.unique, names.metrics_series, s.event_time_max_skew_s)
    lateness = windows.lateness
    stream_time, last_input = windows.stream_time, windows.last_input

    events_out = obs.EVENTS_OUT.labels(stage=STAGE)
    for dimension in ("brand", "channel", "queue", "language", "category"):
        obs.METRICS_LATE.labels(dimension=dimension)

    def case_records(batch: Sequence[EventT]) -> int:
        return sum(1 for event in batch if event.message.topic == names.routed)

    host.run_batches(
        STAGE,
        source,
        lambda: functools.partial(to_series, rekey),
        count_in=case_records,  # the unique records only feed the event times
        count_out=lambda outputs: 0,  # (what it publishes is counted when windows close)
    )
    host.run_batches(
        "metrics-windows",
        series_out,
        lambda: functools.partial(add_to_windows, windows),
        counted_as=(),
        timed=False,
    )

    def effective_watermark(partition: int, keys: list[str], wall: float) -> float | None:
        if partition not in stream_time:
            # After a restart or a rebalance: a lower bound of where the stream was, from the state.
            restored = rolling.aggregator.restore_stream_time(keys, lateness)
            if not restored:
                return None
            stream_time[partition] = restored
            last_input.setdefault(partition, wall)
        st = stream_time[partition]
        wm = st - lateness
        idle = wall - last_input.get(partition, wall) - s.metrics_idle_flush_s
        if idle >= 0 and host.caught_up([names.metrics_series], partition):
            # Quiet and caught up: nothing more is on its way for the minutes before the newest
            # event's minute, so close them; from there, time moves on with the wall clock.
            wm = max(wm, pane_start(st) + idle)
        return wm

    pain_labels: dict[str, set[str]] = {}  # brand -> categories with a pain-point gauge

    def set_pain_gauges(brand: str, pain: dict[str, Any]) -> None:
        """Top pain-point categories of the brand's last closed hour; categories that left it drop to 0."""
        if brand not in host.core.catalog.brands:  # labels: catalog brands only (a producer's brand is free text)
            return
        now = {p["name"]: p for p in pain.get("by_volume", []) + pain.get("by_value", []) if p["kind"] == "category"}
        for category in pain_labels.get(brand, set()) - set(now):
            obs.PAIN_CASES.labels(brand=brand, category=category).set(0)
            obs.PAIN_VALUE.labels(brand=brand, category=category).set(0)
        for category, point in now.items():
            obs.PAIN_CASES.labels(brand=brand, category=category).set(point["cases"])
            obs.PAIN_VALUE.labels(brand=brand, category=category).set(point["value_at_risk"])
        pain_labels[brand] = pain_labels.get(brand, set()) | set(now)

    @host.timer(s.metrics_emit_interval_s, name="mentionflow.metrics-close")
    async def close_windows() -> None:
        wall = time.time()
        brands = host.core.catalog.brands
        by_partition: dict[int, list[str]] = {}
        for partition, key in series.owned_items():
            by_partition.setdefault(partition, []).append(key)
        outputs: list[Record] = []
        latest: dict[str, Any] = {}  # brand -> its last closed 1-minute window
        for partition, keys in by_partition.items():
            wm = effective_watermark(partition, keys, wall)
            if wm is None:
                continue
            for key in keys:
                host.set_partition(partition)
                try:
                    result = rolling.close(key, wm, wall)
                except Exception:
                    log.exception("closing windows of %s failed", key)
                    continue
                for snapshot in result.snapshots:
                    outputs.append((names.metrics, None, key.encode("utf-8"), encode(snapshot)))
                    if snapshot.window == "1h" and snapshot.pain_points is not None:
                        set_pain_gauges(snapshot.value, snapshot.pain_points)
                for alert in result.alerts:
                    obs.ALERTS.labels(kind=alert.kind, brand=obs.brand_label(alert.brand, brands)).inc()
                    outputs.append((names.alerts, None, alert.subject.encode("utf-8"), encode(alert)))
                    log.warning("%s %s: %s", alert.kind, alert.subject, alert.evidence)
                for brand, stats in result.brand_minutes:
                    latest[brand] = stats
        for brand, stats in latest.items():
            # Gauges per catalog brand only: "other" would mix brands (its last writer wins).
            if brand not in brands:
                continue
            obs.SENTIMENT_MEAN.labels(brand=brand).set(round(stats.score_sum / stats.volume, 4))
            obs.NEGATIVE_SHARE.labels(brand=brand).set(round(stats.negatives / stats.volume, 4))
        await host.send(STAGE, outputs)
        if outputs:
            events_out.inc(sum(1 for o in outputs if o[0] == names.metrics))
