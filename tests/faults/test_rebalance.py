"""Fault 3: a second worker joins mid-stream, then leaves again (two rebalances).

Partitions, and the table partitions that go with them (dedup state, case book), move to the
newcomer and back; each move restores the tables from their changelogs. Both workers belong to
one consumer group (one app id).
"""

from __future__ import annotations

import asyncio
import time

from harness import Collector, Feeder, Workers, build_dataset, final_accounting, record_row


async def test_second_worker_joins_then_leaves(kafka_bootstrap: str, topic_prefix: str, workers: Workers) -> None:
    ds = build_dataset("rb", 660, n_invalid=60, n_reposts=15, n_near_dups=15)
    first = await workers.start("worker-1")
    collector = await Collector(kafka_bootstrap, topic_prefix).start()
    # 60/s: the stream lasts ~12 s, long enough for the newcomer to start, take partitions and go.
    feeder = Feeder(kafka_bootstrap, topic_prefix, ds, rate=60).start()
    try:
        await collector.wait_until(lambda: collector.covered_count(ds) >= 60, 90, "the stream to flow")
        joined_at = time.time()
        second = workers.spawn("worker-2")
        second_ready = await workers.ready(second)
        in_cases_at_leave = collector.covered_count(ds)
        await asyncio.sleep(1.0)
        left_at = time.time()
        code = await asyncio.to_thread(second.stop)  # SIGTERM: commit, LeaveGroup, exit
        await feeder.wait()
        feed_end = time.time()
        await collector.wait_covered(ds, timeout=120)
        assert first.proc is not None and first.proc.poll() is None, first.log_tail()
    except TimeoutError as exc:
        raise AssertionError(f"{exc}\n{workers.logs()}") from None
    finally:
        await collector.stop()
    acc = await final_accounting(kafka_bootstrap, topic_prefix, ds, feeder)
    join_stall = collector.max_gap(joined_at, left_at)
    leave_stall = collector.max_gap(left_at, max(feed_end, left_at + 1))
    leave_note = f"leave stall {leave_stall:.1f}s" if left_at < feed_end else "leave after feed ended"
    record_row(
        "2nd worker joins, then leaves (graceful) mid-stream",
        acc,
        f"join stall {join_stall:.1f}s, {leave_note}",
        f"newcomer ready {second_ready - joined_at:.1f}s after start, exit code {code}; "
        f"{in_cases_at_leave} valid mentions in cases when it left",
    )
    acc.assert_ok()
