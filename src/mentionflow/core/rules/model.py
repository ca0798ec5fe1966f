"""The compiled rules: queues, rules and the file's settings, with what ``route`` precomputes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final

from mentionflow.core.rules.conditions import Condition
from mentionflow.core.rules.fields import Facts
from mentionflow.core.rules.matcher import generate_matcher
from mentionflow.core.rules.scoring import FACTORS
from mentionflow.schema import PRIORITIES

PRIORITY_RANK: Final = {p: i for i, p in enumerate(PRIORITIES)}  # P1 -> 0 (most urgent)


@dataclass(frozen=True, slots=True)
class Queue:
    """A work queue cases are routed to, and the team that works it."""

    name: str
    description: str
    team: str


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: when its condition matches, the queue, the action and the priority it sets."""

    id: str
    line: int  # where the rule starts in its file, for explanations and logs
    queue: str
    action: str
    priority: str | None = None  # explicit priority, whatever the score
    min_priority: str | None = None  # raise the score's priority at least to this
    description: str = ""
    when: Condition | None = field(default=None, repr=False)  # None: the catch-all


@dataclass(frozen=True, slots=True)
class Rules:
    """A validated rules file: ordered rules (first match wins) and the score's settings."""

    source: str  # file the rules came from
    digest: str  # sha256 of the file, to log which rules are in force
    queues: Mapping[str, Queue]
    sla_seconds: Mapping[str, int]  # P1..P4
    weights: Mapping[str, float]  # factor -> weight
    thresholds: Mapping[str, float]  # P1..P3 -> lowest score of the band; below P3 is P4
    actions: Mapping[str, str]  # code -> text for the agent
    rules: tuple[Rule, ...]
    # customer tier -> priority steps tighter for agent work (rules without a fixed priority)
    customer_tiers: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    # action -> the action on a channel where the brand answers in private (e-mail, DM)
    private_channel_actions: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # action -> the action once the customer said the problem is fixed or thanked (a positive follow-up)
    positive_followup_actions: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # Precomputed for route(); derived from the fields above.
    factor_weights: tuple[float, ...] = field(init=False, repr=False, compare=False)
    score_bands: tuple[tuple[float, str], ...] = field(init=False, repr=False, compare=False)
    waited_ref_s: float = field(init=False, repr=False, compare=False)
    first_match: Callable[[Facts], int] = field(init=False, repr=False, compare=False)
    outcomes: tuple[tuple[Rule, int, str], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        set_ = object.__setattr__  # frozen dataclass: derived fields are set once here
        set_(self, "factor_weights", tuple(float(self.weights[f]) for f in FACTORS))
        set_(self, "score_bands", tuple((float(self.thresholds[p]), p) for p in PRIORITIES[:3]))
        set_(self, "waited_ref_s", float(self.sla_seconds["P2"]))
        set_(self, "first_match", generate_matcher([r.when for r in self.rules]))
        set_(
            self,
            "outcomes",
            tuple(
                (r, PRIORITY_RANK[r.min_priority] if r.min_priority else 99, self.actions[r.action]) for r in self.rules
            ),
        )
