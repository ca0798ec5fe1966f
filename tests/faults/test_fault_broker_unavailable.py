"""Broker faults at the edges: the broker is not there when the worker starts; the broker refuses
a record the worker sends (too large for its topic); the broker is paused (SIGSTOP) mid-stream.
In each, every record is processed or dead-lettered, and no input offset is committed past a
record whose output is not on Kafka.

The first and last run on a broker of their own (``second_broker``); the second changes one
topic's config on the shared broker (its topics are the test's own).
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from pathlib import Path

import orjson
from aiokafka import TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from mentionflow.tools import kafka_local

from harness import (
    Collector,
    Feeder,
    SecondBroker,
    Workers,
    build_dataset,
    committed_vs_end,
    final_accounting,
    observed,
    record_row,
)
from kafkautil import consume_all

BROKER_DOWN_S = 12.0


async def test_worker_started_while_the_broker_is_down(second_broker: SecondBroker, tmp_path: Path) -> None:
    bootstrap = second_broker.bootstrap
    prefix = "bu."
    ds = build_dataset("bu", 280, n_invalid=20, n_reposts=6, n_near_dups=6)
    await asyncio.to_thread(second_broker.stop)
    pool = Workers(bootstrap, prefix, tmp_path)
    async with observed(pool, close=True) as scope:
        spawned_at = time.time()
        worker = pool.spawn("worker")
        await asyncio.sleep(BROKER_DOWN_S)
        assert worker.proc is not None and worker.proc.poll() is None, "the worker gave up:\n" + worker.log_tail()
        assert "waiting" in worker.log_tail(), worker.log_tail()
        await asyncio.to_thread(second_broker.start)
        back_at = time.time()
        ready_at = await pool.ready(worker, timeout=120)
        collector = scope.track(await Collector(bootstrap, prefix).start())
        feeder = Feeder(bootstrap, prefix, ds, rate=150).start()
        await feeder.wait()
        await collector.wait_covered(ds, timeout=120)
    acc = await final_accounting(bootstrap, prefix, ds, feeder)
    record_row(
        "broker down when the worker starts (own broker, up after 12 s)",
        acc,
        f"worker ready {ready_at - back_at:.1f}s after the broker was back",
        f"the worker waited {back_at - spawned_at:.0f}s for the broker (kafka_client.create_topics_when_reachable)",
    )
    acc.assert_ok()


async def test_worker_started_while_the_broker_restarts(second_broker: SecondBroker, tmp_path: Path) -> None:
    """The broker dies after the worker's start-up checks found it and before faust's clients
    connect (a broker restart during a deploy: the nemesis saw such a worker exit with
    ``KafkaConnectionError: Unable to bootstrap``). The worker waits for the broker, as it does when
    the broker is down from the start, and every record is processed or dead-lettered."""
    bootstrap = second_broker.bootstrap
    prefix = "br."
    ds = build_dataset("br", 280, n_invalid=20, n_reposts=6, n_near_dups=6)
    pool = Workers(bootstrap, prefix, tmp_path)
    record = kafka_local._read_pidfile(second_broker.home)
    assert record is not None, "no pid file for the test broker"
    async with observed(pool, close=True) as scope:
        worker = pool.spawn("worker")
        deadline = time.monotonic() + 120
        # cli.cmd_worker prints this line after its checks, just before faust starts its clients.
        while "mentionflow worker:" not in worker.log_tail(200):
            assert worker.proc is not None and worker.proc.poll() is None, "the worker exited:\n" + worker.log_tail()
            assert time.monotonic() < deadline, "the worker did not finish its checks:\n" + worker.log_tail()
            await asyncio.sleep(0.02)
        os.kill(int(record["pid"]), signal.SIGKILL)
        killed_at = time.time()
        await asyncio.sleep(BROKER_DOWN_S)
        assert worker.proc is not None and worker.proc.poll() is None, "the worker gave up:\n" + worker.log_tail()
        await asyncio.to_thread(second_broker.start)
        back_at = time.time()
        ready_at = await pool.ready(worker, timeout=120)
        collector = scope.track(await Collector(bootstrap, prefix).start())
        feeder = Feeder(bootstrap, prefix, ds, rate=150).start()
        await feeder.wait()
        await collector.wait_covered(ds, timeout=120)
        assert worker.proc.poll() is None, "the worker exited:\n" + worker.log_tail()
    acc = await final_accounting(bootstrap, prefix, ds, feeder)
    record_row(
        "broker killed (SIGKILL) as the worker starts, after its checks; up after 12 s (own broker)",
        acc,
        f"worker ready {ready_at - back_at:.1f}s after the broker was back",
        f"the broker was down {back_at - killed_at:.0f}s (12 s, then its start); "
        "the worker waited (kafka_client.retry_bootstrap)",
    )
    acc.assert_ok()


async def _set_topic_config(bootstrap: str, topic: str, configs: dict[str, str]) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, topic, configs=configs)])
    finally:
        await admin.close()


async def test_a_record_the_broker_refuses_stops_the_worker_before_its_offset_commits(
    kafka_bootstrap: str, topic_prefix: str, workers: Workers
) -> None:
    """cases.routed refuses every case record (max.message.bytes lowered mid-stream, as a bad
    topic change would): the worker must stop without committing the input offset of a case it
    could not publish; once the topic is fixed, a new worker publishes every case."""
    ds = build_dataset("nd", 560, n_invalid=40, n_reposts=10, n_near_dups=10)
    cases_topic = f"{topic_prefix}cases.routed"
    scored_topic = f"{topic_prefix}mentions.scored"
    first = await workers.start("worker-1")
    collector = await Collector(kafka_bootstrap, topic_prefix).start()
    feeder = Feeder(kafka_bootstrap, topic_prefix, ds, rate=50).start()  # 12 s: the refusal lands mid-stream
    async with observed(workers, collector):
        await collector.wait_until(lambda: collector.covered_count(ds) >= 60, 90, "the stream to flow")
        deadline = time.monotonic() + 30
        while not any(c for c, _ in (await committed_vs_end(kafka_bootstrap, workers.group, [scored_topic])).values()):
            assert time.monotonic() < deadline, "no offset of mentions.scored committed yet"
            await asyncio.sleep(0.5)
        refused_at = time.time()
        await _set_topic_config(kafka_bootstrap, cases_topic, {"max.message.bytes": "512"})
        assert first.proc is not None
        exit_code = await asyncio.to_thread(first.proc.wait, 90)
        stopped_after = time.time() - refused_at
        await collector.poll(1.0)
        # The route stage's input (fused: dedup+route read mentions.scored): every mention below
        # its committed offsets must be in a case record that reached the topic.
        committed = await committed_vs_end(kafka_bootstrap, workers.group, [scored_topic])
        below: set[str] = set()
        for record in await consume_all(kafka_bootstrap, scored_topic, expected=None, timeout=30):
            offset = committed[TopicPartition(scored_topic, record.partition)][0]
            if offset is not None and record.offset < offset:
                below.add(orjson.loads(record.value)["mention"]["id"])
        assert below, f"nothing committed below the refusal: {committed}"
        unpublished = sorted(below - collector.case_ids_by_mention.keys())
        assert not unpublished, f"offsets committed past mentions in no case: {unpublished[:10]}"
        in_cases_at_stop = collector.covered_count(ds)
        await _set_topic_config(kafka_bootstrap, cases_topic, {"max.message.bytes": "2097152"})
        await workers.start("worker-2")
        await feeder.wait()
        await collector.wait_covered(ds, timeout=120)
    acc = await final_accounting(kafka_bootstrap, topic_prefix, ds, feeder)
    record_row(
        "cases.routed refuses records (max.message.bytes 512) mid-stream; topic fixed, worker restarted",
        acc,
        f"worker stopped {stopped_after:.1f}s after the change (exit code {exit_code})",
        f"{len(below)} mentions below the committed offsets of mentions.scored, all in cases; "
        f"{in_cases_at_stop} of {len(ds.valid_ids)} valid mentions in cases at the stop",
    )
    acc.assert_ok()


PAUSE_S = 20.0


async def test_broker_paused_mid_stream(second_broker: SecondBroker, tmp_path: Path) -> None:
    """SIGSTOP the broker for 20 s, then SIGCONT (a long GC pause, a frozen VM): connections stay
    open but nothing answers; producers and consumers time out and retry."""
    bootstrap = second_broker.bootstrap
    prefix = "bp."
    ds = build_dataset("bp", 560, n_invalid=40, n_reposts=12, n_near_dups=12)
    pool = Workers(bootstrap, prefix, tmp_path)
    record = kafka_local._read_pidfile(second_broker.home)
    assert record is not None, "no pid file for the test broker"
    pid = int(record["pid"])
    async with observed(pool, close=True) as scope:
        worker = await pool.start("worker")
        collector = scope.track(await Collector(bootstrap, prefix).start())
        feeder = Feeder(bootstrap, prefix, ds, rate=150).start()
        await collector.wait_until(lambda: collector.covered_count(ds) >= 150, 90, "the stream to flow")
        paused_at = time.time()
        os.kill(pid, signal.SIGSTOP)
        try:
            await asyncio.sleep(PAUSE_S)
        finally:
            os.kill(pid, signal.SIGCONT)
        resumed_at = time.time()
        await feeder.wait()
        await collector.wait_covered(ds, timeout=180)
        recovery = collector.first_case_after(resumed_at)
        stall = collector.max_gap(paused_at)
        assert worker.proc is not None and worker.proc.poll() is None, "the worker exited:\n" + worker.log_tail()
    acc = await final_accounting(bootstrap, prefix, ds, feeder)
    record_row(
        f"broker paused (SIGSTOP {PAUSE_S:.0f} s, SIGCONT) mid-stream (own broker)",
        acc,
        f"{recovery if recovery is not None else float('nan'):.1f}s SIGCONT→first case; "
        f"longest pause in cases {stall:.1f}s",
        "the worker was not restarted",
    )
    acc.assert_ok()
