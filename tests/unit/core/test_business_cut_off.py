"""A business cut off (every line of a company down, customers being lost) is a major complaint
in every language, said calmly or not; a question about a business plan is not."""

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
        "@NimbusHelp all 14 of our business lines have been dead since 8am, patients can't get through",
        "@NimbusHelp alle Leitungen in unserer Praxis tot seit heute früh",
        "@NimbusHelp todas nuestras líneas caídas desde las 9, estamos perdiendo clientes",
        "@NimbusHelp toutes nos lignes sont coupées depuis ce matin, on perd des clients",
    ],
)
def test_a_business_cut_off_is_a_major_complaint(text: str) -> None:
    result = run(text)
    assert (result.intent, result.severity) == ("complaint", "major")


def test_a_question_about_business_lines_is_a_question() -> None:
    assert run("@NimbusHelp how do I add a user to our business lines plan?").intent == "question"
