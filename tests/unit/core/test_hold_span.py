"""Minutes on a phone line that still last are a wait on hold, joked about or not ("Hotline so:
'Bitte haben Sie etwas Geduld' seit 50 Minuten"): `hold_span`. Minutes ago, a quick call, a phone
as a device are none."""

from __future__ import annotations

import pytest

from mentionflow.core.hold_span import held_for_minutes
from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str, code: str) -> TextAnalysis:
    return analyse(normalise(text), LanguageGuess(code, 1.0, True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kundenservice hotline seit 35 minuten, immer dieselbe musik", True),
        ("ça fait 50 minutes que j'attends un conseiller 💀", True),
        ("service client au téléphone depuis 40 minutes", True),
        ("llevo 45 minutos en la línea de atención", True),
        ("da 30 minuti in attesa al centralino", True),
        ("estou há 25 minutos na linha do atendimento", True),
        # minutes ago, a quick call, a phone as a device, no line at all
        ("llamé hace 30 minutos a la línea y me lo resolvieron", False),
        ("hotline nach 3 minuten erreicht", False),
        ("seit 30 minuten teste ich das neue telefon", False),
        ("depuis 20 minutes je lis vos offres", False),
        ("estou há 5 minutos na linha", False),
    ],
)
def test_held_for_minutes(text: str, expected: bool) -> None:
    assert held_for_minutes(frozenset(normalise(text).tokens), text) is expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kundenservice-Hotline so: 'Bitte haben Sie etwas Geduld' seit 50 Minuten 💀", "de"),
        ("le service client au téléphone, ça fait 40 minutes 💀", "fr"),
        ("llevo 35 minutos al teléfono escuchando la misma canción 🎶", "es"),
        ("estou há 25 minutos na linha ouvindo a musiquinha 💀", "pt"),
    ],
)
def test_a_joke_about_minutes_on_the_line_is_a_complaint(text: str, code: str) -> None:
    assert run(text, code).intent == "complaint"
