"""Fees the customer was not told of ("hidden fees", "tasa oculta", "frais cachés", "versteckte
Gebühren", "costi nascosti", "taxas escondidas") are a complaint said calmly, in every language;
a "hidden gem" is praise and a hidden menu a question."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


@pytest.mark.parametrize(
    "text",
    [
        "@Eats your app has hidden fees on every order, explain",
        'VÍDEO NUEVO Eats te cobra "tasa de servicio" oculta en cada pedido. @Eats explicaos',
        "@Eats frais cachés sur chaque commande, expliquez-vous",
        "@Eats versteckte Gebühren bei jeder Bestellung",
        "@Eats costi nascosti in ogni ordine",
        "@Eats taxas escondidas em cada pedido",
    ],
)
def test_hidden_fees_are_a_complaint(text: str) -> None:
    assert run(text).intent == "complaint"


def test_a_hidden_gem_or_a_hidden_menu_is_no_complaint() -> None:
    assert run("this little cafe is a hidden gem, love it").intent == "praise"
    assert run("@Air where is the hidden menu for seat selection in the app?").intent == "question"
