"""Cerebral palsy names a disability in every supported language: a dependant with it, cut off
from help, is a vulnerable person; "cerebral" alone is no disability."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import concept_groups, detect_harm
from mentionflow.core.lang import detect_language
from mentionflow.core.text import normalise


@pytest.mark.parametrize(
    "text",
    [
        "@Acme my daughter has cerebral palsy and her carer can't reach me, no signal since this morning",
        "@Acme mi hija tiene parálisis cerebral y su cuidadora no me localiza, sin línea desde ayer",
        "@Acme ma fille a une paralysie cérébrale et son foyer ne peut pas me joindre, plus de ligne",
        "@Acme meine Tochter hat Zerebralparese und das Heim erreicht mich nicht, kein Netz seit gestern",
        "@Acme mia figlia ha la paralisi cerebrale e la struttura non riesce a contattarmi, niente linea",
        "@Acme a minha filha tem paralisia cerebral e o lar não me consegue contactar, sem rede desde ontem",
    ],
)
def test_cerebral_palsy_dependant_cut_off_is_vulnerable(text: str) -> None:
    n = normalise(text)
    signal = detect_harm(n, detect_language(n).code, brand_known=True)
    assert signal.kind == "vulnerable_person"


def test_cerebral_alone_is_no_disability() -> None:
    n = normalise("@Acme a very cerebral film, loved it, and the palsy jokes in the script were weak")
    assert "disability" not in concept_groups(n.tokens, "en")
