"""Each stage's handler, called as the worker calls it, without faust or a broker:
bytes in, ``(topic, partition, key, value)`` records out."""

from __future__ import annotations

from typing import Any

import orjson
import pytest
from chains import ENRICHED, RAW, ROUTED, SCORED, UNIQUE, contexts, fresh_core, sample_lines

from mentionflow.core.dedup import dedup_key
from mentionflow.core.lifecycle import AuthorBook, CaseLedger
from mentionflow.runtime.records import StageFailed, dead_letter_record, event_of
from mentionflow.schema import CodecError, decode_scored, decode_unique, parse_time
from mentionflow.stages import dedup, enrich, fused, lifecycle, metrics, route, sentiment

LINE = sample_lines()[0]
NOW = parse_time(orjson.loads(LINE)["created_at"])


def only(records: Any) -> tuple[str, int | None, bytes, bytes]:
    (record,) = records
    return record


def test_enrich_keys_the_enriched_mention_by_its_id_and_keeps_where_it_came_from() -> None:
    e, *_ = contexts(fresh_core())
    topic, partition, key, value = only(enrich.enrich(e, event_of(LINE, RAW, 3, 41, timestamp=5.0), NOW))
    assert (topic, partition, key) == (ENRICHED, None, orjson.loads(LINE)["id"].encode())
    record = orjson.loads(value)
    assert record["enrichment"]["brand"] == "parcelo"
    assert record["trace"]["source_partition"] == 3 and record["trace"]["source_offset"] == 41
    assert record["trace"]["ingested_at"] == 5.0


@pytest.mark.parametrize("bad", [b"{", b"[]", b'{"id": "x"}'])
def test_enrich_refuses_bad_bytes_with_a_codec_error_that_makes_a_dead_letter(bad: bytes) -> None:
    e, *_ = contexts(fresh_core())
    event = event_of(bad, RAW, 1, 9, key=b"k")
    with pytest.raises(CodecError) as raised:
        enrich.enrich(e, event, NOW)
    topic, partition, key, value = dead_letter_record(event, raised.value, "enrich", "mentions.deadletter")
    assert (topic, partition, key) == ("mentions.deadletter", None, b"k")
    letter = orjson.loads(value or b"")
    assert letter["stage"] == "enrich" and letter["source"]["offset"] == 9


def test_sentiment_keys_the_scored_mention_by_its_dedup_key() -> None:
    e, se, *_ = contexts(fresh_core())
    (_, _, _, enriched) = only(enrich.enrich(e, event_of(LINE), NOW))
    topic, partition, key, value = only(sentiment.sentiment(se, event_of(enriched, ENRICHED), NOW))
    scored = decode_scored(value)
    assert (topic, partition) == (SCORED, None) and key == dedup_key(scored).encode()
    assert scored.analysis.label in ("negative", "neutral", "positive")


def scored_bytes(core: Any, line: bytes) -> bytes:
    e, se, *_ = contexts(core)
    (_, _, _, enriched) = only(enrich.enrich(e, event_of(line), NOW))
    return only(sentiment.sentiment(se, event_of(enriched, ENRICHED), NOW))[3]


def test_dedup_opens_a_case_then_calls_the_same_record_again_a_replay() -> None:
    core = fresh_core()
    _, _, d, _ = contexts(core)
    scored = scored_bytes(core, LINE)
    topic, _, key, value = only(dedup.dedup(d, event_of(scored, SCORED), NOW))
    first = decode_unique(value)
    assert topic == UNIQUE and first.dedup.action == "new_case" and key == first.dedup.case_id.encode()
    again = decode_unique(only(dedup.dedup(d, event_of(scored, SCORED), NOW))[3])
    assert again.dedup.action == "replay" and again.dedup.case_id == first.dedup.case_id


def test_route_publishes_the_case_keyed_by_case_id() -> None:
    core = fresh_core()
    _, _, d, r = contexts(core)
    unique = only(dedup.dedup(d, event_of(scored_bytes(core, LINE), SCORED), NOW))[3]
    topic, partition, key, value = only(route.route(r, event_of(unique, UNIQUE), NOW))
    case = orjson.loads(value)
    assert (topic, partition) == (ROUTED, None) and key == case["case_id"].encode()
    assert case["queue"] and case["priority"] in ("P1", "P2", "P3", "P4")


def test_a_failure_in_a_fused_hops_second_stage_names_that_stage(monkeypatch: pytest.MonkeyPatch) -> None:
    core = fresh_core()
    e, se, *_ = contexts(core)
    first = fused.EnrichAndScore(e, se, {"enrich": 0.0, "sentiment": 0.0})

    def exploding(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("model exploded")

    monkeypatch.setattr(core, "score", exploding)
    with pytest.raises(StageFailed) as raised:
        fused.enrich_and_score(first, event_of(LINE), NOW)
    assert raised.value.stage == "sentiment"
    assert first.seconds["enrich"] > 0 and first.seconds["sentiment"] > 0


def routed_case_bytes() -> bytes:
    core = fresh_core()
    _, _, d, r = contexts(core)
    unique = only(dedup.dedup(d, event_of(scored_bytes(core, LINE), SCORED), NOW))[3]
    return only(route.route(r, event_of(unique, UNIQUE), NOW))[3]


def test_metrics_rekeys_a_case_once_per_dimension_and_learns_from_unique_records() -> None:
    ctx = metrics.Rekey(ROUTED, UNIQUE, "metrics.by-series", max_skew=300.0)
    assert metrics.to_series(ctx, event_of(b"{}", UNIQUE), NOW) == []
    records = metrics.to_series(ctx, event_of(routed_case_bytes(), ROUTED), NOW)
    dimensions = {key.split(b"|")[0] for _, _, key, _ in records if key}
    assert {b"brand", b"channel", b"queue"} <= dimensions
    assert all(topic == "metrics.by-series" and partition is None for topic, partition, _, _ in records)


def lifecycle_ctx() -> lifecycle.Lifecycle:
    return lifecycle.Lifecycle(
        CaseLedger({}),
        AuthorBook({}, 86400.0),
        frozenset({"parcelo"}),
        ROUTED,
        "cases.events",
        "cases.alerts",
        "metrics.by-series",
        "cases.by-author",
        partitions=8,
        max_skew=300.0,
    )


def test_lifecycle_records_a_new_case_and_forwards_a_desk_event_on_the_wrong_partition() -> None:
    ctx = lifecycle_ctx()
    case_bytes = routed_case_bytes()
    out = lifecycle.on_case_or_event(ctx, event_of(case_bytes, ROUTED), NOW)
    assert all(partition is None for _, partition, _, _ in out)
    case_id = orjson.loads(case_bytes)["case_id"]
    key = case_id.encode()
    right = lifecycle.partition_for(key, 8)
    desk = orjson.dumps({"schema_version": 1, "case_id": case_id, "event": "responded", "at": "2026-11-20T09:05:00Z"})
    wrong = (right + 1) % 8
    (forward,) = lifecycle.on_case_or_event(ctx, event_of(desk, "cases.events", wrong, key=key), NOW)
    assert forward == ("cases.events", right, key, desk)  # an explicit partition: the one its key hashes to
    assert ctx.events_wm == {}


def test_lifecycle_refuses_a_desk_event_keyed_by_something_else() -> None:
    desk = orjson.dumps({"schema_version": 1, "case_id": "c-1", "event": "responded", "at": "2026-11-20T09:05:00Z"})
    with pytest.raises(Exception, match="case_id"):
        lifecycle.on_case_or_event(lifecycle_ctx(), event_of(desk, "cases.events", 0, key=b"c-2"), NOW)
