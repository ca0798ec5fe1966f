"""Left behind by an oversold flight (denied boarding, "bumped off", "dejado en tierra") or
left after a cancellation with no hotel ("pas d'hôtel") is a major problem in every language;
"overbooked" alone, told with a happy ending or asked about, is not."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir got bumped from the 9pm to Oslo, nowhere to sleep",
        "@SkyLarkAir vuelo con overbooking, nos dejaron en tierra en Lisboa con dos niños",
        "@SkyLarkAir overbooking a Fiumicino, mi hanno lasciato a terra senza albergo",
        "@SkyLarkAir overbooking em Lisboa, fiquei sem voo e sem hospedagem",
        "@SkyLarkAir vol annulé à Lyon, pas d'hôtel, on dort dans le hall avec le bébé",
        "@SkyLarkAir Flug überbucht, man hat mich am Gate stehen lassen, keine Unterkunft",
    ],
)
def test_left_behind_is_major(text: str) -> None:
    assert (run(text).intent, run(text).severity) == ("complaint", "major")


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir flight was overbooked but they upgraded me to business, thank you so much!",
        "Vol en surbooking mais on m'a surclassé, merci @SkyLarkAir",
        "Flug überbucht, aber ich bekam ein Upgrade, danke @SkyLarkAir",
        "@SkyLarkAir is the 6pm to Rome overbooked? thinking of volunteering",
    ],
)
def test_overbooked_with_a_happy_end_or_asked_is_not_major(text: str) -> None:
    assert run(text).severity != "major"
