"""Hours held on the tarmac are being stranded: a major complaint.

"4 hours on the tarmac, no water", "4 horas en pista con dos niños", "deux heures sur le tarmac",
"3 Stunden auf dem Rollfeld", "tre ore in pista", "duas horas na pista": passengers shut in a
plane that does not leave, for hours, are stranded as surely as "stuck" says (the contract's
major complaint, care-escalations). Hours only (plural: "1 hour" or "40 minutes" on the tarmac
is a delay), beside the tarmac or runway in the same sentence; the plane itself is no such place
("6 hours on the plane" is a flight).
"""

from __future__ import annotations

import re
from typing import Final

_NUMBER = (
    r"(?:[2-9]|[1-9]\d|two|three|four|five|six|seven|eight|dos|tres|cuatro|cinco|seis|siete|ocho|deux|trois|"
    r"quatre|cinq|six|sept|huit|zwei|drei|vier|fünf|sechs|sieben|acht|due|tre|quattro|cinque|sei|sette|otto|"
    r"duas|dois|três|quatro|sete|oito)"
)
# Hours as a count ("4 hours", "4h", "zwei Stunden") or as "hours" alone ("hours on the tarmac",
# "des heures sur le tarmac", "stundenlang auf dem Rollfeld").
_HOURS = rf"(?:{_NUMBER}\s*(?:h|hrs|hours|horas|heures|stunden|std|ore)|(?:hours|horas|heures|stunden|ore)|stundenlang)"
# (Not a sports or dance "pista de tenis".)
_PLACE = (
    r"(?:tarmac|runway|apron|pista(?! de (?:tenis|baile|esquí|pádel|padel|patinaje|dança|danza))"
    r"|piste|rollfeld|vorfeld|startbahn)"
)
_PLACE_WORDS: Final = frozenset({"tarmac", "runway", "apron", "pista", "piste", "rollfeld", "vorfeld", "startbahn"})
# Either order, in one sentence, a few words apart.
_HELD_RE: Final = re.compile(
    rf"(?<![\w.,]){_HOURS}(?!\w)[^.!?\n]{{0,40}}?\b{_PLACE}\b|\b{_PLACE}\b[^.!?\n]{{0,40}}?(?<![\w.,]){_HOURS}(?!\w)"
)


def held_on_tarmac(low: str, tokens: tuple[str, ...]) -> bool:
    """Hours spent held on the tarmac or runway (``low``: lower-cased text, ``tokens`` its words)."""
    return not _PLACE_WORDS.isdisjoint(tokens) and _HELD_RE.search(low) is not None
