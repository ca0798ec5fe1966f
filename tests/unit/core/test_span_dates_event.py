"""A span said as "ago" dates an event (the flight, the order); it is no measure of how long a
problem has been open, in every language. A span said as a duration ("for", "desde hace",
"depuis", "seit"), or any span while the customer is still waiting, still is. Spanish "volé"
(I flew) is no French "volé" (stolen)."""

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
        "@Air flew Vigo-Brussels 2 weeks ago and the points don't show in my account. Do I have to claim them?",
        "@Air volé Vigo-Bruselas hace 2 semanas y los puntos no aparecen en mi cuenta. ¿Tengo que reclamarlos?",
        "@Air vol il y a 2 semaines et les points n'apparaissent pas sur mon compte. Je dois les réclamer ?",
        "@Air bin vor 2 Wochen geflogen und die Punkte erscheinen nicht in meinem Konto. Muss ich sie reklamieren?",
        "@Air sono volata 2 settimane fa e i punti non compaiono nel mio account. Devo reclamarli?",
    ],
)
def test_a_span_said_as_ago_is_no_long_open_problem(text: str) -> None:
    result = run(text)
    assert result.intent == "complaint"
    assert result.severity == "minor"


@pytest.mark.parametrize(
    "text",
    [
        "@Air los puntos no aparecen en mi cuenta desde hace 2 semanas, nadie responde",
        "@Shop ordered 3 weeks ago and still waiting for it",
        "@Bank on m'a volé mon sac dans le métro, ma carte est dedans",
    ],
)
def test_a_duration_or_a_theft_stays_major(text: str) -> None:
    assert run(text).severity == "major"
