"""Fault 5: a burst at 10x the normal rate; back-pressure keeps the worker's memory bounded.

The worker reads at its own pace: what it cannot take yet stays in Kafka (consumer lag), not in
the worker's memory (faust's stream buffer is bounded: ``stream_buffer_maxsize``, and the fetch
size is capped). Peak RSS is the kernel's high-water mark (VmHWM in /proc/<pid>/status).
"""

from __future__ import annotations

import asyncio
import contextlib
import time

from harness import Collector, Feeder, Workers, build_dataset, final_accounting, peak_rss_mb, record_row, rss_mb

NORMAL_RATE = 100.0
BURST_RATE = 10 * NORMAL_RATE
# Bound on how much the worker may grow during the burst. Measured growth is a few MiB; an
# unbounded buffer would hold the whole backlog (thousands of decoded records per stage).
MAX_GROWTH_MB = 150.0


async def test_burst_10x_memory_bounded(kafka_bootstrap: str, topic_prefix: str, workers: Workers) -> None:
    warmup = build_dataset("bw", 300, n_invalid=10, n_reposts=5, n_near_dups=5)
    burst = build_dataset("bb", 2800, n_invalid=200, n_reposts=30, n_near_dups=30, seed=7)
    worker = await workers.start("worker")
    assert worker.proc is not None
    pid = worker.proc.pid
    collector = await Collector(kafka_bootstrap, topic_prefix).start()
    samples: list[float] = []

    async def sample() -> None:
        while True:
            samples.append(rss_mb(pid))
            await asyncio.sleep(0.2)

    sampler = asyncio.create_task(sample())
    try:
        feeder = Feeder(kafka_bootstrap, topic_prefix, warmup, rate=NORMAL_RATE).start()
        await feeder.wait()
        await collector.wait_covered(warmup, timeout=90, quiet_s=0.5)
        baseline_hwm = peak_rss_mb(pid)
        burst_feeder = Feeder(kafka_bootstrap, topic_prefix, burst, rate=BURST_RATE).start()
        burst_started = time.monotonic()
        await burst_feeder.wait()
        sent_s = time.monotonic() - burst_started
        behind_at_end = len(burst.valid_ids) - collector.covered_count(burst)
        await collector.wait_covered(burst, timeout=180, quiet_s=0.5)
        drained_s = time.monotonic() - burst_started
        peak_hwm = peak_rss_mb(pid)
    except TimeoutError as exc:
        raise AssertionError(f"{exc}\n{workers.logs()}") from None
    finally:
        sampler.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await sampler
        await collector.stop()
    ds = warmup + burst
    acc = await final_accounting(kafka_bootstrap, topic_prefix, ds)
    growth = peak_hwm - baseline_hwm
    record_row(
        f"burst at 10x the normal rate ({NORMAL_RATE:.0f}/s → {BURST_RATE:.0f}/s)",
        acc,
        f"backlog drained {drained_s:.1f}s after the burst began ({sent_s:.1f}s to send it)",
        f"peak RSS (VmHWM) {baseline_hwm:.0f} MiB before the burst, {peak_hwm:.0f} MiB after "
        f"(+{growth:.0f} MiB, max sampled VmRSS {max(samples):.0f} MiB); "
        f"{behind_at_end} valid mentions still queued when the burst ended",
    )
    acc.assert_ok()
    assert growth < MAX_GROWTH_MB, f"worker grew by {growth:.0f} MiB during the burst"
