"""A gripe with nothing bought or used in it is no customer's complaint.

The rules call a negative post a complaint on its polarity alone when nothing else decides it. On
a brand's stream that is right: the post names the brand. Read without a brand (a general tweet,
an export with no catalog match) the same rule calls sport, television, celebrities, politics and
one's own day complaints: "Kanye West is insane ... I still don't want him to be president",
"Well at least my Steelers didn't play tonight", "I feel bad for the ppl that have to take the ACT
tomorrow". Of 543 hand-labelled general tweets (SemEval-2017 train, labelled by the guidelines in
docs/quality.md), 13 are complaints; the rules and the complaint model called 138 of the rest
complaints or rants.

A complaint (Preotiuc-Pietro et al. 2019) is a breach of the writer's expectation *of a product
or service they use*. So a rule complaint or rant that rests on the polarity label alone (no
keyword-file problem, no wait, unmet or firm cue, not major) and names no service, nothing bought,
no verdict, "why" or "again", no problem word and no failure hashtag, in a post addressed to no
brand handle, is commentary: `other` (or `question`). English word list;
other languages keep the rules. The pipeline skips this when the mention's brand is known
(`brand_known`): there the brand is the service.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from mentionflow.core.complaint import BAD_VERDICT_WORDS, PROBLEM_WORDS

# What a customer buys, uses or deals with, across industries (tokens as `normalise` emits them).
SERVICE_WORDS: Final = frozenset(
    """
    account accounts app apps application update updates software website site web online login
    password email emails internet wifi broadband network signal service services customer customers
    support helpline hotline chat agent agents staff manager rep reps driver drivers courier
    order orders ordered delivery deliveries delivered package packages parcel parcels shipping
    shipment shipped refund refunds bill bills billing charge charged charges fee fees price prices
    subscription subscriptions plan plans contract card cards bank payment payments paid pay
    flight flights airline airport luggage baggage bag bags booking booked reservation ticket tickets
    seat seats train trains bus buses hotel room store stores shop shops restaurant menu meal food
    coffee pizza burger drink product products item items purchase purchased bought buy buying
    warranty repair repaired replacement insurance claim policy phone phones iphone android laptop
    computer pc mac ipad tablet tv router modem printer camera headphones console battery screen
    device devices download streaming stream playlist premium checkout cart receipt invoice
    ps3 ps4 ps5 playstation xbox xbone nintendo windows macbook ios iphones ipads ipod kindle browser
    safari chrome firefox api atm gps bluetooth headset controller charger cable sim wii
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


# A service, a verdict or "why", a problem word: a gripe that names any of these aims at something.
_NAMED_SOMETHING: Final = SERVICE_WORDS | BAD_VERDICT_WORDS | PROBLEM_WORDS


def brand_handle(handles: Iterable[str]) -> bool:
    """An @handle that can be a brand's: any but the anonymised "@user" of SemEval and tweeteval
    (TWCS's digits replace customers' handles, and some brands' too)."""
    return any(h.lower() != "user" for h in handles)


def aimless_gripe(
    intent: str,
    severity: str | None,
    named_problem: bool,
    firm_or_protected: bool,
    tokens: frozenset[str],
    handles: Iterable[str],
    failure_tag: bool = False,
) -> bool:
    """A rule complaint on the polarity label alone that names no service and no verdict and is
    addressed to no brand handle (see the module docstring)."""
    if intent not in ("complaint", "rant") or severity == "major" or named_problem or firm_or_protected or failure_tag:
        return False
    if not _NAMED_SOMETHING.isdisjoint(tokens):
        return False
    return not brand_handle(handles)
