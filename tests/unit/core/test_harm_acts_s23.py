"""Harm told in plain words that the harm lexicon read past: a child "by herself" after a delay
(and "my 12 year old's flight", an age in the possessive), a room that "smells like smoke" with the
alarm going (only "smoke and mirrors" is a trick), a member of staff who "shoved" someone. Each has
controls that stay no harm."""

from __future__ import annotations

import pytest

from mentionflow.core.analysis_overrides import read_mention
from mentionflow.core.lang import detect_language
from mentionflow.core.text import normalise


def _harm(text: str, brand_known: bool = True) -> tuple[str | None, str | None]:
    norm = normalise(text)
    signal = read_mention(norm, detect_language(norm), "en", brand_known=brand_known)[1]
    return signal.kind, signal.severity


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "my 12 year old's flight got delayed and she's at the airport by herself, nobody from @SkyLarkAir"
            " will help her",
            "vulnerable_person",
        ),
        ("@SkyLarkAir my daughter is at the airport by herself after the delay, what do we do", "vulnerable_person"),
        ("the room smells like smoke and the alarm won't stop @SkyLarkAir nobody picks up", "physical_safety"),
        ("a crew member shoved my dad into his seat @SkyLarkAir he is 80", "physical_safety"),
        ("@ParceloEats the driver shoved me out of the way at my own door", "physical_safety"),
    ],
)
def test_plain_harm_is_read(text: str, kind: str) -> None:
    assert _harm(text) == (kind, "severe")


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir my 12 year old loved her first solo flight, the crew looked after her so well",
        "@SkyLarkAir my son packed his bag by himself for the first time, so proud, see you at the gate",
        "@StreamBoxHelp stop shoving ads down our throats, I pay for premium",
        "@SkyLarkAir I shoved my bag under the seat in front and it was fine, lovely crew",
        "@NimbusMobile your 'unlimited' plan is smoke and mirrors, throttled after 20GB",
    ],
)
def test_the_same_words_without_harm(text: str) -> None:
    assert _harm(text) == (None, None)
