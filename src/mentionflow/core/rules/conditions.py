"""Conditions: a rule's ``when`` checked against the fields and compiled to a small tuple tree.

    ("all", (cond, ...)) | ("any", (cond, ...)) | ("not", cond) | (operator, field, value)

The tree stays on its Rule for explanations; ``matcher`` turns a rule list's trees into one
function. Regexes run on RE2 (google-re2): matching is linear in the text, so no pattern an
operator writes can hang a worker, and patterns RE2 cannot compile are rejected at load.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

import re2

from mentionflow.core.rules.errors import ErrorContext, describe, is_number
from mentionflow.core.rules.fields import ENUM, FIELDS, INT, LIST, NUM, STR, check_value
from mentionflow.core.rules.yaml_lines import YamlMap, YamlSeq

# A compiled condition: a small tree of tuples, kept on its Rule for explanations.
Condition = tuple[Any, ...]

OPERATORS: Final = ("eq", "ne", "in", "gt", "gte", "lt", "lte", "matches", "exists", "has")
MAX_PATTERN_CHARS: Final = 512
MAX_IN_VALUES: Final = 1_000
MAX_CONDITION_DEPTH: Final = 16
_RE2_MAX_MEM: Final = 8 << 20  # per compiled pattern


def compile_condition(ctx: ErrorContext, node: Any, line: int, depth: int) -> Condition:
    """Check a ``when`` (or a part of one, ``depth`` levels down) and compile it to a tree."""
    if depth > MAX_CONDITION_DEPTH:
        raise ctx.fail(line, f"condition nested deeper than {MAX_CONDITION_DEPTH} levels")
    if not isinstance(node, YamlMap):
        raise ctx.fail(line, f"a condition is a mapping ({{field: ..., eq: ...}} or all/any/not), got {describe(node)}")
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
            return ("not", compile_condition(ctx, value, vline, depth + 1))
        if not isinstance(value, YamlSeq) or not value:
            raise ctx.fail(vline, f"'{op}' takes a non-empty list of conditions, got {describe(value)}")
        parts = tuple(
            compile_condition(ctx, item, item_line, depth + 1)
            for item, item_line in zip(value, value.item_lines, strict=True)
        )
        return parts[0] if len(parts) == 1 else (op, parts)
    return _compile_leaf(ctx, node)


def _compile_leaf(ctx: ErrorContext, node: YamlMap) -> Condition:
    if "field" not in node:
        raise ctx.fail(
            node.line,
            f"a condition needs 'field' and one operator, or all/any/not; found: {', '.join(sorted(node))}",
        )
    name, name_line = node["field"], node.lines["field"][1]
    if not isinstance(name, str) or name not in FIELDS:
        shown = repr(name) if isinstance(name, str) else describe(name)
        raise ctx.fail(name_line, f"unknown field {shown} (known: {', '.join(sorted(FIELDS))})")
    ops = [k for k in node if k != "field"]
    for op in ops:
        if op not in OPERATORS:
            raise ctx.fail(node.lines[op][0], f"unknown operator '{op}' (known: {', '.join(OPERATORS)})")
    if len(ops) != 1:
        found = ", ".join(ops) if ops else "none"
        raise ctx.fail(node.line, f"a condition on '{name}' needs exactly one operator, found: {found}")
    op = ops[0]
    value, line = node[op], node.lines[op][1]
    kind = FIELDS[name][0]

    if kind == LIST and op not in ("has", "exists"):
        raise ctx.fail(line, f"field '{name}' is a list: use 'has' (one value or a list of which any must be there)")
    if op == "has":
        if kind != LIST:
            raise ctx.fail(line, f"'has' works on list fields; field '{name}' is not a list")
        items = list(value) if isinstance(value, YamlSeq) else [value]
        item_lines = value.item_lines if isinstance(value, YamlSeq) else [line]
        if not items:
            raise ctx.fail(line, "'has' takes a value or a non-empty list of values")
        for item, item_line in zip(items, item_lines, strict=True):
            check_value(ctx, name, item, item_line)
        return (op, name, frozenset(items))

    if op in ("eq", "ne"):
        if isinstance(value, YamlMap | YamlSeq):
            raise ctx.fail(line, f"'{op}' takes one value, got {describe(value)} (use 'in' for a list)")
        check_value(ctx, name, value, line)
        return (op, name, value)

    if op == "in":
        if not isinstance(value, YamlSeq) or not value:
            raise ctx.fail(line, f"'in' takes a non-empty list of values, got {describe(value)}")
        if len(value) > MAX_IN_VALUES:
            raise ctx.fail(line, f"'in' takes at most {MAX_IN_VALUES} values")
        for item, item_line in zip(value, value.item_lines, strict=True):
            if isinstance(item, YamlMap | YamlSeq):
                raise ctx.fail(item_line, f"'in' values are plain values, got {describe(item)}")
            check_value(ctx, name, item, item_line)
        return (op, name, frozenset(value))

    if op in ("gt", "gte", "lt", "lte"):
        if kind not in (INT, NUM):
            raise ctx.fail(line, f"'{op}' compares numbers; field '{name}' is not a number")
        if not is_number(value):
            raise ctx.fail(line, f"'{op}' takes a number, got {describe(value)}")
        return (op, name, value)

    if op == "matches":
        if kind not in (STR, ENUM):
            raise ctx.fail(line, f"'matches' works on text; field '{name}' is not text")
        if not isinstance(value, str):
            raise ctx.fail(line, f"'matches' takes a regex as text, got {describe(value)}")
        return (op, name, _Regex(value, _compile_regex(ctx, value, line)))

    # exists
    if not isinstance(value, bool):
        raise ctx.fail(line, f"'exists' takes true or false, got {describe(value)}")
    return (op, name, value)


@dataclass(frozen=True, slots=True)
class _Regex:
    pattern: str
    search: Callable[[Any], bool] = field(repr=False, compare=False)


def alternation_search(patterns: list[str]) -> Callable[[Any], bool] | None:
    """One searcher for "any of these patterns matches" (checked patterns, one field): a single
    RE2 pass over one encoding of the text instead of one per pattern. Each pattern sits in its
    own group, so an inline flag such as (?i) stays scoped to it. None where RE2 will not
    compile the union (memory cap): the caller keeps the separate searches."""
    try:
        return _searcher("|".join(f"(?:{p})" for p in patterns))
    except (re2.error, TypeError, UnicodeError):
        return None


def _compile_regex(ctx: ErrorContext, pattern: str, line: int) -> Callable[[Any], bool]:
    """RE2 only: linear-time matching whatever the pattern; PCRE-only syntax is rejected."""
    if len(pattern) > MAX_PATTERN_CHARS:
        raise ctx.fail(line, f"regex longer than {MAX_PATTERN_CHARS} characters")
    try:
        return _searcher(pattern)
    except re2.error as exc:
        detail = exc.args[0] if exc.args else exc
        if isinstance(detail, bytes):
            detail = detail.decode("utf-8", "replace")
        raise ctx.fail(line, f"regex {pattern[:80]!r} is not valid RE2 syntax: {detail}") from None
    except (TypeError, UnicodeError) as exc:
        raise ctx.fail(line, f"regex {pattern[:80]!r} cannot be compiled: {exc}") from None


def _searcher(pattern: str) -> Callable[[Any], bool]:
    """The yes/no search of one RE2 pattern (raises re2.error where it does not compile)."""
    options = re2.Options()
    options.never_capture = True  # we only ask "does it match", captures cost time
    options.log_errors = False  # errors are reported as RulesError, not on stderr
    options.max_mem = _RE2_MAX_MEM
    compiled = re2.compile(pattern, options)

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
