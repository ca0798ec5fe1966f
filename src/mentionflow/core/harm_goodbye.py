"""A self-harm hint made of two signs, the writer's own or a friend's, in en, es, fr, de, it and pt.

"honestly might just disappear at this point 🙃 not like anyone would notice 💀", a flatmate who
"won't open her door, and tonight she texted me 'i can't do this anymore, sorry for everything'",
"sie schreibt mir, dass sie seit 2 Tagen nix gegessen hat und nicht mehr weiß, wie es weitergehen
soll". Each sign alone is everyday ("disappear for a week on holiday", "sorry for everything, my bad",
"I can't do this anymore, 3 hours on hold", "ich weiß nicht, wie es weitergehen soll mit dem
Vertrag"); two different ones together are a hint the safety team must own (self_harm, severe):

* vanishing: "might just disappear", "quiero desaparecer", "je pourrais disparaître", "einfach
  verschwinden", "vorrei sparire", "queria sumir" (not "disappear for/from/on ..." a trip or an app);
* unnoticed: "not like anyone would notice", "nadie lo notaría", "personne ne le remarquerait",
  "würde eh keiner merken", "nessuno se ne accorgerebbe", "ninguém ia notar";
* no way on: "can't do this anymore" (bare "this", not "this app"), "can't go on", "don't know how
  to go on", "no sé cómo seguir", "je sais plus comment continuer", "weiß nicht mehr, wie es
  weitergehen soll", "non so più come andare avanti", "não sei mais como continuar";
* a goodbye: "sorry for everything", "perdón por todo", "pardon pour tout", "sorry für alles",
  "scusate per tutto", "desculpa por tudo";
* withdrawn: not eating for days, not opening the door, not answering.

Each check reads ``low``, the clean text lower-cased once by the caller (see core/harm_acts.py).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["despair_signs"]

_SIGNS: Final = (
    # vanishing, with no trip, app or place after it
    re.compile(
        r"\b(?:might|could|should|gonna|going to|want to|wanna|just) (?:just )?(?:disappear|vanish)"
        r"(?! (?:for|from|on|to|into|with|off|in)\b| at (?!this point))|"
        r"(?:quiero|podría|voy a|me gustaría) (?:simplemente )?desaparecer(?! (?:de|del|por|unos|una))|"
        r"(?:pourrais|veux|voudrais|vais) (?:juste |simplement )?disparaître(?! (?:de|du|des|pour|en|à))|"
        r"(?:könnte|will|möchte|würde) (?:am liebsten |einfach )*verschwinden|"
        r"(?:vorrei|voglio|potrei) (?:solo |semplicemente )?(?:sparire|scomparire)(?! (?:da|dal|per|in))|"
        r"(?:queria|quero|podia|vou) (?:só |simplesmente )?(?:sumir|desaparecer)(?! (?:do|da|de|por|pra|para))"
    ),
    # unnoticed, uncared for
    re.compile(
        r"\b(?:not like|as if|and) (?:anyone|anybody) (?:would|will|'?d) (?:notice|care|miss me)|"
        r"(?:no one|nobody|noone) (?:would|will|'?d) (?:even )?(?:notice|care|miss me)|"
        r"nadie (?:lo )?(?:notaría|notaria|se daría cuenta|me echaría de menos)|"
        r"personne (?:ne )?(?:le |s'en )?(?:remarquerait|rendrait compte)|"
        r"(?:würde|merkt|merkte) (?:eh |es )?(?:keiner|niemand)(?: merken)?\b|niemand würde (?:es )?merken|"
        r"nessuno (?:se ne )?(?:accorgerebbe|noterebbe)|"
        r"ninguém (?:ia|iria|vai) (?:notar|perceber|sentir (?:a )?(?:minha )?falta)|ninguém notaria"
    ),
    # no way on
    re.compile(
        r"\b(?:can'?t|cannot|cant) (?:do this|go on|keep going)(?: any ?more)?(?! \w)|"
        r"(?:don'?t|dont) know how (?:to|i can) (?:go on|keep going|carry on)|"
        r"no sé (?:cómo|como) seguir|ya no puedo seguir|"
        r"(?:ne )?sais (?:plus|pas) comment continuer|"
        r"(?:nicht mehr|nicht) (?:weiß|weiss),? wie es weiter(?:gehen soll|geht)|"
        r"(?:weiß|weiss) (?:nicht mehr|nicht),? wie es weiter(?:gehen soll|geht)|"
        r"non so (?:più )?come andare avanti|"
        r"não sei (?:mais )?como (?:continuar|seguir)"
    ),
    # a goodbye
    re.compile(
        r"\b(?:sorry|i'?m sorry) for everything|"
        r"(?:perdón|perdon|lo siento|perdonadme|perdóname) por todo|"
        r"(?:pardon|désolée?|desolee?) pour tout|"
        r"(?:sorry|entschuldigung|es tut mir leid|tut mir leid|verzeiht mir) (?:für|fuer) alles|"
        r"(?:scusa|scusate|scusatemi|mi dispiace) per tutto|"
        r"(?:desculpa|desculpem|desculpe|perdão) por tudo"
    ),
    # withdrawn: not eating for days, the door shut to friends
    re.compile(
        r"\b(?:(?:hasn'?t|has not|not|haven'?t|havent|hasnt) eaten (?:in|for) (?:\d+|two|three|days)|"
        r"won'?t open (?:her|his|the|their) door|"
        r"no (?:ha )?com(?:e|ido) (?:nada )?(?:en|desde hace) (?:\d+|dos|tres) días|"
        r"n'a (?:rien )?mangé depuis|n'ouvre (?:plus|pas) (?:sa|la) porte|"
        r"seit (?:\d+|zwei|drei) tagen (?:nix|nichts) gegessen|(?:nix|nichts) gegessen seit|"
        r"macht (?:die|ihre|seine) tür nicht auf|"
        r"non mangia da (?:\d+|due|tre) giorni|non apre (?:la|più la) porta|"
        r"não (?:come|comeu nada) há (?:\d+|dois|três) dias|não abre a porta)"
    ),
)


# Words every alternative of each sign contains, tested before its regex: the regexes open with a
# word alternation, which sre tries at every position (~20 us a mention for the five of them).
_ANCHORS: Final = (
    ("disappear", "vanish", "desaparecer", "disparaître", "verschwinden", "sparire", "scomparire", "sumir"),
    ("notice", "care", "miss me", "nadie", "personne", "keiner", "niemand", "nessuno", "ninguém"),
    ("do this", "go on", "keep going", "carry on", "seguir", "continuer", "weiter", "avanti", "continuar"),
    ("everything", "todo", "tout", "alles", "tutto", "tudo"),
    ("eaten", "door", "com", "mangé", "porte", "gegessen", "tür", "mangia", "porta"),
)


def despair_signs(low: str) -> bool:
    """Two different despair signs in one mention (see the module doc)."""
    found = 0
    for sign, anchors in zip(_SIGNS, _ANCHORS, strict=True):
        if any(map(low.__contains__, anchors)) and sign.search(low) is not None:
            found += 1
            if found == 2:
                return True
    return False
