"""Praise by exclusion, "the only X that doesn't <nuisance>", in six languages: the negator
spares the brand a nuisance, it names no unmet expectation. A failure beside it, or a function
negated ("the only thing that doesn't work"), stays a complaint."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import LanguageGuess
from mentionflow.core.only_one import only_one_spared
from mentionflow.core.sentiment import analyse
from mentionflow.core.text import normalise

SPARED = [
    ("en", "@ShopX honestly the only delivery app that doesn't drive me up the wall"),
    ("es", "@ShopX la única tienda online que no me saca de quicio con los envíos"),
    ("fr", "@ShopX la seule appli de livraison qui ne me rend pas folle"),
    ("de", "@ShopX der einzige Lieferdienst, der mich nicht jedes Mal aufregt"),
    ("it", "@ShopX l'unico corriere che non mi fa arrabbiare ogni volta"),
    ("pt", "@ShopX a única loja online que não me irrita com as entregas"),
]
NOT_SPARED = [
    ("en", "@ShopX the only thing that doesn't work is your checkout, tried three cards"),
    ("es", "@ShopX lo único que no funciona es la app, ya lo he probado todo"),
    ("pt", "@ShopX a app não me deixa entrar desde ontem"),
    ("en", "@ShopX your app doesn't make me want to order anything, it crashes every time"),
]


@pytest.mark.parametrize(("lang", "text"), SPARED)
def test_praise_by_exclusion_is_praise(lang: str, text: str) -> None:
    assert only_one_spared(" ".join(normalise(text).tokens))
    a = analyse(normalise(text), LanguageGuess(lang, 0.99, True))
    assert a.intent == "praise"
    assert "unmet" not in a.cues


@pytest.mark.parametrize(("lang", "text"), NOT_SPARED)
def test_a_function_negated_or_a_failure_is_no_exclusion(lang: str, text: str) -> None:
    assert not only_one_spared(" ".join(normalise(text).tokens))


def test_a_failure_beside_the_exclusion_stays_a_complaint() -> None:
    text = "@ShopX was the only app that doesn't annoy me, but since the update it crashes at checkout every time"
    assert analyse(normalise(text), LanguageGuess("en", 0.99, True)).intent == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "@BankX the only app that doesn't make me want to scream, said no one ever 🙄",
        "@BankX truly the only bank that never lets me down 🙃 card declined again",
    ],
)
def test_sarcastic_exclusion_stays_a_complaint(text: str) -> None:
    assert analyse(normalise(text), LanguageGuess("en", 0.99, True)).intent == "complaint"
