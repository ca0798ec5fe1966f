"""Session-19 misreads, each with its general cause fixed and negative controls:

1. A verdict on the service closing a story of a fix or a kind turn ("... fixed it. great service",
   "... kept us updated, fantastic") is praise; said beside an open failure with an eye-roll it
   stays a complaint (categories.yaml praise_markers).
2. "never disappointed, best network": the boast's "never" does not negate the superlative
   (core/never_failed.py).
3. A first-person how-to ("comment j'active l'eSIM ?", "como ativo o eSIM?") is a question (core/intent.py).
4. A rival named as a yardstick ("compared to the competition") is no churn (core/churn_compared.py).
5. A prospect moving to the brand ("switching the whole office over to you") is a lead, not a
   (major) complaint (core/leads.py `joining_not_complaint`).
"""

from __future__ import annotations

from typing import Any

import pytest

from mentionflow.core.churn_compared import rival_compared
from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import analyse
from mentionflow.core.text import normalise
from mentionflow.tools.scenarios import core_factory_from_settings, run_scenario

_MAKE = core_factory_from_settings()


def _case(text: str) -> dict[str, Any]:
    scenario = {
        "id": "pl",
        "mentions": [{"id": "m1", "at": 0, "author": {"id": "u_pl", "handle": "pl", "followers": 90}, "text": text}],
    }
    return next(iter(run_scenario(_MAKE, scenario)["cases"].values()))


def _intent(text: str) -> str:
    norm = normalise(text)
    return analyse(norm, detect_language(norm)).intent


# 1 --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp broadband dropped on sunday, a technician came monday and fixed it. great service",
        "@SkyLarkAir flight was late but the crew kept everyone posted the whole time, fantastic",
        "@NimbusHelp my sim stopped working, they replaced it in the shop in ten minutes. excellent service",
        "@ParceloHelp parcel went to the wrong door but the driver went back and fetched it, brilliant service",
        "@NimbusHelp router failed, new one arrived the next day and it works. amazing service",
        "@NimbusHelp la fibra se cortó el lunes, el técnico vino el martes y la arregló. fantástico",
        "@NimbusHelp plus de fibre lundi, le technicien est passé mardi et a tout réparé. fantastique",
        "@NimbusHelp Glasfaser war Montag weg, der Techniker kam Dienstag und hat es repariert. fantastisch",
        "@NimbusHelp fibra saltata lunedì, il tecnico è passato martedì e l'ha sistemata. ottimo servizio",
        "@NimbusHelp a fibra caiu na segunda, o técnico veio na terça e resolveu. fantástico",
    ],
)
def test_a_service_verdict_after_a_fix_is_praise(text: str) -> None:
    assert _case(text)["intent"] == "praise"


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp great service, 2 hours in the queue and still nobody 🙄",
        "@SkyLarkAir fantastic, another cancellation 🙄",
        "@BrightbankCare brilliant service, card blocked again and no reply 🙄",
        "@NimbusHelp excellent service... no signal for the third day running",
        "@NimbusHelp gran servicio, dos horas en espera y nadie 🙄",
        "@NimbusHelp super service, deux heures d'attente et personne 🙄",
        "@NimbusHelp toller Service, zwei Stunden Warteschleife und niemand 🙄",
        "@NimbusHelp ottimo servizio, due ore in attesa e nessuno 🙄",
        "@NimbusHelp ótimo atendimento, duas horas em espera e ninguém 🙄",
    ],
)
def test_a_service_verdict_beside_an_open_failure_stays_a_complaint(text: str) -> None:
    case = _case(text)
    assert case["queue"] not in ("marketing-advocacy",)
    assert case["priority"] in ("P1", "P2", "P3")


# 2 --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp 7 years and never disappointed, best coverage around",
        "@SkyLarkAir flown with you for a decade, never disappointed, best airline in europe",
        "@BrightbankCare never let me down once, best bank I've had",
        "@NimbusHelp 6 años con vosotros y nunca me habéis decepcionado, la mejor cobertura",
        "@NimbusHelp 6 ans chez vous et jamais déçue, la meilleure couverture",
        "@NimbusHelp seit 6 Jahren bei euch und nie enttäuscht, das beste Netz",
        "@NimbusHelp 6 anni con voi e mai delusa, la migliore copertura",
        "@NimbusHelp 6 anos convosco e nunca me decepcionou, a melhor cobertura",
    ],
)
def test_never_disappointed_beside_a_superlative_is_praise(text: str) -> None:
    assert _case(text)["intent"] == "praise"


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp never disappointed until this week, no signal for 3 days",
        "@NimbusHelp never disappointed? I'm disappointed every day, worst network in the country",
        "@SkyLarkAir never lost a bag but would not recommend the best seats, broken",
    ],
)
def test_a_turned_boast_is_no_praise(text: str) -> None:
    assert _case(text)["intent"] != "praise"


# 3 --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "comment j'active l'eSIM sur mon nouveau téléphone ?",
        "comment j'ajoute une ligne à mon forfait ?",
        "como ativo o roaming antes de viajar?",
        "como configuro o correio de voz?",
        "how do I activate roaming before I travel?",
        "¿cómo activo el roaming antes de viajar?",
        "wie aktiviere ich Roaming vor der Reise?",
        "come attivo il roaming prima di partire?",
    ],
)
def test_a_first_person_how_to_is_a_question(text: str) -> None:
    assert _intent(text) == "question"


@pytest.mark.parametrize(
    "text",
    [
        "comment j'ai pu être facturé deux fois ce mois-ci ?",
        "comment j'active l'eSIM ? ça fait 3 jours que j'ai plus de réseau",
    ],
)
def test_a_rhetorical_or_failing_how_is_a_complaint(text: str) -> None:
    assert _intent(text) == "complaint"


# 4 --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp how do your family plans stack up compared to the competition?",
        "@NimbusHelp vos forfaits sont à combien par rapport à la concurrence ?",
        "@NimbusHelp wie teuer seid ihr im Vergleich zur Konkurrenz?",
        "@NimbusHelp come siete messi a prezzi rispetto alla concorrenza?",
        "@NimbusHelp quanto custa o plano comparado à concorrência?",
    ],
)
def test_a_rival_as_a_yardstick_is_no_churn(text: str) -> None:
    assert "churn" not in _case(text)["signals"]


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp I'm going to the competition, you charge twice as much",
        "@NimbusHelp je pars à la concurrence, trop cher",
        "@NimbusHelp ich wechsle zur Konkurrenz, viel zu teuer",
    ],
)
def test_leaving_for_a_rival_is_churn(text: str) -> None:
    assert "churn" in _case(text)["signals"]


def test_rival_compared_needs_every_phrase_compared() -> None:
    toks = normalise("cheaper compared to the competition so im moving to the competition").tokens
    first = toks.index("to")
    last = len(toks) - 3
    assert rival_compared(toks, [(first, 3)])
    assert not rival_compared(toks, [(first, 3), (last, 3)])
    assert not rival_compared(toks, [])


# 5 --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp moving our whole office over to you next month, what are the business prices?",
        "@NimbusHelp queremos pasar toda la oficina a vosotros, ¿qué tarifas tenéis?",
        "@NimbusHelp on aimerait passer tout le bureau chez vous, c'est combien ?",
        "@NimbusHelp wir möchten mit dem ganzen Büro zu euch wechseln, was kostet das?",
        "@NimbusHelp vorremmo passare tutto l'ufficio a voi, che prezzi fate?",
        "@NimbusHelp queremos mudar o escritório todo para vocês, quanto custa?",
    ],
)
def test_a_whole_office_moving_to_the_brand_is_a_lead(text: str) -> None:
    case = _case(text)
    assert case["intent"] != "complaint"
    assert "purchase" in case["signals"]
    assert case["priority"] != "P2"


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp the whole office has had no internet since 9am",
        "@NimbusHelp toda la oficina sin conexión desde esta mañana",
        "@NimbusHelp tout le bureau est sans réseau depuis ce matin",
    ],
)
def test_a_whole_office_cut_off_stays_major(text: str) -> None:
    case = _case(text)
    assert case["intent"] == "complaint"
    assert case["severity"] == "major"
