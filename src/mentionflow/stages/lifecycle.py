"""Placeholder until the lifecycle stage lands."""

from __future__ import annotations

from typing import Any


def register(mf: Any) -> None:
    """Register the lifecycle stage's agents, tables and timers on the app (not implemented yet)."""
