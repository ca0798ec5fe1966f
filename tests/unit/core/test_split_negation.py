"""German puts "nicht" at the end of the clause: "die Karte ging heute bei Edeka nicht" is a
failure like "geht nicht", and praise beside it ("Super.") is irony; a question opening with the
verb, "es geht nicht um ...", and "mir geht es nicht gut" are no failure of the service."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import analyse
from mentionflow.core.split_negation import split_failure
from mentionflow.core.text import normalise


def split(text: str) -> bool:
    n = normalise(text)
    return split_failure(frozenset(n.tokens), n.clean)


@pytest.mark.parametrize(
    "text",
    [
        "@Bank die Überweisung klappt schon wieder nicht",
        "@Mobile das Internet lief das ganze Wochenende nicht",
        "@Eats die App startet seit dem Update nicht mehr",
        "@Bank meine Karte funktionierte gestern im Supermarkt nicht",
    ],
)
def test_a_works_verb_negated_at_the_clause_end_is_a_failure(text: str) -> None:
    assert split(text)


@pytest.mark.parametrize(
    "text",
    [
        "@Bank Geht das nicht auch über die App?",
        "@Bank es geht mir nicht um das Geld, sondern um den Ton",
        "@Bank mir geht es nicht gut, danke für die Geduld",
        "@Bank ich weiß nicht, ob das geht",
        "@Bank das Netz geht nicht",  # side by side: the keyword file's phrase, not this
    ],
)
def test_no_split_failure(text: str) -> None:
    assert not split(text)


def test_praise_after_a_split_failure_is_a_complaint() -> None:
    n = normalise("@Bank meine Karte ging heute an der Kasse nicht. Toll.")
    assert analyse(n, detect_language(n)).intent == "complaint"
