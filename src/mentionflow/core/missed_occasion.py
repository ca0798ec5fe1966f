"""A delivery moved past the day it was meant for is a complaint, however little else is said.

"o cabaz de Natal ... agora diz entrega a 27/12 😭 era para a consoada!!", "tracking now says the
28th, it was for her birthday", "la entrega ahora dice 27/12, era para Nochebuena", "le colis
indique maintenant le 27, c'était pour le réveillon", "die Lieferung steht jetzt auf den 27., das
war für Heiligabend", "la consegna ora dice 27/12, era per la vigilia". The date moved (what the
tracking "now says") and the occasion it was for (Christmas Eve, a birthday, a wedding) say the
order failed its one purpose; the small models read the date and the tears as nothing, or as joy.
"""

from __future__ import annotations

import re
from typing import Final

# The date given now, or moved: what tracking or the order "now says".
_MOVED: Final = re.compile(
    r"\b(?:now (?:says|shows|showing|saying)|pushed (?:back )?to|moved to|changed to|rescheduled (?:for|to)|"
    r"agora (?:diz|mostra|aparece)|passou para|adiad[ao] para|"
    r"ahora (?:dice|pone|marca|aparece)|aplazad[ao] (?:al|para)|pasó al|"
    r"(?:indique|affiche|dit) maintenant|maintenant (?:indiqu|affich)|repouss[ée]+e? (?:au|à)|report[ée]+e? (?:au|à)|"
    r"steht jetzt|zeigt jetzt|jetzt steht|verschoben auf|"
    r"ora (?:dice|segna|risulta|indica)|spostat[ao] (?:al|a)|rinviat[ao] (?:al|a))\b",
)
# ... and what it was for: an occasion now missed.
_WAS_FOR: Final = re.compile(
    r"\b(?:(?:it|they|this|that) (?:was|were) (?:meant |supposed to be |needed )?for|"
    r"era(?:n|m)? para|c'?(?:é|e)tait pour|(?:das )?war für|(?:das )?sollte (?:zu|für)|era(?:no)? per)\s"
    r"(?:\S+\s){0,3}?"
    r"(?:christmas|xmas|eve|birthday|bday|anniversary|wedding|party|hanukkah|valentines?|"
    r"natal|consoada|aniversário|aniversario|casamento|festa|"
    r"navidad|nochebuena|nochevieja|reyes|cumpleaños|cumple|boda|fiesta|"
    r"noël|noel|réveillon|reveillon|anniversaire|mariage|fête|fete|"
    r"weihnachten|heiligabend|silvester|geburtstag|hochzeit|feier|"
    r"natale|vigilia|capodanno|befana|compleanno|matrimonio)\b",
)


# Read as praise by a model, the text needs a sign of dismay: a date moved earlier is good news
# ("tracking now says the 22nd, perfect, it was for Christmas Eve 🎄").
_DISMAY: Final = ("😭", "😢", "😩", "😫", "😞", "☹", "🙁", "💔", "😤", "😡", "🤬", "!!", "??")


def missed_occasion(low: str, praised: bool = False) -> bool:
    """A delivery date moved (``low``: the clean text, lower-cased) and the occasion it was for;
    ``praised``: the analysis read praise, so only with a sign of dismay."""
    if praised and not any(mark in low for mark in _DISMAY):
        return False
    return _WAS_FOR.search(low) is not None and _MOVED.search(low) is not None
