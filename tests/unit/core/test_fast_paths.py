"""Fast paths of the core agree with the plain definitions they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mentionflow.core import similarity
from mentionflow.core.dedup import content_words, tokens_of
from mentionflow.core.sentiment import load_categories
from mentionflow.schema import utc_iso

_TEXT = st.text(alphabet=st.sampled_from("ab xyz Iis 1 23 ' '' _ , . < > @ # é ü 😀 -\n"), max_size=60)


@given(_TEXT)
@settings(max_examples=400, deadline=None)
def test_content_words_is_content_tokens_of_tokens(text: str) -> None:
    assert content_words(text) == similarity.content_tokens(tokens_of(text))


def test_content_words_examples() -> None:
    assert content_words("<user> My bag is LOST at gate 9, 2nd time!") == ["bag", "lost", "gate", "2nd", "time"]
    assert content_words("don't x café") == ["don't", "café"]
    quirky = "'rock'n'roll' it's 'quoted' a'b'c x' y'z_w"
    assert content_words(quirky) == ["rock'n", "roll", "it's", "quoted", "a'b", "y'z"]
    assert content_words("it's fine, didn't") == ["it's", "fine", "didn't"]


def test_prefix_index_matches_a_scan_of_every_prefix() -> None:
    cats = load_categories()
    for token in ["refund", "refunds", "refundable", "charged", "overcharged", "x", "", "cancellations"]:
        expected: list[str] = list(cats.unigrams.get(token, ()))
        for prefix, labels in cats.prefixes:
            if token.startswith(prefix):
                expected.extend(labels)
        cats._learn([token])
        assert cats._memo.get(token, ()) == tuple(dict.fromkeys(expected))


@given(st.floats(min_value=0.0, max_value=2.0**33 - 1, allow_nan=False))
@settings(max_examples=300, deadline=None)
def test_utc_iso_fast_path_matches_datetime(ts: float) -> None:
    from datetime import UTC, datetime

    assert utc_iso(ts) == datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def test_influence_bands_match_the_tier_table() -> None:
    import itertools
    import math

    from mentionflow.core.enrich import INFLUENCE_TIERS, TIER_ORDER, influence

    def reference(followers: int | None, verified: bool, engagement: int) -> tuple[str, float]:
        count = followers or 0
        tier = next(name for floor, name in INFLUENCE_TIERS if count >= floor)
        if verified:
            tier = TIER_ORDER[min(TIER_ORDER.index(tier) + 1, len(TIER_ORDER) - 1)]
        reach = min(1.0, math.log10(count + 1) / 7.0)
        buzz = min(1.0, math.log10(engagement + 1) / 4.0)
        return tier, round(0.7 * reach + (0.2 if verified else 0.0) + 0.1 * buzz, 4)

    counts = [None, 0, 1, 9, 999, 1000, 1001, 9999, 10_000, 99_999, 100_000, 999_999, 1_000_000, 10**9]
    for followers, verified, engagement in itertools.product(counts, [False, True], [0, 1, 42, 10**6]):
        got = influence(followers, verified, engagement)
        assert (got.tier, got.score) == reference(followers, verified, engagement)


_SEED_PROBE = """
import sys
from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import analyse
from mentionflow.core.text import normalise
texts = [
    "@united not happy, not good at all, on hold for 2 hours!! #fail #neveragain",
    "thanks for the surprise 4 hour delay, really made my day",
    "I don't hate it, never bad, no problem :) great crew, lovely flight",
]
spanish = ["no tengo señal desde ayer, nadie responde!! #fatal", "gracias por nada, otra vez sin wifi"]
langs = [("en", texts), ("es", spanish)]
for code, group in langs:
    for t in group:
        a = analyse(normalise(t), LanguageGuess(code, 0.99, True))
        print(repr((a.score, a.confidence, a.irony)))
"""


def test_scores_do_not_depend_on_the_hash_seed() -> None:
    """Weights are summed in text order, not a set's (string-hash) order: the same text gives
    the same floats, to the last bit, whatever PYTHONHASHSEED is."""
    import os
    import subprocess
    import sys

    outputs = set()
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", _SEED_PROBE], env=env, capture_output=True, text=True, check=True)
        outputs.add(run.stdout)
    assert len(outputs) == 1, outputs


def test_preload_loads_the_models_a_worker_freezes() -> None:
    """The worker freezes start-up objects after `Pipeline.preload`: the models must be loaded by then."""
    from mentionflow.core import harm, lang, sentiment
    from mentionflow.core.pipeline import Pipeline
    from mentionflow.settings import load_settings

    Pipeline.from_settings(load_settings()).preload()
    assert lang._model is not None
    assert sentiment._default is not None
    assert harm._model is not None


# Look-behind-first patterns searched with the look-behind spent (text.lead_spent_search) and
# regexes behind a cheap gate (spam_pitch.bare_link): the same answer as the plain search.
_PIECES = [" ", "", ",", ".", "/", "\n", "-", "x", "é", "1", "2", "5", "10", "star", "stars", "Sterne", "una", "due"]
_PIECES += ["estrella", "étoiles", "com", "shop", "bit", "ly", "deals", "hours", "two", "zwei"]
_GATED = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


@given(_GATED)
@settings(max_examples=400, deadline=None)
def test_lead_spent_search_answers_as_the_plain_search(text: str) -> None:
    from mentionflow.core import ratings

    assert ratings._LOW_STARS_FOUND(text) == (ratings._LOW_STAR_WORDS.search(text) is not None)


def test_lead_spent_search_examples() -> None:
    import re

    from mentionflow.core.text import lead_spent_search

    rx = re.compile(r"(?<![\w.,])(?:two|\d)\s*days\b")
    found = lead_spent_search(rx)
    for text in ("two days", "waited two days", "x two days", "waited.two days", "no,2 days", "(2 days)", "a\n2 days"):
        assert found(text) == (rx.search(text) is not None), text
    assert found("two days") and found("(2 days)") and not found("x2 days") and not found("1.2 days")


@given(_GATED)
@settings(max_examples=400, deadline=None)
def test_bare_link_answers_as_the_plain_search(text: str) -> None:
    from mentionflow.core import spam_pitch

    assert spam_pitch.bare_link(text) == (spam_pitch.BARE_LINK.search(text) is not None)


def test_bare_link_examples() -> None:
    from mentionflow.core.spam_pitch import bare_link

    assert bare_link("grab yours at deals-today.shop now") and bare_link("see BIT.LY/abc")
    assert not bare_link("landed at 5.30. Great crew.") and not bare_link("no link here")
