"""The fused topology: two hops instead of four, for a worker that runs the four core stages.

- ``enrich+sentiment``: ``mentions.raw`` -> ``mentions.scored``, the text normalised once;
- ``dedup+route``: ``mentions.scored`` -> ``cases.routed``. An incident's member cases share its
  dedup key, so they are in this partition's case book: escalations are routed here, not sent on.

faust's cost per record and hop is most of a worker's CPU (docs/benchmarks.md); mentions.enriched
and mentions.unique stay unused. The handlers are the staged ones composed; a failure in the
second stage of a hop is that stage's dead letter (``StageFailed``). Each hop reports each of its
stages' time (``stage_seconds``) and counters.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Sequence
from dataclasses import dataclass

from faust.types import EventT

from mentionflow.core.text import normalise
from mentionflow.runtime.host import StageHost
from mentionflow.runtime.records import Record, StageFailed
from mentionflow.schema import decode_scored
from mentionflow.stages import dedup, enrich, route, sentiment

clock = time.perf_counter


@dataclass(frozen=True, slots=True)
class EnrichAndScore:
    enrich: enrich.Enrich
    sentiment: sentiment.Sentiment
    seconds: dict[str, float]  # each stage's time in the batch (the agent observes and resets it)


@dataclass(frozen=True, slots=True)
class DedupAndRoute:
    dedup: dedup.Dedup
    route: route.Route
    seconds: dict[str, float]


def enrich_and_score(ctx: EnrichAndScore, event: EventT, now: float) -> Sequence[Record]:
    """enrich then sentiment, in one hop (the text normalised once)."""
    started = clock()
    raw, trace = enrich.ingest(ctx.enrich, event, now)
    norm = normalise(raw.text)
    enriched = ctx.enrich.core.enrich(raw, now, trace, norm)
    enriched_at = clock()
    ctx.seconds["enrich"] += enriched_at - started
    try:
        return sentiment.scored_records(ctx.sentiment, ctx.sentiment.core.score(enriched, norm))
    except Exception as exc:
        raise StageFailed("sentiment", exc) from exc
    finally:
        ctx.seconds["sentiment"] += clock() - enriched_at


def dedup_and_route(ctx: DedupAndRoute, event: EventT, now: float) -> Sequence[Record]:
    """dedup then route, in one hop; a replay re-publishes the escalations it made."""
    started = clock()
    unique = dedup.decide(ctx.dedup, decode_scored(event.message.value), now)
    decided_at = clock()
    ctx.seconds["dedup"] += decided_at - started
    try:
        outputs = route.routed_records(ctx.route, unique, now)
        if unique.dedup.notify_case_ids or unique.dedup.action == "replay":  # replay: re-publish
            outputs.extend(route.revision_records(ctx.route, ctx.route.core.escalations(unique, now)))
    except Exception as exc:
        raise StageFailed("route", exc) from exc
    finally:
        ctx.seconds["route"] += clock() - decided_at
    return outputs


def register(host: StageHost) -> None:
    names = host.settings.topics
    enrich.declare_customers(host)
    dedup.declare_tables(host)
    # The case book lives with the dedup state, on the dedup key's partitions (an incident's member
    # cases are then local). Its own table: the two layouts partition the same case ids
    # differently, and must not restore into each other.
    route.declare_tables(host, "cases-by-dedup-key")
    dedup.declare_timers(host)
    route.declare_timers(host)

    first = {"enrich": 0.0, "sentiment": 0.0}
    host.run_batches(
        "enrich",
        host.topic(names.raw),
        lambda: functools.partial(
            enrich_and_score, EnrichAndScore(enrich.Enrich.of(host), sentiment.Sentiment.of(host), first)
        ),
        agent="enrich+sentiment",
        counted_as=("enrich", "sentiment"),
        stage_seconds=first,
    )
    second = {"dedup": 0.0, "route": 0.0}
    host.run_batches(
        "dedup",
        host.topic(names.scored),
        lambda: functools.partial(dedup_and_route, DedupAndRoute(dedup.Dedup.of(host), route.Route.of(host), second)),
        agent="dedup+route",
        counted_as=("dedup", "route"),
        stage_seconds=second,
    )
