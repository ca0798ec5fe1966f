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
