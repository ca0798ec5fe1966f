"""Worst-case mention texts for the core: runs that make a backtracking regex go quadratic.

`adversarial_texts(max_chars)` generates them (runs of every ASCII punctuation mark and control
character, alone and behind a non-ASCII letter so both tokenizer paths see them, emoticon-ish
alternations, emoji sequences, mixed scripts). `python -m mentionflow.tools.adversarial` times each
one through `Pipeline.run` and reports the worst; the unit test holds every one under a budget.
"""

from __future__ import annotations

import argparse
import string
import sys
import time
from collections.abc import Iterator

from mentionflow.schema import Author, RawMention

__all__ = ["adversarial_texts", "main", "time_core"]

# Prefixes: ASCII (fast path) and one non-ASCII letter (general path), plus the words that
# arm the sentiment cue regexes ("wait", "hours", "still", ...) so their bodies run too.
_PREFIXES = ("", "é", "hours 2", "é hours 2", "still waiting 3 ", "thanks for ", "hi ")
_EMOJI = (
    "\U0001f600",
    "\U0001f44d\U0001f3fd",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    "\U0001f1ec\U0001f1e7",
    "\u2764\ufe0f",
)
_SCRIPTS = ("abc", "абв", "αβγ", "אבג", "عرب", "中文字", "\uff46\uff55\uff4c\uff4c", "\u0301")


def _fill(unit: str, n: int) -> str:
    return (unit * (n // max(1, len(unit)) + 1))[:n]


def adversarial_texts(max_chars: int = 20_000) -> Iterator[tuple[str, str]]:
    """(name, text) pairs, each text at most ``max_chars`` characters."""
    chars = [c for c in string.punctuation] + [chr(c) for c in range(32)] + ["\x7f", " ", "\u00a0", "\u2028"]
    for prefix in _PREFIXES:
        body = max_chars - len(prefix)
        for c in chars:
            yield f"run {prefix!r}+{c!r}", prefix + _fill(c, body)
            # A letter after the run: trailing runs are stripped, inner ones reach every regex.
            yield f"run {prefix!r}+{c!r}+'x'", prefix + _fill(c, body - 1) + "x"
        # Pairs of marks: emoticon eyes/mouths alternate, "+" and spaces between a number and a unit.
        for unit in (
            "(:",
            ":(",
            "(-",
            ":-",
            ")(;",
            "<3",
            "</",
            ":-)",
            "=[",
            "\\/",
            "+ ",
            " +",
            "\x0b+",
            "&#",
            "@#",
            "#@",
            "a:",
            "1 ",
        ):
            yield f"alt {prefix!r}+{unit!r}", prefix + _fill(unit, body - 1) + "x"
        for e in _EMOJI:
            yield f"emoji {prefix!r}+{e!r}", prefix + _fill(e, body)
        yield f"zwj {prefix!r}", prefix + _fill("\U0001f468\u200d", body)
        yield f"mods {prefix!r}", prefix + "\U0001f44d" + _fill("\U0001f3fd", body - 1)
        yield f"scripts {prefix!r}", prefix + _fill(" ".join(_SCRIPTS) + " ", body)
    # Letters and entities that arm the other passes.
    for name, unit in (
        ("elongation", "a"),
        ("handles", "@a"),
        ("hashtags", "#a"),
        ("urls", "http://"),
        ("www", "www."),
        ("entities", "&amp;"),
        ("digits", "9"),
        ("caps", "A"),
        ("caps words", "AB "),
        ("words", "wait "),
        ("numbers", "1."),
        ("sarcasm", "so "),
        ("greeting", "hi "),
    ):
        yield name, _fill(unit, max_chars)


def _raw(mention_id: str, text: str, author: Author) -> RawMention:
    return RawMention(id=mention_id, channel="twitter", text=text, created_at="2026-01-01T00:00:00Z", author=author)


def time_core(max_chars: int = 20_000) -> list[tuple[float, str]]:
    """Seconds each adversarial text takes through ``Pipeline.run`` (a fresh core), worst first."""
    from mentionflow.core.pipeline import Pipeline
    from mentionflow.schema import Author
    from mentionflow.settings import load_settings

    core = Pipeline.from_settings(load_settings())
    author = Author(id="a1", handle="adv", followers=0, verified=False)
    now = time.time()
    core.run(_raw("warm-up", "warm up the lazy loads", author), now)
    results = []
    for i, (name, text) in enumerate(adversarial_texts(max_chars)):
        raw = _raw(f"adv-{i}", text, author)
        t0 = time.perf_counter()
        core.run(raw, now)
        results.append((time.perf_counter() - t0, name))
    results.sort(reverse=True)
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m mentionflow.tools.adversarial", description=__doc__)
    ap.add_argument("--max-chars", type=int, default=None, help="text length (default: settings' max_text_chars)")
    ap.add_argument("--top", type=int, default=5)
    ap.add_argument("--budget-ms", type=float, default=50.0, help="exit 1 when the worst is over this")
    args = ap.parse_args(argv)
    if args.max_chars is None:
        from mentionflow.settings import load_settings

        args.max_chars = load_settings().max_text_chars
    results = time_core(args.max_chars)
    print(f"adversarial: {len(results)} texts of {args.max_chars} chars through Pipeline.run")
    for seconds, name in results[: args.top]:
        print(f"  {seconds * 1000:8.2f} ms  {name}")
    worst = results[0][0] * 1000
    print(f"worst: {worst:.2f} ms ({results[0][1]}), budget {args.budget_ms:.0f} ms")
    return 0 if worst <= args.budget_ms else 1


if __name__ == "__main__":
    sys.exit(main())
