"""A failure that has stopped, with thanks, in en/es/fr/de/it/pt: a negated failure and thanks
("hasn't crashed once since, thank you") is praise; a failure that goes on, a negated "works", a
contrast, a question or "thanks for nothing" are not."""

from __future__ import annotations

import pytest

from mentionflow.core.ceased_failure import failure_ceased
from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


CEASED = [
    "o sinal não caiu nenhuma vez desde a troca, valeu",
    "haven't had a single outage since the engineer came, cheers",
    "the app hasn't crashed once since the update, thank you",
    "ni un solo corte desde que vino el técnico, gracias",
    "la box n'a plus planté depuis la mise à jour, merci",
    "seit dem Techniker-Besuch keine Störung mehr, danke euch",
    "nessuna interruzione da quando è passato il tecnico, grazie",
]
NOT_CEASED = [
    "still dropping, thanks",
    "no outage today, still slow though, thanks",
    "a internet caiu de novo, obrigado",
    "la conexión se cae siempre, gracias por nada",
    "de plus en plus de coupures, merci",
    "wieder ein Ausfall, danke",
    "non funziona più, grazie",
    "the wifi never dropped? thanks",
    "no signal since Monday, thanks",
    # Another negator outside the ceased failure negates what works, or names a loss.
    "my calls haven't dropped, they just don't connect at all, thanks",
    "not a single drop in 3 days because there's no signal at all, thanks",
    "the wifi hasn't dropped, it's been down all day, thanks",
]


@pytest.mark.parametrize("text", CEASED)
def test_a_failure_that_stopped_with_thanks_is_praise(text: str) -> None:
    a = run(text)
    assert a.intent == "praise" and a.label != "negative", a


@pytest.mark.parametrize("text", NOT_CEASED)
def test_an_ongoing_failure_with_thanks_is_no_praise(text: str) -> None:
    assert run(text).intent == "complaint"


@pytest.mark.parametrize(
    ("text", "ceased"),
    [
        ("hasnt dropped once since thanks", True),
        ("never fails to amaze thanks", False),  # an idiom, no failure
        ("hasnt worked since thanks for nothing", False),  # what is negated is working
        ("nunca mais caiu obrigado", True),
        ("kein ausfall mehr aber die rechnung danke", False),  # a contrast
        ("never dropped again thanks", True),
        ("never dropped but again down thanks", False),
        ("kein einziger ausfall mehr danke", True),  # the whole negation
        ("o sinal nao caiu nenhuma vez valeu", True),  # "not once" after the verb
        ("hasnt dropped but nothing loads thanks", False),
    ],
)
def test_failure_ceased(text: str, ceased: bool) -> None:
    toks = tuple(text.split())
    assert bool(failure_ceased(toks, frozenset(toks), text)) is ceased
