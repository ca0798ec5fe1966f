"""Short informal posts: chat spellings and particles of each language, and Twitter's own marks
("RT @user:", a link cut to "http") that belong to no language."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import detect_language

CHAT = [
    ("de", "RT @user: hab grad echt keine lust mehr auf nix http"),
    ("de", "warum geht das denn schon wieder nicht, echt jetzt"),
    ("pt", "tô aqui esperando faz tempo, cadê vcs"),
    ("pt", "RT @user: vlw gente, bora amanhã de novo"),
    ("it", "cmq nn ci credo, sempre la solita storia"),
    ("fr", "jsuis trop dégoûté mdr, jamais ça marche"),
    ("es", "pues vale, otra vez sin señal aquí"),
    # Two or three words, known only by their chat spellings and particles.
    ("fr", "jsuis mdr"),
    ("es", "pues vale"),
    ("pt", "tô cansada demais hj"),
]
ENGLISH = [
    "RT @user: so tired of this app http",
    "ha ha also the driver was lovely",
]


@pytest.mark.parametrize(("lang", "text"), CHAT)
def test_short_chat_posts_are_their_language(lang: str, text: str) -> None:
    assert detect_language(text).code == lang


@pytest.mark.parametrize("text", ENGLISH)
def test_english_with_shared_words_stays_english(text: str) -> None:
    assert detect_language(text).code == "en"
