"""An insult beside one failure said in words ("empresa lixo, perdeu minha mala") is a complaint
with heat, in every language; an insult beside a hashtag's failure alone ("#nimbusdown") is
venting."""

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
        "@Air empresa lixo, perdeu minha mala",
        "@Air empresa de mierda, perdieron mi maleta",
        "@Air compagnie de merde, vous avez perdu ma valise",
        "@Air Drecksladen, ihr habt meinen Koffer verloren",
        "@Air garbage airline, you lost my bag",
    ],
)
def test_an_insult_with_a_named_failure_is_a_complaint(text: str) -> None:
    assert run(text).intent == "complaint"


def test_an_insult_with_only_an_outage_hashtag_is_venting() -> None:
    text = "@Nimbus honestly the worst company in the country. Useless, all of you. Never again. #nimbusdown"
    assert run(text).intent == "rant"
