"""Hostile texts: no valid mention may cost the core more than a few tens of milliseconds.

A backtracking regex that goes quadratic on a 20 KB run blocks a worker's event loop past its
session timeout: the batch then poisons every worker that takes the partition over.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from mentionflow.core.features import DURATION_RE
from mentionflow.core.pipeline import Pipeline
from mentionflow.core.signals import default_signals
from mentionflow.core.text import normalise, tokenise
from mentionflow.schema import Author, RawMention
from mentionflow.settings import load_settings
from mentionflow.tools.adversarial import adversarial_texts, time_core

BUDGET_S = 0.050  # per mention, through all four stages: the goal (`mentionflow bench --only adversarial`)
# What this test holds on any machine: the worst hostile text costs at most a few times a plain
# text of the same length (a quadratic pattern costs 100x and more at 20,000 characters), and
# never a stall. Absolute times swing with the machine and its load; the bench reports them.
# Emoji-only texts are linear but dense (a token every 2 characters against every 5): 3.6-4.1x
# a plain text on an idle machine (2026-12-05, 43-49 ms against 12), and up to 4.6x under load,
# where 4.0 failed on main. 6x keeps a wide gap below a quadratic pattern's 100x.
WORST_OVER_PLAIN = 6.0
STALL_S = 0.5


def _best_time(core: Pipeline, text: str, bound: float, tries: int = 3) -> float:
    """Best of a few timings in this process's CPU seconds: other processes on a loaded machine
    take none of it (wall time failed here under six agents), a quadratic regex fails every try."""
    author = Author(id="a1", handle="adv")
    best = float("inf")
    for i in range(tries):
        raw = RawMention(
            id=f"t-{i}-{time.monotonic_ns()}",
            channel="twitter",
            text=text,
            created_at="2026-01-01T00:00:00Z",
            author=author,
        )
        t0 = time.process_time()
        core.run(raw, time.time())
        best = min(best, time.process_time() - t0)
        if best <= bound:
            break
    return best


def _best_of(call: Callable[[], object], tries: int = 3) -> float:
    """CPU seconds of the fastest of a few calls (quadratic work fails each try)."""
    best = float("inf")
    for _ in range(tries):
        t0 = time.process_time()
        call()
        best = min(best, time.process_time() - t0)
    return best


def _plain_text(chars: int) -> str:
    # Not ASCII ("café"): the general tokenizer path, which every non-ASCII hostile text takes.
    words = [
        "my",
        "flight",
        "was",
        "delayed",
        "again",
        "and",
        "the",
        "café",
        "bag",
        "is",
        "lost",
        "please",
        "help",
        "me",
        "get",
        "a",
        "refund",
        "today",
    ]
    return " ".join(words[i % len(words)] for i in range(chars // 3))[:chars]


def test_every_adversarial_text_runs_through_the_core_within_budget() -> None:
    settings = load_settings()
    core = Pipeline.from_settings(settings)
    _best_time(core, "warm up", BUDGET_S)
    plain_text = _plain_text(settings.max_text_chars)
    plain = min(_best_time(core, plain_text, 0.0) for _ in range(2))
    bound = min(STALL_S, max(BUDGET_S, WORST_OVER_PLAIN * plain))
    n = 0
    for name, text in adversarial_texts(settings.max_text_chars):
        assert len(text) <= settings.max_text_chars
        seconds = _best_time(core, text, bound)
        for _ in range(3):
            if seconds <= bound:
                break
            # Over the bound: time the plain text again now, beside it. The machine's load swings
            # within the test (87 ms against 14 ms timed a minute before failed here, 3.5x when
            # timed side by side); a quadratic pattern stays 100x whenever it is timed.
            plain = _best_time(core, plain_text, 0.0)
            bound = min(STALL_S, max(BUDGET_S, WORST_OVER_PLAIN * plain))
            seconds = _best_time(core, text, bound)
        assert seconds <= bound, (
            f"{name}: {seconds * 1000:.0f} ms (bound {bound * 1000:.0f} ms; a plain text of this length: "
            f"{plain * 1000:.0f} ms)"
        )
        n += 1
    assert n > 500  # every punctuation mark and control character, on both tokenizer paths


@pytest.mark.parametrize("mouth", ["(", ")", "[", "]", "/", "\\"])
def test_emoticon_branch_is_linear_in_a_run_of_mouths(mouth: str) -> None:
    # Issue 15 reproducer: "é" + "(" * 19990 took ~20 s (each start position rescanned the run).
    assert _best_of(lambda: tokenise("é" + mouth * 19_990)) < BUDGET_S


@pytest.mark.parametrize("space", ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f"])
def test_ascii_path_collapses_every_whitespace_character(space: str) -> None:
    assert normalise(f"2{space * 5}hours late").clean == "2 hours late"


def test_duration_regex_is_linear_in_a_run_of_spaces() -> None:
    assert _best_of(lambda: DURATION_RE.search("2" + "\x0b" * 19_990 + "x")) < BUDGET_S
    assert DURATION_RE.search("waited 2 + hours")  # the optional "+" still matches


@pytest.mark.parametrize("word", ["a", "me", "switching"])
def test_a_run_of_a_phrase_start_word_costs_one_probe_each(word: str) -> None:
    # `mentionflow bench --only adversarial`: 20,000 chars of "a:" took 99-150 ms, nearly all in
    # signals.detect (every repeat of "a" sliced the tokens once per phrase starting with "a"; 10
    # do). Phrases are now looked up by their first two words. Before: ~100 ms; now ~1 ms.
    lexicon = default_signals()
    tokens = (word,) * 10_000
    assert _best_of(lambda: lexicon.detect(tokens)) < 0.015
    assert lexicon.detect(("i", "am", "switching", "to", "another", "provider")) == lexicon.detect(
        ("i", "am", "switching", "to", "another", "provider", "switching")
    )


def test_emoticons_still_tokenised() -> None:
    assert tokenise("bad service ): so sad :( ok )-: fine :-) <3") == [
        "bad",
        "service",
        "):",
        "so",
        "sad",
        ":(",
        "ok",
        ")-:",
        "fine",
        ":-)",
        "<3",
    ]


def test_bench_reports_the_worst_text() -> None:
    results = time_core(200)
    assert results[0][0] >= results[-1][0]
    assert all(isinstance(name, str) for _, name in results)
