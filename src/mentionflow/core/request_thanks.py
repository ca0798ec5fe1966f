"""Thanks that close a request are no praise.

"Merci de corriger", "merci d'avance", "gracias de antemano", "danke im Voraus", "grazie in
anticipo", "obrigado desde já", "thanks in advance", or a bare thanks after a question ("how do I make a
claim? obrigado 🙏"): the polite close of a request or a
complaint ("facture à 89 € au lieu de 29 €, options jamais demandées. Merci de corriger."), not
thanks for something done. French "merci de" + an infinitive is "please". When such a formula
is what makes a mention praise, the mention is read again without it.
"""

from __future__ import annotations

import re
from typing import Final

from mentionflow.core.polite_requests import MERCI_REQUEST
from mentionflow.core.text import NormalisedText, normalise
from mentionflow.core.thanks_for import thanks_for

# Thanks in advance in each language; a handle may stand after the thanks ("gracias @banco de antemano").
_IN_ADVANCE: Final = (
    thanks_for(r"thanks?|thank\s+you|thx|ty", r"in\s+advance", 0),
    r"(?:muchas\s+)?" + thanks_for("gracias", r"(?:de\s+antemano|por\s+adelantado|anticipadas)", 0),
    r"(?:vielen\s+)?" + thanks_for(r"dank(?:e)?", r"(?:im\s+voraus|vorab)", 0),
    r"vorab\s+(?:vielen\s+)?dank(?:e)?",
    thanks_for("grazie", r"(?:mille\s+)?(?:in\s+anticipo|anticipatamente)", 0),
    thanks_for(r"obrigad[oa]|agrade[çc]o", r"(?:desde\s+j[áa]|antecipadamente|antes\s+de\s+mais)", 0),
    r"desde\s+j[áa]\s+(?:obrigad[oa]|agrade[çc]o)",
)
# A bare thanks closing a question ("how do I make a claim? obrigado 🙏", "is it down? thanks!"):
# the question is the mention, in whichever language the thanks is.
_AFTER_QUESTION: Final = (
    r"(?<=\?)\s*(?:thanks?|thank\s+you|thx|ty|cheers|gracias|merci|danke|grazie|obrigad[oa])"
    r"(?:\s*[^\w\s])*\s*$"
)
_REQUEST_THANKS_RE: Final = re.compile(
    r"(?i)(?:\b(?:"
    # French: "merci de/d'" + an infinitive (not "merci de votre aide"), "merci d'avance" (one
    # definition, polite_requests.MERCI_REQUEST).
    rf"{MERCI_REQUEST.pattern}|" + "|".join(_IN_ADVANCE) + rf")|{_AFTER_QUESTION})"
)


def without_request_thanks(norm: NormalisedText) -> NormalisedText | None:
    """The mention without its request-closing thanks, or None when it has none."""
    text = norm.clean
    if _REQUEST_THANKS_RE.search(text) is None:
        return None
    return normalise(_REQUEST_THANKS_RE.sub(" ", text))
