"""A harm report posted by an author with a macro or mega audience is answered first (P1), as a
major complaint from one is and a harm reshared to such a reach is. Negative controls: the same
harm from a small account stays P2; a big account's minor grumble is not P1."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from mentionflow.core.pipeline import Pipeline, Stores
from mentionflow.schema import decode_raw_mention, encode, parse_time, utc_iso
from mentionflow.settings import load_settings

T0 = parse_time("2026-12-04T10:00:00Z")


@pytest.fixture(scope="module")
def template() -> Pipeline:
    return Pipeline.from_settings(load_settings())


def _route(template: Pipeline, text: str, followers: int) -> dict[str, Any]:
    core = Pipeline(
        template.catalog, template.rules, Stores(), template.deduper.config, template.signals, template.replies
    )
    author = {"id": "a1", "handle": "a1", "followers": followers, "verified": False}
    raw = decode_raw_mention(
        orjson.dumps({"id": "h1", "channel": "twitter", "text": text, "created_at": utc_iso(T0), "author": author})
    )
    revision = core.route(core.dedup(core.score(core.enrich(raw, T0)), T0), T0)
    assert revision is not None
    return orjson.loads(encode(revision))


HARM = "@SkyLarkAir baggage handlers smashed my wheelchair in Leeds, I'm stuck in the terminal unable to move"


def test_harm_from_a_big_audience_is_p1(template: Pipeline) -> None:
    case = _route(template, HARM, 250_000)
    assert case["harm"] is not None
    assert (case["queue"], case["priority"]) == ("safety-escalations", "P1")


def test_same_harm_from_a_small_account_is_not_raised(template: Pipeline) -> None:
    case = _route(template, HARM, 300)
    assert case["harm"] is not None
    assert case["priority"] == "P2"


@pytest.mark.parametrize("followers", [300, 250_000])
def test_big_audience_minor_grumble_is_not_p1(template: Pipeline, followers: int) -> None:
    case = _route(template, "@SkyLarkAir the coffee on board was lukewarm again", followers)
    assert case["priority"] != "P1"
