"""A churn phrase negated is loyalty, a conditional one stays a threat (session 18, s18-polish).

"não vou mudar de operadora, vocês são os melhores" went to retention: the phrase matched whatever
stood before it (core/churn_negation.py).
"""

from __future__ import annotations

import pytest

from mentionflow.core.churn_negation import negated_churn
from mentionflow.core.signals import detect_signals
from mentionflow.core.text import normalise

LOYAL = [
    "I'm not cancelling my account, you lot are brilliant",
    "we are never leaving Nimbus, best signal on the street",
    "no me voy a cambiar de compañía, estoy encantada con vosotros",
    "nunca cancelaría mi contrato con vosotros",
    "je ne vais pas résilier, le service est top",
    "jamais je ne change d'opérateur, vous êtes au top",
    "ich kündige nicht, ihr macht das super",
    "wir werden nie den Anbieter wechseln",
    "non voglio disdire, siete bravissimi",
    "non cambio operatore per nessuna ragione, siete i migliori",
    "eu não vou trocar de operadora, estou muito contente",
    "nunca vou cancelar o meu plano, adoro vocês",
]

THREATS = [
    "if this isn't sorted by Friday I'm cancelling my account",
    "unless you refund me I'm leaving Nimbus",
    "No, I'm cancelling my account today",
    "not happy at all, switching to a rival next week",
    "there is no reason to stay with you any more",
    "si no me lo solucionáis me cambio de compañía",
    "si ça ne marche pas demain, je résilie",
    "wenn das nicht klappt, kündige ich",
    "se non risolvete entro lunedì, cambio operatore",
    "se não resolverem isto até amanhã, vou mudar de operadora",
    "não aguento mais, vou trocar de operadora",
    "je n'en peux plus, je résilie",
]


@pytest.mark.parametrize("text", LOYAL)
def test_negated_churn_is_no_churn(text: str) -> None:
    assert "churn" not in detect_signals(normalise(text)), text


@pytest.mark.parametrize("text", THREATS)
def test_conditional_or_plain_churn_stays(text: str) -> None:
    assert "churn" in detect_signals(normalise(text)), text


def test_every_phrase_must_be_negated() -> None:
    tokens = ("not", "cancelling", "my", "plan", "but", "switching", "to", "x")
    assert not negated_churn(tokens, [(1, 2), (5, 2)])
    assert negated_churn(tokens, [(1, 2)])
    assert not negated_churn(tokens, [])
