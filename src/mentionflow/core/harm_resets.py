"""A password reset the customer asked for, doubted but not abused (English).

"I requested a password reset and the email looks dodgy, is it legit?", "just tried to reset my
login, is this link phishing or real?": the customer started the reset and asks whether the message
is genuine. That is the service working, however oddly it looks; the set's guideline counts it as
fraud only with a loss or a takeover (money gone, someone else logged in or changed the e-mail) or
when the reset was never asked for ("a reset email I never requested, is this a scam?": a lure).

Read as: a reset word and a credential ("reset" + "password", "forgot my password"), a request
verb said by the writer ("I requested", "I asked for", "I tried to"), not negated ("never asked",
"didn't request"), and no sign of a takeover or a loss (someone, hacked, a payment, an amount).
"""

from __future__ import annotations

from itertools import pairwise

from mentionflow.core.harm_lexicon import words
from mentionflow.core.harm_senses import MONEY_MOVED

__all__ = ["requested_reset"]

_RESETS = frozenset(words("reset resets resetting recovery recover forgot forgotten"))
_CREDENTIALS = frozenset(words("password passwords pw pwd pword pssw passw passcode login logins"))
# The writer started it: "I requested", "I asked for", "I tried to reset", "I just reset".
_REQUESTS = frozenset(words("requested request asked tried trying did reset forgot"))
_WRITER = frozenset(words("i ive id im"))
_OPENERS = frozenset(words("just so ok okay hi hey hello yesterday today"))
_NEGATED = frozenset(words("never didnt dont not no nobody without"))
# A takeover or a loss: someone else in the account, money moved, a hack.
_TAKEOVER = MONEY_MOVED | frozenset(
    words(
        "someone somebody stranger strangers hacked hacker hackers hack hacking stolen stole unauthorised "
        "unauthorized taken takeover emptied drained fraudulent money"
    )
)


def _writer_requested(tokens: tuple[str, ...]) -> bool:
    """A request verb right after "I" (one word between at most: "I just requested"), not negated."""
    for i, t in enumerate(tokens):
        if t not in _REQUESTS:
            continue
        subject = tokens[max(0, i - 2) : i]
        # "just reset my password, ...": a diary-style opening leaves the "I" out.
        dropped = _OPENERS.issuperset(tokens[:i])
        if (_WRITER.isdisjoint(subject) and not dropped) or not _NEGATED.isdisjoint(tokens[max(0, i - 3) : i]):
            continue
        return True
    return False


def requested_reset(tokens: tuple[str, ...]) -> bool:
    """A password reset the writer asked for, with no loss nor takeover: not fraud harm."""
    return (
        not _RESETS.isdisjoint(tokens)
        and not _CREDENTIALS.isdisjoint(tokens)
        and _writer_requested(tokens)
        and _TAKEOVER.isdisjoint(tokens)
        and not any(t[:1].isdigit() or t[:1] in "$£€" for t in tokens)
        and not any(a in _NEGATED and b in _REQUESTS for a, b in pairwise(tokens))
    )
