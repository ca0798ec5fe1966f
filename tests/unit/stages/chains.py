"""The staged and fused chains of stage handlers, in process (no faust, no broker)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import orjson

from mentionflow import observability as obs
from mentionflow.core.pipeline import Pipeline, Stores
from mentionflow.runtime.batches import pack
from mentionflow.runtime.records import Record, event_of, unpack
from mentionflow.schema import parse_time
from mentionflow.settings import Settings, load_settings
from mentionflow.stages import dedup, enrich, fused, route, sentiment

SAMPLE = Path(__file__).resolve().parents[3] / "src" / "mentionflow" / "data" / "sample_mentions.jsonl"
RAW, ENRICHED, SCORED = "mentions.raw", "mentions.enriched", "mentions.scored"
UNIQUE, ROUTED = "mentions.unique", "cases.routed"


@functools.cache
def settings() -> Settings:
    return load_settings()


@functools.cache
def base_core() -> Pipeline:
    return Pipeline.from_settings(settings())


def fresh_core() -> Pipeline:
    """A core with empty state over the loaded catalog and rules."""
    base = base_core()
    return Pipeline(base.catalog, base.rules, Stores(), base.deduper.config, base.signals, base.replies)


def sample_lines() -> list[bytes]:
    return [line for line in SAMPLE.read_bytes().splitlines() if line.strip()]


def contexts(core: Pipeline) -> tuple[enrich.Enrich, sentiment.Sentiment, dedup.Dedup, route.Route]:
    s = settings()
    return (
        enrich.Enrich(core, ENRICHED, s.max_payload_bytes, s.max_text_chars),
        sentiment.Sentiment(core, SCORED, obs.labelled(obs.MENTIONS)),
        dedup.Dedup(core, UNIQUE, obs.labelled(obs.DEDUP_HITS), lambda case_id: None),
        route.Route(core, ROUTED, obs.labelled(obs.CASES), obs.labelled(obs.DEDUP_HITS)),
    )


def passed_on(records: Iterable[Record], topic: str) -> list[bytes]:
    """The values of ``records`` sent to ``topic`` (what the next hop reads)."""
    out = []
    for name, _partition, _key, value in records:
        assert name == topic, (name, topic)
        assert value is not None
        out.append(value)
    return out


@dataclass
class Clock:
    """The replay clock of ``mentionflow process --clock event``: the latest created_at so far."""

    now: float = 0.0

    def tick(self, raw: bytes) -> float:
        self.now = max(self.now, parse_time(orjson.loads(raw)["created_at"]))
        return self.now


def staged(lines: list[bytes]) -> list[Record]:
    """Four hops, each record handed on as bytes: what cases.routed gets."""
    e, se, d, r = contexts(fresh_core())
    clock = Clock()
    cases: list[Record] = []
    for offset, line in enumerate(lines):
        now = clock.tick(line)
        for value in passed_on(enrich.enrich(e, event_of(line, RAW, 0, offset), now), ENRICHED):
            for scored in passed_on(sentiment.sentiment(se, event_of(value, ENRICHED), now), SCORED):
                for unique in passed_on(dedup.dedup(d, event_of(scored, SCORED), now), UNIQUE):
                    cases.extend(route.route(r, event_of(unique, UNIQUE), now))
    return cases


def fused_chain(lines: list[bytes]) -> list[Record]:
    """Two hops (enrich+sentiment, dedup+route): what cases.routed gets."""
    e, se, d, r = contexts(fresh_core())
    first = fused.EnrichAndScore(e, se, {"enrich": 0.0, "sentiment": 0.0})
    second = fused.DedupAndRoute(d, r, {"dedup": 0.0, "route": 0.0})
    clock = Clock()
    cases: list[Record] = []
    for offset, line in enumerate(lines):
        now = clock.tick(line)
        for scored in passed_on(fused.enrich_and_score(first, event_of(line, RAW, 0, offset), now), SCORED):
            cases.extend(fused.dedup_and_route(second, event_of(scored, SCORED), now))
    return cases


def one_partition(topic: str) -> Callable[[bytes | None], int]:
    return lambda key: 0


def fused_batched(lines: list[bytes], batch_size: int, envelope_bytes: int | None = None) -> list[Record]:
    """Two hops as the worker runs them with micro-batches: ``batch_size`` mentions through
    enrich+sentiment, their scored records packed into envelopes (one partition, so the order is
    the stream's; ``envelope_bytes``: envelopes that small, split), each envelope unpacked and
    its mentions through dedup+route, each at the clock of its own mention."""
    e, se, d, r = contexts(fresh_core())
    first = fused.EnrichAndScore(e, se, {"enrich": 0.0, "sentiment": 0.0})
    second = fused.DedupAndRoute(d, r, {"dedup": 0.0, "route": 0.0})
    clock = Clock()
    cases: list[Record] = []
    offset = 0
    for start in range(0, len(lines), batch_size):
        scored: list[Record] = []
        at: list[float] = []
        for line in lines[start : start + batch_size]:
            now = clock.tick(line)
            outputs = fused.enrich_and_score(first, event_of(line, RAW, 0, offset), now)
            scored.extend(outputs)
            at.extend(now for _ in outputs)
            offset += 1
        limit = None if envelope_bytes is None else (lambda topic: envelope_bytes)
        envelopes = pack(scored, {SCORED}, one_partition, limit)
        passed_on(envelopes, SCORED)
        ats = iter(at)
        for topic, partition, key, value in envelopes:
            for item in unpack(event_of(value, topic, partition or 0, 0, key)):
                cases.extend(fused.dedup_and_route(second, item, next(ats)))
    return cases
