"""Denied boarding alone (an oversold flight) is a minor complaint in every language; beside a
stranding context it is major (core/denied_boarding.py). The fr/de/pt/es/it keyword files no
longer make "surbooking", "überbucht", "overbooking", "sobreventa" major on their own."""

from __future__ import annotations

from typing import Any

import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import analyse
from mentionflow.core.text import normalise
from mentionflow.tools import scenarios


def _severity(text: str) -> str | None:
    n = normalise(text)
    return analyse(n, detect_language(n)).severity


def _case(text: str) -> dict[str, Any]:
    mention = {"id": "m1", "at": 0, "channel": "twitter", "text": text}
    mention["author"] = {"id": "c1", "handle": "pax", "followers": 80, "verified": False}
    run = scenarios.run_scenario(scenarios.core_factory_from_settings(), {"id": "t", "mentions": [mention]})
    (case,) = run["cases"].values()
    return dict(case)


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir notre vol Nice-Paris était en surbooking, finalement on a tous embarqué",
        "@SkyLarkAir Der Flug nach Wien war überbucht, am Ende hatten wir doch Sitze",
        "@SkyLarkAir o voo para o Porto tinha overbooking, mas embarcámos todos",
        "@SkyLarkAir el vuelo a Bilbao iba con sobreventa, al final entramos todos",
        "@SkyLarkAir il volo per Bari era in overbooking, alla fine siamo saliti tutti",
        "@SkyLarkAir encore un vol en surréservation, pénible",
    ],
)
def test_oversold_alone_is_not_major(text: str) -> None:
    assert _severity(text) != "major", text


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir vol en surbooking, on reste bloqués à Orly sans hôtel avec deux enfants",
        "@SkyLarkAir Flug überbucht, wir sind gestrandet und haben kein Hotel",
        "@SkyLarkAir overbooking no voo de Faro e ficámos sem hotel até amanhã",
    ],
)
def test_oversold_and_stranded_stays_major(text: str) -> None:
    assert _case(text)["priority"] in ("P1", "P2"), text
