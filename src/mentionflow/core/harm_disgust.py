"""Illness words said of a thing, not of a body: disgust and slang praise (core/harm_everyday.py marks
these positions as figures of speech).

* Disgust: "atendimento de vomitar", "un servicio de vomitar", "es de vomitar", "c'est à vomir", "un
  service à vomir" (like "da vomitare", "mi fa vomitare": core/harm_senses.py). Being sick is told with
  a verb or a time before the preposition: "no para de vomitar", "acabou de vomitar", "antes de
  vomitar", "elle est en train de vomir", "j'ai passé la nuit à vomir"; the progressive "a vomitar"
  ("está a vomitar", "tutti a vomitare", "empezó a vomitar") is always illness.
* "so sick" as slang praise: "that's so sick", "this update is so sick", "your new logo looks so sick".
  A person as its subject, or a cause after it, is illness: "my daughter is so sick after your chicken",
  "we all got so sick from the buffet", "I feel so sick since lunch".
Read on the harm tokens (lower case, no punctuation, elisions glued: "cest").
"""

from __future__ import annotations

from typing import Final

from mentionflow.core.harm_lexicon import words

__all__ = ["DISGUST_WORDS", "disgust_positions"]

_VOMIT: Final = frozenset(words("vomitar vomir"))
_DISGUST_PREPS: Final = frozenset(words("de à"))
# Before the preposition, what makes the vomiting real: a verb of stopping, starting or just having
# done it, a time, a wish or nausea ("ganas de vomitar" said by the sick one), a negation ("elle
# n'arrête pas de vomir").
_LITERAL_BEFORE: Final = frozenset(
    words(
        "parar para paró paro paran pararon parou param pararam parei deja dejó dejo dejar dejado deixa deixou "
        "deixar deixei acaba acabó acabo acabar acabado acabou acabei acabaram termina terminó terminar terminou "
        "antes después despues depois hora horas ganas gana vontade náuseas nauseas sensación sensação punto "
        "ponto tratando trató tratar intentando tentando "
        "pas plus narrête narrete arrête arrete arrêter arreter arrêté arrêtait cesse cessé cesser fini finir "
        "train point envie "
        "nuit journée journee soirée soiree matinée matinee heures heure temps passé passe passait passée mis met "
        "mise commencé commence commencer continue continué recommencé recommence"
    )
)
_SICK: Final = frozenset(("sick",))
# Who "so sick" can be said of as illness, and what it can be said of as praise.
_PERSON: Final = frozenset(
    words(
        "i im ive id we were weve he hes she shes they theyre son daughter kid kids child children baby toddler "
        "wife husband mum mom dad mother father brother sister boy girl family friend everyone everybody people "
        "passenger passengers grandma grandpa nan partner boyfriend girlfriend guests"
    )
)
_THING: Final = frozenset(
    words(
        "that thats it its this these those looks look looked sounds sound sounded update app design logo "
        "song track beat game car"
    )
)
# A cause or a time after it: "so sick after your chicken", "so sick from the buffet", "so sick all night".
_CAUSE_NEXT: Final = frozenset((w,) for w in words("after from since all last with when tonight today"))
# Verbs that make "so sick" a feeling of the body: "I feel so sick", "got so sick".
_BODY_VERBS: Final = frozenset(words("feel feeling felt got get getting been became become"))
DISGUST_WORDS: Final = _VOMIT | _SICK


def _disgust(toks: tuple[str, ...], i: int) -> bool:
    """ "de vomitar" / "à vomir" after a noun or a copula, not after a verb or a time."""
    return i >= 2 and toks[i - 1] in _DISGUST_PREPS and toks[i - 2] not in _LITERAL_BEFORE


def _praise(toks: tuple[str, ...], i: int) -> bool:
    """ "so sick" said of a thing (see the module doc)."""
    if i < 1 or toks[i - 1] != "so" or toks[i + 1 : i + 2] in _CAUSE_NEXT:
        return False
    for t in reversed(toks[max(0, i - 5) : i - 1]):  # the nearest subject before "so"
        if t in _PERSON or t in _BODY_VERBS:
            return False
        if t in _THING:
            return True
    return True


def disgust_positions(toks: tuple[str, ...]) -> set[int]:
    """Positions of illness words said of a thing (see the module docstring)."""
    return {i for i, t in enumerate(toks) if (t in _VOMIT and _disgust(toks, i)) or (t in _SICK and _praise(toks, i))}
