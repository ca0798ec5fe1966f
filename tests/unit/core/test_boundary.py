"""The pure core reads no configuration itself: nothing under mentionflow/core imports the settings."""

from __future__ import annotations

import ast
from pathlib import Path

import mentionflow

CORE = Path(mentionflow.__file__).parent / "core"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_the_core_imports_nothing_from_settings() -> None:
    offenders = {
        str(path.relative_to(CORE)): sorted(n for n in _imports(path) if n.startswith("mentionflow.settings"))
        for path in sorted(CORE.rglob("*.py"))
    }
    assert {k: v for k, v in offenders.items() if v} == {}
    assert len(offenders) > 20  # the walk found the core
