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

import logging
import time
from collections.abc import Iterator
from typing import Any

import faust
import orjson
from faust.types import TP, EventT

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
from mentionflow.schema import ValidationError, encode, loads_object

log = logging.getLogger("mentionflow.metrics")

STAGE = "metrics"


# --------------------------------------------------------------------------- helpers shared with lifecycle


def series_topic(mf: Any) -> faust.TopicT:
    """``metrics.by-series``: case revisions and ranter/raver conversions keyed by series."""
    if "metrics-series" not in mf.topics:
        mf.topics["metrics-series"] = mf._raw_topic(mf.settings.topics.metrics_series)
    return mf.topics["metrics-series"]


_DECLARED: set[str] = set()


async def send(topic: faust.TopicT, key: bytes, value: bytes, partition: int | None = None) -> None:
    """Send, declaring the topic first (once): a topic this worker only writes to would
    otherwise be auto-created by the broker with its default partition count."""
    name = ",".join(sorted(topic.topics))
    if name not in _DECLARED:
        await topic.maybe_declare()
        _DECLARED.add(name)
    await topic.send(key=key, value=value, partition=partition)


def partition_lag(mf: Any, topic: str, partition: int) -> int | None:
    """Records not yet processed on one partition; None when unknown (not fetched yet)."""
    tp = TP(topic, partition)
    try:
        highwater = mf.app.consumer.highwater(tp)
    except Exception:
        return None
    if highwater is None:
        return None
    last = mf._last_offsets.get(tp)
    if last is not None:
        return max(0, highwater - (last + 1))
    if highwater == 0:
        return 0
    committed = getattr(mf.app.consumer, "_committed_offset", {}).get(tp)
    return None if committed is None else max(0, highwater - committed)


def caught_up(mf: Any, topics: list[str], partition: int) -> bool:
    return all(partition_lag(mf, topic, partition) == 0 for topic in topics)


def owned_items(store: Any) -> Iterator[tuple[int, str]]:
    """(partition, key) of a ``TableStore``'s keys on the partitions this worker owns."""
    active = store._active()
    for key, item in list(store.table.data.items()):
        if item[0] in active:
            yield item[0], key


def clamp_time(ts: float, wall: float, max_skew: float) -> float:
    """An event time from a bad clock, far in the future, must not drag the watermark along."""
    return min(ts, wall + max_skew)


# --------------------------------------------------------------------------- register


def register(mf: Any) -> None:
    s = mf.settings
    app = mf.app
    names = s.topics
    series_out = series_topic(mf)
    source = mf._raw_topic(names.routed, names.unique)
    panes = mf._table("metrics-panes")
    series = mf._table("metrics-series")
    spikes = mf._table("metrics-spikes")
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
    times = MentionTimes()
    lateness = s.metrics_allowed_lateness_s
    max_skew = s.event_time_max_skew_s
    # Per partition of metrics.by-series: highest event time seen, and wall time of the last input.
    stream_time: dict[int, float] = {}
    last_input: dict[int, float] = {}

    events_in = obs.EVENTS_IN.labels(stage=STAGE)
    events_out = obs.EVENTS_OUT.labels(stage=STAGE)
    duration = obs.STAGE_SECONDS.labels(stage=STAGE)
    for dimension in ("brand", "channel", "queue", "language", "category"):
        obs.METRICS_LATE.labels(dimension=dimension)

    def rekey(event: EventT, wall: float) -> list[tuple[bytes, bytes]]:
        msg = event.message
        if msg.topic == names.unique:
            remember_unique(times, msg.value or b"")
            return []
        case = decode_case_view(msg.value or b"")
        ts = clamp_time(revision_time(case, times), wall, max_skew)
        record = metric_event(case, ts)
        value = orjson.dumps(record)
        return [(key.encode("utf-8"), value) for key in series_of(record)]

    routed = [0]  # case records a batch took (the unique records only feed the event times)

    def to_series(event: EventT, wall: float) -> list[tuple[Any, bytes, bytes]]:
        out = [(series_out, k, v) for k, v in rekey(event, wall)]
        routed[0] += event.message.topic == names.routed
        return out

    async def metrics_agent(stream: Any) -> None:
        async for batch in stream.take_events(s.batch_size, s.batch_timeout_s):
            started = time.perf_counter()
            routed[0] = 0
            outputs = mf.handle_batch(batch, to_series, STAGE, time.time())
            duration.observe(time.perf_counter() - started)
            events_in.inc(routed[0])
            for topic, key, value in outputs:
                await send(topic, key, value)

    metrics_agent.__name__ = "metrics_agent"
    app.agent(source, name="mentionflow.metrics", concurrency=1)(metrics_agent)

    def watermark(partition: int) -> float | None:
        st = stream_time.get(partition)
        if st is None:
            return None
        return st - lateness

    def add(event: EventT, wall: float) -> str:
        msg = event.message
        key = msg.key.decode("utf-8") if isinstance(msg.key, bytes) else str(msg.key or "")
        if "|" not in key:
            raise ValidationError("expected a '<dimension>|<value>' key", "key")
        record = loads_object(msg.value or b"")
        if "t" not in record or "k" not in record:
            raise ValidationError("metrics record without k or t")
        ts = clamp_time(float(record["t"]), wall, max_skew)
        record["t"] = ts
        partition = msg.partition
        if record["k"] == "case":
            stream_time[partition] = max(stream_time.get(partition, 0.0), ts)
        last_input[partition] = wall
        result = rolling.add(key, record, watermark(partition) or 0.0)
        if result == "late":
            obs.METRICS_LATE.labels(dimension=split_series(key)[0]).inc()
        return result

    def add_to_windows(event: EventT, wall: float) -> tuple[()]:
        add(event, wall)
        return ()  # publishes nothing: only dead letters come out of a windows batch

    async def windows_agent(stream: Any) -> None:
        async for batch in stream.take_events(s.batch_size, s.batch_timeout_s):
            outputs = mf.handle_batch(batch, add_to_windows, "metrics-windows", time.time())
            for topic, key, value in outputs:
                await send(topic, key, value)

    windows_agent.__name__ = "metrics_windows_agent"
    app.agent(series_out, name="mentionflow.metrics-windows", concurrency=1)(windows_agent)

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
        if idle >= 0 and caught_up(mf, [series_out.get_topic_name()], partition):
            # Quiet and caught up: nothing more is on its way for the minutes before the newest
            # event's minute, so close them; from there, time moves on with the wall clock.
            wm = max(wm, pane_start(st) + idle)
        return wm

    pain_labels: dict[str, set[str]] = {}  # brand -> categories with a pain-point gauge

    def set_pain_gauges(brand: str, pain: dict[str, Any]) -> None:
        """Top pain-point categories of the brand's last closed hour; categories that left it drop to 0."""
        if brand not in mf.core.catalog.brands:  # labels: catalog brands only (a producer's brand is free text)
            return
        now = {p["name"]: p for p in pain.get("by_volume", []) + pain.get("by_value", []) if p["kind"] == "category"}
        for category in pain_labels.get(brand, set()) - set(now):
            obs.PAIN_CASES.labels(brand=brand, category=category).set(0)
            obs.PAIN_VALUE.labels(brand=brand, category=category).set(0)
        for category, point in now.items():
            obs.PAIN_CASES.labels(brand=brand, category=category).set(point["cases"])
            obs.PAIN_VALUE.labels(brand=brand, category=category).set(point["value_at_risk"])
        pain_labels[brand] = pain_labels.get(brand, set()) | set(now)

    @app.timer(interval=s.metrics_emit_interval_s, name="mentionflow.metrics-close")
    async def close_windows() -> None:
        wall = time.time()
        by_partition: dict[int, list[str]] = {}
        for partition, key in owned_items(series):
            by_partition.setdefault(partition, []).append(key)
        outputs: list[tuple[Any, bytes, bytes]] = []
        latest: dict[str, Any] = {}  # brand -> its last closed 1-minute window
        for partition, keys in by_partition.items():
            wm = effective_watermark(partition, keys, wall)
            if wm is None:
                continue
            for key in keys:
                mf._current_partition = partition
                try:
                    result = rolling.close(key, wm, wall)
                except Exception:
                    log.exception("closing windows of %s failed", key)
                    continue
                for snapshot in result.snapshots:
                    outputs.append((mf.topics["metrics"], key.encode("utf-8"), encode(snapshot)))
                    if snapshot.window == "1h" and snapshot.pain_points is not None:
                        set_pain_gauges(snapshot.value, snapshot.pain_points)
                for alert in result.alerts:
                    obs.ALERTS.labels(kind=alert.kind, brand=obs.brand_label(alert.brand, mf.core.catalog.brands)).inc()
                    outputs.append((mf.topics["alerts"], alert.subject.encode("utf-8"), encode(alert)))
                    log.warning("%s %s: %s", alert.kind, alert.subject, alert.evidence)
                for brand, stats in result.brand_minutes:
                    latest[brand] = stats
        for brand, stats in latest.items():
            # Gauges per catalog brand only: "other" would mix brands (its last writer wins).
            if brand not in mf.core.catalog.brands:
                continue
            obs.SENTIMENT_MEAN.labels(brand=brand).set(round(stats.score_sum / stats.volume, 4))
            obs.NEGATIVE_SHARE.labels(brand=brand).set(round(stats.negatives / stats.volume, 4))
        for topic, out_key, value in outputs:
            await send(topic, out_key, value)
        if outputs:
            events_out.inc(sum(1 for o in outputs if o[0] is mf.topics["metrics"]))
