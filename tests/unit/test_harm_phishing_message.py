"""A phishing message reported (core.harm_statements): texts or emails asking to confirm a bank login,
in six languages, are fraud whether or not anyone clicked; messages that ask nothing of the kind are not."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.text import normalise


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@TelcoUK my dad keeps getting texts in your name asking him to verify his banking details"),
        ("es", "@TelcoES a mi abuelo le llegan SMS pidiendo actualizar sus datos del banco, casi lo hace"),
        ("fr", "@TelcoFR ma mère reçoit des SMS demandant de confirmer son accès bancaire"),
        ("de", "@TelcoDE meine Oma bekommt Nachrichten, die fordern ihre Zugangsdaten zu bestätigen"),
        ("it", "@TelcoIT mio nonno riceve messaggi che chiedono di confermare l'accesso alla banca"),
        ("pt", "@TelcoPT a minha avó recebe mensagens pedindo para confirmar os dados do banco"),
    ],
)
def test_a_reported_phishing_message_is_fraud(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang).kind == "fraud"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@ShopCo your texts keep asking me to confirm my delivery slot, can I turn them off?"),
        ("es", "@TiendaX recibo mensajes pidiendo confirmar la cita, ¿se pueden desactivar?"),
    ],
)
def test_messages_asking_to_confirm_a_booking_are_no_harm(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang).kind is None
