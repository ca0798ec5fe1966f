"""A hospital or doctor named only as what a payment is for ("hospital deposit taken twice", "la
factura de la clínica") is a billing problem, not harm (core/harm_frames.py, the "bill" frame);
someone who is in hospital, collapsed or hurt still is."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.harm_frames import benign_frame
from mentionflow.core.text import normalise

BILLS = [
    ("en", "@Brightbank the hospital parking fee came out of my account three times this week"),
    ("en", "@Brightbank my doctor invoice of £90 was paid twice, please reverse one"),
    ("es", "@BrightbankCare me habéis cargado dos veces la factura del hospital, 800 €"),
    ("fr", "@Brightbank la caution de l'hôpital a été débitée deux fois ce matin"),
    ("de", "@Brightbank die Anzahlung beim Arzt wurde doppelt abgebucht"),
    ("it", "@Brightbank il pagamento dell'ospedale è partito due volte"),
    ("pt", "@Brightbank o pagamento do hospital saiu duas vezes da minha conta"),
]

STILL_HARM = [
    ("en", "@Brightbank my dad is in hospital after a fall and you froze his card, he can't pay the parking"),
    ("es", "@BrightbankCare mi hija está ingresada en el hospital y me rechazáis el pago de la farmacia"),
    ("fr", "@SkyLarkAir mon mari a fait un malaise à bord, il a fallu un médecin, et vous facturez des frais"),
]


@pytest.mark.parametrize(("lang", "text"), BILLS)
def test_a_hospital_named_as_a_payee_is_no_harm(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang, brand_known=True).kind is None


@pytest.mark.parametrize(("lang", "text"), STILL_HARM)
def test_someone_in_hospital_is_still_harm(lang: str, text: str) -> None:
    norm = normalise(text)
    assert benign_frame(norm.tokens, ("medical_care",), set(), False) != "bill"
    assert detect_harm(norm, lang, brand_known=True).kind is not None
