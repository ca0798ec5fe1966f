"""Outputs too large for their topics (src/mentionflow/runtime/outsize.py).

The topics' ``max.message.bytes`` are lowered before the stream starts, as an operator's own
topic settings would be: mentions.deadletter 64 KiB, cases.routed 16 KiB. A 300 kB record
(invalid: over the input size limit) makes a dead letter over its topic's limit, and a mention
of 5,000 emoji makes a case record over its topic's limit. Without the size check the broker
refuses each, the worker stops before its offset commits, and the next owner meets the same
record: a crash loop. With it the dead letter is cut to fit (its payload's size and digest
describe the original) and the case goes to the dead-letter topic (``payload_too_large``,
source cases.routed); the worker keeps running and commits every input.
"""

from __future__ import annotations

import base64
import hashlib

import orjson
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from harness import (
    _BASE_TIME,
    Collector,
    Dataset,
    Feeder,
    Item,
    Workers,
    account,
    build_dataset,
    mention_dict,
    observed,
    read_complete,
    record_row,
    wait_drained,
)

DLQ_LIMIT = 64 * 1024
CASES_LIMIT = 16 * 1024


async def _set_topic_config(bootstrap: str, topic: str, configs: dict[str, str]) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, topic, configs=configs)])
    finally:
        await admin.close()


async def test_outputs_too_large_for_their_topics_are_fitted(
    kafka_bootstrap: str, topic_prefix: str, workers: Workers
) -> None:
    ds = build_dataset("os", 140, n_invalid=10, n_reposts=4, n_near_dups=4)
    huge = b'{"id": "os-big", "text": "' + b"x" * 300_000
    big_invalid = Item(huge, None, "invalid:huge", dlq_code="payload_too_large")
    big_case_mention = mention_dict("os-emoji", "os-emoji", "@NimbusHelp " + "\U0001f621" * 5000, _BASE_TIME)
    big_case_payload = orjson.dumps(big_case_mention)
    ds.items.insert(40, big_invalid)
    # The oversize case's mention is fed with the rest but accounted for apart (it is in no case).
    fed = ds + Dataset([Item(big_case_payload, b"os-emoji", "oversize case")])
    cases_topic = f"{topic_prefix}cases.routed"
    worker = await workers.start("worker-1")
    await _set_topic_config(
        kafka_bootstrap, f"{topic_prefix}mentions.deadletter", {"max.message.bytes": str(DLQ_LIMIT)}
    )
    await _set_topic_config(kafka_bootstrap, f"{topic_prefix}cases.routed", {"max.message.bytes": str(CASES_LIMIT)})
    collector = await Collector(kafka_bootstrap, topic_prefix).start()
    feeder = Feeder(kafka_bootstrap, topic_prefix, fed, rate=100).start()
    async with observed(workers, collector):
        await feeder.wait()
        await collector.wait_covered(ds, timeout=120)
        await collector.wait_until(
            lambda: any(s.value.get("source", {}).get("topic") == cases_topic for s in collector.dead),
            60,
            "the oversize case on the dead-letter topic",
        )
        drained = await wait_drained(kafka_bootstrap, workers.group, topic_prefix, timeout=60)
        assert worker.proc is not None and worker.proc.poll() is None, "the worker stopped:\n" + worker.log_tail()
    cases, dead = await read_complete(kafka_bootstrap, topic_prefix)
    diverted = [d for d in dead if (d.get("source") or {}).get("topic") == cases_topic]
    assert len(diverted) >= 1, f"the oversize case is not on the dead-letter topic: {[d.get('error') for d in dead]}"
    letter = diverted[0]
    assert letter["error_code"] == "payload_too_large"
    assert letter["payload_bytes"] > CASES_LIMIT
    kept = base64.b64decode(letter["payload"]) if letter["payload_encoding"] == "base64" else letter["payload"].encode()
    assert b'"os-emoji"' in kept, "the diverted case does not name its mention"
    assert not any("os-emoji" in c.get("mention_ids", ()) for c in cases), "a refused case record reached the topic?"
    shrunk = [d for d in dead if d.get("payload_sha256") == hashlib.sha256(big_invalid.payload or b"").hexdigest()]
    assert shrunk and shrunk[0]["payload_bytes"] == len(big_invalid.payload or b"") and shrunk[0]["payload_truncated"]
    assert all(len(orjson.dumps(d)) <= DLQ_LIMIT for d in dead)
    # Everything else, as every fault row: the oversize case's mention is accounted for above.
    rest = [d for d in dead if (d.get("source") or {}).get("topic") != cases_topic]
    acc = account(ds, cases, rest, offsets=feeder.sent, raw_topic=f"{topic_prefix}mentions.raw")
    record_row(
        "outputs too large for their topics (mentions.deadletter 64 KiB, cases.routed 16 KiB)",
        acc,
        f"no stop: the worker committed every input {drained:.1f}s after the feed",
        f"a 300 kB invalid record's dead letter cut to {len(orjson.dumps(shrunk[0]))} bytes; a "
        f"{letter['payload_bytes']}-byte case sent to the dead-letter topic (payload_too_large)",
    )
    acc.assert_ok()
