"""Praise words beside an expectation still unmet, with no fix named, are sarcasm (a complaint,
never thanked in public); thanks for finding what was lost is gratitude (unmet.py,
intent.py's mocked wait, fix_thanks.py's find)."""

from __future__ import annotations

import pytest

from mentionflow.core.fix_thanks import thanked_fix
from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise
from mentionflow.core.unmet import still_unmet


def run(text: str, code: str) -> TextAnalysis:
    return analyse(normalise(text), LanguageGuess(code, 0.99, True))


MOCKED = [
    ("en", "@MobiNet I still can't log in to my account, superb support ❤️"),
    ("en", "@PowerGrid no electricity since Monday, love your service ❤️"),
    ("en", "@NetOne two weeks without wifi, amazing job guys 😍"),
    ("es", "@BancoSol todavía no me devuelven el dinero, excelente atención 😍"),
    ("es", "@MovilES tres semanas sin línea, buen trabajo chicos ❤️"),
    ("fr", "@BanqueX je n'arrive pas à récupérer mon argent, service génial 😍"),
    ("fr", "@SFRhelp 2 semaines sans internet, excellent travail ❤️"),
    ("de", "@BankDE ich bekomme mein Geld immer noch nicht zurück, super Service 😍"),
    ("de", "@Vodafone 3 Wochen ohne Netz, gute Arbeit Leute 😍"),
    ("it", "@TIMit ancora senza internet dopo 6 giorni, ottimo servizio ❤️"),
    ("it", "@BancaIT non riesco a riavere i miei soldi, servizio fantastico 😍"),
    ("pt", "@TAPair ainda sem a minha mala após 4 dias, serviço incrível ❤️"),
    ("pt", "@MeoPT 3 semanas sem net, bom trabalho pessoal 😍"),
]


@pytest.mark.parametrize(("code", "text"), MOCKED)
def test_praise_beside_an_unmet_expectation_is_an_ironic_complaint(code: str, text: str) -> None:
    a = run(text, code)
    assert a.intent == "complaint", a


SINCERE = [
    ("en", "@AirNova great service, my bag arrived in 2 hours ❤️"),
    ("en", "@NetOne amazing job guys, fixed in 10 minutes 😍"),
    ("es", "qué gran servicio, me devolvieron el dinero en un día ❤️"),
    ("fr", "super service, remboursé en 24h 😍"),
    ("de", "toller Service, alles sofort erledigt ❤️"),
    ("it", "ottimo servizio, rimborso arrivato subito ❤️"),
    ("pt", "excelente atendimento, resolveram tudo rápido 😍"),
]


@pytest.mark.parametrize(("code", "text"), SINCERE)
def test_praise_with_nothing_left_unmet_stays_praise(code: str, text: str) -> None:
    assert run(text, code).intent == "praise"


@pytest.mark.parametrize(
    "text",
    [
        "sigo sin mi reembolso",
        "toujours pas remboursé",
        "seit 5 Tagen kein Internet",
        "ancora nessuna valigia",
        "ainda sem a minha mala",
        "3 weeks without internet",
        "still no bag after 4 days",
        "I can't get my money back",
    ],
)
def test_still_unmet(text: str) -> None:
    assert still_unmet(normalise(text).tokens)


@pytest.mark.parametrize(
    "text",
    [
        "great service, my bag arrived in 2 hours",
        "ainda sem palavras, que atendimento",  # speechless: nothing expected
        "toujours aussi rapide, merci",
        "immer wieder gern",
        "sin duda el mejor servicio",
        "senza dubbio il migliore",
        "I can't wait for my trip",
    ],
)
def test_not_unmet(text: str) -> None:
    assert not still_unmet(normalise(text).tokens)


FOUND = [
    ("en", "cheers for finding my lost suitcase"),
    ("es", "gracias por encontrar mi maleta perdida"),
    ("fr", "merci d'avoir retrouvé ma valise perdue"),
    ("it", "grazie per aver ritrovato la mia valigia persa"),
    ("pt", "obrigado por acharem a minha bagagem perdida"),
]


@pytest.mark.parametrize(("code", "text"), FOUND)
def test_thanks_for_finding_what_was_lost_is_praise(code: str, text: str) -> None:
    assert thanked_fix(normalise(text).tokens, frozenset(normalise(text).tokens))
    assert run(text, code).intent == "praise"


@pytest.mark.parametrize(
    "text",
    [
        "thanks for finding new ways to charge me",
        "gracias por encontrar otra excusa",
        "thanks for not finding my lost bag",
        "merci de retrouver ma valise svp",
    ],
)
def test_what_is_no_find_fix(text: str) -> None:
    toks = normalise(text).tokens
    assert not thanked_fix(toks, frozenset(toks))
