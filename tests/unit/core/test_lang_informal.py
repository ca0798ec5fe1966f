"""Short informal posts: Twitter marks, chat spellings and case do not hide the language."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import detect_language, language_evidence
from mentionflow.core.text import normalise


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A retweet prefix and a link cut to "http" are no English words.
        ("RT @ana: Schöne Bescherung heute im Zug http", "de"),
        # Case: German nouns keep their capitals for the model.
        ("Unnützes Wissen am Morgen", "de"),
        ("Vorsicht, Horror pur im Bahnhof", "de"),
    ],
)
def test_short_posts_with_twitter_marks_and_case(text: str, code: str) -> None:
    assert detect_language(text).code == code


@pytest.mark.parametrize(
    ("tokens", "code"),
    [
        (("tô", "chegando", "hj"), "pt"),
        (("kk", "vc", "viu"), "pt"),
        (("cmq", "nn", "ci", "credo"), "it"),
        (("jsuis", "trop", "déçu"), "fr"),
        (("nix", "geht", "mehr"), "de"),
        (("pues", "vale"), "es"),
    ],
)
def test_chat_spellings_count_as_evidence(tokens: tuple[str, ...], code: str) -> None:
    ev = language_evidence(tokens, " ".join(tokens))
    assert max(ev, key=ev.__getitem__) == code


def test_english_homographs_never_outweigh_english() -> None:
    # "so" and "also" are German too; listed under English as well, they cannot tip English.
    ev = language_evidence(normalise("so it is also fine").tokens, "so it is also fine")
    assert ev["en"] > ev.get("de", 0.0)


def test_romanised_hindi_words_give_no_italian_evidence() -> None:
    tokens = ("kal", "se", "ho", "raha", "hai", "mai", "ke")
    assert "it" not in language_evidence(tokens, " ".join(tokens))


@pytest.mark.parametrize("text", ["RT @bob: my order never arrived http", "WHY IS MY BAG STILL MISSING"])
def test_english_stays_english(text: str) -> None:
    assert detect_language(text).code == "en"
