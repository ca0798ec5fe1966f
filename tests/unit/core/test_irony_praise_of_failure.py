"""Praise said of what went wrong is sarcasm in every language (session 15, `irony_cues`):
love of a charge or a fee ("adoro pagar 4 reais de taxa"), and a quality so good that it forced
a hardship ("signal so good I had to climb a tree"). Sincere twins stay praise: a charge that is
negated or cheap, a consequence that is a pleasure."""

from __future__ import annotations

import pytest

from mentionflow.core.irony_cues import hardship_of_praise, love_of_a_cost
from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str, code: str) -> TextAnalysis:
    return analyse(normalise(text), LanguageGuess(code, 1.0, True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("love paying £12 in fees just to send money to my sister", True),
        ("gotta love being charged €25 for one text message", True),
        ("me encanta pagar 5€ de comisión por sacar mi propio dinero", True),
        ("j'adore payer 8€ de frais de livraison pour un sandwich froid", True),
        ("ich liebe es, 15 € gebühr für eine überweisung zu zahlen", True),
        ("adoro pagare 10€ di commissione per un bonifico", True),
        ("adoro quando me cobram 20 euros de taxa de serviço", True),
        # no charge, a cheap one, or none named
        ("love that there's no fee for sending money abroad", False),
        ("love paying only £10 a month for unlimited data", False),
        ("me encanta que no me cobren comisión en el extranjero", False),
        ("j'adore ne payer que 2€ de frais de livraison", False),
        ("adoro não pagar taxa de entrega no app", False),
        ("ich liebe die neue app, endlich ohne gebühren", False),
        ("love the new app, paying is so easy", False),
    ],
)
def test_love_of_a_cost(text: str, expected: bool) -> None:
    assert love_of_a_cost(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("signal so good at my place i have to stand on the balcony to make a call", True),
        ("la cobertura es tan buena que tuve que subirme al tejado para llamar", True),
        ("o sinal é tão bom que tive que sair de casa para mandar uma mensagem", True),
        ("le réseau est tellement bon que j'ai dû grimper sur une chaise pour envoyer un sms", True),
        ("das netz ist so gut, dass ich auf den balkon klettern musste", True),
        ("il segnale è così buono che ho dovuto salire sul tetto per chiamare", True),
        # a consequence that is a pleasure
        ("the pizza was so good i had to order another one", False),
        ("la app es tan buena que tuve que contárselo a todos", False),
        ("la livraison était tellement rapide que j'ai dû appeler ma mère pour lui dire", False),
        ("der service war so gut, dass ich es allen erzählen musste", False),
    ],
)
def test_hardship_of_praise(text: str, expected: bool) -> None:
    assert hardship_of_praise(text) is expected


# (sarcastic, sincere twin, language)
TWINS = [
    ("love paying £12 in fees just to send money to my sister 🥰", "love the new app 🥰 sending is free now", "en"),
    ("me encanta pagar 5€ de comisión por sacar mi propio dinero 😍", "me encanta la nueva app 😍", "es"),
    ("j'adore payer 8€ de frais de livraison pour un sandwich froid ❤️", "merci pour le remboursement rapide ❤️", "fr"),
    ("ich liebe es, 15 € Gebühr für eine Überweisung zu zahlen 😍", "ich liebe die neue App 😍", "de"),
    ("adoro pagare 10€ di commissione per un bonifico ❤️", "adoro la nuova app, niente commissioni ❤️", "it"),
    ("adoro quando me cobram 20 euros de taxa de serviço 🥰", "adoro o novo app 🥰", "pt"),
    ("il segnale è così buono che ho dovuto salire sul tetto 👌", "il segnale è ottimo anche in montagna 👌", "it"),
    (
        "la cobertura es tan buena que tuve que subirme al tejado para llamar 👌",
        "la app es tan buena que tuve que contárselo a todos 😍",
        "es",
    ),
]


@pytest.mark.parametrize(("sarcastic", "sincere", "code"), TWINS)
def test_praise_of_a_failure_is_a_complaint_its_twin_praise(sarcastic: str, sincere: str, code: str) -> None:
    a = run(sarcastic, code)
    assert "irony" in a.cues and a.intent in ("complaint", "rant"), a
    b = run(sincere, code)
    assert "irony" not in b.cues and b.intent == "praise", b


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fee named before the paying verb, then made cheap after it: love of a saving, no sarcasm
        ("me encanta el nuevo plan con tarifa plana, ahora pago menos cada mes", False),
        ("adoro a nova taxa de entrega fixa, pago menos do que antes", False),
        ("love the new roaming bundle, i pay less than last year", False),
        ("j'adore la nouvelle commission réduite, je paye moins qu'avant", False),
        ("ich liebe den neuen roaming-tarif, ich zahle weniger als früher", False),
        ("mi piace la nuova commissione ridotta, pago meno di prima", False),
        # controls: the fee before the verb and nothing cheap after it stays love of a cost
        ("adoro a taxa nova, pago o dobro agora", True),
        ("me encanta la comisión nueva, pago el doble por lo mismo", True),
    ],
)
def test_fee_before_a_cheap_verb(text: str, expected: bool) -> None:
    assert love_of_a_cost(text) is expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("me encanta el nuevo plan con tarifa plana, ahora pago menos cada mes 😍", "es"),
        ("adoro a nova taxa de entrega fixa, pago menos do que antes 🥰", "pt"),
    ],
)
def test_cheaper_fee_is_praise(text: str, code: str) -> None:
    a = run(text, code)
    assert "irony" not in a.cues and a.intent == "praise", a
