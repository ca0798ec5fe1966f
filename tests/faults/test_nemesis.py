"""A seeded randomised nemesis (issue 15), and repeated rebalances with loss statistics.

``test_nemesis`` runs 2 workers (the four core stages, fused) on a broker of its own while a
stream flows at 30 records/s: new mentions, reposts, same-author double posts, incident bursts
(a dozen authors reporting one outage: incidents and escalations of earlier cases), hostile
valid mentions and poison records. Meanwhile a schedule drawn from one seed injects, one after
another with a few seconds between them:

- ``kill9``: SIGKILL a worker, start a new one;
- ``restart``: SIGTERM a worker (graceful), start a new one;
- ``join``: a third worker joins; ``leave``: one of three leaves (SIGTERM);
- ``broker_pause``: SIGSTOP the broker for 3-15 s, then SIGCONT;
- ``broker_restart``: stop the broker, start it again 1-5 s later;
- ``rules``: a broken rules file for one reload tick (it must be rejected), then the rules
  again with a comment changed (a reload that changes no route).

Then it waits for every record and reads both output topics completely (harness.account): it
reports lost, duplicated and divergent records, with the seed. In CI it runs ~75 s; the long
run is ``make nemesis`` (``MENTIONFLOW_NEMESIS_S=600``; ``MENTIONFLOW_NEMESIS_SEED`` replays a
schedule: the same faults in the same order, not the same timing).

``test_repeated_rebalances`` (skipped unless ``MENTIONFLOW_REBALANCE_RUNS`` is set; ``make
rebalance-stats``) lets a second worker join and leave a group N times while the stream flows,
and reports the loss per run: each run is a join (the newcomer is ready, partitions and tables
moved) and a graceful leave (moved back), with the records fed during it accounted to it.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import signal
import statistics
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
from test_fault_poison import poison_items
from test_fault_rebalance import guard_counts

from mentionflow.settings import packaged_data
from mentionflow.tools import kafka_local

from harness import (
    _BASE_TIME,
    Collector,
    Dataset,
    Feeder,
    Item,
    SecondBroker,
    Workers,
    build_dataset,
    final_accounting,
    mention_dict,
    observed,
    record_row,
)

RATE = 30.0
NEMESIS_S = float(os.environ.get("MENTIONFLOW_NEMESIS_S", "75"))
REBALANCE_RUNS = int(os.environ.get("MENTIONFLOW_REBALANCE_RUNS") or 0)
FAULTS = ("kill9", "restart", "join", "leave", "broker_pause", "broker_restart", "rules")
_CITIES = ["Leeds", "Bristol", "Cardiff", "Dundee", "Exeter", "Norwich", "Oxford", "Bath", "York", "Derby"]
_OUTAGE = [
    "@NimbusHelp broadband down in {c} again, no internet since 8am",
    "@NimbusHelp no internet in {c} since 8am, broadband down",
    "Nimbus broadband is down in {c}, no internet all morning",
    "@NimbusHelp still no internet here in {c}, broadband down since 8am",
]


def incident_burst(tag: str, n: int, city: str, at: int) -> list[Item]:
    """``n`` authors reporting one outage within a minute: an incident that opens and escalates."""
    items = []
    for i in range(n):
        mid = f"{tag}-{i:02d}"
        text = _OUTAGE[i % len(_OUTAGE)].format(c=city) + f" ({i})"
        record = mention_dict(mid, f"{tag}-u{i:02d}", text, _BASE_TIME + timedelta(seconds=at + 5 * i))
        items.append(Item(orjson.dumps(record), mid.encode(), "valid:incident", mid))
    return items


def dated_chunks(tag: str, seed: int, n_records: int) -> list[Item]:
    """New mentions, reposts, double posts and invalid records whose event time follows the feed:
    chunks of 300 records (about 10 s of feed at 30/s), each shuffled within itself and dated 300 s
    after the one before. One dataset shuffled whole would date records hours apart at random, and
    the dedup window (1 h of event time, swept every minute) would rightly expire an original before
    a double post dated earlier arrives (a long nemesis run did that)."""
    items: list[Item] = []
    chunk = 300
    step = timedelta(seconds=chunk)
    for c in range(max(1, n_records // chunk)):
        part = build_dataset(
            f"{tag}{c}",
            276,
            n_invalid=12,
            n_reposts=9,
            n_near_dups=9,
            seed=seed,
            start=_BASE_TIME + c * step,
        )
        items.extend(part.items)
    return items


def nemesis_stream(seed: int, n_records: int) -> Dataset:
    """Everyday mentions (``dated_chunks``) with bursts, hostile and poison records spread through them."""
    rng = random.Random(seed)
    items = dated_chunks("nm", seed, n_records)
    for item in poison_items():
        items.insert(rng.randrange(len(items)), item)
    for b in range(max(2, n_records // 400)):
        at = rng.randrange(len(items))
        items[at:at] = incident_burst(f"nmi{b}", 12, _CITIES[b % len(_CITIES)], at)
    return Dataset(items)


class Nemesis:
    """Runs the seeded schedule against a pool of workers and a broker of the test's own."""

    def __init__(self, seed: int, pool: Workers, broker: SecondBroker, rules_path: Path, faults: tuple[str, ...]):
        self.rng = random.Random(seed)
        self.pool = pool
        self.broker = broker
        self.rules_path = rules_path
        self.rules_text = rules_path.read_text()
        self.faults = faults
        self.live: list[Any] = []
        self.spawned = 0
        self.done: Counter[str] = Counter()
        self.log: list[str] = []
        self.exited: list[str] = []
        self.env = {"FAUST_BROKER_SESSION_TIMEOUT": "10"}

    def spawn(self) -> None:
        self.spawned += 1
        self.live.append(self.pool.spawn(f"worker-{self.spawned}", extra_env=self.env, rules_file=str(self.rules_path)))

    def _broker_pid(self) -> int:
        record = kafka_local._read_pidfile(self.broker.home)
        assert record is not None, "no pid file for the nemesis broker"
        return int(record["pid"])

    def prune(self) -> None:
        """Forget workers that exited on their own (counted: the nemesis never expects one)."""
        for proc in [p for p in self.live if p.proc is not None and p.proc.poll() is not None]:
            self.live.remove(proc)
            self.exited.append(f"{proc.log_path.name}: exit {proc.proc.returncode}")
        while not self.live:
            self.spawn()

    async def _all_ready(self) -> None:
        for proc in self.live:
            with contextlib.suppress(Exception):
                await self.pool.ready(proc, timeout=60)

    async def step(self, started: float) -> None:
        self.prune()
        fault = self.rng.choice(self.faults)
        if (fault == "join" and len(self.live) >= 3) or (fault == "leave" and len(self.live) <= 1):
            fault = "kill9"
        self.log.append(f"{time.monotonic() - started:6.1f}s {fault}")
        if fault in ("kill9", "restart", "leave"):
            victim = self.live.pop(self.rng.randrange(len(self.live)))
            if fault == "kill9":
                victim.kill()
            else:
                await asyncio.to_thread(victim.stop, 30.0)
            if fault != "leave":
                await asyncio.sleep(self.rng.uniform(0, 3))
                self.spawn()
        elif fault == "join":
            self.spawn()
        elif fault == "broker_pause":
            pid = self._broker_pid()
            os.kill(pid, signal.SIGSTOP)
            try:
                await asyncio.sleep(self.rng.uniform(3, 15))
            finally:
                os.kill(pid, signal.SIGCONT)
        elif fault == "broker_restart":
            await asyncio.to_thread(self.broker.stop)
            await asyncio.sleep(self.rng.uniform(1, 5))
            await asyncio.to_thread(self.broker.start)
        elif fault == "rules":
            # A form feed in a comment (issue 15, item 2) for one reload tick (10 s), then the rules
            # again. Not while a worker starts: a worker refuses to start on a broken rules file.
            await self._all_ready()
            self.rules_path.write_text("# \x0c broken\n" + self.rules_text + "\n[")
            await asyncio.sleep(11)
            self.rules_path.write_text(self.rules_text + f"\n# reloaded {self.done['rules']}\n")
        self.done[fault] += 1

    async def run(self, duration_s: float) -> None:
        started = time.monotonic()
        while time.monotonic() - started < duration_s:
            await asyncio.sleep(self.rng.uniform(3, 8))
            await self.step(started)
        self.prune()
        while len(self.live) < 2:  # the end state: two workers again
            self.spawn()


@pytest.mark.nemesis
@pytest.mark.timeout(NEMESIS_S + 900)  # the schedule, then up to 10 minutes to settle
async def test_nemesis(second_broker: SecondBroker, tmp_path: Path) -> None:
    duration = NEMESIS_S
    seed = int(os.environ.get("MENTIONFLOW_NEMESIS_SEED") or random.SystemRandom().randrange(10**6))
    faults = tuple(f for f in os.environ.get("MENTIONFLOW_NEMESIS_FAULTS", ",".join(FAULTS)).split(",") if f)
    batches = os.environ.get("MENTIONFLOW_INTERNAL_BATCHES", "false")
    print(f"NEMESIS seed={seed} duration={duration:.0f}s faults={','.join(faults)} batches={batches}", flush=True)
    bootstrap, prefix = second_broker.bootstrap, "nm."
    ds = nemesis_stream(seed, int(RATE * (duration + 20)))
    rules_path = tmp_path / "rules.yaml"
    rules_path.write_text(packaged_data("rules.yaml").read_text())
    pool = Workers(bootstrap, prefix, tmp_path)
    nemesis = Nemesis(seed, pool, second_broker, rules_path, faults)
    nemesis.spawn()
    await pool.ready(nemesis.live[0], timeout=120)
    nemesis.spawn()
    collector = await Collector(bootstrap, prefix).start()
    started = time.monotonic()
    async with observed(pool, collector, close=True):
        feeder = Feeder(bootstrap, prefix, ds, rate=RATE).start()
        await nemesis.run(duration)
        schedule_s = time.monotonic() - started
        await feeder.wait(timeout=600)
        await collector.wait_covered(ds, timeout=600, quiet_s=3.0)
    settle_s = time.monotonic() - started - schedule_s
    acc = await final_accounting(bootstrap, prefix, ds, feeder)
    counts = ", ".join(f"{n} {f}" for f, n in sorted(nemesis.done.items()))
    escalated = sum(1 for c in collector.cases if c.value.get("update") == "incident_escalated")
    print("NEMESIS schedule:\n" + "\n".join(nemesis.log), flush=True)
    record_row(
        f"randomised nemesis, {duration:.0f} s (2 workers, own broker)",
        acc,
        f"all records in place {settle_s:.0f}s after the last fault",
        f"seed {seed}; {sum(nemesis.done.values())} faults: {counts}; {nemesis.spawned} worker starts; "
        f"{escalated} escalation records; "
        f"{acc.republished} re-published, {acc.divergent} divergent; "
        f"workers that exited on their own: {len(nemesis.exited)}",
    )
    acc.assert_ok()
    assert not nemesis.exited, nemesis.exited


@pytest.mark.skipif(not REBALANCE_RUNS, reason="set MENTIONFLOW_REBALANCE_RUNS=N")
@pytest.mark.timeout(REBALANCE_RUNS * 60 + 900)
async def test_repeated_rebalances(kafka_bootstrap: str, topic_prefix: str, workers: Workers) -> None:
    runs = REBALANCE_RUNS
    # 10 records/s: about 100 valid mentions fed during a run, and a changelog small enough that a
    # newcomer's table restore stays short in the 50th run too (the restore grows with the stream).
    rate = 10.0
    # Sized for 45 s a run, the slowest seen on the shared machine (a first try sized for ~20 s ran
    # out of stream in its 50th run); a run is aimed at well under 30 s, 50 runs under 25 minutes.
    # Dated with the feed (dated_chunks): only a prefix is sent, and a dataset shuffled whole would
    # date the records of one run hours apart.
    ds = Dataset(dated_chunks("rr", 0, int(rate * 45 * runs)))
    first = await workers.start("worker-1")
    collector = await Collector(kafka_bootstrap, topic_prefix).start()
    windows: list[tuple[int, int]] = []  # the indexes of the records fed during each run
    durations: list[float] = []
    async with observed(workers, collector):
        feeder = Feeder(kafka_bootstrap, topic_prefix, ds, rate=rate).start()
        await collector.wait_until(lambda: collector.covered_count(ds) >= 50, 90, "the stream to flow")
        began = time.monotonic()
        for run in range(runs):
            joined, fed_before = time.monotonic(), feeder.queued
            newcomer = workers.spawn(f"worker-2-{run}")
            await workers.ready(newcomer, timeout=120)
            await asyncio.sleep(random.uniform(0.5, 2.0))
            await asyncio.to_thread(newcomer.stop)
            windows.append((fed_before, feeder.queued + 1))
            durations.append(time.monotonic() - joined)
            print(f"REBALANCE run {run + 1}/{runs}: {durations[-1]:.1f}s", flush=True)
            assert feeder.finished_at is None, f"the stream ended at run {run + 1}: make it longer"
        runs_s = time.monotonic() - began
        feeder.finish()  # the rest of the dataset is not needed: account for what was sent
        await feeder.wait(timeout=900)
        sent = Dataset(ds.items[: feeder.queued])
        await collector.wait_covered(sent, timeout=300)
        repaired, held = guard_counts(first.metrics())
    acc = await final_accounting(kafka_bootstrap, topic_prefix, sent, feeder)
    lost_ids = {p.split()[3] for p in acc.problems if p.startswith("lost: valid mention")}
    per_run = []
    for fed_before, fed_after in windows:
        window = [i for i in sent.items[fed_before:fed_after] if i.valid]
        per_run.append((len(window), sum(1 for i in window if i.mention_id in lost_ids)))
    losses = [lost for _, lost in per_run]
    mean_records = statistics.mean(n for n, _ in per_run)
    print(
        f"REBALANCE-STATS runs={runs} runs_s={runs_s:.0f} lost_per_run={losses} "
        f"records_per_run={[n for n, _ in per_run]} run_s={[round(d, 1) for d in durations]}",
        flush=True,
    )
    record_row(
        f"repeated rebalances: {runs} runs of a 2nd worker joining then leaving (graceful) mid-stream",
        acc,
        f"{sum(1 for x in losses if x)} of {runs} runs lost a record",
        f"{runs} runs in {runs_s:.0f} s (a run {min(durations):.0f} to {max(durations):.0f} s, median "
        f"{statistics.median(durations):.0f} s); about {mean_records:.0f} valid mentions fed during each run; "
        f"lost per run: max {max(losses)}, "
        f"total {sum(losses)} ({sum(losses) / max(1, sum(n for n, _ in per_run)):.2%}); "
        f"{acc.republished} re-published, {acc.divergent} divergent; offset audit of the worker that stayed: "
        f"{repaired:.0f} skipped records read again, {held:.0f} commits held",
    )
    acc.assert_ok()
