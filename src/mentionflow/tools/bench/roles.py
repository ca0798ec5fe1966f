"""The processes the bench starts as itself (``python -m mentionflow.tools.bench --role ...``): the
passthrough chains (raw aiokafka, bare faust, quix-streams) and the memory check."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import os
import signal
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson

from mentionflow.settings import Settings, load_settings
from mentionflow.tools.bench import config
from mentionflow.tools.bench.config import PARTITIONS, say
from mentionflow.tools.bench.data import BenchData
from mentionflow.tools.bench.kafka_io import client_kwargs
from mentionflow.tools.bench.processes import mark_ready, proc_status_kb


async def limit_chain(settings: Settings, prefix: str, group: str, ready_file: Path) -> None:
    """``len(config.HOPS) - 1`` hops (4 by default), each its own consumer (own group) and producer, in
    one event loop."""
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

    commit_every = 2.8  # faust's broker_commit_interval: flush the producer, then commit
    consumers: list[AIOKafkaConsumer] = []
    producers: list[AIOKafkaProducer] = []
    for i in range(len(config.HOPS) - 1):
        consumers.append(
            AIOKafkaConsumer(
                prefix + config.HOPS[i],
                **client_kwargs(settings),
                group_id=f"{group}-hop{i}",
                auto_offset_reset="earliest",
                enable_auto_commit=False,
                max_poll_records=settings.max_poll_records,
                max_partition_fetch_bytes=4 * 1024 * 1024,
            )
        )
        producers.append(
            AIOKafkaProducer(
                **client_kwargs(settings),
                acks="all",  # faust's producer_acks default (-1)
                linger_ms=settings.producer_linger_ms,
                max_batch_size=settings.producer_max_batch_bytes,
                max_request_size=4 * 1024 * 1024,
            )
        )

    async def hop(consumer: AIOKafkaConsumer, producer: AIOKafkaProducer, dst: str) -> None:
        pending: list[asyncio.Future[Any]] = []
        last_commit = time.monotonic()
        while True:
            batches = await consumer.getmany(timeout_ms=100, max_records=settings.max_poll_records)
            for tp, records in batches.items():
                batch = producer.create_batch()
                for r in records:
                    value = orjson.dumps(orjson.loads(r.value))
                    if batch.append(key=r.key, value=value, timestamp=None) is None:
                        pending.append(await producer.send_batch(batch, dst, partition=tp.partition))
                        batch = producer.create_batch()
                        batch.append(key=r.key, value=value, timestamp=None)
                if batch.record_count():
                    pending.append(await producer.send_batch(batch, dst, partition=tp.partition))
            if time.monotonic() - last_commit >= commit_every and pending:
                await asyncio.gather(*pending)
                pending.clear()
                await consumer.commit()
                last_commit = time.monotonic()

    for c in consumers:
        await c.start()
    for p in producers:
        await p.start()
    tasks = [
        asyncio.create_task(hop(consumers[i], producers[i], prefix + config.HOPS[i + 1]))
        for i in range(len(config.HOPS) - 1)
    ]
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    try:
        while not stop.is_set():
            mark_ready(ready_file, all(c.assignment() for c in consumers))
            for t in tasks:
                if t.done():
                    t.result()  # a failed hop fails the process
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), 0.5)
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for c in consumers:
            await c.stop()
        for p in producers:
            await p.stop()


def faust_chain_app(settings: Settings, prefix: str, app_id: str, ready_file: Path, datadir: Path) -> Any:
    """A bare faust passthrough chain with app.py's app settings and agent loop shape."""
    import faust

    from mentionflow.app import stream_settings

    app = faust.App(
        app_id,
        broker=[f"kafka://{server.strip()}" for server in settings.kafka.split(",")],
        store="memory://",
        datadir=str(datadir),
        topic_partitions=PARTITIONS,
        topic_replication_factor=1,
        web_enabled=False,
        **stream_settings(settings),
        env_prefix="FAUST_",  # as the worker: FAUST_<SETTING> in the environment tunes both (docs/benchmarks.md)
    )
    if os.environ.get("MENTIONFLOW_BENCH_FAUST_SENSORS") == "off":

        @app.task
        async def sensors_off() -> None:
            """An experiment: without faust's Monitor, the only sensor, no per-event sensor calls."""
            app.sensors.remove(app.monitor)

    topics = [
        app.topic(
            prefix + h,
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
            partitions=PARTITIONS,
        )
        for h in config.HOPS
    ]

    def make_agent(i: int) -> None:
        dst = topics[i + 1]

        async def agent(stream: Any) -> None:
            async for batch in stream.take_events(settings.batch_size, settings.batch_timeout_s):
                outputs: list[tuple[Any, bytes | None, bytes]] = []
                for event in batch:
                    msg = event.message
                    try:
                        outputs.append((dst, msg.key, orjson.dumps(orjson.loads(msg.value))))
                    except orjson.JSONDecodeError:
                        continue
                for topic, key, value in outputs:
                    await topic.send(key=key, value=value)

        agent.__name__ = agent.__qualname__ = f"hop{i}"
        app.agent(topics[i], name=f"bench.hop{i}", concurrency=1)(agent)

    for i in range(len(config.HOPS) - 1):
        make_agent(i)

    @app.timer(interval=0.5)
    async def report_ready() -> None:
        try:
            active = app.assignor.assigned_actives()
        except Exception:
            active = set()
        mark_ready(ready_file, bool(active) and not app.rebalancing)

    return app


def quix_chain(settings: Settings, prefix: str, app_id: str, ready_file: Path, datadir: Path) -> None:
    """The peer: a quix-streams passthrough over the same hops, in one process (one Application,
    one StreamingDataFrame per hop), the same codec (quix's JSON serializers are orjson: decode
    and encode per record and hop), raw-bytes keys. As the faust chain: at-least-once, commits
    every 2.8 s, acks=all, the pipeline's producer linger; no state, no changelogs. Each output
    is stamped when it is produced (quix would carry the input's timestamp on), as aiokafka and
    faust stamp theirs. Needs the ``bench`` extra (``pip install 'mentionflow[bench]'``)."""
    import threading

    from confluent_kafka.admin import AdminClient
    from quixstreams import Application

    servers = settings.kafka
    app = Application(
        broker_address=servers,
        consumer_group=app_id,
        auto_offset_reset="earliest",
        commit_interval=2.8,  # faust's broker_commit_interval
        processing_guarantee="at-least-once",
        use_changelog_topics=False,
        auto_create_topics=False,
        state_dir=str(datadir),
        loglevel="WARNING",
        producer_extra_config={"linger.ms": settings.producer_linger_ms, "acks": "all"},
    )
    topics = [
        app.topic(
            prefix + h,
            key_deserializer="bytes",
            value_deserializer="json",
            key_serializer="bytes",
            value_serializer="json",
        )
        for h in config.HOPS
    ]

    def stamp(value: Any, key: Any, timestamp: int, headers: Any) -> int:
        return int(time.time() * 1000)

    for i in range(len(config.HOPS) - 1):
        app.dataframe(topics[i]).set_timestamp(stamp).to_topic(topics[i + 1])

    inputs = len(config.HOPS) - 1
    stop = threading.Event()

    def watch_group() -> None:
        """Ready: the group is stable and its members hold every partition of the hops' inputs."""
        admin = AdminClient({"bootstrap.servers": servers})
        while not stop.is_set():
            held = 0
            stable = False
            with contextlib.suppress(Exception):
                described = admin.describe_consumer_groups([app_id])[app_id].result(timeout=5)
                stable = str(described.state).endswith("STABLE")
                held = sum(len(m.assignment.topic_partitions) for m in described.members)
            mark_ready(ready_file, stable and held >= inputs * PARTITIONS)
            stop.wait(0.5)

    watcher = threading.Thread(target=watch_group, name="bench-ready", daemon=True)
    watcher.start()
    try:
        app.run()  # until SIGTERM / SIGINT (quix's own handlers)
    finally:
        stop.set()


def memory_check(count: int, checkpoints: Sequence[int]) -> dict[str, Any]:
    """The core over ``count`` mentions on a replay clock: ``now`` = the mention's event time
    (each pass over the file shifted to later days), expiry as the worker's 60 s timer does,
    run every 1,000 mentions. RSS (VmRSS) at each checkpoint."""
    from mentionflow.core.pipeline import Pipeline
    from mentionflow.schema import decode_raw_mention

    settings = load_settings()
    data = BenchData.load()
    core = Pipeline.from_settings(settings)
    stores = core.stores
    marks: list[dict[str, Any]] = []
    case_ttl = max(settings.dedup_window_s, 2 * 86400)
    started = time.perf_counter()
    now = 0.0
    for seq in range(count):
        m = data.mention(seq)
        raw = decode_raw_mention(orjson.dumps(m))
        cycle, idx = divmod(seq, len(data.base))
        now = data.base_ts[idx] + cycle * data.shift_s
        core.run(raw, now)
        if seq % 1000 == 999:
            core.deduper.expire(now)
            core.casebook.expire(now, case_ttl)
        if seq + 1 in checkpoints:
            gc.collect()
            marks.append(
                {
                    "mentions": seq + 1,
                    "rss_mb": round((proc_status_kb(os.getpid(), "VmRSS") or 0) / 1024.0, 1),
                    "seconds": round(time.perf_counter() - started, 1),
                    "seen": len(stores.seen),
                    "authors": len(stores.authors),
                    "incidents": len(stores.incidents),
                    "cases": len(stores.cases),
                }
            )
            say(f"memory: {marks[-1]}")
    first, last = marks[0], marks[-1]
    return {
        "mentions": count,
        "checkpoints": marks,
        "rss_growth_mb": round(last["rss_mb"] - first["rss_mb"], 1),
        "clock": "replay: now = event time; each pass over the data shifted by the span + 1 day",
        "data": data.source,
    }


def run_role(args: argparse.Namespace) -> int:
    settings = load_settings()
    if args.role == "limit-chain":
        asyncio.run(limit_chain(settings, args.prefix, args.app_id, args.ready_file))
        return 0
    if args.role == "faust-chain":
        from faust import Worker

        app = faust_chain_app(settings, args.prefix, args.app_id, args.ready_file, args.datadir)
        worker = Worker(app, loglevel="warning", quiet=True)
        worker.spinner = None  # as worker.run_worker: no root logger at DEBUG
        worker.execute_from_commandline()
        return 0
    if args.role == "quix-chain":
        quix_chain(settings, args.prefix, args.app_id, args.ready_file, args.datadir)
        return 0
    if args.role == "memory":
        count = args.memory_count
        checkpoints = sorted({min(100_000, count), count})
        print(orjson.dumps(memory_check(count, checkpoints)).decode(), flush=True)
        return 0
    return 2
