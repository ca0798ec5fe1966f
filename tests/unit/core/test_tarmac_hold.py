"""Hours held on the tarmac are being stranded, a major complaint (session 18, s18-polish).

Only English "stuck"/"stranded" made a tarmac hold major; "4 horas en pista con dos niños" was a
minor complaint (P3) where the contract's care-escalations names the stranded (core/tarmac_hold.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from mentionflow.core.tarmac_hold import held_on_tarmac
from mentionflow.core.text import normalise
from mentionflow.tools import scenarios

HELD = [
    "Three hours on the tarmac at Gatwick and nobody tells us anything",
    "we sat on the runway for 3 hrs with no air con",
    "dos horas en la pista sin aire acondicionado y nadie informa",
    "bloqués sur le tarmac depuis 3 heures, aucune info",
    "seit zwei Stunden auf dem Rollfeld, keiner sagt was",
    "tre ore ferma in pista senza una parola dal personale",
    "há três horas na pista sem informação nenhuma",
]
NOT_HELD = [
    "40 minutes on the tarmac before take-off, fine",
    "1 hour on the tarmac then we left",
    "6 hours on the plane and it flew by",
    "the runway was closed. 5 hours later we finally left",
    "reservé la pista de tenis 2 horas",
]


@pytest.mark.parametrize("text", HELD)
def test_hours_on_the_tarmac(text: str) -> None:
    assert held_on_tarmac(text.lower(), normalise(text).tokens), text


@pytest.mark.parametrize("text", NOT_HELD)
def test_no_hold(text: str) -> None:
    assert not held_on_tarmac(text.lower(), normalise(text).tokens), text


def _case(text: str) -> dict[str, Any]:
    mention = {"id": "m1", "at": 0, "channel": "twitter", "text": text}
    mention["author"] = {"id": "c1", "handle": "pax", "followers": 120, "verified": False}
    run = scenarios.run_scenario(scenarios.core_factory_from_settings(), {"id": "t", "mentions": [mention]})
    (case,) = run["cases"].values()
    return dict(case)


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir trois heures sur le tarmac avec un bébé, pas une bouteille d'eau",
        "@SkyLarkAir Super, 3 Stunden auf dem Rollfeld ohne Klimaanlage. Danke für nichts 🙄",
    ],
)
def test_a_hold_complaint_is_major(text: str) -> None:
    case = _case(text)
    assert case["priority"] in ("P1", "P2"), (text, case["priority"], case["rule"])


def test_a_hold_told_with_praise_stays_minor() -> None:
    case = _case("@SkyLarkAir 2 hours on the tarmac but the crew were wonderful, thank you")
    assert case["priority"] not in ("P1", "P2"), case["rule"]
