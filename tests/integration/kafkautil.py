"""Small async helpers for integration tests against the real local broker (aiokafka only)."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError
from aiokafka.structs import RecordMetadata


async def create_topics(
    bootstrap: str,
    names: Sequence[str],
    partitions: int = 1,
    *,
    configs: dict[str, str] | None = None,
    timeout: float = 30.0,  # noqa: ASYNC109 - a plain number reads better in tests
) -> None:
    """Create ``names`` (existing ones are fine) and wait until every partition has a leader.

    CreateTopics returns once the controller accepted the topics; the broker may need a moment
    more before producers can use every partition, which is what the wait is for.
    """
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=int(timeout * 1000))
    await admin.start()
    try:
        new = [
            NewTopic(name, num_partitions=partitions, replication_factor=1, topic_configs=configs or {})
            for name in names
        ]
        resp = await admin.create_topics(new, timeout_ms=int(timeout * 1000))
        for name, code, *rest in resp.topic_errors:
            # aiokafka returns per-topic error codes instead of raising; 36 = already exists.
            if code not in (0, TopicAlreadyExistsError.errno):
                raise RuntimeError(f"creating topic {name!r} failed: error {code} {rest}")
        deadline = time.monotonic() + timeout
        while True:
            described = await admin.describe_topics(list(names))
            ready = all(
                t.get("error_code", 0) == 0
                and t.get("partitions")
                and all(p.get("leader", -1) >= 0 for p in t["partitions"])
                for t in described
            )
            if ready:
                tps = [TopicPartition(t["topic"], p["partition"]) for t in described for p in t["partitions"]]
                break
            if time.monotonic() > deadline:
                raise TimeoutError(f"topics {list(names)} not ready after {timeout}s: {described}")
            await asyncio.sleep(0.1)
    finally:
        await admin.close()
    # The controller's metadata names a leader slightly before that broker serves the partition
    # (a produce right away gets NOT_LEADER and retries). ListOffsets needs the same leadership,
    # and end_offsets() retries until every partition answers.
    probe = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    await probe.start()
    try:
        async with asyncio.timeout(timeout):
            await probe.end_offsets(tps)
    finally:
        await probe.stop()


async def produce(
    bootstrap: str,
    topic: str,
    values: Sequence[bytes | None],
    keys: Sequence[bytes | None] | None = None,
    *,
    partition: int | None = None,
) -> list[RecordMetadata]:
    """Send ``values`` (with ``keys`` if given) with acks=all and return their metadata."""
    if keys is not None and len(keys) != len(values):
        raise ValueError("keys and values differ in length")
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        futures = [
            await producer.send(topic, value=v, key=keys[i] if keys is not None else None, partition=partition)
            for i, v in enumerate(values)
        ]
        return list(await asyncio.gather(*futures))
    finally:
        await producer.stop()


async def consume_all(
    bootstrap: str,
    topic: str,
    *,
    expected: int | None,
    timeout: float,  # noqa: ASYNC109 - returns what it has at the deadline, no exception
    isolation_level: str = "read_uncommitted",
) -> list[ConsumerRecord[bytes, bytes]]:
    """Read ``topic`` from the beginning of every partition (manual assignment, no group).

    Stops when ``expected`` records were read, or, with ``expected=None``, when every partition
    reached the end offset it had when the call started. Either way it gives up after
    ``timeout`` seconds and returns what it has, so tests assert on the count themselves.
    """
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        isolation_level=isolation_level,
        client_id=f"kafkautil-{uuid.uuid4().hex[:8]}",
    )
    await consumer.start()
    records: list[ConsumerRecord[bytes, bytes]] = []
    try:
        deadline = time.monotonic() + timeout
        parts: set[int] | None = None
        while parts is None:  # metadata for a just-created topic can lag a little
            parts = consumer.partitions_for_topic(topic)
            if parts is None:
                if time.monotonic() > deadline:
                    return records
                await consumer._client.force_metadata_update()
                await asyncio.sleep(0.1)
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps) if expected is None else {}
        while True:
            if expected is not None and len(records) >= expected:
                break
            if expected is None and await _all_at_end(consumer, ends):
                break
            left = deadline - time.monotonic()
            if left <= 0:
                break
            batch = await consumer.getmany(timeout_ms=int(min(left, 0.5) * 1000))
            for recs in batch.values():
                records.extend(recs)
    finally:
        await consumer.stop()
    return records


async def _all_at_end(consumer: AIOKafkaConsumer, ends: dict[TopicPartition, int]) -> bool:
    for tp, end in ends.items():
        if await consumer.position(tp) < end:
            return False
    return True


async def poll(fetch: Callable[[], Any], done: Callable[[Any], bool], within: float) -> Any:
    """``await fetch()`` every second until ``done`` says so or ``within`` seconds pass; the last value."""
    deadline = time.monotonic() + within
    while True:
        value = await fetch()
        if done(value) or time.monotonic() > deadline:
            return value
        await asyncio.sleep(1.0)
