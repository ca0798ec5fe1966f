"""A fix done in minutes ("got me a new seat in 6 minutes") is praise in six languages; a promise
of one, a fix turned round by a "but", or one beside something still open stays what it is."""

from __future__ import annotations

import pytest

from mentionflow.core.fast_fix import fast_fix
from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import analyse
from mentionflow.core.text import normalise

FAST = [
    ("en", "@TelcoX engineer restored my fibre within 20 minutes of the call 👏"),
    ("es", "@TelcoX me solucionaron la avería en 15 minutos 👏"),
    ("fr", "@TelcoX ma box a été réparé en 20 minutes 👏"),
    ("de", "@TelcoX Störung in 20 Minuten behoben 👏"),
    ("it", "@TelcoX guasto risolto in 15 minuti 👏"),
    ("pt", "@TelcoX resolveram a avaria em 15 minutos 👏"),
]


@pytest.mark.parametrize(("lang", "text"), FAST)
def test_a_fix_done_in_minutes_is_praise(lang: str, text: str) -> None:
    a = analyse(normalise(text), LanguageGuess(lang, 0.99, True))
    assert a.intent == "praise"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@TelcoX the engineer swore it would be restored within 20 minutes, still dead tonight"),
        ("en", "@TelcoX restored in 20 minutes but it dropped again an hour later, useless"),
        ("es", "@TelcoX lo arreglaron en 10 minutos pero hoy vuelve a fallar"),
        ("en", "@TelcoX 50 minutes on hold and nobody fixed anything"),
    ],
)
def test_promised_undone_or_open_fixes_are_not_praise(lang: str, text: str) -> None:
    a = analyse(normalise(text), LanguageGuess(lang, 0.99, True))
    assert a.intent != "praise"


def test_a_fix_in_minutes_beside_a_wait_is_no_fast_fix() -> None:
    assert not fast_fix(normalise("@X refunded in 5 minutes after 3 weeks waiting").tokens, ["long_wait"])
