"""Calling a worker a hero is praise in every supported language ("absolute hero", "un héroe",
"un héros", "ein echter Held", "un eroe", "um herói"), even when the story names a hardship (no
lift, five floors). English "held" (a payment held) is no German hero."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import analyse
from mentionflow.core.text import normalise


def _intent(text: str, lang: str) -> str:
    return analyse(normalise(text), LanguageGuess(lang, 0.99, True)).intent


HEROES = [
    ("en", "the @ParceloEats rider hauled my dad's crate of water up four flights with no lift 🥹 absolute hero"),
    ("es", "La repartidora de @ParceloEats le subió las garrafas a mi padre cuatro pisos sin ascensor 🥹 un héroe"),
    ("fr", "Le livreur @ParceloEats a porté les packs d'eau de mon père au 4e sans ascenseur 🥹 un héros"),
    (
        "de",
        "Der Fahrer von @ParceloEats hat meinem Vater die Wasserkisten in den 4. Stock ohne Aufzug getragen "
        "🥹 ein echter Held",
    ),
    (
        "it",
        "Il rider di @ParceloEats ha portato su le bottiglie d'acqua di mio padre fino al quarto piano "
        "senza ascensore 🥹 un eroe",
    ),
    ("pt", "O entregador do @ParceloEats levou os galões de água do meu pai até o 4º andar sem elevador 🥹 herói"),
]

NOT_PRAISE = [
    ("en", "@Brightbank my transfer has been held for 4 days and nobody explains why"),
    ("en", "@SkyLarkAir my bike box was held at security and nobody can tell me where it is"),
]


@pytest.mark.parametrize(("lang", "text"), HEROES)
def test_a_hero_is_praise(lang: str, text: str) -> None:
    assert _intent(text, lang) == "praise"


@pytest.mark.parametrize(("lang", "text"), NOT_PRAISE)
def test_held_is_no_hero(lang: str, text: str) -> None:
    assert _intent(text, lang) != "praise"
