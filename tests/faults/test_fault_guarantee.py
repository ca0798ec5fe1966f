"""processing_guarantee: the same replay under at_least_once and exactly_once.

Measures what the choice in docs/reliability.md rests on: does the worker complete the replay at
all on our broker (Kafka 3.9, one node), how fast, and with what accounting. The records are on
mentions.raw before the worker starts, so the rate is the worker's own. Consumers read
``read_committed`` (what an exactly_once downstream must do; the same as read_uncommitted when
there are no transactions). exactly_once is not the shipped mode, but its row is a check like
any other: a replay that does not complete is recorded, and fails the test (it used to xfail,
so the exactly_once test could not fail).
"""

from __future__ import annotations

import time

import pytest

from mentionflow.kafka_client import create_topics
from mentionflow.settings import load_settings

from harness import (
    Collector,
    Workers,
    build_dataset,
    final_accounting,
    produce_now,
    record_guarantee,
)

N_VALID = 930
N_INVALID = 70


@pytest.mark.parametrize("guarantee", ["at_least_once", "exactly_once"])
async def test_same_replay_under_each_guarantee(
    kafka_bootstrap: str, topic_prefix: str, workers: Workers, guarantee: str
) -> None:
    ds = build_dataset("pg", N_VALID, n_invalid=N_INVALID, n_reposts=20, n_near_dups=20)
    await create_topics(load_settings(kafka=kafka_bootstrap, topic_prefix=topic_prefix, topic_partitions=4))
    feeder = await produce_now(kafka_bootstrap, topic_prefix, ds)
    spawned = time.time()
    worker = workers.spawn(f"worker-{guarantee}", processing_guarantee=guarantee)
    collector = await Collector(kafka_bootstrap, topic_prefix, isolation_level="read_committed").start()
    row: dict[str, object] = {"guarantee": guarantee, "sent": f"{len(ds)} ({N_VALID} valid + {N_INVALID} invalid)"}
    try:
        ready_at = await workers.ready(worker, timeout=90)
        row["ready_s"] = f"{ready_at - spawned:.1f}"
        await collector.wait_covered(ds, timeout=90, quiet_s=1.0)
    except (TimeoutError, RuntimeError) as exc:
        row.update(
            in_cases=collector.covered_count(ds),
            notes=f"did not complete: {str(exc).splitlines()[0][:160]}",
        )
        record_guarantee(row)
        raise AssertionError(f"{guarantee}: {row['notes']}\n{worker.log_tail()}") from None
    finally:
        await collector.stop()
    stamps = sorted(s.timestamp_ms / 1000.0 for s in collector.cases)
    first, last = stamps[0], stamps[-1]
    acc = await final_accounting(kafka_bootstrap, topic_prefix, ds, feeder, isolation_level="read_committed")
    row.update(
        in_cases=acc.in_cases,
        lost=acc.lost,
        duplicated=acc.duplicated,
        first_s=f"{first - spawned:.1f}",
        drain_s=f"{last - spawned:.1f}",
        rate=f"{len(stamps) / max(last - first, 1e-3):.0f}",
        notes=f"{acc.case_records} case records, {acc.republished} re-published; {len(acc.problems)} problems",
    )
    record_guarantee(row)
    acc.assert_ok()
