"""A trip not yet bought, wished for, in six languages (used by `core.leads`): a prospect's
purchase intent ("we'd like to book for 4 in June", "vorremmo prenotare", "nos gustaría
reservar", "wir möchten im Mai nach Wien buchen", "gostaríamos de reservar").

A wish (first person, present or conditional) and, within a few words after it, a booking or
buying verb in the infinitive; German puts the verb at the end ("wir möchten ... buchen").
Not a negated wish ("I don't want to book with you again"), not a booking that is had ("I
booked", "my booking"), and not a service booked on a trip the customer already has
(assistance, a wheelchair, a seat, a meal): that is care, not sales."""

from __future__ import annotations

from typing import Final

from mentionflow.core.keywords import words_folded

_set = words_folded

_WISH: Final = _set(
    "want wanna planning looking hoping möchte möchten würden wollen "
    "quiero queremos quisiera quisiéramos gustaría gustaria voudrais voudrions souhaite souhaitons aimerions "
    "vorrei vorremmo vogliamo piacerebbe quero queremos queria queríamos gostaria gostaríamos"
)
_LIKE_AFTER: Final = _set("would id wed")
_BOOK: Final = _set("book buy reservar comprar réserver acheter buchen kaufen prenotare acquistare comprare")
_NEGATION: Final = _set("not dont didnt never no nicht kein keine nie nunca non ne pas jamais mai não nao")
# A service on a trip already had: care's to book, not sales'.
_SERVICE: Final = _set(
    "assistance wheelchair seat seats meal asistencia silla asiento comida assistenza sedia posto pasto "
    "assistência cadeira assento refeição fauteuil siège repas assistenz rollstuhl sitzplatz essen "
    "lassistenza lassistance"
)
# "just want to know before I book", "quiero saber antes de reservar": the booking is when, not what is wished.
_BEFORE: Final = _set("before antes avant bevor prima")
_WINDOW: Final = 7  # German puts the verb last: "wir möchten im Mai für vier Personen nach Wien buchen"


def wants_trip(tokens: tuple[str, ...]) -> bool:
    """Whether ``tokens`` (normalised) wish to book or buy a trip, not a service on one."""
    if _BOOK.isdisjoint(tokens) or not _SERVICE.isdisjoint(tokens):
        return False
    for i, tok in enumerate(tokens):
        wish = tok in _WISH or (tok == "like" and i > 0 and tokens[i - 1] in _LIKE_AFTER)
        if not wish or not _NEGATION.isdisjoint(tokens[max(0, i - 2) : i]):
            continue
        after = tokens[i + 1 : i + 1 + _WINDOW]
        book_at = next((j for j, t in enumerate(after) if t in _BOOK), None)
        # "je ne voudrais pas réserver": the word right after the wish ("mai" is May in German)
        if book_at is not None and _NEGATION.isdisjoint(after[:1]) and _BEFORE.isdisjoint(after[:book_at]):
            return True
    return False
