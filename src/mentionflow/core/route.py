"""Explainable routing: rules as data, a safe evaluator, the priority score and its breakdown.

Operators edit a YAML rules file (default: ``mentionflow/data/rules.yaml``, whose header
documents the format). ``load_rules`` validates all of it up front and names the line of
every problem, then precompiles each condition into plain closures, so ``route`` does no
parsing, no regex compilation and no allocation beyond its result.

``route(facts, rules)`` is pure:
1. the priority score (0..100 with the default weights) is a weighted sum of eight
   factors, each normalised to 0..1 and returned as a ``ScoreFactor`` (the breakdown);
2. the first rule whose ``when`` matches picks the queue and the recommended action and
   may fix the priority (``priority``) or raise it (``min_priority``); otherwise the
   score's band (``thresholds``) decides;
3. the SLA is the rules file's target for that priority.

Regexes run on RE2 (google-re2): matching is linear in the text, so no pattern an
operator writes can hang a worker, and patterns RE2 cannot compile are rejected at load.
"""

from __future__ import annotations

import hashlib
import itertools
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

import re2
import yaml

from mentionflow.core.harm import HARM_KINDS
from mentionflow.core.signals import SIGNALS
from mentionflow.schema import CATEGORIES, CHANNELS, INTENTS, PRIORITIES, RecommendedAction, ScoreFactor

Facts = Mapping[str, Any]
# A compiled condition: a small tree of tuples, kept on its Rule for explanations:
#   ("all", (cond, ...)) | ("any", (cond, ...)) | ("not", cond) | (operator, field, value)
Condition = tuple[Any, ...]

# --------------------------------------------------------------------------- facts

# Field kinds, for load-time checks of the values conditions compare with.
_ENUM, _BOOL, _INT, _NUM, _STR, _LIST = "enum", "bool", "int", "num", "str", "list"

# name -> (kind, allowed values for enums, nullable)
_FIELDS: Final[dict[str, tuple[str, frozenset[str] | None, bool]]] = {
    "channel": (_ENUM, frozenset(CHANNELS), False),
    "public": (_BOOL, None, False),
    "brand": (_STR, None, True),
    "language": (_STR, None, False),
    "language_supported": (_BOOL, None, False),
    "intent": (_ENUM, frozenset(INTENTS), False),
    "severity": (_ENUM, frozenset({"major", "minor"}), True),
    "category": (_ENUM, frozenset(CATEGORIES), True),
    "sentiment.score": (_NUM, None, False),
    "sentiment.label": (_ENUM, frozenset({"negative", "neutral", "positive"}), False),
    "author.followers": (_INT, None, False),
    "author.verified": (_BOOL, None, False),
    "author.influence_tier": (_ENUM, frozenset({"nano", "micro", "mid", "macro", "mega"}), False),
    "influence.score": (_NUM, None, False),
    "customer.tier": (_ENUM, frozenset({"platinum", "gold", "silver", "standard", "unknown"}), False),
    "customer.lifetime_value": (_NUM, None, False),
    "customer.open_cases": (_INT, None, False),
    "author.recent_mentions": (_INT, None, False),
    "incident_size": (_INT, None, False),
    "incident_growth_per_min": (_NUM, None, False),
    "amplification_count": (_INT, None, False),
    "duplicate_count": (_INT, None, False),
    "waited_s": (_NUM, None, False),
    "shouting": (_BOOL, None, False),
    "text": (_STR, None, False),
    "harm": (_ENUM, frozenset(HARM_KINDS), True),
    "harm.severity": (_ENUM, frozenset({"severe", "elevated"}), True),
    "irony": (_NUM, None, False),
    "signals": (_LIST, frozenset(SIGNALS), False),
    "repeat_complainer": (_BOOL, None, False),
    "author.complaints_30d": (_INT, None, False),
    "amplification_reach": (_INT, None, False),
    "amplification_growth_per_min": (_NUM, None, False),
    "followup_count": (_INT, None, False),
    "waiting_followups": (_INT, None, False),
    "reply_public": (_BOOL, None, False),
    "followup.positive": (_BOOL, None, False),
}

KNOWN_FIELDS: Final[frozenset[str]] = frozenset(_FIELDS)

OPERATORS: Final = ("eq", "ne", "in", "gt", "gte", "lt", "lte", "matches", "exists", "has")
FACTORS: Final = (
    "sentiment",
    "intent_severity",
    "influence",
    "customer_value",
    "amplification",
    "incident",
    "public_channel",
    "waited",
)
_PRIVATE_BY_NATURE: Final = frozenset({"email", "other"})  # channels with no public reply
_RANK: Final = {p: i for i, p in enumerate(PRIORITIES)}  # P1 -> 0 (most urgent)

# Scoring constants (code, not data: they define what a factor *means*; the file weighs them).
_INTENT_VALUE: Final = {"question": 0.35, "rant": 0.2, "praise": 0.1, "spam": 0.0, "other": 0.0}
_COMPLAINT_MAJOR, _COMPLAINT_MINOR = 1.0, 0.5  # a complaint without severity counts as minor
_TIER_VALUE: Final = {"platinum": 1.0, "gold": 0.75, "silver": 0.5, "standard": 0.25, "unknown": 0.0}
_TIER_SHARE: Final = 0.6  # customer_value = 0.6 * tier + 0.4 * log-scaled lifetime value
_LOG_LTV_CAP: Final = math.log1p(10_000.0)  # lifetime value at which the LTV part saturates
_LOG_AMPLIFICATION_CAP: Final = math.log1p(100.0)  # reposts + duplicates that saturate
_LOG_INCIDENT_CAP: Final = math.log1p(100.0)  # incident size that saturates
_GROWTH_BOOST, _GROWTH_REF = 0.3, 5.0  # +0.3 at >= 5 new mentions a minute

DEFAULT_SLA: Final = MappingProxyType({"P1": 15 * 60, "P2": 3600, "P3": 4 * 3600, "P4": 24 * 3600})
# A longer SLA is a typo; and due = opened_at + sla must stay a valid datetime.
MAX_SLA_S: Final = 30 * 86_400

# Limits on the file itself: an operator typo must not turn into a memory or CPU problem.
MAX_FILE_BYTES: Final = 1_048_576
MAX_PATTERN_CHARS: Final = 512
MAX_RULES: Final = 1_000
MAX_IN_VALUES: Final = 1_000
MAX_CONDITION_DEPTH: Final = 16
MAX_WEIGHT: Final = 1_000_000
_MAX_YAML_NODES: Final = 200_000  # aliases can multiply nodes ("billion laughs")
_MAX_YAML_DEPTH: Final = 64
_RE2_MAX_MEM: Final = 8 << 20  # per compiled pattern

_NAME_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")


# --------------------------------------------------------------------------- public types


class RulesError(ValueError):
    """A rules file is invalid. ``line`` is 1-based, or None when the problem has no line."""

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path} line {line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True, slots=True)
class Queue:
    name: str
    description: str
    team: str


@dataclass(frozen=True, slots=True)
class Rule:
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
    _weights: tuple[float, ...] = field(init=False, repr=False, compare=False)
    _bands: tuple[tuple[float, str], ...] = field(init=False, repr=False, compare=False)
    _waited_ref: float = field(init=False, repr=False, compare=False)
    _match: Callable[[Facts], int] = field(init=False, repr=False, compare=False)
    _outcomes: tuple[tuple[Rule, int, str], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        set_ = object.__setattr__  # frozen dataclass: derived fields are set once here
        set_(self, "_weights", tuple(float(self.weights[f]) for f in FACTORS))
        set_(self, "_bands", tuple((float(self.thresholds[p]), p) for p in PRIORITIES[:3]))
        set_(self, "_waited_ref", float(self.sla_seconds["P2"]))
        set_(self, "_match", _generate_matcher([r.when for r in self.rules]))
        set_(
            self,
            "_outcomes",
            tuple((r, _RANK[r.min_priority] if r.min_priority else 99, self.actions[r.action]) for r in self.rules),
        )


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
        breakdown, score = _score(facts, rules)
        index = rules._match(facts)
    except (TypeError, ValueError, OverflowError):
        # A producer bug (a fact of the wrong type) must not stop the stage: route sanitised facts.
        facts = _sanitise(facts)
        breakdown, score = _score(facts, rules)
        index = rules._match(facts)
    rule, min_rank, action_text = rules._outcomes[index]

    if rule.priority is not None:
        priority = rule.priority
    else:
        for threshold, band in rules._bands:
            if score >= threshold:
                priority = band
                break
        else:
            priority = "P4"
        if min_rank < _RANK[priority]:
            priority = PRIORITIES[min_rank]
        shift = rules.customer_tiers.get(facts.get("customer.tier"), 0)  # type: ignore[arg-type]
        if shift:
            # A valuable customer's agent work is one (or more) SLA tiers tighter.
            priority = PRIORITIES[max(0, _RANK[priority] - shift)]
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


def _score(facts: Facts, rules: Rules) -> tuple[list[ScoreFactor], float]:
    """The eight factors, straight-line (order of FACTORS). NaN compares False: it scores 0."""
    get = facts.get

    s = get("sentiment.score")
    sentiment = -s if s is not None and s < 0 else 0.0

    intent = get("intent")
    if intent == "complaint":
        intent_severity = _COMPLAINT_MAJOR if get("severity") == "major" else _COMPLAINT_MINOR
    else:
        intent_severity = _INTENT_VALUE.get(intent, 0.0)  # type: ignore[arg-type]

    ltv = get("customer.lifetime_value") or 0.0
    ltv_part = math.log1p(ltv) / _LOG_LTV_CAP if ltv > 0 else 0.0
    tier = _TIER_VALUE.get(get("customer.tier"), 0.0)  # type: ignore[arg-type]
    customer = _TIER_SHARE * tier + (1.0 - _TIER_SHARE) * (ltv_part if ltv_part < 1.0 else 1.0)

    n = (get("amplification_count") or 0) + (get("duplicate_count") or 0)
    amplification = math.log1p(n) / _LOG_AMPLIFICATION_CAP if n > 0 else 0.0

    size = get("incident_size") or 0
    incident = 0.0
    if size > 0:
        incident = math.log1p(size) / _LOG_INCIDENT_CAP
        growth = get("incident_growth_per_min") or 0.0
        if growth > 0:
            incident += _GROWTH_BOOST * (growth / _GROWTH_REF if growth < _GROWTH_REF else 1.0)

    waited = get("waited_s") or 0.0
    values = (
        sentiment,
        intent_severity,
        get("influence.score") or 0.0,
        customer,
        amplification,
        incident,
        1.0 if get("public") else 0.0,
        waited / rules._waited_ref if waited > 0 else 0.0,
    )

    breakdown = []
    total = 0.0
    for name, value, weight in zip(FACTORS, values, rules._weights):  # noqa: B905 - same length
        # Clamp to 0..1 (NaN -> 0). Only fractions need rounding, done half-up without
        # round(), which is 3x slower; value 4 decimals, contribution 3.
        if value >= 1.0:
            value = 1.0
            contribution = weight
        elif value > 0.0:
            value = int(value * 10_000.0 + 0.5) / 10_000.0
            contribution = int(value * weight * 1000.0 + 0.5) / 1000.0
        else:
            value = contribution = 0.0
        total += contribution
        breakdown.append(ScoreFactor(name, value, weight, contribution))
    return breakdown, int(total * 1000.0 + 0.5) / 1000.0


def _sanitise(facts: Facts) -> dict[str, Any]:
    """Facts with every known field coerced to its kind; junk becomes a neutral default."""
    clean: dict[str, Any] = dict(facts)
    for name, (kind, _values, nullable) in _FIELDS.items():
        value = facts.get(name)
        if kind in (_INT, _NUM):
            if isinstance(value, bool) or not isinstance(value, int | float):
                clean[name] = 0
            elif isinstance(value, int) and not -(2**53) <= value <= 2**53:
                clean[name] = 2**53 if value > 0 else 0  # beyond float range: saturate
        elif kind in (_ENUM, _STR):
            if not isinstance(value, str):
                clean[name] = None if nullable else ""
        elif kind == _BOOL:
            clean[name] = value is True
        elif kind == _LIST and not isinstance(value, list | tuple | frozenset | set):
            clean[name] = ()
    return clean


# --------------------------------------------------------------------------- condition compiler


class _Map(dict[str, Any]):
    """A YAML mapping that remembers where it and each of its entries are."""

    line: int
    lines: dict[str, tuple[int, int]]  # key -> (key line, value line)


class _Seq(list[Any]):
    line: int
    item_lines: list[int]


class _Ctx:
    """Raises RulesError for one file, with the current rule's name as a prefix."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.prefix = ""

    def fail(self, line: int | None, reason: str) -> RulesError:
        return RulesError(self.source, line, self.prefix + reason)


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"boolean {str(value).lower()}"
    if isinstance(value, int):
        return f"integer {value}"
    if isinstance(value, float):
        return f"number {value}"
    if isinstance(value, str):
        return f"text {value[:60]!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _check_value(ctx: _Ctx, field_name: str, value: Any, line: int) -> None:
    """A value a condition compares ``field_name`` with must be of the field's kind."""
    kind, allowed, nullable = _FIELDS[field_name]
    if value is None:
        if not nullable:
            raise ctx.fail(line, f"field '{field_name}' is never null; use a value")
        return
    if kind == _ENUM:
        if not isinstance(value, str) or value not in (allowed or ()):
            hint = " (quote it)" if isinstance(value, bool) else ""
            raise ctx.fail(
                line,
                f"{_describe(value)}{hint} is not a value of '{field_name}' "
                f"(known: {', '.join(sorted(allowed or ()))})",
            )
    elif kind == _BOOL:
        if not isinstance(value, bool):
            raise ctx.fail(line, f"field '{field_name}' is true or false, got {_describe(value)}")
    elif kind in (_INT, _NUM):
        if not _is_number(value):
            raise ctx.fail(line, f"field '{field_name}' is a number, got {_describe(value)}")
    elif kind == _LIST:
        if not isinstance(value, str) or value not in (allowed or ()):
            raise ctx.fail(
                line, f"{_describe(value)} is not a value of '{field_name}' (known: {', '.join(sorted(allowed or ()))})"
            )
    elif kind == _STR and not isinstance(value, str):
        hint = " (quote it)" if isinstance(value, bool | int | float) else ""
        raise ctx.fail(line, f"field '{field_name}' is text, got {_describe(value)}{hint}")


def _compile_condition(ctx: _Ctx, node: Any, line: int, depth: int) -> Condition:
    if depth > MAX_CONDITION_DEPTH:
        raise ctx.fail(line, f"condition nested deeper than {MAX_CONDITION_DEPTH} levels")
    if not isinstance(node, _Map):
        raise ctx.fail(
            line, f"a condition is a mapping ({{field: ..., eq: ...}} or all/any/not), got {_describe(node)}"
        )
    if not node:
        raise ctx.fail(node.line, "empty condition")
    keys = set(node)
    combinators = sorted(keys & {"all", "any", "not"})
    if combinators:
        op = combinators[0]
        if len(keys) != 1:
            others = ", ".join(sorted(keys - {op}))
            raise ctx.fail(node.line, f"'{op}' must be alone in its mapping, found also: {others}")
        value, vline = node[op], node.lines[op][1]
        if op == "not":
            return ("not", _compile_condition(ctx, value, vline, depth + 1))
        if not isinstance(value, _Seq) or not value:
            raise ctx.fail(vline, f"'{op}' takes a non-empty list of conditions, got {_describe(value)}")
        parts = tuple(
            _compile_condition(ctx, item, item_line, depth + 1)
            for item, item_line in zip(value, value.item_lines, strict=True)
        )
        return parts[0] if len(parts) == 1 else (op, parts)
    return _compile_leaf(ctx, node)


def _compile_leaf(ctx: _Ctx, node: _Map) -> Condition:
    if "field" not in node:
        raise ctx.fail(
            node.line,
            f"a condition needs 'field' and one operator, or all/any/not; found: {', '.join(sorted(node))}",
        )
    name, name_line = node["field"], node.lines["field"][1]
    if not isinstance(name, str) or name not in _FIELDS:
        shown = repr(name) if isinstance(name, str) else _describe(name)
        raise ctx.fail(name_line, f"unknown field {shown} (known: {', '.join(sorted(_FIELDS))})")
    ops = [k for k in node if k != "field"]
    for op in ops:
        if op not in OPERATORS:
            raise ctx.fail(node.lines[op][0], f"unknown operator '{op}' (known: {', '.join(OPERATORS)})")
    if len(ops) != 1:
        found = ", ".join(ops) if ops else "none"
        raise ctx.fail(node.line, f"a condition on '{name}' needs exactly one operator, found: {found}")
    op = ops[0]
    value, line = node[op], node.lines[op][1]
    kind = _FIELDS[name][0]

    if kind == _LIST and op not in ("has", "exists"):
        raise ctx.fail(line, f"field '{name}' is a list: use 'has' (one value or a list of which any must be there)")
    if op == "has":
        if kind != _LIST:
            raise ctx.fail(line, f"'has' works on list fields; field '{name}' is not a list")
        items = list(value) if isinstance(value, _Seq) else [value]
        item_lines = value.item_lines if isinstance(value, _Seq) else [line]
        if not items:
            raise ctx.fail(line, "'has' takes a value or a non-empty list of values")
        for item, item_line in zip(items, item_lines, strict=True):
            _check_value(ctx, name, item, item_line)
        return (op, name, frozenset(items))

    if op in ("eq", "ne"):
        if isinstance(value, _Map | _Seq):
            raise ctx.fail(line, f"'{op}' takes one value, got {_describe(value)} (use 'in' for a list)")
        _check_value(ctx, name, value, line)
        return (op, name, value)

    if op == "in":
        if not isinstance(value, _Seq) or not value:
            raise ctx.fail(line, f"'in' takes a non-empty list of values, got {_describe(value)}")
        if len(value) > MAX_IN_VALUES:
            raise ctx.fail(line, f"'in' takes at most {MAX_IN_VALUES} values")
        for item, item_line in zip(value, value.item_lines, strict=True):
            if isinstance(item, _Map | _Seq):
                raise ctx.fail(item_line, f"'in' values are plain values, got {_describe(item)}")
            _check_value(ctx, name, item, item_line)
        return (op, name, frozenset(value))

    if op in ("gt", "gte", "lt", "lte"):
        if kind not in (_INT, _NUM):
            raise ctx.fail(line, f"'{op}' compares numbers; field '{name}' is not a number")
        if not _is_number(value):
            raise ctx.fail(line, f"'{op}' takes a number, got {_describe(value)}")
        return (op, name, value)

    if op == "matches":
        if kind not in (_STR, _ENUM):
            raise ctx.fail(line, f"'matches' works on text; field '{name}' is not text")
        if not isinstance(value, str):
            raise ctx.fail(line, f"'matches' takes a regex as text, got {_describe(value)}")
        return (op, name, _Regex(value, _compile_regex(ctx, value, line)))

    # exists
    if not isinstance(value, bool):
        raise ctx.fail(line, f"'exists' takes true or false, got {_describe(value)}")
    return (op, name, value)


@dataclass(frozen=True, slots=True)
class _Regex:
    pattern: str
    search: Callable[[Any], bool] = field(repr=False, compare=False)


_COMPARE: Final = {"eq": "==", "ne": "!=", "in": "in", "gt": ">", "gte": ">=", "lt": "<", "lte": "<="}


def _generate_matcher(conditions: list[Condition | None]) -> Callable[[Facts], int]:
    """Compile the whole rule list to one Python function returning the index of the first match.

    Generated once per load; each field is read once per call into a local, and each
    condition is an inline boolean expression, so a call costs ~1 us, not a closure per leaf.
    Safe by construction: the source holds only generated local names (vN, cN),
    operators from a fixed table, and/or/not and rule indexes; every operator-written
    value (field names, constants, frozensets, regex searchers) is passed in as a constant
    object, never spliced into the text. A fact of the wrong type raises TypeError, which
    route() answers by sanitising the facts and calling again.
    """
    constants: dict[str, Any] = {}
    variables: dict[str, str] = {}

    def const(value: Any) -> str:
        name = f"c{len(constants)}"
        constants[name] = value
        return name

    def var(field_name: str) -> str:
        if field_name not in variables:
            variables[field_name] = f"v{len(variables)}"
        return variables[field_name]

    def expr(cond: Condition) -> str:
        op = cond[0]
        if op in ("all", "any"):
            joiner = " and " if op == "all" else " or "
            return "(" + joiner.join(expr(part) for part in cond[1]) + ")"
        if op == "not":
            return f"(not {expr(cond[1])})"
        _, field_name, value = cond
        v = var(field_name)
        if op == "matches":
            return f"{const(value.search)}({v})"
        if op == "exists":
            return f"({v} is not None)" if value else f"({v} is None)"
        if op == "has":
            return f"(not {const(value)}.isdisjoint({v}))"
        return f"({v} {_COMPARE[op]} {const(value)})"

    tests = []
    for index, cond in enumerate(conditions):
        if cond is None:  # the catch-all, always last (validated)
            tests.append(f"    return {index}")
            break
        tests.append(f"    if {expr(cond)}:\n        return {index}")
    reads = []
    for field_name, v in variables.items():
        reads.append(f"    {v} = get({const(field_name)})")
    source = "def match(facts):\n    get = facts.get\n" + "\n".join(reads + tests) + "\n"
    namespace: dict[str, Any] = {"__builtins__": {}, **constants}
    exec(compile(source, "<routing rules>", "exec"), namespace)  # safe: see the docstring
    matcher: Callable[[Facts], int] = namespace["match"]
    return matcher


def _compile_regex(ctx: _Ctx, pattern: str, line: int) -> Callable[[Any], bool]:
    """RE2 only: linear-time matching whatever the pattern; PCRE-only syntax is rejected."""
    if len(pattern) > MAX_PATTERN_CHARS:
        raise ctx.fail(line, f"regex longer than {MAX_PATTERN_CHARS} characters")
    options = re2.Options()
    options.never_capture = True  # we only ask "does it match", captures cost time
    options.log_errors = False  # errors are reported as RulesError, not on stderr
    options.max_mem = _RE2_MAX_MEM
    try:
        compiled = re2.compile(pattern, options)
    except re2.error as exc:
        detail = exc.args[0] if exc.args else exc
        if isinstance(detail, bytes):
            detail = detail.decode("utf-8", "replace")
        raise ctx.fail(line, f"regex {pattern[:80]!r} is not valid RE2 syntax: {detail}") from None
    except (TypeError, UnicodeError) as exc:
        raise ctx.fail(line, f"regex {pattern[:80]!r} cannot be compiled: {exc}") from None

    # google-re2's search() goes through a generator and builds a Match object (~3-7 us);
    # the underlying RE2::Match answers the yes/no question in ~1 us. Use it when present.
    low = getattr(compiled, "_regexp", None)
    anchor = getattr(getattr(re2, "_Anchor", None), "UNANCHORED", None)
    if low is not None and anchor is not None and hasattr(low, "Match"):
        match = low.Match
        null_start = -1

        def fast_search(text: Any) -> bool:
            if not isinstance(text, str):  # null brand, or a junk fact: no match
                return False
            data = text.encode("utf-8", "replace")  # lone surrogates must not raise
            return bool(match(anchor, data, 0, len(data))[0][0] != null_start)

        try:
            fast_search("probe")
        except Exception:  # the internal API changed: fall back to the public one
            pass
        else:
            return fast_search

    def search(text: Any) -> bool:
        return isinstance(text, str) and compiled.search(text.encode("utf-8", "replace")) is not None

    return search


# --------------------------------------------------------------------------- YAML with lines


def _compose(ctx: _Ctx, text: str) -> Any:
    """Parse YAML into plain values, keeping the line of every mapping entry and list item."""
    try:
        # The constructor already reads the text: a ReaderError (a form feed in a comment)
        # comes from here, not from get_single_node.
        loader = yaml.SafeLoader(text)
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1 if isinstance(exc.position, int) else None
        raise ctx.fail(line, f"YAML syntax error: {exc.reason} (character #x{exc.character:04x})") from None
    try:
        node = loader.get_single_node()
        if node is None:
            raise ctx.fail(None, "the file is empty")
        budget = [_MAX_YAML_NODES]
        return _convert(ctx, loader, node, 0, budget)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        what = "YAML value not allowed" if isinstance(exc, yaml.constructor.ConstructorError) else "YAML syntax error"
        raise ctx.fail(mark.line + 1 if mark else None, f"{what}: {problem}") from None
    except yaml.YAMLError as exc:
        raise ctx.fail(None, f"YAML syntax error: {exc}") from None
    except RecursionError:  # PyYAML's composer recurses per level, before _convert can count them
        raise ctx.fail(None, f"nested deeper than {_MAX_YAML_DEPTH} levels") from None
    finally:
        loader.dispose()


def _convert(ctx: _Ctx, loader: yaml.SafeLoader, node: yaml.Node, depth: int, budget: list[int]) -> Any:
    line = node.start_mark.line + 1
    budget[0] -= 1
    if budget[0] < 0:
        raise ctx.fail(line, "the file expands to too many values (aliases?)")
    if depth > _MAX_YAML_DEPTH:
        raise ctx.fail(line, f"nested deeper than {_MAX_YAML_DEPTH} levels")
    if isinstance(node, yaml.MappingNode):
        mapping = _Map()
        mapping.line, mapping.lines = line, {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                raise ctx.fail(key_line, "keys must be plain names (no complex keys, no '<<' merges)")
            key = key_node.value  # the text as written: 'on'/'no' stay names, not booleans
            if key in mapping:
                raise ctx.fail(key_line, f"duplicate key '{key}' (first on line {mapping.lines[key][0]})")
            mapping[key] = _convert(ctx, loader, value_node, depth + 1, budget)
            mapping.lines[key] = (key_line, value_node.start_mark.line + 1)
        return mapping
    if isinstance(node, yaml.SequenceNode):
        seq = _Seq()
        seq.line, seq.item_lines = line, []
        for item in node.value:
            seq.append(_convert(ctx, loader, item, depth + 1, budget))
            seq.item_lines.append(item.start_mark.line + 1)
        return seq
    return loader.construct_object(node)  # scalars: null, bool, int, float, str (safe tags only)


# --------------------------------------------------------------------------- loading


_TOP_KEYS: Final = (
    "version",
    "queues",
    "sla",
    "customer_tiers",
    "weights",
    "thresholds",
    "actions",
    "private_channel_actions",
    "positive_followup_actions",
    "rules",
)
_RULE_KEYS: Final = ("id", "description", "when", "queue", "action", "priority", "min_priority")


def _keys(
    ctx: _Ctx,
    node: _Map,
    known: tuple[str, ...],
    what: str,
    required: tuple[str, ...] = (),
    line: int | None = None,  # where to report a missing key: the line naming the section
) -> None:
    for key in node:
        if key not in known:
            raise ctx.fail(node.lines[key][0], f"unknown key '{key}' in {what} (known: {', '.join(known)})")
    for key in required:
        if key not in node:
            raise ctx.fail(line or node.line, f"{what} needs '{key}'")


def _mapping(ctx: _Ctx, parent: _Map, key: str) -> _Map:
    value = parent[key]
    if not isinstance(value, _Map):
        raise ctx.fail(parent.lines[key][1], f"'{key}' must be a mapping, got {_describe(value)}")
    return value


def _text(ctx: _Ctx, parent: _Map, key: str, max_len: int = 2000) -> str:
    value = parent[key]
    if not isinstance(value, str) or not value.strip():
        raise ctx.fail(parent.lines[key][1], f"'{key}' must be non-empty text, got {_describe(value)}")
    if len(value) > max_len:
        raise ctx.fail(parent.lines[key][1], f"'{key}' is longer than {max_len} characters")
    return value.strip()


def _name(ctx: _Ctx, value: Any, line: int, what: str) -> str:
    if not isinstance(value, str) or not value or len(value) > 64 or not set(value) <= _NAME_CHARS:
        raise ctx.fail(line, f"{what} must be a name of letters, digits, '_', '.', '-' (got {_describe(value)})")
    return value


def _priority(ctx: _Ctx, parent: _Map, key: str) -> str:
    value = parent[key]
    if value not in PRIORITIES:
        raise ctx.fail(parent.lines[key][1], f"'{key}' must be one of {', '.join(PRIORITIES)}, got {_describe(value)}")
    return str(value)


def parse_rules(text: str, source: str = "<rules>", default_sla: Mapping[str, int] | None = None) -> Rules:
    """Validate and compile rules from YAML text; RulesError names the line of any problem."""
    try:
        return _parse_rules(text, source, default_sla)
    except RulesError:
        raise
    except RecursionError:
        raise RulesError(source, None, f"nested deeper than {_MAX_YAML_DEPTH} levels") from None
    except Exception as exc:  # a loader bug must still be one line for the operator, not a crash
        raise RulesError(source, None, f"cannot load: {type(exc).__name__}: {exc}") from None


def _parse_rules(text: str, source: str, default_sla: Mapping[str, int] | None) -> Rules:
    ctx = _Ctx(source)
    if len(text) > MAX_FILE_BYTES:
        raise ctx.fail(None, f"the file is larger than {MAX_FILE_BYTES} bytes")
    doc = _compose(ctx, text)
    if not isinstance(doc, _Map):
        raise ctx.fail(
            getattr(doc, "line", 1), "the file must be a mapping with queues, weights, thresholds, actions, rules"
        )
    _keys(ctx, doc, _TOP_KEYS, "the rules file", required=("queues", "weights", "thresholds", "actions", "rules"))

    if "version" in doc and (doc["version"] != 1 or isinstance(doc["version"], bool)):
        raise ctx.fail(doc.lines["version"][1], f"unsupported version {_describe(doc['version'])} (supported: 1)")

    # queues: name -> {description, team}
    queues: dict[str, Queue] = {}
    queues_node = _mapping(ctx, doc, "queues")
    if not queues_node:
        raise ctx.fail(queues_node.line, "at least one queue is needed")
    for qname, qnode in queues_node.items():
        key_line, value_line = queues_node.lines[qname]
        _name(ctx, qname, key_line, "a queue name")
        if not isinstance(qnode, _Map):
            raise ctx.fail(value_line, f"queue '{qname}' must be a mapping with description and team")
        _keys(ctx, qnode, ("description", "team"), f"queue '{qname}'", ("description", "team"), key_line)
        queues[qname] = Queue(qname, _text(ctx, qnode, "description"), _text(ctx, qnode, "team", 200))

    # sla: seconds per priority; the file wins, then the caller's defaults, then ours
    sla = dict(default_sla or DEFAULT_SLA)
    if "sla" in doc:
        sla_node = _mapping(ctx, doc, "sla")
        _keys(ctx, sla_node, PRIORITIES, "sla")
        for prio, seconds in sla_node.items():
            if isinstance(seconds, bool) or not isinstance(seconds, int) or not 0 < seconds <= MAX_SLA_S:
                raise ctx.fail(
                    sla_node.lines[prio][1],
                    f"sla {prio} must be a positive whole number of seconds, at most {MAX_SLA_S} (30 days), "
                    f"got {_describe(seconds)}",
                )
            sla[prio] = seconds
    for prio in PRIORITIES:
        if not isinstance(sla.get(prio), int) or not 0 < sla[prio] <= MAX_SLA_S:
            raise ctx.fail(None, f"no valid SLA for {prio} (1 to at most {MAX_SLA_S} seconds)")
    for faster, slower in itertools.pairwise(PRIORITIES):
        if sla[faster] > sla[slower]:
            line = doc.lines["sla"][1] if "sla" in doc else None
            raise ctx.fail(line, f"sla {faster} ({sla[faster]} s) is longer than sla {slower} ({sla[slower]} s)")

    # customer_tiers: tier -> how many priority steps tighter its agent work is
    customer_tiers: dict[str, int] = {}
    if "customer_tiers" in doc:
        tiers_node = _mapping(ctx, doc, "customer_tiers")
        known_tiers = _FIELDS["customer.tier"][1] or frozenset()
        for tier, steps in tiers_node.items():
            if tier not in known_tiers:
                raise ctx.fail(
                    tiers_node.lines[tier][0],
                    f"unknown customer tier '{tier}' (known: {', '.join(sorted(known_tiers))})",
                )
            if isinstance(steps, bool) or not isinstance(steps, int) or not 0 <= steps <= 3:
                raise ctx.fail(
                    tiers_node.lines[tier][1], f"customer tier '{tier}' takes 0 to 3 steps, got {_describe(steps)}"
                )
            customer_tiers[tier] = steps

    # weights: every factor, a number >= 0
    weights_node = _mapping(ctx, doc, "weights")
    _keys(ctx, weights_node, FACTORS, "weights", FACTORS, doc.lines["weights"][0])
    weights: dict[str, float] = {}
    for factor in FACTORS:
        weight = weights_node[factor]
        if not _is_number(weight) or not 0 <= weight <= MAX_WEIGHT:
            raise ctx.fail(
                weights_node.lines[factor][1],
                f"weight '{factor}' must be a number from 0 to {MAX_WEIGHT}, got {_describe(weight)}",
            )
        weights[factor] = float(weight)
    if sum(weights.values()) <= 0:
        raise ctx.fail(weights_node.line, "weights sum to 0: every score would be 0")

    # thresholds: P1 > P2 > P3 (lowest score of each band); the rest is P4
    thresholds_node = _mapping(ctx, doc, "thresholds")
    bands = PRIORITIES[:3]
    _keys(ctx, thresholds_node, bands, "thresholds (P4 is every score below P3)", bands, doc.lines["thresholds"][0])
    thresholds: dict[str, float] = {}
    for prio in bands:
        value = thresholds_node[prio]
        if not _is_number(value):
            raise ctx.fail(thresholds_node.lines[prio][1], f"threshold {prio} must be a number, got {_describe(value)}")
        thresholds[prio] = float(value)
    for higher, lower in itertools.pairwise(bands):
        if thresholds[higher] <= thresholds[lower]:
            raise ctx.fail(
                thresholds_node.lines[higher][1],
                f"threshold {higher} ({thresholds[higher]:g}) must be above {lower} ({thresholds[lower]:g})",
            )

    # actions: code -> text
    actions_node = _mapping(ctx, doc, "actions")
    actions: dict[str, str] = {}
    for code in actions_node:
        _name(ctx, code, actions_node.lines[code][0], "an action code")
        actions[code] = _text(ctx, actions_node, code)

    # private_channel_actions: action -> the action used where the brand answers in private;
    # positive_followup_actions: action -> the action after the customer's "fixed, thanks"
    private_actions = _action_map(ctx, doc, "private_channel_actions", actions)
    positive_actions = _action_map(ctx, doc, "positive_followup_actions", actions)

    # rules: ordered, first match wins, the last one without 'when' catches the rest
    rules_node = doc["rules"]
    if not isinstance(rules_node, _Seq) or not rules_node:
        raise ctx.fail(doc.lines["rules"][1], f"'rules' must be a non-empty list, got {_describe(rules_node)}")
    if len(rules_node) > MAX_RULES:
        raise ctx.fail(rules_node.line, f"more than {MAX_RULES} rules")
    rules: list[Rule] = []
    seen: dict[str, int] = {}
    for index, (rnode, rline) in enumerate(zip(rules_node, rules_node.item_lines, strict=True)):
        ctx.prefix = f"rule #{index + 1}: "
        rule_id = ""
        if not isinstance(rnode, _Map):
            raise ctx.fail(rline, f"a rule must be a mapping, got {_describe(rnode)}")
        if "id" in rnode:
            rule_id = _name(ctx, rnode["id"], rnode.lines["id"][1], "the rule id")
            ctx.prefix = f"rule '{rule_id}': "
            if rule_id in seen:
                raise ctx.fail(rnode.lines["id"][1], f"duplicate rule id (first on line {seen[rule_id]})")
            seen[rule_id] = rline
        _keys(ctx, rnode, _RULE_KEYS, "a rule", required=("id", "queue", "action"))
        queue = _name(ctx, rnode["queue"], rnode.lines["queue"][1], "the queue")
        if queue not in queues:
            raise ctx.fail(rnode.lines["queue"][1], f"unknown queue '{queue}' (known: {', '.join(queues)})")
        action = _name(ctx, rnode["action"], rnode.lines["action"][1], "the action")
        if action not in actions:
            raise ctx.fail(rnode.lines["action"][1], f"unknown action '{action}' (known: {', '.join(actions)})")
        if "priority" in rnode and "min_priority" in rnode:
            raise ctx.fail(rnode.lines["min_priority"][0], "set either 'priority' or 'min_priority', not both")
        priority = _priority(ctx, rnode, "priority") if "priority" in rnode else None
        min_priority = _priority(ctx, rnode, "min_priority") if "min_priority" in rnode else None
        description = _text(ctx, rnode, "description") if "description" in rnode else ""
        when = None
        if "when" in rnode:
            when = _compile_condition(ctx, rnode["when"], rnode.lines["when"][1], 1)
        elif index != len(rules_node) - 1:
            raise ctx.fail(
                rline,
                "no 'when': it matches everything, so the rules after it could never match; "
                "only the last rule (the catch-all) may omit 'when'",
            )
        rules.append(Rule(rule_id, rline, queue, action, priority, min_priority, description, when))
    ctx.prefix = ""
    if rules[-1].when is not None:
        raise ctx.fail(
            rules[-1].line,
            f"the last rule '{rules[-1].id}' has a 'when'; a final catch-all rule without 'when' "
            "is required so every mention is routed",
        )

    return Rules(
        source=source,
        digest=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        queues=MappingProxyType(queues),
        sla_seconds=MappingProxyType(sla),
        weights=MappingProxyType(weights),
        thresholds=MappingProxyType(thresholds),
        actions=MappingProxyType(actions),
        rules=tuple(rules),
        customer_tiers=MappingProxyType(customer_tiers),
        private_channel_actions=MappingProxyType(private_actions),
        positive_followup_actions=MappingProxyType(positive_actions),
    )


def _action_map(ctx: _Ctx, doc: Any, section: str, actions: Mapping[str, str]) -> dict[str, str]:
    """An optional ``action: action`` section; both sides must be known action codes."""
    mapped: dict[str, str] = {}
    if section in doc:
        node = _mapping(ctx, doc, section)
        for from_code, to_code in node.items():
            key_line, value_line = node.lines[from_code]
            for code, line in ((from_code, key_line), (to_code, value_line)):
                if code not in actions:
                    raise ctx.fail(line, f"unknown action '{code}' (known: {', '.join(actions)})")
            mapped[str(from_code)] = str(to_code)
    return mapped


def load_rules(path: Path, default_sla: dict[str, int] | None = None) -> Rules:
    """Read and validate a rules file. ``default_sla`` fills priorities the file has no SLA for."""
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise RulesError(source, None, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_FILE_BYTES:
        raise RulesError(source, None, f"the file is larger than {MAX_FILE_BYTES} bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RulesError(source, line, "not valid UTF-8") from None
    return parse_rules(text, source, default_sla)


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
