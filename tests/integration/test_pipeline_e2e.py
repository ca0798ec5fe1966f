"""A real worker on the real broker: mentions in, routed cases and dead letters out."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from kafkautil import consume_all, create_topics, produce
from workerproc import WorkerProcess, dumps, mention, worker_env

pytestmark = pytest.mark.integration


@pytest.fixture(params=["fused", "staged"])
def worker(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[WorkerProcess]:
    """All stages in one worker, in either topology (auto picks fused for such a worker)."""
    env = worker_env(kafka_bootstrap, topic_prefix, topology=request.param)
    proc = WorkerProcess(env, tmp_path / "worker.log").start()
    try:
        proc.wait_ready()
        yield proc
    finally:
        proc.stop()


async def test_mention_becomes_routed_case(kafka_bootstrap: str, topic_prefix: str, worker: WorkerProcess) -> None:
    raw = mention(
        "tw-e2e-1",
        "@SkyLarkAir you cancelled my flight and I've been on hold for 3 hours. Stranded at the gate!",
    )
    await produce(kafka_bootstrap, f"{topic_prefix}mentions.raw", [dumps(raw)], [b"tw-e2e-1"])
    records = await consume_all(kafka_bootstrap, f"{topic_prefix}cases.routed", expected=1, timeout=60)
    assert len(records) == 1, worker.log_tail()
    case = orjson.loads(records[0].value)
    assert case["schema_version"] == 1
    assert case["mention_ids"] == ["tw-e2e-1"]
    assert case["intent"] == "complaint"
    assert case["sentiment"]["label"] == "negative"
    assert case["priority"] in {"P1", "P2"}
    assert case["queue"] and case["sla_due_at"] and case["score_breakdown"]
    assert records[0].key == case["case_id"].encode()
    # Stage timings name each stage, fused or not (a fused hop times its two stages apart).
    metrics = worker.metrics()
    for stage in ("enrich", "sentiment", "dedup", "route"):
        assert metrics.get(f'mentionflow_stage_duration_seconds_count{{stage="{stage}"}}', 0) >= 1, stage


async def test_bad_input_goes_to_deadletter_and_worker_keeps_going(
    kafka_bootstrap: str, topic_prefix: str, worker: WorkerProcess
) -> None:
    bad = {
        "malformed_json": b'{"id": "x1", "text": ',
        "missing_field": dumps({k: v for k, v in mention("x2", "hello").items() if k != "author"}),
        "wrong_type": dumps(mention("x3", "hello", author={"id": "a", "handle": "h", "followers": "many"})),
        "unknown_version": dumps(mention("x4", "hello", schema_version=7)),
        "too_large": dumps(mention("x5", "a" * 300_000)),
    }
    good = dumps(mention("tw-after-bad", "@NimbusHelp thanks, the engineer fixed my broadband today!"))
    topic = f"{topic_prefix}mentions.raw"
    await create_topics(kafka_bootstrap, [topic], partitions=4)
    sent = await produce(kafka_bootstrap, topic, [*bad.values(), good], partition=0)

    letters = await consume_all(kafka_bootstrap, f"{topic_prefix}mentions.deadletter", expected=5, timeout=60)
    cases = await consume_all(kafka_bootstrap, f"{topic_prefix}cases.routed", expected=1, timeout=60)
    assert len(letters) == 5, worker.log_tail()
    by_offset = {orjson.loads(r.value)["source"]["offset"]: orjson.loads(r.value) for r in letters}
    expected_codes = {
        "malformed_json": "malformed_json",
        "missing_field": "invalid_field",
        "wrong_type": "invalid_field",
        "unknown_version": "unsupported_schema_version",
        "too_large": "payload_too_large",
    }
    for (name, code), meta in zip(expected_codes.items(), sent, strict=False):
        letter = by_offset[meta.offset]
        assert letter["error_code"] == code, (name, letter)
        assert letter["stage"] == "enrich"
        assert letter["source"]["topic"] == topic
        assert letter["source"]["partition"] == 0
        assert letter["error"]
    assert by_offset[sent[1].offset]["field"] == "author"
    assert by_offset[sent[2].offset]["field"] == "author.followers"
    assert by_offset[sent[4].offset]["payload_bytes"] > 300_000
    # The good record after the poison ones still became a case.
    assert [orjson.loads(c.value)["mention_ids"] for c in cases] == [["tw-after-bad"]]
    status, _ = worker.get("/healthz")
    assert status == 200


async def test_a_dead_letter_that_grows_as_json_is_still_delivered(
    kafka_bootstrap: str, topic_prefix: str, worker: WorkerProcess
) -> None:
    # Issue 15: 400 KB of control bytes is a 2.4 MB dead letter as JSON, over the dead-letter
    # topic's 2 MiB: it was never delivered, and the offset committed past it anyway.
    payload = b'{"id": "x6", "text": "' + b"\x01" * 400_000 + b'"}'
    good = dumps(mention("tw-after-big", "@NimbusHelp thanks, the engineer fixed my broadband today!"))
    topic = f"{topic_prefix}mentions.raw"
    await create_topics(kafka_bootstrap, [topic], partitions=4)
    sent = await produce(kafka_bootstrap, topic, [payload, good], partition=0)
    # The same with a 500 KB key: the dead letter keeps the key, and the two share the limit.
    big_key = b"k" * 500_000
    await produce(kafka_bootstrap, topic, [payload], [big_key], partition=1)

    letters = await consume_all(kafka_bootstrap, f"{topic_prefix}mentions.deadletter", expected=2, timeout=60)
    cases = await consume_all(kafka_bootstrap, f"{topic_prefix}cases.routed", expected=1, timeout=60)
    assert len(letters) == 2, worker.log_tail()
    assert {r.key for r in letters} == {b"", big_key}
    letter = next(orjson.loads(r.value) for r in letters if r.key == b"")
    assert letter["source"]["offset"] == sent[0].offset and letter["payload_truncated"]
    assert letter["payload_sha256"] == hashlib.sha256(payload).hexdigest()
    assert payload.startswith(letter["payload"].encode("utf-8"))
    assert [orjson.loads(c.value)["mention_ids"] for c in cases] == [["tw-after-big"]]
    assert "not delivered" not in worker.log_tail()


async def test_producer_brands_do_not_become_metric_labels(
    kafka_bootstrap: str, topic_prefix: str, worker: WorkerProcess
) -> None:
    # Issue 15: the producer's `brand` was a Prometheus label unchecked (100k brands: +99 MiB,
    # a 40 MB /metrics). Catalog brands keep their label; any other brand is `other`.
    records = [dumps(mention(f"br-{i}", "the app is down again", brand=f"made-up-brand-{i}")) for i in range(20)]
    records.append(dumps(mention("br-known", "@SkyLarkAir my bag is lost", brand="skylark-air")))
    await produce(kafka_bootstrap, f"{topic_prefix}mentions.raw", records)
    cases = await consume_all(kafka_bootstrap, f"{topic_prefix}cases.routed", expected=21, timeout=60)
    assert len(cases) == 21, worker.log_tail()
    status, body = worker.get("/metrics")
    assert status == 200
    assert b"made-up-brand" not in body
    assert b'brand="other"' in body and b'brand="skylark-air"' in body


async def test_a_known_id_with_other_text_is_dead_lettered_as_a_conflict(
    kafka_bootstrap: str, topic_prefix: str, worker: WorkerProcess
) -> None:
    # Issue 15: it was taken for a replay and vanished with no trace.
    first = dumps(mention("dup-1", "@SkyLarkAir my bag is lost"))
    again = dumps(mention("dup-1", "@SkyLarkAir my bag is lost"))  # a re-delivery: a replay
    other = dumps(mention("dup-1", "@SkyLarkAir you cancelled my flight to Oslo"))
    await produce(kafka_bootstrap, f"{topic_prefix}mentions.raw", [first, again, other], [b"dup-1"] * 3)
    letters = await consume_all(kafka_bootstrap, f"{topic_prefix}mentions.deadletter", expected=1, timeout=60)
    assert len(letters) == 1, worker.log_tail()
    letter = orjson.loads(letters[0].value)
    assert letter["error_code"] == "id_conflict" and letter["field"] == "id"
    assert b"Oslo" in letter["payload"].encode()
    status, body = worker.get("/metrics")
    assert status == 200 and b'reason="id_conflict"' in body
