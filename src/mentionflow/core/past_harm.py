"""A harm recalled as the past of a fan's praise is no harm now.

"After the nut thing last year (my son ended up in hospital) I swore off Parcelo. They rang me,
retrained the partners, the allergen filter is now brilliant. 20+ orders since, zero issues": the
reaction happened a year ago and was put right; the mention is an advocate's, for marketing to thank.
Only for a mention read as praise, with the harm dated in the past ("last year", "hace dos años",
"l'an dernier", "letztes Jahr", "l'anno scorso", "no ano passado") and the writer's present after it
("since", "now"), and nothing that says it happened again ("again", "today", "tonight").
"""

from __future__ import annotations

import re
from typing import Final

_PAST: Final = re.compile(
    r"\b(?:last (?:year|month|summer|winter|spring|autumn|christmas)|(?:a|one|two|three|\d+) (?:years?|months?) ago|"
    r"el año pasado|el verano pasado|hace (?:un|dos|tres|\d+) (?:años?|meses)|"
    r"l'année dernière|l'an dernier|l'été dernier|il y a (?:un|deux|trois|\d+) (?:ans?|mois)|"
    r"letztes jahr|letzten sommer|vor (?:einem|zwei|drei|\d+) (?:jahren?|monaten?)|"
    r"l'anno scorso|l'estate scorsa|(?:un|due|tre|\d+) (?:anni|anno|mesi|mese) fa|"
    r"no ano passado|no verão passado|há (?:um|dois|três|\d+) (?:anos?|meses))\b",
)
_SINCE_NOW: Final = re.compile(
    r"\b(?:since|ever since|now|desde entonces|ahora|depuis|maintenant|seitdem|jetzt|da allora|ora|adesso|"
    r"desde então|agora)\b",
)
_AGAIN: Final = re.compile(
    r"\b(?:again|today|tonight|this (?:morning|evening|week)|yesterday|otra vez|de nuevo|hoy|encore|"
    r"aujourd'hui|ce soir|wieder|heute|schon wieder|di nuovo|ancora una volta|oggi|stasera|de novo|outra vez|hoje)\b",
)


def past_harm_praised(low: str) -> bool:
    """The harm told is dated in the past and the writer's present follows (``low``: the clean
    text, lower-cased); the caller asks that the mention reads as praise."""
    past = _PAST.search(low)
    return past is not None and _SINCE_NOW.search(low, past.end()) is not None and _AGAIN.search(low) is None
