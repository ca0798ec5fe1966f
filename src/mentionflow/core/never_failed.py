"""A failure said as one that never happened, beside a recommendation: praise, not a complaint
("5 years with them and they never lost a bag, I recommend them", "nunca me han perdido una
maleta, lo recomiendo", "jamais perdu une valise, je recommande", "nie ist ein Koffer verloren
gegangen, kann ich empfehlen", "mai perso un bagaglio, lo consiglio", "nunca me perderam uma
mala, recomendo"). The failure word is what reads as a complaint; `never_failed_praise` says
whether the text without the never-failed span is no complaint, and the author recommends or
thanks (used by `core.analysis_overrides`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from mentionflow.core.text import NormalisedText, normalise

# "never" (and "not once"), up to three words, a failure verb: the banter list's family, with
# the plural and German past participles ("perderam", "verloren", "verspätet").
_NEVER_FAILED: Final = re.compile(
    r"(?<!\w)(?:never|not once|nunca|jamás|jamas|jamais|nie|niemals|mai)\s+(?:\w+\s+){0,3}?"
    r"(?:lost|dropped|failed|let (?:me|us) down|crashed|broke|missed|been late|damaged|disappointed"
    r"|decepcionad[oa]|defraudad[oa]|déçue?|decue?|enttäuscht|deluso|delusa|decepcionou|deixou na mão"
    r"|perdido|perdieron|perdió|perdio|fallado|falló|fallo|caído|caido|extraviado|extraviaron"
    r"|perdu|égaré|egare|lâché|lache|planté|plante|en retard|abîmé|abime"
    r"|verloren|verschlampt|ausgefallen|abgestürzt|verspätet|beschädigt|im stich"
    r"|perso|persa|smarrito|smarrita|caduto|in ritardo|rotto|rotta"
    r"|perdeu|perderam|perdi|extraviou|extraviaram|falhou|falharam|caiu|atrasad\w*|na mão|na mao)(?!\w)"
    r"(?:\s+\w+){0,2}"  # and its object ("never lost my bag"): the rest of the text is read without it
)
# The author recommends or thanks: the never-failed span is a boast, not a grievance.
_RECOMMEND: Final = frozenset(
    {"recommend", "recommended", "recommending", "recomiendo", "recomendable", "recomendaría", "recommande"}
    | {"recommanderais", "recommander", "empfehle", "empfehlen", "empfehlenswert", "weiterempfehlen"}
    | {"consiglio", "consiglierei", "raccomando", "consigliato", "recomendo", "recomendaria", "recomendável"}
    | {"thanks", "thank", "gracias", "merci", "danke", "grazie", "obrigado", "obrigada"}
    # "the best app", "la meilleure appli", "la mejor app": a superlative vouches as a recommendation
    # does (only beside a never-failed span: "never disappointed, the best delivery app").
    | {"best", "mejor", "meilleur", "meilleure", "beste", "besten", "migliore", "melhor"}
)
# "... until today", "but this time": the boast sets up the failure it tells.
_TURN: Final = frozenset(
    {"until", "till", "til", "but", "except", "hasta", "pero", "excepto", "jusqu", "jusquà", "mais", "sauf"}
    | {"bis", "aber", "außer", "ausser", "finché", "fino", "ma", "tranne", "até", "ate", "mas", "exceto"}
    | {"today", "now", "ahora", "hoy", "maintenant", "aujourdhui", "heute", "jetzt", "oggi", "ora", "hoje", "agora"}
)
_PROBLEM: Final = frozenset(("complaint", "rant", "question"))
# "would not recommend", "no lo recomiendo", "nicht empfehlen": a warning, not a recommendation.
_NOT: Final = frozenset(
    {"not", "never", "no", "nunca", "jamais", "pas", "nicht", "nie", "kein", "non", "mai", "não", "nao"}
)


def never_failed_praise(norm: NormalisedText, intent_of: Callable[[NormalisedText], str]) -> bool:
    """Whether a complaint is only a failure that never happened and a recommendation:
    ``intent_of`` (the analysis) reads the text without the never-failed span as no problem."""
    if _RECOMMEND.isdisjoint(norm.tokens) or not _TURN.isdisjoint(norm.tokens):
        return False
    low = norm.clean.lower()
    rest, n = _NEVER_FAILED.subn(" ", low)
    if n == 0:
        return False
    # The negation before a recommendation is looked for without the never-failed span: the
    # "never" of "never disappointed, best network" is the boast's, not the recommendation's.
    rest_norm = normalise(rest)
    tokens = rest_norm.tokens
    for i, tok in enumerate(tokens):
        if tok in _RECOMMEND and not _NOT.isdisjoint(tokens[max(0, i - 3) : i]):
            return False
    return intent_of(rest_norm) not in _PROBLEM
