"""The rules file format: what loads, what is rejected, and the line and message it is rejected with."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentionflow.core.rules import MAX_SLA_S, RulesError, load_rules, parse_rules

from rulesamples import MINIMAL, line_of


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
