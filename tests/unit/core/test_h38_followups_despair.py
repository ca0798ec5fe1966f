""" "The point of going on" is the despair phrase with "of" too; Portuguese "e ainda" (and on top)
inside a thank-you is no "still" that keeps the problem open."""

from __future__ import annotations

import pytest

from mentionflow.core.harm_despair import no_point_going_on
from mentionflow.core.text import normalise
from mentionflow.tools.scenarios import core_factory_from_settings, run_scenario


def _toks(text: str) -> tuple[str, ...]:
    return normalise(text.lower()).tokens


@pytest.mark.parametrize(
    "text",
    [
        "@Acme lost the flat this week and I can't see the point of going on",
        "@Acme honestly what is the point of carrying on any more",
    ],
)
def test_point_of_going_on_is_despair(text: str) -> None:
    assert no_point_going_on(_toks(text))


@pytest.mark.parametrize(
    "text",
    [
        "@Acme what is the point of going on hold for two hours",
        "@Acme no point of going on with this tariff, cancelling",
        "@Acme the point of going on holiday is to relax",
    ],
)
def test_point_of_going_on_with_something_is_not(text: str) -> None:
    assert not no_point_going_on(_toks(text))


def _followup(second: str) -> dict:
    author = {"id": "cli_pt", "handle": "cli_pt", "followers": 60, "verified": False}
    own = {"id": "own-parceloeats", "handle": "ParceloEats", "followers": 50000, "verified": True}
    scenario = {
        "id": "pt",
        "mentions": [
            {"id": "m1", "at": 0, "author": author, "text": "@ParceloEats o meu lanche chegou todo amassado"},
            {"id": "o1", "at": 600, "author": own, "text": "Lamentamos, mande DM por favor", "in_reply_to": "m1"},
            {"id": "m2", "at": 3000, "author": author, "text": second, "in_reply_to": "o1"},
        ],
    }
    run = run_scenario(core_factory_from_settings(), scenario)
    return next(c for c in run["cases"].values() if "pt/m2" in c["mention_ids"])


def test_pt_and_on_top_thanks_is_a_positive_followup() -> None:
    case = _followup("@ParceloEats trocaram o lanche e ainda mandaram sobremesa, muito obrigado 🙏")
    assert case["update"] == "positive_followup"


def test_pt_still_missing_after_thanks_keeps_the_case_open() -> None:
    case = _followup("@ParceloEats obrigado pela resposta, mas ainda não recebi nada")
    assert case["update"] != "positive_followup"
