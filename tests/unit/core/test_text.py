"""Unit tests for mentionflow.core.text and mentionflow.core.lang."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentionflow.core import text as text_mod
from mentionflow.core.lang import LanguageGuess, detect_language
from mentionflow.core.text import HASHTAG_TOKEN, URL_TOKEN, USER_TOKEN, normalise


def test_entities_extracted_and_replaced() -> None:
    n = normalise("@united my bag is lost #fail #neveragain see https://t.co/abc www.x.com/y")
    assert n.handles == ("united",)
    assert n.hashtags == ("fail", "neveragain")
    assert n.urls == ("https://t.co/abc", "www.x.com/y")
    assert n.clean == f"{USER_TOKEN} my bag is lost {HASHTAG_TOKEN} {HASHTAG_TOKEN} see {URL_TOKEN} {URL_TOKEN}"
    # Placeholders never leak into tokens; entities live in their own fields.
    assert n.tokens == ("my", "bag", "is", "lost", "see")


def test_email_is_not_a_handle_and_rank_is_not_a_hashtag() -> None:
    n = normalise("mail me at jo@example.com, we are #1 and &#39;ok&#39;")
    assert n.handles == ()
    assert n.hashtags == ()
    assert "'ok'" in n.clean


def test_html_entities_and_nfc() -> None:
    n = normalise("caf\u0065\u0301 &amp; bar &lt;3")
    assert "café & bar" in n.clean  # NFC composed, entities unescaped
    assert "<3" in n.tokens


def test_elongation_squashed_but_digits_kept() -> None:
    n = normalise("sooooo happyyyy, waited 1000 minutes")
    assert n.elongated
    assert n.tokens[:2] == ("soo", "happyy")
    assert "1000" in n.tokens
    assert not normalise("all good here").elongated


def test_shouting() -> None:
    assert normalise("@united WHY IS MY FLIGHT CANCELLED AGAIN").shouting
    assert not normalise("Flying LAX to JFK with my family today").shouting
    assert not normalise("OK").shouting  # too short to be shouting
    n = normalise("I am SO angry")
    assert 0 < n.caps_ratio < 0.6 and not n.shouting


def test_emoji_and_emoticons() -> None:
    n = normalise("love it 😍😍 👍🏽 🇺🇸 :) :-( <3 10:30")
    assert n.emojis == ("😍", "😍", "👍🏽", "🇺🇸")
    # Tokens carry the canonical emoji (skin tone dropped); emoticons are single tokens.
    assert n.tokens == ("love", "it", "😍", "😍", "👍", "🇺🇸", ":)", ":-(", "<3", "10", "30")


def test_apostrophes_and_typographic_quotes() -> None:
    assert normalise("I don't know").tokens == normalise("I don\u2019t know").tokens
    assert normalise("I don't know").tokens == ("i", "dont", "know")


def test_frozen_and_slotted() -> None:
    n = normalise("hello there")
    with pytest.raises(dataclasses.FrozenInstanceError):
        n.clean = "x"  # type: ignore[misc]
    assert not hasattr(n, "__dict__")


def test_original_text_untouched() -> None:
    raw = "@a Sooo &amp; BAD"
    normalise(raw)
    assert raw == "@a Sooo &amp; BAD"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=127), max_size=80))
def test_ascii_fast_tokeniser_matches_general_tokeniser(s: str) -> None:
    """The bytes.translate fast path must give exactly what the regex tokenizer gives."""
    n = normalise(s)
    body = n.clean
    # Placeholders stand for entities that were found; a literal "<hashtag>" typed in a text
    # that has none is a word like any other (hypothesis found one).
    for placeholder, found in ((URL_TOKEN, n.urls), (USER_TOKEN, n.handles), (HASHTAG_TOKEN, n.hashtags)):
        if found:
            body = body.replace(placeholder, " ")
    assert list(n.tokens) == text_mod.tokenise(body.lower())


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_normalise_never_raises(s: str) -> None:
    n = normalise(s)
    assert all(t == t.lower() for t in n.tokens)
    assert 0.0 <= n.caps_ratio <= 1.0
    assert "\n" not in n.clean


# --- language ----------------------------------------------------------------------------------


def test_english_fast_path_is_reliable() -> None:
    g = detect_language("@united I have been waiting for my bag for three days, this is a joke")
    assert g == LanguageGuess("en", g.confidence, True)
    assert g.confidence > 0.9


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Mi vuelo fue cancelado y nadie me ayuda, estoy muy enojada con ustedes", "es"),
        ("Mon vol a été annulé et personne ne répond, c'est inadmissible", "fr"),
        ("Mein Flug wurde gestrichen und niemand hilft mir, das ist unglaublich", "de"),
    ],
)
def test_other_languages_detected(text: str, code: str) -> None:
    g = detect_language(text)
    assert g.code == code
    assert g.reliable


@pytest.mark.parametrize("text", ["ok", "lol", "😡", "@united", "#fail http://t.co/x", "", "?!"])
def test_tiny_strings_are_undetermined(text: str) -> None:
    g = detect_language(text)
    assert g.code == "und"
    assert not g.reliable


def test_accepts_normalised_text() -> None:
    s = "Thank you so much for the upgrade, the crew was wonderful"
    assert detect_language(normalise(s)) == detect_language(s)


def test_keyword_phrases_match_without_their_accents() -> None:
    from mentionflow.core.keywords import fold_accents, load_categories

    cats = load_categories()
    assert fold_accents("caído") == "caido" and fold_accents("störung") == "storung"
    assert cats.labels_of("caido") == cats.labels_of("caído")
    assert cats.labels_of("storung") == cats.labels_of("störung")


def test_signal_phrases_match_without_their_accents_but_short_words_keep_them() -> None:
    from mentionflow.core.signals import detect_signals
    from mentionflow.core.text import normalise

    assert "regulator" in detect_signals(normalise("manana pongo la reclamacion en el Banco de Espana"))
    # "à premium" (an upgrade, cancelling churn) must not fold into the English "a premium".
    assert "churn" in detect_signals(normalise("8 years a Premium customer. Moving my savings elsewhere"))
