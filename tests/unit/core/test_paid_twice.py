"""Paying twice ("made me pay the fee twice", "pagare la commissione due volte") is a double
charge in every language; paying in instalments ("pagar en dos veces", "payer en 3 fois",
"pagare in tre volte", "pagar em duas vezes") and a price compared ("paid twice as much") are not
(core/charges.py)."""

from __future__ import annotations

import pytest

from mentionflow.core.charges import charged_twice, instalment_plan
from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import analyse
from mentionflow.core.text import normalise


def _tokens(text: str) -> tuple[str, ...]:
    return normalise(text).tokens


PAID_TWICE = [
    "they made me pay the baggage fee twice at the gate",
    "me hicieron pagar dos veces la tasa del equipaje",
    "j'ai dû payer deux fois le siège réservé",
    "ich musste die Sitzplatzgebühr zweimal bezahlen",
    "mi hanno fatto pagare la commissione DUE volte",
    "tive de pagar duas vezes a taxa de bagagem",
]
INSTALMENTS = [
    "se puede pagar en dos veces sin intereses?",
    "est-ce qu'on peut payer en 3 fois ?",
    "posso pagare in tre volte il biglietto?",
    "dá para pagar em duas vezes no cartão?",
]
NOT_CHARGED = [
    "I paid twice as much as my neighbour for the same seat",
    "ich bin zweimal umgestiegen und habe alles bezahlt",
]


@pytest.mark.parametrize("text", PAID_TWICE)
def test_paying_twice_is_a_double_charge(text: str) -> None:
    assert charged_twice(_tokens(text)), text


@pytest.mark.parametrize("text", INSTALMENTS)
def test_instalments_are_a_plan(text: str) -> None:
    tokens = _tokens(text)
    assert instalment_plan(tokens) and not charged_twice(tokens), text
    n = normalise(text)
    assert analyse(n, detect_language(n)).severity != "major", text


@pytest.mark.parametrize("text", NOT_CHARGED)
def test_no_double_charge(text: str) -> None:
    assert not charged_twice(_tokens(text)), text
