"""Where harm meets legal: a data-protection word inside a report of exposed data or fraud is no
legal request (safety contains it first); a lawyer or a regulator still takes it to legal; power of
attorney is no legal threat; a harm report that reaches 50k followers is P1; a severe harm put
as a plea for an answer is a complaint."""

from __future__ import annotations

import orjson
import pytest

from mentionflow.core.pipeline import Pipeline
from mentionflow.core.route import Rules, load_rules, route
from mentionflow.core.signals import detect_signals
from mentionflow.core.text import normalise
from mentionflow.schema import decode_raw_mention, utc_iso
from mentionflow.settings import load_settings, packaged_data

from rulesamples import facts

T0 = 1_780_000_000.0


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules(packaged_data("rules.yaml"))


@pytest.mark.parametrize("kind", ["data_exposure", "fraud"])
def test_data_protection_words_in_an_exposure_or_fraud_stay_with_safety(rules: Rules, kind: str) -> None:
    d = route(facts(intent="complaint", harm=kind, harm__severity="elevated", signals=["data_request"]), rules)
    assert (d.queue, d.action.code) == ("safety-escalations", "acknowledge_then_private")


@pytest.mark.parametrize("signal", ["legal", "regulator"])
def test_a_lawyer_or_a_regulator_takes_exposure_to_legal(rules: Rules, signal: str) -> None:
    d = route(facts(intent="complaint", harm="data_exposure", harm__severity="elevated", signals=[signal]), rules)
    assert (d.queue, d.rule) == ("legal-regulatory", "legal-over-harm")


def test_a_data_request_about_a_harm_not_happening_now_is_legal(rules: Rules) -> None:
    d = route(facts(intent="complaint", harm="health", harm__severity="elevated", signals=["data_request"]), rules)
    assert d.queue == "legal-regulatory"


def test_power_of_attorney_is_not_a_legal_threat() -> None:
    assert "legal" not in detect_signals(normalise("my dad has dementia, I have power of attorney, please help"))
    assert "legal" in detect_signals(normalise("my dad has dementia and my attorney will hear about this"))


def test_harm_reaching_100k_followers_is_p1(rules: Rules) -> None:
    base = {"intent": "complaint", "harm": "fraud", "harm__severity": "elevated"}
    assert route(facts(**base, amplification_reach=410_000), rules).priority == "P1"
    assert route(facts(**base, amplification_reach=900), rules).priority == "P2"


def test_harm_reshared_to_50k_followers_is_p1(rules: Rules) -> None:
    # Three reposts by local news and foodie accounts (70k together) spread a food poisoning report.
    base = {"intent": "complaint", "harm": "health", "harm__severity": "elevated"}
    assert route(facts(**base, amplification_count=3, amplification_reach=69_400), rules).priority == "P1"
    assert route(facts(**base, amplification_count=2, amplification_reach=30_000), rules).priority == "P2"


def _intent(text: str) -> tuple[str, str | None]:
    core = Pipeline.from_settings(load_settings())
    raw = decode_raw_mention(
        orjson.dumps(
            {
                "id": "m1",
                "channel": "twitter",
                "text": text,
                "created_at": utc_iso(T0),
                "author": {"id": "c1", "handle": "c1"},
            }
        )
    )
    scored = core.score(core.enrich(raw, T0))
    return scored.analysis.intent, scored.analysis.harm_severity


def test_severe_harm_put_as_a_plea_for_an_answer_is_a_complaint_and_a_how_to_stays_a_question() -> None:
    intent, severity = _intent(
        "@SkyLarkHelp mi hija tiene diabetes y su insulina iba en la maleta que habéis PERDIDO, "
        "nos quedan 2 dosis para 5 días. ¿Alguien me puede contestar ya??"
    )
    assert (intent, severity) == ("complaint", "severe")
    intent, severity = _intent("@SkyLarkHelp ¿puedo llevar la insulina de mi hija en cabina?")
    assert (intent, severity) == ("question", None)
