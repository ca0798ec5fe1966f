"""A vent too short for the language model still gets a language from one distinctive word."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("@NimbusHelp péssimo", "pt"),
        ("@NimbusHelp vergonha!!", "pt"),
        ("@NimbusHelp pior operadora", "pt"),
        ("@NimbusHelp vergüenza", "es"),
        ("Frechheit @NimbusHelp", "de"),
        ("@NimbusHelp vergogna", "it"),
    ],
)
def test_one_distinctive_word_names_the_language(text: str, code: str) -> None:
    assert detect_language(text).code == code


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp horrible",  # en, es and fr alike
        "@NimbusHelp péssimo vergüenza",  # two languages: no guess from the words
        "@NimbusHelp ok",
    ],
)
def test_shared_or_mixed_words_name_no_language(text: str) -> None:
    assert detect_language(text).code == "und"
