"""``mentionflow rules ...``: check a routing rules file, explain a decision, time the rules.

    check FILE                    validate; prints "OK: N rules, M queues" or the error, exit 1
    explain FACTS [--rules FILE]  route one set of facts (JSON, or @file) and show why
    bench [--rules FILE]          average microseconds per route() call over a typical mix

The functions return exit codes so the main CLI can call them directly.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

import orjson

from mentionflow.core.route import KNOWN_FIELDS, Rules, RulesError, load_rules, route

# Neutral facts: what `explain` fills in for the fields its input leaves out.
DEFAULT_FACTS: Final[dict[str, Any]] = {
    "channel": "twitter",
    "public": True,
    "brand": None,
    "language": "en",
    "language_supported": True,
    "intent": "other",
    "severity": None,
    "category": None,
    "sentiment.score": 0.0,
    "sentiment.label": "neutral",
    "author.followers": 0,
    "author.verified": False,
    "author.influence_tier": "nano",
    "influence.score": 0.0,
    "customer.tier": "unknown",
    "customer.lifetime_value": 0.0,
    "customer.open_cases": 0,
    "author.recent_mentions": 0,
    "incident_size": 0,
    "incident_growth_per_min": 0.0,
    "amplification_count": 0,
    "duplicate_count": 0,
    "waited_s": 0.0,
    "shouting": False,
    "text": "",
    "harm": None,
    "harm.severity": None,
    "irony": 0.0,
    "signals": [],
    "repeat_complainer": False,
    "venting": False,
    "author.complaints_30d": 0,
    "amplification_reach": 0,
    "amplification_growth_per_min": 0.0,
    "followup_count": 0,
    "waiting_followups": 0,
    "reply_public": True,
    "followup.positive": False,
}

# A typical mix for `bench`: mostly complaints and questions, some praise, rants and spam.
_BENCH_MIX: Final[tuple[dict[str, Any], ...]] = (
    {
        "intent": "complaint",
        "severity": "major",
        "category": "billing",
        "sentiment.score": -0.8,
        "text": "charged twice this month and nobody answers",
        "customer.lifetime_value": 420.0,
    },
    {
        "intent": "complaint",
        "severity": "minor",
        "category": "delivery",
        "sentiment.score": -0.4,
        "text": "parcel is a day late",
    },
    {
        "intent": "complaint",
        "severity": "major",
        "category": "outage",
        "sentiment.score": -0.9,
        "incident_size": 40,
        "incident_growth_per_min": 3.0,
        "text": "app down again",
    },
    {"intent": "question", "text": "how do I reset my password?", "sentiment.score": 0.0},
    {"intent": "question", "text": "is the black one back in stock soon?", "sentiment.score": 0.1},
    {"intent": "praise", "sentiment.score": 0.9, "text": "love the new update"},
    {"intent": "rant", "sentiment.score": -0.7, "author.recent_mentions": 3, "text": "worst brand ever"},
    {"intent": "spam", "text": "win a free phone, click here"},
    {"intent": "other", "text": "ok", "language": "und", "language_supported": False},
    {
        "intent": "complaint",
        "severity": "major",
        "customer.tier": "platinum",
        "sentiment.score": -0.6,
        "author.influence_tier": "macro",
        "influence.score": 0.7,
        "text": "my account is locked",
    },
)


def _load(path: Path | None) -> Rules:
    from mentionflow.settings import packaged_data  # local: settings pulls pydantic in

    return load_rules(path if path is not None else packaged_data("rules.yaml"))


def check(path: Path) -> int:
    """Validate a rules file: 0 and "OK: ..." on stdout, or 1 and the error (with its line) on stderr."""
    try:
        rules = load_rules(path)
    except RulesError as exc:
        print(f"ERROR: {exc}", file=sys.stderr)
        return 1
    print(f"OK: {len(rules.rules)} rules, {len(rules.queues)} queues")
    return 0


def facts_from_json(facts_json: str | bytes) -> dict[str, Any]:
    """Facts from JSON; missing fields take DEFAULT_FACTS, unknown ones are an error (typos)."""
    given = orjson.loads(facts_json)
    if not isinstance(given, dict):
        raise ValueError("facts must be a JSON object")
    unknown = sorted(set(given) - KNOWN_FIELDS)
    if unknown:
        raise ValueError(f"unknown fact(s) {', '.join(unknown)} (known: {', '.join(sorted(KNOWN_FIELDS))})")
    return {**DEFAULT_FACTS, **given}


def explain(facts_json: str | bytes, path: Path | None = None) -> int:
    """Route one set of facts and print the decision with its score breakdown."""
    try:
        rules = _load(path)
        facts = facts_from_json(facts_json)
    except RulesError as exc:
        print(f"ERROR: {exc}", file=sys.stderr)
        return 1
    except (ValueError, orjson.JSONDecodeError) as exc:
        print(f"ERROR: facts: {exc}", file=sys.stderr)
        return 1
    decision = route(facts, rules)
    rule = next(r for r in rules.rules if r.id == decision.rule)
    print(f"priority   {decision.priority}   (score {decision.score:g}; SLA {decision.sla_seconds} s)")
    print(f"rule       {decision.rule}   ({rules.source} line {rule.line})")
    if rule.priority:
        print(f"           sets priority {rule.priority}")
    elif rule.min_priority:
        print(f"           raises priority to at least {rule.min_priority}")
    print(f"queue      {decision.queue}   ({rules.queues[decision.queue].team})")
    print(f"action     {decision.action.code}: {decision.action.text}")
    print("score      factor            value  weight  points")
    for f in decision.breakdown:
        print(f"           {f.factor:<16} {f.value:>6.3f} {f.weight:>7g} {f.contribution:>7.3f}")
    return 0


def bench(path: Path | None = None, calls: int = 200_000) -> int:
    """Print the average microseconds per route() call over a typical mix of facts."""
    try:
        rules = _load(path)
    except RulesError as exc:
        print(f"ERROR: {exc}", file=sys.stderr)
        return 1
    mix = [{**DEFAULT_FACTS, **case} for case in _BENCH_MIX]
    rounds = max(1, calls // len(mix))
    for facts in mix:  # warm up
        route(facts, rules)
    best = float("inf")
    for _ in range(5):  # best of 5: the least disturbed by other processes
        start = time.perf_counter()
        for _ in range(rounds):
            for facts in mix:
                route(facts, rules)
        best = min(best, time.perf_counter() - start)
    per_call = best / (rounds * len(mix)) * 1e6
    print(f"{per_call:.2f} us/call ({len(rules.rules)} rules, {rounds * len(mix)} calls, best of 5)")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="mentionflow rules", description="Routing rules tools.")
    sub = parser.add_subparsers(dest="command", required=True)
    p_check = sub.add_parser("check", help="validate a rules file")
    p_check.add_argument("file", type=Path)
    p_explain = sub.add_parser("explain", help="route one set of facts (JSON or @file) and show why")
    p_explain.add_argument("facts", help='JSON object, e.g. \'{"intent": "complaint"}\', or @path')
    p_explain.add_argument("--rules", type=Path, default=None)
    p_bench = sub.add_parser("bench", help="average microseconds per routing decision")
    p_bench.add_argument("--rules", type=Path, default=None)
    p_bench.add_argument("--calls", type=int, default=200_000)
    args = parser.parse_args(argv)
    if args.command == "check":
        return check(args.file)
    if args.command == "explain":
        facts = args.facts
        if facts.startswith("@"):
            try:
                facts = Path(facts[1:]).read_text(encoding="utf-8")
            except OSError as exc:
                print(f"ERROR: {exc}", file=sys.stderr)
                return 1
        return explain(facts, args.rules)
    return bench(args.rules, args.calls)


if __name__ == "__main__":
    raise SystemExit(main())
