"""Money being lost (an overdrawn account, a bounced debit) and a service lost for days "now" are
major in every language; a lawyer's formal notice in Italian and porting to a rival are signals.
Each with its everyday twin."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.signals import detect_signals
from mentionflow.core.text import normalise


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


@pytest.mark.parametrize(
    "text",
    [
        "@BrightbankCare Gehalt seit Freitag in Bearbeitung, Konto im Minus, Rücklastschrift droht",
        "@BrightbankCare la nómina sigue pendiente y la cuenta en números rojos, hoy cobran el alquiler",
        "@BrightbankCare virement bloqué, je suis à découvert et le loyer part demain",
        "@BrightbankCare stipendio bloccato e conto in rosso, domani l'affitto",
        "@BrightbankCare salário preso e conta no vermelho, a renda sai hoje",
        "@NimbusMobile 4 days now with no service at all in Aberystwyth",
    ],
)
def test_money_lost_or_days_without_service_is_major(text: str) -> None:
    result = run(text)
    assert (result.intent, result.severity) == ("complaint", "major")


def test_a_router_blinking_red_is_not_an_overdraft() -> None:
    assert run("@NimbusHelp il router lampeggia in rosso, cosa devo fare?").severity != "major"


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("in qualità di legale della sig.ra Esposito vi diffido dal proseguire", "legal"),
        ("contract's up in Jan and I'm porting to Vodafone the day it ends", "churn"),
    ],
)
def test_formal_notice_and_porting_are_signals(text: str, signal: str) -> None:
    assert signal in detect_signals(normalise(text))
