"""A named medicine swapped or someone else's: "venía el paracetamol de otra persona", "you sent
ibuprofen instead of my antibiotics", "statt meinem Ibuprofen lag ein fremdes Antibiotikum drin".

Everyday drug names (painkillers, antibiotics, blood thinners' generic names) are no harm word
on their own: "the paracetamol was missing from my order" is a grocery complaint. Beside a sign
that the medicine is the wrong one or another person's, they count as medication: a wrong
medicine in someone's hands is a health risk. `harm_tokens` (core.harm) then adds the concept
word "medication" to the tokens the model reads.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from mentionflow.core.elisions import with_elisions
from mentionflow.core.harm_lexicon import words

# (and their elided spellings: "l'antibiotique", "l'aspirina")
DRUG_NAMES: Final = with_elisions(
    frozenset(
        words(
            "paracetamol paracétamol paracetamolo acetaminophen ibuprofen ibuprofeno ibuprofène ibuprofene "
            "aspirin aspirina aspirine "
            "antibiotics antibiotic antibióticos antibiótico antibiotiques antibiotique antibiotika antibiotikum "
            "antibiotici antibiotico warfarin warfarina acenocumarol acenocoumarol"
        )
    )
)
# The wrong one or another's: "instead of", "someone else's", "wrong", "equivocado", "statt",
# "sbagliato", "errado" ...
SWAP_WORDS: Final = frozenset(
    words(
        "instead elses wrong equivocado equivocada equivocados ajeno ajena mauvais mauvaise "
        "statt anstatt falsche falsches falschen fremdes fremde fremden invece sbagliato sbagliata errado errada"
    )
)
# ... and the pairs whose words alone are everyday ("otra vez" is "again"): "en vez", "otra
# persona", "à la place", "d'un autre client", "einer anderen Person", "al posto", "no lugar".
_SWAP_PAIR_TEXT: Final = (
    "en vez,en lugar,otra persona,otro cliente,otro paciente,la place,autre client,autre personne,"
    "autre patient,anderen person,anderer person,anderen kunden,al posto,altra persona,altro cliente,"
    "unaltra persona,no lugar,em vez,outra pessoa,outro cliente"
)
SWAP_PAIRS: Final = frozenset(tuple(p.split()) for p in _SWAP_PAIR_TEXT.split(","))
_MEDICATION: Final = ("medication",)


def named_drug_swapped(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """``tokens`` with "medication" added when a drug name stands beside a swap cue (see above)."""
    if DRUG_NAMES.isdisjoint(tokens):
        return tokens
    if SWAP_WORDS.isdisjoint(tokens) and not any(p in SWAP_PAIRS for p in pairwise(tokens)):
        return tokens
    return tokens + _MEDICATION
