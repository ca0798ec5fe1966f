"""Harm told in plain words, without the usual alarm word, in en/es/fr/de/it/pt: an infant's
feeds running out in a disruption, another person's data on the writer's screen, a purchase
disowned ("ce n'est pas moi"), a card someone tried to use, a scam on an elderly parent told
through the impostor's quoted title; and a metal card named after its noun. Each with negative
controls that must stay no-harm."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.harm_statements import statement_kind
from mentionflow.core.text import normalise


def kind(text: str, lang: str) -> str | None:
    return detect_harm(normalise(text), lang, brand_known=True).kind


def stated(text: str) -> str | None:
    norm = normalise(text)
    return statement_kind(norm.tokens, norm.clean)


HARM = [
    # An infant whose feeds run out while the delivery or the flight is held up.
    ("en", "@ShopFast grocery drop delayed till tomorrow, our 2 month old has two feeds left", "vulnerable_person"),
    ("en", "@AirCo 5 hours stuck at the gate, our son is 6 months old, we're on our last nappy", "vulnerable_person"),
    ("fr", "@LivraisonX commande retardée, mon bébé de 4 mois et il ne reste plus qu'un biberon", "vulnerable_person"),
    # Another person's data in the writer's app or account.
    ("fr", "@BanqueX j'ouvre l'appli et je vois le solde et l'adresse d'une autre personne", "data_exposure"),
    ("en", "@TelcoX logged in and the bill and name of another person show up instead of mine", "data_exposure"),
    ("de", "@TelcoX im Kundenportal stehen die Rechnungen und die Adresse einer anderen Person", "data_exposure"),
]

NOT_HARM = [
    # A metal card is the product, also with the adjective after its noun.
    ("it", "@BancaX con il piano Plus posso avere la carta metal? quanto costa?"),
    ("es", "@BancoX quiero la tarjeta metal, cuánto tarda en llegar?"),
    # The goods went to someone else: a wrong delivery, none of their data on show.
    ("en", "@ShopFast the courier handed my order to another person and left"),
    ("fr", "@LivraisonX le livreur a remis ma commande à une autre personne"),
    # A delay with a baby and nothing running out; "last" is not the last feed.
    ("en", "@AirCo flight delayed 3 hours, last time the baby slept through it, fingers crossed"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HARM)
def test_harm_told_plainly(lang: str, text: str, expected: str) -> None:
    # An infant without feeds is a vulnerable person (or a health risk, as the model may weigh it).
    assert kind(text, lang) in ({expected} if expected != "vulnerable_person" else {expected, "health"})


@pytest.mark.parametrize(("lang", "text"), NOT_HARM)
def test_look_alikes_are_not_harm(lang: str, text: str) -> None:
    assert kind(text, lang) is None


FRAUD_STATED = [
    # A purchase disowned after it was named, French elision included ("d'achats").
    "@BanqueX 800 € d'achats sur ma carte ce matin, c'était pas moi",
    "@BancoX tres compras en una web china esta noche, no fui yo",
    "@BancoX duas compras de 300 euros no cartão hoje, não fui eu",
    # Someone tried to use the card, with a word between the owner and the card.
    "@BankX phone stolen at the station and somebody's already tried to use my credit card",
    # A scam on an elderly parent told through the impostor's quoted title.
    "@BankX my grandad (86) had a call from a 'bank security officer' and made two transfers",
    "@BanqueX ma grand-mère de 88 ans a reçu un appel d'un « conseiller » et a fait 3 virements",
    "@BancaX mio nonno di 90 anni ha ricevuto una chiamata da un 'funzionario' e ha fatto due bonifici",
]

NOT_STATED = [
    # Disowning nothing: "pas moi" that is no "it was not me".
    "@BanqueX le paiement ne passe pas, moi j'ai besoin de payer le loyer",
    # A quoted title with no call and no money moved, and quotes round staff who really are staff.
    "@BankX my gran (85) says your 'helpline' kept her on hold for an hour",
    "@BankX the 'manager' I spoke to promised a callback about my transfer, never came",
    # Someone used a card, but not the writer's.
    "@BankX someone used their card at the till ahead of me and it took ages",
]


@pytest.mark.parametrize("text", FRAUD_STATED)
def test_fraud_stated_without_the_word(text: str) -> None:
    assert stated(text) == "fraud"


@pytest.mark.parametrize("text", NOT_STATED)
def test_look_alikes_state_no_fraud(text: str) -> None:
    assert stated(text) is None
