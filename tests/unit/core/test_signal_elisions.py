"""The elided-article split the signals look at ("all'AGCOM" -> "all AGCOM"), matched from the apostrophe."""

from __future__ import annotations

import re

import pytest

from mentionflow.core.signals import _ELIDED, _ELISION_RE

# The plain form of the pattern: an article as a whole word, an apostrophe, a word.
_PLAIN = re.compile(rf"(?i)\b({'|'.join(_ELIDED)})['\u2019](?=\w)")


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("segnalato all'AGCOM ieri", "segnalato all AGCOM ieri"),
        ("J\u2019ai écrit à l'Arcep, c'est fini", "J ai écrit à l Arcep, c est fini"),
        ("Dell'app non funziona, quell'errore", "Dell app non funziona, quell errore"),
        ("QU'IL rembourse", "QU IL rembourse"),
    ],
)
def test_articles_split_off(text: str, split: str) -> None:
    assert _ELISION_RE.search(text) is not None
    assert _ELISION_RE.sub(" ", text) == split


@pytest.mark.parametrize(
    "text",
    ["I can't log in and don't know why", "the 'app' is down", "ball' game", "l' app", "l'"],
)
def test_no_elision(text: str) -> None:
    # An apostrophe inside a word ("can't": the "t" is no article), or none before a word.
    assert _ELISION_RE.search(text) is None


def test_same_as_plain_pattern() -> None:
    texts = [
        "l'l'x", "dall'Ama e quest'anno", "NELL'ora un'altra", "s'il t'plait", "_l'x", "1d'x", "\u017f'x",
        "all'", "quell\u2019amico", "sull''x", "m'm'", "Quest'", "x'quest'y",
    ]  # fmt: skip
    for text in texts:
        assert (_ELISION_RE.search(text) is None) == (_PLAIN.search(text) is None), text
        assert _ELISION_RE.sub(" ", text) == _PLAIN.sub(r"\1 ", text), text
