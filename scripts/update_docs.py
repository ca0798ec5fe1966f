"""Regenerate the generated parts of the docs: docs/settings.md and the README settings table."""

from __future__ import annotations

from pathlib import Path

from mentionflow.settings import settings_markdown, settings_table

ROOT = Path(__file__).resolve().parents[1]
START = "<!-- settings-table"
END = "<!-- /settings-table -->"


def main() -> None:
    (ROOT / "docs" / "settings.md").write_text(settings_markdown(), encoding="utf-8")
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    head = text.index("\n", text.index(START)) + 1
    readme.write_text(text[:head] + settings_table() + text[text.index(END) :], encoding="utf-8")
    print("updated docs/settings.md and the README settings table")


if __name__ == "__main__":
    main()
