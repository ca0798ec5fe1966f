"""Broken down on a road with no signal or no call getting through is a physical-safety harm in
every supported language; a traffic jam, a broken app or a breakdown with help on its way is not."""

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
        "@Acme car broke down on the highway at midnight and my phone has no signal, can't call anyone",
        "@Acme coche averiado en la autopista y sin cobertura para llamar a la grúa",
        "@Acme en panne sur l'autoroute et pas de réseau pour appeler",
        "@Acme auf der Autobahn liegengeblieben und kein Netz",
        "@Acme auto in panne in autostrada e niente segnale per chiamare",
        "@Acme carro avariado na autoestrada e sem rede para ligar ao reboque",
    ],
)
def test_broken_down_on_a_road_unreachable_is_physical_safety(text: str) -> None:
    assert _kind(text) == "physical_safety"


@pytest.mark.parametrize(
    "text",
    [
        "@Acme stuck in traffic on the motorway for 2 hours, no signal for my podcast",
        "@Acme the app broke on the motorway services wifi",
        "@Acme my car broke down last week, can I pause my insurance payments?",
    ],
)
def test_no_breakdown_on_a_road_or_no_lack_of_signal_is_not(text: str) -> None:
    assert _kind(text) != "physical_safety"
