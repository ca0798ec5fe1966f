"""Fault 1: kill -9 of the worker mid-stream, then a restart.

Nothing the worker did not commit is lost: the restarted worker rebuilds its tables from the
changelogs and re-reads from the last committed offsets. What it re-reads is folded by the
idempotent dedup (same mention id -> same case, no new revision); what reaches cases.routed
twice is at most a re-published (case_id, revision).

The shipped configuration (at_least_once, faust's 60 s session timeout) is the first case: the
restarted worker cannot get partitions until the broker gives up on the killed member, so the
recovery time is about the session timeout. The second case measures exactly_once under the same
fault (see test_guarantee.py), with a 10 s session timeout to keep the suite short.
"""

from __future__ import annotations

import time

import pytest

from harness import Collector, Feeder, Workers, build_dataset, final_accounting, observed, record_row


@pytest.mark.parametrize(
    ("guarantee", "session_timeout", "topology"),
    [("at_least_once", None, "auto"), ("exactly_once", "10", "auto"), ("at_least_once", "10", "staged")],
    ids=["at_least_once", "exactly_once", "at_least_once-staged"],
)
async def test_kill9_mid_stream_then_restart(
    kafka_bootstrap: str,
    topic_prefix: str,
    workers: Workers,
    guarantee: str,
    session_timeout: str | None,
    topology: str,
) -> None:
    """The workers run the four core stages: fused (auto), or staged (a hop per stage)."""
    ds = build_dataset("k9", 560, n_invalid=40, n_reposts=12, n_near_dups=12)
    env = {"FAUST_BROKER_SESSION_TIMEOUT": session_timeout} if session_timeout else None
    isolation = "read_committed" if guarantee == "exactly_once" else "read_uncommitted"
    first = await workers.start("worker-1", extra_env=env, processing_guarantee=guarantee, topology=topology)
    collector = await Collector(kafka_bootstrap, topic_prefix, isolation_level=isolation).start()
    feeder = Feeder(kafka_bootstrap, topic_prefix, ds, rate=150).start()
    async with observed(workers, collector):
        third = len(ds.valid_ids) // 3
        await collector.wait_until(lambda: collector.covered_count(ds) >= third, 90, "a third of the cases")
        in_cases_at_kill = collector.covered_count(ds)
        killed_at = time.time()
        first.kill()  # SIGKILL: no flush, no commit, no LeaveGroup
        queued_at_kill = feeder.queued
        second = workers.spawn("worker-2", extra_env=env, processing_guarantee=guarantee, topology=topology)
        ready_at = await workers.ready(second)
        await feeder.wait()
        await collector.wait_covered(ds, timeout=120)
    recovery = collector.first_case_after(killed_at)
    assert recovery is not None
    acc = await final_accounting(kafka_bootstrap, topic_prefix, ds, feeder, isolation_level=isolation)
    config = f"{guarantee}, session timeout {session_timeout or '60 (default)'} s"
    if topology == "staged":
        config += ", staged: a hop per stage"
    record_row(
        f"kill -9 of the worker mid-stream, restart ({config})",
        acc,
        f"{recovery:.1f}s kill→first case (restarted worker ready after {ready_at - killed_at:.1f}s)",
        f"killed with {in_cases_at_kill} valid mentions in cases and {queued_at_kill}/{len(ds)} records sent",
    )
    acc.assert_ok()
