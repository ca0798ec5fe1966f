"""A customer who says the next thing is another matter ("autre affaire :", "second issue")
opens a new case; more words about the same matter do not."""

from __future__ import annotations

import pytest

from mentionflow.core.signals import detect_signals
from mentionflow.core.text import normalise


@pytest.mark.parametrize(
    "text",
    [
        "autre affaire : mon routeur clignote rouge depuis ce matin",
        "second issue, my card was charged twice",
        "noch ein Problem: die App stürzt ab",
        "altra questione: la fattura è sbagliata",
        "otra cuestión: el router no funciona",
    ],
)
def test_another_matter_is_a_new_topic(text: str) -> None:
    assert "new_topic" in detect_signals(normalise(text))


@pytest.mark.parametrize("text", ["still no refund for that matter", "any news on my issue?"])
def test_the_same_matter_is_no_new_topic(text: str) -> None:
    assert "new_topic" not in detect_signals(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "und jetzt was ganz anderes: mein Paket liegt beim Nachbarn",
        "ok, something completely different now, the app logs me out",
        "ahora algo completamente distinto: me cobraron dos veces",
        "adesso qualcosa di totalmente diverso: la carta non funziona",
        "agora uma coisa completamente diferente: o app não abre",
    ],
)
def test_something_completely_different_is_a_new_topic(text: str) -> None:
    assert "new_topic" in detect_signals(normalise(text))


@pytest.mark.parametrize(
    "text",
    ["ich will was anderes als einen Gutschein", "I asked for something different from a voucher"],
)
def test_wanting_something_else_is_no_new_topic(text: str) -> None:
    assert "new_topic" not in detect_signals(normalise(text))
