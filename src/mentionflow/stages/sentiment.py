"""The sentiment stage: ``mentions.enriched`` -> ``mentions.scored`` (analysis, harm, signals),
keyed by the dedup key so that dedup's state for a mention is on one partition."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from faust.types import EventT

from mentionflow import observability as obs
from mentionflow.core.dedup import dedup_key
from mentionflow.core.pipeline import Pipeline
from mentionflow.runtime.host import StageHost
from mentionflow.runtime.records import Record
from mentionflow.schema import ScoredMention, decode_enriched, encode

STAGE = "sentiment"


@dataclass(frozen=True, slots=True)
class Sentiment:
    """What the sentiment handler needs."""

    core: Pipeline
    out: str  # mentions.scored
    mentions: Callable[..., Any]  # the mentions counter by brand, channel, sentiment

    @classmethod
    def of(cls, host: StageHost) -> Sentiment:
        return cls(host.core, host.settings.topics.scored, obs.labelled(obs.MENTIONS))


def scored_records(ctx: Sentiment, scored: ScoredMention) -> list[Record]:
    brand = obs.brand_label(scored.enrichment.brand, ctx.core.catalog.brands)  # labels: these, "other" or "unknown"
    ctx.mentions(brand, scored.mention.channel, scored.analysis.label).inc()
    return [(ctx.out, None, dedup_key(scored).encode("utf-8"), encode(scored))]


def sentiment(ctx: Sentiment, event: EventT, now: float) -> Sequence[Record]:
    return scored_records(ctx, ctx.core.score(decode_enriched(event.message.value)))


def register(host: StageHost) -> None:
    source = host.topic(host.settings.topics.enriched)
    host.run_batches(STAGE, source, lambda: functools.partial(sentiment, Sentiment.of(host)))
