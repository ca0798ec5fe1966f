"""The ALL-CAPS word patterns, written to open with the capital (a C-speed scan), find what the
plain "\\b[A-Z]..." forms find."""

from __future__ import annotations

import re

import pytest

from mentionflow.core.text import _CAPS_WORD_RE, normalise
from mentionflow.core.valence import _ALLCAPS_RE

_PLAIN_CAPS = re.compile(r"\b[A-Z]{2,}\b")
_PLAIN_ALLCAPS = re.compile(r"\b[A-Z][A-Z']+\b")

_TEXTS = [
    "WORST airline EVER, my bag is LOST",
    "I CAN'T believe it, DON'T fly with them",
    "flight LHR-JFK delayed, ABc dEF xYZ",
    "_AB AB_ 1AB AB1 éAB ABé A B",
    "NO. NO! NO? (NO) 'NO'",
    "",
    "lower case only",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_same_words_as_plain_patterns(text: str) -> None:
    assert _CAPS_WORD_RE.findall(text) == _PLAIN_CAPS.findall(text)
    assert _ALLCAPS_RE.findall(text) == _PLAIN_ALLCAPS.findall(text)


def test_shouting_still_read() -> None:
    assert normalise("THIS IS THE WORST SERVICE EVER").shouting
    assert not normalise("Flew LHR to JFK today, all fine").shouting
