"""A feature idea that names a serious word ("show allergens", "a safety mode") is product
feedback, not a major complaint; a wish for money back, or a major problem said beside the idea,
keeps the mention major (`core.feature_ideas`). Nor is such an idea a harm report, unless a
reaction is told beside it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.text import normalise
from mentionflow.tools.scenarios import core_factory_from_settings, run_scenario


@pytest.fixture(scope="module")
def factory() -> Callable[[], Any]:
    return core_factory_from_settings()


def routed(factory: Callable[[], Any], text: str) -> dict[str, Any]:
    mention = {"id": "m1", "at": 0, "author": {"id": "c1", "handle": "someone", "followers": 90}, "text": text}
    (case,) = run_scenario(factory, {"id": "idea", "mentions": [mention]})["cases"].values()
    return dict(case)


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats it would be handy if the app flagged allergens next to each dish. Takes me ages to check",
        "@ParceloEats sería genial que la app marcara los alérgenos en cada plato, tardo muchísimo en mirarlo",
        "@ParceloEats ce serait top si l'appli affichait les allergènes avec des icônes",
        "@ParceloEats wäre super, wenn die App einen Allergen-Filter hätte",
        "@ParceloEats sarebbe comodo se l'app avesse un filtro per gli allergeni nel menu",
        "@ParceloEats seria ótimo se o app mostrasse os alérgenos no menu",
    ],
)
def test_a_feature_idea_is_product_feedback(factory: Callable[[], Any], text: str) -> None:
    case = routed(factory, text)
    assert (case["queue"], case["priority"]) == ("product-feedback", "P4"), (case["rule"], case["severity"])


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats would be nice if the app showed allergens. Also I was charged twice for my order",
        "@ParceloEats would be great if the app let me get my money back for the order you charged twice",
    ],
)
def test_a_major_problem_beside_or_inside_the_wish_stays_major(factory: Callable[[], Any], text: str) -> None:
    case = routed(factory, text)
    assert case["queue"] != "product-feedback", case["rule"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "the menu should show which dishes have allergens"),
        ("es", "la app debería marcar los alérgenos de cada plato"),
        ("fr", "ce serait pratique si l'appli signalait les allergènes"),
        ("it", "l'app dovrebbe segnalare gli allergeni nel menu"),
        ("pt", "o app deveria mostrar os alérgenos de cada prato"),
    ],
)
def test_a_feature_idea_about_allergens_is_no_harm(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang, brand_known=True).kind is None


@pytest.mark.parametrize(
    "text",
    [
        "the app should have warned about the nuts, my son had a reaction",
        "would be great if the app flagged allergens, my daughter ate the sesame and swelled up",
    ],
)
def test_a_reaction_beside_the_idea_still_is_harm(text: str) -> None:
    assert detect_harm(normalise(text), "en", brand_known=True).kind == "health"
