"""``mentionflow bench``: how fast is mentionflow, next to what Kafka and faust allow?

The command line: parses the options, runs the scenarios (or a role, the memory check, a render)
and writes the results. The method is in the package docstring (``mentionflow.tools.bench``)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson

from mentionflow.settings import Settings, load_settings
from mentionflow.tools.bench import config
from mentionflow.tools.bench.config import (
    FULL,
    LATENCY_RATE,
    PARTITIONS,
    QUICK,
    STAGES,
    TARGET_RSS_GROWTH_MB,
    BenchError,
    pipeline_hops,
    say,
    set_chain_hops,
)
from mentionflow.tools.bench.data import BenchData, RunContext
from mentionflow.tools.bench.kafka_io import delete_topics_with_prefix
from mentionflow.tools.bench.processes import broker_pid, find_py_spy, stop_all_children, stop_process, track
from mentionflow.tools.bench.report import machine_info, merge_results, print_table, summarise, write_outputs
from mentionflow.tools.bench.roles import run_role
from mentionflow.tools.bench.scenarios import run_all


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="mentionflow bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="small N, short latency phase (CI smoke, < 3 min)")
    ap.add_argument("--json", help="write the results as JSON here (with --memory: merged into it if it exists)")
    ap.add_argument("--markdown", help="write docs/benchmarks.md from the results")
    ap.add_argument("--memory", action="store_true", help="only the in-process memory check (core over 1M mentions)")
    ap.add_argument("--memory-count", type=int, default=1_000_000)
    ap.add_argument("--profile", action="store_true", help="py-spy the faust chain and 1 worker; pyinstrument the core")
    ap.add_argument(
        "--sizes",
        help="override sizes for experiments, e.g. pipeline=4000,latency_s=5 (see Sizes in tools/bench/config.py)",
    )
    ap.add_argument("--latency-rate", type=float, default=LATENCY_RATE, help="offered load of the latency phase")
    ap.add_argument(
        "--render",
        nargs="+",
        metavar="JSON",
        help="run nothing: merge these result files (later ones add scenarios, profiles, memory) and print/write",
    )
    ap.add_argument("--keep", action="store_true", help="keep the run's temp dir (logs, raw py-spy stacks)")
    ap.add_argument(
        "--only",
        help="comma-separated subset: core,limit,faust_chain,quix_chain,pipeline_1w,pipeline_2w; or adversarial alone",
    )
    ap.add_argument("--data", type=Path, help="shared data dir (default $MENTIONFLOW_SHARED_DATA or ../shared/data)")
    ap.add_argument(
        "--topology",
        choices=["auto", "staged", "fused"],
        help="the workers' MENTIONFLOW_TOPOLOGY (default: as set, auto: fused); the chains get the same hops",
    )
    ap.add_argument(
        "--chain-hops",
        type=int,
        choices=range(1, 9),
        metavar="N",
        help="hops of the limit and bare faust chains (default: the pipeline's, 2 fused or 4 staged): "
        "what one hop costs",
    )
    # Internal: the processes the bench starts.
    ap.add_argument("--role", choices=["limit-chain", "faust-chain", "quix-chain", "memory"], help=argparse.SUPPRESS)
    ap.add_argument("--prefix", help=argparse.SUPPRESS)
    ap.add_argument("--app-id", help=argparse.SUPPRESS)
    ap.add_argument("--ready-file", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--datadir", type=Path, help=argparse.SUPPRESS)
    return ap.parse_args(list(argv))


def _raise_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def run_memory(args: argparse.Namespace, settings: Settings) -> int:
    results: dict[str, Any] = {}
    if args.json and Path(args.json).exists():
        with contextlib.suppress(OSError, orjson.JSONDecodeError):
            results = orjson.loads(Path(args.json).read_bytes())
    env = dict(os.environ)
    if args.data:
        env["MENTIONFLOW_SHARED_DATA"] = str(args.data)
    cmd = [
        sys.executable,
        "-m",
        "mentionflow.tools.bench",
        "--role",
        "memory",
        "--memory-count",
        str(args.memory_count),
    ]
    say(f"memory: core over {args.memory_count:,} mentions in a fresh process")
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
    track(proc)
    try:
        out, _ = proc.communicate()
    finally:
        stop_process(proc)
    if proc.returncode != 0:
        say(f"memory check failed with exit code {proc.returncode}")
        return 1
    results["memory"] = orjson.loads(out.decode().strip().splitlines()[-1])
    results.setdefault("machine", machine_info(settings))
    results["summary"] = summarise(results)
    results.update({k: v for k, v in results["summary"].items() if k != "targets"})
    mem = results["memory"]
    for cp in mem["checkpoints"]:
        print(
            f"{cp['mentions']:>9,} mentions: RSS {cp['rss_mb']} MB, seen {cp['seen']:,}, authors {cp['authors']:,}, "
            f"incidents {cp['incidents']:,}, cases {cp['cases']:,} ({cp['seconds']} s)"
        )
    ok = mem["rss_growth_mb"] < TARGET_RSS_GROWTH_MB
    print(f"RSS growth {mem['rss_growth_mb']} MB ({'PASS' if ok else 'FAIL'}: goal < {TARGET_RSS_GROWTH_MB:.0f} MB)")
    write_outputs(results, args)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.role:
        return run_role(args)
    if args.render:
        merged = merge_results(args.render)
        if merged.get("chain_hops"):
            set_chain_hops(int(merged["chain_hops"]))  # the titles of the run's chains
        print_table(merged)
        write_outputs(merged, args)
        return 0
    if args.data:
        os.environ["MENTIONFLOW_SHARED_DATA"] = str(args.data)
    if args.topology:
        os.environ["MENTIONFLOW_TOPOLOGY"] = args.topology  # the workers inherit it
    settings = load_settings()
    hops = pipeline_hops(load_settings(stages=STAGES))
    set_chain_hops(args.chain_hops or hops)
    if hops == 4:
        for label in ("pipeline_1w", "pipeline_2w"):
            config.SCENARIO_TITLES[label] = config.SCENARIO_TITLES[label].replace("mentionflow,", "mentionflow staged,")
    signal.signal(signal.SIGTERM, _raise_interrupt)  # CI timeouts: clean up as on Ctrl-C
    if args.only == "adversarial":  # worst-case texts through Pipeline.run; no broker, no workers
        from mentionflow.tools import adversarial

        return adversarial.main(["--max-chars", str(settings.max_text_chars)])
    if args.memory:
        try:
            return run_memory(args, settings)
        except KeyboardInterrupt:
            return 130
        finally:
            stop_all_children()

    from mentionflow.tools import kafka_local

    only = {x.strip() for x in args.only.split(",")} if args.only else None
    bootstrap = settings.kafka.split(",")[0].strip()
    if only != {"core"} and not kafka_local.probe(bootstrap):  # the core alone needs no broker
        print(
            f"mentionflow bench: no Kafka broker answers at {bootstrap} (MENTIONFLOW_KAFKA). The bench starts "
            "nothing: start the local broker with `mentionflow kafka start` and run it again.",
            file=sys.stderr,
        )
        return 2
    sizes = QUICK if args.quick else FULL
    if args.sizes:
        overrides = dict(kv.split("=", 1) for kv in args.sizes.split(","))
        sizes = dataclasses.replace(sizes, **{k: type(getattr(sizes, k))(float(v)) for k, v in overrides.items()})
    run_id = f"mfbench-{uuid.uuid4().hex[:8]}"
    tmp = Path(tempfile.mkdtemp(prefix=f"{run_id}-"))
    py_spy = find_py_spy() if args.profile else None
    if args.profile and not py_spy:
        say("--profile: py-spy not found (PY_SPY=/path or pip install py-spy); only the core is profiled")
    started = time.monotonic()
    results: dict[str, Any] = {
        "schema": 1,
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "command": " ".join(["mentionflow bench", *(argv if argv is not None else sys.argv[1:])]),
        "quick": args.quick,
        "run_id": run_id,
        "sizes": sizes.__dict__,
        "latency_rate": args.latency_rate,
        "chain_hops": config.CHAIN_HOPS,
        "topology": "fused" if hops == 2 else "staged",
        "settings": {
            "producer_linger_ms": settings.producer_linger_ms,
            "batch_size": settings.batch_size,
            "batch_timeout_s": settings.batch_timeout_s,
            "max_poll_records": settings.max_poll_records,
            "processing_guarantee": settings.processing_guarantee,
            "partitions": PARTITIONS,
        },
        "machine": machine_info(settings),
    }
    failed = False
    try:
        data = BenchData.load(args.data)
        results["data"] = {
            "source": data.source,
            "base_mentions": len(data.base),
            "note": data.note,
            "cycle_shift_days": data.shift_s / 86400,
        }
        ctx = RunContext(
            settings=settings,
            data=data,
            sizes=sizes,
            run_id=run_id,
            tmp=tmp,
            profile=args.profile,
            py_spy=py_spy,
            latency_rate=args.latency_rate,
            results=results,
            broker_pid=broker_pid(settings),
        )
        asyncio.run(run_all(ctx, only))
    except KeyboardInterrupt:
        say("interrupted: cleaning up")
        failed = True
    except BenchError as exc:
        print(f"mentionflow bench: {exc}", file=sys.stderr)
        failed = True
    finally:
        stop_all_children()
        with contextlib.suppress(Exception, KeyboardInterrupt):
            deleted = asyncio.run(delete_topics_with_prefix(settings, run_id))
            if deleted:
                say(f"deleted {len(deleted)} leftover topic(s)")
    if any("error" in v for v in results.get("scenarios", {}).values()):
        failed = True
        say(f"logs kept in {tmp}")
    elif args.keep:
        say(f"temp dir kept: {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    results["machine"]["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    results["elapsed_s"] = round(time.monotonic() - started, 1)
    results["summary"] = summarise(results)
    results.update({k: v for k, v in results["summary"].items() if k != "targets"})
    print()
    print_table(results)
    write_outputs(results, args)
    say(f"done in {results['elapsed_s']:.0f}s")
    return 1 if failed else 0
