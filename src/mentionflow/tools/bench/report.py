"""The results: machine facts, the summary and targets, the terminal table and docs/benchmarks.md."""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson

from mentionflow.settings import Settings
from mentionflow.tools.bench import config
from mentionflow.tools.bench.config import (
    LATENCY_RATE,
    TARGET_CORE,
    TARGET_P99_MS,
    TARGET_PIPELINE_VS_FAUST,
    TARGET_RSS_GROWTH_MB,
    TARGET_TWO_WORKERS,
    say,
)


def machine_info(settings: Settings) -> dict[str, Any]:
    import importlib.metadata as md

    def version(pkg: str) -> str | None:
        try:
            return md.version(pkg)
        except md.PackageNotFoundError:
            return None

    cpu = None
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem_mb = None
    mem_kb = None
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    if mem_kb:
        mem_mb = round(mem_kb / 1024)
    kafka_version = None
    with contextlib.suppress(Exception):
        from mentionflow.tools import kafka_local

        kafka_version = kafka_local.status(settings.kafka.split(",")[0], kafka_local.default_home()).get("version")
    return {
        "cpu_model": cpu,
        "cores": os.cpu_count(),
        "memory_mb": mem_mb,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "faust": version("faust-streaming"),
        "aiokafka": version("aiokafka"),
        "orjson": version("orjson"),
        "mentionflow": version("mentionflow"),
        "kafka": kafka_version,
        "loadavg_start": [round(x, 2) for x in os.getloadavg()],
    }


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 3) if a and b else None


def summarise(results: dict[str, Any]) -> dict[str, Any]:
    """Top-level figures and targets from the per-scenario details."""
    sc = results.get("scenarios", {})

    def thr(name: str) -> float | None:
        return (sc.get(name) or {}).get("throughput", {}).get("mentions_per_s")

    def cpu(name: str) -> float | None:
        return (sc.get(name) or {}).get("throughput", {}).get("cpu_us_per_mention")

    limit, chain, one, two = thr("limit"), thr("faust_chain"), thr("pipeline_1w"), thr("pipeline_2w")
    quix = thr("quix_chain")
    # "On one core": mentions per CPU-second of the (single-threaded) core loop, which is what
    # one dedicated core does; wall-clock mentions/s on a shared machine is in the details.
    core = (sc.get("core") or {}).get("mentions_per_cpu_s")
    lat1 = (sc.get("pipeline_1w") or {}).get("latency") or {}
    # The p99 target is at 1,000 mentions/s offered; a run at another rate does not count.
    p99 = lat1.get("p99_ms") if lat1.get("offered_per_s") == LATENCY_RATE else None
    rss = [r for name in ("pipeline_1w", "pipeline_2w") for r in (sc.get(name) or {}).get("rss_mb", [])]
    memory = results.get("memory") or {}
    top = {
        "limit_mentions_per_s": limit,
        "faust_chain_mentions_per_s": chain,
        "pipeline_mentions_per_s": one,
        "pipeline_2w_mentions_per_s": two,
        "quix_chain_mentions_per_s": quix,
        "pipeline_vs_faust_ratio": _ratio(one, chain),
        "pipeline_vs_quix_ratio": _ratio(one, quix),
        "faust_vs_quix_ratio": _ratio(chain, quix),
        "quix_vs_limit_ratio": _ratio(quix, limit),
        "pipeline_vs_faust_cpu_ratio": _ratio(cpu("faust_chain"), cpu("pipeline_1w")),
        "faust_vs_limit_ratio": _ratio(chain, limit),
        "two_worker_speedup": _ratio(two, one),
        "core_mentions_per_s": core,
        "p99_ms_at_1k": p99,
        "rss_mb_peak": max(rss) if rss else None,
        "rss_growth_mb_100k_to_1m": memory.get("rss_growth_mb"),
    }
    late = (sc.get("pipeline_1w") or {}).get("latency") or {}

    def target(name: str, goal: str, value: Any, ok: bool | None) -> dict[str, Any]:
        return {"target": name, "goal": goal, "value": value, "pass": ok}

    ratio, speed = top["pipeline_vs_faust_ratio"], top["two_worker_speedup"]
    growth = top["rss_growth_mb_100k_to_1m"]
    p99_ok = None if p99 is None else (p99 <= TARGET_P99_MS and not late.get("missing"))
    top["targets"] = [
        target(
            "pipeline vs bare faust chain",
            f">= {TARGET_PIPELINE_VS_FAUST:.0%}",
            ratio,
            None if ratio is None else ratio >= TARGET_PIPELINE_VS_FAUST,
        ),
        target(
            "core, one core", f">= {TARGET_CORE:,.0f} mentions/s", core, None if core is None else core >= TARGET_CORE
        ),
        target("p99 at 1,000 mentions/s (1 worker)", f"<= {TARGET_P99_MS:.0f} ms", p99, p99_ok),
        target(
            "2 workers vs 1", f">= {TARGET_TWO_WORKERS}x", speed, None if speed is None else speed >= TARGET_TWO_WORKERS
        ),
        target(
            "RSS growth 100k -> 1M mentions",
            f"< {TARGET_RSS_GROWTH_MB:.0f} MB",
            growth,
            None if growth is None else growth < TARGET_RSS_GROWTH_MB,
        ),
    ]
    return top


def _fmt(v: Any, digits: int = 0) -> str:
    if v is None:
        return "-"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, int | float):
        return f"{v:,.{digits}f}"
    return str(v)


HEADER = [
    "scenario",
    "mentions/s",
    "vs limit",
    "vs quix",
    "records out/in",
    "CPU µs/mention",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "peak RSS MB",
    "N",
]


def table_rows(results: dict[str, Any]) -> list[list[str]]:
    rows = []
    sc = results.get("scenarios", {})

    def rate(name: str) -> float | None:
        return (sc.get(name) or {}).get("throughput", {}).get("mentions_per_s")

    limit, quix = rate("limit"), rate("quix_chain")
    blank = [""] * (len(HEADER) - 2)
    for name, title in config.SCENARIO_TITLES.items():
        r = sc.get(name)
        if not r:
            continue
        if "error" in r:
            rows.append([title, "error", *blank])
            continue
        if "skipped" in r:
            rows.append([title, "skipped", *blank])
            continue
        t, lat = r.get("throughput", {}), r.get("latency", {})
        late = ">= " if lat.get("missing") else ""
        rows.append(
            [
                title,
                _fmt(t.get("mentions_per_s")),
                _fmt(_ratio(t.get("mentions_per_s"), limit), 2),
                _fmt(_ratio(t.get("mentions_per_s"), quix), 2),
                _fmt(r.get("outputs", {}).get("records_per_mention"), 2),
                _fmt(t.get("cpu_us_per_mention")),
                late + _fmt(lat.get("p50_ms")),
                late + _fmt(lat.get("p95_ms")),
                late + _fmt(lat.get("p99_ms")),
                " + ".join(_fmt(x) for x in r.get("rss_mb", [])),
                _fmt(t.get("mentions")),
            ]
        )
    core = sc.get("core")
    if core and "error" not in core:
        rows.append(
            [
                "core in process, no Kafka (per CPU-s)",
                _fmt(core.get("mentions_per_cpu_s")),
                "",
                "",
                "",
                _fmt(1e6 / core["mentions_per_cpu_s"] if core.get("mentions_per_cpu_s") else None),
                "",
                "",
                "",
                "",
                _fmt(core.get("mentions")),
            ]
        )
        chain_rate = core.get("chain_mentions_per_cpu_s")
        if chain_rate:
            rows.append(
                [
                    "core through the stage handlers, no Kafka (per CPU-s)",
                    _fmt(chain_rate),
                    "",
                    "",
                    "",
                    _fmt(1e6 / chain_rate),
                    "",
                    "",
                    "",
                    "",
                    _fmt(core.get("mentions")),
                ]
            )
    return rows


def print_table(results: dict[str, Any]) -> None:
    rows = [HEADER, *table_rows(results)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEADER))]
    out = []
    for j, r in enumerate(rows):
        out.append("  ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r)))
        if j == 0:
            out.append("  ".join("-" * w for w in widths))
    print("\n".join(out))
    top = results.get("summary", {})
    print()
    print(
        f"pipeline/faust {_fmt(top.get('pipeline_vs_faust_ratio'), 2)} "
        f"(by CPU per mention {_fmt(top.get('pipeline_vs_faust_cpu_ratio'), 2)})  "
        f"faust/limit {_fmt(top.get('faust_vs_limit_ratio'), 2)}  "
        f"pipeline/quix {_fmt(top.get('pipeline_vs_quix_ratio'), 2)}  "
        f"faust/quix {_fmt(top.get('faust_vs_quix_ratio'), 2)}  "
        f"2 workers/1 {_fmt(top.get('two_worker_speedup'), 2)}  "
        f"latency at {results.get('latency_rate', LATENCY_RATE):.0f}/s, CreateTime out - in"
    )
    for t in top.get("targets", []):
        verdict = {True: "PASS", False: "FAIL", None: "n/a"}[t["pass"]]
        value = t["value"]
        print(
            f"  {verdict:4}  {t['target']}: {_fmt(value, 2 if isinstance(value, float) and value < 10 else 0)} "
            f"(goal {t['goal']})"
        )
    m = results.get("machine", {})
    print(
        f"machine: {m.get('cpu_model')}, {m.get('cores')} cores, {m.get('memory_mb')} MB; "
        f"load {m.get('loadavg_start')} -> "
        f"{m.get('loadavg_end')}; Python {m.get('python')}, faust {m.get('faust')}, aiokafka {m.get('aiokafka')}, "
        f"Kafka {m.get('kafka')}"
    )


NOTES_START = "<!-- bench:notes:start (hand-written; kept when the file is regenerated) -->"


NOTES_END = "<!-- bench:notes:end -->"


def render_markdown(results: dict[str, Any], previous: str | None) -> str:
    top = results.get("summary", {})
    m = results.get("machine", {})
    data = results.get("data", {})
    core = results.get("scenarios", {}).get("core") or {}
    lines = [
        "# Benchmarks",
        "",
        "Generated by `mentionflow bench --json PATH --markdown docs/benchmarks.md` (the memory row by",
        "`python -m mentionflow.tools.bench --memory --json PATH --markdown docs/benchmarks.md`, which merges into the",
        "same JSON). Do not edit the tables by hand; the notes section at the end is kept on regeneration.",
        "",
        f"Run: {results.get('date')} — `{results.get('command')}`{' (quick)' if results.get('quick') else ''}",
        "",
        "## Results",
        "",
        "| " + " | ".join(HEADER) + " |",
        "|" + "---|" * len(HEADER),
    ]
    for row in table_rows(results):
        lines.append("| " + " | ".join(c or " " for c in row) + " |")
    lines += [
        "",
        f"- pipeline / bare faust chain: **{_fmt(top.get('pipeline_vs_faust_ratio'), 2)}** "
        f"(by CPU per mention: {_fmt(top.get('pipeline_vs_faust_cpu_ratio'), 2)}); "
        f"bare faust chain / raw aiokafka limit: {_fmt(top.get('faust_vs_limit_ratio'), 2)}; "
        f"pipeline / quix-streams passthrough: **{_fmt(top.get('pipeline_vs_quix_ratio'), 2)}**; "
        f"bare faust chain / quix-streams: {_fmt(top.get('faust_vs_quix_ratio'), 2)}; "
        f"2 workers / 1 worker: **{_fmt(top.get('two_worker_speedup'), 2)}**",
        "- mentions/s: N mentions / (last output CreateTime - first input timestamp). CPU µs/mention: user + "
        "system CPU of the process(es) under test during the throughput phase / N (steadier than wall time on "
        "a shared machine). records out/in: records on the last topic per mention (an incident escalation "
        "re-publishes the member cases whose routing it changes).",
        f"- core: {_fmt(core.get('mentions_per_cpu_s'))} mentions per CPU-second through `Pipeline.run` "
        f"({_fmt(core.get('mentions_per_s'))}/s wall on the shared machine); " + core_chain_line(core),
        f"- Latency: {results.get('latency_rate', LATENCY_RATE):,.0f} mentions/s "
        f"offered for {results.get('sizes', {}).get('latency_s')} s; output "
        'record CreateTime - input record CreateTime, matched by mention id. ">=": some records were not out '
        "within the wait after the paced phase; they count with the time waited, so the percentiles are lower "
        "bounds.",
    ]
    lines += cores_markdown(results)
    mem = results.get("memory")
    if mem:
        cps = mem.get("checkpoints", [])
        lines += [
            "",
            "### Memory (core state, windowed)",
            "",
            "| mentions | RSS MB | seen | authors | incidents | cases | s |",
            "|---|---|---|---|---|---|---|",
        ]
        for cp in cps:
            lines.append(
                f"| {cp['mentions']:,} | {cp['rss_mb']} | {cp['seen']:,} | {cp['authors']:,} | {cp['incidents']:,} | "
                f"{cp['cases']:,} | {cp['seconds']} |"
            )
        lines += [
            "",
            f"Clock: {mem.get('clock')}. The worker's tables hold the same structures (dicts of the same "
            "values, plus faust's changelog buffers).",
        ]
    lines += ["", "## Targets", "", "| target | goal | measured | verdict |", "|---|---|---|---|"]
    for t in top.get("targets", []):
        verdict = {True: "pass", False: "**FAIL**", None: "not measured"}[t["pass"]]
        value = t["value"]
        shown = _fmt(value, 2 if isinstance(value, float) and value < 10 else 0)
        lines.append(f"| {t['target']} | {t['goal']} | {shown} | {verdict} |")
    lines += [
        "",
        "## Machine",
        "",
        f"- CPU: {m.get('cpu_model')}, {m.get('cores')} cores; memory {m.get('memory_mb')} MB; {m.get('platform')}",
        f"- Python {m.get('python')}, faust-streaming {m.get('faust')}, aiokafka {m.get('aiokafka')}, "
        f"orjson {m.get('orjson')}, Kafka {m.get('kafka')} (single local broker, same machine)",
        f"- Load average at start / end: {m.get('loadavg_start')} / {m.get('loadavg_end')} "
        "(the machine is shared: compare ratios from one run, not absolute numbers across runs)",
        f"- Settings: {results.get('settings')}",
        f"- Data: {data.get('source')} ({data.get('base_mentions')} mentions, cycled)",
        "",
        "## Method",
        "",
        "- Every scenario: fresh topics (4 partitions) under a unique prefix and app id, its own process(es); "
        "start, wait until every consumer holds its partitions, warm up, then write N mentions to the input "
        "topic at full speed (pre-built batches) and wait for N outputs on the last topic. The input is written "
        "after the consumers are ready (not before they start) so that a second worker's join cannot rebalance "
        "inside the measurement, and so the language model loads during the warm-up.",
        f"- limit: one process, one event loop, {config.CHAIN_HOPS} hops; each hop its own consumer (own group) and "
        "producer; "
        "`getmany` + `send_batch` per partition; orjson decode + encode per record; acks=all; commits every "
        "2.8 s after the sends are delivered (faust's at-least-once order).",
        "- bare faust chain: `python -m mentionflow.tools.bench --role faust-chain`: app.py's app settings "
        "(raw serializers, linger, max_poll_records, stream buffer) and agent loop shape (`take_events`, "
        "concurrency=1, `await topic.send` per output), orjson decode + encode, no core, no tables.",
        "- quix-streams passthrough (the peer; `pip install -e '.[bench]'`, skipped without it): "
        "`python -m mentionflow.tools.bench --role quix-chain`: one Application, a StreamingDataFrame per hop "
        "(`set_timestamp` to the produce time, `to_topic`), quix's JSON (orjson) serializers, raw-bytes keys, "
        "at-least-once, commits every 2.8 s, acks=all, the same linger; no state. vs limit / vs quix: each "
        "scenario's mentions/s over the raw aiokafka limit's and the quix peer's in the same run.",
        "- mentionflow: `python -m mentionflow.cli worker --stages enrich,sentiment,dedup,route` (tables in "
        f"memory with changelogs, metrics, timers; topology {results.get('topology', 'staged')}: "
        f"{'2 hops, enrich+sentiment then dedup+route' if results.get('topology') == 'fused' else 'a hop per stage'}"
        "), 1 then 2 workers in one group. Every mention yields one "
        "record on cases.routed (created or folded revision); incident escalations are extra and not counted.",
        "- Data: the airline tweets, ids made unique per record, each pass shifted in event time by the data "
        "span + 1 day so dedup folds what it would fold in the original traffic.",
        "- core: `Pipeline.run` over pre-decoded mentions on a fresh core after a warm-up; then the worker's "
        "stage modules registered on an in-process host (`tools/bench/chain.py`: the same handlers and "
        "`handle_batch`, records handed on as bytes, no Kafka).",
        "- Topics, processes and temp files of a run are removed at its end (also on errors and Ctrl-C).",
    ]
    prof_lines = profile_markdown(results)
    if prof_lines:
        lines += ["", "## Profiles (generated)", "", *prof_lines]
    notes = None
    if previous and NOTES_START in previous and NOTES_END in previous:
        notes = previous.split(NOTES_START, 1)[1].split(NOTES_END, 1)[0].strip("\n")
    lines += [
        "",
        NOTES_START,
        notes if notes is not None else "## Where the time goes\n\n(to be written)",
        NOTES_END,
        "",
    ]
    return "\n".join(lines)


def core_chain_line(core: dict[str, Any]) -> str:
    """The core row's second figure: the worker's stage handlers in process (older result files:
    the hand-written decode/encode chain they had)."""
    chain = core.get("chain") or {}
    if core.get("chain_mentions_per_cpu_s"):
        handlers = ", ".join(f"`{a['handler'].rsplit('.', 1)[-1]}`" for a in chain.get("agents", []))
        return (
            f"{_fmt(core.get('chain_mentions_per_cpu_s'))} through the worker's own stage handlers and "
            f"`handle_batch` in process ({chain.get('topology')}: {handlers}; batches of {chain.get('batch_size')}, "
            f"no Kafka), {_fmt((core.get('beyond_core_share') or 0) * 100)}% of it beyond `Pipeline.run` "
            "(codecs, metrics, changelog records, the batch path)."
        )
    return (
        f"{_fmt(core.get('with_codec_mentions_per_cpu_s'))} with the agents' decode/encode between stages "
        f"(codec share {_fmt((core.get('codec_share') or 0) * 100)}%)."
    )


def cores_markdown(results: dict[str, Any]) -> list[str]:
    """Where the machine's cores went in each scenario's throughput phase."""
    rows = []
    for name, title in config.SCENARIO_TITLES.items():
        sc = results.get("scenarios", {}).get(name) or {}
        busy = (sc.get("throughput") or {}).get("cores_busy")
        if not busy:
            continue
        workers = [v for k, v in busy.items() if k.startswith("worker")]
        rows.append(
            f"| {title} | {' + '.join(_fmt(w, 2) for w in workers)} | {_fmt(busy.get('broker'), 2)} "
            f"| {_fmt(busy.get('bench'), 2)} | {_fmt(busy.get('other'), 2)} | {_fmt(busy.get('idle'), 2)} |"
        )
    if not rows:
        return []
    return [
        "",
        "### Where the cores went (throughput phase)",
        "",
        "| scenario | process(es) under test | broker | bench (loader, collector) | rest of machine | idle |",
        "|---|---|---|---|---|---|",
        *rows,
        "",
        "Cores kept busy on average, from /proc (a worker's process is at most ~1 core: one event loop, one GIL).",
    ]


def profile_markdown(results: dict[str, Any]) -> list[str]:
    out: list[str] = []
    sc = results.get("scenarios", {})
    core_prof = (sc.get("core") or {}).get("profile")
    core = sc.get("core") or {}
    if core.get("us_per_mention"):
        out += ["Core through the stage handlers, CPU µs per mention (in process, no Kafka):", ""]
        out += ["| step | µs |", "|---|---|"]
        out += [f"| {k} | {v} |" for k, v in core["us_per_mention"].items()]
        out.append("")
    if core_prof and core_prof.get("top_self"):
        out += [
            f"Core, pyinstrument over {core_prof['mentions']} mentions; stage shares {core_prof.get('stage_share')}.",
            "",
            "| top frames by self time | share |",
            "|---|---|",
        ]
        out += [f"| `{f['frame']}` | {f['share']:.1%} |" for f in core_prof["top_self"]]
        out.append("")
    for name in ("faust_chain", "pipeline_1w"):
        prof = (sc.get(name) or {}).get("profile")
        if not prof or not prof.get("samples"):
            continue
        out += [
            f"{config.SCENARIO_TITLES[name]} under load "
            f"(py-spy, {prof['samples']} samples, busy {prof['busy_share']:.0%}):",
            "",
            "| where (share of busy samples) | share |",
            "|---|---|",
        ]
        out += [f"| {k} | {v:.1%} |" for k, v in prof["categories_of_busy"].items()]
        if prof.get("framework_parts_of_busy"):
            out += ["", "| framework, by the nearest framework frame to the leaf | share of busy |", "|---|---|"]
            out += [f"| {k} | {v:.1%} |" for k, v in prof["framework_parts_of_busy"].items()]
        out += ["", "| top frames by self time | share |", "|---|---|"]
        out += [f"| `{f['frame']}` | {f['share']:.1%} |" for f in prof["top_self"][:12]]
        handler = (sc.get(name) or {}).get("throughput", {}).get("handler_us_per_mention")
        if handler:
            out += ["", f"Time inside the stage handlers (decode + core + encode), µs per mention: {handler}"]
        out.append("")
    return out


def write_outputs(results: dict[str, Any], args: argparse.Namespace) -> None:
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_bytes(orjson.dumps(results, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS))
        say(f"wrote {args.json}")
    if args.markdown:
        path = Path(args.markdown)
        previous = path.read_text(encoding="utf-8") if path.exists() else None
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_markdown(results, previous), encoding="utf-8")
        say(f"wrote {args.markdown}")


def merge_results(paths: Sequence[str]) -> dict[str, Any]:
    """The first file is the base run; later files add what the base lacks or override it per
    scenario key (e.g. ``profile`` from a ``--profile`` run, ``memory`` from ``--memory``)."""
    merged: dict[str, Any] = {}
    for i, path in enumerate(paths):
        data = orjson.loads(Path(path).read_bytes())
        if i == 0:
            merged = data
            continue
        for name, scenario in (data.get("scenarios") or {}).items():
            base = merged.setdefault("scenarios", {}).setdefault(name, {})
            if "error" in base or not base:
                merged["scenarios"][name] = scenario
            elif "profile" in scenario:
                base["profile"] = scenario["profile"]
                base["profile"]["from"] = f"{data.get('command')} ({data.get('date')})"
        if "memory" in data:
            merged["memory"] = data["memory"]
    merged["summary"] = summarise(merged)
    merged.update({k: v for k, v in merged["summary"].items() if k != "targets"})
    return merged
