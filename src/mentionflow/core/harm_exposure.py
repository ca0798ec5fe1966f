"""Medicine left out in the snow or the sun, in en, es, fr, de, it and pt: a health risk.

"left my pharmacy bag on the step in the snow for 2h ... theres insulin in there", "dejaron la
insulina en la puerta al sol toda la tarde", "le livreur a laissé mon insuline dehors sous la neige",
"Insulin stundenlang in der Hitze vor der Tür abgestellt", "hanno lasciato l'insulina fuori al sole",
"deixaram a insulina na porta debaixo de sol": a temperature-sensitive medicine (insulin, an
adrenaline pen, a vaccine) that sat in the cold or the heat may no longer work, however casually it
is told ("lol", "kinda need it tonight"). Three things are needed, close together: the medicine,
the cold or heat, and that it was left or sat there (a place outside, a leaving verb, hours). A
policy question ("do you deliver insulin in summer?") names no leaving, and a conditional ("if
insulin is left in the sun ...") reports nothing. `detect_harm` reads it beside `lost()` (a critical
medicine lost): core/harm_severity.py.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from mentionflow.core.harm_lexicon import words

__all__ = ["SENSITIVE_MEDS", "medicine_exposed"]

# Medicines that spoil in the cold or the heat.
SENSITIVE_MEDS: Final = frozenset(
    words(
        "insulin insulina insuline linsuline linsulina epipen epipens adrenaline adrenalina adrenalin "
        "vaccine vaccines vacuna vacunas vaccin vaccins impfstoff vaccino vaccini vacina vacinas"
    )
)
# Snow, frost, heat, the sun: not a bare "cold" ("cold chain", "a cold bag" is how it should come).
_EXPOSURE: Final = frozenset(
    words(
        "snow snowing snowstorm frozen froze freezing frost icy heat heatwave sun sunshine baking boiling hot "
        "nieve nevando helada congelada congelado congelados calor sol "
        "neige gel gelée gelé congelée congelé chaleur soleil canicule "
        "schnee frost gefroren eiskalt hitze sonne "
        "neve gelo gelata gelato congelata congelato caldo sole "
        "geada congelou calor sol"
    )
)
# Left or sat there: a leaving verb, a place outside, hours.
_LEFT: Final = frozenset(
    words(
        "left sat sitting outside doorstep step porch hours hrs 2h 3h 4h "
        "dejaron dejó dejo dejado dejada fuera afuera puerta horas "
        "laissé laissée laissés laissait dehors paillasson porte heures "
        "abgestellt gelassen liegen lag draußen haustür tür stunden "
        "lasciato lasciata lasciati fuori porta zerbino ore "
        "deixaram deixou deixado deixada fora porta horas"
    )
)
# A conditional asks about a case; it reports none. "Need to know if they're still ok" asks
# whether the medicine still works: an "if" after a knowing word is no conditional.
_IF: Final = frozenset(words("if wenn falls"))
_ASKING: Final = frozenset(words("know sure wonder wondering wondered ask asking check tell idea unsure"))
# The heat or frost as a reading: "in 29 degrees", "35 grados", "30°C" (tokens "30", "c"), "-5 Grad".
_DEGREES: Final = frozenset(words("degrees degree grados grado degrés degré grad gradi graus c ºc °c º"))
_HOT_FROM: Final = 25
_WINDOW: Final = 15


def _conditional(tokens: tuple[str, ...]) -> bool:
    return any(t in _IF and (i == 0 or tokens[i - 1] not in _ASKING) for i, t in enumerate(tokens))


def _degrees_hot(tokens: tuple[str, ...]) -> bool:
    """A reading of 25 degrees or more ("in 29 degrees", "a 35 grados"): heat that spoils medicine."""
    return any(b in _DEGREES and a.isdigit() and int(a) >= _HOT_FROM for a, b in pairwise(tokens))


def medicine_exposed(tokens: tuple[str, ...]) -> bool:
    """A temperature-sensitive medicine left in the snow, frost, heat or sun (see the module doc)."""
    if SENSITIVE_MEDS.isdisjoint(tokens) or (not _IF.isdisjoint(tokens) and _conditional(tokens)):
        return False
    for i, t in enumerate(tokens):
        if t in SENSITIVE_MEDS:
            near = tokens[max(0, i - _WINDOW) : i + _WINDOW + 1]
            if (not _EXPOSURE.isdisjoint(near) or _degrees_hot(near)) and not _LEFT.isdisjoint(near):
                return True
    return False
