"""An ambiguous brand name beside its other sense ("skylark" the bird: singing, #birdwatching,
"allodola", a poem) names no brand, even with a context word ("heaven's gate") or as the listed
hashtag; the brand's handle still names it, and a hashtag with travel words still does."""

from __future__ import annotations

from pathlib import Path

import pytest

import mentionflow
from mentionflow.core.catalog import Catalog, load_catalog
from mentionflow.core.text import normalise

CATALOG: Catalog = load_catalog(Path(mentionflow.__file__).parent / "data" / "catalog.yaml")


def brands(text: str) -> list[str]:
    n = normalise(text)
    return CATALOG.match(n.tokens, n.handles, n.hashtags)[0]


@pytest.mark.parametrize(
    "text",
    [
        "First skylark of the spring singing over the moor at 6am 🐦 nothing beats it #birdwatching #skylark",
        "'the skylark sings at heaven's gate' — Shakespeare sempre attuale 🐦 #poesia",
        "une alouette (skylark) dans le champ ce matin, quel bonheur #oiseaux",
    ],
)
def test_the_bird_is_no_airline(text: str) -> None:
    assert "skylark-air" not in brands(text)


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir singing crew on the Faro flight, loved it",
        "siamo in 200 al gate B7 senza notizie #SkyLark",
        "Skylark delayed my flight again, 3 hours at the gate",
    ],
)
def test_the_airline_is_still_the_airline(text: str) -> None:
    assert "skylark-air" in brands(text)


@pytest.mark.parametrize(
    "text",
    [
        "¿Alguien sabe si Bright Bank cobra comisión por sacar dinero en cajeros de Portugal?",
        "est-ce que Bright Bank prend des frais de retrait au distributeur à l'étranger ?",
        "qualcuno sa se Bright Bank fa pagare commissioni al bancomat all'estero?",
    ],
)
def test_a_bank_name_in_two_words_with_money_words_is_the_bank(text: str) -> None:
    assert "brightbank" in brands(text)


def test_a_bright_bank_of_flowers_is_no_bank() -> None:
    assert "brightbank" not in brands("a bright bank of daffodils by the river this morning")


@pytest.mark.parametrize(
    "text",
    [
        "finally tracked down the Nimbus 2000 replica for my nephew's Xmas pressie 🧹⚡ he's going to lose his mind",
        "my Nimbus broomstick cosplay is ready for the con, quidditch anyone?",
        "what a sky this morning, a huge cumulonimbus over the bay, nimbus everywhere",
    ],
)
def test_the_broom_and_the_cloud_are_no_network(text: str) -> None:
    assert "nimbus-mobile" not in brands(text)


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp bought my son a Nimbus 2000 broom replica and now can't even order it, site down",
        "Nimbus network down again in Leeds, no signal since 8am",
    ],
)
def test_the_network_with_its_context_is_still_nimbus(text: str) -> None:
    assert "nimbus-mobile" in brands(text)
