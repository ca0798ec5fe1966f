"""Routing: the default rules, the score and its breakdown, reloads, hostile facts and files.

The file format and its validation: rules/test_loading.py; conditions: rules/test_conditions.py."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentionflow.core.harm import HARM_KINDS
from mentionflow.core.route import (
    FACTORS,
    KNOWN_FIELDS,
    Rules,
    RulesError,
    RulesHolder,
    load_rules,
    route,
)
from mentionflow.core.rules import loading as rules_loading
from mentionflow.core.rules import priority_score
from mentionflow.core.signals import SIGNALS
from mentionflow.rules_cli import DEFAULT_FACTS, check, explain
from mentionflow.schema import CATEGORIES, CHANNELS, INTENTS, PRIORITIES
from mentionflow.settings import packaged_data

from rulesamples import MINIMAL, facts, line_of

DEFAULT_RULES_PATH = packaged_data("rules.yaml")


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules(DEFAULT_RULES_PATH)


# --------------------------------------------------------------------------- the default file


def test_default_rules_load(rules: Rules) -> None:
    assert set(rules.queues) == {
        "safety-escalations",
        "crisis",
        "pr-media",
        "legal-regulatory",
        "care-escalations",
        "retention",
        "care-tier1",
        "self-service",
        "product-feedback",
        "sales",
        "marketing-advocacy",
        "no-response",
    }
    assert all(q.description and q.team for q in rules.queues.values())
    assert dict(rules.sla_seconds) == {"P1": 900, "P2": 3600, "P3": 14400, "P4": 86400}
    assert sum(rules.weights.values()) == pytest.approx(100)
    assert set(rules.weights) == set(FACTORS)
    assert rules.rules[-1].when is None and rules.rules[-1].id == "catch-all"
    for code in (
        "acknowledge_then_private",
        "point_to_self_service",
        "answer_question",
        "listen_only",
        "thank_and_amplify",
        "drop",
        "crisis_playbook",
    ):
        assert rules.actions[code]
    assert len(rules.digest) == 64


def test_default_facts_cover_known_fields() -> None:
    assert set(DEFAULT_FACTS) == KNOWN_FIELDS


def test_cli_check(tmp_path: Path, capsys: pytest.CaptureFixture[str], rules: Rules) -> None:
    assert check(DEFAULT_RULES_PATH) == 0
    assert capsys.readouterr().out.strip() == f"OK: {len(rules.rules)} rules, {len(rules.queues)} queues"
    bad = tmp_path / "rules.yaml"
    bad.write_text(MINIMAL.replace("field: intent", "field: intnet"), encoding="utf-8")
    assert check(bad) == 1
    err = capsys.readouterr().err
    assert f"{bad} line {line_of(MINIMAL, 'field: intent')}:" in err and "unknown field 'intnet'" in err


def test_cli_explain(capsys: pytest.CaptureFixture[str]) -> None:
    assert explain('{"intent": "spam"}') == 0
    out = capsys.readouterr().out
    assert "no-response" in out and "drop" in out and "sentiment" in out
    assert explain('{"intnet": "spam"}') == 1
    assert "unknown fact" in capsys.readouterr().err


# --------------------------------------------------------------------------- routing cases


def test_major_complaint_goes_to_escalations_at_least_p2(rules: Rules) -> None:
    d = route(facts(intent="complaint", severity="major", category="billing", sentiment__score=-0.7), rules)
    assert (d.rule, d.queue, d.action.code) == ("major-complaint", "care-escalations", "acknowledge_then_private")
    assert d.priority == "P2"  # the score alone says P3; the rule raises it
    assert d.sla_seconds == 3600
    assert "offline" in d.action.text


def test_min_priority_does_not_lower_a_high_score(rules: Rules) -> None:
    d = route(
        facts(
            intent="complaint",
            severity="major",
            sentiment__score=-1.0,
            influence__score=0.8,
            author__influence_tier="mid",
            customer__tier="silver",
            customer__lifetime_value=10_000.0,
            amplification_count=4,  # 5+ reposts would make it a viral crisis (next test)
            waited_s=3600.0,
        ),
        rules,
    )
    assert d.rule == "major-complaint"
    assert d.score >= 70 and d.priority == "P1" and d.sla_seconds == 900


def test_a_widely_reshared_major_complaint_is_p1_and_a_crisis_only_when_it_cascades(rules: Rules) -> None:
    # Contract: priority rises with the amplifiers; only a fast-growing cascade goes to crisis,
    # and crisis always runs the crisis playbook.
    d = route(facts(intent="complaint", severity="major", sentiment__score=-0.8, amplification_count=6), rules)
    assert (d.queue, d.priority, d.rule) == ("care-escalations", "P1", "viral-major-complaint")
    assert d.action.code == "acknowledge_then_private"
    fast = route(
        facts(
            intent="complaint",
            severity="major",
            sentiment__score=-0.8,
            amplification_count=12,
            amplification_growth_per_min=1.2,
        ),
        rules,
    )
    assert (fast.queue, fast.action.code, fast.priority) == ("crisis", "crisis_playbook", "P1")
    minor = route(facts(intent="complaint", severity="minor", amplification_count=6), rules)
    assert minor.queue != "crisis"


def test_every_rule_into_crisis_runs_the_crisis_playbook(rules: Rules) -> None:
    for rule in rules.rules:
        if rule.queue == "crisis":
            assert rule.action == "crisis_playbook", rule.id


def test_harm_goes_to_safety_whatever_the_intent(rules: Rules) -> None:
    for intent in ("complaint", "question", "other", "praise", "rant", "spam"):
        d = route(facts(intent=intent, harm="health", harm__severity="elevated"), rules)
        assert (d.queue, d.action.code, d.team) == ("safety-escalations", "acknowledge_then_private", "safety"), intent
        assert d.priority in ("P1", "P2"), intent
    severe = route(facts(intent="other", harm="physical_safety", harm__severity="severe"), rules)
    assert (severe.queue, severe.priority, severe.rule) == ("safety-escalations", "P1", "harm-severe")
    spreading = route(
        facts(intent="complaint", harm="data_exposure", harm__severity="elevated", amplification_count=6), rules
    )
    assert spreading.priority == "P1"
    how_to = route(facts(intent="question", text="Is there a way to filter restaurants by allergen info?"), rules)
    assert how_to.queue == "self-service"


def test_teams_beyond_care(rules: Rules) -> None:
    expected = {
        "press": ("pr-media", "pr-media", "refer_to_pr"),
        "legal": ("legal-regulatory", "legal", "refer_to_legal"),
        "regulator": ("legal-regulatory", "legal", "refer_to_legal"),
        "data_request": ("legal-regulatory", "legal", "refer_to_legal"),
        "churn": ("retention", "retention", "retention_save"),
        "feedback": ("product-feedback", "product", "log_feedback"),
        "purchase": ("sales", "sales", "sales_lead"),
    }
    for signal, (queue, team, action) in expected.items():
        d = route(facts(intent="question" if signal == "purchase" else "complaint", signals=[signal]), rules)
        assert (d.queue, d.team, d.action.code) == (queue, team, action), signal


def test_customer_value_tightens_the_sla_tier(rules: Rules) -> None:
    minor = {"intent": "complaint", "severity": "minor", "sentiment__score": -0.4}
    unknown = route(facts(**minor), rules)
    platinum = route(facts(**minor, customer__tier="platinum"), rules)
    assert unknown.priority == "P3" and platinum.priority == "P2"
    assert platinum.sla_seconds < unknown.sla_seconds
    spam = route(facts(intent="spam", customer__tier="platinum"), rules)
    assert spam.priority == "P4"  # a fixed priority is not shifted


def test_amplified_complaint_is_escalated_whatever_the_severity(rules: Rules) -> None:
    d = route(facts(intent="complaint", severity="minor", amplification_count=12), rules)
    assert d.priority in ("P1", "P2") and d.action.code != "point_to_self_service"
    cascade = route(facts(intent="complaint", severity="minor", amplification_growth_per_min=3.0), rules)
    assert (cascade.queue, cascade.action.code, cascade.priority) == ("crisis", "crisis_playbook", "P1")


def test_platinum_major_complaint_is_p1(rules: Rules) -> None:
    # Top customers jump the queue when the major problem is time-critical (documented label
    # policy: "platinum/gold AND the issue is major and time-critical").
    text = "stuck in Frankfurt today, missed my connection"
    d = route(
        facts(intent="complaint", severity="major", customer__tier="platinum", sentiment__score=-0.5, text=text), rules
    )
    assert (d.queue, d.priority, d.rule) == ("care-escalations", "P1", "major-complaint-top-customer")
    calm = route(
        facts(
            intent="complaint",
            severity="major",
            customer__tier="gold",
            sentiment__score=-0.5,
            text="my account was banned after one missing order",
        ),
        rules,
    )
    # Without urgency it is the major-complaint rule; a gold customer's is one tier tighter (P2 -> P1).
    assert (calm.queue, calm.priority, calm.rule) == ("care-escalations", "P1", "major-complaint")


def test_outage_incident_is_a_crisis(rules: Rules) -> None:
    d = route(
        facts(intent="complaint", severity="major", category="outage", incident_size=40, incident_growth_per_min=2.0),
        rules,
    )
    assert (d.queue, d.priority, d.action.code, d.rule) == ("crisis", "P1", "crisis_playbook", "crisis-incident")
    small_but_fast = route(facts(intent="question", incident_size=6, incident_growth_per_min=1.2), rules)
    assert small_but_fast.queue == "crisis"
    small_and_slow = route(facts(intent="question", incident_size=6, incident_growth_per_min=0.2), rules)
    assert small_and_slow.queue != "crisis"


def test_influencers(rules: Rules) -> None:
    base = {"intent": "complaint", "severity": "major", "sentiment__score": -0.6}
    # One customer's problem, however large the audience, is no incident at scale: care
    # escalations answers it first (P1); the crisis desk takes it only when it cascades.
    mega = route(facts(**base, author__influence_tier="mega"), rules)
    assert (mega.queue, mega.priority, mega.action.code) == ("care-escalations", "P1", "acknowledge_then_private")
    assert mega.rule == "mega-influencer-major-complaint"
    cascade = route(facts(**base, author__influence_tier="mega", amplification_count=60), rules)
    assert cascade.queue == "crisis"
    spreading = route(facts(**base, author__influence_tier="mega", amplification_growth_per_min=2.0), rules)
    assert (spreading.queue, spreading.action.code) == ("crisis", "crisis_playbook")
    macro = route(facts(**base, author__influence_tier="macro"), rules)
    assert (macro.queue, macro.priority) == ("care-escalations", "P1")
    verified = route(facts(**base, author__verified=True, author__followers=250_000), rules)
    assert (verified.queue, verified.priority) == ("care-escalations", "P1")


def test_an_audience_escalates_any_complaint(rules: Rules) -> None:
    minor = {"intent": "complaint", "severity": "minor", "sentiment__score": -0.4}
    star = route(facts(**minor, author__influence_tier="macro"), rules)
    assert (star.queue, star.priority, star.action.code, star.rule) == (
        "care-escalations",
        "P2",
        "acknowledge_then_private",
        "influencer-complaint",
    )
    nobody = route(facts(**minor, author__influence_tier="micro"), rules)
    assert nobody.rule != "influencer-complaint" and nobody.priority in ("P3", "P4")
    sour = route(facts(intent="question", sentiment__label="negative", author__influence_tier="macro"), rules)
    assert sour.rule == "influencer-complaint"
    curious = route(facts(intent="question", sentiment__label="neutral", author__influence_tier="macro"), rules)
    assert curious.rule != "influencer-complaint"
    # "You charged me a fee that was meant to be free, can anyone explain?": a question that reads
    # clearly negative even where the label stays neutral; a barely negative one does not.
    charged = facts(
        intent="question", sentiment__label="neutral", sentiment__score=-0.16, author__influence_tier="macro"
    )
    assert route(charged, rules).rule == "influencer-complaint"
    mild = facts(intent="question", sentiment__label="neutral", sentiment__score=-0.05, author__influence_tier="macro")
    assert route(mild, rules).rule != "influencer-complaint"


def test_spam_is_dropped(rules: Rules) -> None:
    d = route(facts(intent="spam", text="win a free phone"), rules)
    assert (d.queue, d.action.code, d.priority) == ("no-response", "drop", "P4")


def test_praise_goes_to_advocacy(rules: Rules) -> None:
    d = route(facts(intent="praise", sentiment__score=0.9), rules)
    assert (d.queue, d.action.code, d.priority) == ("marketing-advocacy", "thank_and_amplify", "P4")
    star = route(facts(intent="praise", author__influence_tier="macro"), rules)
    assert (star.queue, star.priority) == ("marketing-advocacy", "P3")
    ironic = route(facts(intent="praise", irony=0.8), rules)
    assert ironic.action.code != "thank_and_amplify"


def test_questions(rules: Rules) -> None:
    how_to = route(facts(intent="question", text="How do I reset my password?"), rules)
    assert (how_to.queue, how_to.action.code) == ("self-service", "point_to_self_service")
    other = route(facts(intent="question", text="Is the blue one back in stock soon?"), rules)
    assert (other.queue, other.action.code) == ("care-tier1", "answer_question")
    assert other.priority == "P3"  # a question needing an agent is answered within the P3 SLA
    for text in (
        "what's the cabin bag size on Basic fares?",
        "can I schedule an order for tomorrow lunchtime?",
        "do you deliver to Kelham Island yet?",
        "Does the bank charge fees for using the card in the US?",
        "how do I cancel my Plus membership?",
    ):
        d = route(facts(intent="question", text=text), rules)
        assert (d.queue, d.priority) == ("self-service", "P4"), text
    needs_agent = route(facts(intent="question", text="my bill went up £3, is that the annual price rise?"), rules)
    assert needs_agent.queue == "care-tier1"


def test_look_up_questions_in_every_language_have_a_help_article(rules: Rules) -> None:
    for text in (
        "qué medidas tiene que tener la maleta de mano para ir gratis?",
        "¿cuántos kilos puedo llevar en la maleta facturada?",
        "quelle est la taille max du bagage cabine ?",
        "combien de kilos en soute ?",
        "welche Maße darf das Handgepäck haben?",
        "wie viel Kilo darf ich mitnehmen?",
        "quali sono le misure del bagaglio a mano?",
        "quanti kg posso imbarcare?",
        "qual é o peso máximo da mala?",
        "quantos quilos posso levar?",
        "Come si prenota l'assistenza? Si fa dall'app?",
        "come si attiva la carta?",
    ):
        d = route(facts(intent="question", text=text), rules)
        assert (d.queue, d.priority) == ("self-service", "P4"), text
    # Negative twins: a question about the customer's own problem or wait needs an agent.
    for text in (
        "¿cuántos días más tengo que esperar?",
        "¿qué tamaño de broma es esta?",
        "¿cuál es el problema con vuestra app?",
        "quel est le problème avec l'appli ?",
        "qual é o problema de vocês?",
        "quanti giorni devo aspettare?",
    ):
        d = route(facts(intent="question", text=text), rules)
        assert d.queue == "care-tier1", text


def test_repeat_ranter_gets_no_response(rules: Rules) -> None:
    d = route(facts(intent="rant", sentiment__score=-0.9, author__recent_mentions=3), rules)
    assert (d.queue, d.action.code, d.priority) == ("no-response", "listen_only", "P4")
    again = route(facts(intent="rant", sentiment__score=-0.9, author__recent_mentions=1), rules)
    assert again.queue == "no-response"  # ranting again within the hour
    first = route(facts(intent="rant", sentiment__score=-0.9, author__recent_mentions=0), rules)
    assert first.queue == "care-tier1" and first.rule == "catch-all"


def test_minor_complaint_and_unsupported_language(rules: Rules) -> None:
    minor = route(facts(intent="complaint", severity="minor", category="delivery"), rules)
    assert (minor.queue, minor.action.code, minor.priority) == ("care-tier1", "point_to_self_service", "P3")
    foreign = route(facts(intent="complaint", severity="minor", language="und", language_supported=False), rules)
    assert (foreign.queue, foreign.rule) == ("care-tier1", "unsupported-language")
    assert PRIORITIES.index(foreign.priority) <= PRIORITIES.index("P3")


def test_breakdown_sums_to_score_and_explains_each_factor(rules: Rules) -> None:
    d = route(
        facts(
            intent="complaint",
            severity="minor",
            sentiment__score=-0.33,
            influence__score=0.41,
            customer__tier="gold",
            customer__lifetime_value=777.0,
            amplification_count=3,
            duplicate_count=2,
            incident_size=4,
            incident_growth_per_min=0.6,
            waited_s=1234.0,
        ),
        rules,
    )
    assert [f.factor for f in d.breakdown] == list(FACTORS)
    assert sum(f.contribution for f in d.breakdown) == pytest.approx(d.score, abs=1e-6)
    for f in d.breakdown:
        assert 0.0 <= f.value <= 1.0
        assert f.weight == rules.weights[f.factor]
        assert f.contribution == pytest.approx(f.value * f.weight, abs=1e-3)
    by_name = {f.factor: f for f in d.breakdown}
    assert by_name["sentiment"].value == pytest.approx(0.33)
    assert by_name["intent_severity"].value == 0.5
    assert by_name["public_channel"].value == 1.0
    assert by_name["waited"].value == pytest.approx(1234 / 3600, abs=1e-4)


def test_score_thresholds(rules: Rules) -> None:
    # The catch-all keeps the score's priority: check the bands.
    quiet = route(facts(intent="other", public=False), rules)
    assert quiet.score < 30 and quiet.priority == "P4" and quiet.sla_seconds == 86400


# --------------------------------------------------------------------------- invalid files

# --------------------------------------------------------------------------- reload


def test_holder_keeps_previous_rules_on_bad_reload(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    holder = RulesHolder.from_path(path)
    before = holder.rules
    assert holder.route(facts(intent="spam")).queue == "no-response"

    path.write_text(MINIMAL.replace("queue: no-response", "queue: nowhere"), encoding="utf-8")
    error = holder.reload()
    assert isinstance(error, RulesError) and "unknown queue 'nowhere'" in str(error)
    assert error.line == line_of(MINIMAL, "queue: no-response")
    assert holder.rules is before
    assert holder.route(facts(intent="spam")).queue == "no-response"

    path.write_text(MINIMAL.replace("priority: P4", "priority: P3"), encoding="utf-8")
    assert holder.reload(path) is None
    assert holder.rules is not before and holder.route(facts(intent="spam")).priority == "P3"


# --------------------------------------------------------------------------- robustness

TYPED_FACTS = st.fixed_dictionaries(
    {
        "channel": st.sampled_from(sorted(CHANNELS)),
        "public": st.booleans(),
        "brand": st.none() | st.text(max_size=12),
        "language": st.sampled_from(["en", "fr", "de", "und", "ja"]),
        "language_supported": st.booleans(),
        "intent": st.sampled_from(INTENTS),
        "severity": st.sampled_from([None, "major", "minor"]),
        "category": st.none() | st.sampled_from(CATEGORIES),
        "sentiment.score": st.floats(-1, 1),
        "sentiment.label": st.sampled_from(["negative", "neutral", "positive"]),
        "author.followers": st.integers(0, 10**9),
        "author.verified": st.booleans(),
        "author.influence_tier": st.sampled_from(["nano", "micro", "mid", "macro", "mega"]),
        "influence.score": st.floats(0, 1),
        "customer.tier": st.sampled_from(["platinum", "gold", "silver", "standard", "unknown"]),
        "customer.lifetime_value": st.floats(0, 1e7),
        "customer.open_cases": st.integers(0, 100),
        "author.recent_mentions": st.integers(0, 10),
        "incident_size": st.integers(0, 10_000),
        "incident_growth_per_min": st.floats(0, 1000),
        "amplification_count": st.integers(0, 10**6),
        "duplicate_count": st.integers(0, 10**6),
        "waited_s": st.floats(0, 1e7),
        "shouting": st.booleans(),
        "text": st.text(max_size=400),
        "harm": st.none() | st.sampled_from(HARM_KINDS),
        "harm.severity": st.sampled_from([None, "severe", "elevated"]),
        "irony": st.floats(0, 1),
        "signals": st.lists(st.sampled_from(SIGNALS), max_size=3),
        "repeat_complainer": st.booleans(),
        "author.complaints_30d": st.integers(0, 100),
        "amplification_reach": st.integers(0, 10**9),
        "amplification_growth_per_min": st.floats(0, 1000),
        "followup_count": st.integers(0, 100),
        "waiting_followups": st.integers(0, 100),
        "reply_public": st.booleans(),
    }
)

JUNK = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=10**300, max_value=10**400)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | st.lists(st.integers(), max_size=2)
)


def _check_decision(facts_: dict[str, Any], rules_: Rules) -> None:
    d = route(facts_, rules_)
    assert d.priority in PRIORITIES
    assert d.queue in rules_.queues
    assert d.sla_seconds == rules_.sla_seconds[d.priority]
    assert 0.0 <= d.score <= sum(rules_.weights.values()) + 1e-6
    assert not math.isnan(d.score)
    assert sum(f.contribution for f in d.breakdown) == pytest.approx(d.score, abs=1e-6)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(TYPED_FACTS)
def test_random_facts_never_crash(rules: Rules, sample: dict[str, Any]) -> None:
    _check_decision(sample, rules)
    # Well-typed facts take the fast path: neither step falls back to sanitising.
    priority_score(sample, rules)
    rules.first_match(sample)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(sorted(KNOWN_FIELDS)), JUNK))
def test_junk_facts_never_crash(rules: Rules, junk: dict[str, Any]) -> None:
    _check_decision({**DEFAULT_FACTS, **junk}, rules)
    _check_decision(junk, rules)  # fields missing altogether


# --------------------------------------------------------------------------- hostile rules files (issue 15)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (MINIMAL.replace("queues:", "# a comment with a form feed \x0c\nqueues:"), "special characters"),
        ("[" * 500 + "]" * 500, "nested"),
        ("{a: " * 500 + "1" + "}" * 500, "nested"),
    ],
    ids=["form-feed", "brackets", "braces"],
)
def test_every_load_failure_is_a_rules_error(tmp_path: Path, text: str, reason: str) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    holder = RulesHolder.from_path(path)
    before = holder.rules
    path.write_text(text, encoding="utf-8")
    error = holder.reload()  # the worker's reload timer: must return, never raise
    assert isinstance(error, RulesError) and reason in error.reason
    assert holder.rules is before
    with pytest.raises(RulesError):
        load_rules(path)


def test_reload_turns_an_unexpected_exception_into_a_rules_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    holder = RulesHolder.from_path(path)

    def boom(*_: object, **__: object) -> None:
        raise MemoryError("out of memory")

    monkeypatch.setattr(rules_loading, "parse_rules", boom)
    error = holder.reload()
    assert isinstance(error, RulesError) and "MemoryError" in error.reason
