"""Cancelling a line or changing company is churn (retention), and "2 años de mal servicio" is years
of a service, not a two-year-old child."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.signals import detect_signals
from mentionflow.core.text import normalise


def _signals(text: str) -> list[str]:
    return detect_signals(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp ya me cansé, me cambio de compañía. Cancelen mi línea este mes",
        "@NimbusHelp cancel my line please, 3 years of dropped calls is enough",
        "@NimbusHelp quero cancelar minha linha, chega",
    ],
)
def test_cancelling_a_line_or_changing_company_is_churn(text: str) -> None:
    assert "churn" in _signals(text)


def test_a_line_that_does_not_work_is_no_churn() -> None:
    # Negative twin: the line named in a problem report, nothing cancelled.
    assert "churn" not in _signals("@NimbusHelp mi línea no tiene señal desde ayer")


def test_years_of_a_service_are_no_childs_age() -> None:
    text = "@NimbusHelp cancelen mi línea, 2 años de mal servicio ya fue suficiente"
    assert "child" not in detect_harm(normalise(text), "es").cues


def test_a_two_year_old_is_still_a_child() -> None:
    # Negative twin: an age, no service after it.
    text = "@NimbusHelp mi hijo de 2 años tiene fiebre y no tenemos línea para llamar al médico"
    assert "child" in detect_harm(normalise(text), "es").cues
