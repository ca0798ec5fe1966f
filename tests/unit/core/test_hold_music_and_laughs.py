"""A span of hold music ("25 minuti di musichetta d'attesa 😂") is a wait on hold in every language
(core/hold_span.py), and a laughing face beside it, or beside what the model reads as negative
("la app se cuelga cada vez 🤣"), is exasperation, not praise (core/sentiment.py). A laugh at an
advert, and hold music praised with no span, stay what they were."""

from __future__ import annotations

import pytest

from mentionflow.core.hold_span import hold_music_span
from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


def _music(text: str) -> bool:
    n = normalise(text)
    return hold_music_span(frozenset(n.tokens), n.clean.lower())


HOLD_MUSIC = [
    "35 minutes of the same hold music 😂",
    "media hora de música de espera en el 1004 😂",
    "40 minutes de musique d'attente pour rien 😂",
    "eine halbe Stunde Warteschleifenmusik 😂😂",
    "25 minuti di musichetta d'attesa 😂",
    "meia hora de musiquinha de espera 🤣",
]
NOT_A_WAIT = [
    "la musichetta dello spot di 30 secondi è geniale 😂",
    "the hold music is actually a banger 😂",
    "me encanta la música de espera nueva jaja 😂",
]


@pytest.mark.parametrize("text", HOLD_MUSIC)
def test_a_span_of_hold_music_is_a_complaint(text: str) -> None:
    assert _music(text), text
    a = run(text)
    assert a.intent == "complaint" and "waited" in a.cues, (text, a.intent, a.cues)


@pytest.mark.parametrize("text", NOT_A_WAIT)
def test_hold_music_without_a_span_is_no_wait(text: str) -> None:
    assert not _music(text), text
    assert "waited" not in run(text).cues, text


LAUGHED_AT_A_FAILURE = [
    "la app se cuelga cada vez que entro 🤣",
    "la app se queda colgada otra vez 😂",
    "die App ist so lahm heute 🤣",
]
LAUGHED_AT_A_JOKE = [
    "jajaja el anuncio del perro 😂 buenísimo",
    "mdr la pub avec le chien 😂 génial",
    "ahah il vostro spot con il cane 😂 geniale",
]


@pytest.mark.parametrize("text", LAUGHED_AT_A_FAILURE)
def test_a_laugh_at_what_reads_negative_is_no_praise(text: str) -> None:
    a = run(text)
    assert a.label == "negative" and a.intent != "praise", (text, a.label, a.intent)


@pytest.mark.parametrize("text", LAUGHED_AT_A_JOKE)
def test_a_laugh_at_an_advert_stays_praise(text: str) -> None:
    assert run(text).intent == "praise", text
