"""A case's amplification reach (a sum of input follower counts) stays a 64-bit integer.

``author.followers`` is any non-negative JSON integer up to 2**64 - 1 (what orjson reads as an
int). Two reposts by such accounts summed past 64 bits, and the case state then no longer
encoded (``orjson.dumps``: "Integer exceeds 64-bit range"): its changelog record could not be
taken, and the worker had to stop on every batch that touched the case. The reach saturates
instead; ordinary counts add up as before."""

from __future__ import annotations

from typing import Any

import orjson

from mentionflow import schema
from mentionflow.core.cases import MAX_REACH
from mentionflow.core.pipeline import Pipeline
from mentionflow.schema import parse_time, raw_mention_from_dict
from mentionflow.settings import load_settings

START = parse_time("2026-11-20T09:00:00Z")
POST = "@NimbusHelp my router keeps dropping the connection every evening and support never calls back"
U64_MAX = 2**64 - 1


def raw(mid: str, author: str, at_s: float, followers: int, reposted_id: str | None = None) -> Any:
    record: dict[str, Any] = {
        "schema_version": 1,
        "id": mid,
        "channel": "twitter",
        "text": POST,
        "created_at": schema.utc_iso(START + at_s),
        "author": {"id": author, "handle": author, "followers": followers, "verified": False},
        "reposted_id": reposted_id,
    }
    return raw_mention_from_dict(record)


def amplified(followers: list[int]) -> tuple[Pipeline, schema.RoutedCase]:
    core = Pipeline.from_settings(load_settings())
    _, case = core.run(raw("orig", "owner", 0.0, 120), START)
    for i, count in enumerate(followers, 1):
        _, routed = core.run(raw(f"rp{i}", f"fan{i}", 60.0 * i, count, reposted_id="orig"), START + 60.0 * i)
        case = routed or case
    assert case is not None
    return core, case


def test_reach_past_64_bits_saturates_and_the_case_state_still_encodes() -> None:
    core, case = amplified([U64_MAX, U64_MAX, 5])
    assert case.revision == 4 and case.amplification_reach == MAX_REACH
    for key in core.stores.cases:
        orjson.dumps(core.stores.cases[key])  # what its changelog record is made of
    schema.encode(case)  # and the revision it publishes


def test_ordinary_reach_is_the_sum_of_the_amplifiers_followers() -> None:
    _, case = amplified([300, 4_000, 70_000])
    assert case.amplification_reach == 74_300
