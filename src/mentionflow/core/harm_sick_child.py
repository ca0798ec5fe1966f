"""A baby or child showing signs of being unwell, in en, es, fr, de, it and pt: a health harm.

"mein Baby (5 Monate) glüht und trinkt nicht mehr", "my 8 month old is burning up and won't
drink", "mi bebé está ardiendo y no quiere beber", "ma fille ne boit plus et elle est brûlante", "il
piccolo scotta e non beve", "o bebé está ardendo e não mama": a fever felt by touch, an infant who
stops drinking or feeding, one who is floppy or won't wake are warning signs a parent tells in
plain words without any illness word the lexicon knows. With a child in the text (the model's
"g:child" group) they are a child's health at risk now, not only "who was there" (the person-only
threshold in core/harm_persons.py would otherwise ask for more). Eating is left out ("my son won't
eat the soggy chips" is a food complaint).
`detect_harm` reads it beside `food_poisoning()` and `lost()` insulin (core/harm.py).
"""

from __future__ import annotations

import re
from typing import Final

from mentionflow.core.harm_lexicon import LEXICON, words

__all__ = ["child_unwell"]

# Signs said of the child: a fever felt by touch, floppiness, not waking.
_FEVER: Final = re.compile(
    r"\b(?:burning up|floppy|lethargic|listless|wont wake|cant wake"
    r"|está ardiendo|esta ardiendo|ardiendo en fiebre|no se despierta|decaído|decaida|decaída"
    r"|brûlant|brûlante|brulant|brulante|amorphe|ne se réveille pas"
    r"|glüht|schlapp|apathisch|teilnahmslos|wacht nicht auf"
    r"|scotta|non si sveglia|apatico|apatica"
    r"|está ardendo|esta ardendo|ardendo em febre|não acorda|nao acorda|molinho|molinha|apático|apática"
    r")\b"
)
# An infant who stops drinking or feeding ("won't drink", "ne boit plus", "trinkt nicht mehr"),
# not a taste ("won't drink the smoothie", "trinkt nicht gern Milch").
_NOT_DRINKING: Final = re.compile(
    # (the child is the one not drinking: "did not feed the children" is a meal not served)
    r"(?:\b(?:(?:isnt|not|stopped|refusing|refuses) (?:drinking|feeding)"
    r"|(?:wont|refuses to|refusing to) (?:drink|feed))"
    r"\b(?! (?:it|that|the|this|them|him|her|us|children|kids))"
    r"|no (?:quiere )?(?:bebe|beber|toma el pecho|toma el biberón)\b(?! (?:el|la|los|las|este|esta|eso))"
    r"|ne boit plus|boit plus rien|ne boit rien|ne tète plus|tète plus"
    r"|trinkt (?:nicht|nichts|kaum)\b(?! (?:gern|gerne|den|die|das))"
    r"|non (?:beve|vuole bere|prende il latte)\b(?! (?:il|lo|la|quel|quella|questo|questa))"
    r"|não (?:bebe|mama|quer beber)\b(?! (?:o|a|esse|essa|este|esta))|nao (?:bebe|mama)\b(?! (?:o|a))"
    r")"
)
_CHILD: Final = frozenset(LEXICON["child"]) | frozenset(words("baby bebé bebe bébé neonato säugling nourrisson"))
_CHILD_WINDOW: Final = 5  # tokens between the child and the fever word ("mein Baby (5 Monate) glüht")
# Food and drink that arrive hot ("il latte per il bambino scotta", "le chocolat chaud brûlant"):
# the thing burns, not the child.
_HOT_THINGS: Final = frozenset(
    words(
        "milk bottle food tea coffee soup chocolate pizza plate leche biberón comida café sopa chocolate plato "
        "lait biberon chocolat soupe assiette plat milch fläschchen essen tee kaffee suppe teller "
        "latte biberon cibo tè caffè zuppa piatto leite mamadeira comida chá sopa prato"
    )
)


def _fever_of_child(tokens: tuple[str, ...]) -> bool:
    text = " ".join(tokens)
    for m in _FEVER.finditer(text):
        i = text.count(" ", 0, m.start())
        before = tokens[max(0, i - _CHILD_WINDOW) : i]
        if not _CHILD.isdisjoint(before) and _HOT_THINGS.isdisjoint(before):
            return True
    return False


# Anchor words: one must be among the tokens before the pattern is tried.
_ANCHORS: Final = frozenset(
    words(
        "burning drink drinking feed feeding floppy lethargic listless wake ardiendo bebe beber toma despierta "
        "decaído decaida decaída brûlant brûlante brulant brulante boit tète amorphe réveille glüht trinkt "
        "schlapp apathisch teilnahmslos wacht scotta beve bere prende sveglia apatico apatica ardendo mama "
        "acorda molinho molinha apático apática"
    )
)


def child_unwell(tokens: tuple[str, ...], fs: set[str]) -> bool:
    """A child in the text and a sign that they are unwell (see the module doc)."""
    if "g:child" not in fs or _ANCHORS.isdisjoint(tokens):
        return False
    return _NOT_DRINKING.search(" ".join(tokens)) is not None or _fever_of_child(tokens)
