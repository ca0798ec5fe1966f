"""Spam pitches in en/es/fr/de/it/pt: a "guaranteed" payout with a bare site name (no http), promo
codes sold in the local word order, a follow-this-account instruction. Each with customers'
own texts that use the same words and must stay customers. (A pitch that names a failure,
"compensation for any delay", still needs 5 spam points: a complaint with a link is protected.)"""

from __future__ import annotations

import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


SPAM = [
    "#SkyLark 💰 RIMBORSO GARANTITO su ogni volo 💰 clicca qui, 400€ in 24h 👉 voli-rimborsati.online",
    "#SkyLark ✈️ GUARANTEED cash back on every flight 💸 claim now at flightcash-quick.site",
    "🎟️ CODES PROMO #parcelo -60% 🎟️ écrivez-moi, paiement crypto seulement #codepromo",
    "🎉 SORTEO #parcelo 🎉 sigue esta cuenta y gana 300€ en pedidos, datos en el link de la bio",
    "🎁 #parcelo regala 200€! segui questo account e clicca qui 👉 premi-parcelo.shop",
    "🎁 Gewinnspiel #parcelo: folgt diesem Account und gewinnt 250€ Guthaben, Link in Bio",
    "🎁 sorteio #parcelo: siga esta conta e ganhe 300€ em pedidos, link na bio",
]

NOT_SPAM = [
    # A promo code that failed, a guarantee not kept, a site named: customers, not pitches.
    "@ParceloHelp mon code promo ne fonctionne pas au paiement, il affiche expiré",
    "@SkyLarkHelp il rimborso era garantito entro 7 giorni, sono passate 3 settimane",
    "@ParceloHelp el código promocional no se aplica en la app, me cobra el precio completo",
    "@NimbusHelp ordered a router on nimbus-shop.com and it never arrived, order 55120",
    "@SkyLarkHelp follow this account for gate updates? nothing posted about the delay",
]


@pytest.mark.parametrize("text", SPAM)
def test_pitches_are_spam(text: str) -> None:
    assert run(text).intent == "spam"


@pytest.mark.parametrize("text", NOT_SPAM)
def test_customers_using_the_words_are_not_spam(text: str) -> None:
    assert run(text).intent != "spam"
