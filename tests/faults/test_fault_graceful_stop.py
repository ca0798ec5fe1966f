"""Graceful shutdown: SIGTERM flushes the producer, commits the offsets and leaves the group.

faust's periodic commit is pushed out of the way (``FAUST_BROKER_COMMIT_INTERVAL``, read by faust from
the environment, set to 10 minutes), so the offsets found committed afterwards can only come from
the commit on the way out. After the worker exits, the consumer group has no members (it sent
LeaveGroup: a successor does not wait a session timeout) and its committed offsets equal the end
offsets of every input topic (nothing is re-processed by the next worker).
"""

from __future__ import annotations

import asyncio
import time

from harness import (
    INPUT_TOPICS,
    Collector,
    Workers,
    build_dataset,
    committed_vs_end,
    final_accounting,
    group_state,
    produce_now,
    record_row,
)


async def test_sigterm_flushes_commits_and_leaves_group(
    kafka_bootstrap: str, topic_prefix: str, workers: Workers
) -> None:
    ds = build_dataset("gs", 300, n_invalid=20, n_reposts=5, n_near_dups=5)
    worker = await workers.start("worker", extra_env={"FAUST_BROKER_COMMIT_INTERVAL": "600"})
    collector = await Collector(kafka_bootstrap, topic_prefix).start()
    try:
        feeder = await produce_now(kafka_bootstrap, topic_prefix, ds)
        await collector.wait_covered(ds, timeout=90, quiet_s=0.2)
    finally:
        await collector.stop()
    topics = [f"{topic_prefix}{t}" for t in INPUT_TOPICS]
    before = await committed_vs_end(kafka_bootstrap, workers.group, topics)
    uncommitted_before = sum(end - (off or 0) for off, end in before.values())
    state_before, members_before = await group_state(kafka_bootstrap, workers.group)

    started = time.monotonic()
    code = await asyncio.to_thread(worker.stop, 60)
    took = time.monotonic() - started
    assert code == 0, worker.log_tail()

    state, members = await group_state(kafka_bootstrap, workers.group)
    after = await committed_vs_end(kafka_bootstrap, workers.group, topics)
    behind = {f"{tp.topic}[{tp.partition}]": v for tp, v in after.items() if v[1] > 0 and v[0] != v[1]}
    acc = await final_accounting(kafka_bootstrap, topic_prefix, ds, feeder)
    record_row(
        "SIGTERM after the replay (graceful stop)",
        acc,
        f"stopped in {took:.1f}s",
        f"group {state_before}/{members_before} member(s) → {state}/{members}; "
        f"{uncommitted_before} input offsets uncommitted before SIGTERM, {len(behind)} partitions behind after",
    )
    assert members_before == 1 and uncommitted_before > 0  # the commit below is the shutdown's
    assert members == 0 and state == "Empty", (state, members)
    assert not behind, behind
    acc.assert_ok()
