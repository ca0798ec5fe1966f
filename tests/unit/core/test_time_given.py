"""Time an agent gave ("Priya stayed on the line with my mum for two hours") is no wait: no
long_wait cue; time the customer spent, or was kept, still is one."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import analyse
from mentionflow.core.text import normalise

GIVEN = [
    "Big thanks to @TelcoX, Priya stayed on the line with my mum for two hours sorting her new phone 💛",
    "@BankX Marcus spent an hour with me going through every payment, above and beyond",
    "@AirX the gate agent who sat with my daughter for 3 hours helping her rebook deserves a raise",
    "@ShopX Hannah took an hour explaining the settings to my grandad, so patient",
]
WAITED = [
    "@TelcoX I spent two hours on the line with your support and nothing is fixed",
    "@BankX kept me on the phone for an hour and still no answer",
    "@AirX spent 3 hours with my daughter at the gate waiting for anyone to help",
    "@ShopX on hold for an hour, this is ridiculous",
]


@pytest.mark.parametrize("text", GIVEN)
def test_time_an_agent_gave_is_no_wait(text: str) -> None:
    assert "long_wait" not in analyse(normalise(text), LanguageGuess("en", 0.99, True)).cues


@pytest.mark.parametrize("text", WAITED)
def test_time_waited_stays_a_wait(text: str) -> None:
    assert "long_wait" in analyse(normalise(text), LanguageGuess("en", 0.99, True)).cues


def test_thanked_time_is_not_read_as_irony() -> None:
    # The duration words alone made the English irony model call this praise ironic.
    text = "Shoutout to @BankX - Dev stayed on the phone with my gran for an hour setting up her card ❤️"
    a = analyse(normalise(text), LanguageGuess("en", 0.99, True))
    assert a.intent == "praise"
    assert a.irony < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "@BankX Dev spent an hour with me explaining why I can't get my money back. great service 🙄",
        "@BankX Dev spent an hour with me explaining why I can't get my money back. great service ❤️",
    ],
)
def test_time_given_beside_a_failure_stays_a_complaint(text: str) -> None:
    assert analyse(normalise(text), LanguageGuess("en", 0.99, True)).intent == "complaint"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("@BankX they refused my refund, great service", "complaint"),
        ("@BankX refused a refund again. excellent service", "complaint"),
        ("@BankX managed to get my money back in 2 days, great service", "praise"),
        ("@BankX finally got my money back, great service", "praise"),
    ],
)
def test_great_service_beside_money_kept_is_sarcasm_and_beside_money_returned_praise(text: str, intent: str) -> None:
    # "great service" is a praise marker; a refund refused (failure_events) or money that can't be got
    # back (intent's unmet cue) beside it is the sarcasm the praise rules read as a complaint.
    assert analyse(normalise(text), LanguageGuess("en", 0.99, True)).intent == intent
