"""A free-from item swapped for the plain one, for someone who cannot eat it: a health risk.

"substituted my gluten-free bread with a regular baguette ... for my coeliac husband", "cambiaron la
leche sin lactosa por una normal y soy intolerante", "glutenfreies Brot durch normales ersetzt, ich
habe Zöliakie": the swap alone is a wrong item (`irony_acts.free_from_swapped`); beside a declared
condition (coeliac, allergic, intolerant) it puts the allergen in front of the person who ordered
around it, however sarcastic the telling ("10/10 for my coeliac husband"). `detect_harm` reads it
beside a critical medicine lost (core/harm.py).
"""

from __future__ import annotations

from typing import Final

from mentionflow.core.harm_lexicon import words
from mentionflow.core.irony_acts import free_from_swapped

# A condition that makes the allergen a risk, declared in any supported language.
_CONDITIONS: Final = frozenset(
    words(
        "coeliac celiac coeliacs celiacs allergic allergy allergies intolerant intolerance anaphylaxis "
        "celíaco celíaca celiaco celiaca alérgico alérgica alergia intolerante "
        "cœliaque coeliaque allergique allergie intolérant intolérante "
        "zöliakie zöliakiker zöliakikerin allergisch allergie unverträglichkeit "
        "celiachia celiachiaco allergico allergica intollerante intolleranza "
        "alérgicos intolerância"
    )
)


def allergen_swapped(tokens: tuple[str, ...], clean: str) -> bool:
    """A free-from item swapped for a plain one beside a declared condition (see the module doc)."""
    return not _CONDITIONS.isdisjoint(tokens) and free_from_swapped(clean.lower())
