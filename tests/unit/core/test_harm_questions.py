"""A policy question put without "?" is a question, in every language: "does the wheelchair count
as luggage", "¿cuenta ... como", "est-ce que", "zählt ... als" (core/harm_questions.py). A report
with a question tacked on stays a report."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.harm_questions import asked
from mentionflow.core.lang import detect_language
from mentionflow.core.text import normalise


def _harm(text: str) -> tuple[str | None, str | None]:
    n = normalise(text)
    h = detect_harm(n, detect_language(n).code, brand_known=True)
    return h.kind, h.severity


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir does my dad's mobility scooter count as checked baggage",
        "@SkyLarkAir can my grandmother take her wheelchair up to the aircraft door",
        "@SkyLarkAir ¿cuenta el andador de mi abuela como equipaje de mano",
        "@SkyLarkAir est-ce que le déambulateur de ma grand-mère compte comme bagage",
        "@SkyLarkAir zählt der Rollator meiner Oma als Handgepäck",
    ],
)
def test_policy_question_without_mark_is_no_harm(text: str) -> None:
    n = normalise(text)
    assert asked(n.tokens, n.clean), text
    assert _harm(text)[0] is None, text


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir is anyone coming, my grandfather collapsed at gate 12 and is not breathing",
        "@SkyLarkAir you dropped my son's wheelchair off the ramp and now it is broken",
    ],
)
def test_report_is_not_a_question(text: str) -> None:
    n = normalise(text)
    assert not asked(n.tokens, n.clean), text


def test_a_mark_is_still_a_question() -> None:
    n = normalise("@SkyLarkAir my wheelchair is broken?")
    assert asked(n.tokens, n.clean)
