"""Case lifecycle on the real broker: first response, resolution, SLA breaches, ranter -> raver.

Scenario 1 replays the bundled sample, then plays a desk script on ``cases.events``:
responded quickly, responded late, never responded (breached by the timer, with no event
for that case), a ranter answered and then positive (a raver), a ranter positive before the
answer (not a raver). Desk times are event times, so the test runs in seconds although the
SLAs are the production ones (15 minutes for P1): the late response's time moves the SLA
clock of its partition past the due time of the cases nobody answered.

Scenario 2 runs the production clock: tiny SLAs from a rules file, no desk events but one,
and the timer breaches on the wall clock.
"""

from __future__ import annotations

import asyncio
import re
import time
from pathlib import Path
from typing import Any

import orjson
import pytest

from mentionflow import observability
from mentionflow.schema import parse_time, utc_iso
from mentionflow.settings import packaged_data

from kafkautil import consume_all, create_topics, poll, produce
from workerproc import WorkerProcess, worker_env

pytestmark = pytest.mark.integration

GRACE = 1.0
PARTITIONS = 4  # worker_env's topic_partitions
POSITIVE = {
    "skylark-air": (
        "@SkyLarkAir thank you so much, your team sorted my rebooking and refund today. "
        "Brilliant service, really impressed!"
    ),
    "nimbus-mobile": "@NimbusMobile thank you, signal is back and your support team was brilliant. Really happy now!",
    "brightbank": (
        "@BrightbankCare thank you so much, account unfrozen and salary is there. Brilliant support, really impressed!"
    ),
    "parcelo": "@ParceloEats thank you, refund arrived and the support team was lovely. Great service!",
}


async def routed_cases(bootstrap: str, prefix: str) -> list[tuple[int, dict[str, Any]]]:
    records = await consume_all(bootstrap, f"{prefix}cases.routed", expected=None, timeout=20)
    return [(r.partition, orjson.loads(r.value)) for r in records]


async def wait_routed_stable(bootstrap: str, prefix: str, at_least: int, within: float = 90) -> list[Any]:
    """All routed revisions, once their number stopped growing."""
    deadline = time.monotonic() + within
    last: list[Any] = []
    while time.monotonic() < deadline:
        current = await routed_cases(bootstrap, prefix)
        if len(current) >= at_least and len(current) == len(last):
            return current
        last = current
        await asyncio.sleep(2.0)
    return last


async def breach_alerts(bootstrap: str, prefix: str) -> list[dict[str, Any]]:
    records = await consume_all(bootstrap, f"{prefix}cases.alerts", expected=None, timeout=10)
    return [a for a in (orjson.loads(r.value) for r in records) if a["kind"] == "sla_breach"]


def desk(case_id: str, event: str, at: float) -> tuple[bytes, bytes]:
    record = {
        "schema_version": 1,
        "case_id": case_id,
        "event": event,
        "at": utc_iso(at),
        "by": "agent-7",
        "channel": "twitter",
    }
    return case_id.encode(), orjson.dumps(record)


def metric(metrics: dict[str, float], name: str, **labels: str) -> float:
    """Sum of the samples of ``name`` whose labels include ``labels``."""
    total = 0.0
    for key, value in metrics.items():
        sample, _, rest = key.partition("{")
        if sample != name:
            continue
        if all(f'{k}="{v}"' in rest for k, v in labels.items()):
            total += value
    return total


def shifted_to_now(lines: list[bytes]) -> list[bytes]:
    """The sample with its clock moved so that its first mention is posted a minute from now:
    SLA deadlines count from when the customer posted, so a two-week-old sample would be past
    every deadline on arrival, and this test scripts desk events before and after them."""
    records = [orjson.loads(line) for line in lines]
    shift = time.time() + 60 - min(parse_time(r["created_at"]) for r in records)
    for record in records:
        record["created_at"] = utc_iso(parse_time(record["created_at"]) + shift)
    return [orjson.dumps(r) for r in records]


def mention(mention_id: str, author_id: str, text: str, at: float) -> bytes:
    return orjson.dumps(
        {
            "schema_version": 1,
            "id": mention_id,
            "channel": "twitter",
            "text": text,
            "created_at": utc_iso(at),
            "author": {"id": author_id, "handle": f"h_{mention_id}", "followers": 50},
        }
    )


async def test_desk_script_on_the_replayed_sample(kafka_bootstrap: str, topic_prefix: str, tmp_path: Path) -> None:
    env = worker_env(
        kafka_bootstrap,
        topic_prefix,
        lifecycle_tick_s=0.5,
        sla_breach_grace_s=GRACE,
        metrics_emit_interval_s=1,
        event_time_max_skew_s=2 * 86400,  # the script's desk times run up to a day ahead (P4 SLAs)
    )
    worker = WorkerProcess(env, tmp_path / "worker.log").start()
    try:
        worker.wait_ready()
        lines = shifted_to_now(packaged_data("sample_mentions.jsonl").read_bytes().splitlines())
        raw_topic = f"{topic_prefix}mentions.raw"
        await create_topics(kafka_bootstrap, [raw_topic], partitions=PARTITIONS)
        await produce(kafka_bootstrap, raw_topic, lines, [orjson.loads(x)["id"].encode() for x in lines])
        revisions = await wait_routed_stable(kafka_bootstrap, topic_prefix, at_least=300)
        assert len(revisions) >= 300, worker.log_tail()

        # The case book as the desk sees it: latest revision, its partition, when it opened.
        latest: dict[str, tuple[int, dict[str, Any]]] = {}
        opened: dict[str, float] = {}
        base: dict[str, float] = {}  # the desk works on a case once it is both posted and opened
        first: dict[str, dict[str, Any]] = {}
        for partition, case in revisions:
            cid = case["case_id"]
            if cid not in latest or case["revision"] > latest[cid][1]["revision"]:
                latest[cid] = (partition, case)
            if case["revision"] == 1:
                opened[cid] = parse_time(case["updated_at"])
                base[cid] = max(opened[cid], parse_time(case["created_at"]))
                first[cid] = case
        due = {cid: parse_time(c["sla_due_at"]) for cid, (_, c) in latest.items()}
        part = {cid: p for cid, (p, _) in latest.items()}
        sla = {cid for cid, (_, c) in latest.items() if c["queue"] != "no-response" and cid in opened}
        # B (answered late) and C (never answered): the two soonest-due cases of one partition.
        by_partition: dict[int, list[str]] = {}
        for cid in sorted(sla, key=lambda c: due[c]):
            by_partition.setdefault(part[cid], []).append(cid)
        x = min((p for p in by_partition if len(by_partition[p]) >= 2), key=lambda p: due[by_partition[p][1]])
        never, late = by_partition[x][0], by_partition[x][1]
        quick = next(cid for cid in sorted(sla) if part[cid] != x)  # A

        # Ranters: authors with exactly one negative case (their queue is then unambiguous).
        negatives: dict[tuple[str, str], list[str]] = {}
        for cid, case in first.items():
            if case["sentiment"]["label"] == "negative" and case["brand"] and case["intent"] != "spam":
                negatives.setdefault((case["author"]["id"], case["brand"]), []).append(cid)
        singles = sorted(
            cids[0]
            for (author, brand), cids in negatives.items()
            if len(cids) == 1 and cids[0] not in (quick, late, never) and brand in POSITIVE
        )
        raver, not_raver = singles[0], singles[-1]
        for cid in (raver, not_raver):
            assert sum(1 for k in negatives if k[0] == first[cid]["author"]["id"]) == 1

        t_quick, t_late = base[quick] + 60, due[late] + 120
        t_raver_resp, t_raver_pos = base[raver] + 30, base[raver] + 300
        t_nr_pos, t_nr_resp = base[not_raver] + 100, base[not_raver] + 400
        script = [
            desk(quick, "assigned", base[quick] + 10),
            desk(quick, "responded", t_quick),
            desk(quick, "resolved", base[quick] + 600),
            desk(late, "responded", t_late),
            desk(raver, "responded", t_raver_resp),
            desk(not_raver, "responded", t_nr_resp),  # sent first, but made after the positive mention
        ]
        events_topic = f"{topic_prefix}cases.events"
        await produce(kafka_bootstrap, events_topic, [v for _, v in script], [k for k, _ in script])
        # One desk event on the wrong partition (a non-murmur2 producer): forwarded, not lost.
        wrong = (part[quick] + 1) % PARTITIONS
        key, value = desk(quick, "assigned", base[quick] + 20)
        await produce(kafka_bootstrap, events_topic, [value], [key], partition=wrong)
        await produce(
            kafka_bootstrap,
            raw_topic,
            [
                mention("it-raver-1", first[raver]["author"]["id"], POSITIVE[first[raver]["brand"]], t_raver_pos),
                mention(
                    "it-not-raver-1", first[not_raver]["author"]["id"], POSITIVE[first[not_raver]["brand"]], t_nr_pos
                ),
            ],
            [b"it-raver-1", b"it-not-raver-1"],
        )

        # Expected breaches: B (late response) and every unanswered SLA case whose due time
        # the SLA clock of its partition passed (the latest desk time sent there).
        clock: dict[int, float] = {}
        responded: dict[str, float] = {}
        for _key, v in script:
            ev = orjson.loads(v)
            clock[part[ev["case_id"]]] = max(clock.get(part[ev["case_id"]], 0.0), parse_time(ev["at"]))
            if ev["event"] in ("responded", "resolved"):
                responded.setdefault(ev["case_id"], parse_time(ev["at"]))
        expected = {
            cid
            for cid in sla
            if (cid in responded and responded[cid] > due[cid])
            or (cid not in responded and due[cid] + GRACE < clock.get(part[cid], 0.0))
        }
        assert late in expected and never in expected and quick not in expected

        alerts = await poll(
            lambda: breach_alerts(kafka_bootstrap, topic_prefix), lambda a: len(a) >= len(expected), within=60
        )
        await asyncio.sleep(2)  # a few more ticks: nothing else may breach
        alerts = await breach_alerts(kafka_bootstrap, topic_prefix)
        subjects = [a["subject"] for a in alerts]
        assert sorted(subjects) == sorted(expected), worker.log_tail()  # exactly one alert per case
        by_case = {a["subject"]: a for a in alerts}
        assert by_case[late]["evidence"]["detected_by"] == "late_response"
        assert by_case[late]["evidence"]["overdue_s"] == pytest.approx(120, abs=0.01)
        assert by_case[never]["evidence"]["detected_by"] == "timer"  # no event for this case at all
        assert by_case[never]["alert_id"] == f"sla_breach:{never}"
        assert by_case[never]["evidence"]["sla_due_at"] == latest[never][1]["sla_due_at"]

        # The forwarded desk event now also sits on its case's partition.
        events = await consume_all(kafka_bootstrap, events_topic, expected=None, timeout=10)
        copies = [r for r in events if r.key == key and orjson.loads(r.value)["at"] == utc_iso(base[quick] + 20)]
        assert sorted(r.partition for r in copies) == sorted([wrong, part[quick]])

        # Prometheus.
        metrics = await poll(
            lambda: asyncio.to_thread(worker.metrics),
            lambda m: metric(m, "mentionflow_ravers_total") >= 1 and metric(m, "mentionflow_responses_total") >= 4,
            within=30,
        )
        assert metric(metrics, "mentionflow_first_response_seconds_count") == 4
        responses = {quick: t_quick, late: t_late, raver: t_raver_resp, not_raver: t_nr_resp}
        expected_fr = sum(max(0.0, at - opened[cid]) for cid, at in responses.items())
        assert metric(metrics, "mentionflow_first_response_seconds_sum") == pytest.approx(expected_fr, abs=0.05)
        assert metric(metrics, "mentionflow_responses_total") == 4
        assert metric(metrics, "mentionflow_resolution_seconds_count") == 1
        assert metric(metrics, "mentionflow_resolution_seconds_sum") == pytest.approx(
            base[quick] + 600 - opened[quick], abs=0.01
        )
        assert metric(metrics, "mentionflow_sla_breaches_total") == len(expected)
        never_case = latest[never][1]
        assert (
            metric(
                metrics, "mentionflow_sla_breaches_total", queue=never_case["queue"], priority=never_case["priority"]
            )
            >= 1
        )
        assert metric(metrics, "mentionflow_alerts_total", kind="sla_breach") == len(expected)
        assert metric(metrics, "mentionflow_ranters_total") == len(negatives)
        brand, queue = first[raver]["brand"], first[raver]["queue"]
        assert metric(metrics, "mentionflow_ravers_total") == 1
        assert metric(metrics, "mentionflow_ravers_total", brand=brand, queue=queue) == 1
        value = first[raver]["author"]["customer_lifetime_value"] or 250.0
        assert metric(metrics, "mentionflow_raver_customer_value_total", brand=brand) == pytest.approx(value)

        # The care lead's counters: per brand and the team of each case's first revision.
        care_cases = {cid for cid, c in first.items() if c["brand"] and c["queue"] != "no-response"}
        answered = {cid: at for cid, at in responses.items() if cid in sla and latest[cid][1]["brand"]}
        unanswered = {cid for cid in expected if cid not in responded and latest[cid][1]["brand"]}
        # (+2: the two positive mentions above may open cases of their own)
        assert len(care_cases) <= metric(metrics, "mentionflow_care_cases_total") <= len(care_cases) + 2
        assert metric(metrics, "mentionflow_care_first_responses_total") == len(answered)
        late_answers = sum(1 for cid, at in answered.items() if at > due[cid])
        assert late_answers >= 1
        assert metric(metrics, "mentionflow_care_first_responses_total", within_sla="false") == late_answers
        assert metric(metrics, "mentionflow_care_unanswered_breaches_total") == len(unanswered)
        quick_team = first[quick]["team"]
        assert metric(metrics, "mentionflow_care_resolved_total", brand=first[quick]["brand"], team=quick_team) == 1
        assert metric(metrics, "mentionflow_care_resolved_total", deflected="true") == 0  # an agent was assigned
        # ... and on metrics.rolling: brand snapshots carry the care report and the pain points.
        snapshots = await poll(
            lambda: consume_all(kafka_bootstrap, f"{topic_prefix}metrics.rolling", expected=None, timeout=10),
            lambda records: any(b'"care":{' in r.value for r in records),
            within=30,
        )
        brand_snaps = [s for s in (orjson.loads(r.value) for r in snapshots) if s["dimension"] == "brand"]
        cared = [s for s in brand_snaps if s.get("care")]
        assert cared, worker.log_tail()
        assert all(s["care"]["cases"] == sum(t["cases"] for t in s["care"]["by_team"].values()) for s in cared)
        assert any(s.get("pain_points") and s["pain_points"]["by_volume"] for s in brand_snaps)

        # Every metric family is exposed, and the ones this traffic feeds are non-zero.
        status, body = worker.get("/metrics")
        assert status == 200
        exposed = {line.split()[2] for line in body.decode().splitlines() if line.startswith("# TYPE ")}
        for name in observability.METRIC_NAMES:
            assert name in exposed or name.removesuffix("_total") in exposed, f"{name} missing from /metrics"
        fed = [
            "mentionflow_events_in_total",
            "mentionflow_events_out_total",
            "mentionflow_stage_duration_seconds_count",
            "mentionflow_pipeline_latency_seconds_count",
            "mentionflow_event_age_seconds_count",
            "mentionflow_dedup_hits_total",
            "mentionflow_cases_total",
            "mentionflow_mentions_total",
            "mentionflow_sla_breaches_total",
            "mentionflow_alerts_total",
            "mentionflow_first_response_seconds_count",
            "mentionflow_resolution_seconds_count",
            "mentionflow_responses_total",
            "mentionflow_ranters_total",
            "mentionflow_ravers_total",
            "mentionflow_raver_customer_value_total",
            "mentionflow_care_cases_total",
            "mentionflow_care_first_responses_total",
            "mentionflow_care_unanswered_breaches_total",
            "mentionflow_care_resolved_total",
            "mentionflow_build_info",
        ]
        for name in fed:
            assert metric(metrics, name) > 0, name
        assert any(k.startswith("mentionflow_sentiment_mean{") for k in metrics)
        assert any(k.startswith("mentionflow_negative_share_ratio{") for k in metrics)

        # Restart: breach flags come back from the changelog. A desk event that moves the
        # clock of partition X to where it was breaches nothing again.
        worker.stop()
        worker = WorkerProcess(env, tmp_path / "worker2.log").start()
        worker.wait_ready()
        key, value = desk(never, "assigned", t_late)
        await produce(kafka_bootstrap, events_topic, [value], [key])
        await asyncio.sleep(5)
        again = await breach_alerts(kafka_bootstrap, topic_prefix)
        assert sorted(a["subject"] for a in again) == sorted(expected), worker.log_tail()
    finally:
        worker.stop()


def tiny_sla_rules(tmp_path: Path) -> Path:
    text = packaged_data("rules.yaml").read_text(encoding="utf-8")
    text, n = re.subn(r"(?m)^sla:.*\n(  P\d: .*\n)+", "sla:\n  P1: 3\n  P2: 4\n  P3: 5\n  P4: 6\n", text)
    assert n == 1
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return path


async def test_timer_breaches_on_the_wall_clock(kafka_bootstrap: str, topic_prefix: str, tmp_path: Path) -> None:
    """Production clock: no desk events, the caught-up worker breaches when sla_due_at passes."""
    env = worker_env(
        kafka_bootstrap,
        topic_prefix,
        rules_file=tiny_sla_rules(tmp_path),
        lifecycle_tick_s=0.5,
        sla_breach_grace_s=4,
        lifecycle_scan_chunk=1,  # the timer yields to the agents after every case it checks
        stages="enrich,sentiment,dedup,route,lifecycle",
    )
    worker = WorkerProcess(env, tmp_path / "worker.log").start()
    try:
        worker.wait_ready()
        now = time.time()
        texts = [
            ("wc-1", "@SkyLarkAir you cancelled my flight and I've been on hold for 3 hours. Stranded at the gate!"),
            ("wc-2", "@ParceloEats my order arrived cold and half of it missing, second time this week"),
            ("wc-3", "@BrightbankCare my card was declined everywhere today even though I have money in the account"),
            ("wc-4", "@NimbusMobile I was charged twice for my bill this month, please fix it"),
        ]
        raw_topic = f"{topic_prefix}mentions.raw"
        await create_topics(kafka_bootstrap, [raw_topic], partitions=PARTITIONS)
        values = [mention(mid, f"a-{mid}", text, now) for mid, text in texts]
        await produce(kafka_bootstrap, raw_topic, values, [mid.encode() for mid, _ in texts])
        cases = await poll(lambda: routed_cases(kafka_bootstrap, topic_prefix), lambda c: len(c) >= 4, within=60)
        firsts = {c["case_id"]: c for _, c in cases if c["revision"] == 1}
        assert len(firsts) == 4, worker.log_tail()
        answered = next(iter(firsts))
        key, value = desk(answered, "responded", parse_time(firsts[answered]["updated_at"]) + 0.5)
        await produce(kafka_bootstrap, f"{topic_prefix}cases.events", [value], [key])
        sla_cases = {cid for cid, c in firsts.items() if c["queue"] != "no-response"}
        expected = sla_cases - {answered}
        assert expected
        alerts = await poll(
            lambda: breach_alerts(kafka_bootstrap, topic_prefix), lambda a: len(a) >= len(expected), within=60
        )
        assert sorted(a["subject"] for a in alerts) == sorted(expected), worker.log_tail()
        assert {a["evidence"]["detected_by"] for a in alerts} == {"timer"}
        for alert in alerts:  # detected on the wall clock, after due + grace
            assert parse_time(alert["evidence"]["detected_at"]) >= parse_time(alert["evidence"]["sla_due_at"]) + 4
    finally:
        worker.stop()
