""" "Weak" said of a service ("sinal fraco", "signal faible", "Netz schwach", "señal floja",
"segnale scarso") is a complaint in every language, and a terse Portuguese verdict ("fraquíssimo",
"lamentável") and "unacceptable" alone ("inaceptable", "unzumutbar", "inaccettabile") are read in
their language as complaints, so they count towards a customer's memory; "ter um fraco por" (a
soft spot) and low fees are no complaint."""

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
        "@Mobile o sinal fraco na minha rua continua igual",
        "@Bank atendimento fraco, ninguém resolve nada",
        "@Mobile signal faible dans tout le quartier depuis lundi",
        "@Mobile schwaches Netz in der ganzen Straße seit Montag",
        "@Mobile señal floja en todo el barrio desde el lunes",
        "@Mobile segnale scarso in tutto il quartiere da lunedì",
    ],
)
def test_a_weak_service_is_a_complaint(text: str) -> None:
    assert run(text).intent in ("complaint", "rant")


@pytest.mark.parametrize("text", ["@Bank fraquíssimo", "@Bank lamentável", "@Bank inaceitável"])
def test_a_terse_portuguese_verdict_is_portuguese_and_negative(text: str) -> None:
    n = normalise(text)
    assert detect_language(n).code == "pt"
    assert run(text).intent in ("complaint", "rant")


@pytest.mark.parametrize(
    "text",
    [
        "@Eats tenho um fraco por vocês, adoro o app",
        "@Bank frais très faibles et appli top, merci",
    ],
)
def test_a_soft_spot_or_low_fees_is_no_complaint(text: str) -> None:
    assert run(text).intent not in ("complaint", "rant")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("@Air inaceptable", "es"),
        ("@Air inacceptable", "fr"),
        ("@Air unzumutbar", "de"),
        ("@Air inaccettabile", "it"),
        ("@Air inadmissível", "pt"),
    ],
)
def test_unacceptable_alone_is_a_complaint_in_its_language(text: str, lang: str) -> None:
    assert detect_language(normalise(text)).code == lang
    assert run(text).intent == "complaint"
