"""Thanks that is a request, not praise.

French "merci de + infinitive" ("Merci de faire le nécessaire", "merci de me rappeler") is the
written form of "please do": the thanks word asks for something, it praises nothing. Thanks for
a thing done takes a past infinitive ("merci de m'avoir aidé", "merci d'être venus") or a noun
("merci de votre aide", "merci pour la rapidité"), and stays praise.

The other languages' thanks formulas ("gracias por + infinitive", "grazie per", "obrigado por",
"danke für") thank for what was done; their requests use a conditional ("le agradecería que",
"vi sarei grato se", "ich wäre dankbar, wenn"), which no praise list names.
"""

from __future__ import annotations

import re
from typing import Final, Literal

from mentionflow.core.irony_cues import THANKS_TOKENS
from mentionflow.core.text import NormalisedText
from mentionflow.core.thanks_for import thanks_for

# Clitics that may stand between "merci de" and the infinitive ("merci de me le renvoyer",
# "merci de bien vouloir", "merci de n'en rien faire"); "m'" and "me" alike, as written or as
# tokens without their apostrophe.
_CLITICS: Final = r"(?:(?:me|te|nous|vous|lui|leur|le|la|les|y|en|bien|ne|pas|se)\s+|[mtlns]['\u2019]\s*)*"
# An infinitive (-er, -ir, -re, -oir) that is not the auxiliary of a past infinitive ("avoir",
# "être", also glued to its pronoun as tokens write it: "mavoir", "lavoir") nor a possessive or
# a noun the ending catches ("votre", "notre", "leur").
_INFINITIVE: Final = (
    r"(?![mtlsn]?(?:avoir|être|etre)\b|votre\b|notre\b|vos\b|nos\b)[a-zàâçéèêëîïôûùüÿœ]+(?:er|ir|re|oir)\b"
)
# Thanks said before the act ("merci d'avance", "merci par avance"): a request's sign-off.
_IN_ADVANCE: Final = thanks_for("merci", r"(?:d['\u2019]\s*avance|davance|par\s+avance|en\s+avance)\b", 0)
# "merci (beaucoup) de", a handle or two after "merci" ("merci @sncf de corriger").
_MERCI_DE: Final = thanks_for("merci", r"(?:beaucoup\s+)?(?:de\s+|d['\u2019]\s*)", 0)
# French "merci (beaucoup) de + infinitive" or thanks in advance: the one definition of a French
# thanks that asks, shared by `thanks_as_request`, `core.request_thanks` (which cuts it out of
# the text) and `core.fix_thanks` (thanks for a fix not yet made). Case-insensitive.
MERCI_REQUEST: Final = re.compile(
    rf"(?:{_MERCI_DE}{_CLITICS}{_INFINITIVE}|{_IN_ADVANCE})",
    re.IGNORECASE,
)


def thanks_as_request(text: str) -> bool:
    """Whether French thanks in ``text`` asks for something to be done ("merci de me rappeler",
    "merci de bien vouloir rembourser", "merci d'avance"), not thanks for a thing done ("merci de
    m'avoir aidé", "merci de votre aide"). Any case; apostrophes as written or dropped."""
    if "merci" not in text.lower():
        return False
    return MERCI_REQUEST.search(text) is not None


# "thanks again", "merci encore une fois", "gracias otra vez", "obrigado mais uma vez": the thanks
# repeated, not a problem repeated (the "again" is no complaint marker here).
_THANKS_AGAIN: Final = re.compile(
    r"\b(?:thanks|thank you|cheers|merci|gracias|grazie|obrigad[oa]|danke)\b(?:\s+\S+)?\s+"
    r"(?:again|once again|encore|otra vez|de nuevo|di nuovo|ancora|mais uma vez|de novo|nochmal|noch einmal|erneut)\b"
)


def thanks_again(low: str) -> bool:
    """Whether ``low`` (lower-cased) repeats its thanks ("thanks again", "grazie di nuovo")."""
    return _THANKS_AGAIN.search(low) is not None


# A charge or a decision disputed ("je conteste le prélèvement", "contesto l'addebito", "ich
# widerspreche der Abbuchung"): a complaint, whatever thanks closes it.
_DISPUTE: Final = re.compile(
    r"\b(?:i dispute|disputing (?:a|the|this)|je conteste|contester|impugno|impugnar|disputo|contesto|"
    r"contestare|contestar|widerspreche|widersprechen|reklamiere|reklamieren)\b"
)


def disputes(low: str) -> bool:
    """Whether ``low`` (lower-cased) disputes something."""
    return _DISPUTE.search(low) is not None


def _thanks_only(norm: NormalisedText, labels: list[tuple[str, ...]]) -> bool:
    """The one praise word said is a thanks ("gracias", "danke", "thanks"), no other."""
    return (
        sum("praise" in lab for lab in labels) == 1
        and not THANKS_TOKENS.isdisjoint(norm.tokens)
        and not thanks_again(norm.clean.lower())
    )


def thanks_not_praise(
    norm: NormalisedText, labels: list[tuple[str, ...]], resolved: bool
) -> Literal["request_thanks", "thanks_signoff", False]:
    """Why the one praise word of a text (``labels``: its keyword-file labels) praises nothing:
    "request_thanks" for French "merci de + infinitive" ("merci de faire le nécessaire": please do),
    "thanks_signoff" for a thanks that signs off a dispute with no fix named (``resolved``), "contesto
    l'addebito di 40€, grazie", "ich widerspreche der Abbuchung, danke"; False when it is praise."""
    if "merci" in norm.tokens and sum("praise" in lab for lab in labels) == 1 and thanks_as_request(norm.clean.lower()):
        return "request_thanks"
    if not resolved and _thanks_only(norm, labels) and disputes(norm.clean.lower()):
        return "thanks_signoff"
    return False
