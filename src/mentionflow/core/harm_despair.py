""" "No point going on": despair that says life has lost its sense, in en, es, fr, de, it and pt.

"I see no point going on anymore", "ya no le veo sentido a seguir", "je ne vois plus aucun sens à
continuer", "ich sehe keinen Sinn mehr weiterzumachen", "non ha più senso andare avanti", "não vejo
mais sentido em continuar": a first-person self-harm statement (core.harm treats it as one). Going
on WITH something, or doing something more, is a grumble or a churn threat instead ("no point going
on with this plan", "no tiene sentido seguir pagando", "keinen Sinn, mit euch weiterzumachen", "non
ha senso continuare così con voi"): a preposition, an article or a gerund after the verb rules it
out.
Read on the harm tokens (lower case, no punctuation, French/Italian elisions glued: "lintérêt").
"""

from __future__ import annotations

import re
from typing import Final

from mentionflow.core.harm_hints import HINT_ANCHORS, despair_hinted

# What may follow the verb without making it "going on with something" (a preposition, an
# article, a possessive, a gerund: "no point going on with this plan", "seguir pagando").
_EN_NOT_AFTER: Final = (
    r"(?! (?:about|at|with|a|an|the|my|our|your|this|that|holiday|holidays|trip|strike|hold|and|to|back)\b"
    r"| \w+ing\b(?<!thing)(?<! living))"
)
_ROMANCE_NOT_AFTER: Final = (
    r"(?! (?:con|en|a|al|de|del|la|el|los|las|un|una|mi|su|tu|esta|este|por|para|contigo|"
    r"avec|chez|à|au|aux|du|des|le|les|une|mon|ma|mes|ce|cette|ici|"
    r"in|alla|il|lo|i|gli|mio|mia|qui|"
    r"com|em|no|na|o|os|as|um|uma|meu|minha|aqui)\b"
    r"| \w+(?:ando|iendo|endo|ndo)\b(?<! viviendo)(?<! vivendo))"
)
# German puts the verb last: what it goes on with comes before it ("mit euch weiterzumachen").
_DE_NOT_AFTER: Final = r"(?! (?:mit|bei)\b)"
_EN = r"\b(?:no|the|any|a) (?:point|reason) (?:in |to |of )?"  # "the point of going on"
# "no / not any / without ... sense / point / reason ... to go on / to live", per language.
_PATTERNS: Final = (
    # English: "no point (in) going on", "no reason to carry on", "no reason to keep going".
    _EN + r"(?:going|go|carry|carrying) on\b" + _EN_NOT_AFTER,
    _EN + r"(?:keep going|keeping going)\b" + _EN_NOT_AFTER,
    # Spanish: "no le veo sentido a seguir", "no tiene sentido seguir (viviendo)", "ninguna razón para
    # seguir adelante", "ningún motivo para vivir".
    r"\b(?:no|ningún|ningun|ninguna|sin) (?:\w+ ){0,3}?(?:sentido|razón|razon|motivo|motivos|razones) "
    r"(?:(?:a|en|de|para|pra) )?(?:seguir(?: adelante| viviendo)?|continuar(?: viviendo)?|vivir)\b"
    + _ROMANCE_NOT_AFTER,
    # French: "je ne vois plus aucun sens à continuer", "plus lintérêt de continuer", "aucune raison
    # de vivre" ("raison de continuer" is a SELF_HARM_TRIPLE too).
    r"\b(?:plus|aucun|aucune|pas|rien|sans) (?:\w+ ){0,2}?(?:sens|lintérêt|linteret|intérêt|interet|raison) "
    r"(?:(?:à|a|de|d) )?(?:continuer|avancer|vivre)\b" + _ROMANCE_NOT_AFTER,
    # German: "ich sehe keinen Sinn mehr weiterzumachen", "kein Grund mehr zu leben", "das Leben hat
    # keinen Sinn mehr".
    r"\b(?:kein|keinen|keine|keinerlei) (?:sinn|grund|zweck)(?: mehr)? "
    r"(?:weiterzumachen|weiterzuleben|weiterleben|weitermachen|zu leben|im leben)\b" + _DE_NOT_AFTER,
    r"\bleben hat (?:\w+ )?(?:keinen|kein) sinn\b",
    # Italian: "non ha più senso andare avanti", "non vedo più il senso di continuare", "nessun
    # motivo per vivere".
    r"\b(?:non|nessun|nessuna|alcun|alcuna|senza) (?:\w+ ){0,3}?(?:senso|motivo|ragione) "
    r"(?:(?:di|a|per|nel) )?(?:andare avanti|continuare|vivere|tirare avanti)\b" + _ROMANCE_NOT_AFTER,
    # Portuguese: "não vejo mais sentido em continuar", "não faz sentido continuar", "nenhum motivo
    # para viver".
    r"\b(?:não|nao|nenhum|nenhuma|sem) (?:\w+ ){0,3}?(?:sentido|motivo|razão|razao) "
    r"(?:(?:em|de|para|pra) )?(?:continuar(?: vivendo)?|seguir em frente|seguir|viver)\b" + _ROMANCE_NOT_AFTER,
)
# No strength left to go on: "I don't have the strength to go on anymore", "ya no tengo fuerzas
# para seguir", "j'ai plus la force de continuer" (Quebec "pu" for "plus"), "ich habe keine Kraft mehr
# weiterzumachen", "non ho più la forza di andare avanti", "não tenho mais forças para continuar".
# Going on WITH something ("no energy to continue this call", "la force de continuer à me battre avec
# vous") is tiredness with the service: the same guards as above.
_NO_STRENGTH: Final = (
    r"\b(?:no|any|out of|without|lost the|lost all|left no|(?:dont|doesnt|havent|cant find|no longer have) "
    r"(?:\w+ )?(?:the|any)) (?:more )?(?:strength|energy|will) "
    r"(?:left )?(?:to |for )?(?:go on|going on|carry on|keep going|live|continue)\b" + _EN_NOT_AFTER,
    r"\b(?:no|sin|ni|ya) (?:\w+ ){0,2}?(?:fuerza|fuerzas|ganas) (?:\w+ )?(?:para|de|pa) "
    r"(?:seguir(?: adelante| viviendo)?|continuar|vivir)\b" + _ROMANCE_NOT_AFTER,
    r"\b(?:plus|pu|pus|pas|aucune|sans) (?:\w+ ){0,2}?(?:la |de )?(?:force|forces|énergie|energie|dénergie|denergie) "
    r"(?:de |d |pour )?(?:continuer|avancer|vivre)\b" + _ROMANCE_NOT_AFTER,
    r"\b(?:keine|kein|keinerlei) (?:kraft|kräfte|krafte|energie)(?: mehr)? "
    r"(?:weiterzumachen|weiterzuleben|zu leben|für das leben)\b" + _DE_NOT_AFTER,
    r"\b(?:non|senza|nessuna) (?:\w+ ){0,3}?(?:forza|forze|energia|energie) "
    r"(?:(?:di|per|a) )?(?:andare avanti|continuare|vivere|tirare avanti)\b" + _ROMANCE_NOT_AFTER,
    r"\b(?:não|nao|sem|nenhuma) (?:\w+ ){0,3}?(?:força|forças|forca|forcas|energia) "
    r"(?:(?:para|pra|de) )?(?:continuar(?: vivendo)?|seguir em frente|seguir|viver)\b" + _ROMANCE_NOT_AFTER,
)
NO_POINT_GOING_ON: Final = re.compile("|".join(_PATTERNS + _NO_STRENGTH))
# The gate: one of these words must be among the tokens before the pattern is tried.
_ANCHOR_WORDS: Final = (
    "point reason sentido razón razon motivo motivos razones sens lintérêt linteret intérêt interet raison "
    "sinn grund zweck leben senso ragione razão razao "
    "strength energy will fuerza fuerzas ganas force forces énergie energie dénergie denergie "
    "kraft kräfte krafte forza forze "
    "energia energie força forças forca forcas"
)
NO_POINT_ANCHORS: Final = frozenset(_ANCHOR_WORDS.split()) | HINT_ANCHORS


def no_point_going_on(tokens: tuple[str, ...]) -> bool:
    """Whether the tokens say there is no sense in going on living (see the module doc)."""
    if NO_POINT_ANCHORS.isdisjoint(tokens):
        return False
    # Or nothing has sense any more, told without a self-harm word: core/harm_hints.py.
    return NO_POINT_GOING_ON.search(" ".join(tokens)) is not None or despair_hinted(tokens)
