"""Regenerate the generated parts of the docs: docs/settings.md, the README settings table and the
metrics reference in docs/metrics.md."""

from __future__ import annotations

from pathlib import Path

from mentionflow.observability import REFERENCE_END, REFERENCE_START, metrics_reference
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
    metrics = ROOT / "docs" / "metrics.md"
    text = metrics.read_text(encoding="utf-8")
    if REFERENCE_START in text:
        text = (
            text[: text.index(REFERENCE_START)]
            + metrics_reference()
            + text[text.index(REFERENCE_END) + len(REFERENCE_END) + 1 :]
        )
    else:
        text = text.rstrip("\n") + "\n\n## Prometheus metrics reference\n\n" + metrics_reference()
    metrics.write_text(text, encoding="utf-8")
    print("updated docs/settings.md, the README settings table and the metrics reference in docs/metrics.md")


if __name__ == "__main__":
    main()
