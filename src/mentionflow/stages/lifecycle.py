"""The lifecycle stage: first response, resolution, SLA breaches, ranter -> raver (thin faust glue).

Logic lives in ``mentionflow.core.lifecycle``. Here:

1. ``mentionflow.lifecycle``: ONE agent over ``cases.routed`` and ``cases.events``. Both are
   keyed by case_id with the same partition count, so partition p of either topic belongs
   to the same worker and the case table (``lifecycle-cases``, keyed by case_id) holds a
   case's revisions and desk events together. A desk event found on the wrong partition (a
   producer whose partitioner is not murmur2, e.g. librdkafka's default) is forwarded to the
   partition its key hashes to instead of being parked where its case will never appear.
2. ``mentionflow.lifecycle-authors``: reads ``cases.by-author``, the small activity records
   (negative / positive mention, response to a negative case) the first agent re-keys by
   author id, and keeps the author table (``lifecycle-authors``). Ranter and raver
   conversions feed the Prometheus counters and go to ``metrics.by-series`` so brand and
   queue snapshots carry ranters, ravers, rate and value.
3. A timer (``lifecycle_tick_s``) breaches cases whose ``sla_due_at`` passed with no
   response, with no event needed. The SLA clock of partition p is the later of
   - the highest desk-event time seen on ``cases.events`` p (event time: replays, tests), and
   - the wall clock, but only while both p partitions are caught up: a worker that is
     behind may still have the response in its backlog, so it must not breach on the wall
     clock until it has read it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from aiokafka.partitioner import murmur2
from faust.types import TP, EventT

from mentionflow import observability as obs
from mentionflow.core.lifecycle import AuthorBook, CaseLedger, Effects, LifecycleConfig, decode_case_view
from mentionflow.core.metrics import care_series, conversion_event, conversion_series
from mentionflow.schema import ValidationError, decode_case_event, encode, loads_object, parse_time
from mentionflow.stages.metrics import caught_up, clamp_time, owned_items, send, series_topic

log = logging.getLogger("mentionflow.lifecycle")

STAGE = "lifecycle"


def partition_for(key: bytes, partitions: int) -> int:
    """The partition the Java/aiokafka default partitioner (murmur2) gives ``key``."""
    return (murmur2(key) & 0x7FFFFFFF) % partitions


def register(mf: Any) -> None:
    s = mf.settings
    app = mf.app
    names = s.topics
    source = mf._raw_topic(names.routed, names.events)
    authors_topic = mf._raw_topic(names.author_activity)
    series_out = series_topic(mf)
    ledger = CaseLedger(
        mf._table("lifecycle-cases"),
        LifecycleConfig(
            breach_grace_s=s.sla_breach_grace_s,
            retention_s=s.lifecycle_retention_s,
            default_customer_value=s.default_customer_value,
        ),
    )
    book = AuthorBook(mf._table("lifecycle-authors"), s.raver_window_s)
    last_offsets = mf._last_offsets
    events_wm: dict[int, float] = {}  # per partition of cases.events: highest desk-event time seen

    events_in = obs.EVENTS_IN.labels(stage=STAGE)
    events_out = obs.EVENTS_OUT.labels(stage=STAGE)
    duration = obs.STAGE_SECONDS.labels(stage=STAGE)

    def effects_out(effects: Effects, wall: float) -> list[tuple[Any, bytes, bytes]]:
        out: list[tuple[Any, bytes, bytes]] = []
        for queue, seconds in effects.first_responses:
            obs.FIRST_RESPONSE.labels(queue=queue).observe(seconds)
            obs.RESPONSES.labels(queue=queue).inc()
        for queue, seconds in effects.resolutions:
            obs.RESOLUTION.labels(queue=queue).observe(seconds)
        for breach in effects.breaches:
            out.extend(breach_out(breach, wall))
        for act in effects.activities:
            out.append((authors_topic, act["a"].encode("utf-8"), encode(act)))
        for record in effects.care:
            out.extend(care_out(record))
        return out

    def care_out(record: dict[str, Any]) -> list[tuple[Any, bytes, bytes]]:
        """Count a care outcome in Prometheus and send it to the brand's metrics series."""
        team, kind = record["tm"], record["e"]
        brand = obs.brand_label(record["b"], mf.core.catalog.brands)  # a label: catalog brands only
        if kind == "opened":
            obs.CARE_CASES.labels(brand=brand, team=team, repeat=str(bool(record.get("rep"))).lower()).inc()
        elif kind == "responded":
            obs.CARE_FIRST_RESPONSES.labels(
                brand=brand, team=team, within_sla=str(bool(record.get("sla"))).lower()
            ).inc()
        elif kind == "breached":
            obs.CARE_UNANSWERED_BREACHES.labels(brand=brand, team=team).inc()
        elif kind == "resolved":
            obs.CARE_RESOLVED.labels(brand=brand, team=team, deflected=str(bool(record.get("dfl"))).lower()).inc()
        value = encode(record)
        return [(series_out, key.encode("utf-8"), value) for key in care_series(record)]

    def breach_out(breach: Any, wall: float) -> list[tuple[Any, bytes, bytes]]:
        obs.SLA_BREACHES.labels(queue=breach.queue, priority=breach.priority).inc()
        care = breach.care()
        extra = care_out(care) if care is not None else []
        obs.ALERTS.labels(kind="sla_breach", brand=obs.brand_label(breach.brand, mf.core.catalog.brands)).inc()
        return [(mf.topics["alerts"], breach.case_id.encode("utf-8"), encode(breach.alert(wall))), *extra]

    def handle(event: EventT, wall: float) -> tuple[list[tuple[Any, bytes, bytes]], int | None]:
        """Outputs, and the partition to forward the event to when it sits on the wrong one."""
        msg = event.message
        if msg.topic == names.routed:
            return effects_out(ledger.on_case(decode_case_view(msg.value or b""), wall), wall), None
        case_event = decode_case_event(msg.value or b"")
        key = msg.key if isinstance(msg.key, bytes) else None
        if key != case_event.case_id.encode("utf-8"):
            raise ValidationError(
                "the record key must be the case_id (cases.events is co-partitioned with cases.routed)", "key"
            )
        expected = partition_for(key, s.topic_partitions)
        if msg.partition != expected:
            return [], expected
        at = parse_time(case_event.at, "at")
        events_wm[msg.partition] = max(events_wm.get(msg.partition, 0.0), clamp_time(at, wall, s.event_time_max_skew_s))
        return effects_out(ledger.on_event(case_event, wall), wall), None

    async def lifecycle_agent(stream: Any) -> None:
        async for batch in stream.take_events(s.batch_size, s.batch_timeout_s):
            started = time.perf_counter()
            wall = time.time()
            outputs: list[tuple[Any, bytes, bytes, int | None]] = []
            for event in batch:
                msg = event.message
                mf._current_partition = msg.partition
                try:
                    produced, forward = handle(event, wall)
                    outputs.extend((t, k, v, None) for t, k, v in produced)
                    if forward is not None:
                        log.warning(
                            "case event for %r on partition %s, forwarded to %s", msg.key, msg.partition, forward
                        )
                        outputs.append((mf.topics["events"], msg.key, msg.value, forward))
                except Exception as exc:
                    outputs.append((*mf._deadletter(event, exc, STAGE), None))
                last_offsets[TP(msg.topic, msg.partition)] = msg.offset
            duration.observe(time.perf_counter() - started)
            events_in.inc(len(batch))
            for topic, key, value, partition in outputs:
                await send(topic, key, value, partition)
            events_out.inc(sum(1 for o in outputs if o[0] is mf.topics["alerts"]))

    lifecycle_agent.__name__ = "lifecycle_agent"
    app.agent(source, name="mentionflow.lifecycle", concurrency=1)(lifecycle_agent)

    def on_activity(event: EventT, wall: float) -> list[tuple[Any, bytes, bytes]]:
        act = loads_object(event.message.value or b"")
        for field_name in ("k", "a", "b", "c", "t"):
            if field_name not in act:
                raise ValidationError("required field is missing", field_name)
        out: list[tuple[Any, bytes, bytes]] = []
        for conv in book.on_activity(act, wall):
            brand_label = obs.brand_label(conv.brand, mf.core.catalog.brands)
            if conv.kind == "ranter":
                obs.RANTERS.labels(brand=brand_label, queue=conv.queue).inc()
            else:
                obs.RAVERS.labels(brand=brand_label, queue=conv.queue).inc()
                obs.RAVER_VALUE.labels(brand=brand_label, queue=conv.queue).inc(conv.value)
            record = conversion_event(conv.kind, conv.at, conv.brand, conv.queue, conv.value, conv.author)
            value = encode(record)
            out.extend((series_out, key.encode("utf-8"), value) for key in conversion_series(record))
        return out

    async def authors_agent(stream: Any) -> None:
        async for batch in stream.take_events(s.batch_size, s.batch_timeout_s):
            outputs = mf.handle_batch(batch, on_activity, "lifecycle-authors", time.time())
            for topic, key, value in outputs:
                await send(topic, key, value)

    authors_agent.__name__ = "lifecycle_authors_agent"
    app.agent(authors_topic, name="mentionflow.lifecycle-authors", concurrency=1)(authors_agent)

    def sla_clock(partition: int, wall: float) -> float | None:
        clock = events_wm.get(partition)
        if caught_up(mf, [names.routed, names.events], partition):
            clock = wall if clock is None else max(clock, wall)
        return clock

    @app.timer(interval=s.lifecycle_tick_s, name="mentionflow.lifecycle-sla")
    async def sla_timer() -> None:
        wall = time.time()
        clocks: dict[int, float | None] = {}
        outputs: list[tuple[Any, bytes, bytes]] = []
        owned = mf._active_partitions()
        for n, (partition, case_id) in enumerate(owned_items(ledger.cases), 1):
            if n % s.lifecycle_scan_chunk == 0:
                # Let the agents run: a scan of 50k cases holds the loop ~40-80 ms, which every
                # record in flight in this worker would wait. check() re-reads each case's state;
                # a rebalance meanwhile ends the scan (the next tick starts over on what we own).
                await asyncio.sleep(0)
                if mf.app.rebalancing or mf._active_partitions() != owned:
                    break
            if partition not in clocks:
                clocks[partition] = sla_clock(partition, wall)
            clock = clocks[partition]
            if clock is None:
                continue
            mf._current_partition = partition  # the breach flag goes to the case's changelog partition
            breach = ledger.check(case_id, clock)
            if breach is not None:
                outputs.extend(breach_out(breach, wall))
        for topic, key, value in outputs:
            await send(topic, key, value)
        events_out.inc(sum(1 for o in outputs if o[0] is mf.topics["alerts"]))

    @app.timer(interval=max(60.0, s.lifecycle_tick_s), name="mentionflow.lifecycle-expire")
    async def expire() -> None:
        wall = time.time()
        ledger.expire(wall)
        book.expire(wall)
