"""Records straight into the producer faust flushes before it commits (``RecordSender``), and the
guard that makes that flush settle them (``guard_commits``)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence
from typing import Any, cast

from mentionflow.runtime.records import Record


class RecordSender:
    """Records straight into the aiokafka producer under faust's ``Producer``, one batch per
    topic-partition: one future and one callback per batch where ``Producer.send`` costs a
    coroutine chain, a future and a callback per record (~10% of a worker's CPU at 1,000
    mentions/s, docs/benchmarks.md).

    at_least_once holds: faust flushes that producer before it commits offsets, and the flush
    waits for every batch in its accumulator, these included. Keys are partitioned by the
    producer's own partitioner over the topic's partitions (murmur2, as faust and Kafka do).

    A failed delivery (aiokafka gave up: too large, topic gone, timed out) is sticky in
    ``failure``: ``settle()`` then raises, and ``guard_commits`` runs it in the flush before
    every offset commit, so no offset commits past a record that reached no topic.
    """

    def __init__(self, producer: Any, on_failed: Callable[[int, BaseException], None]) -> None:
        self._faust_producer = producer  # faust's Producer; its aiokafka producer exists once started
        self._on_failed = on_failed
        self._in_flight: set[asyncio.Future[Any]] = set()
        self.failure: BaseException | None = None

    def _delivered(self, count: int) -> Callable[[asyncio.Future[Any]], None]:
        def check(delivery: asyncio.Future[Any]) -> None:
            self._in_flight.discard(delivery)
            if delivery.cancelled():
                self.failure = self.failure or asyncio.CancelledError("delivery cancelled")
            elif delivery.exception() is not None:
                exc = cast(BaseException, delivery.exception())
                self.failure = self.failure or exc
                self._on_failed(count, exc)

        return check

    def _track(self, delivery: asyncio.Future[Any], count: int) -> None:
        self._in_flight.add(delivery)
        delivery.add_done_callback(self._delivered(count))

    async def settle(self) -> None:
        """Wait for every delivery so far; DeliveryFailed if any of them (ever) failed."""
        if self._in_flight:
            await asyncio.gather(*list(self._in_flight), return_exceptions=True)
            await asyncio.sleep(0)  # the done callbacks above record the outcome
        if self.failure is not None:
            raise DeliveryFailed(f"a record was not delivered: {self.failure!r}") from self.failure

    def partitioner_for(self, topic: str) -> Callable[[bytes | None], int] | None:
        """Where ``send`` puts a record of ``topic`` by its key (None: no metadata for it yet, or
        the producer is not started)."""
        try:
            producer = self._faust_producer._ensure_producer()
            known = producer.client.cluster.partitions_for_topic(topic)
        except Exception:
            return None
        if not known:
            return None
        partitions = sorted(known)
        partitioner = producer._partitioner

        def partition_of(key: bytes | None) -> int:
            return int(partitioner(key, partitions, partitions))

        return partition_of

    async def send(self, records: Sequence[Record]) -> None:
        if not records:
            return  # (and no producer made: under exactly_once faust sends through its transactional ones)
        producer = self._faust_producer._ensure_producer()  # the one faust flushes before a commit
        cluster = producer.client.cluster
        partitioner = producer._partitioner
        partitions_of: dict[str, list[int] | None] = {}
        batches: dict[tuple[str, int], Any] = {}
        for topic, partition, key, value in records:
            if partition is None:
                if topic not in partitions_of:
                    known = cluster.partitions_for_topic(topic)
                    partitions_of[topic] = sorted(known) if known else None
                partitions = partitions_of[topic]
                if partitions is None:  # no metadata for the topic yet: the producer's path fetches it
                    self._track(await producer.send(topic, value, key=key), 1)
                    continue
                partition = partitioner(key, partitions, partitions)
            batch = batches.get((topic, partition))
            if batch is None:
                batch = batches[(topic, partition)] = producer.create_batch()
            if batch.append(timestamp=None, key=key, value=value) is None:  # full: send it, start another
                await self._submit(producer, batch, topic, partition)
                batch = batches[(topic, partition)] = producer.create_batch()
                batch.append(timestamp=None, key=key, value=value)  # a batch takes its first record whole
        for (topic, partition), batch in batches.items():
            await self._submit(producer, batch, topic, partition)

    async def _submit(self, producer: Any, batch: Any, topic: str, partition: int) -> None:
        count = batch.record_count()
        self._track(await producer.send_batch(batch, topic, partition=partition), count)


class DeliveryFailed(RuntimeError):
    """A record the worker sent reached no topic: its offset must not be committed."""


def guard_commits(
    faust_producer: Any, senders: Iterable[RecordSender], on_failure: Callable[[BaseException], None]
) -> None:
    """Make the flush faust runs before each offset commit (``Consumer._commit_offsets``:
    ``await app.producer.flush()`` then ``_commit``) also settle the senders' deliveries.

    A failure raises out of the flush, so that commit and every later one are skipped and
    ``on_failure`` (the worker: crash) runs: the records are processed again by the next owner
    instead of being lost with no trace."""
    flush = faust_producer.flush

    async def flush_then_settle() -> None:
        await flush()
        for sender in list(senders):  # (a live view: a stage's sender is made on its first send)
            try:
                await sender.settle()
            except DeliveryFailed as exc:
                on_failure(exc)
                raise

    faust_producer.flush = flush_then_settle
