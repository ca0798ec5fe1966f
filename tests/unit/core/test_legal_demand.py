"""A lawyer writing for a client, or a formal demand, is a legal signal in every language; a
company's own legal department asking for an invoice, or someone "representing" their family, is
not."""

from __future__ import annotations

import pytest

from mentionflow.core.signals import detect_signals
from mentionflow.core.text import normalise


@pytest.mark.parametrize(
    "text",
    [
        "I represent a client whose account you closed. Please direct your legal department to my office.",
        "You will receive a formal demand letter today",
        "this is a cease and desist",
        "le envío un burofax mañana",
        "ich schreibe im Namen meiner Mandantin",
        "riceverete una diffida dal mio assistito",
        "vão receber uma notificação extrajudicial",
    ],
)
def test_a_lawyer_or_a_formal_demand_is_legal(text: str) -> None:
    assert "legal" in detect_signals(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "the legal department of my company needs an invoice copy, how do I get it?",
        "represento a mi familia en este viaje, ¿podemos sentarnos juntos?",
    ],
)
def test_a_department_or_a_family_is_not_legal(text: str) -> None:
    assert "legal" not in detect_signals(normalise(text))
