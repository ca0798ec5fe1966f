""" "Never a problem" in es/fr/de/it/pt is a fan's track record, not an unmet expectation; a
negated service thing ("no signal since yesterday") still is one, and so is a problem that
"nobody solves"."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.negated_problem import only_problems_negated
from mentionflow.core.sentiment import _FOREIGN_NEGATORS, TextAnalysis, analyse
from mentionflow.core.text import normalise


def _analysis(text: str) -> TextAnalysis:
    norm = normalise(text)
    return analyse(norm, detect_language(norm))


@pytest.mark.parametrize(
    "text",
    [
        "Sei anni con @NimbusMobile e mai un problema di rete, assistenza sempre cortese",
        "Siete con me da anni @SkyLarkAir, mai un intoppo e personale sempre gentile",
        "Llevo 7 años con @NimbusMobile y nunca un problema, atención siempre amable",
        "Depuis 6 ans chez @NimbusMobile, jamais un problème, service client toujours aimable",
        "Commande chaque semaine chez @ParceloEats et jamais de souci, livreurs adorables",
    ],
)
def test_a_fans_never_a_problem_is_no_complaint(text: str) -> None:
    a = _analysis(text)
    assert "unmet" not in a.cues and a.intent != "complaint" and a.label != "negative", a


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("mai un problema in sei anni", True),
        ("non ho mai avuto problemi", True),
        ("nunca un problema con ellos", True),
        ("jamais de souci avec eux", True),
        ("noch nie probleme gehabt", True),
        ("nunca tive problemas", True),
        # A negated service thing, or a problem nobody solves: an unmet expectation still.
        ("nessuno risolve il problema", False),
        ("mai avuto problemi fino a ieri ora niente rete", False),
        ("sin señal desde ayer", False),
        ("noch nie probleme aber seit gestern kein netz", False),
        ("nunca responden y el problema sigue", False),
        ("todo bien", False),
    ],
)
def test_only_problems_negated(text: str, negated: bool) -> None:
    assert only_problems_negated(normalise(text).tokens, _FOREIGN_NEGATORS) is negated


@pytest.mark.parametrize(
    "text",
    [
        "Mai avuto problemi con @NimbusMobile fino a ieri, ora la fibra non va da 12 ore",
        "Jamais eu de problème avec @NimbusMobile mais depuis hier plus de réseau du tout",
        "Noch nie Probleme mit @NimbusMobile gehabt, aber seit gestern kein Netz",
        "Nunca tive problemas com a @NimbusMobile mas desde ontem não tenho rede",
    ],
)
def test_a_fans_real_complaint_stays_a_complaint(text: str) -> None:
    a = _analysis(text)
    assert a.intent == "complaint" and a.label != "positive", a
