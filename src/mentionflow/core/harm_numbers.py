"""A card or passport number asked for, given or refused in the course of a purchase (English).

"card number" and "passport number" open the breach cue because "your email shows my full card
number" or "the agent read out my passport number" expose them. Most of the time the number is only
handled: "do I have to provide a passport number?", "the system didn't accept my card number", "you
want a credit card number for the trial". Nobody else saw it, so it is no data exposure.

Read as: the number phrase is the only breach cue (no "leak", "exposed", "breach"), a handling verb
is there ("provide", "accept", "enter", "want", "update"), and nothing shows it to anyone or asks
for it by a message or a call (a lure: "a text asking me to send my card number").
"""

from __future__ import annotations

from itertools import pairwise

from mentionflow.core.harm_lexicon import LEXICON, words

__all__ = ["handled_number"]

_NUMBERS = frozenset(words("number numbers"))
_HOLDERS = frozenset(words("card passport"))
_HANDLING = frozenset(
    words(
        "provide providing provided accept accepted accepts accepting enter entered entering type typed want "
        "wants wanted need needs needed require requires required update updated updating add added adding "
        "change changed use using used save saved store"
    )
)
# Someone else sees it, it is out in the open, or a message or call asks for it.
_EXPOSED = frozenset(LEXICON["breach"]) | frozenset(
    words(
        "plain shown show shows showing visible display displayed displays read printed print public posted "
        "post sent emailed email receipt screen everyone anyone someone somebody stranger other else others "
        "see saw seen full text texts sms call called caller message messages link dm whatsapp asking asked "
        "stolen leaked hacked scam fraud phishing"
    )
)


def handled_number(tokens: tuple[str, ...]) -> bool:
    """A card or passport number only handled (provided, accepted, wanted), shown to no one."""
    named = any(a in _HOLDERS and b in _NUMBERS for a, b in pairwise(tokens))
    return named and not _HANDLING.isdisjoint(tokens) and _EXPOSED.isdisjoint(tokens)
