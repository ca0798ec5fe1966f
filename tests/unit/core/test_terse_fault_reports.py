"""A terse English report, the thing then its fault with no verb ("invoice wrong", "wifi slow"),
is a complaint, as "fattura sbagliata" and "Internet langsam" already are; "slow" and "wrong"
elsewhere keep their other senses."""

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
        "@NimbusHelp invoice wrong",
        "@NimbusHelp wifi slow",
        "@NimbusHelp fibre slow since lunch",
        "@BrightbankCare statement wrong this month",
        "@ParceloEats order wrong, no chips",
    ],
)
def test_terse_fault_report_is_a_complaint(text: str) -> None:
    assert run(text).intent == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp slow and steady, loving the new tariff",
        "@NimbusHelp how does the data slow down after the cap work exactly?",
    ],
)
def test_slow_or_wrong_in_other_senses_is_no_fault_report(text: str) -> None:
    assert run(text).intent != "complaint"
