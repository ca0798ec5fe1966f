"""Italian "rotta" is a route as often as it is broken: a new route is no failure; a suitcase
that arrived broken still is."""

from __future__ import annotations

from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


def test_a_new_route_is_no_complaint() -> None:
    assert run("@Air bella la nuova rotta per Edimburgo, quando parte?").intent != "complaint"
    assert run("Nuova rotta Napoli-Edimburgo dal 15 marzo! Prenota entro domenica").intent != "complaint"


def test_a_broken_suitcase_is_a_complaint() -> None:
    result = run("@Air la valigia è arrivata rotta a Catania")
    assert (result.intent, result.category) == ("complaint", "defect")
