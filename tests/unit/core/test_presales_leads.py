"""Pre-sales leads in every language: signing up said as "getting it" or "becoming a member",
and a move towards the brand ("moving our phones to you"), raise the purchase signal; a move
elsewhere, or something carried to the brand, does not. A price question about business lines
is no business cut off."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.signals import detect_signals, moving_to_you
from mentionflow.core.text import normalise


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


def signals(text: str) -> list[str]:
    return detect_signals(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "@Brand I run a café with 6 staff, thinking of moving our phones to you. what do 6 SIMs cost?",
        "@Brand ¿el plan incluye envío gratis? Me lo quiero hacer para Navidad",
        "@Brand tenéis vuelos directos en marzo? estoy pensando cambiarme de aerolínea y hacerme socio",
        "@Brand quiero pasar mi nómina a vosotros, qué condiciones tenéis?",
        "@Brand je pense basculer mes comptes chez vous, quels frais ?",
        "@Brand überlege, mit der Firma zu euch zu wechseln",
        "@Brand vorrei abbonarmi, quanto costa al mese?",
        "@Brand quero assinar o plano família, como funciona?",
    ],
)
def test_a_move_towards_the_brand_or_a_sign_up_is_a_lead(text: str) -> None:
    found = signals(text)
    assert "purchase" in found
    assert "churn" not in found


@pytest.mark.parametrize(
    "text",
    [
        "I complained to you twice about the bill",
        "can I bring my phone to you for repair?",
        "I'm moving house, can I take my broadband with me?",
        "me cambio a otro banco, adiós",
        "@Brand je pars chez la concurrence",
    ],
)
def test_no_move_towards_the_brand_is_no_lead(text: str) -> None:
    assert "purchase" not in signals(text)


def test_moving_to_you_needs_the_verb_near() -> None:
    assert moving_to_you(normalise("thinking of moving our phones to you").tokens)
    assert not moving_to_you(normalise("moving is hard and i wrote a long letter about it to you").tokens)


def test_a_price_question_about_business_lines_is_no_business_cut_off() -> None:
    result = run("@Brand thinking of it for my shop. what do business lines cost for 6 SIMs?")
    assert result.severity != "major"
    # ... while a whole office cut off still is.
    cut = run("@Brand our whole office has no signal, we're all on your business lines. Clients waiting")
    assert (cut.intent, cut.severity) == ("complaint", "major")


@pytest.mark.parametrize(
    "text",
    [
        "@Brand hey I want to switch from my SIM-only 10GB to the unlimited plan, can I keep my number?",
        "@Brand quiero pasar de 20GB a la tarifa ilimitada, ¿cuánto cuesta?",
        "@Brand je voudrais passer au forfait illimité, c'est possible en ligne ?",
        "@Brand posso passare al piano illimitato senza cambiare SIM?",
        "@Brand quero mudar para o plano ilimitado, como faço?",
    ],
)
def test_moving_up_to_a_bigger_plan_is_a_lead(text: str) -> None:
    assert "purchase" in signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "@Brand my unlimited plan has had no data since Monday",
        "@Brand mi tarifa ilimitada no funciona desde ayer",
        "@Brand mon forfait illimité ne marche plus",
    ],
)
def test_a_problem_with_an_unlimited_plan_is_no_lead(text: str) -> None:
    assert "purchase" not in signals(text)
