"""kill -9 of a worker that runs every stage, the case-stream stages (metrics, lifecycle) included.

The bundled sample (333 mentions, an outage among them) is fed at 25 records/s; when a third of
its mentions are in cases the worker is killed (SIGKILL) and a new one started (session timeout
10 s). The rules give every priority a tiny SLA, so every case a desk must answer breaches on the
lifecycle timer. Afterwards:

- rolling metrics: every closed one-minute brand window published on ``metrics.rolling`` (each
  copy, not only the last) has the volume the pure core computes over the same mentions: a
  revision counted twice, or not at all, across the kill shows as another volume;
- SLA breach alerts: one alert id per case that must breach (``sla_breach:<case_id>``), none
  missing, none for another case; a copy of one alert (re-delivery) is counted and must be the
  same alert;
- cases and dead letters: the harness's accounting, as for every row.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import orjson
from test_lifecycle import breach_alerts, tiny_sla_rules
from test_rolling_metrics import CUTOFF, ENV, closed_brand_minutes, expected_brand_minutes, sample_lines, snapshots

from mentionflow.schema import parse_time
from purecore import mentions_in_cases

from harness import Collector, Dataset, Feeder, Item, account, observed, read_complete, record_row
from workerproc import WorkerProcess, worker_env


async def test_kill9_with_metrics_and_lifecycle(kafka_bootstrap: str, topic_prefix: str, tmp_path: Path) -> None:
    lines = sample_lines()
    expected_windows = {k: v for k, v in expected_brand_minutes(lines).items() if k[1] + 60 <= CUTOFF}
    in_cases = mentions_in_cases(lines)
    fed = Dataset([Item(line, orjson.loads(line)["id"].encode(), "sample") for line in lines])
    # Accounted: the mentions the pure core puts in a case (the brand's own posts and noise are in none).
    ds = Dataset(
        [Item(i.payload, i.key, "valid:sample", i.key.decode()) for i in fed.items if i.key.decode() in in_cases]
    )
    env = worker_env(
        kafka_bootstrap,
        topic_prefix,
        rules_file=tiny_sla_rules(tmp_path),
        lifecycle_tick_s=0.5,
        sla_breach_grace_s=2,
        **{k: v for k, v in ENV.items() if k != "lifecycle_tick_s"},
    )
    env["FAUST_BROKER_SESSION_TIMEOUT"] = "10"

    class Pool:  # what harness.observed needs of a pool
        procs: list[WorkerProcess] = []

        def logs(self) -> str:
            return "\n".join(f"--- {p.log_path.name}\n{p.log_tail(25)}" for p in self.procs)

        def close(self) -> None:
            for proc in self.procs:
                proc.stop(timeout=10)

    pool = Pool()
    first = WorkerProcess(env, tmp_path / "worker-1.log").start()
    pool.procs.append(first)
    await asyncio.to_thread(first.wait_ready)
    collector = await Collector(kafka_bootstrap, topic_prefix).start()
    async with observed(pool, collector, close=True):  # type: ignore[arg-type]
        feeder = Feeder(kafka_bootstrap, topic_prefix, fed, rate=25).start()
        third = len(ds.valid_ids) // 3
        await collector.wait_until(lambda: collector.covered_count(ds) >= third, 90, "a third of the cases")
        killed_at = time.time()
        first.kill()
        second = WorkerProcess(env, tmp_path / "worker-2.log").start()
        pool.procs.append(second)
        await feeder.wait()
        await collector.wait_covered(ds, timeout=180)
        deadline = time.monotonic() + 120
        while True:
            snaps = await snapshots(kafka_bootstrap, topic_prefix)
            windows = closed_brand_minutes(snaps)
            if len(windows) >= len(expected_windows) or time.monotonic() > deadline:
                break
            await asyncio.sleep(1)
        cases, dead = await read_complete(kafka_bootstrap, topic_prefix)
        final: dict[str, dict] = {}
        for case in cases:
            if case["case_id"] not in final or case["revision"] > final[case["case_id"]]["revision"]:
                final[case["case_id"]] = case
        must_breach = {cid for cid, c in final.items() if c["queue"] != "no-response"}
        deadline = time.monotonic() + 60
        while True:
            alerts = await breach_alerts(kafka_bootstrap, topic_prefix)
            if {a["subject"] for a in alerts} >= must_breach or time.monotonic() > deadline:
                break
            await asyncio.sleep(1)
    recovery = collector.first_case_after(killed_at)
    acc = account(ds, cases, dead, raw_topic=f"{topic_prefix}mentions.raw")

    # Rolling metrics: each copy of each closed brand-minute window, against the pure core.
    wrong = []
    copies = 0
    for snap in snaps:
        if snap["window"] != "1m" or snap["dimension"] != "brand" or parse_time(snap["window_end"]) > CUTOFF:
            continue
        key = (snap["value"], int(parse_time(snap["window_start"])))
        copies += 1
        if snap["volume"] != expected_windows.get(key, 0):
            wrong.append(f"{key}: volume {snap['volume']}, expected {expected_windows.get(key, 0)}")
    missing_windows = sorted(set(expected_windows) - set(windows))
    # Breach alerts: one id per case that must breach, copies identical.
    by_id: dict[str, list[dict]] = {}
    for alert in alerts:
        by_id.setdefault(alert["alert_id"], []).append(alert)
    subjects = {a["subject"] for a in alerts}
    lost_alerts = sorted(must_breach - subjects)
    extra_alerts = sorted(subjects - must_breach)
    alert_copies = sum(len(v) - 1 for v in by_id.values())
    differing = [k for k, v in by_id.items() if any(_alert_body(a) != _alert_body(v[0]) for a in v)]
    record_row(
        "kill -9 of a worker running every stage (metrics, lifecycle), restart (session timeout 10 s)",
        acc,
        f"{recovery if recovery is not None else float('nan'):.1f}s kill→first case",
        f"rolling metrics: {len(windows)} closed brand-minute windows ({copies} copies), {len(wrong)} with another "
        f"volume than the pure core's, {len(missing_windows)} missing; SLA breach alerts: {len(by_id)} alert ids for "
        f"{len(must_breach)} cases that must breach, {len(lost_alerts)} lost, {len(extra_alerts)} unexpected, "
        f"{alert_copies} re-published copies ({len(differing)} differing)",
    )
    acc.assert_ok()
    assert not wrong, wrong[:10]
    assert not missing_windows, missing_windows[:10]
    assert not lost_alerts and not extra_alerts, (lost_alerts[:10], extra_alerts[:10])
    assert not differing, differing[:5]


# When it was detected: `at` (raised), `evidence.detected_at` and `overdue_s` (detected_at - due).
# A restarted timer detects the same breach again at its own clock, so a copy made after a crash
# carries later stamps (consumers deduplicate on alert_id); everything else must be the same.
_DETECTION_STAMPS = ("detected_at", "overdue_s")


def _alert_body(alert: dict) -> dict:
    """An alert without the stamps of when it was detected (a copy made again after a crash),
    once its overdue_s is checked to be what its detected_at says."""
    evidence = alert.get("evidence") or {}
    if "detected_at" in evidence:
        overdue = parse_time(evidence["detected_at"]) - parse_time(evidence["sla_due_at"])
        assert abs(max(0.0, overdue) - evidence["overdue_s"]) < 0.002, alert
    return {
        **{k: v for k, v in alert.items() if k not in ("evidence", "at")},
        "evidence": {k: v for k, v in evidence.items() if k not in _DETECTION_STAMPS},
    }
