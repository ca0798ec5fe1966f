"""Food that came hot is praise of the delivery, whatever "still" the sentence holds.

"rider at my door at 12:09 with the ramen still too hot to eat 🔥🍜 unreal", "pizza still piping hot",
"a comida chegou ainda a escaldar": the heat is the point (cold food is the classic complaint), and
"still" or "too" read as a problem that persists or an excess to the rules. Only with the arrival
told ("at my door", "arrived", "in 15 min") and no failure beside it ("but they forgot the drinks").
"""

from __future__ import annotations

import re
from typing import Final

_HOT: Final = re.compile(
    r"\b(?:(?:still|piping|steaming) hot|too hot to eat|still steaming|"
    r"todavía caliente|aún caliente|recién hech[ao]|encore (?:tout )?chaud|bien chaud|noch (?:ganz )?heiß|"
    r"ancora (?:bollente|calda|caldo)|ainda (?:quente|a escaldar))\b",
)
_ARRIVED: Final = re.compile(
    r"\b(?:at (?:my|the) door|arrived|delivered|came|turned up|(?:in|en|em) \d+ ?min|\d{1,2}[:.]\d{2}|"
    r"llegó|llego|arrivé|arrivée|livré|livrée|angekommen|geliefert|arrivato|arrivata|consegnat[ao]|chegou|entregue)",
)
_FAILED: Final = re.compile(
    r"\b(?:but|however|except|forgot|forgotten|missing|wrong|cold|late|pero|mais|aber|però|ma|mas|faltó|faltaba)\b|"
    r"\b(?:oubli|vergess|dimenticat|esquec)",
)


def served_hot(low: str) -> bool:
    """The food arrived hot (``low``: the clean text, lower-cased), with nothing gone wrong beside it."""
    return _HOT.search(low) is not None and _ARRIVED.search(low) is not None and _FAILED.search(low) is None
