"""Churn said as carrying what the customer holds to a named rival, with the object between the
verb and the rival (core/churn_move.py), in every supported language; a rival named without a
move, a move already made, or one denied is not churn."""

from __future__ import annotations

import pytest

from mentionflow.core.churn_move import carried_to_rival
from mentionflow.core.signals import detect_signals
from mentionflow.core.text import normalise


def _signals(text: str) -> list[str]:
    return detect_signals(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "@Brightbank fees again. Transferring my savings and my ISA to Monzo next week.",
        "@Brightbank switching both current accounts and the ISA over to Revolut",
        "@Brightbank harta de comisiones, traslado la hipoteca y la nómina a Openbank",
        "@Brightbank trop de frais, je transfère mon livret et mon compte joint chez Fortuneo",
        "@Brightbank ich verlege mein Depot und das Girokonto zu DKB",
        "@Brightbank basta, sposto conto e carta su Fineco a fine mese",
        "@Brightbank chega, transfiro o salário todo para o Nubank",
    ],
)
def test_carrying_the_accounts_to_a_rival_is_churn(text: str) -> None:
    assert "churn" in _signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "@Brightbank paid my rent with Revolut to my landlord, why the fee?",
        "@Brightbank I moved my savings to Monzo years ago, back now and happy",
        "@Brightbank I'm not transferring my salary to Revolut, relax, just fix the app",
        "@Brightbank can I transfer money to a Monzo account from the app?",
        "@Brightbank la transferencia a mi cuenta de BBVA no llega",
    ],
)
def test_no_carrying_to_a_rival_is_no_churn(text: str) -> None:
    assert "churn" not in _signals(text)


def test_the_gap_is_bounded() -> None:
    far = normalise("moving house this year with the kids the dog and the cat to see Monzo people").tokens
    assert carried_to_rival(far, frozenset({"monzo"})) is None
