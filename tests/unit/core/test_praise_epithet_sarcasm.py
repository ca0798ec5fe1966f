"""Praise of the one who failed ("ein Genie", "gut gemacht") after a failure is sarcasm; a span of
having something is no wait (session 18, s18-polish).

"Bahn schon wieder ausgefallen, ein Genie" and "gut gemacht, wieder kein Netz" got no irony cue: the
epithet and the "well done" were no praise words outside English and Spanish, and German
"ausgefallen" no failure. "I've had fibre for 3 days now 👏" read as a wait (long_wait) and so a
complaint.
"""

from __future__ import annotations

import pytest

from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str, code: str) -> TextAnalysis:
    return analyse(normalise(text), LanguageGuess(code, 1.0, True))


SARCASTIC = [
    ("de", "Die Bahn ist heute schon wieder ausgefallen, echte Genies"),
    ("de", "Super gemacht, Verbindung wieder ausgefallen"),
    ("de", "Gut gemacht, seit Stunden kein Netz"),
    ("fr", "Encore une coupure de réseau, quels génies"),
    ("it", "Ben fatto, di nuovo senza linea da stamattina"),
    ("pt", "Outra vez sem rede, uns génios"),
    ("es", "Bien hecho, otra vez sin conexión"),
    ("en", "Signal gone again tonight, absolute geniuses"),
]
SINCERE = [
    ("de", "Gut gemacht, der Techniker hat die Leitung repariert"),
    ("fr", "Bien joué, remboursement reçu en deux jours"),
    ("it", "Ben fatto, il rimborso è arrivato subito"),
    ("pt", "Bom trabalho, o técnico resolveu o problema"),
    ("es", "Bien hecho, me devolvieron el dinero en un día"),
    ("en", "whoever built the new booking page is a genius, love it"),
]


@pytest.mark.parametrize(("code", "text"), SARCASTIC)
def test_praise_after_a_failure_is_irony(code: str, text: str) -> None:
    a = run(text, code)
    assert a.intent == "complaint" and "irony" in a.cues, (text, a.intent, a.cues)


@pytest.mark.parametrize(("code", "text"), SINCERE)
def test_praise_after_a_success_is_praise(code: str, text: str) -> None:
    a = run(text, code)
    assert a.intent == "praise" and "irony" not in a.cues, (text, a.intent, a.cues)


def test_a_span_of_having_is_no_wait() -> None:
    a = run("we've had the new fibre for 2 days now 👏", "en")
    assert a.intent != "complaint" and "long_wait" not in a.cues, (a.intent, a.cues)
    for text in ("I've had no internet for 2 days now 👏", "we've had problems for a week now"):
        b = run(text, "en")
        assert b.intent == "complaint" and "long_wait" in b.cues, (text, b.intent, b.cues)
