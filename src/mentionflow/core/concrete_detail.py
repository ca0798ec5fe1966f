"""A concrete detail that makes an insult a complaint: a sum of money or a reference number.

"bande d'incapables, vous m'avez débité 49€ sans raison", "useless lot, order 55120 never came":
contempt beside a charge with its amount, or an order / booking / case reference, reports
something an agent can look up and act on; the same contempt with nothing of the kind is venting
(core/intent.py). Language-free: the currency signs and the digits say it in every language."""

from __future__ import annotations

import re
from typing import Final

# A sum: a currency sign or code beside a number ("49€", "€49", "£12.99", "R$ 30", "30 euros",
# "20 quid"), in either order.
_MONEY: Final = re.compile(
    r"(?:[€£$]|\bR\$|\b(?:eur|usd|gbp|chf)\b)\s?\d|\d(?:[.,]\d+)?\s?(?:[€£$]|(?:eur|euros?|usd|gbp|chf|"
    r"pounds?|quid|dollars?|reais|real|franken|francs?)\b)",
    re.IGNORECASE,
)
# A reference: "#48213", five or more digits in a row (no year, no small count), or an order /
# booking / case word in any of the six languages followed by a number.
_REFERENCE: Final = re.compile(
    r"#\s?\d{4,}|(?<![\d.,:/+])\d{5,}(?![\d.,:/])|\b(?:order|booking|ref|reference|case|ticket|commande|"
    r"réservation|reservation|dossier|bestellung|buchung|auftrag|vorgang|pedido|reserva|ordine|"
    r"prenotazione|pratica|encomenda|protocolo)\s?(?:n[°ºo.]*\s?|nr\.?\s?|#\s?)?\d{3,}",
    re.IGNORECASE,
)


def concrete_detail(clean: str) -> bool:
    """Whether the (normalised) text names a sum of money or a reference number."""
    return _MONEY.search(clean) is not None or _REFERENCE.search(clean) is not None
