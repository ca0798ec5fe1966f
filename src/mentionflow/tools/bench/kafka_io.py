"""Kafka around the system under test: topics, the input loader and the output collector."""

from __future__ import annotations

import asyncio
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

import orjson

from mentionflow.settings import Settings
from mentionflow.tools.bench.config import PARTITIONS, BenchError
from mentionflow.tools.bench.data import seq_of


def client_kwargs(settings: Settings) -> dict[str, Any]:
    from mentionflow.kafka_client import client_kwargs as kw

    return kw(settings)


async def create_topics(settings: Settings, names: Sequence[str], wait_s: float = 60.0) -> None:
    """Create ``names`` with PARTITIONS partitions and wait until every partition has a leader."""
    from aiokafka import AIOKafkaConsumer, TopicPartition
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic
    from aiokafka.errors import TopicAlreadyExistsError

    admin = AIOKafkaAdminClient(**client_kwargs(settings), request_timeout_ms=int(wait_s * 1000))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        new = [NewTopic(n, num_partitions=PARTITIONS, replication_factor=1) for n in names if n not in existing]
        if new:
            resp = await admin.create_topics(new, timeout_ms=int(wait_s * 1000))
            for name, code, *rest in resp.topic_errors:
                if code not in (0, TopicAlreadyExistsError.errno):
                    raise BenchError(f"creating topic {name!r} failed: error {code} {rest}")
        deadline = time.monotonic() + wait_s
        while True:
            described = await admin.describe_topics(list(names))
            if all(
                t.get("error_code", 0) == 0
                and t.get("partitions")
                and all(p.get("leader", -1) >= 0 for p in t["partitions"])
                for t in described
            ):
                tps = [TopicPartition(t["topic"], p["partition"]) for t in described for p in t["partitions"]]
                break
            if time.monotonic() > deadline:
                raise BenchError(f"topics not ready after {wait_s}s: {names}")
            await asyncio.sleep(0.1)
    finally:
        await admin.close()
    probe = AIOKafkaConsumer(**client_kwargs(settings), group_id=None)
    await probe.start()
    try:
        async with asyncio.timeout(wait_s):
            await probe.end_offsets(tps)
    finally:
        await probe.stop()


async def delete_topics_with_prefix(settings: Settings, prefix: str) -> list[str]:
    """Delete every topic whose name starts with ``prefix`` (data, changelog and faust internal
    topics of this run all do)."""
    from aiokafka.admin import AIOKafkaAdminClient

    admin = AIOKafkaAdminClient(**client_kwargs(settings), request_timeout_ms=30_000)
    await admin.start()
    try:
        names = [t for t in await admin.list_topics() if t.startswith(prefix)]
        if names:
            await admin.delete_topics(names, timeout_ms=30_000)
        return names
    finally:
        await admin.close()


class Collector:
    """Reads the output topic(s) from the beginning and records, per mention sequence number,
    the output record's CreateTime and the time the bench received it."""

    def __init__(self, mode: str) -> None:
        self.mode = mode  # "key": passthrough (key = mention id); "routed": cases.routed values
        self.out_ms: dict[int, int] = {}
        self.recv_ms: dict[int, float] = {}
        self.phases: list[tuple[str, int, int]] = []
        self.counts: Counter[str] = Counter()
        self.escalations = 0
        self.deadletters = 0
        self.duplicates = 0
        self.unmatched = 0
        self.records = 0

    def add_phase(self, name: str, lo: int, hi: int) -> None:
        self.phases.append((name, lo, hi))

    def _seq(self, key: bytes | None, value: bytes | None, deadletter: bool) -> int | None:
        if self.mode == "key" or deadletter:
            return seq_of(key)
        try:
            obj = orjson.loads(value or b"")
        except orjson.JSONDecodeError:
            return None
        if obj.get("update") == "incident_escalated":
            self.escalations += 1
            return -1
        ids = obj.get("mention_ids") or []
        return seq_of(ids[-1]) if ids else None

    def add(self, key: bytes | None, value: bytes | None, ts_ms: int, recv_ms: float, deadletter: bool) -> None:
        self.records += 1
        seq = self._seq(key, value, deadletter)
        if seq == -1:
            return
        if seq is None:
            self.unmatched += 1
            return
        if deadletter:
            self.deadletters += 1
        if seq in self.out_ms:
            self.duplicates += 1
            return
        self.out_ms[seq] = ts_ms
        self.recv_ms[seq] = recv_ms
        for name, lo, hi in self.phases:
            if lo <= seq < hi:
                self.counts[name] += 1
                break

    async def run(self, settings: Settings, topics: Sequence[str], deadletter_topic: str | None) -> None:
        from aiokafka import AIOKafkaConsumer, TopicPartition

        consumer = AIOKafkaConsumer(
            **client_kwargs(settings),
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            fetch_max_wait_ms=50,
            max_partition_fetch_bytes=4 * 1024 * 1024,
        )
        await consumer.start()
        try:
            tps = [TopicPartition(t, p) for t in topics for p in range(PARTITIONS)]
            consumer.assign(tps)
            await consumer.seek_to_beginning(*tps)
            while True:
                batch = await consumer.getmany(timeout_ms=100, max_records=5000)
                recv = time.time() * 1000.0
                for tp, records in batch.items():
                    dl = tp.topic == deadletter_topic
                    for r in records:
                        self.add(r.key, r.value, r.timestamp, recv, dl)
        finally:
            await consumer.stop()


class Loader:
    """The bench's input producer (not under test)."""

    def __init__(self, settings: Settings, topic: str) -> None:
        from aiokafka import AIOKafkaProducer

        self.topic = topic
        self.producer = AIOKafkaProducer(
            **client_kwargs(settings),
            acks=1,
            linger_ms=0,
            max_batch_size=256 * 1024,
            max_request_size=4 * 1024 * 1024,
        )

    async def start(self) -> None:
        await self.producer.start()

    async def stop(self) -> None:
        await self.producer.stop()

    async def blast(self, records: Sequence[tuple[bytes, bytes]]) -> float:
        """Write ``records`` as fast as possible in pre-built batches per partition (the same
        partition the default partitioner picks for the key); returns the first record's
        timestamp in ms (every record is stamped at append time, after it)."""
        from aiokafka.partitioner import DefaultPartitioner

        parts = list(range(PARTITIONS))
        by_part: dict[int, list[tuple[bytes, bytes]]] = defaultdict(list)
        for key, value in records:
            by_part[DefaultPartitioner()(key, parts, parts)].append((key, value))
        first_ms = time.time() * 1000.0
        futures = []
        for part, items in by_part.items():
            batch = self.producer.create_batch()
            for key, value in items:
                if batch.append(key=key, value=value, timestamp=None) is None:
                    futures.append(await self.producer.send_batch(batch, self.topic, partition=part))
                    batch = self.producer.create_batch()
                    batch.append(key=key, value=value, timestamp=None)
            futures.append(await self.producer.send_batch(batch, self.topic, partition=part))
        await asyncio.gather(*futures)
        return first_ms

    async def paced(self, records: Sequence[tuple[bytes, bytes]], rate: float) -> list[int]:
        """Send ``records`` at ``rate``/s; returns each record's CreateTime (ms)."""
        stamps: list[int] = []
        started = time.perf_counter()
        sent = 0
        futures = []
        while sent < len(records):
            due = min(len(records), int((time.perf_counter() - started) * rate) + 1)
            now_ms = int(time.time() * 1000)
            while sent < due:
                key, value = records[sent]
                futures.append(await self.producer.send(self.topic, value, key=key, timestamp_ms=now_ms))
                stamps.append(now_ms)
                sent += 1
            await asyncio.sleep(0.002)
        await asyncio.gather(*futures)
        return stamps
