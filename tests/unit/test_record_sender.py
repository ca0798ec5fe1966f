"""RecordSender: a worker's records go into the producer a batch per topic-partition, on the
partition the producer's own partitioner gives each key."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from aiokafka.partitioner import DefaultPartitioner

from mentionflow.runtime.sender import DeliveryFailed, RecordSender, guard_commits


class FakeBatch:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.records: list[tuple[bytes | None, bytes | None]] = []

    def append(self, *, timestamp: Any, key: bytes | None, value: bytes | None) -> object | None:
        if len(self.records) >= self.capacity:
            return None
        self.records.append((key, value))
        return object()

    def record_count(self) -> int:
        return len(self.records)


class FakeCluster:
    def partitions_for_topic(self, topic: str) -> set[int] | None:
        return None if topic == "not-yet-known" else {0, 1, 2, 3}


class FakeClient:
    cluster = FakeCluster()


class FakeAIOKafkaProducer:
    """The aiokafka producer under faust's Producer: batches, metadata, partitioner."""

    def __init__(self, fail_topic: str | None = None) -> None:
        self.client = FakeClient()
        self._partitioner = DefaultPartitioner()
        self.batches: list[tuple[str, int, list[tuple[bytes | None, bytes | None]]]] = []
        self.single: list[tuple[str, bytes | None]] = []
        self.fail_topic = fail_topic

    def create_batch(self) -> FakeBatch:
        return FakeBatch(capacity=2)

    async def send_batch(self, batch: FakeBatch, topic: str, *, partition: int) -> asyncio.Future[Any]:
        self.batches.append((topic, partition, batch.records))
        delivery: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        if topic == self.fail_topic:
            delivery.set_exception(RuntimeError("broker said no"))
        else:
            delivery.set_result(None)
        return delivery

    async def send(self, topic: str, value: bytes | None, key: bytes | None = None) -> asyncio.Future[Any]:
        self.single.append((topic, key))
        delivery: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        delivery.set_result(None)
        return delivery


class FakeFaustProducer:
    def __init__(self, producer: FakeAIOKafkaProducer) -> None:
        self.producer = producer

    def _ensure_producer(self) -> FakeAIOKafkaProducer:
        return self.producer


def expected_partition(key: bytes) -> int:
    return int(DefaultPartitioner()(key, [0, 1, 2, 3], [0, 1, 2, 3]))


async def test_records_are_batched_per_partition_on_the_producers_partitioner() -> None:
    aio = FakeAIOKafkaProducer()
    sender = RecordSender(FakeFaustProducer(aio), lambda count, exc: None)
    keys = [f"case-{i}".encode() for i in range(12)]
    await sender.send(
        [
            *[("cases.routed", None, key, b"v-" + key) for key in keys],
            ("app-cases-changelog", 3, b'"case-1"', b"[3, {}]"),  # changelog: its own partition
            ("app-cases-changelog", 3, b'"case-2"', None),  # a tombstone
        ]
    )
    routed = [(p, records) for topic, p, records in aio.batches if topic == "cases.routed"]
    assert all(len(records) <= 2 for _, records in routed)  # full batches were sent and restarted
    placed = {key: p for p, records in routed for key, _ in records}
    assert placed == {key: expected_partition(key) for key in keys}
    # Per partition, records keep the order they were given in.
    for partition in set(placed.values()):
        sent = [key for p, records in routed if p == partition for key, _ in records]
        assert sent == [key for key in keys if placed[key] == partition]
    assert [(t, p, r) for t, p, r in aio.batches if t == "app-cases-changelog"] == [
        ("app-cases-changelog", 3, [(b'"case-1"', b"[3, {}]"), (b'"case-2"', None)])
    ]
    assert aio.single == []


async def test_a_topic_without_metadata_takes_the_producers_own_path() -> None:
    aio = FakeAIOKafkaProducer()
    await RecordSender(FakeFaustProducer(aio), lambda count, exc: None).send([("not-yet-known", None, b"k", b"v")])
    assert aio.single == [("not-yet-known", b"k")] and aio.batches == []


async def test_a_failed_batch_is_reported_with_its_record_count() -> None:
    aio = FakeAIOKafkaProducer(fail_topic="cases.routed")
    failed: list[tuple[int, str]] = []
    sender = RecordSender(FakeFaustProducer(aio), lambda count, exc: failed.append((count, str(exc))))
    await sender.send([("cases.routed", 1, b"a", b"1"), ("cases.routed", 1, b"b", b"2")])
    await asyncio.sleep(0)  # done callbacks run on the next loop turn
    assert failed == [(2, "broker said no")]


async def test_nothing_to_send_touches_no_producer() -> None:
    class NoProducer:
        def _ensure_producer(self) -> None:
            raise AssertionError("exactly_once: no plain producer may be made")

    await RecordSender(NoProducer(), lambda count, exc: None).send([])


# A failed delivery must hold the offset commit back (issue 15: the record ended up in no topic).


class FakeFaustFlush(FakeFaustProducer):
    """faust's Producer as the consumer sees it before a commit: ``await producer.flush()``."""

    def __init__(self, producer: FakeAIOKafkaProducer) -> None:
        super().__init__(producer)
        self.flushes = 0

    async def flush(self) -> None:
        self.flushes += 1


async def test_a_failed_delivery_fails_every_later_flush_so_no_offset_commits_past_it() -> None:
    aio = FakeAIOKafkaProducer(fail_topic="mentions.deadletter")
    faust_producer = FakeFaustFlush(aio)
    sender = RecordSender(faust_producer, lambda count, exc: None)
    crashed: list[BaseException] = []
    guard_commits(faust_producer, [sender], crashed.append)

    await sender.send([("cases.routed", 1, b"a", b"1")])
    await faust_producer.flush()  # all delivered: the commit may go on
    assert faust_producer.flushes == 1 and not crashed

    await sender.send([("mentions.deadletter", 0, b"b", b"too big")])
    for _ in range(2):  # sticky: a later commit must not skip the lost record either
        with pytest.raises(DeliveryFailed, match="broker said no"):
            await faust_producer.flush()
    assert len(crashed) == 2 and isinstance(crashed[0], DeliveryFailed)


async def test_settle_waits_for_deliveries_still_in_flight() -> None:
    aio = FakeAIOKafkaProducer()
    sender = RecordSender(FakeFaustProducer(aio), lambda count, exc: None)
    late: asyncio.Future[Any] = asyncio.get_running_loop().create_future()

    async def send_batch(batch: FakeBatch, topic: str, *, partition: int) -> asyncio.Future[Any]:
        return late

    aio.send_batch = send_batch  # type: ignore[method-assign]
    await sender.send([("cases.routed", 1, b"a", b"1")])
    settling = asyncio.ensure_future(sender.settle())
    await asyncio.sleep(0)
    assert not settling.done()
    late.set_exception(RuntimeError("request timed out"))
    with pytest.raises(DeliveryFailed):
        await settling
