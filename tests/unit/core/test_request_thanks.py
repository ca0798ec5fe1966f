"""Thanks that close a request ("merci de corriger", "gracias de antemano", "danke im Voraus",
"grazie in anticipo", "obrigado desde já") leave the complaint a complaint; thanks for something
done ("merci de votre aide", "merci de m'avoir débloqué la carte") stay praise."""

from __future__ import annotations

from typing import Any

import pytest

from mentionflow.core.request_thanks import without_request_thanks
from mentionflow.core.text import normalise
from mentionflow.tools.scenarios import core_factory_from_settings, run_scenario

_FACTORY = core_factory_from_settings()


def _case(text: str) -> dict[str, Any]:
    author = {"id": "a1", "handle": "someone", "followers": 700}
    scenario = {"id": "t", "mentions": [{"id": "m1", "at": 0, "author": author, "text": text}]}
    cases = list(run_scenario(_FACTORY, scenario)["cases"].values())
    assert len(cases) == 1
    return cases[0]


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp factura de marzo con 45 € de extras que nunca contraté. Gracias de antemano",
        "@NimbusHelp Rechnung März mit 45 € Zusatzoptionen, nie bestellt. Danke im Voraus fürs Prüfen",
        "@NimbusHelp bolletta di marzo con 45 € di extra mai attivati. Grazie in anticipo",
        "@ParceloHelp commande livrée chez le voisin et il manque les boissons. Merci de rembourser.",
    ],
)
def test_a_request_closed_with_thanks_stays_a_complaint(text: str) -> None:
    case = _case(text)
    assert case["intent"] == "complaint" and case["queue"] != "marketing-advocacy", (case["intent"], case["rule"])


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkHelp merci de votre aide hier, valise retrouvée et livrée à la maison !",
        "@Brightbank merci de m'avoir débloqué la carte en cinq minutes, au top",
        "@ParceloEats grazie mille per la consegna velocissima sotto la pioggia, rider gentilissimo",
        "@Brightbank muchas gracias por devolverme la comisión tan rápido, sois geniales",
    ],
)
def test_thanks_for_something_done_stays_praise(text: str) -> None:
    case = _case(text)
    assert case["intent"] == "praise" and case["queue"] == "marketing-advocacy", (case["intent"], case["rule"])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("merci de corriger", True),
        ("merci de bien vouloir vérifier", True),
        ("merci d'avance", True),
        ("thanks in advance", True),
        ("obrigado desde já", True),
        ("vorab vielen Dank", True),
        ("merci de votre patience", False),
        ("merci d'avoir répondu", False),
        ("grazie per il rimborso", False),
    ],
)
def test_the_request_thanks_formulas(text: str, found: bool) -> None:
    assert (without_request_thanks(normalise(text)) is not None) is found
