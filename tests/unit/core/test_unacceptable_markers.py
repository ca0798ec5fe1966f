""" "C'est inadmissible", "es inaceptable", "inakzeptabel", "inaccettabile", "inadmissível": with a
problem word, a complaint even when the model reads the text as neutral (as "unacceptable")."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def _analysis(text: str) -> TextAnalysis:
    norm = normalise(text)
    return analyse(norm, detect_language(norm))


@pytest.mark.parametrize(
    "text",
    [
        "Ma carte @Brightbank est bloquée depuis jeudi, c'est inadmissible",
        "@NimbusMobile la factura llegó con un cargo doble otra vez, inaceptable",
        "@Brightbank meine Überweisung hängt seit Tagen fest, unzumutbar",
        "@ParceloEats ordine arrivato freddo e in ritardo, inaccettabile",
        "@SkyLarkAir voo cancelado sem aviso nenhum, inadmissível",
    ],
)
def test_unacceptable_with_a_problem_is_a_complaint(text: str) -> None:
    assert _analysis(text).intent == "complaint"


def test_a_negated_unacceptable_in_praise_stays_praise() -> None:
    a = _analysis("@SkyLarkAir un service client vraiment au top, rien d'inacceptable, merci !")
    assert a.intent == "praise"
