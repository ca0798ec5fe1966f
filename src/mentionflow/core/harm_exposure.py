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
        "left sat sitting outside doorstep step porch hours 2h 3h 4h "
        "dejaron dejó dejo dejado dejada fuera afuera puerta horas "
        "laissé laissée laissés laissait dehors paillasson porte heures "
        "abgestellt gelassen liegen lag draußen haustür tür stunden "
        "lasciato lasciata lasciati fuori porta zerbino ore "
        "deixaram deixou deixado deixada fora porta horas"
    )
)
# A conditional asks about a case; it reports none.
_IF: Final = frozenset(words("if wenn falls"))
_WINDOW: Final = 15


def medicine_exposed(tokens: tuple[str, ...]) -> bool:
    """A temperature-sensitive medicine left in the snow, frost, heat or sun (see the module doc)."""
    if SENSITIVE_MEDS.isdisjoint(tokens) or _EXPOSURE.isdisjoint(tokens) or not _IF.isdisjoint(tokens):
        return False
    for i, t in enumerate(tokens):
        if t in SENSITIVE_MEDS:
            near = tokens[max(0, i - _WINDOW) : i + _WINDOW + 1]
            if not _EXPOSURE.isdisjoint(near) and not _LEFT.isdisjoint(near):
                return True
    return False
