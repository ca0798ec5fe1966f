"""Asking others for an idea ("jemand ne Idee?", "alguien tiene idea?", "quelqu'un a une idée ?")
is asking for help, not a product suggestion, in every language; offering one still is."""

from __future__ import annotations

import pytest

from mentionflow.core.signals import detect_signals
from mentionflow.core.text import normalise


@pytest.mark.parametrize(
    "text",
    [
        "#bank app stürzt seit dem update jedes mal beim login ab 🙄 jemand ne idee?",
        "@Air quelqu'un a une idée ? l'appli plante",
        "@Bank la app no abre desde ayer, alguien tiene idea?",
        "@Bank l'app si blocca al login, qualcuno ha idea?",
        "@Bank o app não abre, alguém tem ideia?",
        "@Bank app keeps crashing, any ideas why?",
    ],
)
def test_asking_for_an_idea_is_no_feedback(text: str) -> None:
    assert "feedback" not in detect_signals(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "@Air j'ai une idée : ajoutez le mode sombre",
        "Idee: eine Sparfunktion in der App wäre super",
        "@Bank idea: let us split bills with friends",
    ],
)
def test_offering_an_idea_is_feedback(text: str) -> None:
    assert "feedback" in detect_signals(normalise(text))
