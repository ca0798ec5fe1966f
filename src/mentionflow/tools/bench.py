"""``mentionflow bench``: how fast is mentionflow, next to what Kafka and faust allow?

One run measures, on the same local broker and the same data (the airline tweets, cycled):

1. ``limit``: raw aiokafka consume -> produce passthrough over the pipeline's hops (raw -> t1 .. ->
   out; 2 for fused workers, 4 staged, or ``--chain-hops``),
   batched (``getmany`` + ``send_batch`` per partition), decode + encode with orjson at each hop,
   each hop its own consumer (own group) and producer, all in ONE process and event loop (the
   same single core a faust worker gets);
2. ``faust_chain``: a bare faust passthrough chain over the same hops, same codec, raw-bytes
   topics, ``take_events`` batches and ``concurrency=1``: the agent loop of app.py without the
   core, in one worker process (``python -m mentionflow.tools.bench --role faust-chain``);
3. ``pipeline_1w`` / ``pipeline_2w``: the real ``mentionflow worker`` with the four stages, one
   worker, then two workers in one consumer group (topics have 4 partitions);
4. ``core``: the pure core in process (``Core.run``), no Kafka, one core, after a warm-up.

Protocol for 1-3 (the same for every scenario; each system under test is its own process):
fresh topics (unique prefix and app id per scenario) -> start the process(es) -> wait until every
consumer holds its partitions -> warm-up (a few hundred mentions, lazy models load) -> throughput:
N mentions written to the input topic as fast as the bench can (pre-built batches, well under a
second per 10k) and the time from the first input record's timestamp to the last output record's
timestamp -> latency: 1,000 mentions/s paced for a fixed time, latency = output record
CreateTime - input record CreateTime, matched by mention id -> peak RSS (VmHWM) per process.
The input is written after the consumers are ready, not before they start, because a second
worker joining a group that is already processing triggers a rebalance inside the measurement
(the broker runs with group.initial.rebalance.delay.ms=0), and because the first mentions a
worker sees load its language model.

Ids are made unique per record (``<tweet id>-<sequence>``; the data set itself has duplicate ids)
and every pass over the file is shifted in event time by the file's span plus a day, so each pass
looks like the same traffic on later days: dedup folds exactly what it would fold in the original
data (near-duplicates and reposts still produce a case revision, so every mention yields one
output on cases.routed; incident escalations are extra records and are not counted).

``python -m mentionflow.tools.bench --memory`` runs the core over 1M mentions in a fresh process and
reports RSS at 100k and at the end (windowed state: expiry runs as the worker's timer does).
``--profile`` adds a py-spy profile of the worker under load and a pyinstrument profile of the core.

Everything the bench creates (topics, processes, temp dirs) is removed at the end, on errors and
on Ctrl-C/SIGTERM too. It never starts or stops the broker.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import datetime as dt
import gc
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from mentionflow import procs
from mentionflow.settings import Settings, load_settings, packaged_data

PARTITIONS = 4  # every topic of every scenario: >= 2 workers x 2 partitions each


def chain_topics(hops: int) -> tuple[str, ...]:
    """The passthrough chains' topics: raw -> t1 .. -> out."""
    return ("raw", *(f"t{i}" for i in range(1, hops)), "out")


# main() gives the chains the pipeline's hops (``pipeline_hops``) or ``--chain-hops``, through
# MENTIONFLOW_BENCH_CHAIN_HOPS so that the role subprocesses build the same chain.
CHAIN_HOPS = int(os.environ.get("MENTIONFLOW_BENCH_CHAIN_HOPS", "4"))
HOPS = chain_topics(CHAIN_HOPS)
LATENCY_RATE = 1000.0  # mentions/s offered in the latency phase
STAGES = "enrich,sentiment,dedup,route"
CLK_TCK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

# Targets shown next to the results (docs/benchmarks.md).
TARGET_PIPELINE_VS_FAUST = 0.70
TARGET_CORE = 20_000.0
TARGET_P99_MS = 250.0
TARGET_TWO_WORKERS = 1.6
TARGET_RSS_GROWTH_MB = 100.0


@dataclass(frozen=True)
class Sizes:
    warmup: int
    limit: int
    faust_chain: int
    pipeline: int
    latency_s: float
    latency_wait_s: float  # after the paced phase; outputs later than this count as late
    core: int
    core_warmup: int
    stall_s: float


QUICK = Sizes(
    warmup=300,
    limit=20_000,
    faust_chain=3_000,
    pipeline=1_500,
    latency_s=3.0,
    latency_wait_s=8.0,
    core=3_000,
    core_warmup=1_000,
    stall_s=45.0,
)
FULL = Sizes(
    warmup=1_000,
    limit=100_000,
    faust_chain=20_000,
    pipeline=20_000,  # as many as the faust chain: the pipeline fill time weighs the same
    latency_s=15.0,
    latency_wait_s=60.0,
    core=30_000,
    core_warmup=3_000,
    stall_s=90.0,
)


class BenchError(RuntimeError):
    """A scenario could not be measured; the message says why."""


def _say(msg: str) -> None:
    print(f"bench: {msg}", file=sys.stderr, flush=True)


# ====================================================================== data


def default_data_dir() -> Path:
    env = os.environ.get("MENTIONFLOW_SHARED_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[4] / "shared" / "data"


@dataclass
class BenchData:
    """Base mentions and the cycling rule: record ``seq`` is base[seq % n] with id
    ``<id>-<seq>`` and its event time shifted by ``(seq // n) * shift_s``."""

    source: str
    base: list[dict[str, Any]]
    base_ts: list[float]
    shift_s: float
    note: str = ""

    @classmethod
    def load(cls, data_dir: Path | None = None) -> BenchData:
        from mentionflow.schema import parse_time

        csv_path = (data_dir or default_data_dir()) / "airline_sentiment" / "Tweets.csv"
        note = ""
        base: list[dict[str, Any]] = []
        if csv_path.is_file():
            from mentionflow.adapters import csv_mentions

            with csv_path.open(encoding="utf-8", newline="") as fh:
                base = list(csv_mentions(fh))
            source = str(csv_path)
        else:
            note = (
                f"{csv_path} not found (set MENTIONFLOW_SHARED_DATA to the shared data dir): "
                "falling back to the bundled sample_mentions.jsonl, cycled"
            )
            _say(note)
            sample = packaged_data("sample_mentions.jsonl")
            with sample.open("rb") as fh:
                for line in fh:
                    if line.strip():
                        with contextlib.suppress(orjson.JSONDecodeError):
                            obj = orjson.loads(line)
                            if isinstance(obj, dict) and obj.get("id") and obj.get("created_at"):
                                base.append(obj)
            source = f"{sample} (fallback)"
        if not base:
            raise BenchError(f"no mentions to replay from {source}")
        kept = _case_mentions(base)
        if len(kept) < len(base):
            note = (note + "; " if note else "") + (
                f"{len(base) - len(kept)} of {len(base)} mentions left out: they open or join no case "
                "(the brand's own posts, mentions that name no brand), so no output would count them"
            )
            base = kept
        base_ts = [parse_time(m["created_at"]) for m in base]
        span = max(base_ts) - min(base_ts)
        shift = (int(span // 86400) + 2) * 86400.0  # the span plus at least a day, whole days
        return cls(source=source, base=base, base_ts=base_ts, shift_s=shift, note=note)

    def mention(self, seq: int) -> dict[str, Any]:
        from mentionflow.schema import utc_iso

        cycle, idx = divmod(seq, len(self.base))
        m = dict(self.base[idx])
        m["id"] = f"{m['id']}-{seq}"
        if cycle:
            m["created_at"] = utc_iso(self.base_ts[idx] + cycle * self.shift_s)
        return m

    def records(self, start: int, count: int) -> list[tuple[bytes, bytes]]:
        """(key, value) for ``seq`` in [start, start + count): key = mention id."""
        out = []
        for seq in range(start, start + count):
            m = self.mention(seq)
            out.append((m["id"].encode("utf-8"), orjson.dumps(m)))
        return out


def _case_mentions(base: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The mentions the core puts in a case revision as its newest mention: the bench counts a
    mention's output by the last id of a revision of ``cases.routed``."""
    from mentionflow.core.pipeline import Core
    from mentionflow.schema import CodecError, parse_time, raw_mention_from_dict

    core = Core.from_settings(load_settings())
    kept = []
    for seq, obj in enumerate(base):
        try:
            # As the bench sends it: its id carries the sequence number (so an in_reply_to names
            # no mention the bench sent).
            raw = raw_mention_from_dict({**obj, "id": f"{obj['id']}-{seq}"})
        except CodecError:
            continue
        _, case = core.run(raw, parse_time(raw.created_at) + 5)
        if case is not None and case.mention_ids[-1] == raw.id:
            kept.append(obj)
    return kept


def seq_of(mention_id: str | bytes | None) -> int | None:
    if mention_id is None:
        return None
    if isinstance(mention_id, bytes):
        mention_id = mention_id.decode("utf-8", "replace")
    _, _, tail = mention_id.rpartition("-")
    return int(tail) if tail.isdigit() else None


# ====================================================================== processes


_CHILDREN: list[subprocess.Popen[bytes]] = []


def spawn(args: list[str], env: dict[str, str], log_path: Path) -> subprocess.Popen[bytes]:
    """procs.spawn, remembered so that every exit path stops it (stop_all_children)."""
    proc = procs.spawn(args, env, log_path)
    _CHILDREN.append(proc)
    return proc


def stop_process(proc: subprocess.Popen[bytes], timeout: float = 10.0, sig: int = signal.SIGTERM) -> None:
    procs.stop(proc, timeout, sig)
    if proc in _CHILDREN:
        _CHILDREN.remove(proc)


def stop_all_children() -> None:
    for proc in list(_CHILDREN):
        stop_process(proc, timeout=5.0)


def proc_status_kb(pid: int, field_name: str) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field_name + ":"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def proc_cpu_s(pid: int) -> float | None:
    """utime + stime of a process, in seconds (/proc/<pid>/stat)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        fields = stat[stat.rindex(")") + 2 :].split()
        return (int(fields[11]) + int(fields[12])) / CLK_TCK
    except (OSError, ValueError, IndexError):
        return None


def machine_cpu_s() -> tuple[float, float] | None:
    """(busy, idle) CPU seconds of the whole machine since boot, all cores (/proc/stat)."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / CLK_TCK, idle / CLK_TCK


def broker_pid(settings: Settings) -> int | None:
    """The local broker's pid when this home started it (None: an external broker)."""
    with contextlib.suppress(Exception):
        from mentionflow.tools import kafka_local

        pid = kafka_local.status(settings.kafka.split(",")[0], kafka_local.default_home()).get("pid")
        return pid if isinstance(pid, int) else None
    return None


def procs_cpu_s(procs: Sequence[subprocess.Popen[bytes]]) -> list[float]:
    """CPU seconds of each process under test (0.0 for one already gone)."""
    return [proc_cpu_s(p.pid) or 0.0 for p in procs]


def cpu_snapshot(procs: Sequence[subprocess.Popen[bytes]], broker: int | None) -> dict[str, float]:
    snap = {f"worker{i + 1}": cpu for i, cpu in enumerate(procs_cpu_s(procs))}
    if broker is not None:
        snap["broker"] = proc_cpu_s(broker) or 0.0
    snap["bench"] = time.process_time()  # the loader and the collector run in this process
    machine = machine_cpu_s()
    if machine is not None:
        snap["machine_busy"], snap["machine_idle"] = machine
    return snap


def cpu_split(before: dict[str, float], after: dict[str, float], wall_s: float) -> dict[str, float]:
    """Cores each party kept busy over ``wall_s`` (workers, broker, the bench itself, the
    rest of the machine, idle): where the machine's cores went while the system ran."""
    used = {k: max(0.0, after[k] - before[k]) for k in before if k in after}
    out = {k: round(v / wall_s, 2) for k, v in used.items() if k not in ("machine_busy", "machine_idle")}
    if "machine_busy" in used:
        others = used["machine_busy"] - sum(v for k, v in used.items() if k not in ("machine_busy", "machine_idle"))
        out["other"] = round(max(0.0, others) / wall_s, 2)
        out["idle"] = round(used["machine_idle"] / wall_s, 2)
    return out


def start_py_spy(py_spy: str, pid: int, out: Path) -> subprocess.Popen[bytes]:
    """Sample ``pid`` (not paused: --nonblocking) until SIGINT; collapsed stacks to ``out``."""
    args = [py_spy, "record", "--pid", str(pid), "--rate", "200", "--format", "raw", "--output", str(out)]
    args += ["--nonblocking", "--idle", "--duration", "3600"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _CHILDREN.append(proc)
    return proc


def mark_ready(path: Path, ready: bool) -> None:
    if ready:
        path.touch()
    else:
        path.unlink(missing_ok=True)


# ====================================================================== kafka helpers


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


# ====================================================================== systems under test


def base_env(settings: Settings) -> dict[str, str]:
    env = dict(os.environ)
    env["MENTIONFLOW_KAFKA"] = settings.kafka
    env["PYTHONUNBUFFERED"] = "1"
    return env


class SUT:
    """A system under test: its topics, processes and readiness."""

    name = ""
    collect_mode = "key"

    def __init__(self, run: RunContext, label: str) -> None:
        self.run = run
        self.label = label
        self.prefix = f"{run.run_id}-{label}."
        self.app_id = f"{run.run_id}-{label}"
        self.procs: list[subprocess.Popen[bytes]] = []
        self.logs: list[Path] = []

    @property
    def input_topic(self) -> str:
        raise NotImplementedError

    @property
    def output_topics(self) -> list[str]:
        raise NotImplementedError

    @property
    def deadletter_topic(self) -> str | None:
        return None

    async def create_topics(self) -> None:
        raise NotImplementedError

    def start(self) -> None:
        raise NotImplementedError

    def ready(self) -> bool:
        raise NotImplementedError

    def check_alive(self) -> None:
        for proc, log in zip(self.procs, self.logs, strict=True):
            if proc.poll() is not None:
                raise BenchError(
                    f"{self.label}: process {proc.pid} exited with {proc.returncode}:\n{procs.log_tail(log)}"
                )

    async def wait_ready(self, wait_s: float = 180.0) -> float:
        started = time.monotonic()
        stable = 0
        while time.monotonic() - started < wait_s:
            self.check_alive()
            stable = stable + 1 if self.ready() else 0
            if stable >= 3:  # three polls in a row: no rebalance in progress
                return time.monotonic() - started
            await asyncio.sleep(0.5)
        raise BenchError(f"{self.label}: not ready after {wait_s:.0f}s:\n{procs.log_tail(self.logs[0])}")

    def stop(self) -> None:
        for proc in self.procs:
            stop_process(proc)

    def extra(self) -> dict[str, Any]:
        return {}


class ChainSUT(SUT):
    """The passthrough chains (limit and faust): topics raw -> t1 -> t2 -> t3 -> out."""

    role = ""

    def __init__(self, run: RunContext, label: str) -> None:
        super().__init__(run, label)
        self.ready_file = run.tmp / f"{label}.ready"

    @property
    def input_topic(self) -> str:
        return self.prefix + HOPS[0]

    @property
    def output_topics(self) -> list[str]:
        return [self.prefix + HOPS[-1]]

    async def create_topics(self) -> None:
        await create_topics(self.run.settings, [self.prefix + h for h in HOPS])

    def start(self) -> None:
        log = self.run.tmp / f"{self.label}.log"
        args = [
            sys.executable,
            "-m",
            "mentionflow.tools.bench",
            "--role",
            self.role,
            "--prefix",
            self.prefix,
            "--app-id",
            self.app_id,
            "--ready-file",
            str(self.ready_file),
            "--datadir",
            str(self.run.tmp / self.label),
        ]
        self.procs.append(spawn(args, base_env(self.run.settings), log))
        self.logs.append(log)

    def ready(self) -> bool:
        return self.ready_file.exists()


class LimitSUT(ChainSUT):
    name = "limit"
    role = "limit-chain"


class FaustChainSUT(ChainSUT):
    name = "faust_chain"
    role = "faust-chain"


class PipelineSUT(SUT):
    name = "pipeline"
    collect_mode = "routed"

    def __init__(self, run: RunContext, label: str, workers: int) -> None:
        super().__init__(run, label)
        self.workers = workers
        self.ports: list[int] = []
        self.settings = load_settings(
            kafka=run.settings.kafka, topic_prefix=self.prefix, app_id=self.app_id, topic_partitions=PARTITIONS
        )

    @property
    def input_topic(self) -> str:
        return self.settings.topics.raw

    @property
    def output_topics(self) -> list[str]:
        return [self.settings.topics.routed, self.settings.topics.deadletter]

    @property
    def deadletter_topic(self) -> str | None:
        return self.settings.topics.deadletter

    async def create_topics(self) -> None:
        from mentionflow.kafka_client import create_topics as create_all

        await create_all(self.settings)
        await create_topics(self.run.settings, self.settings.topics.all())

    def start(self) -> None:
        env = base_env(self.run.settings)
        env.update(
            {
                "MENTIONFLOW_TOPIC_PREFIX": self.prefix,
                "MENTIONFLOW_APP_ID": self.app_id,
                "MENTIONFLOW_TOPIC_PARTITIONS": str(PARTITIONS),
                "MENTIONFLOW_DATA_DIR": str(self.run.tmp / self.label),
                "MENTIONFLOW_LOG_LEVEL": "WARNING",
            }
        )
        env.pop("MENTIONFLOW_STAGES", None)
        for i in range(self.workers):
            port = procs.free_port()
            log = self.run.tmp / f"{self.label}-w{i}.log"
            args = procs.worker_args("--stages", STAGES, "--web-port", str(port))
            self.procs.append(spawn(args, env, log))
            self.logs.append(log)
            self.ports.append(port)

    def ready(self) -> bool:
        return all(procs.is_ready(f"http://127.0.0.1:{port}") for port in self.ports)

    def stage_seconds(self) -> dict[str, float]:
        """Sum of mentionflow_stage_duration_seconds per stage over every worker: time spent
        inside the handlers (decode + core + encode), not in faust or aiokafka."""
        total: dict[str, float] = defaultdict(float)
        for port in self.ports:
            try:
                _, body = procs.http_get(f"http://127.0.0.1:{port}/metrics")
            except (OSError, urllib.error.URLError):
                continue
            for line in body.decode().splitlines():
                m = re.match(r'mentionflow_stage_duration_seconds_sum\{stage="(\w+)"\} (\S+)', line)
                if m:
                    total[m.group(1)] += float(m.group(2))
        return dict(total)


# ====================================================================== one scenario


@dataclass
class RunContext:
    settings: Settings
    data: BenchData
    sizes: Sizes
    run_id: str
    tmp: Path
    profile: bool = False
    py_spy: str | None = None
    latency_rate: float = LATENCY_RATE
    next_seq: int = 0
    results: dict[str, Any] = field(default_factory=dict)
    broker_pid: int | None = None  # for the CPU split; None with an external broker


def percentiles(values: Sequence[float]) -> dict[str, float | None]:
    if not values:
        return {"p50_ms": None, "p95_ms": None, "p99_ms": None, "max_ms": None}
    s = sorted(values)

    def rank(q: float) -> float:
        return float(s[min(len(s) - 1, max(0, round(q * len(s) + 0.5) - 1))])

    return {"p50_ms": rank(0.50), "p95_ms": rank(0.95), "p99_ms": rank(0.99), "max_ms": float(s[-1])}


async def wait_count(
    sut: SUT, col: Collector, phase: str, target: int, stall_s: float, limit_s: float | None = None
) -> tuple[int, bool]:
    """Wait until ``target`` outputs of ``phase`` arrived; gives up after ``stall_s`` without
    progress, or after ``limit_s`` in all. Returns (count, complete)."""
    last, last_change = -1, time.monotonic()
    give_up = None if limit_s is None else time.monotonic() + limit_s
    while True:
        n = col.counts[phase]
        if n >= target:
            return n, True
        if give_up is not None and time.monotonic() > give_up:
            return n, False
        if n != last:
            last, last_change = n, time.monotonic()
        elif time.monotonic() - last_change > stall_s:
            return n, False
        sut.check_alive()
        await asyncio.sleep(0.05)


async def run_sut(ctx: RunContext, sut: SUT, n: int) -> dict[str, Any]:
    sizes = ctx.sizes
    res: dict[str, Any] = {"label": sut.label, "processes": 1 if not isinstance(sut, PipelineSUT) else sut.workers}
    # Payloads first: nothing of the bench competes with the system under test while it runs.
    base_seq = ctx.next_seq
    w_lo, t_lo = base_seq, base_seq + sizes.warmup
    l_lo = t_lo + n
    l_count = int(ctx.latency_rate * sizes.latency_s)
    ctx.next_seq = l_lo + l_count
    warm = ctx.data.records(w_lo, sizes.warmup)
    thr = ctx.data.records(t_lo, n)
    lat = ctx.data.records(l_lo, l_count)

    await sut.create_topics()
    col = Collector(sut.collect_mode)
    col.add_phase("warmup", w_lo, t_lo)
    col.add_phase("throughput", t_lo, l_lo)
    col.add_phase("latency", l_lo, l_lo + l_count)
    collector = asyncio.create_task(col.run(ctx.settings, sut.output_topics, sut.deadletter_topic))
    loader = Loader(ctx.settings, sut.input_topic)
    await loader.start()
    spy: subprocess.Popen[bytes] | None = None
    try:
        t0 = time.monotonic()
        sut.start()
        res["ready_s"] = round(await sut.wait_ready(), 2)
        _say(f"{sut.label}: ready after {time.monotonic() - t0:.1f}s; warm-up {sizes.warmup}")

        await loader.blast(warm)
        got, complete = await wait_count(sut, col, "warmup", sizes.warmup, max(sizes.stall_s, 60.0))
        if not complete:
            raise BenchError(f"{sut.label}: warm-up: {got}/{sizes.warmup} outputs, then nothing")

        # ---- throughput
        spy_out = ctx.tmp / f"{sut.label}.pyspy.txt"
        if ctx.profile and ctx.py_spy:
            spy = start_py_spy(ctx.py_spy, sut.procs[0].pid, spy_out)
        split0 = cpu_snapshot(sut.procs, ctx.broker_pid)
        handler0 = sut.stage_seconds() if isinstance(sut, PipelineSUT) else {}
        _say(f"{sut.label}: throughput, {n} mentions")
        blast_started = time.perf_counter()
        first_in_ms = await loader.blast(thr)
        blast_s = time.perf_counter() - blast_started
        got, complete = await wait_count(sut, col, "throughput", n, sizes.stall_s)
        split1 = cpu_snapshot(sut.procs, ctx.broker_pid)
        split_wall_s = time.perf_counter() - blast_started
        handler1 = sut.stage_seconds() if isinstance(sut, PipelineSUT) else {}
        if spy is not None:
            stop_process(spy, timeout=20.0, sig=signal.SIGINT)
            spy = None
            if spy_out.exists():
                res["profile"] = summarise_pyspy(spy_out.read_text(errors="replace"))
        ts = sorted(col.out_ms[s] for s in range(t_lo, l_lo) if s in col.out_ms)
        if len(ts) < 2:
            raise BenchError(f"{sut.label}: throughput: only {len(ts)} outputs")
        wall_s = max(1e-3, (ts[-1] - first_in_ms) / 1000.0)
        cpu_by_process = [split1[f"worker{i + 1}"] - split0[f"worker{i + 1}"] for i in range(len(sut.procs))]
        cpu = sum(cpu_by_process)
        res["throughput"] = {
            "mentions": n,
            "outputs": got,
            "complete": complete,
            "seconds": round(wall_s, 3),
            "mentions_per_s": round(got / wall_s, 1),
            "first_output_s": round((ts[0] - first_in_ms) / 1000.0, 3),
            "half_outputs_s": round((ts[len(ts) // 2] - first_in_ms) / 1000.0, 3),
            "input_write_s": round(blast_s, 3),
            "cpu_s": round(cpu, 2),
            "cpu_us_per_mention": round(cpu / got * 1e6, 1) if got else None,
            # Per process: with 2 workers, how evenly the partitions split the work.
            "cpu_s_by_process": [round(c, 2) for c in cpu_by_process],
            "cores_busy": cpu_split(split0, split1, split_wall_s),
        }
        if handler1:
            spent = {k: handler1.get(k, 0.0) - handler0.get(k, 0.0) for k in handler1}
            res["throughput"]["handler_us_per_mention"] = {k: round(v / got * 1e6, 1) for k, v in sorted(spent.items())}
        if not complete:
            _say(f"{sut.label}: WARNING only {got}/{n} outputs arrived (stalled {sizes.stall_s:.0f}s)")
        _say(f"{sut.label}: {got / wall_s:,.0f} mentions/s (cpu {cpu:.1f}s)")

        # ---- latency at a fixed offered load
        _say(f"{sut.label}: latency at {ctx.latency_rate:.0f}/s for {sizes.latency_s:.0f}s")
        cpu_paced0 = sum(procs_cpu_s(sut.procs))
        stamps = await loader.paced(lat, ctx.latency_rate)
        got, complete = await wait_count(sut, col, "latency", l_count, sizes.stall_s, sizes.latency_wait_s)
        cpu_paced = sum(procs_cpu_s(sut.procs)) - cpu_paced0
        # A record not out by the end of the wait counts with the time waited so far: the
        # percentiles are then lower bounds (shown as ">=").
        gave_up_ms = time.time() * 1000.0
        create_lat = [col.out_ms.get(l_lo + i, gave_up_ms) - stamps[i] for i in range(l_count)]
        recv_lat = [col.recv_ms.get(l_lo + i, gave_up_ms) - stamps[i] for i in range(l_count)]
        res["latency"] = {
            "offered_per_s": ctx.latency_rate,
            "seconds": sizes.latency_s,
            "sent": l_count,
            "received": got,
            "missing": l_count - got,
            "wait_s": sizes.latency_wait_s,
            # Paced input arrives in small batches: compare with the throughput phase's figure.
            "cpu_us_per_mention": round(cpu_paced / got * 1e6, 1) if got else None,
            **{k: (round(v, 1) if v is not None else None) for k, v in percentiles(create_lat).items()},
            "observed": {k: (round(v, 1) if v is not None else None) for k, v in percentiles(recv_lat).items()},
        }
        lat_res = res["latency"]
        _say(f"{sut.label}: latency p50 {lat_res['p50_ms']} p95 {lat_res['p95_ms']} p99 {lat_res['p99_ms']} ms")
        res["rss_mb"] = [round((proc_status_kb(p.pid, "VmHWM") or 0) / 1024.0, 1) for p in sut.procs]
        res["outputs"] = {
            "records": col.records,
            "records_per_mention": round(col.records / max(1, ctx.next_seq - base_seq), 3),
            "escalations": col.escalations,
            "deadletters": col.deadletters,
            "duplicates": col.duplicates,
            "unmatched": col.unmatched,
        }
    finally:
        if spy is not None:
            stop_process(spy, timeout=5.0, sig=signal.SIGINT)
        sut.stop()
        collector.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await collector
        with contextlib.suppress(Exception):
            await loader.stop()
        with contextlib.suppress(Exception):
            await delete_topics_with_prefix(ctx.settings, sut.app_id)
    return res


# ====================================================================== roles (subprocesses)


async def limit_chain(settings: Settings, prefix: str, group: str, ready_file: Path) -> None:
    """``len(HOPS) - 1`` hops (4 by default), each its own consumer (own group) and producer, in
    one event loop."""
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

    commit_every = 2.8  # faust's broker_commit_interval: flush the producer, then commit
    consumers: list[AIOKafkaConsumer] = []
    producers: list[AIOKafkaProducer] = []
    for i in range(len(HOPS) - 1):
        consumers.append(
            AIOKafkaConsumer(
                prefix + HOPS[i],
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
    tasks = [asyncio.create_task(hop(consumers[i], producers[i], prefix + HOPS[i + 1])) for i in range(len(HOPS) - 1)]
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
    )
    topics = [
        app.topic(
            prefix + h,
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
            partitions=PARTITIONS,
        )
        for h in HOPS
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

    for i in range(len(HOPS) - 1):
        make_agent(i)

    @app.timer(interval=0.5)
    async def report_ready() -> None:
        try:
            active = app.assignor.assigned_actives()
        except Exception:
            active = set()
        mark_ready(ready_file, bool(active) and not app.rebalancing)

    return app


def memory_check(count: int, checkpoints: Sequence[int]) -> dict[str, Any]:
    """The core over ``count`` mentions on a replay clock: ``now`` = the mention's event time
    (each pass over the file shifted to later days), expiry as the worker's 60 s timer does,
    run every 1,000 mentions. RSS (VmRSS) at each checkpoint."""
    from mentionflow.core.pipeline import Core
    from mentionflow.schema import decode_raw_mention

    settings = load_settings()
    data = BenchData.load()
    core = Core.from_settings(settings)
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
            _say(f"memory: {marks[-1]}")
    first, last = marks[0], marks[-1]
    return {
        "mentions": count,
        "checkpoints": marks,
        "rss_growth_mb": round(last["rss_mb"] - first["rss_mb"], 1),
        "clock": "replay: now = event time; each pass over the data shifted by the span + 1 day",
        "data": data.source,
    }


# ====================================================================== core in process


CORE_STEPS = (
    "codec: decode raw",
    "enrich",
    "codec: enriched hop",
    "sentiment",
    "codec: scored hop",
    "dedup",
    "codec: unique hop",
    "route",
    "codec: encode case",
)


def bench_core(ctx: RunContext) -> dict[str, Any]:
    from mentionflow.core.pipeline import Core
    from mentionflow.schema import Trace, decode_enriched, decode_raw_mention, decode_scored, decode_unique, encode

    sizes = ctx.sizes
    settings = load_settings()
    lo = ctx.next_seq
    warm = [decode_raw_mention(v) for _, v in ctx.data.records(lo, sizes.core_warmup)]
    payloads = ctx.data.records(lo + sizes.core_warmup, sizes.core)
    ctx.next_seq = lo + sizes.core_warmup + sizes.core
    raws = [decode_raw_mention(v) for _, v in payloads]

    core = Core.from_settings(settings)
    core.preload()
    for raw in warm:  # loads the language model, compiles regexes, fills caches
        core.run(raw, time.time())
    # As a worker does at start-up (app.py): what start-up built (models, modules, here also
    # the decoded inputs, which a worker never holds) is frozen out of the cyclic collector's
    # reach, so full collections walk what the core keeps, as they do in the worker.
    del core
    gc.collect()
    gc.freeze()

    # 1. Core.run only (what "core >= 20k/s" means), on a fresh core (empty state).
    core = Core.from_settings(settings)
    cpu0, t0 = time.process_time(), time.perf_counter()
    now = time.time()
    for i, raw in enumerate(raws):
        if i % 200 == 0:
            now = time.time()
        core.run(raw, now)
    wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    res: dict[str, Any] = {
        "mentions": len(raws),
        "seconds": round(wall, 3),
        "cpu_s": round(cpu, 3),
        "mentions_per_s": round(len(raws) / wall, 1),
        "mentions_per_cpu_s": round(len(raws) / cpu, 1) if cpu else None,
    }
    _say(f"core: {len(raws) / wall:,.0f} mentions/s ({len(raws) / cpu if cpu else 0:,.0f} per CPU second)")

    # 2. The four agents' work in process: decode -> stage -> encode per hop, timed per step.
    core = Core.from_settings(settings)
    steps: dict[str, float] = defaultdict(float)
    pc = time.process_time  # CPU time: the machine is shared, wall time per step would count others' work
    t_all = pc()
    for i, (_, value) in enumerate(payloads):
        if i % 200 == 0:
            now = time.time()
        t = [pc()]
        raw = decode_raw_mention(value, settings.max_payload_bytes, settings.max_text_chars)
        t.append(pc())
        enriched = core.enrich(raw, now, Trace(ingested_at=now))
        t.append(pc())
        enriched = decode_enriched(encode(enriched))
        t.append(pc())
        scored = core.score(enriched)
        t.append(pc())
        scored = decode_scored(encode(scored))
        t.append(pc())
        unique = core.dedup(scored, now)
        t.append(pc())
        unique = decode_unique(encode(unique))
        t.append(pc())
        case = core.route(unique, now)
        t.append(pc())
        if case is not None:
            encode(case)
        t.append(pc())
        for j, name in enumerate(CORE_STEPS):
            steps[name] += t[j + 1] - t[j]
    cpu2 = pc() - t_all
    n = len(payloads)
    res["with_codec_mentions_per_cpu_s"] = round(n / cpu2, 1)
    res["us_per_mention"] = {k: round(steps[k] / n * 1e6, 1) for k in CORE_STEPS}
    codec = sum(v for k, v in steps.items() if k.startswith("codec"))
    res["codec_share"] = round(codec / max(1e-9, sum(steps.values())), 3)

    gc.unfreeze()
    if ctx.profile:
        res["profile"] = profile_core(settings, raws[: min(len(raws), 6000)], warm)
    return res


_CORE_STAGES = ("enrich", "score", "dedup", "route")


def profile_core(settings: Settings, raws: Sequence[Any], warm: Sequence[Any]) -> dict[str, Any]:
    from mentionflow.core.pipeline import Core

    try:
        from pyinstrument import Profiler
    except ImportError:
        return {"error": "pyinstrument not installed (pip install -e '.[dev]')"}
    core = Core.from_settings(settings)
    for raw in warm:
        core.run(raw, time.time())
    core = Core.from_settings(settings)
    profiler = Profiler(interval=0.0005)
    profiler.start()
    now = time.time()
    for raw in raws:
        core.run(raw, now)
    profiler.stop()
    session = profiler.last_session
    if session is None:
        return {}
    root = session.root_frame()
    self_time: Counter[str] = Counter()
    stage_time: Counter[str] = Counter()

    def walk(frame: Any, caller: str) -> None:
        if frame.is_synthetic:  # pyinstrument's "[self]" leaves: counted in total_self_time
            return
        if frame.file_path_short == "<built-in>" or not frame.line_no:
            where = f"{frame.function} (C, from {caller})"
        else:
            where = f"{frame.function} ({frame.file_path_short}:{frame.line_no})"
        self_time[where] += frame.total_self_time
        if frame.file_path_short.endswith("pipeline.py") and frame.function.split(".")[-1] in _CORE_STAGES:
            stage_time[frame.function.split(".")[-1]] += frame.time
        for child in frame.children:
            walk(child, frame.function)

    if root is not None:
        walk(root, "")
    total = sum(self_time.values()) or 1.0
    return {
        "tool": "pyinstrument",
        "mentions": len(raws),
        "seconds": round(session.duration, 3),
        "stage_share": {k: round(v / total, 3) for k, v in stage_time.most_common()},
        "top_self": [{"frame": k, "share": round(v / total, 3)} for k, v in self_time.most_common(15)],
    }


# ====================================================================== py-spy summary

# Inside a stage handler (decode + core + encode), the leaf frame's file names the work.
_HANDLER_LEAF: tuple[tuple[str, str], ...] = (
    ("mentionflow/core/sentiment.py", "core: sentiment"),
    ("mentionflow/core/dedup.py", "core: dedup"),
    ("mentionflow/core/similarity.py", "core: dedup"),
    ("mentionflow/core/cases.py", "core: route"),
    ("mentionflow/core/route.py", "core: route"),
    ("<routing rules>", "core: route"),
    ("mentionflow/core/enrich.py", "core: enrich"),
    ("mentionflow/core/catalog.py", "core: enrich"),
    ("mentionflow/core/lang.py", "core: enrich"),
    ("fasttext", "core: enrich"),
    ("mentionflow/core/text.py", "core: text normalise (enrich, sentiment)"),
    ("mentionflow/schema.py", "codec (orjson + record classes)"),
    ("prometheus_client", "metrics (prometheus_client)"),
)
# Elsewhere, the first marker found on the stack (innermost frame first).
_FRAMEWORK: tuple[tuple[str, str], ...] = (
    ("prometheus_client", "metrics (prometheus_client)"),
    ("Topic.send ", "faust: send path (Topic.send -> producer)"),
    ("Topic.publish_message", "faust: send path (Topic.send -> producer)"),
    ("aiokafka/producer", "aiokafka: produce requests"),
    ("aiokafka/consumer", "aiokafka: fetch + group"),
    ("aiokafka/", "aiokafka: protocol, connection"),
    ("faust/", "faust: streams, agents, consumer"),
    ("mode/", "faust: streams, agents, consumer"),
    ("asyncio/", "asyncio event loop"),
)
_HANDLER_FRAME = re.compile(r"_declare_agents\.<locals>\.\w+ \(")


def _frame_file(frame: str) -> str:
    m = re.search(r"\(([^()]*):\d+\)\s*$", frame)
    return m.group(1) if m else frame


def _frame_short(frame: str) -> str:
    m = re.match(r"\s*(.*?) \((.*):(\d+)\)\s*$", frame)
    if not m:
        return frame.strip()
    path = m.group(2)
    for marker in ("site-packages/", "lib/python3.11/", "src/"):
        if marker in path:
            path = path.split(marker, 1)[1]
    return f"{m.group(1)} ({path}:{m.group(3)})"


def _category(stack: list[str]) -> str:
    """Where one py-spy sample's time goes, judged on the frames of the callback the event loop
    is running (below its last ``Handle._run``), so the worker's root frames do not count."""
    leaf = stack[-1]
    if "selectors.py" in leaf and "select" in leaf:
        return "idle (waiting in epoll)"
    dispatch = [i for i, f in enumerate(stack) if "Handle._run" in f]
    own = stack[dispatch[-1] + 1 :] if dispatch else stack
    if not own:
        return "asyncio event loop"
    joined = ";".join(own)
    if "logging/__init__.py" in joined:
        return "logging (DEBUG records: faust's spinner sets the root logger to DEBUG)"
    if "send_changelog" in joined or "TableStore.__setitem__" in joined or "TableStore.__delitem__" in joined:
        return "tables: changelog writes"
    if "ProducerBuffer._handle_pending" in joined or "ProducerBuffer._send_pending" in joined:
        return "tables: changelog writes"  # send_soon: only the tables' changelogs use it here
    if any(_HANDLER_FRAME.search(f) for f in own):
        leaf_file = _frame_file(leaf)
        for marker, cat in _HANDLER_LEAF:
            if marker in leaf_file:
                return cat
        return "handler: other (app.py, dataclasses, builtins)"
    if "make_agent.<locals>.agent" in leaf:
        return "codec (orjson loads + dumps)"
    for marker, cat in _FRAMEWORK:
        if marker in joined:
            return cat
    return "asyncio event loop" if "asyncio/" in leaf else "other"


def summarise_pyspy(raw: str) -> dict[str, Any]:
    """py-spy ``--format raw`` (collapsed stacks) to shares per category and top frames."""
    cats: Counter[str] = Counter()
    leaf: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    total = 0
    for line in raw.splitlines():
        stack_s, _, count_s = line.rpartition(" ")
        if not stack_s or not count_s.isdigit():
            continue
        count = int(count_s)
        stack = [f for f in stack_s.split(";") if f and not f.startswith("process ") and not f.startswith("thread ")]
        if not stack:
            continue
        total += count
        cat = _category(stack)
        cats[cat] += count
        if not cat.startswith("idle"):
            leaf[_frame_short(stack[-1])] += count
            for fr in {_frame_short(f) for f in stack}:
                inclusive[fr] += count
    if not total:
        return {"tool": "py-spy", "samples": 0}
    busy = total - cats.get("idle (waiting in epoll)", 0)
    return {
        "tool": "py-spy",
        "samples": total,
        "busy_share": round(busy / total, 3),
        "categories_of_busy": {
            k: round(v / max(1, busy), 3) for k, v in cats.most_common() if not k.startswith("idle")
        },
        "top_self": [{"frame": k, "share": round(v / max(1, busy), 3)} for k, v in leaf.most_common(15)],
        "top_inclusive": [
            {"frame": k, "share": round(v / max(1, busy), 3)}
            for k, v in inclusive.most_common(40)
            if "mentionflow" in k or "faust" in k or "aiokafka" in k or "mode/" in k
        ][:20],
    }


# ====================================================================== machine and report


def machine_info(settings: Settings) -> dict[str, Any]:
    import importlib.metadata as md

    def version(pkg: str) -> str | None:
        try:
            return md.version(pkg)
        except md.PackageNotFoundError:
            return None

    cpu = None
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem_mb = None
    mem_kb = None
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    if mem_kb:
        mem_mb = round(mem_kb / 1024)
    kafka_version = None
    with contextlib.suppress(Exception):
        from mentionflow.tools import kafka_local

        kafka_version = kafka_local.status(settings.kafka.split(",")[0], kafka_local.default_home()).get("version")
    return {
        "cpu_model": cpu,
        "cores": os.cpu_count(),
        "memory_mb": mem_mb,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "faust": version("faust-streaming"),
        "aiokafka": version("aiokafka"),
        "orjson": version("orjson"),
        "mentionflow": version("mentionflow"),
        "kafka": kafka_version,
        "loadavg_start": [round(x, 2) for x in os.getloadavg()],
    }


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 3) if a and b else None


def summarise(results: dict[str, Any]) -> dict[str, Any]:
    """Top-level figures and targets from the per-scenario details."""
    sc = results.get("scenarios", {})

    def thr(name: str) -> float | None:
        return (sc.get(name) or {}).get("throughput", {}).get("mentions_per_s")

    def cpu(name: str) -> float | None:
        return (sc.get(name) or {}).get("throughput", {}).get("cpu_us_per_mention")

    limit, chain, one, two = thr("limit"), thr("faust_chain"), thr("pipeline_1w"), thr("pipeline_2w")
    # "On one core": mentions per CPU-second of the (single-threaded) core loop, which is what
    # one dedicated core does; wall-clock mentions/s on a shared machine is in the details.
    core = (sc.get("core") or {}).get("mentions_per_cpu_s")
    lat1 = (sc.get("pipeline_1w") or {}).get("latency") or {}
    # The p99 target is at 1,000 mentions/s offered; a run at another rate does not count.
    p99 = lat1.get("p99_ms") if lat1.get("offered_per_s") == LATENCY_RATE else None
    rss = [r for name in ("pipeline_1w", "pipeline_2w") for r in (sc.get(name) or {}).get("rss_mb", [])]
    memory = results.get("memory") or {}
    top = {
        "limit_mentions_per_s": limit,
        "faust_chain_mentions_per_s": chain,
        "pipeline_mentions_per_s": one,
        "pipeline_2w_mentions_per_s": two,
        "pipeline_vs_faust_ratio": _ratio(one, chain),
        "pipeline_vs_faust_cpu_ratio": _ratio(cpu("faust_chain"), cpu("pipeline_1w")),
        "faust_vs_limit_ratio": _ratio(chain, limit),
        "two_worker_speedup": _ratio(two, one),
        "core_mentions_per_s": core,
        "p99_ms_at_1k": p99,
        "rss_mb_peak": max(rss) if rss else None,
        "rss_growth_mb_100k_to_1m": memory.get("rss_growth_mb"),
    }
    late = (sc.get("pipeline_1w") or {}).get("latency") or {}

    def target(name: str, goal: str, value: Any, ok: bool | None) -> dict[str, Any]:
        return {"target": name, "goal": goal, "value": value, "pass": ok}

    ratio, speed = top["pipeline_vs_faust_ratio"], top["two_worker_speedup"]
    growth = top["rss_growth_mb_100k_to_1m"]
    p99_ok = None if p99 is None else (p99 <= TARGET_P99_MS and not late.get("missing"))
    top["targets"] = [
        target(
            "pipeline vs bare faust chain",
            f">= {TARGET_PIPELINE_VS_FAUST:.0%}",
            ratio,
            None if ratio is None else ratio >= TARGET_PIPELINE_VS_FAUST,
        ),
        target(
            "core, one core", f">= {TARGET_CORE:,.0f} mentions/s", core, None if core is None else core >= TARGET_CORE
        ),
        target("p99 at 1,000 mentions/s (1 worker)", f"<= {TARGET_P99_MS:.0f} ms", p99, p99_ok),
        target(
            "2 workers vs 1", f">= {TARGET_TWO_WORKERS}x", speed, None if speed is None else speed >= TARGET_TWO_WORKERS
        ),
        target(
            "RSS growth 100k -> 1M mentions",
            f"< {TARGET_RSS_GROWTH_MB:.0f} MB",
            growth,
            None if growth is None else growth < TARGET_RSS_GROWTH_MB,
        ),
    ]
    return top


def _fmt(v: Any, digits: int = 0) -> str:
    if v is None:
        return "-"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, int | float):
        return f"{v:,.{digits}f}"
    return str(v)


SCENARIO_TITLES = {
    "limit": f"limit: raw aiokafka, {CHAIN_HOPS} hops",
    "faust_chain": f"bare faust chain, {CHAIN_HOPS} hops",
    "pipeline_1w": "mentionflow, 1 worker",
    "pipeline_2w": "mentionflow, 2 workers",
}


def table_rows(results: dict[str, Any]) -> list[list[str]]:
    rows = []
    sc = results.get("scenarios", {})
    for name, title in SCENARIO_TITLES.items():
        r = sc.get(name)
        if not r:
            continue
        if "error" in r:
            rows.append([title, "error", "", "", "", "", "", "", ""])
            continue
        t, lat = r.get("throughput", {}), r.get("latency", {})
        late = ">= " if lat.get("missing") else ""
        rows.append(
            [
                title,
                _fmt(t.get("mentions_per_s")),
                _fmt(r.get("outputs", {}).get("records_per_mention"), 2),
                _fmt(t.get("cpu_us_per_mention")),
                late + _fmt(lat.get("p50_ms")),
                late + _fmt(lat.get("p95_ms")),
                late + _fmt(lat.get("p99_ms")),
                " + ".join(_fmt(x) for x in r.get("rss_mb", [])),
                _fmt(t.get("mentions")),
            ]
        )
    core = sc.get("core")
    if core and "error" not in core:
        rows.append(
            [
                "core in process, no Kafka (per CPU-s)",
                _fmt(core.get("mentions_per_cpu_s")),
                "",
                _fmt(1e6 / core["mentions_per_cpu_s"] if core.get("mentions_per_cpu_s") else None),
                "",
                "",
                "",
                "",
                _fmt(core.get("mentions")),
            ]
        )
    return rows


HEADER = [
    "scenario",
    "mentions/s",
    "records out/in",
    "CPU µs/mention",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "peak RSS MB",
    "N",
]


def print_table(results: dict[str, Any]) -> None:
    rows = [HEADER, *table_rows(results)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEADER))]
    out = []
    for j, r in enumerate(rows):
        out.append("  ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r)))
        if j == 0:
            out.append("  ".join("-" * w for w in widths))
    print("\n".join(out))
    top = results.get("summary", {})
    print()
    print(
        f"pipeline/faust {_fmt(top.get('pipeline_vs_faust_ratio'), 2)} "
        f"(by CPU per mention {_fmt(top.get('pipeline_vs_faust_cpu_ratio'), 2)})  "
        f"faust/limit {_fmt(top.get('faust_vs_limit_ratio'), 2)}  "
        f"2 workers/1 {_fmt(top.get('two_worker_speedup'), 2)}  "
        f"latency at {results.get('latency_rate', LATENCY_RATE):.0f}/s, CreateTime out - in"
    )
    for t in top.get("targets", []):
        verdict = {True: "PASS", False: "FAIL", None: "n/a"}[t["pass"]]
        value = t["value"]
        print(
            f"  {verdict:4}  {t['target']}: {_fmt(value, 2 if isinstance(value, float) and value < 10 else 0)} "
            f"(goal {t['goal']})"
        )
    m = results.get("machine", {})
    print(
        f"machine: {m.get('cpu_model')}, {m.get('cores')} cores, {m.get('memory_mb')} MB; "
        f"load {m.get('loadavg_start')} -> "
        f"{m.get('loadavg_end')}; Python {m.get('python')}, faust {m.get('faust')}, aiokafka {m.get('aiokafka')}, "
        f"Kafka {m.get('kafka')}"
    )


NOTES_START = "<!-- bench:notes:start (hand-written; kept when the file is regenerated) -->"
NOTES_END = "<!-- bench:notes:end -->"


def render_markdown(results: dict[str, Any], previous: str | None) -> str:
    top = results.get("summary", {})
    m = results.get("machine", {})
    data = results.get("data", {})
    core = results.get("scenarios", {}).get("core") or {}
    lines = [
        "# Benchmarks",
        "",
        "Generated by `mentionflow bench --json PATH --markdown docs/benchmarks.md` (the memory row by",
        "`python -m mentionflow.tools.bench --memory --json PATH --markdown docs/benchmarks.md`, which merges into the",
        "same JSON). Do not edit the tables by hand; the notes section at the end is kept on regeneration.",
        "",
        f"Run: {results.get('date')} — `{results.get('command')}`{' (quick)' if results.get('quick') else ''}",
        "",
        "## Results",
        "",
        "| " + " | ".join(HEADER) + " |",
        "|" + "---|" * len(HEADER),
    ]
    for row in table_rows(results):
        lines.append("| " + " | ".join(c or " " for c in row) + " |")
    lines += [
        "",
        f"- pipeline / bare faust chain: **{_fmt(top.get('pipeline_vs_faust_ratio'), 2)}** "
        f"(by CPU per mention: {_fmt(top.get('pipeline_vs_faust_cpu_ratio'), 2)}); "
        f"bare faust chain / raw aiokafka limit: {_fmt(top.get('faust_vs_limit_ratio'), 2)}; "
        f"2 workers / 1 worker: **{_fmt(top.get('two_worker_speedup'), 2)}**",
        "- mentions/s: N mentions / (last output CreateTime - first input timestamp). CPU µs/mention: user + "
        "system CPU of the process(es) under test during the throughput phase / N (steadier than wall time on "
        "a shared machine). records out/in: records on the last topic per mention (an incident escalation "
        "re-publishes the member cases whose routing it changes).",
        f"- core: {_fmt(core.get('mentions_per_cpu_s'))} mentions per CPU-second through `Core.run` "
        f"({_fmt(core.get('mentions_per_s'))}/s wall on the shared machine); "
        f"{_fmt(core.get('with_codec_mentions_per_cpu_s'))} with the agents' decode/encode between stages "
        f"(codec share {_fmt((core.get('codec_share') or 0) * 100)}%).",
        f"- Latency: {results.get('latency_rate', LATENCY_RATE):,.0f} mentions/s "
        f"offered for {results.get('sizes', {}).get('latency_s')} s; output "
        'record CreateTime - input record CreateTime, matched by mention id. ">=": some records were not out '
        "within the wait after the paced phase; they count with the time waited, so the percentiles are lower "
        "bounds.",
    ]
    lines += cores_markdown(results)
    mem = results.get("memory")
    if mem:
        cps = mem.get("checkpoints", [])
        lines += [
            "",
            "### Memory (core state, windowed)",
            "",
            "| mentions | RSS MB | seen | authors | incidents | cases | s |",
            "|---|---|---|---|---|---|---|",
        ]
        for cp in cps:
            lines.append(
                f"| {cp['mentions']:,} | {cp['rss_mb']} | {cp['seen']:,} | {cp['authors']:,} | {cp['incidents']:,} | "
                f"{cp['cases']:,} | {cp['seconds']} |"
            )
        lines += [
            "",
            f"Clock: {mem.get('clock')}. The worker's tables hold the same structures (dicts of the same "
            "values, plus faust's changelog buffers).",
        ]
    lines += ["", "## Targets", "", "| target | goal | measured | verdict |", "|---|---|---|---|"]
    for t in top.get("targets", []):
        verdict = {True: "pass", False: "**FAIL**", None: "not measured"}[t["pass"]]
        value = t["value"]
        shown = _fmt(value, 2 if isinstance(value, float) and value < 10 else 0)
        lines.append(f"| {t['target']} | {t['goal']} | {shown} | {verdict} |")
    lines += [
        "",
        "## Machine",
        "",
        f"- CPU: {m.get('cpu_model')}, {m.get('cores')} cores; memory {m.get('memory_mb')} MB; {m.get('platform')}",
        f"- Python {m.get('python')}, faust-streaming {m.get('faust')}, aiokafka {m.get('aiokafka')}, "
        f"orjson {m.get('orjson')}, Kafka {m.get('kafka')} (single local broker, same machine)",
        f"- Load average at start / end: {m.get('loadavg_start')} / {m.get('loadavg_end')} "
        "(the machine is shared: compare ratios from one run, not absolute numbers across runs)",
        f"- Settings: {results.get('settings')}",
        f"- Data: {data.get('source')} ({data.get('base_mentions')} mentions, cycled)",
        "",
        "## Method",
        "",
        "- Every scenario: fresh topics (4 partitions) under a unique prefix and app id, its own process(es); "
        "start, wait until every consumer holds its partitions, warm up, then write N mentions to the input "
        "topic at full speed (pre-built batches) and wait for N outputs on the last topic. The input is written "
        "after the consumers are ready (not before they start) so that a second worker's join cannot rebalance "
        "inside the measurement, and so the language model loads during the warm-up.",
        f"- limit: one process, one event loop, {CHAIN_HOPS} hops; each hop its own consumer (own group) and producer; "
        "`getmany` + `send_batch` per partition; orjson decode + encode per record; acks=all; commits every "
        "2.8 s after the sends are delivered (faust's at-least-once order).",
        "- bare faust chain: `python -m mentionflow.tools.bench --role faust-chain`: app.py's app settings "
        "(raw serializers, linger, max_poll_records, stream buffer) and agent loop shape (`take_events`, "
        "concurrency=1, `await topic.send` per output), orjson decode + encode, no core, no tables.",
        "- mentionflow: `python -m mentionflow.cli worker --stages enrich,sentiment,dedup,route` (tables in "
        f"memory with changelogs, metrics, timers; topology {results.get('topology', 'staged')}: "
        f"{'2 hops, enrich+sentiment then dedup+route' if results.get('topology') == 'fused' else 'a hop per stage'}"
        "), 1 then 2 workers in one group. Every mention yields one "
        "record on cases.routed (created or folded revision); incident escalations are extra and not counted.",
        "- Data: the airline tweets, ids made unique per record, each pass shifted in event time by the data "
        "span + 1 day so dedup folds what it would fold in the original traffic.",
        '- core: `Core.run` over pre-decoded mentions on a fresh core after a warm-up; "w/ codec" adds the '
        "decode/encode the four agents do between stages.",
        "- Topics, processes and temp files of a run are removed at its end (also on errors and Ctrl-C).",
    ]
    prof_lines = profile_markdown(results)
    if prof_lines:
        lines += ["", "## Profiles (generated)", "", *prof_lines]
    notes = None
    if previous and NOTES_START in previous and NOTES_END in previous:
        notes = previous.split(NOTES_START, 1)[1].split(NOTES_END, 1)[0].strip("\n")
    lines += [
        "",
        NOTES_START,
        notes if notes is not None else "## Where the time goes\n\n(to be written)",
        NOTES_END,
        "",
    ]
    return "\n".join(lines)


def cores_markdown(results: dict[str, Any]) -> list[str]:
    """Where the machine's cores went in each scenario's throughput phase."""
    rows = []
    for name, title in SCENARIO_TITLES.items():
        sc = results.get("scenarios", {}).get(name) or {}
        busy = (sc.get("throughput") or {}).get("cores_busy")
        if not busy:
            continue
        workers = [v for k, v in busy.items() if k.startswith("worker")]
        rows.append(
            f"| {title} | {' + '.join(_fmt(w, 2) for w in workers)} | {_fmt(busy.get('broker'), 2)} "
            f"| {_fmt(busy.get('bench'), 2)} | {_fmt(busy.get('other'), 2)} | {_fmt(busy.get('idle'), 2)} |"
        )
    if not rows:
        return []
    return [
        "",
        "### Where the cores went (throughput phase)",
        "",
        "| scenario | process(es) under test | broker | bench (loader, collector) | rest of machine | idle |",
        "|---|---|---|---|---|---|",
        *rows,
        "",
        "Cores kept busy on average, from /proc (a worker's process is at most ~1 core: one event loop, one GIL).",
    ]


def profile_markdown(results: dict[str, Any]) -> list[str]:
    out: list[str] = []
    sc = results.get("scenarios", {})
    core_prof = (sc.get("core") or {}).get("profile")
    core = sc.get("core") or {}
    if core.get("us_per_mention"):
        out += ["Core + codec, CPU µs per mention (in process, timed per step):", ""]
        out += ["| step | µs |", "|---|---|"]
        out += [f"| {k} | {v} |" for k, v in core["us_per_mention"].items()]
        out.append("")
    if core_prof and core_prof.get("top_self"):
        out += [
            f"Core, pyinstrument over {core_prof['mentions']} mentions; stage shares {core_prof.get('stage_share')}.",
            "",
            "| top frames by self time | share |",
            "|---|---|",
        ]
        out += [f"| `{f['frame']}` | {f['share']:.1%} |" for f in core_prof["top_self"]]
        out.append("")
    for name in ("faust_chain", "pipeline_1w"):
        prof = (sc.get(name) or {}).get("profile")
        if not prof or not prof.get("samples"):
            continue
        out += [
            f"{SCENARIO_TITLES[name]} under load (py-spy, {prof['samples']} samples, busy {prof['busy_share']:.0%}):",
            "",
            "| where (share of busy samples) | share |",
            "|---|---|",
        ]
        out += [f"| {k} | {v:.1%} |" for k, v in prof["categories_of_busy"].items()]
        out += ["", "| top frames by self time | share |", "|---|---|"]
        out += [f"| `{f['frame']}` | {f['share']:.1%} |" for f in prof["top_self"][:12]]
        handler = (sc.get(name) or {}).get("throughput", {}).get("handler_us_per_mention")
        if handler:
            out += ["", f"Time inside the stage handlers (decode + core + encode), µs per mention: {handler}"]
        out.append("")
    return out


# ====================================================================== main


async def run_all(ctx: RunContext, only: set[str] | None) -> None:
    sc: dict[str, Any] = ctx.results.setdefault("scenarios", {})
    s = ctx.sizes
    plan: list[tuple[str, Any, int]] = [
        ("limit", lambda: LimitSUT(ctx, "limit"), s.limit),
        ("faust_chain", lambda: FaustChainSUT(ctx, "faustchain"), s.faust_chain),
        ("pipeline_1w", lambda: PipelineSUT(ctx, "pipe1", 1), s.pipeline),
        ("pipeline_2w", lambda: PipelineSUT(ctx, "pipe2", 2), s.pipeline),
    ]
    if only is None or "core" in only:
        try:
            sc["core"] = bench_core(ctx)
        except Exception as exc:  # a failed scenario is reported, the others still run
            sc["core"] = {"error": repr(exc)}
            _say(f"core: FAILED {exc!r}")
    for name, make, n in plan:
        if only is not None and name not in only:
            continue
        started = time.monotonic()
        try:
            sc[name] = await run_sut(ctx, make(), n)
        except BenchError as exc:
            sc[name] = {"error": str(exc)}
            _say(f"{name}: FAILED {exc}")
        sc[name]["elapsed_s"] = round(time.monotonic() - started, 1)


def find_py_spy() -> str | None:
    for cand in (os.environ.get("PY_SPY"), shutil.which("py-spy"), str(Path(sys.executable).parent / "py-spy")):
        if cand and Path(cand).is_file() and os.access(cand, os.X_OK):
            return cand
    return None


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="mentionflow bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="small N, short latency phase (CI smoke, < 3 min)")
    ap.add_argument("--json", help="write the results as JSON here (with --memory: merged into it if it exists)")
    ap.add_argument("--markdown", help="write docs/benchmarks.md from the results")
    ap.add_argument("--memory", action="store_true", help="only the in-process memory check (core over 1M mentions)")
    ap.add_argument("--memory-count", type=int, default=1_000_000)
    ap.add_argument("--profile", action="store_true", help="py-spy the faust chain and 1 worker; pyinstrument the core")
    ap.add_argument(
        "--sizes", help="override sizes for experiments, e.g. pipeline=4000,latency_s=5 (see Sizes in bench.py)"
    )
    ap.add_argument("--latency-rate", type=float, default=LATENCY_RATE, help="offered load of the latency phase")
    ap.add_argument(
        "--render",
        nargs="+",
        metavar="JSON",
        help="run nothing: merge these result files (later ones add scenarios, profiles, memory) and print/write",
    )
    ap.add_argument("--keep", action="store_true", help="keep the run's temp dir (logs, raw py-spy stacks)")
    ap.add_argument(
        "--only", help="comma-separated subset: core,limit,faust_chain,pipeline_1w,pipeline_2w; or adversarial alone"
    )
    ap.add_argument("--data", type=Path, help="shared data dir (default $MENTIONFLOW_SHARED_DATA or ../shared/data)")
    ap.add_argument(
        "--topology",
        choices=["auto", "staged", "fused"],
        help="the workers' MENTIONFLOW_TOPOLOGY (default: as set, auto: fused); the chains get the same hops",
    )
    ap.add_argument(
        "--chain-hops",
        type=int,
        choices=range(1, 9),
        metavar="N",
        help="hops of the limit and bare faust chains (default: the pipeline's, 2 fused or 4 staged): "
        "what one hop costs",
    )
    # Internal: the processes the bench starts.
    ap.add_argument("--role", choices=["limit-chain", "faust-chain", "memory"], help=argparse.SUPPRESS)
    ap.add_argument("--prefix", help=argparse.SUPPRESS)
    ap.add_argument("--app-id", help=argparse.SUPPRESS)
    ap.add_argument("--ready-file", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--datadir", type=Path, help=argparse.SUPPRESS)
    return ap.parse_args(list(argv))


def run_role(args: argparse.Namespace) -> int:
    settings = load_settings()
    if args.role == "limit-chain":
        asyncio.run(limit_chain(settings, args.prefix, args.app_id, args.ready_file))
        return 0
    if args.role == "faust-chain":
        from faust import Worker

        app = faust_chain_app(settings, args.prefix, args.app_id, args.ready_file, args.datadir)
        worker = Worker(app, loglevel="warning", quiet=True)
        worker.spinner = None  # as cli.cmd_worker: no root logger at DEBUG
        worker.execute_from_commandline()
        return 0
    if args.role == "memory":
        count = args.memory_count
        checkpoints = sorted({min(100_000, count), count})
        print(orjson.dumps(memory_check(count, checkpoints)).decode(), flush=True)
        return 0
    return 2


def _raise_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def write_outputs(results: dict[str, Any], args: argparse.Namespace) -> None:
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_bytes(orjson.dumps(results, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS))
        _say(f"wrote {args.json}")
    if args.markdown:
        path = Path(args.markdown)
        previous = path.read_text(encoding="utf-8") if path.exists() else None
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_markdown(results, previous), encoding="utf-8")
        _say(f"wrote {args.markdown}")


def run_memory(args: argparse.Namespace, settings: Settings) -> int:
    results: dict[str, Any] = {}
    if args.json and Path(args.json).exists():
        with contextlib.suppress(OSError, orjson.JSONDecodeError):
            results = orjson.loads(Path(args.json).read_bytes())
    env = dict(os.environ)
    if args.data:
        env["MENTIONFLOW_SHARED_DATA"] = str(args.data)
    cmd = [
        sys.executable,
        "-m",
        "mentionflow.tools.bench",
        "--role",
        "memory",
        "--memory-count",
        str(args.memory_count),
    ]
    _say(f"memory: core over {args.memory_count:,} mentions in a fresh process")
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
    _CHILDREN.append(proc)
    try:
        out, _ = proc.communicate()
    finally:
        stop_process(proc)
    if proc.returncode != 0:
        _say(f"memory check failed with exit code {proc.returncode}")
        return 1
    results["memory"] = orjson.loads(out.decode().strip().splitlines()[-1])
    results.setdefault("machine", machine_info(settings))
    results["summary"] = summarise(results)
    results.update({k: v for k, v in results["summary"].items() if k != "targets"})
    mem = results["memory"]
    for cp in mem["checkpoints"]:
        print(
            f"{cp['mentions']:>9,} mentions: RSS {cp['rss_mb']} MB, seen {cp['seen']:,}, authors {cp['authors']:,}, "
            f"incidents {cp['incidents']:,}, cases {cp['cases']:,} ({cp['seconds']} s)"
        )
    ok = mem["rss_growth_mb"] < TARGET_RSS_GROWTH_MB
    print(f"RSS growth {mem['rss_growth_mb']} MB ({'PASS' if ok else 'FAIL'}: goal < {TARGET_RSS_GROWTH_MB:.0f} MB)")
    write_outputs(results, args)
    return 0


def merge_results(paths: Sequence[str]) -> dict[str, Any]:
    """The first file is the base run; later files add what the base lacks or override it per
    scenario key (e.g. ``profile`` from a ``--profile`` run, ``memory`` from ``--memory``)."""
    merged: dict[str, Any] = {}
    for i, path in enumerate(paths):
        data = orjson.loads(Path(path).read_bytes())
        if i == 0:
            merged = data
            continue
        for name, scenario in (data.get("scenarios") or {}).items():
            base = merged.setdefault("scenarios", {}).setdefault(name, {})
            if "error" in base or not base:
                merged["scenarios"][name] = scenario
            elif "profile" in scenario:
                base["profile"] = scenario["profile"]
                base["profile"]["from"] = f"{data.get('command')} ({data.get('date')})"
        if "memory" in data:
            merged["memory"] = data["memory"]
    merged["summary"] = summarise(merged)
    merged.update({k: v for k, v in merged["summary"].items() if k != "targets"})
    return merged


def pipeline_hops(worker_settings: Settings) -> int:
    """Topic hops a mention takes through the bench's workers (the chains get as many):
    2 fused (enrich+sentiment, dedup+route), 4 staged."""
    return 2 if worker_settings.fused else 4


def set_chain_hops(n: int) -> None:
    """Chains of ``n`` hops, here and in the role processes (they read the environment)."""
    global CHAIN_HOPS, HOPS
    os.environ["MENTIONFLOW_BENCH_CHAIN_HOPS"] = str(n)
    CHAIN_HOPS = n
    HOPS = chain_topics(n)
    SCENARIO_TITLES["limit"] = f"limit: raw aiokafka, {n} hops"
    SCENARIO_TITLES["faust_chain"] = f"bare faust chain, {n} hops"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.role:
        return run_role(args)
    if args.render:
        merged = merge_results(args.render)
        if merged.get("chain_hops"):
            set_chain_hops(int(merged["chain_hops"]))  # the titles of the run's chains
        print_table(merged)
        write_outputs(merged, args)
        return 0
    if args.data:
        os.environ["MENTIONFLOW_SHARED_DATA"] = str(args.data)
    if args.topology:
        os.environ["MENTIONFLOW_TOPOLOGY"] = args.topology  # the workers inherit it
    settings = load_settings()
    hops = pipeline_hops(load_settings(stages=STAGES))
    set_chain_hops(args.chain_hops or hops)
    if hops == 4:
        for label in ("pipeline_1w", "pipeline_2w"):
            SCENARIO_TITLES[label] = SCENARIO_TITLES[label].replace("mentionflow,", "mentionflow staged,")
    signal.signal(signal.SIGTERM, _raise_interrupt)  # CI timeouts: clean up as on Ctrl-C
    if args.only == "adversarial":  # worst-case texts through Core.run; no broker, no workers
        from mentionflow.tools import adversarial

        return adversarial.main(["--max-chars", str(settings.max_text_chars)])
    if args.memory:
        try:
            return run_memory(args, settings)
        except KeyboardInterrupt:
            return 130
        finally:
            stop_all_children()

    from mentionflow.tools import kafka_local

    only = {x.strip() for x in args.only.split(",")} if args.only else None
    bootstrap = settings.kafka.split(",")[0].strip()
    if only != {"core"} and not kafka_local.probe(bootstrap):  # the core alone needs no broker
        print(
            f"mentionflow bench: no Kafka broker answers at {bootstrap} (MENTIONFLOW_KAFKA). The bench starts "
            "nothing: start the local broker with `mentionflow kafka start` and run it again.",
            file=sys.stderr,
        )
        return 2
    sizes = QUICK if args.quick else FULL
    if args.sizes:
        overrides = dict(kv.split("=", 1) for kv in args.sizes.split(","))
        sizes = dataclasses.replace(sizes, **{k: type(getattr(sizes, k))(float(v)) for k, v in overrides.items()})
    run_id = f"mfbench-{uuid.uuid4().hex[:8]}"
    tmp = Path(tempfile.mkdtemp(prefix=f"{run_id}-"))
    py_spy = find_py_spy() if args.profile else None
    if args.profile and not py_spy:
        _say("--profile: py-spy not found (PY_SPY=/path or pip install py-spy); only the core is profiled")
    started = time.monotonic()
    results: dict[str, Any] = {
        "schema": 1,
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "command": " ".join(["mentionflow bench", *(argv if argv is not None else sys.argv[1:])]),
        "quick": args.quick,
        "run_id": run_id,
        "sizes": sizes.__dict__,
        "latency_rate": args.latency_rate,
        "chain_hops": CHAIN_HOPS,
        "topology": "fused" if hops == 2 else "staged",
        "settings": {
            "producer_linger_ms": settings.producer_linger_ms,
            "batch_size": settings.batch_size,
            "batch_timeout_s": settings.batch_timeout_s,
            "max_poll_records": settings.max_poll_records,
            "processing_guarantee": settings.processing_guarantee,
            "partitions": PARTITIONS,
        },
        "machine": machine_info(settings),
    }
    failed = False
    try:
        data = BenchData.load(args.data)
        results["data"] = {
            "source": data.source,
            "base_mentions": len(data.base),
            "note": data.note,
            "cycle_shift_days": data.shift_s / 86400,
        }
        ctx = RunContext(
            settings=settings,
            data=data,
            sizes=sizes,
            run_id=run_id,
            tmp=tmp,
            profile=args.profile,
            py_spy=py_spy,
            latency_rate=args.latency_rate,
            results=results,
            broker_pid=broker_pid(settings),
        )
        asyncio.run(run_all(ctx, only))
    except KeyboardInterrupt:
        _say("interrupted: cleaning up")
        failed = True
    except BenchError as exc:
        print(f"mentionflow bench: {exc}", file=sys.stderr)
        failed = True
    finally:
        stop_all_children()
        with contextlib.suppress(Exception, KeyboardInterrupt):
            deleted = asyncio.run(delete_topics_with_prefix(settings, run_id))
            if deleted:
                _say(f"deleted {len(deleted)} leftover topic(s)")
    if any("error" in v for v in results.get("scenarios", {}).values()):
        failed = True
        _say(f"logs kept in {tmp}")
    elif args.keep:
        _say(f"temp dir kept: {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    results["machine"]["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    results["elapsed_s"] = round(time.monotonic() - started, 1)
    results["summary"] = summarise(results)
    results.update({k: v for k, v in results["summary"].items() if k != "targets"})
    print()
    print_table(results)
    write_outputs(results, args)
    _say(f"done in {results['elapsed_s']:.0f}s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
