"""A major complaint from an author with a huge audience (a celebrity, a verified account with
millions of followers) is answered first by care escalations (P1), never the crisis desk: the
crisis queue is for incidents at scale and fast cascades, and one customer's problem is neither.
Negative controls: the same author's minor grumble is not P1, and a small account's major
complaint is not P1 on reach."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from mentionflow.core.pipeline import Pipeline, Stores
from mentionflow.schema import decode_raw_mention, encode, parse_time, utc_iso
from mentionflow.settings import load_settings

T0 = parse_time("2026-12-03T18:00:00Z")


@pytest.fixture(scope="module")
def template() -> Pipeline:
    return Pipeline.from_settings(load_settings())


def _route(template: Pipeline, text: str, followers: int, verified: bool) -> dict[str, Any]:
    core = Pipeline(
        template.catalog, template.rules, Stores(), template.deduper.config, template.signals, template.replies
    )
    author = {"id": "star", "handle": "star", "followers": followers, "verified": verified}
    raw = decode_raw_mention(
        orjson.dumps({"id": "s1", "channel": "twitter", "text": text, "created_at": utc_iso(T0), "author": author})
    )
    revision = core.route(core.dedup(core.score(core.enrich(raw, T0)), T0), T0)
    assert revision is not None
    return orjson.loads(encode(revision))


MAJOR = [
    "@SkyLarkAir cancelled my flight to Dublin an hour before boarding, gig is tonight and nobody at the desk can help",
    "@Brightbank me habéis cobrado dos veces 1.800€ del alquiler y nadie me contesta",
    "@NimbusHelp seit drei Tagen kein Netz im ganzen Viertel, ich kann nicht arbeiten",
    "@SkyLarkAir volo per Parigi cancellato senza preavviso, siamo bloccati a Fiumicino con due bambini",
]


@pytest.mark.parametrize("text", MAJOR)
@pytest.mark.parametrize("followers,verified", [(3_200_000, False), (1_500_000, True)])
def test_a_huge_audience_major_complaint_is_p1_care_escalations_not_crisis(
    template: Pipeline, text: str, followers: int, verified: bool
) -> None:
    case = _route(template, text, followers, verified)
    assert case["queue"] != "crisis"
    assert case["recommended_action"]["code"] != "crisis_playbook"
    assert case["priority"] == "P1"
    assert case["queue"] in ("care-escalations", "safety-escalations")


def test_the_same_author_minor_grumble_is_not_p1(template: Pipeline) -> None:
    case = _route(template, "@ParceloEats my fries came a bit soggy tonight 😩", 3_200_000, True)
    assert case["priority"] != "P1" and case["queue"] != "crisis"


def test_a_small_account_major_complaint_is_not_p1_on_reach(template: Pipeline) -> None:
    case = _route(template, MAJOR[0], 240, False)
    assert case["queue"] == "care-escalations" and case["priority"] == "P2"
