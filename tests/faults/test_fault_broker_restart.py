"""Fault 2: the (only) broker stops mid-stream and comes back; the worker reconnects by itself.

Runs on a broker of its own (``second_broker``: temp home, free ports, the shared jar cache) so the
shared 127.0.0.1:9092 broker that other tests and engineers use is never touched.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from harness import Collector, Feeder, SecondBroker, Workers, build_dataset, final_accounting, observed, record_row

DOWNTIME_S = 5.0


async def test_broker_stop_and_restart_mid_stream(second_broker: SecondBroker, tmp_path: Path) -> None:
    bootstrap = second_broker.bootstrap
    prefix = "br."
    ds = build_dataset("br", 560, n_invalid=40, n_reposts=12, n_near_dups=12)
    pool = Workers(bootstrap, prefix, tmp_path)
    async with observed(pool, close=True) as scope:
        worker = await pool.start("worker")
        collector = scope.track(await Collector(bootstrap, prefix).start())
        feeder = Feeder(bootstrap, prefix, ds, rate=150).start()
        third = len(ds.valid_ids) // 3
        await collector.wait_until(lambda: collector.covered_count(ds) >= third, 90, "a third of the cases")
        in_cases_at_stop = collector.covered_count(ds)
        stopped_at = time.time()
        await asyncio.to_thread(second_broker.stop)  # SIGTERM: controlled shutdown of the only broker
        await asyncio.sleep(DOWNTIME_S)
        await asyncio.to_thread(second_broker.start)  # same home: same data, same cluster id
        back_at = time.time()
        await feeder.wait()
        await collector.wait_covered(ds, timeout=180)
        recovery = collector.first_case_after(back_at)
        # first_case_after only sees cases stamped after start() returned (the broker may take
        # cases a little earlier): the longest pause without a new case, counted from the stop,
        # is what a consumer of cases.routed saw.
        stall = collector.max_gap(stopped_at)
        assert worker.proc is not None and worker.proc.poll() is None, "the worker exited:\n" + worker.log_tail()
    assert recovery is not None
    acc = await final_accounting(bootstrap, prefix, ds, feeder)
    record_row(
        "broker stop + restart mid-stream (own broker), worker not restarted",
        acc,
        f"{recovery:.1f}s broker back→first case; longest pause in cases {stall:.1f}s "
        f"(broker down {back_at - stopped_at:.1f}s, stop to answering again)",
        f"stopped with {in_cases_at_stop} valid mentions in cases",
    )
    acc.assert_ok()
