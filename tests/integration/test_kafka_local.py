"""The local broker itself: it answers, start is idempotent, aiokafka works with it, stop works."""

from __future__ import annotations

import asyncio
import functools
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.errors import MessageSizeTooLargeError

from mentionflow.procs import free_ports
from mentionflow.tools import kafka_local

from kafkautil import consume_all, create_topics, produce

pytestmark = pytest.mark.integration


def _broker_pids(config: Path) -> list[int]:
    """Live kafka.Kafka JVMs running ``config`` (Linux /proc scan)."""
    pids = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmd = (proc / "cmdline").read_bytes().split(b"\0")
            state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if b"kafka.Kafka" in cmd and str(config.resolve()).encode() in cmd and state != "Z":
            pids.append(int(proc.name))
    return pids


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] == "Z")


def test_broker_answers_kafka_protocol(kafka_bootstrap: str) -> None:
    info = kafka_local.probe(kafka_bootstrap)
    assert info is not None
    assert info["brokers"] == 1
    # Fetch v0 still accepted: a 3.x broker, as pinned (4.x starts at Fetch v4, KIP-896).
    assert info["fetch_versions"][0] == 0


def test_status_fields(kafka_bootstrap: str, kafka_home: Path) -> None:
    st = kafka_local.status(kafka_bootstrap, kafka_home)
    host, port = kafka_local.parse_bootstrap(kafka_bootstrap)
    assert st["running"] is True
    assert st["bootstrap"] == f"{host}:{port}" and st["port"] == port
    assert st["api_count"] > 40
    assert st["log"].endswith("kafka.log") and st["home"] == str(kafka_home)
    if st["managed"]:  # started from this home (make test / the fixture), not an outside broker
        assert isinstance(st["pid"], int)
        assert st["version"] == kafka_local.KAFKA_VERSION
    assert "running at" in kafka_local.format_status(st)
    json.dumps(st)  # the CLI prints it as JSON


def test_start_is_idempotent(kafka_bootstrap: str, kafka_home: Path) -> None:
    before = kafka_local.status(kafka_bootstrap, kafka_home)
    kafka_local.start(kafka_bootstrap, kafka_home)
    after = kafka_local.status(kafka_bootstrap, kafka_home)
    assert after["running"] and after["pid"] == before["pid"]
    if before["managed"]:
        assert _broker_pids(kafka_home / "server.properties") == [before["pid"]]


async def test_produce_consume_roundtrip_with_group(kafka_bootstrap: str, topic_prefix: str) -> None:
    topic = f"{topic_prefix}roundtrip"
    await create_topics(kafka_bootstrap, [topic], partitions=3)
    values = [f"v{i}".encode() for i in range(30)]
    keys = [f"k{i % 7}".encode() for i in range(30)]
    metas = await produce(kafka_bootstrap, topic, values, keys)
    assert {m.partition for m in metas} == {0, 1, 2}  # keys spread over all partitions

    group = f"{topic_prefix}group"
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=kafka_bootstrap,
        group_id=group,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    await consumer.start()
    got: list[tuple[bytes | None, bytes | None]] = []
    try:
        async with asyncio.timeout(30):
            while len(got) < len(values):
                batch = await consumer.getmany(timeout_ms=500)
                got += [(r.key, r.value) for recs in batch.values() for r in recs]
        await consumer.commit()
        assert consumer.assignment() == {TopicPartition(topic, p) for p in range(3)}
        committed = {p: await consumer.committed(TopicPartition(topic, p)) for p in range(3)}
    finally:
        await consumer.stop()
    assert sorted(got) == sorted(zip(keys, values, strict=True))
    assert sum(committed.values()) == len(values)

    # A new member of the same group resumes from the committed offsets: nothing left to read.
    await produce(kafka_bootstrap, topic, [b"late"], [b"k1"])
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=kafka_bootstrap, group_id=group, enable_auto_commit=False)
    await consumer.start()
    try:
        rest: list[bytes | None] = []
        async with asyncio.timeout(30):
            while not rest:
                batch = await consumer.getmany(timeout_ms=500)
                rest += [r.value for recs in batch.values() for r in recs]
    finally:
        await consumer.stop()
    assert rest == [b"late"]

    # And the no-group helper sees everything from the beginning.
    everything = await consume_all(kafka_bootstrap, topic, expected=None, timeout=20)
    assert len(everything) == len(values) + 1


async def test_oversized_message_is_rejected_by_broker(kafka_bootstrap: str, topic_prefix: str) -> None:
    """message.max.bytes = 2 MiB: a 3 MiB record gets MESSAGE_TOO_LARGE from the broker itself."""
    topic = f"{topic_prefix}big"
    await create_topics(kafka_bootstrap, [topic])
    # Raise the client-side limit so the request reaches the broker.
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, max_request_size=8 << 20)
    await producer.start()
    try:
        ok = await producer.send_and_wait(topic, b"x" * (1 << 20))  # 1 MiB: fits
        assert ok.offset == 0
        with pytest.raises(MessageSizeTooLargeError):
            await producer.send_and_wait(topic, b"x" * (3 << 20))
    finally:
        await producer.stop()


@pytest.fixture
def second_broker(kafka_bootstrap: str, kafka_home: Path, tmp_path: Path) -> Iterator[tuple[str, Path, Path, int]]:
    """A throwaway broker home on free ports, sharing the session's jar cache (no download).

    Never touches the session broker, so other tests keep running against it.
    """
    libs = kafka_local.ensure_jars(kafka_home)
    port, cport = free_ports(2)
    home = tmp_path / "kafka-home"
    yield f"127.0.0.1:{port}", home, libs, cport
    kafka_local.stop(home)  # whatever the test did, leave no broker behind


async def test_start_stop_restart_in_own_home(second_broker: tuple[str, Path, Path, int]) -> None:
    bootstrap, home, libs, cport = second_broker
    port = kafka_local.parse_bootstrap(bootstrap)[1]
    # detach=False: if pytest is killed, the signal to its process group ends this broker too.
    start_it = functools.partial(kafka_local.start, bootstrap, home, libs=libs, controller_port=cport, detach=False)

    kafka_local.stop(home)  # stop with nothing started: fine
    await asyncio.to_thread(start_it)
    st = kafka_local.status(bootstrap, home)
    assert st["running"] and st["managed"] and st["port"] == port
    pid = st["pid"]
    await asyncio.to_thread(start_it)  # idempotent
    assert kafka_local.status(bootstrap, home)["pid"] == pid
    assert _broker_pids(home / "server.properties") == [pid]
    meta = (home / "data" / "kraft-combined-logs" / "meta.properties").read_text()

    topic = "persisted"
    await create_topics(bootstrap, [topic])
    await produce(bootstrap, topic, [b"survives-restart"])

    await asyncio.to_thread(kafka_local.stop, home)
    assert not (home / "kafka.pid").exists()
    assert _broker_pids(home / "server.properties") == []
    assert not _pid_alive(pid)
    st = kafka_local.status(bootstrap, home)
    assert not st["running"] and st["pid"] is None
    assert kafka_local.probe(bootstrap) is None
    await asyncio.to_thread(kafka_local.stop, home)  # idempotent

    # Restart on the same data: not re-formatted, data still there.
    await asyncio.to_thread(start_it)
    assert (home / "data" / "kraft-combined-logs" / "meta.properties").read_text() == meta
    recs = await consume_all(bootstrap, topic, expected=1, timeout=20)
    assert [r.value for r in recs] == [b"survives-restart"]


def test_stale_pid_file_is_ignored(tmp_path: Path) -> None:
    home = tmp_path / "stale"
    home.mkdir()
    # A pid that cannot be a live broker: our own pid (python, not kafka.Kafka).
    (home / "kafka.pid").write_text(json.dumps({"pid": os.getpid(), "port": 1}))
    st = kafka_local.status("127.0.0.1:1", home)
    assert st["pid"] is None and not st["managed"] and not st["running"]
    kafka_local.stop(home)  # removes the stale file, kills nothing
    assert not (home / "kafka.pid").exists()


def test_parse_bootstrap() -> None:
    assert kafka_local.parse_bootstrap("kafka://127.0.0.1:9092") == ("127.0.0.1", 9092)
    assert kafka_local.parse_bootstrap("localhost:19092,other:1") == ("localhost", 19092)
    with pytest.raises(kafka_local.KafkaLocalError):
        kafka_local.parse_bootstrap("nope")
