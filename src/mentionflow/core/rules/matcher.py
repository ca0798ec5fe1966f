"""Matcher code generation: a rule list's conditions as one generated Python function."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from mentionflow.core.rules.conditions import Condition, alternation_search
from mentionflow.core.rules.fields import Facts

_COMPARE: Final = {"eq": "==", "ne": "!=", "in": "in", "gt": ">", "gte": ">=", "lt": "<", "lte": "<="}


def generate_matcher(conditions: list[Condition | None]) -> Callable[[Facts], int]:
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
        if op == "any":
            return "(" + " or ".join(expr(part) for part in _merge_matches(cond[1])) + ")"
        if op == "all":
            return "(" + " and ".join(expr(part) for part in cond[1]) + ")"
        if op == "not":
            return f"(not {expr(cond[1])})"
        _, field_name, value = cond
        v = var(field_name)
        if op == "matches":
            return f"{const(value.search)}({v})"
        if op == "matches_any":  # _merge_matches: value is the union's searcher
            return f"{const(value)}({v})"
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


def _merge_matches(parts: tuple[Condition, ...]) -> list[Condition]:
    """An ``any`` with several ``matches`` on one field ("a question worded this way, or that
    way, ...") as one search of the union, put where the field's first ``matches`` was. The
    parts have no side effects and a search answers False on a non-text fact, so the order
    of the ``or`` changes nothing but the time."""
    by_field: dict[str, list[str]] = {}
    for part in parts:
        if part[0] == "matches":
            by_field.setdefault(part[1], []).append(part[2].pattern)
    merged: list[Condition] = []
    done: set[str] = set()
    for part in parts:
        if part[0] != "matches" or len(by_field[part[1]]) < 2:
            merged.append(part)
        elif part[1] not in done:
            done.add(part[1])
            search = alternation_search(by_field[part[1]])
            if search is None:  # the union is over RE2's memory cap: keep them apart
                merged += [p for p in parts if p[0] == "matches" and p[1] == part[1]]
            else:
                merged.append(("matches_any", part[1], search))
    return merged
