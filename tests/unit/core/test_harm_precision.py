"""Harm precision: words that name no harm in their sentence, and the real harm beside them."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import HarmSignal, detect_harm
from mentionflow.core.text import normalise


def harm(text: str, lang: str = "en") -> HarmSignal:
    return detect_harm(normalise(text), lang, brand_known=True)


# "sick and tired" is fed up; "sick and shaking" is ill. Only "tired" makes the idiom.
@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir the crew ignored my little girl when she was sick and shivering in row 30",
        "@ParceloEats my husband was sick and dizzy all night after your prawn curry",
    ],
)
def test_sick_and_a_symptom_is_illness(text: str) -> None:
    assert harm(text).kind is not None


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir honestly sick and tired of the delays on this route",
        "@NimbusMobile sick n tired of being on hold every month",
        "@SkyLarkAir two hours late because a pilot called in sick and nobody replaced him",
    ],
)
def test_fed_up_or_a_staff_absence_is_no_illness(text: str) -> None:
    assert harm(text).kind is None
