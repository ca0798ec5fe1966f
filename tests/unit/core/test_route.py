"""Routing: the rules file format and its validation, the score, the default rules."""

from __future__ import annotations

import math
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentionflow.core.harm import HARM_KINDS
from mentionflow.core.route import (
    FACTORS,
    KNOWN_FIELDS,
    MAX_SLA_S,
    Rules,
    RulesError,
    RulesHolder,
    load_rules,
    parse_rules,
    route,
)
from mentionflow.core.rules import loading as rules_loading
from mentionflow.core.rules import priority_score
from mentionflow.core.signals import SIGNALS
from mentionflow.rules_cli import DEFAULT_FACTS, check, explain
from mentionflow.schema import CATEGORIES, CHANNELS, INTENTS, PRIORITIES
from mentionflow.settings import packaged_data

DEFAULT_RULES_PATH = packaged_data("rules.yaml")


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules(DEFAULT_RULES_PATH)


def facts(**overrides: Any) -> dict[str, Any]:
    """Neutral facts with overrides; a dotted name is written with a double underscore: sentiment__score."""
    out = dict(DEFAULT_FACTS)
    for key, value in overrides.items():
        name = key if key in KNOWN_FIELDS else key.replace("__", ".")
        assert name in KNOWN_FIELDS, name
        out[name] = value
    return out


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


def test_viral_major_complaint_is_a_crisis(rules: Rules) -> None:
    d = route(facts(intent="complaint", severity="major", sentiment__score=-0.8, amplification_count=6), rules)
    assert (d.queue, d.priority, d.rule) == ("crisis", "P1", "viral-major-complaint")
    minor = route(facts(intent="complaint", severity="minor", amplification_count=6), rules)
    assert minor.queue != "crisis"


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
    mega = route(facts(**base, author__influence_tier="mega"), rules)
    assert (mega.queue, mega.priority, mega.action.code) == ("crisis", "P1", "acknowledge_then_private")
    macro = route(facts(**base, author__influence_tier="macro"), rules)
    assert (macro.queue, macro.priority) == ("care-escalations", "P1")
    verified = route(facts(**base, author__verified=True, author__followers=250_000), rules)
    assert (verified.queue, verified.priority) == ("care-escalations", "P1")


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

MINIMAL = """\
queues:
  care-tier1: {description: Everyday cases, team: tier1}
  no-response: {description: Not answered, team: none}
weights:
  sentiment: 20
  intent_severity: 25
  influence: 12
  customer_value: 10
  amplification: 8
  incident: 10
  public_channel: 5
  waited: 10
thresholds: {P1: 70, P2: 50, P3: 30}
actions:
  drop: Spam, no response.
  review_and_respond: Read it and decide.
rules:
  - id: spam
    when:
      all:
        - {field: intent, eq: spam}
        - {field: sentiment.score, lte: 1}
    queue: no-response
    action: drop
    priority: P4
  - id: catch-all
    queue: care-tier1
    action: review_and_respond
"""


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    seen = 0
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{needle!r} not in text")


def test_minimal_is_valid() -> None:
    parsed = parse_rules(MINIMAL, "rules.yaml")
    assert [r.id for r in parsed.rules] == ["spam", "catch-all"]
    assert parsed.rules[0].line == line_of(MINIMAL, "- id: spam")


BAD_FILES = [
    # (name, old, new, line marker in the new text, expected reason fragment)
    (
        "unknown field",
        "field: sentiment.score",
        "field: sentimnt.score",
        "sentimnt",
        "rule 'spam': unknown field 'sentimnt.score' (known: ",
    ),
    ("unknown operator", "eq: spam}", "equals: spam}", "equals", "unknown operator 'equals'"),
    ("two operators", "eq: spam}", "eq: spam, ne: rant}", "ne: rant", "exactly one operator"),
    ("bad regex lookahead", "eq: spam}", "matches: '(?=win)free'}", "matches", "not valid RE2 syntax"),
    ("bad regex backreference", "eq: spam}", r"matches: '(a)\1'}", "matches", "not valid RE2 syntax"),
    ("regex too long", "eq: spam}", "matches: '" + "a" * 600 + "'}", "matches", "longer than 512"),
    ("unknown queue", "queue: no-response", "queue: no-reponse", "no-reponse", "unknown queue 'no-reponse'"),
    ("unknown action", "action: drop", "action: dorp", "dorp", "unknown action 'dorp'"),
    (
        "missing catch-all",
        "  - id: catch-all\n    queue",
        "  - id: catch-all\n    when: {field: public, eq: true}\n    queue",
        "- id: catch-all",
        "final catch-all",
    ),
    (
        "catch-all not last",
        "  - id: spam\n    when:\n      all:\n        - {field: intent, eq: spam}\n"
        "        - {field: sentiment.score, lte: 1}\n",
        "  - id: spam\n",
        "- id: spam",
        "only the last rule",
    ),
    ("yaml syntax", "queue: no-response", "queue: no-response: x", "no-response: x", "YAML syntax error"),
    (
        "yaml unclosed flow",
        "{field: intent, eq: spam}",
        "{field: intent, eq: spam",
        "sentiment.score",
        "YAML syntax error",
    ),
    ("wrong type number", "lte: 1}", "lte: one}", "lte: one", "takes a number, got text 'one'"),
    ("wrong type weight", "sentiment: 20", "sentiment: twenty", "twenty", "weight 'sentiment' must be a number"),
    ("wrong type threshold", "P2: 50", "P2: '50'", "P2: '50'", "threshold P2 must be a number"),
    (
        "wrong type bool value",
        "eq: spam}",
        "eq: spam}\n        - {field: public, eq: 'yes'}",
        "'yes'",
        "field 'public' is true or false",
    ),
    ("enum typo", "eq: spam}", "eq: spma}", "spma", "text 'spma' is not a value of 'intent'"),
    ("priority", "priority: P4", "priority: P5", "P5", "must be one of P1, P2, P3, P4"),
    (
        "priority and min",
        "priority: P4",
        "priority: P4\n    min_priority: P3",
        "min_priority",
        "either 'priority' or 'min_priority'",
    ),
    ("unknown rule key", "action: drop", "action: drop\n    qeue: x", "qeue", "unknown key 'qeue' in a rule"),
    ("unknown top key", "thresholds:", "treshold: 1\nthresholds:", "treshold", "unknown key 'treshold'"),
    ("duplicate key", "action: drop", "action: drop\n    action: drop", "action: drop", "duplicate key 'action'"),
    ("duplicate rule id", "id: catch-all", "id: spam", "id: spam", "duplicate rule id"),
    ("thresholds order", "P2: 50", "P2: 80", "thresholds", "must be above P2"),
    ("sla not a number", "thresholds:", "sla: {P1: 15m}\nthresholds:", "sla:", "sla P1 must be a positive whole"),
    ("gt on text", "lte: 1}", "lte: 1}\n        - {field: text, gt: 3}", "gt: 3", "'gt' compares numbers"),
    ("in needs a list", "eq: spam}", "in: spam}", "in: spam", "'in' takes a non-empty list"),
    ("norway problem", "eq: spam}", "eq: spam}\n        - {field: language, eq: no}", "eq: no}", "(quote it)"),
    ("missing weight", "  waited: 10\n", "", "weights:", "weights needs 'waited'"),
]


@pytest.mark.parametrize(("name", "old", "new", "marker", "reason"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_files_are_rejected_with_their_line(name: str, old: str, new: str, marker: str, reason: str) -> None:
    assert old in MINIMAL, name
    text = MINIMAL.replace(old, new, 1)
    with pytest.raises(RulesError) as info:
        parse_rules(text, "rules.yaml")
    err = info.value
    assert reason in err.reason, str(err)
    assert err.path == "rules.yaml"
    occurrence = 2 if name in ("duplicate key", "duplicate rule id") else 1
    assert err.line == line_of(text, marker, occurrence), str(err)
    assert str(err) == f"rules.yaml line {err.line}: {err.reason}"


def test_error_message_format() -> None:
    text = MINIMAL.replace("field: sentiment.score", "field: sentimnt.score")
    with pytest.raises(RulesError) as info:
        parse_rules(text, "rules.yaml")
    assert str(info.value).startswith(
        f"rules.yaml line {line_of(text, 'sentimnt')}: rule 'spam': unknown field 'sentimnt.score' (known: "
    )


@pytest.mark.parametrize(
    ("text", "reason"),
    [("", "empty"), ("- a\n- b\n", "must be a mapping"), ("a: 1\n---\nb: 2\n", "YAML syntax error")],
)
def test_degenerate_files(text: str, reason: str) -> None:
    with pytest.raises(RulesError, match=reason):
        parse_rules(text)


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(RulesError) as info:
        load_rules(tmp_path / "missing.yaml")
    assert info.value.line is None and "cannot read" in info.value.reason


def test_default_sla_fills_in() -> None:
    parsed = parse_rules(MINIMAL, default_sla={"P1": 60, "P2": 120, "P3": 180, "P4": 240})
    assert dict(parsed.sla_seconds) == {"P1": 60, "P2": 120, "P3": 180, "P4": 240}
    with_file = parse_rules("sla: {P1: 30}\n" + MINIMAL, default_sla={"P1": 60, "P2": 120, "P3": 180, "P4": 240})
    assert with_file.sla_seconds["P1"] == 30 and with_file.sla_seconds["P2"] == 120


# --------------------------------------------------------------------------- conditions


def test_not_any_exists_in_and_comparisons() -> None:
    text = MINIMAL.replace(
        """        - {field: intent, eq: spam}
        - {field: sentiment.score, lte: 1}""",
        """        - not: {field: brand, exists: true}
        - any:
            - {field: channel, in: [review, forum]}
            - {field: author.followers, gt: 1000}
        - {field: text, matches: '(?i)\\bfree\\b'}
        - {field: category, ne: billing}""",
    )
    parsed = parse_rules(text)
    assert route(facts(channel="review", text="FREE stuff"), parsed).rule == "spam"
    assert route(facts(channel="twitter", author__followers=5000, text="free"), parsed).rule == "spam"
    assert route(facts(channel="twitter", text="free"), parsed).rule == "catch-all"  # any fails
    assert route(facts(channel="review", text="free", brand="acme"), parsed).rule == "catch-all"  # not fails
    assert route(facts(channel="review", text="freedom"), parsed).rule == "catch-all"  # \b
    assert route(facts(channel="review", text="free", category="billing"), parsed).rule == "catch-all"


def test_catastrophic_backtracking_pattern_is_linear_under_re2() -> None:
    text = MINIMAL.replace("{field: intent, eq: spam}", "{field: text, matches: '(a+)+$'}")
    parsed = parse_rules(text)
    evil = facts(intent="spam", text="a" * 50_000 + "!")
    route(evil, parsed)  # warm the DFA
    start = time.perf_counter()
    decision = route(evil, parsed)
    elapsed = time.perf_counter() - start
    assert decision.rule == "catch-all"  # it does not match, and says so quickly
    assert elapsed < 0.05
    assert route(facts(intent="spam", text="a" * 1000), parsed).rule == "spam"


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


@pytest.mark.parametrize("seconds", [1_000_000_000_000, MAX_SLA_S + 1])
def test_sla_too_long_for_a_datetime_is_rejected(seconds: int) -> None:
    # Issue 15: sla P4 10^12 s passed the check, then every P4 case failed "year 33715 is out of range".
    text = MINIMAL.replace("thresholds:", f"sla: {{P4: {seconds}}}\nthresholds:")
    with pytest.raises(RulesError) as info:
        parse_rules(text, "rules.yaml")
    assert info.value.line == line_of(text, "sla:") and "at most" in info.value.reason


def test_sla_at_the_bound_is_accepted() -> None:
    assert (
        parse_rules(MINIMAL.replace("thresholds:", f"sla: {{P4: {MAX_SLA_S}}}\nthresholds:")).sla_seconds["P4"]
        == MAX_SLA_S
    )


def test_settings_bound_the_default_sla_like_the_rules_file() -> None:
    from mentionflow import settings as settings_module

    assert settings_module._MAX_SLA_S == MAX_SLA_S
    with pytest.raises(RulesError):
        parse_rules(MINIMAL, default_sla={"P1": 900, "P2": 3600, "P3": 14400, "P4": MAX_SLA_S + 1})
