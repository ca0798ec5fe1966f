"""Public affairs: politics, elections, governments and their figures. Not a complaint.

The complaint definition (Preotiuc-Pietro et al. 2019; docs/quality.md, "Complaint labels") asks
for a state of affairs that breaches the writer's favourable expectation of a product or service
they use. Opinion on politics, elections and public money ("Obamacare caused people to lose their
insurance", "stop the GM bailout", "the EU MPs voted it down") is general negativity, however
angry: the guidelines count it as no complaint. The complaint model, fitted mostly on customer-care
tweets, reads that anger as a complaint (held-out P 0.5 to 0.97 on general tweets), so a rule
complaint that talks public affairs is settled as none (`core.complaint.settle_intent`).

English only, like the complaint model that consults it (other languages keep the rules). Only
words that name public affairs and nothing a customer buys: no country or city (a flight to Iran is
a trip), no "government" ("government ID rejected at check-in"), no "military" (a military discount),
no "president" (a company's president), no "immigration" (the immigration queue at an airport),
no "racist" (staff who were racist to a customer), no "war" or "drone" (game and product names).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Final

__all__ = ["PUBLIC_AFFAIRS", "about_public_affairs"]


# Tokens as `normalise` emits them (lower case, no apostrophes: "the senator's" is "senators").
def _w(words: str) -> list[str]:
    return words.split()


PUBLIC_AFFAIRS: Final = frozenset(
    _w(
        # office holders and campaigners named in the shared sets' years (2009-2017)
        "trump trumps obama obamas obamacare clinton clintons hillary hillarys bannon soros pence biden bidens "
        "sanders cheney putin putins maga "
        # elections, parties, legislatures
        "presidency presidential election elections electoral voter voters congress senate senator senators gop "
        "democrats republicans liberals conservatives minister ministers parliament mps brexit democracy political "
        "politician politicians "
        # security and public money
        "terrorism terrorist terrorists isis fbi cia nra refugees bailout stimulus taxpayer taxpayers"
    )
)


def about_public_affairs(tokens: AbstractSet[str]) -> bool:
    """Whether a mention's tokens name public affairs (`PUBLIC_AFFAIRS`)."""
    return not PUBLIC_AFFAIRS.isdisjoint(tokens)
