"""The enrich stage: ``mentions.raw`` -> ``mentions.enriched`` (brand, language, customer, influence).

Owns the customer directory (the ``customers`` global table and its loader agent). The handler is
``enrich(ctx, event, now)``; ``ingest`` (bytes -> the raw mention and its trace) is shared with
the fused stage.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from faust.types import EventT

from mentionflow.core.pipeline import Pipeline
from mentionflow.runtime.customers import customer_directory
from mentionflow.runtime.host import StageHost
from mentionflow.runtime.records import Record
from mentionflow.schema import RawMention, Trace, decode_raw_mention, encode

STAGE = "enrich"


@dataclass(frozen=True, slots=True)
class Enrich:
    """What the enrich handler needs."""

    core: Pipeline
    out: str  # mentions.enriched
    max_payload_bytes: int
    max_text_chars: int

    @classmethod
    def of(cls, host: StageHost) -> Enrich:
        s = host.settings
        return cls(host.core, s.topics.enriched, s.max_payload_bytes, s.max_text_chars)


def ingest(ctx: Enrich, event: EventT, now: float) -> tuple[RawMention, Trace]:
    """The raw mention and its trace (where it came from: what a re-delivery is known by)."""
    msg = event.message
    raw = decode_raw_mention(msg.value, ctx.max_payload_bytes, ctx.max_text_chars)
    trace = Trace(ingested_at=msg.timestamp or now, source_offset=msg.offset, source_partition=msg.partition)
    return raw, trace


def enrich(ctx: Enrich, event: EventT, now: float) -> Sequence[Record]:
    raw, trace = ingest(ctx, event, now)
    enriched = ctx.core.enrich(raw, now, trace)
    return [(ctx.out, None, raw.id.encode("utf-8"), encode(enriched))]


def declare_customers(host: StageHost) -> None:
    """The customer directory, in the core's stores (enrichment reads any author on any partition)."""
    s = host.settings
    host.stores.customers = customer_directory(host.app, host.topic(s.topics.customers), s.topic_partitions)  # type: ignore[assignment]


def register(host: StageHost) -> None:
    declare_customers(host)
    host.run_batches(STAGE, host.topic(host.settings.topics.raw), lambda: functools.partial(enrich, Enrich.of(host)))
