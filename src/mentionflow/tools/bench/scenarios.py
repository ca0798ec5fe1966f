"""One scenario, measured: warm-up, throughput, latency at a fixed load; and the core in process."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Sequence
from typing import Any

from mentionflow.settings import Settings, load_settings
from mentionflow.tools.bench.config import STAGES, BenchError, say
from mentionflow.tools.bench.data import RunContext
from mentionflow.tools.bench.kafka_io import Collector, Loader, delete_topics_with_prefix
from mentionflow.tools.bench.processes import (
    cpu_snapshot,
    cpu_split,
    proc_status_kb,
    procs_cpu_s,
    start_py_spy,
    stop_process,
)
from mentionflow.tools.bench.pyspy import summarise_pyspy
from mentionflow.tools.bench.systems import SUT, FaustChainSUT, LimitSUT, PipelineSUT, QuixChainSUT, quix_missing


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
        say(f"{sut.label}: ready after {time.monotonic() - t0:.1f}s; warm-up {sizes.warmup}")

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
        say(f"{sut.label}: throughput, {n} mentions")
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
            say(f"{sut.label}: WARNING only {got}/{n} outputs arrived (stalled {sizes.stall_s:.0f}s)")
        say(f"{sut.label}: {got / wall_s:,.0f} mentions/s (cpu {cpu:.1f}s)")

        # ---- latency at a fixed offered load
        say(f"{sut.label}: latency at {ctx.latency_rate:.0f}/s for {sizes.latency_s:.0f}s")
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
        say(f"{sut.label}: latency p50 {lat_res['p50_ms']} p95 {lat_res['p95_ms']} p99 {lat_res['p99_ms']} ms")
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


def bench_core(ctx: RunContext) -> dict[str, Any]:
    from mentionflow.core.pipeline import Pipeline
    from mentionflow.schema import decode_raw_mention

    sizes = ctx.sizes
    settings = load_settings()
    lo = ctx.next_seq
    warm_payloads = ctx.data.records(lo, sizes.core_warmup)
    warm = [decode_raw_mention(v) for _, v in warm_payloads]
    payloads = ctx.data.records(lo + sizes.core_warmup, sizes.core)
    ctx.next_seq = lo + sizes.core_warmup + sizes.core
    raws = [decode_raw_mention(v) for _, v in payloads]

    core = Pipeline.from_settings(settings)
    core.preload()
    for raw in warm:  # loads the language model, compiles regexes, fills caches
        core.run(raw, time.time())
    # As a worker does at start-up (app.py): what start-up built (models, modules, here also
    # the decoded inputs, which a worker never holds) is frozen out of the cyclic collector's
    # reach, so full collections walk what the core keeps, as they do in the worker.
    del core
    gc.collect()
    gc.freeze()

    # 1. Pipeline.run only (what "core >= 20k/s" means), on a fresh core (empty state).
    core = Pipeline.from_settings(settings)
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
    say(f"core: {len(raws) / wall:,.0f} mentions/s ({len(raws) / cpu if cpu else 0:,.0f} per CPU second)")
    del core

    # 2. The worker's own stages in process (tools/bench/chain.py): the handlers its stage modules
    # register, through its handle_batch, batch by batch, each hop handed on as bytes; no Kafka.
    res.update(core_chain(load_settings(stages=STAGES), warm_payloads, payloads))
    chain_rate = res["chain_mentions_per_cpu_s"]
    say(f"core: {chain_rate:,.0f} mentions per CPU second through the stage handlers ({res['chain']['topology']})")
    if cpu and chain_rate:
        res["beyond_core_share"] = round(max(0.0, 1.0 - (cpu / len(raws)) * chain_rate), 3)

    gc.unfreeze()
    if ctx.profile:
        res["profile"] = profile_core(settings, raws[: min(len(raws), 6000)], warm)
    return res


def core_chain(
    settings: Settings, warm: Sequence[tuple[bytes, bytes]], payloads: Sequence[tuple[bytes, bytes]]
) -> dict[str, Any]:
    """CPU per mention through ``ChainHost`` (the worker's stage handlers and batch path), in
    the worker's batches (``batch_size``), on a fresh host after a warm-up. Needs a running loop."""
    from mentionflow.tools.bench.chain import ChainHost

    batch = max(1, settings.batch_size)
    chain = ChainHost(settings)
    for i in range(0, len(warm), batch):
        chain.run(warm[i : i + batch])
    del chain
    chain = ChainHost(settings)  # empty tables
    gc.collect()
    gc.freeze()  # as the worker does once its app is built
    outputs: Counter[str] = Counter()
    pc = time.process_time  # CPU time: the machine is shared
    cpu0 = pc()
    for i in range(0, len(payloads), batch):
        for record in chain.run(payloads[i : i + batch]):
            outputs[record[0]] += 1
    cpu = pc() - cpu0
    n = len(payloads)
    steps = chain.cpu_by_step()
    steps = {k: steps[k] for k in sorted(steps, key=lambda k: k == "batch path")}  # the stages first
    return {
        "chain_mentions_per_cpu_s": round(n / cpu, 1) if cpu else None,
        "chain": {**chain.describe(), "batch_size": batch, "outputs": dict(outputs)},
        # Inside the handlers (decode + core + encode + metrics), split per stage; "batch path":
        # the rest of handle_batch and the tables' changelog records; "chain": the bench's own
        # hand-over between agents (events made for the next hop), which Kafka does in a worker.
        "us_per_mention": {
            **{k: round(v / n * 1e6, 1) for k, v in steps.items()},
            "chain": round(max(0.0, cpu - sum(steps.values())) / n * 1e6, 1),
        },
    }


_CORE_STAGES = ("enrich", "score", "dedup", "route")


def profile_core(settings: Settings, raws: Sequence[Any], warm: Sequence[Any]) -> dict[str, Any]:
    from mentionflow.core.pipeline import Pipeline

    try:
        from pyinstrument import Profiler
    except ImportError:
        return {"error": "pyinstrument not installed (pip install -e '.[dev]')"}
    core = Pipeline.from_settings(settings)
    for raw in warm:
        core.run(raw, time.time())
    core = Pipeline.from_settings(settings)
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


async def run_all(ctx: RunContext, only: set[str] | None) -> None:
    sc: dict[str, Any] = ctx.results.setdefault("scenarios", {})
    s = ctx.sizes
    plan: list[tuple[str, Any, int]] = [
        ("limit", lambda: LimitSUT(ctx, "limit"), s.limit),
        ("faust_chain", lambda: FaustChainSUT(ctx, "faustchain"), s.faust_chain),
        ("quix_chain", lambda: QuixChainSUT(ctx, "quixchain"), s.quix_chain),
        ("pipeline_1w", lambda: PipelineSUT(ctx, "pipe1", 1), s.pipeline),
        ("pipeline_2w", lambda: PipelineSUT(ctx, "pipe2", 2), s.pipeline),
    ]
    if only is None or "core" in only:
        try:
            sc["core"] = bench_core(ctx)
        except Exception as exc:  # a failed scenario is reported, the others still run
            sc["core"] = {"error": repr(exc)}
            say(f"core: FAILED {exc!r}")
    for name, make, n in plan:
        if only is not None and name not in only:
            continue
        if name == "quix_chain" and (why := quix_missing()):
            sc[name] = {"skipped": why}
            say(f"{name}: SKIPPED: {why}")
            continue
        started = time.monotonic()
        try:
            sc[name] = await run_sut(ctx, make(), n)
        except BenchError as exc:
            sc[name] = {"error": str(exc)}
            say(f"{name}: FAILED {exc}")
        sc[name]["elapsed_s"] = round(time.monotonic() - started, 1)
