"""A marked thanks ("obrigadinha", "danke auch") is sarcasm beside a failure and thanks beside a
success (session 18, s18-polish; core/fix_thanks.py).

The diminutive was only an irony marker, so "obrigadinha pelo reembolso, foi rapidíssimo" came out
as intent other with high irony, and "obrigadinho, o técnico resolveu tudo" as a complaint.
"""

from __future__ import annotations

import pytest

from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import SARCASM_IRONY, TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str, code: str) -> TextAnalysis:
    return analyse(normalise(text), LanguageGuess(code, 1.0, True))


SINCERE = [
    ("pt", "Obrigadinha @NimbusHelp, a devolução do dinheiro chegou hoje, super rápido"),
    ("pt", "obrigadinho pela ajuda, a internet já funciona"),
    ("pt", "Obrigadinho à equipa, resolveram o problema da fatura num dia"),
    ("de", "Danke auch an den Techniker, die Leitung funktioniert wieder"),
    ("fr", "Merci bien, le remboursement est arrivé en deux jours"),
    ("it", "Grazie mille eh, il tecnico ha risolto tutto in un'ora"),
]

SARCASTIC = [
    ("pt", "Obrigadinha pelo voo cancelado à última hora"),
    ("pt", "obrigadinho, o técnico não resolveu nada e continuo sem net"),
    ("pt", "Obrigadinho pela rapidez 🙄 três semanas à espera"),
    ("de", "Danke auch, schon wieder kein Netz seit heute Morgen"),
    ("fr", "Merci bien, encore un train supprimé ce matin"),
    ("it", "Grazie mille eh, altro ritardo di due ore"),
]


@pytest.mark.parametrize(("code", "text"), SINCERE)
def test_marked_thanks_beside_a_success_is_thanks(code: str, text: str) -> None:
    a = run(text, code)
    assert a.intent == "praise", (text, a.intent, a.cues)
    assert a.irony < SARCASM_IRONY and "irony" not in a.cues, (text, a.irony)


@pytest.mark.parametrize(("code", "text"), SARCASTIC)
def test_marked_thanks_beside_a_failure_is_sarcasm(code: str, text: str) -> None:
    a = run(text, code)
    assert a.intent == "complaint", (text, a.intent)
