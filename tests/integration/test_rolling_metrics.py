"""Rolling metrics and spike alerts on the real broker: the bundled sample replayed through a worker.

The replay covers two hours of event time in a few seconds, and the pipeline's partitions
reorder it by up to that much, so the worker runs with an allowed lateness longer than the
sample; windows then close when the replay has gone through (metrics_idle_flush_s), all of
them complete. The published windows are compared with the pure core run over the same file.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
import yaml

from mentionflow.core.lifecycle import case_view
from mentionflow.core.metrics import NOT_A_MENTION, MentionTimes, pane_start, remember_unique, revision_time
from mentionflow.schema import encode, parse_time
from mentionflow.settings import load_settings, packaged_data

from kafkautil import consume_all, create_topics, poll, produce
from workerproc import WorkerProcess, worker_env

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = packaged_data("sample_mentions.jsonl")
EXPECTATIONS = yaml.safe_load((ROOT / "tests/data/sample_expectations.yaml").read_text(encoding="utf-8"))
INCIDENT = EXPECTATIONS["incident"]
OUTAGE_IDS = set(INCIDENT["ids"]) | set(INCIDENT.get("related_reposts") or [])
CUTOFF = parse_time("2026-11-20T10:40:00Z")  # windows up to here close as soon as the replay is through

ENV = {
    "metrics_emit_interval_s": 0.5,
    "metrics_allowed_lateness_s": 3 * 3600,  # longer than the sample: a replay is reordered by that much
    "metrics_idle_flush_s": 2,
    "lifecycle_tick_s": 0.5,
}


def sample_lines(skip: set[str] = frozenset()) -> list[bytes]:  # type: ignore[assignment]
    return [line for line in SAMPLE.read_bytes().splitlines() if orjson.loads(line)["id"] not in skip]


def expected_brand_minutes(lines: list[bytes]) -> Counter[tuple[str, int]]:
    """Mentions per (brand, minute) from the pure pipeline over the same lines."""
    from mentionflow.core.pipeline import Pipeline
    from mentionflow.schema import raw_mention_from_dict

    core = Pipeline.from_settings(load_settings())
    times = MentionTimes()
    now = time.time()
    counts: Counter[tuple[str, int]] = Counter()
    for line in lines:
        unique, case = core.run(raw_mention_from_dict(orjson.loads(line)), now)
        remember_unique(times, encode(unique))
        if case is None or case.update in NOT_A_MENTION:
            continue
        view = case_view(orjson.loads(encode(case)))
        counts[(view.brand or "unknown", pane_start(revision_time(view, times)))] += 1
    return counts


@pytest.fixture
def worker(kafka_bootstrap: str, topic_prefix: str, tmp_path: Path) -> Iterator[WorkerProcess]:
    proc = WorkerProcess(worker_env(kafka_bootstrap, topic_prefix, **ENV), tmp_path / "worker.log").start()
    try:
        proc.wait_ready()
        yield proc
    finally:
        proc.stop()


async def replay(bootstrap: str, prefix: str, lines: list[bytes]) -> None:
    topic = f"{prefix}mentions.raw"
    await create_topics(bootstrap, [topic], partitions=4)
    await produce(bootstrap, topic, lines, [orjson.loads(line)["id"].encode() for line in lines])


async def snapshots(bootstrap: str, prefix: str) -> list[dict[str, Any]]:
    records = await consume_all(bootstrap, f"{prefix}metrics.rolling", expected=None, timeout=20)
    return [orjson.loads(r.value) for r in records]


def closed_brand_minutes(snaps: list[dict[str, Any]]) -> dict[tuple[str, int], dict[str, Any]]:
    return {
        (s["value"], int(parse_time(s["window_start"]))): s
        for s in snaps
        if s["window"] == "1m" and s["dimension"] == "brand" and parse_time(s["window_end"]) <= CUTOFF
    }


async def alerts(bootstrap: str, prefix: str) -> list[dict[str, Any]]:
    records = await consume_all(bootstrap, f"{prefix}cases.alerts", expected=None, timeout=10)
    return [orjson.loads(r.value) for r in records]


async def test_outage_replay_publishes_windows_and_raises_one_spike(
    kafka_bootstrap: str, topic_prefix: str, worker: WorkerProcess
) -> None:
    lines = sample_lines()
    expected = {k: v for k, v in expected_brand_minutes(lines).items() if k[1] + 60 <= CUTOFF}
    started = time.monotonic()
    await replay(kafka_bootstrap, topic_prefix, lines)

    snaps = await poll(
        lambda: snapshots(kafka_bootstrap, topic_prefix),
        lambda s: len(closed_brand_minutes(s)) >= len(expected),
        within=120,
    )
    minutes = closed_brand_minutes(snaps)
    assert {k: s["volume"] for k, s in minutes.items()} == expected, worker.log_tail()
    elapsed = time.monotonic() - started

    # Every record is a MetricsSnapshot v1, for every window size and dimension.
    schema_path = ROOT / "src/mentionflow/schemas/metrics.rolling.v1.json"
    if schema_path.exists():
        jsonschema = pytest.importorskip("jsonschema")
        validator = jsonschema.Draft202012Validator(orjson.loads(schema_path.read_bytes()))
        for snap in snaps:
            validator.validate(snap)
    assert {s["window"] for s in snaps} == {"1m", "15m", "1h"}
    assert {s["dimension"] for s in snaps} == {"brand", "channel", "queue", "language", "category"}
    for snap in snaps:
        assert snap["volume"] > 0
        assert sum(snap["cases_by_priority"].values()) >= 1
        assert snap["dedup_ratio"] >= 1.0
    # The outage's 15 minutes show in the brand's 15-minute window: volume, negatives, incidents.
    nimbus_15m = [s for s in snaps if s["window"] == "15m" and s["value"] == INCIDENT["brand"]]
    peak = max(nimbus_15m, key=lambda s: s["volume"])
    assert "2026-11-20T09:50" <= peak["window_end"] <= "2026-11-20T10:05"
    assert peak["negative_share"] > 0.5 and peak["complaints_major"] + peak["complaints_minor"] > 10
    assert peak["open_incidents"] >= 1 and peak["cases_by_priority"]

    # One volume spike, for the outage's brand, within two windows of onset; nothing else.
    found = await poll(lambda: alerts(kafka_bootstrap, topic_prefix), lambda a: len(a) >= 1, within=30)
    spikes = [a for a in found if a["kind"] in ("volume_spike", "negative_spike")]
    assert len(spikes) == 1, spikes
    spike = spikes[0]
    assert spike["kind"] == "volume_spike" and spike["brand"] == INCIDENT["brand"]
    onset = parse_time(INCIDENT["onset"])
    assert pane_start(onset) <= parse_time(spike["evidence"]["window"]["start"]) <= pane_start(onset) + 60
    ev = spike["evidence"]
    assert ev["observed"] > ev["expected"] and ev["z"] >= 4 and "top_incident" in ev
    assert spike["schema_version"] == 1 and spike["alert_id"].startswith("volume_spike:")

    # Prometheus: gauges from the last closed minute of each brand, the alert counter.
    metrics = worker.metrics()
    brands = {b for b, _ in expected}
    for brand in brands - {"unknown"}:
        assert f'mentionflow_sentiment_mean{{brand="{brand}"}}' in metrics
        assert f'mentionflow_negative_share_ratio{{brand="{brand}"}}' in metrics
    # One series per brand: two brands' crises are two alerts (the crisis rule sums by brand).
    brand = INCIDENT["brand"]
    assert metrics[f'mentionflow_alerts_total{{brand="{brand}",kind="volume_spike"}}'] == 1
    assert sum(v for k, v in metrics.items() if k.startswith("mentionflow_alerts_total{") and "volume_spike" in k) == 1
    assert metrics['mentionflow_events_in_total{stage="metrics"}'] >= sum(expected.values())  # case revisions
    assert sum(v for k, v in metrics.items() if k.startswith("mentionflow_metrics_late_events_total")) == 0
    print(f"outage replay: {len(snaps)} snapshots, windows complete after {elapsed:.1f}s")


async def test_normal_traffic_replay_is_quiet(kafka_bootstrap: str, topic_prefix: str, worker: WorkerProcess) -> None:
    lines = sample_lines(OUTAGE_IDS)
    expected = {k: v for k, v in expected_brand_minutes(lines).items() if k[1] + 60 <= CUTOFF}
    await replay(kafka_bootstrap, topic_prefix, lines)
    snaps = await poll(
        lambda: snapshots(kafka_bootstrap, topic_prefix),
        lambda s: len(closed_brand_minutes(s)) >= len(expected),
        within=120,
    )
    assert {k: s["volume"] for k, s in closed_brand_minutes(snaps).items()} == expected, worker.log_tail()
    await asyncio.sleep(2)  # a tick or two after the last window
    assert [a for a in await alerts(kafka_bootstrap, topic_prefix) if a["kind"] != "sla_breach"] == []
    spikes = {
        k: v for k, v in worker.metrics().items() if k.startswith("mentionflow_alerts_total{") and "volume_spike" in k
    }
    assert spikes and sum(spikes.values()) == 0
