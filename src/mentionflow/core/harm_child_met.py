"""A child off a flight who is not where they were to be met: a missing child, severe (care practice).

"mein Sohn (9) ist nach der Landung nicht am Ausgang, Ihre Begleitperson geht nicht ans Telefon",
"my daughter (7) is not at arrivals and your escort isn't answering", "mi hija de 8 años no está en la
salida", "mon fils (10 ans) n'est pas à la sortie", "mio figlio di 9 anni non è all'uscita", "o meu
filho (8) não está na saída". A child (a son or daughter with an age up to 12, or one travelling with
the airline's escort), "not at" the gate, exit or arrivals, after a landing or with the escort named:
nobody knows where the child is. An adult ("my son (25) isn't at arrivals yet") or a parcel at the
gate is not this (used by `core.harm`)."""

from __future__ import annotations

from typing import Final

from mentionflow.core.harm_lexicon import words

_CHILD: Final = frozenset(
    words(
        "son daughter kid child boy girl sohn tochter kind junge mädchen hijo hija niño niña fils fille enfant "
        "figlio figlia bambino bambina filho filha criança menino menina"
    )
)
# The airline's escort of a child travelling alone, or the child said to be alone.
_ESCORT: Final = frozenset(
    words(
        "escort chaperone unaccompanied begleitperson betreuer betreuerin unbegleitet acompañante "
        "accompagnateur accompagnatrice accompagnatore accompagnatrice acompanhante desacompanhado"
    )
)
_LANDED: Final = frozenset(
    words(
        "landing landed landung gelandet aterrizaje aterrizó aterrizado atterrissage atterri atterraggio "
        "atterrato aterragem aterrissagem aterrou pousou"
    )
)
_NOT: Final = frozenset(words("not isnt wasnt nicht no pas non não nao"))
_PLACE: Final = frozenset(
    words(
        "gate exit arrivals ausgang gate ankunft ankunftshalle salida llegadas puerta sortie arrivées porte "
        "uscita alluscita arrivi agliarrivi saída saida chegadas portão"
    )
)
_CHILD_AGE_MAX = 12
_NOT_TO_PLACE = 4  # "nicht am Ausgang", "not at the arrivals gate", "non è all uscita"
_CHILD_TO_NOT = 12  # "mein Sohn (9) ist nach der Landung in Dresden nicht am Ausgang"


def _young(tokens: tuple[str, ...], i: int) -> bool:
    """A number up to 12 right after the child word ("Sohn (9)", "hija de 8 años")."""
    for t in tokens[i + 1 : i + 3]:
        if t.isdigit():
            return 0 < int(t) <= _CHILD_AGE_MAX
    return False


def child_not_met(tokens: tuple[str, ...]) -> bool:
    """Whether a young child (or one with an escort) is said not to be at the gate, exit or arrivals."""
    if _PLACE.isdisjoint(tokens):
        return False  # the common path: one C-level set test
    kids = [i for i, t in enumerate(tokens) if t in _CHILD]
    if not kids:
        return False
    escorted = not _ESCORT.isdisjoint(tokens)
    if not (escorted or any(_young(tokens, i) for i in kids)):
        return False
    if not (escorted or not _LANDED.isdisjoint(tokens)):
        return False
    # The child is the one not there: the "not" after the child word ("my parcel is not at the gate" is not).
    return any(
        t in _NOT
        and any(k < j <= k + _CHILD_TO_NOT for k in kids)
        and not _PLACE.isdisjoint(tokens[j + 1 : j + 1 + _NOT_TO_PLACE])
        for j, t in enumerate(tokens)
    )
