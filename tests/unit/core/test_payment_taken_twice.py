"""A payment taken twice ("you've taken my laptop payment TWICE", "il pagamento è stato
addebitato due volte") is a major complaint, even beside a sale's name; a multiplier in an offer
("2x points on every payment") and paying in two payments are not."""

from __future__ import annotations

import pytest

from mentionflow.core.charges import charged_twice
from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


@pytest.mark.parametrize(
    "text",
    [
        "@Bank you've taken my £480 Black Friday laptop payment TWICE and now my rent won't go out tomorrow",
        "@Bank me habéis pasado el cargo dos veces",
        "@Bank le paiement est passé deux fois",
        "@Bank die Zahlung ging zweimal durch",
        "@Bank o pagamento saiu duas vezes",
    ],
)
def test_a_payment_taken_twice_is_a_major_complaint(text: str) -> None:
    assert charged_twice(normalise(text).tokens)
    result = run(text)
    assert (result.intent, result.severity) == ("complaint", "major")


@pytest.mark.parametrize(
    "text",
    [
        "Black Friday: 2x points on every payment this week!",
        "@Bank can I pay in two payments instead of one?",
    ],
)
def test_an_offer_or_a_how_to_is_no_double_charge(text: str) -> None:
    assert not charged_twice(normalise(text).tokens)
    assert run(text).intent != "complaint"


def test_a_payment_that_failed_twice_is_no_double_charge() -> None:
    assert not charged_twice(normalise("@Bank payment failed twice at the till").tokens)
    assert not charged_twice(normalise("@Bank pago rechazado dos veces").tokens)
