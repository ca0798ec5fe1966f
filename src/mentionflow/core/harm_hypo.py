"""A blood sugar low happening now, told in plain words, in en, es, fr, de, it and pt: a health harm.

"I'm type 1, sugar dropping, bit shaky", "soy diabética y me está bajando el azúcar", "je suis en
hypo", "Blutzucker im Keller, ich zittere", "sono diabetico e ho la glicemia bassa", "estou com
hipoglicemia": a diabetic person going low needs sugar now, however casually it is told ("lol",
"tbh", "cheers"). A hypoglycaemia word says it alone; sugar said to fall or be low needs a sign it is
a person's blood (diabetes, "type 1", insulin) or a symptom (shaky, dizzy, faint). Not when it is
asked about as a case ("what if my sugar drops on board?", "si me baja el azúcar") nor negated
("no hypo since"). core/harm_risks.py reads it as health harm.
Read on the tokens (lower case, no punctuation).
"""

from __future__ import annotations

from typing import Final

from mentionflow.core.harm_lexicon import words

__all__ = ["LOW_SUGAR_ANCHORS", "low_sugar_now"]

# Hypoglycaemia named: the low itself.
_HYPO: Final = frozenset(
    words(
        "hypo hypos hypoglycemia hypoglycaemia hypoglycemic hypoglycaemic hipoglucemia hipoglicemia hipo "
        "hypoglycémie hypoglycemie unterzucker unterzuckerung unterzuckert hypoglykämie ipoglicemia"
    )
)
_SUGAR: Final = frozenset(
    words(
        "sugar sugars glucose bgl azúcar azucar glucosa glucemia sucre glycémie glycemie zucker blutzucker "
        "zuckerwert zucchero glicemia glicose açúcar acucar"
    )
)
# Falling or low: "sugar dropping", "bajón de azúcar", "glycémie basse", "Zucker im Keller".
_FALLING: Final = frozenset(
    words(
        "low lows dropping dropped drops crashing crashed falling plummeting tanking tanked "
        "baja bajo bajando bajó bajón cayendo "
        "basse bas chute chuté baisse "
        "niedrig niedriger fällt gefallen sinkt keller "
        "basso bassa scende scesa calando crollata crollo "
        "baixo baixa caindo baixou despencando"
    )
)
# A person's blood sugar: diabetes, its type, insulin ("I'm type 1", "T1D", "tipo 1", "Typ 1").
_DIABETES: Final = frozenset(
    words(
        "diabetic diabetes t1d t2d type1 insulin diabético diabética diabetes insulina diabétique diabète insuline "
        "diabetiker diabetikerin diabetes insulin diabetico diabetica insulina diabético diabética"
    )
)
_TYPE: Final = frozenset(words("type tipo typ"))
# How a low feels: shaky, dizzy, faint, sweating, confused.
_SYMPTOMS: Final = frozenset(
    words(
        "shaky shaking trembling dizzy faint fainting lightheaded sweaty sweating confused "
        "temblando temblores tembloroso temblorosa mareado mareada mareo desmayo sudando "
        "tremble tremblante étourdi étourdie vertige malaise tremblements "
        "zittrig zittere zittern schwindelig schwindlig schwach "
        "tremo tremante tremando vertigini capogiro svenire sudato "
        "tremendo tremedeira tonto tonta tontura tonturas suando"
    )
)
# A case asked about, or the low denied: "if my sugar drops", "no hypos since".
_IF: Final = frozenset(words("if wenn falls caso si qualora"))
_NO: Final = frozenset(words("no not never kein keine keinen nie pas non não nao nunca jamais"))
LOW_SUGAR_ANCHORS: Final = _HYPO | _SUGAR
_WINDOW = 3
_IF_WINDOW = 5  # "si me baja el azúcar": the case asked about a few words before


def _diabetic(toks: tuple[str, ...]) -> bool:
    """Diabetes named, or its type said as a number ("I'm type 1", "tipo 1", "Typ 2")."""
    if not _DIABETES.isdisjoint(toks):
        return True
    return any(t in _TYPE and toks[i + 1 : i + 2] in (("1",), ("2",)) for i, t in enumerate(toks))


def low_sugar_now(toks: tuple[str, ...]) -> bool:
    """Whether a person's blood sugar is low now (see the module doc)."""
    for i, t in enumerate(toks):
        if t not in LOW_SUGAR_ANCHORS:
            continue
        if not _IF.isdisjoint(toks[max(0, i - _IF_WINDOW) : i]) or not _NO.isdisjoint(toks[max(0, i - 2) : i]):
            continue
        if t in _HYPO and (t not in ("hypo", "hipo") or _diabetic(toks) or not _SYMPTOMS.isdisjoint(toks)):
            return True
        near = toks[max(0, i - _WINDOW) : i + _WINDOW + 1]
        if t in _SUGAR and not _FALLING.isdisjoint(near) and (_diabetic(toks) or not _SYMPTOMS.isdisjoint(toks)):
            return True
    return False
