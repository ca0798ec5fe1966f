"""Loading a rules file: read, parse YAML with lines, validate each section, compile the rules.

``load_rules`` validates all of a file up front and names the line of every problem; each
top-level section has its own function below, called in the order of the file format.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from mentionflow.core.rules.conditions import compile_condition
from mentionflow.core.rules.errors import ErrorContext, RulesError, describe, is_number
from mentionflow.core.rules.fields import FIELDS
from mentionflow.core.rules.model import Queue, Rule, Rules
from mentionflow.core.rules.scoring import FACTORS
from mentionflow.core.rules.yaml_lines import MAX_YAML_DEPTH, YamlMap, YamlSeq, compose
from mentionflow.schema import PRIORITIES

DEFAULT_SLA: Final = MappingProxyType({"P1": 15 * 60, "P2": 3600, "P3": 4 * 3600, "P4": 24 * 3600})
# A longer SLA is a typo; and due = opened_at + sla must stay a valid datetime.
MAX_SLA_S: Final = 30 * 86_400

# Limits on the file itself: an operator typo must not turn into a memory or CPU problem.
MAX_FILE_BYTES: Final = 1_048_576
MAX_RULES: Final = 1_000
MAX_WEIGHT: Final = 1_000_000

_NAME_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")

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
    ctx: ErrorContext,
    node: YamlMap,
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


def _mapping(ctx: ErrorContext, parent: YamlMap, key: str) -> YamlMap:
    value = parent[key]
    if not isinstance(value, YamlMap):
        raise ctx.fail(parent.lines[key][1], f"'{key}' must be a mapping, got {describe(value)}")
    return value


def _text(ctx: ErrorContext, parent: YamlMap, key: str, max_len: int = 2000) -> str:
    value = parent[key]
    if not isinstance(value, str) or not value.strip():
        raise ctx.fail(parent.lines[key][1], f"'{key}' must be non-empty text, got {describe(value)}")
    if len(value) > max_len:
        raise ctx.fail(parent.lines[key][1], f"'{key}' is longer than {max_len} characters")
    return value.strip()


def _name(ctx: ErrorContext, value: Any, line: int, what: str) -> str:
    if not isinstance(value, str) or not value or len(value) > 64 or not set(value) <= _NAME_CHARS:
        raise ctx.fail(line, f"{what} must be a name of letters, digits, '_', '.', '-' (got {describe(value)})")
    return value


def _priority(ctx: ErrorContext, parent: YamlMap, key: str) -> str:
    value = parent[key]
    if value not in PRIORITIES:
        raise ctx.fail(parent.lines[key][1], f"'{key}' must be one of {', '.join(PRIORITIES)}, got {describe(value)}")
    return str(value)


def parse_rules(text: str, source: str = "<rules>", default_sla: Mapping[str, int] | None = None) -> Rules:
    """Validate and compile rules from YAML text; RulesError names the line of any problem."""
    try:
        return _parse_rules(text, source, default_sla)
    except RulesError:
        raise
    except RecursionError:
        raise RulesError(source, None, f"nested deeper than {MAX_YAML_DEPTH} levels") from None
    except Exception as exc:  # a loader bug must still be one line for the operator, not a crash
        raise RulesError(source, None, f"cannot load: {type(exc).__name__}: {exc}") from None


def _parse_rules(text: str, source: str, default_sla: Mapping[str, int] | None) -> Rules:
    ctx = ErrorContext(source)
    doc = _document(ctx, text)
    queues = _queues(ctx, doc)
    sla = _sla(ctx, doc, default_sla)
    customer_tiers = _customer_tiers(ctx, doc)
    weights = _weights(ctx, doc)
    thresholds = _thresholds(ctx, doc)
    actions = _actions(ctx, doc)
    # private_channel_actions: action -> the action used where the brand answers in private;
    # positive_followup_actions: action -> the action after the customer's "fixed, thanks"
    private_actions = _action_map(ctx, doc, "private_channel_actions", actions)
    positive_actions = _action_map(ctx, doc, "positive_followup_actions", actions)
    rules = _rules(ctx, doc, queues, actions)
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


def _document(ctx: ErrorContext, text: str) -> YamlMap:
    """The whole file: a mapping of known sections, the required ones present, version 1."""
    if len(text) > MAX_FILE_BYTES:
        raise ctx.fail(None, f"the file is larger than {MAX_FILE_BYTES} bytes")
    doc = compose(ctx, text)
    if not isinstance(doc, YamlMap):
        raise ctx.fail(
            getattr(doc, "line", 1), "the file must be a mapping with queues, weights, thresholds, actions, rules"
        )
    _keys(ctx, doc, _TOP_KEYS, "the rules file", required=("queues", "weights", "thresholds", "actions", "rules"))
    if "version" in doc and (doc["version"] != 1 or isinstance(doc["version"], bool)):
        raise ctx.fail(doc.lines["version"][1], f"unsupported version {describe(doc['version'])} (supported: 1)")
    return doc


def _queues(ctx: ErrorContext, doc: YamlMap) -> dict[str, Queue]:
    """queues: name -> {description, team}"""
    queues: dict[str, Queue] = {}
    queues_node = _mapping(ctx, doc, "queues")
    if not queues_node:
        raise ctx.fail(queues_node.line, "at least one queue is needed")
    for qname, qnode in queues_node.items():
        key_line, value_line = queues_node.lines[qname]
        _name(ctx, qname, key_line, "a queue name")
        if not isinstance(qnode, YamlMap):
            raise ctx.fail(value_line, f"queue '{qname}' must be a mapping with description and team")
        _keys(ctx, qnode, ("description", "team"), f"queue '{qname}'", ("description", "team"), key_line)
        queues[qname] = Queue(qname, _text(ctx, qnode, "description"), _text(ctx, qnode, "team", 200))
    return queues


def _sla(ctx: ErrorContext, doc: YamlMap, default_sla: Mapping[str, int] | None) -> dict[str, int]:
    """sla: seconds per priority; the file wins, then the caller's defaults, then ours."""
    sla = dict(default_sla or DEFAULT_SLA)
    if "sla" in doc:
        sla_node = _mapping(ctx, doc, "sla")
        _keys(ctx, sla_node, PRIORITIES, "sla")
        for prio, seconds in sla_node.items():
            if isinstance(seconds, bool) or not isinstance(seconds, int) or not 0 < seconds <= MAX_SLA_S:
                raise ctx.fail(
                    sla_node.lines[prio][1],
                    f"sla {prio} must be a positive whole number of seconds, at most {MAX_SLA_S} (30 days), "
                    f"got {describe(seconds)}",
                )
            sla[prio] = seconds
    for prio in PRIORITIES:
        if not isinstance(sla.get(prio), int) or not 0 < sla[prio] <= MAX_SLA_S:
            raise ctx.fail(None, f"no valid SLA for {prio} (1 to at most {MAX_SLA_S} seconds)")
    for faster, slower in itertools.pairwise(PRIORITIES):
        if sla[faster] > sla[slower]:
            line = doc.lines["sla"][1] if "sla" in doc else None
            raise ctx.fail(line, f"sla {faster} ({sla[faster]} s) is longer than sla {slower} ({sla[slower]} s)")
    return sla


def _customer_tiers(ctx: ErrorContext, doc: YamlMap) -> dict[str, int]:
    """customer_tiers: tier -> how many priority steps tighter its agent work is."""
    customer_tiers: dict[str, int] = {}
    if "customer_tiers" in doc:
        tiers_node = _mapping(ctx, doc, "customer_tiers")
        known_tiers = FIELDS["customer.tier"][1] or frozenset()
        for tier, steps in tiers_node.items():
            if tier not in known_tiers:
                raise ctx.fail(
                    tiers_node.lines[tier][0],
                    f"unknown customer tier '{tier}' (known: {', '.join(sorted(known_tiers))})",
                )
            if isinstance(steps, bool) or not isinstance(steps, int) or not 0 <= steps <= 3:
                raise ctx.fail(
                    tiers_node.lines[tier][1], f"customer tier '{tier}' takes 0 to 3 steps, got {describe(steps)}"
                )
            customer_tiers[tier] = steps
    return customer_tiers


def _weights(ctx: ErrorContext, doc: YamlMap) -> dict[str, float]:
    """weights: every factor, a number >= 0."""
    weights_node = _mapping(ctx, doc, "weights")
    _keys(ctx, weights_node, FACTORS, "weights", FACTORS, doc.lines["weights"][0])
    weights: dict[str, float] = {}
    for factor in FACTORS:
        weight = weights_node[factor]
        if not is_number(weight) or not 0 <= weight <= MAX_WEIGHT:
            raise ctx.fail(
                weights_node.lines[factor][1],
                f"weight '{factor}' must be a number from 0 to {MAX_WEIGHT}, got {describe(weight)}",
            )
        weights[factor] = float(weight)
    if sum(weights.values()) <= 0:
        raise ctx.fail(weights_node.line, "weights sum to 0: every score would be 0")
    return weights


def _thresholds(ctx: ErrorContext, doc: YamlMap) -> dict[str, float]:
    """thresholds: P1 > P2 > P3 (lowest score of each band); the rest is P4."""
    thresholds_node = _mapping(ctx, doc, "thresholds")
    bands = PRIORITIES[:3]
    _keys(ctx, thresholds_node, bands, "thresholds (P4 is every score below P3)", bands, doc.lines["thresholds"][0])
    thresholds: dict[str, float] = {}
    for prio in bands:
        value = thresholds_node[prio]
        if not is_number(value):
            raise ctx.fail(thresholds_node.lines[prio][1], f"threshold {prio} must be a number, got {describe(value)}")
        thresholds[prio] = float(value)
    for higher, lower in itertools.pairwise(bands):
        if thresholds[higher] <= thresholds[lower]:
            raise ctx.fail(
                thresholds_node.lines[higher][1],
                f"threshold {higher} ({thresholds[higher]:g}) must be above {lower} ({thresholds[lower]:g})",
            )
    return thresholds


def _actions(ctx: ErrorContext, doc: YamlMap) -> dict[str, str]:
    """actions: code -> text for the agent."""
    actions_node = _mapping(ctx, doc, "actions")
    actions: dict[str, str] = {}
    for code in actions_node:
        _name(ctx, code, actions_node.lines[code][0], "an action code")
        actions[code] = _text(ctx, actions_node, code)
    return actions


def _action_map(ctx: ErrorContext, doc: Any, section: str, actions: Mapping[str, str]) -> dict[str, str]:
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


def _rules(ctx: ErrorContext, doc: YamlMap, queues: Mapping[str, Queue], actions: Mapping[str, str]) -> list[Rule]:
    """rules: ordered, first match wins, the last one without 'when' catches the rest."""
    rules_node = doc["rules"]
    if not isinstance(rules_node, YamlSeq) or not rules_node:
        raise ctx.fail(doc.lines["rules"][1], f"'rules' must be a non-empty list, got {describe(rules_node)}")
    if len(rules_node) > MAX_RULES:
        raise ctx.fail(rules_node.line, f"more than {MAX_RULES} rules")
    rules: list[Rule] = []
    seen: dict[str, int] = {}
    last = len(rules_node) - 1
    for index, (rnode, rline) in enumerate(zip(rules_node, rules_node.item_lines, strict=True)):
        rules.append(_rule(ctx, rnode, rline, index, index == last, seen, queues, actions))
    ctx.prefix = ""
    if rules[-1].when is not None:
        raise ctx.fail(
            rules[-1].line,
            f"the last rule '{rules[-1].id}' has a 'when'; a final catch-all rule without 'when' "
            "is required so every mention is routed",
        )
    return rules


def _rule(
    ctx: ErrorContext,
    rnode: Any,
    rline: int,
    index: int,
    is_last: bool,
    seen: dict[str, int],  # rule id -> its line, filled here
    queues: Mapping[str, Queue],
    actions: Mapping[str, str],
) -> Rule:
    """One rule; errors from here on name it (``ctx.prefix``)."""
    ctx.prefix = f"rule #{index + 1}: "
    rule_id = ""
    if not isinstance(rnode, YamlMap):
        raise ctx.fail(rline, f"a rule must be a mapping, got {describe(rnode)}")
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
        when = compile_condition(ctx, rnode["when"], rnode.lines["when"][1], 1)
    elif not is_last:
        raise ctx.fail(
            rline,
            "no 'when': it matches everything, so the rules after it could never match; "
            "only the last rule (the catch-all) may omit 'when'",
        )
    return Rule(rule_id, rline, queue, action, priority, min_priority, description, when)


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
