"""A verdict on a price is a minor billing complaint (core/fee_verdicts.py, the keyword file's
`price_verdicts`, `price_verdicts_priced` and `prices`): "what a rip-off", "un timo", "reine
Abzocke" came out intent "other". A real fraud or theft, a negated verdict or another company's
price is no such verdict."""

from __future__ import annotations

from typing import Any

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise
from mentionflow.tools.scenarios import core_factory_from_settings, run_scenario


def run(text: str, code: str) -> TextAnalysis:
    return analyse(normalise(text), LanguageGuess(code, 1.0, True))


VERDICTS = [
    ("en", "@SkyLarkAir £25 to pick a seat next to my own kid, what a rip-off"),
    ("en", "@NimbusMobile £8 a month for caller ID? daylight robbery"),
    ("en", "@ParceloHelp a £4.99 service fee on a £10 order is a scam"),
    ("en", "@SkyLarkAir the extortionate fee for a name change on my ticket"),
    ("es", "@SkyLarkAir 35€ por imprimir la tarjeta de embarque, un timo"),
    ("es", "@NimbusMobile 6€ al mes por la factura en papel, es un robo"),
    ("es", "@BrightbankCare la comisión de 12€ por mantener la cuenta abierta es una estafa"),
    ("fr", "@SkyLarkAir 45€ pour un bagage cabine, c'est du vol"),
    ("fr", "@NimbusMobile 10€ de frais de résiliation, quelle arnaque"),
    ("de", "@NimbusMobile 4,99€ Gebühr für die Rechnung per Post, reine Abzocke"),
    ("de", "@SkyLarkAir 60 Euro fürs Umbuchen, das ist Wucher"),
    ("it", "@NimbusMobile 9€ di commissione per la ricarica, una rapina"),
    ("it", "@SkyLarkAir 50€ per scegliere il posto, è un furto"),
    ("pt", "@NimbusMobile 7€ de taxa de ativação, é um roubo"),
    ("pt", "@ParceloHelp 3€ de taxa de serviço num pedido de 8€, uma roubalheira"),
    ("pt", "@SkyLarkAir preço abusivo pela bagagem de porão"),
]


@pytest.mark.parametrize(("code", "text"), VERDICTS)
def test_a_verdict_on_a_price_is_a_minor_billing_complaint(code: str, text: str) -> None:
    a = run(text, code)
    assert (a.intent, a.severity, a.category) == ("complaint", "minor", "billing")
    assert "fee_verdict" in a.cues


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@ParceloHelp a £4.99 service fee on a £10 order is a scam"),
        ("es", "@SkyLarkAir 35€ por imprimir la tarjeta de embarque, un timo"),
        ("fr", "@SkyLarkAir 45€ pour un bagage cabine, quelle arnaque"),
    ],
)
def test_a_verdict_on_a_price_raises_no_fraud_alarm(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang, brand_known=True).kind is None


NOT_A_VERDICT_ON_THE_PRICE = [
    # A real fraud or theft: a stranger, a credential, a scam approach, the police, money gone.
    ("en", "@NimbusMobile got a scam text with your logo asking me to pay a £1.99 fee, is it you?"),
    ("en", "@BrightbankCare someone took £300 from my account, this is a scam"),
    ("es", "@NimbusMobile me llegó un SMS de estafa pidiendo 2€ de tasa, ojo"),
    ("fr", "@NimbusMobile arnaque au colis : un SMS me demande 1,99€ de frais"),
    ("de", "@BrightbankCare Anruf von der 'Sicherheitsabteilung', danach 800€ weg, Betrug"),
    ("it", "@SkyLarkAir mi hanno rubato il portafoglio in aeroporto con 200€, è un furto, polizia chiamata"),
    # Negated: the price is fine.
    ("en", "@NimbusMobile £5 for unlimited calls, not a rip-off at all"),
    ("es", "@NimbusMobile 10€ con todo incluido, no es un timo"),
    ("de", "@NimbusMobile 15€ im Monat, kein Wucher, passt"),
    # Another company's price.
    ("de", "@NimbusMobile die Konkurrenz verlangt 20€ Gebühr, reine Abzocke, bei euch nicht"),
    ("en", "@SkyLarkAir competitors charge £40 a bag, daylight robbery, glad I fly with you"),
]


@pytest.mark.parametrize(("code", "text"), NOT_A_VERDICT_ON_THE_PRICE)
def test_no_verdict_on_the_brands_price(code: str, text: str) -> None:
    assert "fee_verdict" not in run(text, code).cues


def test_a_theft_word_without_a_price_is_no_verdict() -> None:
    # "un robo" (es) judges a price only beside one; a theft told is not a billing grumble.
    a = run("@SkyLarkAir sufrí un robo en la sala de embarque", "es")
    assert "fee_verdict" not in a.cues
    assert a.category != "billing"


def test_other_cues_still_make_it_major() -> None:
    # The verdict adds no "major", nor takes one away: charged twice stays major.
    a = run("@NimbusMobile charged twice for the £9 roaming fee, what a rip-off", "en")
    assert a.intent == "complaint" and a.severity == "major" and a.category == "billing"


_FACTORY = core_factory_from_settings()


def _case(text: str) -> dict[str, Any]:
    author = {"id": "a1", "handle": "someone", "followers": 300}
    scenario = {"id": "t", "mentions": [{"id": "m1", "at": 0, "author": author, "text": text}]}
    cases = list(run_scenario(_FACTORY, scenario)["cases"].values())
    assert len(cases) == 1
    return cases[0]


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile they billed me £35 for a replacement SIM, a scam",
        "@SkyLarkAir 70€ por cambiar un nombre en la reserva, una estafa",
        "@NimbusMobile 25€ de frais pour un duplicata de facture, c'est de l'arnaque",
    ],
)
def test_a_verdict_on_a_price_goes_to_care_not_to_the_fraud_team(text: str) -> None:
    case = _case(text)
    assert case["queue"] == "care-tier1" and case["intent"] == "complaint", (case["queue"], case["rule"])


def test_a_scam_text_still_goes_to_the_fraud_team() -> None:
    case = _case("@NimbusMobile got a text saying I owe a £2.99 fee with a link to pay, scam? it had your logo")
    assert case["queue"] == "safety-escalations", (case["queue"], case["rule"])


# The harm signal decides a verdict on a price itself (core/harm_figures.py `price_verdict`): a
# charge word names what the brand bills, not money taken, unless the charge is disowned.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@NimbusMobile honestly these roaming charges are a scam"),
        ("en", "@SkyLarkAir they charged me £55 to add a suitcase, total scam"),
        ("es", "@NimbusMobile los cargos por exceso de datos son una estafa"),
        ("it", "@NimbusMobile gli addebiti per la bolletta cartacea sono una truffa"),
        ("pt", "@NimbusMobile essas cobranças de roaming são um golpe"),
        ("fr", "@NimbusMobile ces frais de roaming, une vraie arnaque"),
        ("de", "@NimbusMobile die Roaming-Gebühren sind Betrug"),
    ],
)
def test_charges_called_a_scam_raise_no_fraud_alarm(lang: str, text: str) -> None:
    h = detect_harm(normalise(text), lang, brand_known=True)
    assert h.kind is None and h.price_verdict, h


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@BrightbankCare three charges on my card I don't recognise, this is fraud"),
        ("en", "@BrightbankCare someone charged £240 to my card, scam"),
        ("en", "@BrightbankCare charged my account without my consent, fraud"),
        ("es", "@BrightbankCare cargos desconocidos en mi tarjeta, es un fraude"),
        ("it", "@BrightbankCare addebiti sconosciuti sulla carta, una truffa"),
        ("pt", "@BrightbankCare cobranças desconhecidas no cartão, é golpe"),
    ],
)
def test_a_disowned_charge_keeps_the_fraud_alarm(lang: str, text: str) -> None:
    h = detect_harm(normalise(text), lang, brand_known=True)
    assert h.kind == "fraud" and not h.price_verdict, h


def test_the_charge_grumble_is_minor_care_not_safety() -> None:
    case = _case("@NimbusMobile these charges on my bill are a scam, sort it out")
    assert case["queue"] != "safety-escalations", (case["queue"], case["rule"])
