"""An information request that asks why, for the reason, for a thing back again or for money back
presupposes that something went wrong (docs/quality.md "Complaint labels": "is there any reason my
order hasn't shipped?"): the complaint model promotes it at `promote`, like one naming a problem,
not at the higher `promote_enquiry`. A plain how-to, a supposed problem ("if"), and a question
about how a thing works keep the higher bar. The settlement is English only (the complaint
model's hand labels are English): other languages keep the rules' decision."""

from __future__ import annotations

import pytest

from mentionflow.core.complaint import COMPLAINT_DENSE, ComplaintModel, settle_intent
from mentionflow.core.text import normalise

_M = ComplaintModel({}, {}, tuple([0.0] * len(COMPLAINT_DENSE)), 0.0, 0.5, 0.5, {}, 0.8, 0.3)


def settled(text: str, p: float = 0.65) -> str:
    toks = frozenset(normalise(text).tokens)
    args = (p, _M, "question", None, None, "neutral", True, "other", [], False)
    return settle_intent(*args, enquiry=True, tokens=toks)[0]


ASKED = [
    "@ParceloHelp is there a reason my parcel has been sent back to the depot?",
    "@StreamlyHelp do you know why this album is greyed out in my library?",
    "@NimbusTel when will I be able to use the hotspot again?",
    "@ParceloAir where do I claim a refund for the hotel I had to book myself?",
    "@ParceloBank how do I get reimbursement for the fee you took twice?",
]

PLAIN = [
    "@ParceloHelp how do I change the delivery address on my account?",
    "@StreamlyHelp can I add my sister to the family plan?",
    "@ParceloAir what is the refund policy if I cancel next month?",  # supposed: "if"
    "@NimbusTel how does the data rollover work when I upgrade again?",  # how a thing works
]


@pytest.mark.parametrize("text", ASKED)
def test_asked_failures_promoted_at_promote(text: str) -> None:
    assert settled(text) == "complaint"
    assert settled(text, p=0.4) == "question"  # below `promote`: the rules stand


@pytest.mark.parametrize("text", PLAIN)
def test_plain_enquiries_keep_the_higher_bar(text: str) -> None:
    assert settled(text) == "question"
    assert settled(text, p=0.85) == "complaint"
