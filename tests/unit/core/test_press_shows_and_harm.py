"""A show preparing an episode and asking for someone to interview is a press enquiry, in every
supported language (but a job interview or an episode being streamed is not); and a newsroom
asking for a statement on a harm to others (an alleged leak, an accident) goes to PR, while a
journalist's own harm stays safety's."""

from __future__ import annotations

from typing import Any

import pytest

from mentionflow.tools.scenarios import core_factory_from_settings, run_scenario

_FACTORY = core_factory_from_settings()


def _case(text: str) -> dict[str, Any]:
    author = {"id": "a1", "handle": "someone", "followers": 9000}
    scenario = {"id": "show", "mentions": [{"id": "m1", "at": 0, "author": author, "text": text}]}
    cases = list(run_scenario(_FACTORY, scenario)["cases"].values())
    assert len(cases) == 1
    return cases[0]


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile hi, we're recording an episode about roaming bills, could we interview someone from your team?",
        "@SkyLarkAir bonjour, nous préparons un épisode sur les bagages perdus, quelqu'un pour une interview ?",
        "@Brightbank hola, estamos preparando un episodio sobre el fraude con tarjetas, ¿alguien para hablar?",
        "@ParceloEats Hallo, wir planen eine Folge über Lieferfahrer, wer wäre für ein Interview verfügbar?",
        "@Brightbank ciao, stiamo preparando una puntata sulle truffe online, qualcuno per un'intervista?",
        "@NimbusMobile olá, estamos gravando um episódio sobre o 5G, alguém da equipa para uma entrevista?",
    ],
)
def test_a_show_asking_for_an_interview_goes_to_pr(text: str) -> None:
    case = _case(text)
    assert case["queue"] == "pr-media", (text, case["queue"], case["rule"])


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkHelp flight 3h late and I missed an interview, who pays for that?",
        "@SkyLarkHelp perdí una entrevista de trabajo por el retraso, quiero una compensación",
        "@NimbusHelp je regardais un épisode sur Netflix et plus de connexion depuis une heure",
        "@NimbusHelp guardavo un episodio su Netflix e la fibra è morta di nuovo",
    ],
)
def test_job_interviews_and_streamed_episodes_are_not_press(text: str) -> None:
    case = _case(text)
    assert "press" not in case["signals"] and case["queue"] != "pr-media", (text, case["queue"], case["rule"])


@pytest.mark.parametrize(
    "text",
    [
        "Good morning, the business desk of a national daily would like an official statement from Brightbank "
        "on reports that customers' card details were leaked. Deadline 5pm.",
        "Bonjour, la rédaction d'un quotidien régional souhaite une déclaration officielle de Parcelo sur "
        "l'accident d'un livreur hier soir. Bouclage à 17h.",
    ],
)
def test_a_statement_asked_on_a_harm_to_others_goes_to_pr(text: str) -> None:
    case = _case(text)
    assert case["queue"] == "pr-media" and case["recommended_action"]["code"] == "refer_to_pr", (
        case["queue"],
        case["rule"],
    )


def test_a_journalists_own_harm_stays_with_safety() -> None:
    case = _case("@BrightbankCare journalist here, someone used my card for 900€ last night, it wasn't me!!")
    assert case["queue"] == "safety-escalations", (case["queue"], case["rule"])
