"""An announced question ("question bête :", "pregunta rápida:", "kurze Frage:", "domanda
veloce:", "uma pergunta:", "quick question:") and "on peut / je peux ...?" open an information
request in every language; "je peux pas ...?!" is a problem, not a request."""

from __future__ import annotations

import pytest

from mentionflow.core.intent import is_enquiry
from mentionflow.core.text import normalise


@pytest.mark.parametrize(
    "text",
    [
        "@Air question bête : on peut choisir son siège gratuitement 24h avant le vol ou c'est payant ?",
        "@Air petite question : je peux annuler mon vol gratuitement ?",
        "@Air pregunta rápida: ¿se puede llevar la maleta de cabina gratis?",
        "@Nimbus kurze Frage: kann ich die eSIM auf ein neues Handy übertragen?",
        "@Air domanda veloce: posso portare il bagaglio a mano gratis?",
        "@Air uma pergunta: é possível escolher o lugar grátis?",
        "@Air silly question: can I bring my guitar as hand luggage?",
    ],
)
def test_an_announced_question_is_an_enquiry(text: str) -> None:
    assert is_enquiry(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "@Air je peux pas me connecter depuis hier ?!",
        "@Air on peut plus rien réserver sur l'appli ?",
        "@Air question: why is my flight delayed again?",
    ],
)
def test_a_problem_asked_is_no_enquiry(text: str) -> None:
    assert not is_enquiry(normalise(text))
