"""One definition of French "merci de + infinitive" (a request) serves the three readers of it:
polite_requests (intent), request_thanks (re-reading without the formula) and fix_thanks."""

from __future__ import annotations

import pytest

from mentionflow.core.fix_thanks import thanked_fix
from mentionflow.core.polite_requests import thanks_as_request
from mentionflow.core.request_thanks import without_request_thanks
from mentionflow.core.text import normalise

ASKS = [
    "Merci de bien vouloir annuler la commande en double",
    "merci de me renvoyer le code par SMS",
    "MERCI DE RAPPELER au plus vite",
    "merci beaucoup de vérifier mon dossier",
    "merci d\u2019envoyer un technicien demain",
    "merci de nous le réexpédier",
    "Merci d'avance pour le suivi",
    "merci en avance",
]
THANKS_FOR_A_DONE_THING = [
    "merci de m'avoir rappelé si vite",
    "merci de l'avoir réexpédié",
    "merci d\u2019être passés hier",
    "merci de votre patience",
    "merci de notre part à toute l'équipe",
    "merci pour la rapidité",
    "thanks for sorting it out",
]


@pytest.mark.parametrize("text", ASKS)
def test_written_request(text: str) -> None:
    assert thanks_as_request(text)
    assert without_request_thanks(normalise(text)) is not None


@pytest.mark.parametrize("text", THANKS_FOR_A_DONE_THING)
def test_thanks_for_a_thing_done(text: str) -> None:
    assert not thanks_as_request(text)
    assert without_request_thanks(normalise(text)) is None


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        ("merci de bien vouloir corriger", True),
        ("merci de menvoyer", True),
        ("merci de mavoir remboursé", False),
        ("merci de lavoir réglé", False),
        ("merci de lavoir", False),  # "l'avoir", not "la" + "voir"
    ],
)
def test_token_forms_without_apostrophes(tokens: str, expected: bool) -> None:
    assert thanks_as_request(tokens) is expected


def test_fix_thanks_reads_the_same_request() -> None:
    asked = normalise("Facture erronée, merci de bien vouloir rembourser la différence")
    done = normalise("Merci d'avoir remboursé la différence dès le lendemain")
    assert not thanked_fix(asked.tokens, frozenset(asked.tokens))
    assert thanked_fix(done.tokens, frozenset(done.tokens))
