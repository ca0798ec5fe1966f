"""Kafka I/O of the ``mentionflow`` tools: replay a file of mentions into a topic, tail a topic.

``mentionflow replay`` and ``mentionflow tail`` (cli.py) and the demo call these; the worker's own
I/O is faust's (app.py).
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from mentionflow.settings import load_settings


def mention_payloads(path: Path, fmt: str) -> Iterator[bytes]:
    """Raw mention payloads to publish. JSONL lines go out byte for byte (bad ones too:
    the worker's dead-letter path is what judges them)."""
    from mentionflow.adapters import csv_mentions, twitter_lines

    if fmt == "jsonl":
        with path.open("rb") as fh:
            for line in fh:
                line = line.rstrip(b"\r\n")
                if line.strip():
                    yield line
    elif fmt == "csv":
        with path.open(encoding="utf-8", newline="") as fh:
            for mention in csv_mentions(fh):
                yield orjson.dumps(mention)
    else:
        with path.open("rb") as fh:
            for mention in twitter_lines(fh):
                yield orjson.dumps(mention)


def guess_format(path: Path) -> str:
    return "csv" if path.suffix.lower() == ".csv" else "jsonl"


def key_of(payload: bytes) -> bytes | None:
    try:
        value = orjson.loads(payload)
        return str(value["id"]).encode("utf-8") if isinstance(value, dict) and "id" in value else None
    except (orjson.JSONDecodeError, KeyError, TypeError):
        return None


async def replay(
    path: Path,
    fmt: str,
    rate: float | None,
    limit: int | None,
    topic: str | None = None,
    progress: bool = True,
    loop_count: int = 1,
) -> int:
    from aiokafka import AIOKafkaProducer
    from tqdm import tqdm

    from mentionflow.kafka_client import client_kwargs, create_topics

    settings = load_settings()
    target = topic or settings.topics.raw
    # Only the target: replay's principal may write mentions.raw and nothing else (acls.yaml).
    await create_topics(settings, names={target})
    producer = AIOKafkaProducer(**client_kwargs(settings), linger_ms=5, max_request_size=4 * 1024 * 1024, acks="all")
    await producer.start()
    sent = 0
    pending: list[asyncio.Future[Any]] = []
    started = time.perf_counter()
    bar = tqdm(total=limit, unit="mention", disable=not progress, file=sys.stderr, desc=f"replay → {target}")
    try:
        for _ in range(loop_count):
            for payload in mention_payloads(path, fmt):
                if limit is not None and sent >= limit:
                    break
                if rate:
                    delay = started + sent / rate - time.perf_counter()
                    if delay > 0:
                        await asyncio.sleep(delay)
                pending.append(await producer.send(target, payload, key=key_of(payload)))
                sent += 1
                bar.update(1)
                if len(pending) >= 1000:
                    await _delivered(pending)
        await _delivered(pending)
    finally:
        bar.close()
        await producer.stop()
    elapsed = time.perf_counter() - started
    print(f"replayed {sent} record(s) to {target} in {elapsed:.1f}s", file=sys.stderr)
    return sent


async def _delivered(pending: list[asyncio.Future[Any]]) -> None:
    """Wait for these sends; the first failed one (e.g. not authorized) raises. Empties the list."""
    batch, pending[:] = list(pending), []
    await asyncio.gather(*batch)


async def topic_partitions(consumer: Any, name: str, deadline: float) -> set[int] | None:
    """Partitions of a topic, waiting for it to exist until ``deadline`` (monotonic)."""
    from aiokafka.cluster import ClusterMetadata
    from aiokafka.errors import TopicAuthorizationFailedError
    from aiokafka.protocol.metadata import MetadataRequest

    client = consumer._client
    while True:
        # An unsubscribed consumer keeps no metadata of its own: ask the cluster, for this topic
        # only (in an all-topics answer a topic we may not describe is just absent, as if missing)
        # and without auto-creating it.
        response = await client.send(client.get_random_node(), MetadataRequest([name], allow_auto_topic_creation=False))
        metadata = ClusterMetadata()
        cluster_log = logging.getLogger("aiokafka.cluster")
        was_disabled, cluster_log.disabled = cluster_log.disabled, True  # it logs "not authorized"; we raise
        try:
            metadata.update_metadata(response)
        finally:
            cluster_log.disabled = was_disabled
        if name in metadata.unauthorized_topics:
            raise TopicAuthorizationFailedError(name)
        partitions = metadata.partitions_for_topic(name)
        if partitions or time.monotonic() >= deadline:
            return partitions
        await asyncio.sleep(0.5)


async def tail(topic: str, count: int | None, seconds: float, out: BinaryIO, from_end: bool = False) -> int:
    from aiokafka import AIOKafkaConsumer, TopicPartition

    from mentionflow.kafka_client import check_connection, client_kwargs

    settings = load_settings()
    name = topic if topic.startswith(settings.topic_prefix) else settings.topic_prefix + topic
    await check_connection(settings)
    consumer = AIOKafkaConsumer(**client_kwargs(settings), enable_auto_commit=False, group_id=None)
    try:
        await consumer.start()
    except BaseException:
        await consumer.stop()  # (a consumer that failed to start still holds its client)
        raise
    seen = 0
    deadline = time.monotonic() + seconds
    try:
        partitions = await topic_partitions(consumer, name, deadline)
        if not partitions:
            print(f"topic {name} does not exist", file=sys.stderr)
            return 0
        tps = [TopicPartition(name, p) for p in sorted(partitions)]
        consumer.assign(tps)
        if from_end:
            await consumer.seek_to_end(*tps)
        else:
            await consumer.seek_to_beginning(*tps)
        while time.monotonic() < deadline and (count is None or seen < count):
            batch = await consumer.getmany(timeout_ms=200, max_records=500)
            for records in batch.values():
                # --count N prints exactly N, however many partitions this poll returned.
                for record in records[: None if count is None else max(0, count - seen)]:
                    out.write(record.value + b"\n")
                    seen += 1
            out.flush()
    finally:
        await consumer.stop()
    return seen
