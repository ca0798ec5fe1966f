"""A failure said in the present tense and negated, with thanks, has stopped: praise
(ceased_failure.py's present-tense forms); still going on, it is no praise. (German puts
the negation after the verb, "bricht nicht mehr ab": not read here.)"""

from __future__ import annotations

import pytest

from mentionflow.core.ceased_failure import failure_ceased
from mentionflow.core.text import normalise


def ceased(text: str) -> bool:
    norm = normalise(text)
    return bool(failure_ceased(norm.tokens, frozenset(norm.tokens), norm.clean.lower()))


@pytest.mark.parametrize(
    "text",
    [
        "la llamada ya no se corta, gracias",
        "grazie, la linea non cade più",
        "obrigado, a chamada já não corta",
    ],
)
def test_negated_present_failure_with_thanks_has_ceased(text: str) -> None:
    assert ceased(text)


@pytest.mark.parametrize(
    "text",
    [
        "gracias, la llamada se corta otra vez",
        "obrigado, a chamada ainda corta",
        "grazie, la linea cade ancora",
        "danke, die Verbindung bricht ständig ab",
        "la llamada no se corta? gracias",
    ],
)
def test_failure_going_on_has_not_ceased(text: str) -> None:
    assert not ceased(text)
