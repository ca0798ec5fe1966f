"""How a rules file reports a problem: one RulesError naming the file, the line and the rule."""

from __future__ import annotations

import math
from typing import Any


class RulesError(ValueError):
    """A rules file is invalid. ``line`` is 1-based, or None when the problem has no line."""

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path} line {line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class ErrorContext:
    """Raises RulesError for one file, with the current rule's name as a prefix."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.prefix = ""

    def fail(self, line: int | None, reason: str) -> RulesError:
        return RulesError(self.source, line, self.prefix + reason)


def describe(value: Any) -> str:
    """A value as an error message names it: its kind and, for scalars, the value."""
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


def is_number(value: Any) -> bool:
    """A finite int or float (a YAML boolean is not a number)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
