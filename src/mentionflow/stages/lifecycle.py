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
import functools
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from aiokafka.partitioner import murmur2
from faust.types import EventT

from mentionflow import observability as obs
from mentionflow.core.lifecycle import AuthorBook, Breach, CaseLedger, Effects, LifecycleConfig, decode_case_view
from mentionflow.core.metrics import care_series, conversion_event, conversion_series
from mentionflow.runtime.host import StageHost
from mentionflow.runtime.records import Record
from mentionflow.schema import ValidationError, decode_case_event, encode, loads_object, parse_time
from mentionflow.stages.metrics import clamp_time

log = logging.getLogger("mentionflow.lifecycle")

STAGE = "lifecycle"


def partition_for(key: bytes, partitions: int) -> int:
    """The partition the Java/aiokafka default partitioner (murmur2) gives ``key``."""
    return (murmur2(key) & 0x7FFFFFFF) % partitions


@dataclass(slots=True)
class Lifecycle:
    """What the lifecycle handlers need, and the SLA clock's event-time watermarks."""

    ledger: CaseLedger
    book: AuthorBook
    brands: Any  # catalog brands (metric labels: these, "other" or "unknown")
    routed: str  # cases.routed
    events: str  # cases.events
    alerts: str  # cases.alerts
    series: str  # metrics.by-series
    authors: str  # cases.by-author
    partitions: int
    max_skew: float
    events_wm: dict[int, float] = field(default_factory=dict)  # per partition of cases.events: latest desk event


def care_records(ctx: Lifecycle, record: dict[str, Any]) -> list[Record]:
    """Count a care outcome in Prometheus and send it to the brand's metrics series."""
    team, kind = record["tm"], record["e"]
    brand = obs.brand_label(record["b"], ctx.brands)  # a label: catalog brands only
    if kind == "opened":
        obs.CARE_CASES.labels(brand=brand, team=team, repeat=str(bool(record.get("rep"))).lower()).inc()
    elif kind == "responded":
        obs.CARE_FIRST_RESPONSES.labels(brand=brand, team=team, within_sla=str(bool(record.get("sla"))).lower()).inc()
    elif kind == "breached":
        obs.CARE_UNANSWERED_BREACHES.labels(brand=brand, team=team).inc()
    elif kind == "resolved":
        obs.CARE_RESOLVED.labels(brand=brand, team=team, deflected=str(bool(record.get("dfl"))).lower()).inc()
    value = encode(record)
    return [(ctx.series, None, key.encode("utf-8"), value) for key in care_series(record)]


def breach_records(ctx: Lifecycle, breach: Breach, wall: float) -> list[Record]:
    obs.SLA_BREACHES.labels(queue=breach.queue, priority=breach.priority).inc()
    care = breach.care()
    extra = care_records(ctx, care) if care is not None else []
    obs.ALERTS.labels(kind="sla_breach", brand=obs.brand_label(breach.brand, ctx.brands)).inc()
    return [(ctx.alerts, None, breach.case_id.encode("utf-8"), encode(breach.alert(wall))), *extra]


def effect_records(ctx: Lifecycle, effects: Effects, wall: float) -> list[Record]:
    out: list[Record] = []
    for queue, seconds in effects.first_responses:
        obs.FIRST_RESPONSE.labels(queue=queue).observe(seconds)
        obs.RESPONSES.labels(queue=queue).inc()
    for queue, seconds in effects.resolutions:
        obs.RESOLUTION.labels(queue=queue).observe(seconds)
    for breach in effects.breaches:
        out.extend(breach_records(ctx, breach, wall))
    for act in effects.activities:
        out.append((ctx.authors, None, act["a"].encode("utf-8"), encode(act)))
    for record in effects.care:
        out.extend(care_records(ctx, record))
    return out


def on_case_or_event(ctx: Lifecycle, event: EventT, wall: float) -> list[Record]:
    """A case revision or a desk event: its effects; a desk event on the wrong partition is
    forwarded to the partition its key hashes to."""
    msg = event.message
    if msg.topic == ctx.routed:
        return effect_records(ctx, ctx.ledger.on_case(decode_case_view(msg.value or b""), wall), wall)
    case_event = decode_case_event(msg.value or b"")
    key = msg.key if isinstance(msg.key, bytes) else None
    if key != case_event.case_id.encode("utf-8"):
        raise ValidationError(
            "the record key must be the case_id (cases.events is co-partitioned with cases.routed)", "key"
        )
    expected = partition_for(key, ctx.partitions)
    if msg.partition != expected:
        log.warning("case event for %r on partition %s, forwarded to %s", msg.key, msg.partition, expected)
        return [(ctx.events, expected, msg.key, msg.value)]
    at = parse_time(case_event.at, "at")
    wm = ctx.events_wm
    wm[msg.partition] = max(wm.get(msg.partition, 0.0), clamp_time(at, wall, ctx.max_skew))
    return effect_records(ctx, ctx.ledger.on_event(case_event, wall), wall)


def on_activity(ctx: Lifecycle, event: EventT, wall: float) -> list[Record]:
    """An author's activity: ranter and raver conversions, to the brand's metrics series."""
    act = loads_object(event.message.value or b"")
    for field_name in ("k", "a", "b", "c", "t"):
        if field_name not in act:
            raise ValidationError("required field is missing", field_name)
    out: list[Record] = []
    for conv in ctx.book.on_activity(act, wall):
        brand_label = obs.brand_label(conv.brand, ctx.brands)
        if conv.kind == "ranter":
            obs.RANTERS.labels(brand=brand_label, queue=conv.queue).inc()
        else:
            obs.RAVERS.labels(brand=brand_label, queue=conv.queue).inc()
            obs.RAVER_VALUE.labels(brand=brand_label, queue=conv.queue).inc(conv.value)
        record = conversion_event(conv.kind, conv.at, conv.brand, conv.queue, conv.value, conv.author)
        value = encode(record)
        out.extend((ctx.series, None, key.encode("utf-8"), value) for key in conversion_series(record))
    return out


def register(host: StageHost) -> None:
    s = host.settings
    names = s.topics
    host.declare_outputs(names.alerts, names.metrics_series, names.author_activity, names.events, names.deadletter)
    cases = host.table("lifecycle-cases")
    ledger = CaseLedger(
        cases,
        LifecycleConfig(
            breach_grace_s=s.sla_breach_grace_s,
            retention_s=s.lifecycle_retention_s,
            default_customer_value=s.default_customer_value,
        ),
    )
    book = AuthorBook(host.table("lifecycle-authors"), s.raver_window_s)
    ctx = Lifecycle(
        ledger,
        book,
        frozenset(),  # the catalog's, once the core is built (below)
        names.routed,
        names.events,
        names.alerts,
        names.metrics_series,
        names.author_activity,
        s.topic_partitions,
        s.event_time_max_skew_s,
    )

    def bound(handler: Any) -> Any:
        ctx.brands = host.core.catalog.brands
        return functools.partial(handler, ctx)

    def alerts(outputs: Sequence[Record]) -> int:
        return sum(1 for o in outputs if o[0] == names.alerts)

    host.run_batches(STAGE, host.topic(names.routed, names.events), lambda: bound(on_case_or_event), count_out=alerts)
    host.run_batches(
        "lifecycle-authors",
        host.topic(names.author_activity),
        lambda: bound(on_activity),
        counted_as=(),
        timed=False,
    )
    events_out = obs.EVENTS_OUT.labels(stage=STAGE)

    def sla_clock(partition: int, wall: float) -> float | None:
        clock = ctx.events_wm.get(partition)
        if host.caught_up([names.routed, names.events], partition):
            clock = wall if clock is None else max(clock, wall)
        return clock

    @host.timer(s.lifecycle_tick_s, name="mentionflow.lifecycle-sla")
    async def sla_timer() -> None:
        """Breach the cases whose SLA passed with no response, with no event needed."""
        ctx.brands = host.core.catalog.brands
        wall = time.time()
        clocks: dict[int, float | None] = {}
        outputs: list[Record] = []
        owned = host.owned_partitions()
        for n, (partition, case_id) in enumerate(cases.owned_items(), 1):
            if n % s.lifecycle_scan_chunk == 0:
                # Let the agents run: a scan of 50k cases holds the loop ~40-80 ms, which every
                # record in flight in this worker would wait. check() re-reads each case's state;
                # a rebalance meanwhile ends the scan (the next tick starts over on what we own).
                await asyncio.sleep(0)
                if host.rebalancing() or host.owned_partitions() != owned:
                    break
            if partition not in clocks:
                clocks[partition] = sla_clock(partition, wall)
            clock = clocks[partition]
            if clock is None:
                continue
            host.set_partition(partition)  # the breach flag goes to the case's changelog partition
            breach = ledger.check(case_id, clock)
            if breach is not None:
                outputs.extend(breach_records(ctx, breach, wall))
        await host.send(STAGE, outputs)
        events_out.inc(alerts(outputs))

    @host.timer(max(60.0, s.lifecycle_tick_s), name="mentionflow.lifecycle-expire")
    async def expire() -> None:
        wall = time.time()
        ledger.expire(wall)
        book.expire(wall)
