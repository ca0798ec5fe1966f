"""An age written as one token ("my 8yo", "my 90yo gran") opens the harm gate as "8 year old" does.

Before: "your staff left my 8yo alone at the gate for an hour" never reached the harm model (the
gate knew "8 year old" and bare elderly ages, not "8yo"), while its spelled-out twin was a severe
vulnerable-person harm. The compact age must change nothing where nothing happened.
"""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.text import normalise


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir your staff left my 8yo alone at the gate for an hour",
        "@SkyLarkAir my 6yo was left alone on the plane, nobody helped",
        "@SkyLarkAir our 7yrs old son flew as an unaccompanied minor and staff left him alone at arrivals",
    ],
)
def test_a_child_by_compact_age_left_alone_is_severe_harm(text: str) -> None:
    signal = detect_harm(normalise(text), "en", brand_known=True)
    assert (signal.kind, signal.severity) == ("vulnerable_person", "severe")


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir my 8yo loves your planes!",
        "@ParceloEats booked a table for me and my 6yo, the food was cold",
        "@SkyLarkAir can my 10yo fly alone?",
        "@NimbusMobile my 12yo wants a phone for christmas, which plan is best?",
    ],
)
def test_a_compact_age_alone_is_no_harm(text: str) -> None:
    assert detect_harm(normalise(text), "en", brand_known=True).kind is None
