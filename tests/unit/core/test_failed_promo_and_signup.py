"""A discount that failed to apply is a customer's billing problem, never a deal asked for on
joining: a negation before Spanish/Portuguese/Italian "se"/"si" makes it the reflexive of the
failure, not "if" (core/leads.py `_deal_if`). And a sign-up wished for in the first person is a
lead in every supported language (data/signals.yaml)."""

from __future__ import annotations

import pytest

from mentionflow.core.leads import prospect_lead
from mentionflow.core.signals import detect_signals
from mentionflow.core.text import normalise


@pytest.mark.parametrize(
    "text",
    [
        "@Parcelo la oferta de bienvenida no se me aplicó y pagué el envío",
        "@Parcelo o desconto de primeira compra não se aplicou, paguei tudo",
        "@Parcelo lo sconto non si è applicato e mi avete addebitato tutto",
        "@Parcelo the promo did not work if you ask me, I paid full price",
    ],
)
def test_a_discount_that_failed_is_no_deal_lead(text: str) -> None:
    assert prospect_lead(normalise(text).tokens) is None


@pytest.mark.parametrize(
    "text",
    [
        "@Parcelo hay algún descuento si me apunto con mi hermana?",
        "@Parcelo c'è uno sconto se porto due amici?",
        "@Parcelo is there an offer if we join as a family of four?",
    ],
)
def test_a_deal_asked_for_on_joining_stays_a_lead(text: str) -> None:
    assert prospect_lead(normalise(text).tokens) == "deal"


@pytest.mark.parametrize(
    "text",
    [
        "@Brightbank heard good things, want to sign up before the summer, what do I need?",
        "@Brightbank quiero darme de alta, ¿qué documentos hacen falta?",
        "@Brightbank je souhaite souscrire, c'est possible en ligne ?",
        "@Brightbank ich will mich anmelden, reicht der Personalausweis?",
        "@Brightbank vorrei aprire un conto, serve lo SPID?",
        "@Brightbank quero me cadastrar, como funciona?",
    ],
)
def test_a_sign_up_wished_for_is_a_lead(text: str) -> None:
    assert "purchase" in detect_signals(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "@Brightbank I signed up last year and the card never came",
        "@Brightbank quero abrir o app e não consigo",
        "@Brightbank wanted to sign in and it says error 500",
    ],
)
def test_no_sign_up_wished_for_is_no_lead(text: str) -> None:
    assert "purchase" not in detect_signals(normalise(text))
