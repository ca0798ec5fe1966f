"""Asking how to find out whether something failed ("how do I know if my flight is delayed?") is a
request for information in every language, not a complaint; a rhetorical "how is it possible
that ..." about a failure that happened, or an angry demand, stays a complaint."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir how do I check if my flight is delayed?",
        "@SkyLarkAir ¿cómo sé si mi vuelo tiene retraso?",
        "@NimbusMobile ¿cómo compruebo si hay una avería en mi zona?",
        "@SkyLarkAir comment savoir si mon vol est en retard ?",
        "@NimbusMobile comment vérifier s'il y a une panne dans mon quartier ?",
        "@NimbusMobile woher weiß ich, ob es eine Störung gibt?",
        "@SkyLarkAir come verifico se il mio volo è in ritardo?",
        "@SkyLarkAir como sei se o meu voo está atrasado?",
        "@NimbusMobile onde vejo se há avaria na minha zona?",
        "@BrightbankCare ¿cómo desbloqueo la tarjeta en la app?",
        "@BrightbankCare ¿cómo cambio el PIN de la tarjeta?",
    ],
)
def test_how_to_find_out_about_a_failure_is_a_question(text: str) -> None:
    assert run(text).intent == "question"


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir ¿cómo es posible que mi vuelo lleve 5 horas de retraso?",
        "@SkyLarkAir comment savoir quand vous allez enfin me rembourser ce vol annulé ?!",
        "@SkyLarkAir ¿cómo no va a ser culpa vuestra si cancelasteis el vuelo?",
    ],
)
def test_a_rhetorical_how_about_a_failure_stays_a_complaint(text: str) -> None:
    assert run(text).intent == "complaint"
