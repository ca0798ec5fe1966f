"""How dedup reads a mention's words: tokens, content words, 5-letter stems (one incident
vocabulary across languages), and the few word-order cues a stem loses (a negated network word,
a German compound's failure head)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import filterfalse
from typing import Final

from mentionflow.core import similarity
from mentionflow.core.dedup_vocab import (
    DE_COMPOUND_HEADS,
    DE_HEAD_ENDINGS,
    NEGATION_REACH,
    NETWORK_STEMS,
    NO_WORDS,
    NO_WORDS_SAID,
)

_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)
# ASCII text without an apostrophe (most mentions): every non-alphanumeric byte becomes a
# space and str.split() tokenises; the same tokens as ``_TOKEN`` at a third of the cost.
_ASCII_SEPARATORS = bytes(c for c in range(128) if not chr(c).isalnum())
_SEPARATORS_TO_SPACE = bytes.maketrans(_ASCII_SEPARATORS, b" " * len(_ASCII_SEPARATORS))
_APOSTROPHES_RE = re.compile(r"'[a-z0-9]*'")  # two apostrophes in one chunk
_NOT_APOSTROPHE = _ASCII_SEPARATORS.replace(b"'", b"")
_SEPARATORS_BUT_APOSTROPHE = bytes.maketrans(_NOT_APOSTROPHE, b" " * len(_NOT_APOSTROPHE))


def tokens_of(text: str) -> list[str]:
    lowered = text.lower()
    if "'" not in lowered and lowered.isascii():
        return lowered.encode("ascii").translate(_SEPARATORS_TO_SPACE).decode("ascii").split()
    return _TOKEN.findall(lowered)


# On the ASCII path every token is [a-z0-9]+, so "1-character noise" is one of 36 strings and
# the stopword and length tests of ``similarity.content_tokens`` become one C-level set filter.
_ASCII_DROP: Final = similarity.STOPWORDS | frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def content_words(text: str) -> list[str]:
    """``similarity.content_tokens(tokens_of(text))``, without a Python loop on ASCII text."""
    lowered = text.lower()
    if lowered.isascii():
        if "'" in lowered:
            # No ``_TOKEN`` match spans a separator, so the regex need only see the chunks
            # that hold an apostrophe; every other chunk is one alphanumeric token. Tokens like
            # "didn't" have 3+ characters and no stopword has an apostrophe: the set filter
            # below stays exact.
            spaced = lowered.encode("ascii").translate(_SEPARATORS_BUT_APOSTROPHE).decode("ascii")
            tokens = spaced.split()
            at_edge = " '" in spaced or "' " in spaced or spaced[0] == "'" or spaced[-1] == "'"
            if at_edge or _APOSTROPHES_RE.search(spaced):
                # Some apostrophe is not one between two letters/digits ("'quoted'", "rock'n'roll").
                tokens = [t for c in tokens for t in (_TOKEN.findall(c) if "'" in c else (c,))]
        else:
            tokens = lowered.encode("ascii").translate(_SEPARATORS_TO_SPACE).decode("ascii").split()
        return list(filterfalse(_ASCII_DROP.__contains__, tokens))
    return similarity.content_tokens(_TOKEN.findall(lowered))


def stem(word: str) -> str:
    """A word's first five letters: one incident vocabulary for "cancelled", "cancelación",
    "cancelaron" and "cancelados", without a stemmer per language. An elided article or
    preposition goes first ("l'appli", "dell'app", "d'erreur"); a contraction keeps its word
    ("can't", "didn't")."""
    if "'" in word:
        head, _, tail = word.rpartition("'")
        if len(head) <= 4 and len(tail) >= 3:
            word = tail
    return word[:STEM_LEN]


@lru_cache(maxsize=1024)
def brand_stems(brand: str) -> frozenset[str]:
    """The stems of a brand id's own name ("parcelo" of "parcelo", "nimbu" of "nimbus-mobile"):
    every mention of the brand shares them, so they say nothing about which problem."""
    return frozenset(stem(part) for part in brand.split("-") if len(part) >= 4)


def stems_of(words: list[str]) -> list[str]:
    """``stem`` of each word, inlined for the words with no apostrophe (nearly all)."""
    return [w[:STEM_LEN] if "'" not in w else stem(w) for w in words]


def german_compound_stems(words: list[str], stems: list[str]) -> list[str]:
    """``stems`` plus the stem of a German compound's last word when that names a failure
    ("Totalausfall", "Netzstörung", "Zahlungsfehler": ``DE_COMPOUND_HEADS``); the compound's
    own stem ("zahlu": payment) stays."""
    heads = [
        h for w in words if w.endswith(DE_HEAD_ENDINGS) for h in DE_HEAD_ENDINGS if w.endswith(h) and len(w) > len(h)
    ]
    return [*stems, *(DE_COMPOUND_HEADS[h] for h in heads)] if heads else stems


STEM_LEN: Final = 5


def lacks_connection(text: str, asked: bool = False) -> bool:
    """The text says the connection is missing: a negation at most ``NEGATION_REACH`` words
    before a network word ("no signal", "sin internet", "plus d'internet", "kein Netz", "não
    tenho sinal"). ``asked``: a question, where "without" is a how-to, not a report."""
    negations = NO_WORDS if asked else NO_WORDS_SAID
    tokens = tokens_of(text)
    for i, token in enumerate(tokens):
        if stem(token) in NETWORK_STEMS:
            before = tokens[max(0, i - NEGATION_REACH) : i]
            if not negations.isdisjoint(before):
                return True
            # French "plus de réseau", "plus d'internet": "plus" negates only before "de".
            if "'" in token and token.startswith("d'") and before and before[-1] == "plus":
                return True
            if len(before) == 2 and before == ["plus", "de"]:
                return True
    return False
