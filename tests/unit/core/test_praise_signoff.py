"""A one-word verdict of respect closing a report is praise ("... sorted it in 10 mins. Respect 🙌",
"Respekt!", "Chapeau 👏"), also after a "but" that turns a feared failure round; "respect" inside a
sentence ("with all due respect", "respect my time") is no praise (session 16, s16-sarcasm)."""

from __future__ import annotations

import pytest

from mentionflow.core.features import praise_signoff
from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str, code: str) -> TextAnalysis:
    return analyse(normalise(text), LanguageGuess(code, 1.0, True))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Thought it would be the usual runaround but @NimbusHelp fixed my bill on chat in 5 mins. Respect 🙌"),
        ("en", "Big respect to the @SkyLarkAir gate crew who found my son's tablet on the plane 🙌"),
        ("de", "@NimbusMobile Rechnung in 5 Minuten am Telefon korrigiert. Respekt!"),
        ("it", "@NimbusMobile il tecnico è venuto in un'ora e ha sistemato tutto. Chapeau 👏"),
    ],
)
def test_a_signoff_of_respect_is_praise(lang: str, text: str) -> None:
    assert run(text, lang).intent == "praise"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@NimbusHelp with all due respect, your app has been broken for a week"),
        ("en", "@NimbusHelp please respect my time and call me back"),
        ("en", "@NimbusHelp still no signal after 3 engineer visits. Respect my time please"),
    ],
)
def test_respect_inside_a_sentence_is_no_praise(lang: str, text: str) -> None:
    assert run(text, lang).intent != "praise"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sorted in 10 mins. Respect 🙌", True),
        ("Linha portada em 2 horas, sem stress. Respeito 👏", True),
        ("no respect for customers at all", False),
        ("respect the queue please", False),
    ],
)
def test_praise_signoff(text: str, expected: bool) -> None:
    assert praise_signoff(text) is expected
