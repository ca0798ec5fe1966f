"""'No point (in) going on', 'no reason to go on': going on with life is a self-harm hint; going on
about a thing, at someone, on a trip or with a task is not."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import _states_self_harm, detect_harm
from mentionflow.core.text import normalise


@pytest.mark.parametrize(
    "text",
    [
        "@Brightbank took £40 in fees, that was our food money. i honestly don't see the point in going on anymore",
        "@Brightbank I just don't see the point in going on like this",
        "@NimbusHelp can't see any reason to go on. sorry",
    ],
)
def test_no_point_going_on_is_a_self_harm_hint(text: str) -> None:
    signal = detect_harm(normalise(text), "en")
    assert (signal.kind, signal.severity) == ("self_harm", "severe")


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp no reason to go on waiting, I'm switching to another provider",
        "@SkyLarkAir there's no point in going on the trip now, the flight is cancelled",
        "@Brightbank no point carrying on with this chat, the bot keeps looping",
    ],
)
def test_going_on_with_a_thing_is_no_self_harm_statement(text: str) -> None:
    # (The harm model may still weigh such despair words; the stated phrase must not fire.)
    assert not _states_self_harm(normalise(text).tokens)
