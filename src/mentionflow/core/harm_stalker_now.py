"""An ex-partner or abuser who found the customer and is at hand, in en, es, fr, de, it and pt: severe.

A stalking risk (core/harm_risks.py, `stalked`) is elevated harm: someone may find the customer. It
is severe, a person in danger now, when a court already ordered the person away ("restraining
order", "orden de alejamiento", "ordonnance de protection", "Kontaktverbot", "divieto di
avvicinamento", "medida protetiva") or when they came to the customer ("he turned up tonight",
"se presentó en mi casa", "il est venu chez moi", "stand vor meiner Tür", "si è presentato sotto
casa", "apareceu na minha porta"). Read on the tokens (lower case, no punctuation).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from mentionflow.core.harm_lexicon import words

__all__ = ["abuser_at_hand"]

# A protection order named: the danger already judged real.
_ORDER: Final = frozenset(
    words(
        "restraining alejamiento kontaktverbot annäherungsverbot näherungsverbot gewaltschutz "
        "gewaltschutzanordnung restrittivo avvicinamento protetiva protetivas afastamento"
    )
)
_ORDER_PAIRS: Final = frozenset(
    [
        ("protection", "order"),
        ("protective", "order"),
        ("non", "molestation"),
        ("orden", "de"),  # with "protección"/"alejamiento" after it, checked below
        ("ordonnance", "de"),
        ("interdiction", "dapprocher"),
        ("ordem", "de"),
    ]
)
_ORDER_OF: Final = frozenset(words("protección proteccion alejamiento protection restrição restricao afastamento"))
# Came to where the customer is.
_ARRIVED: Final = re.compile(
    r"\b(?:(?:turned|turning|showed|showing) up|(?:came|come|comes) to my (?:door|house|flat|home|work)"
    r"|(?:outside|at) my (?:door|house|flat|home|window)"
    r"|(?:apareció|aparecio|se presentó|se presento|vino|llegó|llego) (?:\w+ )?(?:a|en) mi (?:casa|puerta|trabajo|piso)"
    r"|(?:afuera|fuera|delante) de mi (?:casa|puerta)"
    r"|(?:est venu|sest présenté|sest presente|est arrivé|débarqué) (?:\w+ )?(?:chez moi|à ma porte|devant chez moi)"
    r"|devant chez moi|devant ma porte"
    r"|vor meiner (?:tür|wohnung|haustür)|(?:ist|war) (?:\w+ )?aufgetaucht|stand (?:\w+ )?vor"
    r"|si è presentato|è venuto (?:\w+ )?(?:a casa|sotto casa)|sotto casa mia|davanti a casa mia"
    r"|apareceu (?:\w+ )?(?:em casa|na minha porta|na minha casa|no meu trabalho)|veio (?:até|ate) (?:a )?minha casa"
    r"|na minha porta)\b"
)


def abuser_at_hand(toks: tuple[str, ...]) -> bool:
    """A protection order named or the person come to the customer (see the module doc)."""
    if not _ORDER.isdisjoint(toks):
        return True
    for i, pair in enumerate(pairwise(toks)):
        if pair in _ORDER_PAIRS and (pair[1] != "de" or not _ORDER_OF.isdisjoint(toks[i + 2 : i + 4])):
            return True
    return _ARRIVED.search(" ".join(toks)) is not None
