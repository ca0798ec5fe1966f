"""The operator-edited data files of the core (signals, replies): read once, lazily, per process."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

import yaml

_T = TypeVar("_T")


def read_yaml(path: Path, error: type[ValueError], what: str) -> Any:
    """The parsed file, or ``error`` naming the file (unreadable or not YAML)."""
    try:
        return yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise error(f"{path}: cannot read {what}: {exc}") from None


class Lazy(Generic[_T]):
    """A value built on first use, once per process (thread-safe)."""

    def __init__(self, make: Callable[[], _T]) -> None:
        self._make = make
        self._value: _T | None = None
        self._lock = threading.Lock()

    def get(self) -> _T:
        if self._value is None:
            with self._lock:
                if self._value is None:
                    self._value = self._make()
        return self._value
