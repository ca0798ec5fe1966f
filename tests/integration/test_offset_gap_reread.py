"""A gap in the offsets a stage agent was given is read again by the worker itself, on the real
broker (mentionflow/runtime/offsets.py, issue 15 item 7): records found there are processed, offsets
with no record (a transaction marker) are a hole."""

from __future__ import annotations

from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from faust.types import TP

from mentionflow import observability as obs
from mentionflow.app import MentionflowApp
from mentionflow.runtime.offsets import Gap
from mentionflow.settings import load_settings

from kafkautil import create_topics, poll, produce


def _count(topic: str, outcome: str) -> float:
    return obs.OFFSET_GAPS.labels(topic=topic, outcome=outcome)._value.get()


async def test_a_gap_is_read_again_and_a_transaction_marker_is_a_hole(kafka_bootstrap: str, topic_prefix: str) -> None:
    topic = f"{topic_prefix}mentions.raw"
    await create_topics(kafka_bootstrap, [topic], partitions=1)
    await produce(kafka_bootstrap, topic, [f"r{i}".encode() for i in range(6)], partition=0)  # offsets 0..5
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, transactional_id=f"{topic_prefix}tx")
    await producer.start()
    try:
        async with producer.transaction():
            in_tx = await producer.send_and_wait(topic, b"r6", partition=0)  # offset 6, its commit marker 7
    finally:
        await producer.stop()
    # The coordinator writes the commit marker after EndTxn returns: wait for it (end offset 8)
    # before the next record, or that record could take offset 7.
    reader = AIOKafkaConsumer(bootstrap_servers=kafka_bootstrap, group_id=None)
    await reader.start()
    try:
        tp = TopicPartition(topic, 0)
        ends = await poll(lambda: reader.end_offsets([tp]), lambda e: e[tp] >= 8, within=30)
        assert ends[tp] == 8
    finally:
        await reader.stop()
    (after,) = await produce(kafka_bootstrap, topic, [b"r8"], partition=0)
    assert (in_tx.offset, after.offset) == (6, 8)

    mf = MentionflowApp(load_settings(kafka=kafka_bootstrap, topic_prefix=topic_prefix, stages="enrich"))
    seen: list[tuple[int, bytes]] = []

    def handler(event: Any, now: float) -> list[Any]:
        seen.append((event.message.offset, event.message.value))
        return [(mf.settings.topics.enriched, None, b"k", event.message.value)]

    repaired, holes = _count(topic, "repaired"), _count(topic, "hole")
    try:
        outputs = await mf.reread_gap(Gap(TP(topic, 0), 1, 4), handler, "enrich")
        assert seen == [(1, b"r1"), (2, b"r2"), (3, b"r3")]
        assert [o[3] for o in outputs] == [b"r1", b"r2", b"r3"]
        assert _count(topic, "repaired") == repaired + 3
        seen.clear()
        assert await mf.reread_gap(Gap(TP(topic, 0), 7, 8), handler, "enrich") == []
        assert seen == [] and _count(topic, "hole") == holes + 1
    finally:
        await mf.gap_reader.stop()
