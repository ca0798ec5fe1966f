"""Left without money (a card blocked, no cash abroad) and a payment held past its deadline
(the rent) are major complaints in every language; a question about paying the rent is not."""

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
        "@Bank my transfer to my landlord has been 'pending' for 3 days, rent was due yesterday and he's not happy",
        "@Bank me habéis bloqueado la tarjeta estando en Marrakech, sin efectivo, y nadie coge el teléfono",
        "@Bank carte bloquée à Lisbonne, sans espèces, l'hôtel veut être payé et personne ne répond",
        "@Bank Karte gesperrt im Urlaub, ohne Bargeld, das Hotel will zahlen und niemand geht ran",
        "@Bank carta bloccata a Madrid, senza contanti, l'hotel vuole essere pagato e nessuno risponde",
        "@Bank cartão bloqueado em Paris, sem dinheiro, o hotel quer cobrar e ninguém atende",
    ],
)
def test_left_without_money_is_a_major_complaint(text: str) -> None:
    result = run(text)
    assert (result.intent, result.severity) == ("complaint", "major")


@pytest.mark.parametrize(
    "text",
    [
        "@Bank can I set up a standing order to pay my rent every month?",
        "@Bank ¿puedo pagar el alquiler con bizum?",
    ],
)
def test_a_question_about_paying_is_no_complaint(text: str) -> None:
    assert run(text).intent == "question"


@pytest.mark.parametrize(
    "text",
    [
        # The bank blocking a card to stop fraud, thanked: protection, not a customer left stranded.
        "Danke @Bank! Betrugsversuch mit meiner Karte sofort erkannt, Karte gesperrt, "
        "Geld am nächsten Tag zurück. So muss das laufen 👍",
        "Ho perso il portafoglio e in 2 ore @Bank mi ha bloccato la carta e spedito quella nuova. Banca top 💛",
    ],
)
def test_a_card_blocked_for_protection_and_thanked_is_no_major_complaint(text: str) -> None:
    assert run(text).severity != "major"
