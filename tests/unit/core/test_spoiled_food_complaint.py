"""Food that arrived spoiled or past its date is a complaint in every supported language, even
told calmly or ending in "anyone else?": it is what a fast repost cascade escalates. An expired
card or "spoiled for choice" is no spoiled-food complaint."""

from __future__ import annotations

import time
from typing import Any

import pytest

from mentionflow import schema
from mentionflow.core.pipeline import Pipeline
from mentionflow.schema import raw_mention_from_dict
from mentionflow.settings import load_settings


def scored(text: str) -> schema.ScoredMention:
    record: dict[str, Any] = {
        "schema_version": 1,
        "id": "f1",
        "channel": "twitter",
        "text": text,
        "created_at": "2026-11-22T12:00:00Z",
        "author": {"id": "a1", "handle": "a1", "followers": 90, "verified": False},
    }
    core = Pipeline.from_settings(load_settings())
    return core.score(core.enrich(raw_mention_from_dict(record), time.time()))


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats the yoghurt in my grocery order smells off and the milk is out of date",
        "@ParceloEats the salmon from Parcelo Market smelt off and its use by date was Monday. Anyone else?",
        "@ParceloHelp la leche del pedido de Parcelo Market llegó caducada y el queso huele mal",
        "@ParceloEats le poulet de ma commande Parcelo Market était périmé, il sent mauvais",
        "@ParceloHelp das Hähnchen aus meiner Parcelo Market Lieferung war verdorben und roch komisch",
        "@ParceloEats il formaggio della spesa Parcelo Market era ammuffito",
        "@ParceloHelp o iogurte da encomenda Parcelo Market veio estragado, fora da validade",
    ],
)
def test_spoiled_food_is_a_complaint(text: str) -> None:
    analysis = scored(text).analysis
    assert analysis.intent == "complaint", analysis


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats so many restaurants on Parcelo now, honestly spoiled for choice, love it",
        "@Brightbank how do I renew my expired card?",
    ],
)
def test_no_spoiled_food_no_such_complaint(text: str) -> None:
    assert scored(text).analysis.intent != "complaint"
