"""Knocking over a thing ("I knocked my coffee over", "j'ai renversé mon verre") is no harm; a
person knocked over, or a spill that hurt someone, still is (core/harm_everyday.py)."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.lang import detect_language
from mentionflow.core.text import normalise


def _harm(text: str) -> str | None:
    n = normalise(text)
    return detect_harm(n, detect_language(n).code, brand_known=True).kind


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir clumsy me, knocked my tea over on the tray table, could I get a napkin",
        "@SkyLarkAir I knocked a glass off the counter in the lounge, sorry to the staff",
        "@SkyLarkAir j'ai renversé mon verre de jus sur la tablette, désolé",
        "@SkyLarkAir oups, renversé du café sur mon pantalon en plein vol",
    ],
)
def test_object_knocked_over_is_no_harm(text: str) -> None:
    assert _harm(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir the drinks trolley knocked me over in the aisle",
        "@SkyLarkAir my daughter was knocked over by a luggage cart at the gate",
        "@SkyLarkAir the crew knocked my coffee over onto my baby and she has burns",
        "@SkyLarkAir ma mère a été renversée par un véhicule de piste",
    ],
)
def test_person_knocked_over_is_still_harm(text: str) -> None:
    assert _harm(text) is not None, text
