"""The dedup stage: ``mentions.scored`` -> ``mentions.unique`` (new case, follow-up, replay, repost,
near duplicate, incident), with the incident updates that re-route earlier member cases.

Owns the dedup tables (seen, authors, incidents, customer history), their expiry and the open
incidents gauge."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from faust.types import EventT

from mentionflow import observability as obs
from mentionflow.core.pipeline import Pipeline
from mentionflow.runtime.host import StageHost
from mentionflow.runtime.records import Record
from mentionflow.schema import ScoredMention, UniqueMention, decode_scored, encode

STAGE = "dedup"


@dataclass(frozen=True, slots=True)
class Dedup:
    """What the dedup handler needs."""

    core: Pipeline
    out: str  # mentions.unique
    hits: Callable[..., Any]  # the dedup hits counter by kind
    partition_of: Callable[[str], int | None]  # case id -> its partition of mentions.unique (None: unknown)

    @classmethod
    def of(cls, host: StageHost) -> Dedup:
        out = host.settings.topics.unique

        def partition_of(case_id: str) -> int | None:
            return host.partition_of(out, case_id.encode("utf-8"))

        return cls(host.core, out, obs.labelled(obs.DEDUP_HITS), partition_of)


def decide(ctx: Dedup, scored: ScoredMention, now: float) -> UniqueMention:
    unique = ctx.core.dedup(scored, now)
    action = unique.dedup.action
    if action != "new_case":
        ctx.hits(action).inc()
    return unique


def dedup(ctx: Dedup, event: EventT, now: float) -> Sequence[Record]:
    unique = decide(ctx, decode_scored(event.message.value), now)
    outputs: list[Record] = [(ctx.out, None, unique.dedup.case_id.encode("utf-8"), encode(unique))]
    for update in ctx.core.incident_updates(unique, ctx.partition_of):
        outputs.append((ctx.out, None, update.dedup.case_id.encode("utf-8"), encode(update)))
    return outputs


def declare_tables(host: StageHost) -> None:
    host.stores.seen = host.table("dedup-seen", direct=True)
    host.stores.authors = host.table("dedup-authors", direct=True)
    host.stores.incidents = host.table("dedup-incidents", direct=True)
    host.stores.history = host.table("dedup-history", direct=True)  # customer memory


def declare_timers(host: StageHost) -> None:
    @host.timer(5.0, name="mentionflow.dedup-incidents")
    async def open_incidents() -> None:
        obs.INCIDENTS_OPEN.set(host.core.deduper.open_incidents())

    @host.timer(60.0, name="mentionflow.dedup-expire")
    async def expire() -> None:
        host.core.deduper.expire(time.time())
        await host.send("expire", [])  # the tombstones, before yielding


def register(host: StageHost) -> None:
    declare_tables(host)
    declare_timers(host)
    source = host.topic(host.settings.topics.scored)
    host.run_batches(STAGE, source, lambda: functools.partial(dedup, Dedup.of(host)))
