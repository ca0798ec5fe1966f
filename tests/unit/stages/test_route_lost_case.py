"""The route stage says so when dedup names a case the case book does not hold.

Dedup and the case book of one partition disagreeing is what the open nemesis loss with internal
batches on looked like (docs/reliability.md): a near-duplicate met its original in dedup's
author entries, the case book had no state for the original's case, and the case opened again
at revision 1 without the original. It is logged (which worker, when, which case), and routing
is unchanged. A repost before its original, which rightly opens the case, is not logged."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from mentionflow import schema
from mentionflow.core.pipeline import Pipeline
from mentionflow.schema import parse_time, raw_mention_from_dict
from mentionflow.settings import load_settings
from mentionflow.stages.route import Route, routed_records

START = parse_time("2026-11-20T09:00:00Z")
POST = "@NimbusHelp the app logs me out every time I open the payments screen, third day now"


def raw(mid: str, author: str, at_s: float, reposted_id: str | None = None) -> Any:
    record: dict[str, Any] = {
        "schema_version": 1,
        "id": mid,
        "channel": "twitter",
        "text": POST,
        "created_at": schema.utc_iso(START + at_s),
        "author": {"id": author, "handle": author, "followers": 150, "verified": False},
        "reposted_id": reposted_id,
    }
    return raw_mention_from_dict(record)


def decided(core: Pipeline, mention: Any, now: float) -> schema.UniqueMention:
    return core.dedup(core.score(core.enrich(mention, now)), now)


def route_of(core: Pipeline) -> Route:
    counter = SimpleNamespace(inc=lambda *args: None)
    return Route(core, "cases.routed", lambda *labels: counter, lambda *labels: counter)


def test_a_near_duplicate_of_a_case_the_case_book_lost_is_logged(caplog: Any) -> None:
    core = Pipeline.from_settings(load_settings())
    _, case = core.run(raw("orig", "owner", 0.0), START)
    assert case is not None
    core.stores.cases.clear()  # (the case book's state of the case is gone, dedup's is not)
    unique = decided(core, raw("twin", "owner", 30.0), START + 30.0)
    assert unique.dedup.action == "near_duplicate" and unique.dedup.case_id == case.case_id
    with caplog.at_level("WARNING", logger="mentionflow"):
        records = routed_records(route_of(core), unique, START + 30.0)
    assert f"case {case.case_id} (dedup: near_duplicate of twin) is not in the case book" in caplog.text
    assert len(records) == 1 and b'"revision":1' in (records[0][3] or b"")  # (routed as before)


def test_a_near_duplicate_of_a_case_in_the_book_and_an_early_repost_are_not_logged(caplog: Any) -> None:
    core = Pipeline.from_settings(load_settings())
    with caplog.at_level("WARNING", logger="mentionflow"):
        core.run(raw("orig", "owner", 0.0), START)
        twin = decided(core, raw("twin", "owner", 30.0), START + 30.0)
        routed_records(route_of(core), twin, START + 30.0)
        early = decided(core, raw("rp", "fan", 40.0, reposted_id="later"), START + 40.0)
        routed_records(route_of(core), early, START + 40.0)
    assert twin.dedup.action == "near_duplicate" and early.dedup.action == "repost"
    assert "is not in the case book" not in caplog.text
