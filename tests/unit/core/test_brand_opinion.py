"""An opinion or a forecast about a brand with nothing of the writer's own in it is a rant, not a
complaint (core.brand_opinion); a fraud word said of the brand itself is a verdict, not a fraud
report (core.harm_figures), in en, es, fr, de, it and pt. Negative controls: the writer's own
stake, a failure, a sum, a scam approach, a question, a real fraud report."""

from __future__ import annotations

import pytest

from mentionflow.core.brand_opinion import brand_opinion
from mentionflow.core.harm import detect_harm
from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import analyse
from mentionflow.core.text import normalise


def _opinion(text: str) -> bool:
    norm = normalise(text)
    return brand_opinion("complaint", norm.tokens, norm.clean, False, ())


def _intent(text: str) -> str:
    norm = normalise(text)
    return analyse(norm, detect_language(norm)).intent


def _harm(text: str, lang: str) -> str | None:
    return detect_harm(normalise(text), lang, brand_known=True).kind


OPINIONS = [
    "Tillpoint is a scam dreamt up by people who have never held a real job",
    "StreamCo is a ponzi with a logo, mark my words",
    "that airline is going bust before Christmas, you heard it here first",
    "put your savings in Vaultly and you will lose all your money",
    "Tillpoint es una estafa piramidal con anuncios bonitos",
    "esa aerolínea va a quebrar antes del verano, creedme",
    "Vaultly c'est une arnaque montée par des gamins en sweat",
    "cette banque va faire faillite, vous allez perdre votre argent",
    "Tillpoint ist reine Abzocke von Leuten, die nie gearbeitet haben",
    "die Bank geht bald pleite, glaubt mir",
    "Vaultly è una truffa gestita da ragazzini in felpa",
    "quella compagnia fallirà entro l'anno, secondo me",
    "a Tillpoint é um golpe de gente que nunca trabalhou",
    "esse banco vai falir e vão perder o vosso dinheiro",
]

STAKES = [
    "they charged me twice, total scam",  # the writer's own money
    "Tillpoint is a scam, my refund never came",
    "this text saying Vaultly froze the account is a scam, don't click the link",  # a scam approach
    "is Vaultly going under? should I move my savings",  # a question, and a stake
    "Tillpoint es una estafa, me cobraron 30 € de más",
    "Vaultly c'est une arnaque, ma carte a été débitée deux fois",
    "Tillpoint ist Betrug, mein Konto wurde zweimal belastet",
    "Vaultly è una truffa, mi hanno addebitato 40 euro",
    "a Tillpoint é um golpe, cobraram-me duas vezes",
    "Tillpoint is a scam, order 58812 never arrived",  # a reference
    # money wanted back
    "Nimbus es una estafa, devolvedme el dinero",
    "Vaultly c'est une arnaque, remboursez-moi",
    "Tillpoint ist Abzocke, Geld zurück",
    "Vaultly è una truffa, ridatemi i soldi",
    "a Tillpoint é um golpe, quero a devolução do dinheiro",
]


@pytest.mark.parametrize("text", OPINIONS)
def test_an_opinion_of_the_brand_is_no_complaint(text: str) -> None:
    assert _opinion(text)


@pytest.mark.parametrize("text", STAKES)
def test_the_writers_own_stake_keeps_the_complaint(text: str) -> None:
    assert not _opinion(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tillpoint is a scam dreamt up by people who have never held a real job",
        "Vaultly is a house of cards and you're all going to lose your money",
        "Tillpoint is a scam",
    ],
)
def test_english_verdicts_are_read_as_rants(text: str) -> None:
    assert _intent(text) == "rant"


@pytest.mark.parametrize(
    "text",
    [
        "they charged me twice, total scam",
        "@Tillpoint you charged my card twice for one order, this is a scam",
        "Vaultly is a scam, I waited 3 weeks for my refund and still nothing",
        # a problem named with no first person: two category words, money wanted back
        "this app is a scam, it crashes every time you open it",
        "Parcelo is a scam, the food always arrives cold",
        "@Vaultly you are a scam, give the money back",
    ],
)
def test_first_person_scam_complaints_stay_complaints(text: str) -> None:
    assert _intent(text) == "complaint"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Tillpoint is a scam dreamt up by people who have never held a real job"),
        ("en", "Vaultly is a total fraud run by guys who don't know what a bank is"),
        ("es", "Tillpoint es una estafa montada por gente que nunca ha trabajado"),
        ("fr", "Vaultly est une arnaque"),
        ("fr", "Vaultly c'est une arnaque, ils n'ont jamais su gérer une banque"),
        ("de", "Tillpoint ist reiner Betrug"),
        ("it", "Vaultly è una truffa di gente che non ha mai lavorato"),
        ("pt", "a Vaultly é uma fraude"),
    ],
)
def test_a_fraud_word_said_of_the_brand_is_no_fraud_harm(lang: str, text: str) -> None:
    assert _harm(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@Vaultly someone emptied my account overnight, I never made these payments"),
        ("en", "Vaultly is a scam, 400 pounds taken from my account and I never authorised it"),
        ("es", "@Vaultly alguien ha vaciado mi cuenta, yo nunca hice esas transferencias"),
        ("fr", "@Vaultly quelqu'un a vidé mon compte, je n'ai jamais fait ces virements"),
        ("de", "@Vaultly jemand hat mein Konto leergeräumt, ich habe diese Überweisungen nie gemacht"),
        ("it", "@Vaultly qualcuno ha svuotato il mio conto, non ho mai fatto quei bonifici"),
        ("pt", "@Vaultly alguém esvaziou a minha conta, nunca fiz essas transferências"),
    ],
)
def test_real_fraud_reports_stay_fraud(lang: str, text: str) -> None:
    assert _harm(text, lang) == "fraud"
