"""A first-person threat said laughing ("I'll kill someone if you send one more alert 😂") is
exasperation at the brand: its laughing emoji are no praise (core/slang.py NOT_EMOJI_PRAISE).
Laughing emoji beside a real compliment, or slang praise ("cette pub me tue 😂"), stay praise."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import analyse
from mentionflow.core.text import normalise


def intent(text: str, lang: str) -> str:
    return analyse(normalise(text), LanguageGuess(lang, 0.99, True)).intent


THREATS = [
    ("fr", "je vais tuer quelqu'un si @ShopX me renvoie une alerte promo à 6h du matin 😂"),
    ("es", "un día de estos mato a alguien si @ShopX me manda otra notificación a las 3am 😂"),
    ("it", "giuro che ammazzo qualcuno se @ShopX mi manda ANCORA una notifica a mezzanotte 🤣"),
    ("pt", "vou matar alguém se a @ShopX me mandar mais uma notificação de madrugada 😂"),
    ("en", "I will kill someone if @ShopX sends me one more push alert at 6am 😂"),
]
PRAISE = [
    ("fr", "cette pub @ShopX me tue 😂😂"),
    ("es", "jajaja @ShopX vuestro community manager es un crack 😂"),
    ("fr", "livraison en 20 minutes @ShopX 😂"),
    ("it", "@ShopX consegna velocissima 😂"),
]


@pytest.mark.parametrize(("lang", "text"), THREATS)
def test_a_threat_said_laughing_is_not_praise(lang: str, text: str) -> None:
    assert intent(text, lang) != "praise"


@pytest.mark.parametrize(("lang", "text"), PRAISE)
def test_laughing_praise_stays_praise(lang: str, text: str) -> None:
    assert intent(text, lang) == "praise"
