"""Explainable routing: the rules in force applied to one mention's facts.

``route(facts, rules)`` is pure:
1. the priority score (0..100 with the default weights) is a weighted sum of eight
   factors, each normalised to 0..1 and returned as a ``ScoreFactor`` (the breakdown);
2. the first rule whose ``when`` matches picks the queue and the recommended action and
   may fix the priority (``priority``) or raise it (``min_priority``); otherwise the
   score's band (``thresholds``) decides;
3. the SLA is the rules file's target for that priority.

The rules language itself (loading, validation, compilation, scoring) is
``mentionflow.core.rules``; the names other modules import from here are re-exported.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from mentionflow.core.rules import (
    DEFAULT_SLA,
    FACTORS,
    KNOWN_FIELDS,
    MAX_SLA_S,
    OPERATORS,
    PRIORITY_RANK,
    Facts,
    Queue,
    Rule,
    Rules,
    RulesError,
    load_rules,
    parse_rules,
    priority_score,
)
from mentionflow.core.rules.fields import sanitise_facts
from mentionflow.schema import PRIORITIES, RecommendedAction, ScoreFactor

__all__ = [
    "DEFAULT_SLA",
    "FACTORS",
    "KNOWN_FIELDS",
    "MAX_SLA_S",
    "OPERATORS",
    "Facts",
    "Queue",
    "RoutingDecision",
    "Rule",
    "Rules",
    "RulesError",
    "RulesHolder",
    "load_rules",
    "parse_rules",
    "route",
]

_PRIVATE_BY_NATURE: Final = frozenset({"email", "other"})  # channels with no public reply


@dataclass(slots=True)  # not frozen: a frozen __init__ costs ~1 us more, once per routed case
class RoutingDecision:
    priority: str
    score: float
    breakdown: list[ScoreFactor]
    rule: str
    queue: str
    sla_seconds: int
    action: RecommendedAction
    team: str | None = None
    # The action whose guidance and suggested reply fit the channel: on a private one (e-mail, DM)
    # "acknowledge, then take it private" is done by answering there directly.
    guidance: str | None = None


# --------------------------------------------------------------------------- routing


def route(facts: Facts, rules: Rules) -> RoutingDecision:
    """Score, match the first rule, and decide priority, queue, SLA and action. Pure."""
    try:
        breakdown, score = priority_score(facts, rules)
        index = rules.first_match(facts)
    except (TypeError, ValueError, OverflowError):
        # A producer bug (a fact of the wrong type) must not stop the stage: route sanitised facts.
        facts = sanitise_facts(facts)
        breakdown, score = priority_score(facts, rules)
        index = rules.first_match(facts)
    rule, min_rank, action_text = rules.outcomes[index]

    if rule.priority is not None:
        priority = rule.priority
    else:
        for threshold, band in rules.score_bands:
            if score >= threshold:
                priority = band
                break
        else:
            priority = "P4"
        if min_rank < PRIORITY_RANK[priority]:
            priority = PRIORITIES[min_rank]
        shift = rules.customer_tiers.get(facts.get("customer.tier"), 0)  # type: ignore[arg-type]
        if shift:
            # A valuable customer's agent work is one (or more) SLA tiers tighter.
            priority = PRIORITIES[max(0, PRIORITY_RANK[priority] - shift)]
    action = rule.action
    guidance = None
    if (
        facts.get("reply_public") is False
        and action in rules.private_channel_actions
        # Public thanks for praise suit any public channel (a five-star review, an Instagram
        # comment), even where the brand keeps complaint replies private.
        and (action != "thank_and_amplify" or facts.get("channel") in _PRIVATE_BY_NATURE)
    ):
        # "Acknowledge publicly" means nothing in an e-mail or a DM: answer there directly. The
        # code stays the queue's action (what desks and reports count); its guidance is the private one.
        guidance = rules.private_channel_actions[action]
        action_text = rules.actions[guidance]
    if facts.get("followup.positive") and action in rules.positive_followup_actions and not facts.get("harm"):
        # "It's sorted now, thank you": what is left is to thank them and close, not to open
        # the work again. A harm case stays with its safety action.
        action = rules.positive_followup_actions[action]
        action_text = rules.actions[action]
        guidance = None
    return RoutingDecision(
        priority,
        score,
        breakdown,
        rule.id,
        rule.queue,
        rules.sla_seconds[priority],
        RecommendedAction(action, action_text),
        rules.queues[rule.queue].team,
        guidance,
    )


class RulesHolder:
    """The rules in force. A bad reload keeps the previous rules, so a typo never stops routing."""

    __slots__ = ("_default_sla", "_path", "_rules")

    def __init__(self, rules: Rules, path: Path | None = None, default_sla: dict[str, int] | None = None) -> None:
        self._rules = rules
        self._path = path
        self._default_sla = default_sla

    @classmethod
    def from_path(cls, path: Path, default_sla: dict[str, int] | None = None) -> RulesHolder:
        """Load the initial rules; raises RulesError (a worker must not start on bad rules)."""
        return cls(load_rules(path, default_sla), path, default_sla)

    @property
    def rules(self) -> Rules:
        return self._rules

    def reload(self, path: Path | None = None) -> RulesError | None:
        """Load ``path`` (default: the last path) and put it in force; on error keep the old rules."""
        target = path if path is not None else self._path
        if target is None:
            return RulesError("<rules>", None, "no rules file to reload")
        try:
            rules = load_rules(target, self._default_sla)
        except RulesError as exc:
            return exc
        except Exception as exc:  # the reload timer must never crash the worker: keep the old rules
            return RulesError(str(target), None, f"cannot load: {type(exc).__name__}: {exc}")
        self._rules = rules  # one reference swap: readers see the old or the new rules, never a mix
        self._path = target
        return None

    def route(self, facts: Facts) -> RoutingDecision:
        return route(facts, self._rules)
