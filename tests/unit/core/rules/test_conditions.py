"""Conditions: combinators, operators and RE2 regexes, compiled and matched."""

from __future__ import annotations

import time

from mentionflow.core.route import parse_rules, route

from rulesamples import MINIMAL, facts

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


def test_any_of_matches_on_one_field_is_one_search_with_each_pattern_own_flags() -> None:
    # An `any` of several `matches` on one field runs as one RE2 union (matcher._merge_matches):
    # each pattern keeps its own inline flags, and the other parts of the `any` still count.
    text = MINIMAL.replace(
        "{field: intent, eq: spam}",
        """any:
            - {field: text, matches: '(?i)\\bwin big\\b'}
            - {field: channel, eq: forum}
            - {field: text, matches: 'PRIZE$'}
            - {field: brand, matches: '^zz'}""",
    )
    parsed = parse_rules(text)
    assert route(facts(text="You can WIN BIG"), parsed).rule == "spam"
    assert route(facts(text="claim your PRIZE"), parsed).rule == "spam"
    assert route(facts(text="claim your prize"), parsed).rule == "catch-all"  # (?i) stays with its own pattern
    assert route(facts(text="winbig", channel="forum"), parsed).rule == "spam"
    assert route(facts(text="nothing here", brand="zz-shop"), parsed).rule == "spam"
    assert route(facts(text="PRIZE draw", brand="acme"), parsed).rule == "catch-all"  # $ anchors its pattern only
