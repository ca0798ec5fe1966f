"""Genuine praise is not a complaint (session 15): sincere "thank you so much for ..." is thanks,
not the "so much for ..." sarcasm; the same thanks round a wait, or "thanks for ruining ...",
stays sarcasm."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str, code: str = "en") -> TextAnalysis:
    return analyse(normalise(text), LanguageGuess(code, 1.0, True))


@pytest.mark.parametrize(
    "text",
    [
        "thank you so much for getting my new card out so fast @Brightbank",
        "@ParceloEats thanks so much for the extra napkins, rider was a star",
        "Thank you so so much for upgrading my seat @SkyLarkAir, made our honeymoon",
    ],
)
def test_sincere_thanks_so_much_is_not_sarcasm(text: str) -> None:
    a = run(text)
    assert "sarcasm" not in a.cues
    assert a.intent == "praise"


@pytest.mark.parametrize(
    "text",
    [
        "thanks so much for the 2 hour delay @SkyLarkAir",
        "thank you very much for the 40 minute hold @Brightbank",
        "so much for the new app, it logs me out every day @Brightbank",
        "thanks a lot for ruining my birthday dinner @ParceloEats",
    ],
)
def test_sarcastic_thanks_stays_sarcasm(text: str) -> None:
    a = run(text)
    assert "sarcasm" in a.cues
    assert a.intent == "complaint"
