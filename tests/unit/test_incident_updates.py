"""Incident escalations grouped per partition re-route exactly the cases one-per-case updates do."""

from __future__ import annotations

import time
import zlib

import orjson

from mentionflow.core.pipeline import Core
from mentionflow.schema import encode, raw_mention_from_dict
from mentionflow.settings import load_settings, packaged_data


def partition_of(case_id: str) -> int:
    return zlib.crc32(case_id.encode()) % 3


def test_grouped_updates_make_the_same_revisions_with_fewer_records() -> None:
    per_case, grouped = Core.from_settings(load_settings()), Core.from_settings(load_settings())
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
    core = Core.from_settings(load_settings())
    now = time.time()
    lines = packaged_data("sample_mentions.jsonl").read_bytes().splitlines()
    unique, _ = core.run(raw_mention_from_dict(orjson.loads(lines[0])), now)
    unique.dedup.notify_case_ids = ["case-that-was-never-opened"]
    (update,) = core.incident_updates(unique)
    assert core.route_update(update, now) == []


def test_unknown_partitions_fall_back_to_one_update_per_case() -> None:
    core = Core.from_settings(load_settings())
    now = time.time()
    lines = packaged_data("sample_mentions.jsonl").read_bytes().splitlines()
    unique, _ = core.run(raw_mention_from_dict(orjson.loads(lines[0])), now)
    unique.dedup.notify_case_ids = ["a", "b", "c"]
    updates = core.incident_updates(unique, lambda case_id: None)
    assert [(u.dedup.case_id, u.dedup.notify_case_ids) for u in updates] == [("a", []), ("b", []), ("c", [])]
