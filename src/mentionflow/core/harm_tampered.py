"""Food or drink tampered with on its way, in en, es, fr, de, it and pt: a health risk.

"bag seal ripped open, 2 nuggets gone and the milkshake lid was off with the straw already USED ...
this is tampering, not a 'missing item'", "el precinto de la bolsa roto y la pajita ya usada", "le
sceau du sac arraché, des frites en moins", "Siegel der Tüte aufgerissen, Burger angebissen",
"sigillo del sacchetto rotto e la cannuccia già usata", "lacre do saco violado e o hambúrguer
mordido". Someone had the food in their mouth or hands: not a missing item but a health risk. The
seal broken alone is packaging ("the seal on my parcel was torn"); it counts beside food used, bitten
or gone, or the writer's own word for tampering.

Each check reads ``low``, the clean text lower-cased once by the caller (see core/harm_acts.py).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["food_tampered"]

_SEAL_BROKEN: Final = re.compile(
    r"\b(?:seal (?:was |had been |has been )?(?:ripped|torn|broken|opened|cut|peeled)|"
    r"(?:ripped|torn|broken|opened) seal|"
    r"precinto (?:\w+ ){0,4}?(?:roto|abierto|arrancado)|"
    r"(?:scellé|sceau|scellage|autocollant de sécurité) (?:\w+ ){0,4}?(?:cassé|déchiré|arraché|ouvert|décollé)|"
    r"siegel (?:\w+ ){0,4}?(?:gebrochen|aufgerissen|offen|geöffnet|kaputt)|"
    r"sigillo (?:\w+ ){0,4}?(?:rotto|strappato|aperto)|"
    r"lacre (?:\w+ ){0,4}?(?:rompido|violado|aberto|arrancado))\b"
)
# Someone else had it: a straw or a cup used, a bite taken, food eaten from it.
_USED: Final = re.compile(
    r"\b(?:(?:straw|cup|lid|fork|spoon) (?:was )?(?:already )?used|(?:already )?used straw|bitten|"
    r"bite (?:taken|out of)|"
    r"someone (?:had )?(?:eaten|drunk|drank|taken)|(?:had|has) their mouth on|"
    r"(?:pajita|pajilla|vaso) (?:ya )?usad[ao]|mordid[ao]|alguien (?:se ha )?comid[ao]|"
    r"paille (?:déjà )?utilisée|croqué|entamée?|quelqu'?un a (?:mangé|bu)|"
    r"strohhalm (?:schon )?benutzt|angebissen|angetrunken|jemand hat (?:davon )?(?:gegessen|getrunken)|"
    r"cannuccia (?:già )?usata|morsicat[ao]|morsa|qualcuno ha (?:mangiato|bevuto)|"
    r"canudo (?:já )?usado|mordid[ao]|alguém (?:comeu|bebeu))\b"
)
_GONE: Final = re.compile(
    r"\b(?:\d+ (?:\w+ )?(?:gone|missing|eaten)|(?:fries|chips|nuggets|wings|slice|slices) (?:gone|missing|eaten)|"
    r"faltan|me faltan|(?:il )?manque|en moins|fehlen|fehlten|mancano|mancavano|faltam|faltavam)\b"
)
_TAMPERING: Final = re.compile(
    r"\b(?:tamper(?:ed|ing)|manipulad[ao]|manipulación|trafiqué(?:e|s)?|manipuliert|manomess[ao]|"
    r"adulterad[ao]|violad[ao])\b"
)
_FOOD: Final = re.compile(
    r"\b(?:food|meal|order|bag|drink|milkshake|shake|burger|nuggets|fries|pizza|coffee|comida|pedido|bolsa|bebida|"
    r"repas|commande|sac|boisson|essen|bestellung|tüte|getränk|cibo|ordine|sacchetto|bevanda|"
    r"pedido|saco|sacola|bebida)\b"
)


def food_tampered(low: str) -> bool:
    """A meal's seal broken with food used, bitten or gone, or tampering named (see the module doc)."""
    if _FOOD.search(low) is None:
        return False
    if _SEAL_BROKEN.search(low) is not None and (_USED.search(low) or _GONE.search(low) or _TAMPERING.search(low)):
        return True
    return _TAMPERING.search(low) is not None and _USED.search(low) is not None
