"""Sarcasm about a failure keeps what a literal report of it would get (session 16, s16-sarcasm):

* thanks for a service that is gone ("thanks for the dead zone", "danke, dass ich null Netz habe",
  "merci pour la zone blanche") or beside paying anyway ("and I still pay £35") is a complaint in
  every language; sincere thanks for a fix stays praise;
* a service gone for a day or more ("since Friday", "seit gestern", "desde el viernes") is a major
  complaint, said plainly or sarcastically;
* leaving said to the brand ("cancelling you", "can't wait to switch", a rival's SIM ordered) is
  churn, whatever sarcasm surrounds it; a rival's SIM named in a comparison is not;
* "what a time to be alive" is a figure, not a self-harm statement; a wish not to be alive and
  literal danger stay harm.
"""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.irony_cues import pays_anyway
from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.signals import detect_signals
from mentionflow.core.spans import lasting_for_days
from mentionflow.core.text import normalise


def run(text: str, code: str) -> TextAnalysis:
    return analyse(normalise(text), LanguageGuess(code, 1.0, True))


THANKS_FOR_A_FAILURE = [
    ("en", "Thanks @NimbusMobile for the dead zone on my whole street, love paying for nothing 👍"),
    ("en", "Thanks @NimbusMobile, no signal in my kitchen for a month and I still pay £35 a month, great stuff 👍"),
    ("de", "Danke @NimbusMobile, dass ich im Büro null Netz habe und trotzdem 30 Euro zahle. Klasse 👍"),
    ("de", "Vielen Dank @NimbusMobile für drei Tage ohne WLAN im Homeoffice. Klasse gemacht 👍"),
    ("es", "Gracias @NimbusMobile, sin cobertura en casa y encima pagar 30€, genial 👍"),
    ("fr", "Merci @NimbusMobile pour la zone blanche dans tout le village, top le réseau 👍"),
    ("it", "Grazie @NimbusMobile per la zero rete in metro ogni mattina, servizio eccellente 👍"),
    ("pt", "Obrigado @NimbusMobile, sem sinal em casa e ainda pago 40 reais, ótimo 👍"),
]
SINCERE_THANKS = [
    ("en", "Thanks @NimbusHelp, signal is back and I still pay less than before, great value 👍"),
    ("de", "Danke @NimbusMobile, endlich wieder Netz im Keller seit dem Update, super 👍"),
    ("es", "Gracias @NimbusMobile por arreglar la señal tan rápido, servicio de diez"),
    ("it", "Grazie @NimbusMobile, la rete ora funziona benissimo anche in metro 👍"),
]


@pytest.mark.parametrize(("lang", "text"), THANKS_FOR_A_FAILURE)
def test_thanks_for_a_failure_is_a_complaint(lang: str, text: str) -> None:
    assert run(text, lang).intent == "complaint"


@pytest.mark.parametrize(("lang", "text"), SINCERE_THANKS)
def test_sincere_thanks_stays_praise(lang: str, text: str) -> None:
    assert run(text, lang).intent == "praise"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("und trotzdem 39,99 zahlen darf", True),
        ("and i still pay £35 a month", True),
        ("et je dois quand même payer 30€", True),
        ("e ainda pago 40 reais", True),
        ("and i still pay less than before", False),
        ("ich zahle trotzdem nichts", False),
        ("still waiting, paid last week", False),
    ],
)
def test_pays_anyway(text: str, expected: bool) -> None:
    assert pays_anyway(text) is expected


GONE_FOR_DAYS = [
    ("en", "@NimbusHelp no broadband since Friday, sort it out"),
    ("en", "Cheers @NimbusHelp for the free 4-day offline retreat, no internet since Monday 🙃"),
    ("de", "@NimbusMobile seit gestern kein Netz in der ganzen Wohnung"),
    ("es", "@NimbusMobile sin internet desde el viernes, ¿alguna solución?"),
    ("fr", "@NimbusMobile pas de réseau depuis lundi, c'est une blague"),
    ("it", "@NimbusMobile niente rete da venerdì, vergognoso"),
    ("pt", "@NimbusMobile sem internet desde sexta, ninguém resolve"),
]


@pytest.mark.parametrize(("lang", "text"), GONE_FOR_DAYS)
def test_a_service_gone_for_days_is_major(lang: str, text: str) -> None:
    a = run(text, lang)
    assert (a.intent, a.severity) == ("complaint", "major")


def test_a_short_outage_fixed_is_not_major() -> None:
    a = run("@NimbusHelp no signal for about an hour this morning, all good now", "en")
    assert a.severity != "major"
    assert run("@NimbusHelp broadband back after 3 days, thanks for sorting it", "en").intent == "praise"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no wifi since friday", True),
        ("seit gestern kein netz", True),
        ("a 3 day outage", True),
        ("sin red desde el lunes", True),
        ("was there an outage 2 days ago", False),
        ("no signal since this morning", False),
        ("1 day pass", False),
    ],
)
def test_lasting_for_days(text: str, expected: bool) -> None:
    assert lasting_for_days(normalise(text).tokens) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Sure @NimbusMobile, I'll totally stay loyal 🙄 EE SIM already ordered, cancelling you this week",
        "@NimbusMobile honestly can't wait to switch when this contract ends, signal is a joke",
        "@NimbusMobile ya tengo la SIM de Movistar ya pedida, os doy de baja el lunes 🙄",
        "@NimbusMobile merci pour rien, je vous quitte à la fin du mois",
        "@NimbusMobile ich kündige euch zum Monatsende, reicht mir",
        "@NimbusMobile grazie di niente, vi disdico domani",
    ],
)
def test_leaving_said_sarcastically_is_churn(text: str) -> None:
    assert "churn" in detect_signals(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile my friend's Vodafone SIM gets full signal in the same room, why can't yours?",
        "@NimbusMobile ordered a new SIM from you two weeks ago and it never arrived",
    ],
)
def test_a_rival_sim_in_a_comparison_is_no_churn(text: str) -> None:
    assert "churn" not in detect_signals(normalise(text))


def harm_kind(text: str, lang: str = "en") -> str | None:
    return detect_harm(normalise(text), lang, brand_known=True).kind


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir 5 hours on the tarmac and one biscuit each, what a time to be alive 🙃",
        "@ParceloHelp free delivery AND the fries were hot, great day to be alive",
    ],
)
def test_a_time_to_be_alive_is_a_figure(text: str) -> None:
    assert harm_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp honestly I don't want to be alive anymore, everything is falling apart",
        "@NimbusHelp the ceiling is leaking water right onto the plug sockets in the flat, sparks everywhere",
    ],
)
def test_literal_harm_stays_harm(text: str) -> None:
    assert harm_kind(text) is not None
