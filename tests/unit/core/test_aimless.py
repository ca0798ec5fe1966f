"""A gripe read with no brand that names no service, no verdict and no problem is no complaint
(core/aimless.py); on a brand's stream, or with anything of a service in it, the rules stand."""

from __future__ import annotations

import time

import pytest

from mentionflow.core.aimless import aimless_gripe, brand_handle
from mentionflow.core.lang import detect_language
from mentionflow.core.pipeline import Pipeline
from mentionflow.core.sentiment import analyse
from mentionflow.core.text import normalise
from mentionflow.schema import raw_mention_from_dict
from mentionflow.settings import load_settings


def _intent(text: str, brand_known: bool = False) -> str:
    norm = normalise(text)
    return analyse(norm, detect_language(norm), brand_known).intent


# General tweets (sport, TV, celebrities, politics, one's own day): no product or service in them.
COMMENTARY = [
    "Well at least my Steelers didn't play tonight",
    "One of my favorite characters on Game Of Thrones just died I can't go to school tomorrow I'm grieving",
    "people who say Messi is overrated are idiots lol",
    "My God if they say another word about how disgraceful gay marriage is they may just get a slap round the face",
    "Fuck you Saturday night",
    "Wantin to go out tonite....but no one to go out with so i guess i'll be on netflix tonite",
    "@user 2nd half couldn't cope. they kept coming at us, we were playing so well till just b4 HT",
]


@pytest.mark.parametrize("text", COMMENTARY)
def test_commentary_read_with_no_brand_is_no_complaint(text: str) -> None:
    assert _intent(text) in ("other", "question"), text


# What a customer would send: a service or a product named, a brand's handle, a verdict, a
# problem, a failure hashtag. The rule leaves all of them to the rules.
CUSTOMER = [
    "my phone died again and nobody can tell me why",
    "the app logs me out every single time",
    "@Parcelo no idea where my stuff is",
    "Comcast sucks",
    "order missing for the third day",
    "so for the second time it ate my edits #fail",
    "@115830 my parcel was left outside my flat door again",
]


@pytest.mark.parametrize("text", CUSTOMER)
def test_a_customers_gripe_stays_a_complaint(text: str) -> None:
    assert _intent(text) in ("complaint", "rant"), text


def test_on_a_brands_stream_the_rules_stand() -> None:
    for text in COMMENTARY[1:5]:
        assert _intent(text, brand_known=True) in ("complaint", "rant"), text


def test_only_the_anonymised_user_handle_is_no_brand() -> None:
    assert not brand_handle(["user"])
    assert brand_handle(["user", "AmazonHelp"])
    assert brand_handle(["115830"])  # TWCS numbers some brands' handles too
    toks = frozenset(normalise("my favourite character just died").tokens)
    assert aimless_gripe("complaint", "minor", False, False, toks, ["user"])
    assert not aimless_gripe("complaint", "major", False, False, toks, [])
    assert not aimless_gripe("complaint", "minor", True, False, toks, [])
    assert not aimless_gripe("complaint", "minor", False, True, toks, [])
    assert not aimless_gripe("praise", None, False, False, toks, [])
    assert not aimless_gripe("complaint", "minor", False, False, toks, [], failure_tag=True)


def _pipeline_intent(core: Pipeline, text: str) -> str:
    raw = raw_mention_from_dict(
        {
            "schema_version": 1,
            "id": f"t-{abs(hash(text))}",
            "channel": "twitter",
            "text": text,
            "created_at": "2026-11-20T09:01:36Z",
            "author": {"id": "u-1", "handle": "someone", "followers": 10, "verified": False},
        }
    )
    return core.score(core.enrich(raw, time.time())).analysis.intent


def test_the_pipeline_keeps_a_rant_at_a_known_brand() -> None:
    # The catalog resolves "SkyLark" (a brand of the sample catalog): the brand is the service.
    core = Pipeline.from_settings(load_settings())
    assert _pipeline_intent(core, "SkyLark absolute shower of shite as usual") == "rant"
    assert _pipeline_intent(core, "people who say Messi is overrated are idiots lol") == "other"
