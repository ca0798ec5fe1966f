"""Session 18 (holdout42 irony): delight said of paying a fee ("che bello pagare la commissione"),
love of a charge whose cause is a failure ("love paying £15 because your app was down"), and the
singular of a fix ("me devolvió", "reembolsou") that makes sincere thanks beside a wrong order
praise. Each with sincere or negated twins that must not trigger."""

from __future__ import annotations

import pytest

from mentionflow.core.irony_cues import love_of_a_cost
from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str, code: str) -> TextAnalysis:
    return analyse(normalise(text), LanguageGuess(code, 1.0, True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("how lovely to pay a 9€ fee for a transfer to my own account", True),
        ("qué bonito pagar 7€ de comisión por sacar dinero", True),
        ("que bom pagar 6 euros de taxa para transferir", True),
        ("quel plaisir de payer 4€ de frais pour une carte", True),
        ("wie schön, 8 € gebühr für eine karte zu zahlen", True),
        ("che bello pagare la commissione per ogni prelievo", True),
        # a saving, said after the sum
        ("love paying £6 less since i switched plans", False),
        ("che bello pagare 3€ in meno al mese", False),
        ("quel plaisir de payer 5€ de moins par mois", False),
        ("wie schön, 10 € weniger zu zahlen", False),
        # no charge named
        ("how lovely to pay with my phone now", False),
    ],
)
def test_delight_in_paying(text: str, expected: bool) -> None:
    assert love_of_a_cost(text) is expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("love paying a £15 late fee because your site crashed on the due date 👏", "en"),
        ("me encanta pagar 10€ de recargo porque vuestra web no funcionaba 👏", "es"),
        ("j'adore payer 12€ de frais parce que votre appli était en panne 👏", "fr"),
        ("adoro pagar 9 euros de taxa porque o app estava fora do ar 👏", "pt"),
        ("adoro pagare 7€ di commissione perché la vostra app era bloccata 👏", "it"),
        ("che bello pagare la commissione due volte perché l'app si è bloccata ❤️", "it"),
    ],
)
def test_love_of_a_charge_caused_by_a_failure_is_a_complaint(text: str, code: str) -> None:
    # The failure in the clause of cause is why the charge was made: no helper is praised for it.
    assert run(text, code).intent == "complaint"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("love paying £6 less a month since the new plan, thanks ❤️", "en"),
        ("che bello pagare 3€ in meno al mese, grazie ❤️", "it"),
    ],
)
def test_a_saving_stays_praise(text: str, code: str) -> None:
    assert run(text, code).intent == "praise"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Sin ironía: me reembolsó el cargo equivocado en un día, gracias 👏", "es"),
        ("Sem ironia: a loja me devolveu o valor errado em 5 minutos, obrigada 👏", "pt"),
    ],
)
def test_a_fix_said_in_the_singular_is_praise(text: str, code: str) -> None:
    assert run(text, code).intent == "praise"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("me cobraron dos veces y nadie me devolvió nada", "es"),
        ("ninguém me devolveu o dinheiro do pedido errado", "pt"),
    ],
)
def test_a_fix_negated_stays_a_complaint(text: str, code: str) -> None:
    assert run(text, code).intent == "complaint"
