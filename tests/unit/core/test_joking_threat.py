"""A lawyer or lawsuit "threatened" laughing in a mention that names no problem is a joke, not a
legal case, in every language; a complaint said laughing, or a regulator, keeps its signal."""

from __future__ import annotations

import pytest

from mentionflow.core.signals import detect_signals, joking_threat
from mentionflow.core.text import normalise


def signals(text: str, intent: str) -> list[str]:
    n = normalise(text)
    return joking_threat(n, detect_signals(n), intent)


@pytest.mark.parametrize(
    "text",
    [
        "gonna have to sue @Air for making those biscuits so addictive, my lawyer will be in touch 😂🍪",
        "voy a demandar a @Eats por hacerme adicto a sus patatas jajaja",
        "je vais appeler mon avocat, ces frites sont trop bonnes mdr",
        "ich rufe meinen Anwalt an, die Pommes machen süchtig 🤣",
    ],
)
def test_a_laughing_threat_over_nothing_is_a_joke(text: str) -> None:
    assert "legal" in detect_signals(normalise(text))
    assert "legal" not in signals(text, "other")


def test_a_complaint_said_laughing_keeps_its_lawyer() -> None:
    text = "my lawyer will be in touch 😂 3 weeks and still no refund"
    assert "legal" in signals(text, "complaint")


def test_a_threat_without_a_laugh_is_legal() -> None:
    assert "legal" in signals("my lawyer will be in touch about this", "other")
