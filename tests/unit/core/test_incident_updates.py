"""Incident escalations grouped per partition re-route exactly the cases one-per-case updates do."""

from __future__ import annotations

import time
import zlib
from dataclasses import replace

import orjson

from mentionflow.core.pipeline import Pipeline
from mentionflow.schema import encode, raw_mention_from_dict
from mentionflow.settings import load_settings, packaged_data


def partition_of(case_id: str) -> int:
    return zlib.crc32(case_id.encode()) % 3


def test_grouped_updates_make_the_same_revisions_with_fewer_records() -> None:
    per_case, grouped = Pipeline.from_settings(load_settings()), Pipeline.from_settings(load_settings())
    now = time.time()
    records = {"per_case": 0, "grouped": 0}
    escalated = 0
    for line in packaged_data("sample_mentions.jsonl").read_bytes().splitlines():
        raw = raw_mention_from_dict(orjson.loads(line))
        unique_a, case_a = per_case.run(raw, now)
        unique_b, case_b = grouped.run(raw, now)
        assert encode(case_a) == encode(case_b)
        updates_a = per_case.incident_updates(unique_a)
        updates_b = grouped.incident_updates(unique_b, partition_of)
        records["per_case"] += len(updates_a)
        records["grouped"] += len(updates_b)
        for update in updates_b:  # each record holds the cases of one partition
            members = [update.dedup.case_id, *update.dedup.notify_case_ids]
            assert len({partition_of(c) for c in members}) == 1
        revisions_a = [c for u in updates_a for c in per_case.route_update(u, now)]
        revisions_b = [c for u in updates_b for c in grouped.route_update(u, now)]
        escalated += len(revisions_a)
        key = lambda c: c.case_id  # noqa: E731
        assert [encode(c) for c in sorted(revisions_a, key=key)] == [encode(c) for c in sorted(revisions_b, key=key)]
    assert escalated > 0, "the sample's outage escalates no member case"
    assert records["grouped"] < records["per_case"]


def test_an_update_for_an_unknown_case_makes_no_revision() -> None:
    core = Pipeline.from_settings(load_settings())
    now = time.time()
    lines = packaged_data("sample_mentions.jsonl").read_bytes().splitlines()
    unique, _ = core.run(raw_mention_from_dict(orjson.loads(lines[0])), now)
    unique.dedup.notify_case_ids = ["case-that-was-never-opened"]
    (update,) = core.incident_updates(unique)
    assert core.route_update(update, now) == []


def test_unknown_partitions_fall_back_to_one_update_per_case() -> None:
    core = Pipeline.from_settings(load_settings())
    now = time.time()
    lines = packaged_data("sample_mentions.jsonl").read_bytes().splitlines()
    unique, _ = core.run(raw_mention_from_dict(orjson.loads(lines[0])), now)
    unique.dedup.notify_case_ids = ["a", "b", "c"]
    updates = core.incident_updates(unique, lambda case_id: None)
    assert [(u.dedup.case_id, u.dedup.notify_case_ids) for u in updates] == [("a", []), ("b", []), ("c", [])]


def test_an_escalation_is_published_only_when_it_changes_what_a_desk_acts_on() -> None:
    core = Pipeline.from_settings(load_settings())
    now = time.time()
    raw = raw_mention_from_dict(
        {
            "id": "esc-1",
            "created_at": "2026-11-24T10:00:00Z",
            "channel": "twitter",
            "text": "@NimbusHelp no signal at all in Leeds since 9am, is the network down?",
            "author": {"id": "a1", "handle": "leeds_user"},
        }
    )
    unique, case = core.run(raw, now)
    assert case is not None and case.revision == 1 and case.incident_id is None

    def grown_to(size: int) -> list[str]:
        dedup = replace(unique.dedup, action="incident_update", incident_id="inc-1", incident_size=size)
        revisions = core.route_update(replace(unique, dedup=dedup), now)
        return [f"{c.revision}:{c.queue}:{c.incident_size}" for c in revisions]

    joined = grown_to(3)  # the case joins the incident: published
    assert joined and joined[0].startswith("2:")
    assert grown_to(4) == []  # only the score moves: nothing is published, nothing stored
    assert core.stores.cases[case.case_id]["rev"] == 2
    assert core.stores.cases[case.case_id]["facts"]["incident_size"] == 3
    crisis = grown_to(10)  # the crisis rule takes the case: published, next revision
    assert crisis == ["3:crisis:10"], crisis
