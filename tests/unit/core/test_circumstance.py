"""A failure named only as the cause of the help praised ("because the lift was broken") is no
failure for irony to turn round; one in the main clause, or a sign of sarcasm, still is."""

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
        "shoutout to the @Courier rider who carried my shopping up 5 flights because the lift was broken 🥹 hero",
        "Los de @Courier son unos cracks, el rider esperó bajo la lluvia porque el portero no funcionaba 🥹 gracias!",
        "Merci @Courier, le livreur est monté au 5e parce que l'ascenseur était en panne, au top",
        "Danke @Courier, der Fahrer hat alles hochgetragen, weil der Aufzug kaputt war. Super Typ!",
    ],
)
def test_failure_as_cause_of_help_is_praise(text: str) -> None:
    a = run(text)
    assert a.intent == "praise"
    assert "irony" not in a.cues
    assert a.irony < 0.5


@pytest.mark.parametrize(
    "text",
    [
        # the failure is in the main clause: the customer's own loss
        "Great job @Air, missed my connection because the gate was changed",
        "Amazing service @Air, my flight is delayed because your crew was late",
        # a sure sign of sarcasm overrides the clause
        "thanks @Shop for nothing because the app is broken again",
        "Brilliant @Shop, my order never came because the app was broken 🙄",
    ],
)
def test_failure_beside_the_cause_is_still_irony(text: str) -> None:
    a = run(text)
    assert a.intent != "praise"


@pytest.mark.parametrize(
    "text",
    [
        "Grazie @Mobile per le 3 ore di attesa al telefono",
        "Merci @Mobile pour les 3 jours d'attente",
        "Gracias @Mobile por los 5 días de espera",
    ],
)
def test_thanks_for_hours_or_days_of_waiting_is_irony(text: str) -> None:
    assert run(text).intent == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "Dopo 3 giorni di attesa il tecnico ha risolto tutto, grazie mille @Mobile",
        "Grazie @Mobile, attivazione in 10 minuti!",
    ],
)
def test_thanks_after_a_wait_that_ended_in_a_fix_is_praise(text: str) -> None:
    assert run(text).intent == "praise"
