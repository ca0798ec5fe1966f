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


# A reaction seen on the face, in the throat or on the skin: "his lips are a bit puffy", "throat feels a
# bit tight", "le salieron ronchas en la cara", "ses lèvres gonflent", "die Lippen jucken", "la gola
# chiusa", "a boca a arder". Told after a named allergen it is the allergic reaction itself, however
# lightly it is put ("not a big deal but", "I'm sure it's fine"): the understatement is the writer's.
_REACTING_PARTS: Final = frozenset(
    words(
        "lips lip throat tongue face mouth eyes skin "
        "labios labio garganta lengua cara boca ojos piel "
        "lèvres lèvre gorge langue visage bouche yeux peau "
        "lippen lippe hals zunge gesicht mund augen haut "
        "labbra labbro gola lingua faccia viso bocca occhi pelle "
        "lábios lábio garganta língua rosto boca olhos pele"
    )
)
_REACTION_SIGNS: Final = frozenset(
    words(
        "puffy puffed tight tightening tingling tingly itchy itching itches blotchy rash hives burning closing "
        "swollen swelling swelled "
        "hinchados hinchadas hinchado hinchada hinchazón pica picor picazón cerrando cerrada apretada ronchas "
        "granos ardor arde "
        "gonflées gonflée gonflés gonflé gonflent gonfle gratte démange démangeaisons serrée plaques boutons brûle "
        "geschwollen dick juckt jucken kribbelt ausschlag quaddeln brennt "
        "gonfie gonfia gonfio gonfiano prude prurito chiusa stretta bolle macchie brucia pizzica "
        "inchados inchadas inchado inchada coceira comichão apertada fechada fechando manchas borbulhas arder arde"
    )
)
_REACTION_WINDOW: Final = 4


def reaction_seen(tokens: tuple[str, ...], features: set[str]) -> bool:
    """A named food allergen, and a face, throat or skin said to be reacting (see above)."""
    if "g:allergen" not in features or _REACTING_PARTS.isdisjoint(tokens) or _REACTION_SIGNS.isdisjoint(tokens):
        return False
    return any(
        t in _REACTING_PARTS
        and not _REACTION_SIGNS.isdisjoint(tokens[max(0, i - _REACTION_WINDOW) : i + _REACTION_WINDOW + 1])
        for i, t in enumerate(tokens)
    )
