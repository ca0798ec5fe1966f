"""Calling the brand a joke ("you lot are a joke", "siete una barzelletta") is contempt in every
language, however politely smiled (🙂): venting, never praise. A joke that is told, or a meme
called a joke, is not."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir you lot are a joke 🙂",
        "@SkyLarkAir siete una barzelletta 🙂",
        "@SkyLarkAir sois un chiste 🙂",
        "@SkyLarkAir vous êtes une blague 🙂",
        "@SkyLarkAir ihr seid ein Witz 🙂",
        "@SkyLarkAir vocês são uma piada 🙂",
    ],
)
def test_calling_the_brand_a_joke_is_venting(text: str) -> None:
    assert run(text).intent == "rant"


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir haha ce mème est une blague 😂",
        "@SkyLarkAir mi hijo me contó un chiste sobre aviones 😂",
    ],
)
def test_a_joke_told_is_no_contempt(text: str) -> None:
    assert run(text).intent != "rant"


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile Ihr seid eifach de schlechtischti Aabieter vo de ganze Schwiiz. Punkt. 😤",
        "@NimbusMobile huere schlecht, das Netz",
    ],
)
def test_swiss_german_contempt_is_venting(text: str) -> None:
    # Swiss German superlatives in -ischt ("schlechtischti") and "huere" as the intensifier.
    assert run(text).intent == "rant"
