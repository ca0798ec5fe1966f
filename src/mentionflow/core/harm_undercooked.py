"""Undercooked meat and an illness after it, in en, es, fr, de, it and pt: food-safety harm.

"the chicken was pink inside, been on the loo all night", "el pollo estaba crudo por dentro y llevo
toda la noche con diarrea", "le poulet était cru, j'ai vomi toute la nuit", "das Hähnchen war innen
roh, seitdem Durchfall", "il pollo era crudo dentro, ho vomitato tutta la notte", "o frango vinha
cru por dentro e passei a noite a vomitar"... even when it is told with a laugh ("lol cheers 😂"):
raw meat eaten and someone ill is a food-safety case. Raw meat alone is a complaint about the
food ("burger was a bit pink, not great"), and so is an illness with no undercooked meat.
Infinitives of being sick are left out ("da vomitare", "de vomitar" say disgust, not illness).
`undercooked_and_ill()` is called by `core.harm_risks.risk_statement` before the trigger gate.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from mentionflow.core.harm_lexicon import LEXICON, words

__all__ = ["MEATS", "undercooked_and_ill"]

MEATS: Final = frozenset(
    words(
        "chicken pork burger burgers poultry sausage sausages turkey nuggets "
        "pollo cerdo hamburguesa salchichas pavo "
        "poulet porc burger saucisses dinde "
        "hähnchen hühnchen huhn schwein schweinefleisch burger würstchen pute "
        "pollo maiale hamburger salsicce tacchino "
        "frango porco hambúrguer hamburguer salsichas peru"
    )
)
_RAW: Final = frozenset(
    words(
        "pink raw undercooked uncooked bloody crudo cruda crudos rosado rosada cru crue crus rose "
        "rosé rosée rosés roh rohe rohes roher rosa innen crudo cruda crudi crude rosa cru crua cruas mal"
    )
)
_RAW_WINDOW: Final = 5
# Ill after it: on the loo or the toilet all night, sick, vomiting, diarrhoea, stomach cramps.
_OWN_ILL: Final = frozenset(
    words(
        "vomiting vomited puking puked diarrhoea diarrhea cramps poorly "
        "vomitando vomité vomitó diarrea retortijones "
        "vomi vomis vomit vomissements diarrhée "
        "erbrochen übergeben durchfall bauchkrämpfe brechdurchfall "
        "vomitato vomitando diarrea crampi "
        "vomitei vomitou vomitando diarreia cólicas"
    )
)
# Every illness word of the concept lexicon counts too ("fiebre", "malade", "febbre", "enferma"): a list
# of its own here missed each inflection a new set used. Not the raw words themselves ("crudo" is in it),
# nor "sick", which is also "sick of this" (it counts in "been sick", "was sick" below).
_ILL: Final = _OWN_ILL | (frozenset(LEXICON["illness"]) - _RAW - frozenset(words("raw undercooked sick throwing")))
_ILL_PAIRS: Final = frozenset(
    [("the", "loo"), ("the", "toilet"), ("been", "sick"), ("threw", "up"), ("throwing", "up"), ("was", "sick")]
)


def undercooked_and_ill(toks: tuple[str, ...]) -> bool:
    """Meat said to be raw or pink, and someone ill after it."""
    if MEATS.isdisjoint(toks) or _RAW.isdisjoint(toks):
        return False
    if _ILL.isdisjoint(toks) and _ILL_PAIRS.isdisjoint(pairwise(toks)):
        return False
    return any(
        t in MEATS and not _RAW.isdisjoint(toks[i + 1 : i + 1 + _RAW_WINDOW] + toks[max(0, i - 2) : i])
        for i, t in enumerate(toks)
    )
