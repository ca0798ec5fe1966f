"""A plain question in es/fr/de/it/pt names nothing wrong: its label is never negative on the
model margin alone (the per-language models learned function words and rhetorical questions from
general tweets), so a big account's how-to question is no "complaint that reads negative".
Questions that name a failure, ask "why" or dispute a sum keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise
from mentionflow.tools.scenarios import core_factory_from_settings, run_scenario

_FACTORY = core_factory_from_settings()

PLAIN = [
    "@SkyLarkHelp on peut choisir son siège gratuitement la veille du vol ?",
    "@SkyLarkHelp ¿se puede llevar una silla de bebé en cabina sin pagar?",
    "@Brightbank kann man das Tageslimit in der App selbst ändern?",
    "@SkyLarkHelp si può portare il passeggino in cabina o va imbarcato?",
    "@NimbusMobile o tarifário inclui roaming em Espanha?",
]


def _analysis(text: str) -> TextAnalysis:
    norm = normalise(text)
    return analyse(norm, detect_language(norm))


def _case(text: str, followers: int) -> dict[str, Any]:
    author = {"id": "a1", "handle": "someone", "followers": followers, "verified": True}
    scenario = {"id": "q", "mentions": [{"id": "m1", "at": 0, "author": author, "text": text}]}
    cases = list(run_scenario(_FACTORY, scenario)["cases"].values())
    assert len(cases) == 1
    return cases[0]


@pytest.mark.parametrize("text", PLAIN)
def test_a_plain_question_is_not_negative(text: str) -> None:
    a = _analysis(text)
    assert a.intent == "question" and a.label != "negative" and a.score > -0.1, a


@pytest.mark.parametrize("text", PLAIN[:3])
def test_a_big_accounts_plain_question_is_no_escalation(text: str) -> None:
    case = _case(text, 250_000)
    assert case["rule"] != "influencer-complaint" and case["queue"] in ("self-service", "care-tier1"), case["rule"]


@pytest.mark.parametrize(
    "text",
    [
        "@Brightbank pourquoi vous m'avez prélevé deux fois 49 € ce mois-ci ?",
        "@Brightbank warum wurde meine Karte schon wieder gesperrt?",
        "@ParceloEats perché il rider non è mai arrivato e l'ordine risulta consegnato?",
        "@NimbusMobile porque é que me cobraram 30 euros a mais na fatura?",
    ],
)
def test_a_complaint_put_as_a_question_stays_negative(text: str) -> None:
    a = _analysis(text)
    assert a.label == "negative" and a.intent == "complaint", a
    assert _case(text, 250_000)["queue"] not in ("self-service", "care-tier1")
