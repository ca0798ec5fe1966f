"""A headline shared with its link, or an article cut off with an ellipsis, that names a product's
problem in the third person is news, not the writer's complaint (docs/quality.md "Complaint
labels"); a user's own gripe with a screenshot link, one said to someone, in the first person,
with a verdict or with "again / still" stays a complaint."""

from __future__ import annotations

import pytest

from mentionflow.core.complaint import (
    COMPLAINT_DENSE,
    ComplaintModel,
    impersonal_report,
    report_shaped,
    settle_intent,
)
from mentionflow.core.text import normalise

_M = ComplaintModel({}, {}, tuple([0.0] * len(COMPLAINT_DENSE)), 0.0, 0.5, 0.5, {}, 0.8, 0.3)


def shaped(text: str) -> bool:
    n = normalise(text)
    return report_shaped(n.clean, len(n.tokens), bool(n.urls))


def settled(text: str, cues: tuple[str, ...] = (), named: bool = True) -> str:
    n = normalise(text)
    args = (0.9, _M, "complaint", "minor", "other", "negative", False, "other", list(cues), named)
    return settle_intent(*args, addressed=bool(n.handles), tokens=frozenset(n.tokens), reported=shaped(text))[0]


HEADLINES = [
    "Researchers find a flaw that lets thieves unlock a popular smart lock in seconds https://t.co/abc123",
    "Scooter maker recalls thousands of batteries after reports of overheating in warm weather…",
    "Regional airline cancels dozens of flights as pilots strike over pay and rosters...",
    "Streaming service outage leaves millions without the season finale on Sunday night {link}",
]

NOT_REPORTS = [
    "the app crashed again during checkout https://t.co/abc123",  # again: a user's gripe, screenshot
    "my smart lock failed to open this morning and I was stuck outside https://t.co/abc123",  # first person
    "@NimbusHelp the tracking page has been broken since Monday https://t.co/abc123",  # said to someone
    "this update is awful, the battery drains in three hours https://t.co/abc123",  # a verdict
    "app down https://t.co/abc123",  # too short to be a headline
    "is the messaging service broken for everyone? my last five messages never went through...",  # asks
]


@pytest.mark.parametrize("text", HEADLINES)
def test_headlines_are_report_shaped_and_no_complaint(text: str) -> None:
    assert shaped(text)
    assert settled(text) == "other"
    assert settled(text, cues=("cancelled",)) == "other"


@pytest.mark.parametrize("text", NOT_REPORTS)
def test_own_gripes_stay_complaints(text: str) -> None:
    assert settled(text) == "complaint"


def test_firm_cues_and_major_keep_a_headline() -> None:
    text = HEADLINES[0]
    assert settled(text, cues=("sarcasm",)) == "complaint"
    toks = frozenset(normalise(text).tokens)
    assert not impersonal_report(toks, "major", (), True, False, True)
    assert impersonal_report(toks, "minor", (), True, False, True)
    assert not impersonal_report(toks, "minor", (), True, False, False)  # not report-shaped: as before


def test_plain_text_without_link_or_ellipsis_is_not_report_shaped() -> None:
    assert not shaped("Researchers find a flaw that lets thieves unlock a popular smart lock in seconds")
    assert not shaped("Fighting with the printer. Again...")  # a gripe trailing off, too short
