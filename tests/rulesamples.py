"""Shared by the rules and routing tests: a minimal valid rules file, line lookup, neutral facts."""

from __future__ import annotations

from typing import Any

from mentionflow.core.route import KNOWN_FIELDS
from mentionflow.rules_cli import DEFAULT_FACTS

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


def facts(**overrides: Any) -> dict[str, Any]:
    """Neutral facts with overrides; a dotted name is written with a double underscore: sentiment__score."""
    out = dict(DEFAULT_FACTS)
    for key, value in overrides.items():
        name = key if key in KNOWN_FIELDS else key.replace("__", ".")
        assert name in KNOWN_FIELDS, name
        out[name] = value
    return out
