"""Assistance booked or requested in advance is a request, not harm.

"I want to book special assistance for my mum", "quiero solicitar asistencia para mi padre",
"je voudrais réserver une assistance", "Rollstuhlservice für meine Oma buchen", "vorrei prenotare
l'assistenza", "quero pedir assistência": the traveller names who needs help (a disabled parent, a
wheelchair) only to ask for it. Nothing has gone wrong, so the person alone is no alarm. Any sign
that something did go wrong ("nobody came", "but", "left her waiting", "nadie", "personne",
"niemand") keeps the harm: core.harm_frames reads this frame only when the cues are about a person
and nothing happened now.
"""

from __future__ import annotations

from typing import Final

from mentionflow.core.harm_lexicon import words

# Verbs that book, request or arrange, in the six languages (infinitives, first persons, participles).
_REQUEST: Final = frozenset(
    words(
        "book books booking booked prebook prebooked request requesting requested arrange arranging arranged "
        "reserve reserving add adding "
        "reservar reservé solicitar solicité pedir pedí gestionar contratar "
        "réserver réservé demander demandé commander "
        "buchen gebucht anmelden angemeldet beantragen beantragt bestellen bestellt "
        "prenotare prenotato prenotata richiedere richiesto chiedere "
        "reservei pedi solicitei marcar marquei"
    )
)
# What is booked: the assistance itself, or the wheelchair it brings.
_HELP: Final = frozenset(
    words(
        "assistance assist help wheelchair wheelchairs asistencia ayuda silla aide fauteuil "
        "hilfe assistenz rollstuhl assistenza aiuto sedia carrozzina assistência assistencia ajuda cadeira"
    )
)
# German compounds name the service in one word ("Rollstuhlservice", "Umsteigehilfe").
_HELP_STEMS: Final = ("service", "hilfe", "assistenz", "begleit")
# Signs that the booked help failed or something else went wrong (not Italian "ma" and "mai": French
# "ma mère", "le 3 mai").
_WENT_WRONG: Final = frozenset(
    words(
        "nobody noone no never didnt didn wasnt werent forgot forgotten left stranded waited waiting ignored "
        "despite still failed missed but again "
        "nadie nunca olvidaron olvidado esperando esperó dejaron abandonada abandonado pero "
        "personne jamais oublié oubliée attendu attendre laissé laissée abandonnée abandonné mais "
        "niemand nie vergessen gewartet warten allein gelassen aber trotz "
        "nessuno dimenticato dimenticata aspettato aspettare lasciato lasciata abbandonata però "
        "ninguém ninguem nunca esqueceram esquecida esperando esperar deixaram abandonada mas"
    )
)


def _help_word(tok: str) -> bool:
    return tok in _HELP or (len(tok) > 8 and any(s in tok for s in _HELP_STEMS))


def books_help(tokens: tuple[str, ...]) -> bool:
    """A request verb within five words of the assistance it books (before it, or after it as German
    puts its verbs last: "Rollstuhlservice für meine Oma buchen"), and no sign of failure."""
    if _REQUEST.isdisjoint(tokens) or not _WENT_WRONG.isdisjoint(tokens):
        return False
    return any(
        t in _REQUEST and any(_help_word(u) for u in tokens[max(0, i - 5) : i + 6]) for i, t in enumerate(tokens)
    )
