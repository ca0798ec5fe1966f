"""The README's repository map: every module under src/mentionflow is on it, every path on it exists.

The map is the fenced block under "## Repository map". Each line is a name and what it owns;
a name ending in "/" is a folder, and two more spaces of indentation is one folder deeper:

    src/mentionflow/
      core/                 pure domain logic
        route.py            routing
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "mentionflow"
_ENTRY = re.compile(r"^(?P<indent>(?:  )*)(?P<name>[^\s]+)(?:\s{2,}(?P<what>.+))?$")


def map_lines(readme: str) -> list[str]:
    """The lines of the fenced block under '## Repository map'."""
    section = readme.split("\n## Repository map\n", 1)[1]
    block = section.split("```", 2)[1]
    return [line for line in block.splitlines()[1:] if line.strip()]


def map_paths(lines: list[str]) -> list[tuple[str, str]]:
    """(path relative to the repository, its description) for every entry, folders ending in '/'."""
    stack: list[str] = []  # the folders the current line is in
    entries: list[tuple[str, str]] = []
    for line in lines:
        match = _ENTRY.match(line)
        assert match, f"not a map entry (name, two spaces, what it owns): {line!r}"
        depth = len(match["indent"]) // 2
        assert depth <= len(stack), f"indented deeper than its folder: {line!r}"
        del stack[depth:]
        path = "".join(stack) + match["name"]
        entries.append((path, (match["what"] or "").strip()))
        if match["name"].endswith("/"):
            stack.append(match["name"])
    return entries


def package_modules() -> set[str]:
    """Every module and package under src/mentionflow, as repository paths (packages end in '/')."""
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if "__pycache__" in path.parts:
            continue
        relative = path.relative_to(ROOT).as_posix()
        if path.name == "__init__.py":
            found.add(relative.removesuffix("__init__.py"))
        else:
            found.add(relative)
    found.discard(PACKAGE.relative_to(ROOT).as_posix() + "/")
    return found


def _entries() -> list[tuple[str, str]]:
    return map_paths(map_lines((ROOT / "README.md").read_text(encoding="utf-8")))


def test_every_path_on_the_map_exists() -> None:
    missing = [path for path, _ in _entries() if not (ROOT / path).exists()]
    assert missing == [], f"on the README map but not in the repository: {missing}"


def test_every_module_is_on_the_map_with_what_it_owns() -> None:
    entries = dict(_entries())
    absent = sorted(package_modules() - set(entries))
    assert absent == [], f"modules missing from the README's repository map: {absent}"
    undescribed = sorted(path for path in package_modules() if not entries[path])
    assert undescribed == [], f"map entries that do not say what they own: {undescribed}"


def test_the_map_parser_follows_indentation() -> None:
    lines = ["src/mentionflow/", "  core/  logic", "    route.py  routing", "  cli.py  command", "deploy/  ops"]
    assert map_paths(lines) == [
        ("src/mentionflow/", ""),
        ("src/mentionflow/core/", "logic"),
        ("src/mentionflow/core/route.py", "routing"),
        ("src/mentionflow/cli.py", "command"),
        ("deploy/", "ops"),
    ]
