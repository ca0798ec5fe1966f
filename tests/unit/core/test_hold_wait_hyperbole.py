"""A death-word hyperbole beside a wait on the phone line ("on hold", "in linea", "na linha", "in
der Warteschleife", "musique d'attente") is exasperation, not a fan's praise (core/slang.py); the
same hyperbole about an ad, or after the wait was sorted, still is."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import analyse
from mentionflow.core.text import normalise


def _intent_and_cues(text: str, lang: str) -> tuple[str, tuple[str, ...]]:
    a = analyse(normalise(text), LanguageGuess(lang, 0.99, True))
    return a.intent, tuple(a.cues)


ON_THE_LINE = [
    ("en", "@SkyLarkHelp 25 minutes on hold about a seat change and the same jingle on loop, I'm dying 💀"),
    ("it", "@NimbusHelp 35 minuti in linea per disdire un'opzione, sto morendo 💀"),
    ("it", "@NimbusHelp questa musica d'attesa mi uccide 💀 mezz'ora per una domanda"),
    ("pt", "@NimbusHelp meia hora na linha pra trocar o chip, tô morrendo 💀"),
    ("de", "@NimbusHelp seit 30 Minuten in der Warteschleife wegen der Rechnung, ich sterbe 💀"),
]

STILL_PRAISE = [
    ("en", "@NimbusMobile the new advert with the singing goat is killing me 😂💀"),
    ("it", "@NimbusMobile lo spot nuovo in linea con il vostro stile, mi fa morire 😂"),
    ("pt", "@NimbusMobile a propaganda nova com o cachorro, tô morrendo 😂"),
    ("en", "@NimbusHelp was on hold for 2 mins then Jade sorted everything, killing it 🔥"),
]


@pytest.mark.parametrize(("lang", "text"), ON_THE_LINE)
def test_hyperbole_beside_a_wait_on_the_line_is_no_praise(lang: str, text: str) -> None:
    intent, cues = _intent_and_cues(text, lang)
    assert "slang_praise" not in cues
    assert intent != "praise"


@pytest.mark.parametrize(("lang", "text"), STILL_PRAISE)
def test_hyperbole_without_a_wait_or_after_a_fix_is_still_praise(lang: str, text: str) -> None:
    intent, cues = _intent_and_cues(text, lang)
    assert "slang_praise" in cues
    assert intent == "praise"
