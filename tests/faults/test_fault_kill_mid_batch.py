"""Fault: kill -9 of the worker mid-batch, on the hop that reads micro-batch envelopes.

The fused worker's dedup+route hop reads ``mentions.scored``, where one record carries many
mentions (one envelope per partition per batch of the first hop). The worker sends part of one
batch's cases (with the tables' changelog, or without it), makes sure the broker has them, and is
killed before the rest is sent and before any offset commits (``crash_mid_batch.py``). The
restarted worker reads the same envelopes again: every mention of them is folded by the per-mention
replay protection (dedup's ``seen``, the case book's source positions), so nothing is lost and no
mention ends up in two cases; what reaches cases.routed twice is at most a re-published revision.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

import orjson
import pytest

from mentionflow import procs
from mentionflow.kafka_client import create_topics
from mentionflow.settings import load_settings

from harness import CORE_STAGES, Collector, Workers, build_dataset, final_accounting, observed, produce_now, record_row
from workerproc import WorkerProcess, worker_env

CRASHING = Path(__file__).resolve().parent / "crash_mid_batch.py"
# The restarted worker gets the partitions sooner; both workers write envelopes (off by default).
ENV = {"FAUST_BROKER_SESSION_TIMEOUT": "10", "MENTIONFLOW_INTERNAL_BATCHES": "true"}


class CrashingWorker(WorkerProcess):
    def start(self) -> CrashingWorker:
        args = [sys.executable, str(CRASHING), "worker", "--web-port", str(self.port), "--stages", CORE_STAGES]
        self.proc = procs.spawn(args, self.env, self.log_path)
        return self


@pytest.mark.parametrize("changelog", [True, False], ids=["with-changelog", "cases-only"])
async def test_kill9_mid_batch_of_envelopes_then_restart(
    kafka_bootstrap: str, topic_prefix: str, workers: Workers, tmp_path: Path, changelog: bool
) -> None:
    ds = build_dataset("kb", 480, n_invalid=30, n_reposts=12, n_near_dups=12)
    await create_topics(load_settings(kafka=kafka_bootstrap, topic_prefix=topic_prefix, topic_partitions=4))
    feeder = await produce_now(kafka_bootstrap, topic_prefix, ds)  # all of it: full batches, full envelopes
    mark = tmp_path / "crashed.json"
    env = {**ENV, "MF_CRASH_MARK": str(mark), "MF_CRASH_CHANGELOG": "1" if changelog else "0"}
    crashing = CrashingWorker(
        {**worker_env(kafka_bootstrap, topic_prefix), **env}, tmp_path / "worker-1.log", stages=CORE_STAGES
    ).start()
    workers.procs.append(crashing)
    collector = await Collector(kafka_bootstrap, topic_prefix).start()
    async with observed(workers, collector):
        assert crashing.proc is not None
        code = await asyncio.to_thread(crashing.proc.wait, 120)
        killed_at = time.time()
        assert code == -9 and mark.exists(), f"exit {code}\n{crashing.log_tail()}"
        crash = orjson.loads(mark.read_bytes())
        assert crash["mentions"] > crash["records"], crash  # the batch read envelopes of several mentions
        in_cases_at_kill = collector.covered_count(ds)
        second = workers.spawn("worker-2", extra_env=ENV)
        ready_at = await workers.ready(second)
        await collector.wait_covered(ds, timeout=120)
    acc = await final_accounting(kafka_bootstrap, topic_prefix, ds, feeder)
    sent = "the changelog and" if changelog else "no changelog,"
    record_row(
        f"kill -9 mid-batch on the envelope hop ({sent} {crash['sent']} of {crash['cases']} cases sent), restart",
        acc,
        f"restarted worker ready after {ready_at - killed_at:.1f}s",
        f"the batch: {crash['records']} records holding {crash['mentions']} mentions; "
        f"{in_cases_at_kill} valid mentions in cases at the kill",
    )
    acc.assert_ok()
    assert acc.republished > 0 or in_cases_at_kill == 0  # the replay re-published what was sent
