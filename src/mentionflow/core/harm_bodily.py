"""A body part caught, crushed, cut or burnt, in en/es/fr/de/it/pt.

"the door closed on my daughter's fingers", "mi hija se quemó la mano con la plancha", "la main de
mon fils coincée dans la porte", "mein Sohn hat sich die Hand aufgeschnitten", "si è tagliato la
mano", "cortou-se na mão": an injury told with a verb of what happened to a hand, a finger or a lip
rather than with an injury word ("injured", "bleeding"). The verb alone is everyday ("power cut",
"caught the train", "quemó el arroz"), and so is the body part ("second hand", "la main sur le
cœur"); a verb next to a body part is an injury. Idioms that pair them ("caught my eye", "cut my
hair", "cut off my right arm for a refund") and conditionals ("if the door closes on a child's
hand", "si se corta la mano") stay with the model.
"""

from __future__ import annotations

from mentionflow.core.elisions import with_elisions
from mentionflow.core.harm_lexicon import LEXICON, words

# Body parts and verbs of harm done to them, per language: "pie", "main", "bras" are English words,
# "partido" a Spanish match. A language the detector does not know reads them all.
_BODY: dict[str, frozenset[str]] = {
    "en": frozenset(
        words(
            "finger fingers thumb hand hands toe toes foot feet lip lips face eye eyes head arm leg knee tongue mouth"
        )
    ),
    "es": frozenset(
        words("dedo dedos pulgar mano manos pie pies labio labios cara ojo cabeza brazo pierna rodilla lengua boca")
    ),
    "fr": with_elisions(
        frozenset(
            words(
                "doigt doigts pouce main mains pied pieds lèvre lèvres visage œil oeil yeux tête bras jambe genou "
                "langue bouche"
            )
        )
    ),
    "de": frozenset(
        words("finger daumen hand hände fuß füße fuss lippe lippen gesicht auge augen kopf arm bein knie zunge mund")
    ),
    "it": with_elisions(
        frozenset(
            words(
                "dito dita pollice mano mani piede piedi labbro labbra faccia viso occhio testa braccio gamba "
                "ginocchio lingua bocca"
            )
        )
    ),
    "pt": frozenset(
        words("dedo dedos polegar mão mãos mao pé pés lábio lábios cara olho cabeça braço perna joelho língua boca")
    ),
}
# What happened to it: caught, crushed, cut, burnt, split (not "hurt", "burned": injury words already).
_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset(words("trapped caught crushed jammed squashed smashed sliced gashed split cut pinched")),
    "es": frozenset(
        words(
            "pilló pillado pillada pillados atrapó atrapado atrapada atrapados aplastó aplastado aplastada "
            "aplastados cortó corté cortado cortada quemó quemé quemada partió"
        )
    ),
    "fr": frozenset(words("coincé coincée coincés coincées écrasé écrasée écrasés écrasées coupé coupée pincé pincée")),
    "de": frozenset(
        words(
            "eingeklemmt geklemmt gequetscht eingequetscht aufgeschnitten geschnitten verbrannt aufgeplatzt zerquetscht"
        )
    ),
    "it": frozenset(
        words(
            "schiacciato schiacciata schiacciate schiacciati incastrato incastrata incastrate incastrati "
            "tagliato tagliata bruciato bruciata spaccato spaccata"
        )
    ),
    "pt": frozenset(
        words(
            "entalou entalado entalada entalados entaladas esmagou esmagado esmagada esmagados cortou cortei "
            "queimou queimei prendeu"
        )
    ),
}
_ALL_BODY = frozenset().union(*_BODY.values())
_ALL_VERBS = frozenset().union(*_VERBS.values())
# A door or a lid that shut on it: "closed on my daughter's fingers", "si è chiusa sulle dita",
# "zugefallen auf die Finger" (German puts the verb last), "fechou-se nos dedos".
_SHUT = frozenset(
    words(
        "closed shut slammed snapped cerró cerro ferme fermé fermée refermé refermée zugefallen "
        "zugeschlagen zugegangen chiusa chiuso fechou fechouse"
    )
)
_ON = frozenset(words("on onto sobre en sur auf sulle sulla sul sui nos nas no na"))
# Idioms that pair a verb with a body part ("caught my eye", "cut off", "se me partió la cara de risa").
_NOT_HURT = frozenset((("caught", "eye"), ("caught", "eyes"), ("split", "head"), ("cut", "head")))
_AFTER_NOT = frozenset(words("off corners corner short hair pelo cheveux haare capelli cabelo risa rire"))
# "you cut the hand luggage allowance", "hand sanitiser": the body word names something else.
_BODY_NOT = frozenset(words("luggage baggage sanitiser sanitizer gel cream wash made written held"))
_IF = frozenset(words("if wenn falls caso imagine imagina imaginez stell"))
_IF_IN = {"es": frozenset(("si",)), "fr": frozenset(("si", "sil"))}  # "si" is reflexive in it/pt
# Injury words the model reads as such; not those it reads as idioms too ("in agony over the wait").
_INJURY = frozenset(LEXICON["injury"]) - frozenset(words("agony hurt fell gefallen sturz"))
_DETERMINERS = frozenset(words("my his her their our your the a both"))
_WINDOW = 4  # "cut his hand", "se quemó la mano", "la main de mon fils coincée"
_SHUT_WINDOW = 5  # "shut on my little boy's hand"


def _shut_on(toks: tuple[str, ...], i: int, j: int) -> bool:
    """A shutting verb at i with "on" between it and the body part at j (either order in German)."""
    lo, hi = min(i, j), max(i, j)
    return not _ON.isdisjoint(toks[lo + 1 : hi]) or (i > j and toks[i] in ("zugefallen", "zugeschlagen"))


def _verb_on_body(toks: tuple[str, ...], i: int, j: int, lang: str | None) -> bool:
    """English verbs are nouns too ("power cut, dad hand-cranked it"): the verb takes the body part as
    its object ("cut my finger", "trapped my wife's fingers") or follows it ("fingers trapped", "lip split")."""
    if lang not in ("en", None):
        return True
    return (i > j and i - j <= 3) or (i < j and toks[i + 1] in _DETERMINERS)


def body_part_hurt(toks: tuple[str, ...], lang: str | None) -> bool:
    """A body part with a verb of harm done to it next to it, said as fact."""
    if not _INJURY.isdisjoint(toks):
        return False  # "cut my mouth, bleeding": an injury word the model reads (and picks the kind of)
    if not _IF.isdisjoint(toks) or not _IF_IN.get(lang or "", frozenset()).isdisjoint(toks):
        return False
    body = _BODY.get(lang or "", _ALL_BODY)
    verbs = _VERBS.get(lang or "", _ALL_VERBS)
    for j, b in enumerate(toks):
        if b not in body or not _BODY_NOT.isdisjoint(toks[j + 1 : j + 2]):
            continue
        for i in range(max(0, j - _SHUT_WINDOW), min(len(toks), j + _SHUT_WINDOW + 1)):
            v = toks[i]
            if v in verbs and abs(i - j) <= _WINDOW and _verb_on_body(toks, i, j, lang):
                if (v, b) in _NOT_HURT or not _AFTER_NOT.isdisjoint(toks[i + 1 : i + 3]):
                    continue
                return True
            if v in _SHUT and b not in ("face", "visage", "cara", "faccia", "gesicht") and _shut_on(toks, i, j):
                return True
    return False


ANCHORS = _ALL_BODY
