"""A handle between the thanks and what is thanked ("thanks @brand for ...") changes nothing.

The normalised text writes a handle as "<user>"; the three readers of "thanks ... for ... <act>"
(`fix_thanks`, `irony_acts`, `request_thanks`) share one pattern shape (`thanks_for`), which lets
handles through in every language. Controls: the same readers without a handle, and texts that
must not match with one.
"""

from __future__ import annotations

import re

import pytest

from mentionflow.core.fix_thanks import thanked_fix
from mentionflow.core.irony_acts import card_stopped_in_use, wanted_stop
from mentionflow.core.request_thanks import without_request_thanks
from mentionflow.core.text import normalise
from mentionflow.core.thanks_for import thanks_for, thanks_for_tokens


def _low(text: str) -> str:
    return normalise(text).clean.lower()


@pytest.mark.parametrize(
    "text",
    [
        "thanks @NimbusHelp for sorting my router so quickly",
        "gracias @NimbusES por arreglar la fibra tan rápido",
        "merci @NimbusFR d'avoir réparé la box si vite",
        "danke @NimbusDE fürs schnelle Beheben der Störung",
        "grazie @NimbusIT per aver risolto il guasto subito",
        "obrigado @NimbusBR por resolverem a falha tão rápido",
        "thank you @a @b @c for fixing the outage",
    ],
)
def test_fix_thanks_reads_past_handles(text: str) -> None:
    norm = normalise(text)
    assert thanked_fix(norm.tokens, frozenset(norm.tokens))


@pytest.mark.parametrize(
    "text",
    [
        "thanks @Brightbank in advance, the March bill is wrong",
        "Gracias @Brightbank de antemano, la factura está mal",
        "Danke @Brightbank im Voraus, die Rechnung stimmt nicht",
        "grazie @Brightbank in anticipo, la bolletta è sbagliata",
        "obrigado @Brightbank desde já, a fatura está errada",
        "merci @Brightbank de corriger la facture de mars",
        "merci @Brightbank d'avance, la facture est fausse",
    ],
)
def test_request_thanks_read_past_handles(text: str) -> None:
    assert without_request_thanks(normalise(text)) is not None


@pytest.mark.parametrize(
    "text",
    [
        "thanks @Brightbank for the quick answer",
        "merci @Brightbank de votre aide hier",
        "gracias @Brightbank por todo",
    ],
)
def test_thanks_for_something_done_is_no_request(text: str) -> None:
    assert without_request_thanks(normalise(text)) is None


def test_irony_acts_read_past_handles() -> None:
    assert card_stopped_in_use(_low("danke @Brightbank für die Karte, an der Kasse abgelehnt"), False)
    assert card_stopped_in_use(_low("thanks @a @b @c for declining my card"), False)
    assert wanted_stop(_low("gracias @Brightbank @ayuda @soporte por bloquear mi tarjeta robada")) is not None
    assert not card_stopped_in_use(_low("thanks @Brightbank, my card works again"), False)


def test_builders() -> None:
    clean = re.compile(thanks_for("thanks|merci", r"(?:for|de)\s+", 1))
    assert clean.search("thanks <user> <user> for it")
    assert clean.search("thanks so for it")
    assert not clean.search("thanks so much for it")
    assert not clean.search("thanksgiving for it")
    tokens = re.compile(thanks_for_tokens("(?:thanks)", "for", 1))
    m = tokens.search("thanks a lot for it")
    assert m is None
    m = tokens.search("thanks again for it")
    assert m is not None and m.group("head") == " again" and m.group("gap") == "for"
