"""A frail person (elderly, disabled, housebound, pregnant, a baby) left without heating or power
is a vulnerable customer in every supported language, whatever caused it; the same lack with no
frail person, a frail person with no lack, or a setting "disabled" is not."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.lang import detect_language
from mentionflow.core.text import normalise


def _kind(text: str) -> str | None:
    n = normalise(text)
    return detect_harm(n, detect_language(n).code, brand_known=True).kind


@pytest.mark.parametrize(
    "text",
    [
        "@Acme payment bounced twice, my grandad is 91 and has had no heating since Sunday",
        "@Acme I'm housebound and the electricity was cut off this afternoon after your billing error",
        "@Acme mi abuela vive sola y lleva dos días sin calefacción por vuestro fallo de cobro",
        "@Acme ma grand-mère est alitée et le chauffage est coupé depuis hier soir",
        "@Acme meine Oma ist pflegebedürftig und hat seit gestern keine Heizung",
        "@Acme mia nonna è allettata e senza riscaldamento da due giorni per il vostro errore",
        "@Acme a minha avó está acamada e sem aquecimento desde ontem",
    ],
)
def test_frail_person_without_heat_is_vulnerable(text: str) -> None:
    assert _kind(text) == "vulnerable_person"


@pytest.mark.parametrize(
    "text",
    [
        "@Acme the heating in the office is off again, freezing in here",
        "@Acme you disabled my card and now no heating",
        "@Acme my grandad loves your new app, the heating controls are great",
        "@Acme commande de ce soir : pas de lait bébé, j'ai payé pour rien",
    ],
)
def test_without_a_frail_person_or_a_lack_of_heat_it_is_not(text: str) -> None:
    assert _kind(text) != "vulnerable_person"
