"""A re-delivered record re-publishes the case revision it made, so a crash between the case
book's changelog write and the published revision loses no revision (docs/reliability.md)."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any

import orjson
import pytest

from mentionflow.core.pipeline import Pipeline
from mentionflow.schema import RoutedCase, Trace, UniqueMention, encode, raw_mention_from_dict
from mentionflow.settings import load_settings, packaged_data


def route_inputs(core: Pipeline, now: float) -> list[UniqueMention]:
    """What the route stage reads for the sample stream, in order: each mention's unique record
    (trace source = its raw offset) and the incident updates the dedup stage sends after it."""
    inputs: list[UniqueMention] = []
    lines = packaged_data("sample_mentions.jsonl").read_bytes().splitlines()
    for offset, line in enumerate(lines):
        raw = raw_mention_from_dict(orjson.loads(line))
        trace = Trace(ingested_at=now, source_offset=offset, source_partition=0)
        unique = core.dedup(core.score(core.enrich(raw, now, trace)), now)
        inputs.append(unique)
        inputs.extend(core.incident_updates(unique))
    return inputs


def route_one(core: Pipeline, record: UniqueMention, now: float) -> list[RoutedCase]:
    if record.dedup.action == "incident_update":
        return core.route_update(record, now)
    case = core.route(record, now)
    return [] if case is None else [case]


def test_a_crash_after_the_changelog_write_loses_no_revision() -> None:
    now = time.time()
    inputs = route_inputs(Pipeline.from_settings(load_settings()), now)
    assert any(u.dedup.action == "incident_update" for u in inputs)
    for cut in range(5, len(inputs), 7):
        core = Pipeline.from_settings(load_settings())
        published: dict[tuple[str, int], bytes] = {}
        lost: dict[tuple[str, int], bytes] = {}
        for i, record in enumerate(inputs):
            for case in route_one(core, record, now):
                (published if i < cut else lost)[(case.case_id, case.revision)] = encode(case)
        # The worker restarts from the last committed offset, a few records before the crash.
        for record in inputs[cut - 5 :]:
            for case in route_one(core, record, now + 60):
                key = (case.case_id, case.revision)
                expected = published.get(key) or lost.get(key)
                assert encode(case) == expected, "a re-published revision must be the same record"
                published[key] = encode(case)
        latest: dict[str, int] = {}
        for case_id, revision in published:
            latest[case_id] = max(latest.get(case_id, 0), revision)
        for case_id, state in core.stores.cases.items():
            assert latest.get(case_id) == state["rev"], f"{case_id}: revision {state['rev']} never published"


def test_a_replay_from_the_platform_is_not_re_published() -> None:
    """Another raw record with a mention id already in a case is noise: no revision."""
    core = Pipeline.from_settings(load_settings())
    now = time.time()
    first = route_inputs(core, now)[0]
    assert core.route(first, now) is not None
    assert core.route(first, now) is not None  # the same record again: re-published
    again = replace(first, trace=Trace(ingested_at=now, source_offset=10_000, source_partition=0))
    assert core.route(again, now) is None


@pytest.mark.parametrize("offset", [-1])
def test_without_a_source_a_repeat_changes_nothing(offset: int) -> None:
    """In process (mentionflow process, tests) records carry no source offset."""
    core = Pipeline.from_settings(load_settings())
    now = time.time()
    unique = route_inputs(core, now)[0]
    unique = replace(unique, trace=Trace(ingested_at=now, source_offset=offset))
    assert core.route(unique, now) is not None
    assert core.route(unique, now) is None


def test_the_source_survives_a_changelog_round_trip() -> None:
    core = Pipeline.from_settings(load_settings())
    now = time.time()
    unique = route_inputs(core, now)[0]
    case = core.route(unique, now)
    assert case is not None
    # A recovered worker reads the state back as JSON.
    core.stores.cases[case.case_id] = orjson.loads(orjson.dumps(core.stores.cases[case.case_id]))
    again = core.route(unique, now + 30)
    assert again is not None and encode(again) == encode(case)


def test_every_revision_carries_the_time_of_the_mention_behind_it() -> None:
    """mention_at: the new mention's posting time, or for an escalation the report that grew
    the incident (rolling metrics count a revision at that time; a fused worker has no
    mentions.unique to look it up in)."""
    core = Pipeline.from_settings(load_settings())
    now = time.time()
    posted: dict[str, str] = {}
    kinds: set[str] = set()
    for line in packaged_data("sample_mentions.jsonl").read_bytes().splitlines():
        raw = raw_mention_from_dict(orjson.loads(line))
        posted[raw.id] = raw.created_at
        unique, case = core.run(raw, now)
        revisions = ([] if case is None else [case]) + core.escalations(unique, now)
        for revision in revisions:
            kinds.add(revision.update)
            if revision.update == "incident_escalated":
                assert revision.mention_at == raw.created_at
            else:
                assert revision.mention_at == posted[revision.mention_ids[-1]] == raw.created_at
    assert {"created", "incident_escalated", "repost_attached", "duplicate_folded"} <= kinds


def test_every_revision_carries_how_the_mention_behind_it_reads() -> None:
    """mention_sentiment/_intent/_severity: the new mention's own reading (rolling metrics count
    it, not the case's first mention's, which depends on which report happened to arrive first);
    none for an escalation, which adds no mention."""
    core = Pipeline.from_settings(load_settings())
    now = time.time()
    differs = 0
    for line in packaged_data("sample_mentions.jsonl").read_bytes().splitlines():
        unique, case = core.run(raw_mention_from_dict(orjson.loads(line)), now)
        if case is not None:
            own = case.mention_sentiment
            a = unique.analysis
            assert own is not None and (own.label, own.score) == (a.label, a.score)
            assert (case.mention_intent, case.mention_severity) == (a.intent, a.severity)
            differs += (own.label, case.mention_intent) != (case.sentiment.label, case.intent)
        for escalation in core.escalations(unique, now):
            assert (escalation.mention_sentiment, escalation.mention_intent, escalation.mention_severity) == (None,) * 3
    assert differs > 0, "the sample has revisions whose mention reads otherwise than the case's first"


INCIDENT_TEXTS = [
    "@NimbusHelp broadband down in Leeds again, no internet since 8am",
    "@NimbusHelp no internet in Leeds since 8am, broadband down",
    "Nimbus broadband is down in Leeds, no internet all morning",
    "@NimbusHelp still no internet here in Leeds, broadband down since 8am",
]


def test_a_case_escalated_by_another_record_is_published_when_its_own_record_is_redelivered() -> None:
    """Fused dedup+route (escalations computed inline): the case-book writes of three reports
    reached the changelog, but no case record did (the worker stopped: cases.routed refused
    them). The third report opened the incident and escalated the first two: their latest
    revision was made by another record. Re-delivered, each report must still publish its case."""
    now = time.time()
    core = Pipeline.from_settings(load_settings())
    records = []
    for i, text in enumerate(INCIDENT_TEXTS[:3]):
        raw = raw_mention_from_dict(
            {
                "schema_version": 1,
                "id": f"inc{i}",
                "channel": "twitter",
                "text": text,
                "created_at": f"2026-11-20T09:0{i}:00Z",
                "author": {"id": f"a{i}", "handle": f"user{i}", "followers": 10},
                "lang": "en",
            }
        )
        records.append(core.score(core.enrich(raw, now, Trace(now, source_offset=i, source_partition=0))))

    def fused_route(scored: Any) -> list[RoutedCase]:
        unique = core.dedup(scored, now)
        out = [c for c in [core.route(unique, now)] if c is not None]
        if unique.dedup.notify_case_ids:
            out.extend(core.escalations(unique, now))
        return out

    lost = [case for scored in records for case in fused_route(scored)]
    assert any(c.update == "incident_escalated" for c in lost), "the third report did not escalate the others"
    published = [case for scored in records for case in fused_route(scored)]  # the re-delivery
    in_cases = {mid for case in published for mid in case.mention_ids}
    assert in_cases == {"inc0", "inc1", "inc2"}
    first = {(c.case_id, c.revision): encode(c) for c in lost}
    for case in published:
        assert first[(case.case_id, case.revision)] == encode(case), "a re-published revision must be the same"


def test_an_escalation_lost_on_its_own_is_published_when_its_record_is_redelivered() -> None:
    """Fused dedup+route: the third report's own case record reached cases.routed, but the
    escalations it made of the first two cases did not (a crash after the case book's
    changelog write), and the input offsets of the first two were committed before the crash.
    Its re-delivery is a replay to dedup (no escalation is computed again), and the escalated
    cases' own records are not re-delivered: the record must re-publish the revisions it made
    of other cases."""
    now = time.time()
    core = Pipeline.from_settings(load_settings())
    published: dict[tuple[str, int], bytes] = {}
    lost: dict[tuple[str, int], bytes] = {}
    records = []
    for i, text in enumerate(INCIDENT_TEXTS[:3]):
        raw = raw_mention_from_dict(
            {
                "schema_version": 1,
                "id": f"inc{i}",
                "channel": "twitter",
                "text": text,
                "created_at": f"2026-11-20T09:0{i}:00Z",
                "author": {"id": f"a{i}", "handle": f"user{i}", "followers": 10},
                "lang": "en",
            }
        )
        records.append(core.score(core.enrich(raw, now, Trace(now, source_offset=i, source_partition=0))))
    for scored in records:
        unique = core.dedup(scored, now)
        case = core.route(unique, now)
        if case is not None:
            published[(case.case_id, case.revision)] = encode(case)
        for escalated in core.escalations(unique, now):
            lost[(escalated.case_id, escalated.revision)] = encode(escalated)
    assert any(orjson.loads(v)["update"] == "incident_escalated" for v in lost.values())
    for scored in records[2:]:  # the re-delivery, from the last committed offset
        unique = core.dedup(scored, now + 60)
        assert unique.dedup.action == "replay"
        case = core.route(unique, now + 60)
        for revision in ([] if case is None else [case]) + core.escalations(unique, now + 60):
            key = (revision.case_id, revision.revision)
            assert encode(revision) == published.get(key, lost.get(key)), "a re-published revision must be the same"
            published[key] = encode(revision)
    for case_id, state in core.stores.cases.items():
        latest = max((rev for cid, rev in published if cid == case_id), default=0)
        assert latest == state["rev"], f"{case_id}: revision {state['rev']} never published"


def _mention(mid: str, text: str, handle: str, minute: int, **extra: Any) -> dict[str, Any]:
    return {
        "schema_version": 1,
        "id": mid,
        "channel": "twitter",
        "text": text,
        "created_at": f"2026-11-20T09:{minute:02d}:00Z",
        "author": {"id": f"a-{handle}", "handle": handle, "followers": 10},
        **extra,
    }


def test_a_redelivered_mention_that_made_no_case_makes_none() -> None:
    """Found by the kill -9 row of the case-stream stages: a mention that names no brand (or
    the brand's own post) made no case, but its re-delivery was a replay to dedup, and the
    route stage opened a case for it. Likewise a re-delivered brand reply was attached to the
    case it answered as a mention of it."""
    now = time.time()
    core = Pipeline.from_settings(load_settings())
    complaint = _mention("c1", "@SkyLarkAir my flight was cancelled and nobody answers the phone", "cust", 1)
    reply = _mention("r1", "@cust sorry about this, please DM us your booking reference", "SkyLarkHelp", 2)
    reply["in_reply_to"] = "c1"
    followup = _mention("c2", "@SkyLarkAir still waiting, 2 hours now", "cust", 3, in_reply_to="r1")
    noise = _mention("n1", "SkyLark's new livery on the A321 at Bristol this morning looks sharp", "spotter", 4)
    records = [
        core.score(core.enrich(raw_mention_from_dict(m), now, Trace(now, source_offset=i, source_partition=0)))
        for i, m in enumerate([complaint, reply, followup, noise])
    ]
    first = [core.route(core.dedup(scored, now), now) for scored in records]
    assert first[0] is not None and first[2] is not None and first[3] is None
    assert [c.update for c in first if c is not None] == ["created", "responded", "followup_attached"]
    for scored in records[1:]:  # re-delivered after the follow-up's revision
        again = core.route(core.dedup(scored, now + 60), now + 60)
        assert again is None or ("r1" not in again.mention_ids and "n1" not in again.mention_ids), again
        if scored.mention.id == "n1":
            assert again is None, "a re-delivered mention that made no case opened one"
    assert all("r1" not in state["ids"] for state in core.stores.cases.values())
