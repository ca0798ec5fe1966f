"""A lawyer named as the measure of how unclear something is ("I'm a lawyer and even I can't
follow your fee table", "ni un abogado lo entiende") is not a legal threat; a lawyer brought in is."""

from __future__ import annotations

import pytest

from mentionflow.core.signals import detect_signals
from mentionflow.core.text import normalise

FIGURATIVE = [
    "I'm a lawyer and even I can't follow your new roaming terms lol",
    "my wife is a solicitor and even she gave up on your bill",
    "soy abogada y ni yo entiendo vuestra factura de la luz",
    "ni un abogado entendería estas condiciones",
    "je suis avocat et même moi je ne comprends rien à ce contrat",
    "ich bin Anwalt und selbst ich verstehe eure AGB nicht",
    "sono avvocato e nemmeno io capisco la vostra bolletta",
    "sou advogado e nem eu entendo essa fatura",
]
REAL = [
    "my lawyer will be in touch about the overcharge",
    "I'm a lawyer and I will take you to small claims court",
    "he contactado con un abogado por el cobro indebido",
    "mon avocat vous enverra une mise en demeure",
    "ich schalte jetzt meinen Anwalt ein",
    "ho già contattato un avvocato",
    "vou processar vocês, já falei com meu advogado",
]


@pytest.mark.parametrize("text", FIGURATIVE)
def test_a_lawyer_as_a_measure_of_unclear_is_not_legal(text: str) -> None:
    assert "legal" not in detect_signals(normalise(text))


@pytest.mark.parametrize("text", REAL)
def test_a_lawyer_brought_in_is_legal(text: str) -> None:
    assert "legal" in detect_signals(normalise(text))
