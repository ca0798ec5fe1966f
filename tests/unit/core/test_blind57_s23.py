"""Blind sets 57 and 58 (session 23): the general causes of their arrival failures, with controls."""

from __future__ import annotations

import pytest

from mentionflow.core.analysis_overrides import read_mention
from mentionflow.core.lang import detect_language
from mentionflow.core.text import normalise


def _intent(text: str, brand_known: bool = True) -> str:
    norm = normalise(text)
    guess = detect_language(norm)
    return read_mention(norm, guess, guess.code, brand_known)[0].intent


@pytest.mark.parametrize(
    "text",
    [
        "Did my whole Christmas food haul on Parcelo Market this year and honestly?? 25 min delivery, nothing missing,"
        " rider was an angel 😇 @ParceloEats you've converted me",
        "@ParceloEats 20 minutes, nothing damaged, nothing forgotten, rider lovely. more of this please",
        "@SpotifyCares Nah, there's nothing wrong. Love you guys",
    ],
)
def test_nothing_missing_is_an_order_that_went_right(text: str) -> None:
    assert _intent(text) == "praise"


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats order arrived with half of it missing, rider was an angel though",
        "@united I can't even take a walk without missing a change",
        "@ParceloEats nothing missing this time but it was stone cold again",
    ],
)
def test_a_problem_that_is_there_stays_a_complaint(text: str) -> None:
    assert _intent(text) == "complaint"
