"""The facts a rule can test: each field's kind, its allowed values, whether it may be null.

``check_value`` is the load-time check of a value a condition compares a field with;
``sanitise_facts`` is the run-time repair of facts a producer bug left of the wrong type.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from mentionflow.core.harm import HARM_KINDS
from mentionflow.core.rules.errors import ErrorContext, describe, is_number
from mentionflow.core.signals import SIGNALS
from mentionflow.schema import CATEGORIES, CHANNELS, INTENTS

Facts = Mapping[str, Any]

# Field kinds, for load-time checks of the values conditions compare with.
ENUM, BOOL, INT, NUM, STR, LIST = "enum", "bool", "int", "num", "str", "list"

# name -> (kind, allowed values for enums, nullable)
FIELDS: Final[dict[str, tuple[str, frozenset[str] | None, bool]]] = {
    "channel": (ENUM, frozenset(CHANNELS), False),
    "public": (BOOL, None, False),
    "brand": (STR, None, True),
    "language": (STR, None, False),
    "language_supported": (BOOL, None, False),
    "intent": (ENUM, frozenset(INTENTS), False),
    "severity": (ENUM, frozenset({"major", "minor"}), True),
    "category": (ENUM, frozenset(CATEGORIES), True),
    "sentiment.score": (NUM, None, False),
    "sentiment.label": (ENUM, frozenset({"negative", "neutral", "positive"}), False),
    "author.followers": (INT, None, False),
    "author.verified": (BOOL, None, False),
    "author.influence_tier": (ENUM, frozenset({"nano", "micro", "mid", "macro", "mega"}), False),
    "influence.score": (NUM, None, False),
    "customer.tier": (ENUM, frozenset({"platinum", "gold", "silver", "standard", "unknown"}), False),
    "customer.lifetime_value": (NUM, None, False),
    "customer.open_cases": (INT, None, False),
    "author.recent_mentions": (INT, None, False),
    "incident_size": (INT, None, False),
    "incident_growth_per_min": (NUM, None, False),
    "amplification_count": (INT, None, False),
    "duplicate_count": (INT, None, False),
    "waited_s": (NUM, None, False),
    "shouting": (BOOL, None, False),
    "text": (STR, None, False),
    "harm": (ENUM, frozenset(HARM_KINDS), True),
    "harm.severity": (ENUM, frozenset({"severe", "elevated"}), True),
    "irony": (NUM, None, False),
    "signals": (LIST, frozenset(SIGNALS), False),
    "repeat_complainer": (BOOL, None, False),
    "venting": (BOOL, None, False),
    "author.complaints_30d": (INT, None, False),
    "amplification_reach": (INT, None, False),
    "amplification_growth_per_min": (NUM, None, False),
    "followup_count": (INT, None, False),
    "waiting_followups": (INT, None, False),
    "reply_public": (BOOL, None, False),
    "followup.positive": (BOOL, None, False),
}

KNOWN_FIELDS: Final[frozenset[str]] = frozenset(FIELDS)


def check_value(ctx: ErrorContext, field_name: str, value: Any, line: int) -> None:
    """A value a condition compares ``field_name`` with must be of the field's kind."""
    kind, allowed, nullable = FIELDS[field_name]
    if value is None:
        if not nullable:
            raise ctx.fail(line, f"field '{field_name}' is never null; use a value")
        return
    if kind == ENUM:
        if not isinstance(value, str) or value not in (allowed or ()):
            hint = " (quote it)" if isinstance(value, bool) else ""
            raise ctx.fail(
                line,
                f"{describe(value)}{hint} is not a value of '{field_name}' (known: {', '.join(sorted(allowed or ()))})",
            )
    elif kind == BOOL:
        if not isinstance(value, bool):
            raise ctx.fail(line, f"field '{field_name}' is true or false, got {describe(value)}")
    elif kind in (INT, NUM):
        if not is_number(value):
            raise ctx.fail(line, f"field '{field_name}' is a number, got {describe(value)}")
    elif kind == LIST:
        if not isinstance(value, str) or value not in (allowed or ()):
            raise ctx.fail(
                line, f"{describe(value)} is not a value of '{field_name}' (known: {', '.join(sorted(allowed or ()))})"
            )
    elif kind == STR and not isinstance(value, str):
        hint = " (quote it)" if isinstance(value, bool | int | float) else ""
        raise ctx.fail(line, f"field '{field_name}' is text, got {describe(value)}{hint}")


def sanitise_facts(facts: Facts) -> dict[str, Any]:
    """Facts with every known field coerced to its kind; junk becomes a neutral default."""
    clean: dict[str, Any] = dict(facts)
    for name, (kind, _values, nullable) in FIELDS.items():
        value = facts.get(name)
        if kind in (INT, NUM):
            if isinstance(value, bool) or not isinstance(value, int | float):
                clean[name] = 0
            elif isinstance(value, int) and not -(2**53) <= value <= 2**53:
                clean[name] = 2**53 if value > 0 else 0  # beyond float range: saturate
        elif kind in (ENUM, STR):
            if not isinstance(value, str):
                clean[name] = None if nullable else ""
        elif kind == BOOL:
            clean[name] = value is True
        elif kind == LIST and not isinstance(value, list | tuple | frozenset | set):
            clean[name] = ()
    return clean
