"""Thanks that close a request are no praise.

"Merci de corriger", "merci d'avance", "gracias de antemano", "danke im Voraus", "grazie in
anticipo", "obrigado desde já", "thanks in advance": the polite close of a request or a
complaint ("facture à 89 € au lieu de 29 €, options jamais demandées. Merci de corriger."), not
thanks for something done. French "merci de" + an infinitive is "please". When such a formula
is what makes a mention praise, the mention is read again without it.
"""

from __future__ import annotations

import re
from typing import Final

from mentionflow.core.polite_requests import MERCI_REQUEST
from mentionflow.core.text import NormalisedText, normalise

_REQUEST_THANKS_RE: Final = re.compile(
    r"(?i)\b(?:"
    # French: "merci de/d'" + an infinitive (not "merci de votre aide"), "merci d'avance" (one
    # definition, polite_requests.MERCI_REQUEST).
    rf"{MERCI_REQUEST.pattern}"
    r"|(?:thanks?|thank\s+you|thx|ty)\s+in\s+advance"
    r"|(?:muchas\s+)?gracias\s+(?:de\s+antemano|por\s+adelantado|anticipadas)"
    r"|(?:vielen\s+)?dank(?:e)?\s+(?:im\s+voraus|vorab)|vorab\s+(?:vielen\s+)?dank(?:e)?"
    r"|grazie\s+(?:mille\s+)?(?:in\s+anticipo|anticipatamente)"
    r"|(?:obrigad[oa]|agrade[çc]o)\s+(?:desde\s+j[áa]|antecipadamente|antes\s+de\s+mais)"
    r"|desde\s+j[áa]\s+(?:obrigad[oa]|agrade[çc]o)"
    r")"
)


def without_request_thanks(norm: NormalisedText) -> NormalisedText | None:
    """The mention without its request-closing thanks, or None when it has none."""
    text = norm.clean
    if _REQUEST_THANKS_RE.search(text) is None:
        return None
    return normalise(_REQUEST_THANKS_RE.sub(" ", text))
