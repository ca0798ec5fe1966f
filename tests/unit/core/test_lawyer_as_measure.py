"""A lawyer in the family named as the measure of how unclear a letter is ("my niece is a solicitor
and even she can't follow your statement") is a complaint about the unclear thing, minor: not a legal
threat and not a major problem. A lawyer brought in stays both (session 17)."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.signals import detect_signals
from mentionflow.core.text import normalise


def run(text: str, code: str) -> TextAnalysis:
    return analyse(normalise(text), LanguageGuess(code, 1.0, True))


MEASURE = [
    ("@Brightbank my niece is a solicitor and even she can't follow your new statement layout 😂", "en"),
    ("@Brightbank mon frère est avocat et même lui ne comprend rien à votre relevé 😂", "fr"),
    ("@Brightbank meine Tochter ist Anwältin und selbst sie versteht eure neue Kontoübersicht nicht 😂", "de"),
    ("@Brightbank mia sorella è avvocata e nemmeno lei capisce il vostro estratto conto 😂", "it"),
    ("@Brightbank a minha irmã é advogada e nem ela entende o vosso extrato 😂", "pt"),
]


@pytest.mark.parametrize(("text", "code"), MEASURE)
def test_a_lawyer_as_the_measure_of_unclear_is_a_minor_complaint(text: str, code: str) -> None:
    a = run(text, code)
    assert a.intent in ("complaint", "question") and a.severity != "major", a
    assert "legal" not in detect_signals(normalise(text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("@Brightbank my solicitor will be writing to you about the missing £400", "en"),
        ("@Brightbank ya he hablado con mi abogado por el cargo duplicado", "es"),
    ],
)
def test_a_lawyer_brought_in_stays_a_legal_signal(text: str, code: str) -> None:
    assert "legal" in detect_signals(normalise(text))
    assert run(text, code).intent != "praise"


def test_a_power_of_attorney_is_no_complaint() -> None:
    a = run("@Brightbank I hold lasting power of attorney for my mum", "en")
    assert a.intent != "complaint", a
