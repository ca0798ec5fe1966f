"""A credential *asked for* in a written approach (a DM, a WhatsApp, a link, an account that
writes people) is a phishing attempt reported, even when nothing was given, in six languages;
card details count as a credential only when they are a card's ("card details", "datos de la
tarjeta"), not a list that names a card beside other data."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.text import normalise


def kind(text: str, lang: str) -> str | None:
    return detect_harm(normalise(text), lang, brand_known=True).kind


ASKED = [
    ("en", "@TelcoX a dm from 'telcox support' asked me for the OTP you just texted me, is that you??"),
    ("es", "@BancoX me escribió por whatsapp un supuesto agente y me pidió los datos de la tarjeta"),
    ("fr", "@BanqueX un compte m'a écrit en dm et m'a demandé mon code pin, c'est vous ?"),
    ("de", "@BankX ein Account namens BankX_Hilfe schreibt Leute an und fragt nach PIN und TAN"),
    ("it", "@BancaX mi ha scritto su whatsapp uno che diceva di essere voi e mi ha chiesto il codice otp"),
    ("pt", "@BancoX um perfil falso escreveu-me por dm e pediu a senha do app"),
]

# Not phishing: the bank's own check on a call, a question about policy, a data-erasure request.
NOT_ASKED = [
    ("en", "@BankX I called you and the agent asked for my PIN to verify me, is that normal?"),
    ("en", "@BankX do you ever DM people asking for a PIN?"),
    ("es", "@TiendaX borrad mi cuenta y todos mis datos (direcciones, pedidos, tarjeta), gracias"),
    ("fr", "@BanqueX comment je change le code pin de ma carte ?"),
]


@pytest.mark.parametrize(("lang", "text"), ASKED)
def test_a_credential_asked_for_in_writing_is_fraud(lang: str, text: str) -> None:
    assert kind(text, lang) == "fraud"


@pytest.mark.parametrize(("lang", "text"), NOT_ASKED)
def test_a_check_a_question_or_a_list_is_not_fraud(lang: str, text: str) -> None:
    assert kind(text, lang) != "fraud"
