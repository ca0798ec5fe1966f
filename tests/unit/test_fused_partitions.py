"""Fused topology (dedup + route in one hop, keyed by ``dedup_key``): one case must be owned by
one dedup key, so that no two partitions publish the same revision of one case (issue 15, item 6).

The model: each dedup key is its own partition, with its own stores (the finest partitioning
the worker can get; any coarser one must give the same cases). The stateless stages are shared.
"""

from __future__ import annotations

import time
from collections import defaultdict
from typing import Any

import orjson

from mentionflow.core.dedup import dedup_key
from mentionflow.core.pipeline import Pipeline
from mentionflow.schema import RawMention, RoutedCase, Trace, encode, raw_mention_from_dict
from mentionflow.settings import load_settings

_SETTINGS = load_settings()


def mention(mention_id: str, text: str, author: str, minute: int, **extra: Any) -> RawMention:
    record: dict[str, Any] = {
        "schema_version": 1,
        "id": mention_id,
        "channel": "twitter",
        "text": text,
        "created_at": f"2026-11-20T09:{minute:02d}:00Z",
        "author": {"id": f"a-{author}", "handle": author, "followers": 120},
        "lang": "en",
        **extra,
    }
    return raw_mention_from_dict(record)


def run_fused(records: list[RawMention]) -> tuple[dict[tuple[str, int], set[bytes]], dict[str, set[str]]]:
    """Every published revision's encodings, and the dedup keys that published each case."""
    now = time.time()
    stateless = Pipeline.from_settings(_SETTINGS)
    partitions: dict[str, Pipeline] = {}
    revisions: dict[tuple[str, int], set[bytes]] = defaultdict(set)
    owners: dict[str, set[str]] = defaultdict(set)
    for offset, raw in enumerate(records):
        scored = stateless.score(stateless.enrich(raw, now, Trace(now, source_offset=offset, source_partition=0)))
        key = dedup_key(scored)
        core = partitions.setdefault(key, Pipeline.from_settings(_SETTINGS))
        unique = core.dedup(scored, now)
        published: list[RoutedCase] = []
        case = core.route(unique, now)
        if case is not None:
            published.append(case)
        if unique.dedup.notify_case_ids:
            published.extend(core.escalations(unique, now))
        for case in published:
            revisions[(case.case_id, case.revision)].add(encode(case))
            owners[case.case_id].add(key)
    return revisions, owners


def assert_one_owner_per_case(records: list[RawMention]) -> dict[tuple[str, int], set[bytes]]:
    revisions, owners = run_fused(records)
    assert revisions, "the stream made no case"
    shared = {cid: keys for cid, keys in owners.items() if len(keys) > 1}
    assert not shared, f"cases published from more than one dedup key: {shared}"
    divergent = {k: [orjson.loads(v)["mention_ids"] for v in vs] for k, vs in revisions.items() if len(vs) > 1}
    assert not divergent, f"one revision published with different contents: {divergent}"
    return revisions


def test_a_repost_naming_another_brand_does_not_publish_its_originals_revision_1() -> None:
    original = mention("o1", "@SkyLarkAir my flight to Leeds was cancelled and nobody answers", "alice", 0)
    repost = mention(
        "r1",
        "RT @alice: my flight to Leeds was cancelled and @NimbusHelp has no signal at the airport",
        "bob",
        1,
        reposted_id="o1",
    )
    assert_one_owner_per_case([original, repost])
    assert_one_owner_per_case([repost, original])  # out of order: the repost first


def test_a_repost_of_a_mention_branded_by_its_producer_does_not_share_its_case_id() -> None:
    """The original names no brand (a comment the producer read from the brand's page); the
    repost, from an open network, names one: two dedup keys."""
    original = mention("o2", "still waiting for my refund after three weeks", "carol", 0, brand="nimbus")
    repost = mention("r2", "RT @carol: still waiting for my refund @NimbusHelp", "dave", 1, reposted_id="o2")
    assert_one_owner_per_case([original, repost])


def test_a_repost_with_its_originals_key_still_joins_its_case_in_any_order() -> None:
    original = mention("o3", "@NimbusHelp no signal in Leeds since this morning, fix it", "erin", 0)
    repost = mention(
        "r3", "RT @erin: @NimbusHelp no signal in Leeds since this morning, fix it", "fred", 1, reposted_id="o3"
    )
    for order in ([original, repost], [repost, original]):
        revisions = assert_one_owner_per_case(order)
        case_ids = {cid for cid, _ in revisions}
        assert len(case_ids) == 1, f"the repost left its original's case: {case_ids}"
        final = max(revisions, key=lambda k: k[1])
        assert sorted(orjson.loads(next(iter(revisions[final])))["mention_ids"]) == ["o3", "r3"]
