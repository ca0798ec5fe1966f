"""The systems under test: the raw aiokafka limit, the bare faust chain, the quix-streams peer and the
real mentionflow worker(s)."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import defaultdict
from pathlib import Path
from typing import Any

from mentionflow import procs
from mentionflow.settings import Settings, load_settings
from mentionflow.tools.bench import config
from mentionflow.tools.bench.config import PARTITIONS, STAGES, BenchError
from mentionflow.tools.bench.data import RunContext
from mentionflow.tools.bench.kafka_io import create_topics
from mentionflow.tools.bench.processes import spawn, stop_process


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
        return self.prefix + config.HOPS[0]

    @property
    def output_topics(self) -> list[str]:
        return [self.prefix + config.HOPS[-1]]

    async def create_topics(self) -> None:
        await create_topics(self.run.settings, [self.prefix + h for h in config.HOPS])

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


class QuixChainSUT(ChainSUT):
    name = "quix_chain"
    role = "quix-chain"


def quix_missing() -> str | None:
    """Why the quix-streams peer cannot run here (None: it can)."""
    import importlib.util

    if importlib.util.find_spec("quixstreams") is None:
        return "quixstreams is not installed (the bench extra: pip install -e '.[bench]'); the peer row is skipped"
    return None


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
