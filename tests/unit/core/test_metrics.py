"""Rolling metrics core: window assignment, aggregates, watermark closing, lateness, idempotence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from mentionflow.core.lifecycle import case_view
from mentionflow.core.metrics import (
    MentionTimes,
    RollingMetrics,
    WindowAggregator,
    conversion_event,
    conversion_series,
    metric_event,
    remember_unique,
    revision_time,
    series_of,
)
from mentionflow.core.spikes import SpikeDetector
from mentionflow.schema import encode, parse_time, utc_iso

T0 = parse_time("2026-11-20T09:00:00Z")


def case(case_id: str = "c1", revision: int = 1, at: float = T0 + 10, **extra: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "schema_version": 1,
        "case_id": case_id,
        "revision": revision,
        "update": "created" if revision == 1 else "repost_attached",
        "mention_ids": [f"m-{case_id}-{i}" for i in range(1, revision + 1)],
        "brand": "nimbus-mobile",
        "author": {"id": f"a-{case_id}", "handle": "h", "customer_lifetime_value": 0.0},
        "channel": "twitter",
        "language": "en",
        "sentiment": {"score": -0.5, "label": "negative"},
        "intent": "complaint",
        "severity": "major",
        "category": "outage",
        "priority": "P2",
        "queue": "care-escalations",
        "sla_due_at": utc_iso(at + 3600),
        "incident_id": None,
        "created_at": utc_iso(at),
        "updated_at": utc_iso(at + 1),
    }
    record.update(extra)
    return record


def event(c: dict[str, Any], ts: float | None = None) -> dict[str, Any]:
    view = case_view(c)
    return metric_event(view, ts if ts is not None else view.created_at)


def make() -> RollingMetrics:
    return RollingMetrics({}, {}, {}, SpikeDetector())


def add_all(rm: RollingMetrics, events: list[dict[str, Any]], watermark: float = 0.0) -> list[str]:
    return [rm.add(key, ev, watermark) for ev in events for key in series_of(ev)]


def snapshots(rm: RollingMetrics, key: str, watermark: float) -> list[Any]:
    return rm.close(key, watermark, T0 + 99_999).snapshots


def test_each_revision_counts_once_per_dimension() -> None:
    ev = event(case())
    assert series_of(ev) == [
        "brand|nimbus-mobile",
        "channel|twitter",
        "queue|care-escalations",
        "language|en",
        "category|outage",
    ]
    assert series_of(event(case(category=None, brand=None)))[0] == "brand|unknown"
    assert series_of(event(case(category=None)))[4] == "category|none"


def test_tumbling_minute_windows_by_event_time() -> None:
    rm = make()
    add_all(rm, [event(case("c1", at=T0 + 10)), event(case("c2", at=T0 + 50)), event(case("c3", at=T0 + 65))])
    # Nothing closes before the watermark reaches the end of the minute.
    assert snapshots(rm, "brand|nimbus-mobile", T0 + 59) == []
    out = [s for s in snapshots(rm, "brand|nimbus-mobile", T0 + 120) if s.window == "1m"]
    assert [(s.window_start, s.window_end, s.volume) for s in out] == [
        ("2026-11-20T09:00:00.000Z", "2026-11-20T09:01:00.000Z", 2),
        ("2026-11-20T09:01:00.000Z", "2026-11-20T09:02:00.000Z", 1),
    ]


def test_hopping_windows_cover_every_hop_that_holds_data() -> None:
    rm = make()
    add_all(rm, [event(case("c1", at=T0 + 30))])
    out = snapshots(rm, "brand|nimbus-mobile", T0 + 2 * 3600)
    by_window: dict[str, list[Any]] = {}
    for s in out:
        by_window.setdefault(s.window, []).append(s)
    assert len(by_window["1m"]) == 1
    # 15 minutes hopping by 1: the 15 windows ending 09:01 .. 09:15 contain 09:00:30.
    assert [s.window_end[11:16] for s in by_window["15m"]] == [f"09:{m:02d}" for m in range(1, 16)]
    assert all(parse_time(s.window_end) - parse_time(s.window_start) == 900 for s in by_window["15m"])
    # 1 hour hopping by 5 minutes: ends 09:05 .. 10:00.
    ends = [s.window_end[11:16] for s in by_window["1h"]]
    assert ends == [f"09:{m:02d}" for m in range(5, 60, 5)] + ["10:00"]
    assert all(s.volume == 1 for s in out)


def test_aggregates_of_a_window() -> None:
    rm = make()
    events = [
        event(case("c1", at=T0 + 1, incident_id="inc-1")),
        event(case("c1", revision=2, at=T0 + 1, incident_id="inc-1"), T0 + 5),  # a repost folded into c1
        event(case("c2", at=T0 + 2, severity="minor", priority="P3", queue="care-tier1", incident_id="inc-1")),
        event(
            case(
                "c3",
                at=T0 + 3,
                sentiment={"score": 0.8, "label": "positive"},
                intent="praise",
                severity=None,
                category=None,
                priority="P4",
                queue="social-advocacy",
            )
        ),
        event(case("c4", at=T0 + 4, incident_id="inc-2", priority="P1", queue="crisis")),
    ]
    add_all(rm, events)
    out = {s.window: s for s in snapshots(rm, "brand|nimbus-mobile", T0 + 60)}
    s = out["1m"]
    assert s.dimension == "brand" and s.value == "nimbus-mobile"
    assert s.volume == 5
    assert s.negative_share == pytest.approx(4 / 5)
    assert s.mean_sentiment == pytest.approx((-0.5 * 4 + 0.8) / 5)
    assert (s.complaints_major, s.complaints_minor) == (3, 1)
    # Cases, not revisions, by their latest priority and queue.
    assert s.cases_by_priority == {"P1": 1, "P2": 1, "P3": 1, "P4": 1}
    assert s.cases_by_queue == {"care-escalations": 1, "care-tier1": 1, "crisis": 1, "social-advocacy": 1}
    assert s.dedup_ratio == pytest.approx(5 / 4)
    assert s.open_incidents == 2
    # The queue series sees only its own cases.
    q = {x.window: x for x in snapshots(rm, "queue|care-escalations", T0 + 60)}["1m"]
    assert q.volume == 2 and q.dedup_ratio == 2.0


def test_a_revision_counts_how_its_own_mention_reads() -> None:
    """Reports joining a case opened by a neutral question are negative complaints, whichever
    report opened it; a revision from an older router (no mention_* fields) counts the case's."""
    rm = make()
    opened = {"sentiment": {"score": 0.0, "label": "neutral"}, "intent": "question", "severity": None}

    def report(score: float, label: str, severity: str | None) -> dict[str, Any]:
        own = {"score": score, "label": label}
        return {"mention_sentiment": own, "mention_intent": "complaint", "mention_severity": severity}

    events = [
        event(
            case(
                "c1",
                at=T0 + 1,
                mention_sentiment={"score": 0.0, "label": "neutral"},
                mention_intent="question",
                **opened,
            )
        ),
        event(case("c1", revision=2, at=T0 + 1, **report(-0.6, "negative", "minor"), **opened)),
        event(case("c1", revision=3, at=T0 + 1, **report(-0.8, "negative", "major"), **opened)),
        event(case("c2", at=T0 + 2)),  # no mention_* fields: the case's negative major complaint
        event(case("c3", at=T0 + 3, mention_sentiment=None, **opened)),
    ]
    add_all(rm, events)
    s = {x.window: x for x in snapshots(rm, "brand|nimbus-mobile", T0 + 60)}["1m"]
    assert s.volume == 5
    assert s.negative_share == pytest.approx(3 / 5)
    assert s.mean_sentiment == pytest.approx((-0.6 - 0.8 - 0.5) / 5)
    assert (s.complaints_major, s.complaints_minor) == (2, 1)


def test_incident_escalation_reroutes_without_adding_volume() -> None:
    rm = make()
    add_all(rm, [event(case("c1", at=T0 + 1)), event(case("c2", at=T0 + 2))])
    escalated = case(
        "c1", revision=2, at=T0 + 1, update="incident_escalated", priority="P1", queue="crisis", incident_id="inc-9"
    )
    escalated["mention_ids"] = ["m-c1-1"]  # no mention is added
    times = MentionTimes()
    unique = {
        "mention": {"id": "m-other", "created_at": utc_iso(T0 + 30)},
        "dedup": {"action": "incident_update", "case_id": "c1"},
    }
    remember_unique(times, orjson.dumps(unique))
    view = case_view(escalated)
    assert revision_time(view, times) == T0 + 30  # the time of the mention that grew the incident
    add_all(rm, [metric_event(view, T0 + 30)])
    s = {x.window: x for x in snapshots(rm, "brand|nimbus-mobile", T0 + 60)}["1m"]
    assert s.volume == 2 and s.dedup_ratio == 1.0
    assert s.cases_by_priority == {"P1": 1, "P2": 1} and s.cases_by_queue == {"care-escalations": 1, "crisis": 1}
    assert s.open_incidents == 1
    # A window with nothing but an escalation is not published.
    rm2 = make()
    add_all(rm2, [metric_event(view, T0 + 30)])
    assert snapshots(rm2, "brand|nimbus-mobile", T0 + 7200) == []


def test_a_brand_reply_reroutes_without_adding_volume() -> None:
    """Every reply from the brand's own account is a `responded` revision: not a customer's
    mention, so no volume, no negatives, no second mention for the dedup ratio."""
    rm = make()
    add_all(
        rm, [event(case("c1", at=T0 + 1)), event(case("c2", at=T0 + 2, sentiment={"score": 0.5, "label": "positive"}))]
    )
    for revision in (2, 3):  # two replies on c1's thread
        reply = case("c1", revision=revision, at=T0 + 1, update="responded", priority="P3", queue="care-tier1")
        add_all(rm, [event(reply, T0 + 10 * revision)])
    s = {x.window: x for x in snapshots(rm, "brand|nimbus-mobile", T0 + 60)}["1m"]
    assert (s.volume, s.negative_share, s.dedup_ratio) == (2, 0.5, 1.0)
    assert s.cases_by_queue == {"care-escalations": 1, "care-tier1": 1}  # c1 re-routed by the reply


def test_late_events_are_dropped_and_duplicates_ignored() -> None:
    rm = make()
    ev = event(case("c1", at=T0 + 10))
    assert rm.add("brand|nimbus-mobile", ev) == "added"
    assert rm.add("brand|nimbus-mobile", ev) == "duplicate"  # at-least-once re-delivery
    # At 09:01: the 1-minute window and the 15-minute window ending 09:01 (the first 1-hour one ends 09:05).
    assert [s.window for s in snapshots(rm, "brand|nimbus-mobile", T0 + 60)] == ["1m", "15m"]
    late = event(case("c2", at=T0 + 30))
    assert rm.add("brand|nimbus-mobile", late) == "late"  # its minute is closed
    # Also late against a partition watermark even for a series that has not closed anything yet.
    assert rm.add("channel|twitter", late, watermark=T0 + 60) == "late"
    assert rm.add("channel|twitter", late, watermark=T0 + 59) == "added"
    rest = snapshots(rm, "brand|nimbus-mobile", T0 + 7200)
    assert all(s.volume == 1 for s in rest)  # the late one is in no window


def test_a_window_is_emitted_once() -> None:
    rm = make()
    add_all(rm, [event(case("c1", at=T0 + 10))])
    first = snapshots(rm, "brand|nimbus-mobile", T0 + 600)
    again = snapshots(rm, "brand|nimbus-mobile", T0 + 600)
    assert first and again == []


def test_panes_are_dropped_when_no_open_window_can_hold_them() -> None:
    panes: dict[str, Any] = {}
    series: dict[str, Any] = {}
    agg = WindowAggregator(panes, series)
    ev = event(case("c1", at=T0 + 10))
    agg.add("brand|nimbus-mobile", ev)
    assert list(panes) == [f"brand|nimbus-mobile|{int(T0)}"]
    agg.close("brand|nimbus-mobile", T0 + 1800, T0)
    assert panes  # still inside a 1-hour window that has not closed
    agg.close("brand|nimbus-mobile", T0 + 3600, T0)
    assert panes == {} and series["brand|nimbus-mobile"]["panes"] == []


def test_revision_time_uses_the_mention_time() -> None:
    times = MentionTimes()
    created = case("c1", at=T0 + 10)
    assert revision_time(case_view(created), times) == T0 + 10
    repost = case("c1", revision=2, at=T0 + 10)
    repost["updated_at"] = utc_iso(T0 + 999_999)  # processing time: never the event time
    # Unknown mention: the case's created_at (never later than the truth).
    assert revision_time(case_view(repost), times) == T0 + 10
    unique = {
        "schema_version": 1,
        "mention": {"id": "m-c1-2", "created_at": utc_iso(T0 + 400)},
        "dedup": {"action": "repost", "case_id": "c1"},
    }
    remember_unique(times, orjson.dumps(unique))
    remember_unique(
        times,
        orjson.dumps(
            {**unique, "mention": {"id": "x", "created_at": "2026-11-20T09:00:00Z"}, "dedup": {"action": "replay"}}
        ),
    )
    assert len(times) == 1  # an exact replay makes no revision: not remembered
    assert revision_time(case_view(repost), times) == T0 + 400
    # The original of a repost that opened the case first: earlier than the case's created_at.
    original = case("c1", revision=2, at=T0 + 400, update="mention_attached")
    original["mention_ids"] = ["m-c1-1", "m-orig"]
    remember_unique(
        times,
        orjson.dumps(
            {**unique, "mention": {"id": "m-orig", "created_at": utc_iso(T0 + 100)}, "dedup": {"action": "new_case"}}
        ),
    )
    assert revision_time(case_view(original), times) == T0 + 100
    repost["mention_at"] = utc_iso(T0 + 500)
    assert revision_time(case_view(repost), times) == T0 + 500


def test_mention_times_are_bounded() -> None:
    times = MentionTimes(capacity=3)
    for i in range(10):
        times.remember(f"m{i}", float(i))
    assert len(times) == 3 and times.pop("m9") == 9.0 and times.pop("m0") is None


def test_ranter_raver_totals_ride_on_brand_and_queue_snapshots() -> None:
    rm = make()
    add_all(rm, [event(case("c1", at=T0 + 10))])
    for kind, value in (("ranter", 0.0), ("ranter", 0.0), ("raver", 1200.0)):
        conv = conversion_event(kind, T0 + 20, "nimbus-mobile", "care-escalations", value, "a1")
        for key in conversion_series(conv):
            assert rm.add(key, conv) == "counted"
    brand = {s.window: s for s in snapshots(rm, "brand|nimbus-mobile", T0 + 60)}["1m"]
    assert (brand.ranters, brand.ravers, brand.raver_rate, brand.raver_value) == (2, 1, 0.5, 1200.0)
    queue = {s.window: s for s in snapshots(rm, "queue|care-escalations", T0 + 60)}["1m"]
    assert (queue.ranters, queue.ravers) == (2, 1)
    channel = {s.window: s for s in snapshots(rm, "channel|twitter", T0 + 60)}["1m"]
    assert (channel.ranters, channel.ravers, channel.raver_rate) == (0, 0, 0.0)


def test_snapshot_matches_the_published_json_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    path = Path(__file__).resolve().parents[3] / "src/mentionflow/schemas/metrics.rolling.v1.json"
    if not path.exists():
        pytest.skip("no metrics.rolling schema file")
    schema = orjson.loads(path.read_bytes())
    rm = make()
    add_all(rm, [event(case("c1", at=T0 + 10)), event(case("c2", at=T0 + 70, category=None))])
    out = [s for key in ("brand|nimbus-mobile", "category|none") for s in snapshots(rm, key, T0 + 7200)]
    assert out
    for snap in out:
        jsonschema.validate(orjson.loads(encode(snap)), schema)


def test_brand_minutes_feed_the_gauges_and_the_spike_detector() -> None:
    rm = make()
    add_all(rm, [event(case("c1", at=T0 + 10)), event(case("c2", at=T0 + 70))])
    result = rm.close("brand|nimbus-mobile", T0 + 120, T0)
    assert [(b, s.volume) for b, s in result.brand_minutes] == [("nimbus-mobile", 1), ("nimbus-mobile", 1)]
    assert rm.spikes["brand|nimbus-mobile"]["n"] == 2
    # Other dimensions do not run the detector.
    assert rm.close("channel|twitter", T0 + 120, T0).brand_minutes == []


def test_stream_time_after_a_restart_is_a_lower_bound_from_the_state() -> None:
    series: dict[str, Any] = {}
    agg = WindowAggregator({}, series)
    assert agg.restore_stream_time(["brand|nimbus-mobile"], 120) == 0
    agg.add("brand|nimbus-mobile", event(case("c1", at=T0 + 10)))
    agg.add("brand|nimbus-mobile", event(case("c2", at=T0 + 190)))
    assert agg.restore_stream_time(["brand|nimbus-mobile"], 120) == T0 + 180  # the newest pane
    agg.close("brand|nimbus-mobile", T0 + 120, T0)
    assert agg.restore_stream_time(["brand|nimbus-mobile", "channel|none"], 120) == T0 + 240  # closed + lateness


def test_the_samples_outage_counts_the_same_whichever_partition_is_read_first() -> None:
    """A worker reads a fetch partition by partition: with the sample on 4 partitions, the
    outage case opens with whichever report its first partition holds (a negative complaint,
    a neutral "Is Nimbus down??", the question "nimbus down in stockport too?"). The outage
    window's negatives and complaints must not depend on it (CI once saw 0.17 negative)."""
    import time

    from aiokafka.partitioner import murmur2

    from mentionflow.core.pipeline import Pipeline
    from mentionflow.schema import raw_mention_from_dict
    from mentionflow.settings import load_settings, packaged_data

    lines = packaged_data("sample_mentions.jsonl").read_bytes().splitlines()

    def partition(line: bytes) -> int:
        return (murmur2(orjson.loads(line)["id"].encode()) & 0x7FFFFFFF) % 4

    start, end = parse_time("2026-11-20T09:45:00Z"), parse_time("2026-11-20T10:00:00Z")
    counted = set()
    for first in range(4):
        order = [line for p in (first, *(q for q in range(4) if q != first)) for line in lines if partition(line) == p]
        core, now = Pipeline.from_settings(load_settings()), time.time()
        readings = []
        for line in order:
            _, routed = core.run(raw_mention_from_dict(orjson.loads(line)), now)
            if routed is None or routed.brand != "nimbus-mobile":
                continue
            view = case_view(orjson.loads(encode(routed)))
            if start <= (view.mention_at or view.created_at) < end:
                ev = metric_event(view, view.created_at)
                readings.append((view.mention_ids[-1], ev["lab"], ev["i"], ev["sev"], ev["s"]))
        counted.add(tuple(sorted(readings)))
        negative = sum(r[1] == "negative" for r in readings) / len(readings)
        complaints = sum(r[2] == "complaint" and r[3] is not None for r in readings)
        assert negative > 0.5 and complaints > 10, (first, negative, complaints)
    assert len(counted) == 1, "the outage's revisions read the same in every order"
