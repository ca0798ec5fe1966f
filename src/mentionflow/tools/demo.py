"""``mentionflow demo``: the whole path on one machine, then a summary, then a clean exit.

Starts the local broker (if needed), a worker on fresh demo topics, loads the customer
directory, replays the bundled sample stream, reads back the routed cases, prints what a
care lead would look at first, and shuts everything down it started.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
import urllib.request
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import orjson

from mentionflow import procs
from mentionflow.settings import load_settings, packaged_data
from mentionflow.tools import kafka_local


async def _load_customers(topic: str) -> int:
    from aiokafka import AIOKafkaProducer

    from mentionflow.kafka_client import client_kwargs

    producer = AIOKafkaProducer(**client_kwargs(load_settings()))
    await producer.start()
    count = 0
    try:
        for line in packaged_data("customers.jsonl").read_bytes().splitlines():
            if line.strip():
                record = orjson.loads(line)
                await producer.send(topic, line, key=str(record["author_id"]).encode())
                count += 1
        await producer.flush()
    finally:
        await producer.stop()
    return count


async def _collect(topic: str, quiet_s: float, limit_s: float) -> list[dict[str, Any]]:
    """Read a topic until nothing new arrived for ``quiet_s`` seconds."""
    from aiokafka import AIOKafkaConsumer, TopicPartition

    from mentionflow.kafka_client import client_kwargs
    from mentionflow.topic_io import topic_partitions

    consumer = AIOKafkaConsumer(**client_kwargs(load_settings()), enable_auto_commit=False)
    await consumer.start()
    records: list[dict[str, Any]] = []
    try:
        partitions = await topic_partitions(consumer, topic, time.monotonic() + 10) or set()
        tps = [TopicPartition(topic, p) for p in partitions]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        deadline = time.monotonic() + limit_s
        last_new = time.monotonic()
        while time.monotonic() < deadline and time.monotonic() - last_new < quiet_s:
            batch = await consumer.getmany(timeout_ms=300)
            for recs in batch.values():
                for rec in recs:
                    records.append(orjson.loads(rec.value))
                    last_new = time.monotonic()
    finally:
        await consumer.stop()
    return records


async def _delete_topics(names: list[str]) -> None:
    from aiokafka.admin import AIOKafkaAdminClient

    from mentionflow.kafka_client import client_kwargs

    admin = AIOKafkaAdminClient(**client_kwargs(load_settings()))
    await admin.start()
    try:
        await admin.delete_topics(names)
    except Exception as exc:
        print(f"(could not delete demo topics: {exc})", file=sys.stderr)
    finally:
        await admin.close()


def _metric(text: str, name: str) -> float:
    total = 0.0
    for line in text.splitlines():
        if line.startswith(name) and not line.startswith("#"):
            total += float(line.rsplit(" ", 1)[1])
    return total


def summarise(cases: list[dict[str, Any]], mentions_sent: int, letters: int) -> str:
    latest: dict[str, dict[str, Any]] = {}
    for case in cases:
        if case["revision"] >= latest.get(case["case_id"], {}).get("revision", 0):
            latest[case["case_id"]] = case
    final = list(latest.values())
    grid = Counter((c["queue"], c["priority"]) for c in final)
    queues = sorted({q for q, _ in grid})
    lines = [
        f"{mentions_sent} mentions in -> {len(final)} cases ({len(cases)} case revisions), {letters} dead letters",
        "",
        f"{'queue':<18}" + "".join(f"{p:>6}" for p in ("P1", "P2", "P3", "P4")) + f"{'total':>8}",
    ]
    for queue in queues:
        row = [grid[(queue, p)] for p in ("P1", "P2", "P3", "P4")]
        lines.append(f"{queue:<18}" + "".join(f"{n:>6}" for n in row) + f"{sum(row):>8}")
    incidents = Counter(c["incident_id"] for c in final if c.get("incident_id"))
    if incidents:
        top, size = incidents.most_common(1)[0]
        lines += ["", f"incidents: {len(incidents)}; largest {top} with {size} cases"]
    amplified = sorted(final, key=lambda c: c["amplification_count"], reverse=True)[:1]
    if amplified and amplified[0]["amplification_count"]:
        c = amplified[0]
        lines.append(f"most amplified: {c['case_id']} x{c['amplification_count']} reposts: {c['text'][:70]!r}")
    lines += ["", "first in line (highest score):"]
    for c in sorted(final, key=lambda c: (c["priority"], -c["score"]))[:8]:
        text = c["text"].replace("\n", " ")[:64]
        action = c["recommended_action"]["code"]
        lines.append(f"  {c['priority']} {c['score']:5.1f} {c['queue']:<16} {action:<24} {text}")
    return "\n".join(lines)


def care_lead_summary(cases: list[dict[str, Any]], metrics_text: str = "", now: float | None = None) -> str:
    """The care lead's report over the routed cases, by the same code as the worker: the case
    ledger's care outcomes (the SLA timer run at ``now``) counted on the brand series, the
    pain points of the whole run, and the ranter -> raver totals from the exposition."""
    from mentionflow.core.lifecycle import CaseLedger, case_view
    from mentionflow.core.metrics import RollingMetrics, care_report, care_series, metric_event, series_of
    from mentionflow.core.spikes import SpikeDetector

    ledger = CaseLedger({})
    rm = RollingMetrics({}, {}, {}, SpikeDetector())
    care: list[dict[str, Any]] = []
    for case in sorted(cases, key=lambda c: (c["case_id"], c["revision"])):
        view = case_view(case)
        care += ledger.on_case(view, 0.0).care
        event = metric_event(view, view.mention_at or view.created_at)
        for key in series_of(event):
            rm.add(key, event)
    clock = time.time() if now is None else now
    for case_id in list(ledger.cases):
        breach = ledger.check(case_id, clock)
        record = breach.care() if breach is not None else None
        if record is not None:
            care.append(record)
    for record in care:
        for key in care_series(record):
            rm.add(key, record)
    lines = [
        "care lead (responses: the brands' own replies; no desk is connected to the demo):",
        f"  {'brand':<15}{'team':<19}{'cases':>6}{'resp':>7}{'in SLA':>8}{'deflect':>8}{'repeat':>8}",
    ]
    pains: list[str] = []
    for key in sorted(k for k in rm.aggregator.series if k.startswith("brand|") and k != "brand|unknown"):
        brand = key.split("|", 1)[1]
        report = care_report(rm.aggregator.series[key].get("care") or {})
        for team, r in report["by_team"].items():
            lines.append(
                f"  {brand:<15}{team:<19}{r['cases']:>6}{r['response_rate']:>7.0%}{r['sla_attainment']:>8.0%}"
                f"{r['deflection_rate']:>8.0%}{r['repeat_contact_rate']:>8.0%}"
            )
        top = rm.aggregator.stats(key, 0, 2**62).pain_points(3)
        if top["by_volume"]:
            by_volume = ", ".join(f"{p['name']} {p['cases']}" for p in top["by_volume"])
            by_value = ", ".join(f"{p['name']} {p['value_at_risk']:.0f}" for p in top["by_value"])
            pains.append(f"  {brand:<15}by cases: {by_volume}; by value at risk: {by_value}")
    lines += ["top pain points:", *pains]
    ranters = _metric(metrics_text, "mentionflow_ranters_total")
    ravers = _metric(metrics_text, "mentionflow_ravers_total")
    value = _metric(metrics_text, "mentionflow_raver_customer_value_total")
    lines.append(
        f"ranter -> raver: {ranters:.0f} ranters, {ravers:.0f} ravers, ROI {value:.0f} (ravers' customer value)"
    )
    return "\n".join(lines)


def run_demo(keep_kafka: bool = False) -> int:
    settings = load_settings()
    home = kafka_local.default_home()
    was_running = kafka_local.status(settings.kafka, home)["running"]
    if not was_running:
        kafka_local.start(settings.kafka, home)
    prefix = f"demo-{uuid.uuid4().hex[:6]}."
    os.environ["MENTIONFLOW_TOPIC_PREFIX"] = prefix
    demo_settings = load_settings()
    env = dict(os.environ, MENTIONFLOW_APP_ID=f"mentionflow-{prefix.strip('.')}", MENTIONFLOW_LOG_LEVEL="WARNING")
    log_path = Path(demo_settings.data_dir) / "demo-worker.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    from mentionflow.kafka_client import create_topics
    from mentionflow.topic_io import replay

    port = procs.port_or_next_free(settings.web_host, settings.web_port)
    url = f"http://{settings.web_host}:{port}"
    asyncio.run(create_topics(demo_settings))
    print(f"demo: topics {prefix}*, worker log {log_path}", flush=True)
    worker = procs.spawn(procs.worker_args("--web-port", str(port)), env, log_path, append=False)
    try:
        procs.wait_ready(url, worker, timeout=120.0, log_path=log_path)
        customers = asyncio.run(_load_customers(demo_settings.topics.customers))
        print(f"demo: worker ready at {url}; loaded {customers} customer records", flush=True)
        sample = packaged_data("sample_mentions.jsonl")
        sent = asyncio.run(replay(sample, "jsonl", None, None, progress=True))
        cases = asyncio.run(_collect(demo_settings.topics.routed, quiet_s=6.0, limit_s=120.0))
        letters = asyncio.run(_collect(demo_settings.topics.deadletter, quiet_s=0.5, limit_s=10.0))
        print()
        print(summarise(cases, sent, len(letters)))
        with urllib.request.urlopen(url + "/metrics", timeout=5) as resp:
            metrics = resp.read().decode()
        p_count = _metric(metrics, "mentionflow_pipeline_latency_seconds_count")
        p_sum = _metric(metrics, "mentionflow_pipeline_latency_seconds_sum")
        print()
        stage_counts = ", ".join(
            "{}={:.0f}".format(s, _metric(metrics, 'mentionflow_events_in_total{stage="' + s + '"}'))
            for s in ("enrich", "sentiment", "dedup", "route")
        )
        print(
            f"metrics: events in {stage_counts}; dedup hits {_metric(metrics, 'mentionflow_dedup_hits_total'):.0f}; "
            f"mean pipeline latency {1000 * p_sum / max(p_count, 1):.0f} ms; full exposition at {url}/metrics"
        )
        print()
        print(care_lead_summary(cases, metrics))
    finally:
        procs.stop(worker, timeout=30.0)
        asyncio.run(_delete_topics(demo_settings.topics.all()))
        if not was_running and not keep_kafka:
            kafka_local.stop(home)
    print("demo: done, everything it started is stopped.")
    return 0
