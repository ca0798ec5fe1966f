"""A speed cut on a plan sold as unlimited ("throttled me at 2GB") is a failure of the service in
every language, however jokingly told; a question about throttling, or a car's throttle, is not."""

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
        "lmaooo @NimbusMobile really said 'unlimited data' and then throttled me at 2GB 💀💀",
        "@NimbusMobile mi tarifa es ilimitada y me han capado la velocidad a 1 Mbps jajaja",
        "@NimbusMobile seit gestern gedrosselt, obwohl ich eine Flatrate habe",
        "@NimbusMobile forfait illimité mais débit bridé à 1 Mb/s depuis hier",
        "@NimbusMobile offerta illimitata e velocità ridotta dopo 5 giga, bella fregatura",
        "@NimbusMobile plano ilimitado e reduziram a velocidade depois de 10GB kkk",
    ],
)
def test_a_throttled_plan_is_a_complaint(text: str) -> None:
    assert run(text).intent == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile how do I check if my line is throttled when roaming?",
        "@NimbusMobile how can I tell whether throttling applies to my plan after 20GB?",
    ],
)
def test_a_question_about_throttling_is_a_question(text: str) -> None:
    assert run(text).intent == "question"
