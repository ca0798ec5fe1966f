"""Churn said as a new account opened with a rival: "opening a Monzo account tonight", "abro una
cuenta en BBVA mañana", "j'ouvre un compte chez Boursorama", "ich eröffne ein Konto bei N26",
"apro un conto su Fineco", "vou abrir conta no Nubank". The customer does not say "leaving", but
a current account, card or line opened elsewhere is where the leaving starts (used by
`core.signals`, which also reads the negation: "not opening a Revolut account over this").
"""

from __future__ import annotations

from typing import Final

__all__ = ["OPENING", "opened_at_rival"]

# Opening, now or as the plan ("opening", "abro", "vou abrir"); a past "opened" is history
# ("opened a Monzo account years ago"), unless "just" says it is today's.
_OPEN: Final = frozenset(
    {"open", "opening", "abro", "abrir", "abriendo", "ouvre", "ouvrir", "ouvrons", "eröffne", "eröffnen"}
    | {"apro", "aprire", "apriamo", "abrimos", "abrindo"}
)
_OPENED: Final = frozenset({"opened", "abierto", "abrí", "ouvert", "eröffnet", "aperto", "abri", "aberto", "aberta"})
OPENING: Final = _OPEN | _OPENED  # (core/signals.py: whether to read the capitalised names at all)
_JUST: Final = frozenset(
    {"just", "acabo", "viens", "gerade", "appena", "acabei", "hoy", "today", "aujourdhui", "heute", "oggi", "hoje"}
)
# What is opened: an account, a card, a line ("a Monzo account", "una línea con Digi").
_ACCOUNT: Final = frozenset(
    {"account", "card", "line", "sim", "cuenta", "tarjeta", "línea", "linea", "compte", "carte", "ligne"}
    | {"konto", "girokonto", "karte", "conto", "carta", "linea", "conta", "cartão", "cartao", "linha"}
)
# "an account with Monzo", "una cuenta en BBVA", "un compte chez Boursorama", "ein Konto bei N26".
_AT: Final = frozenset({"with", "at", "en", "con", "chez", "à", "bei", "su", "da", "presso", "no", "na", "com"})
_ARTICLE: Final = frozenset({"a", "an", "una", "un", "une", "ein", "eine", "uno", "uma", "um", "my", "mi", "new"})
_REACH: Final = 4
# An account shared with a person ("a joint account with Tom", "una cuenta conjunta con Ana").
_JOINT: Final = frozenset(
    {"joint", "shared", "conjunta", "compartida", "commun", "gemeinschaftskonto", "cointestato"}
    | {"congiunto", "conjunto", "partilhada", "compartilhada"}
)


def opened_at_rival(
    tokens: tuple[str, ...], rivals: frozenset[str], named: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """(start, length) of an opening verb and an account of one of ``rivals`` within ``_REACH``
    words ("opening a Monzo account", "una cuenta en BBVA"), or None. A name the list does not
    hold (``named``: capitalised) counts only after "with"/"en"/"bei" ("an account with Chase"):
    before the account it may be the kind ("a Savings account")."""
    if _ACCOUNT.isdisjoint(tokens):  # first: no set union for the texts that open nothing
        return None
    places = rivals | named
    if places.isdisjoint(tokens):
        return None
    for i, tok in enumerate(tokens):
        if tok not in _OPEN and not (tok in _OPENED and not _JUST.isdisjoint(tokens[max(0, i - 3) : i])):
            continue
        if not _JOINT.isdisjoint(tokens[i : i + 2 + _REACH]):
            continue  # "opening a joint account with Sarah": a person, not a provider
        window = tokens[i + 1 : i + 2 + _REACH]
        for k, word in enumerate(window):
            if word not in _ACCOUNT:
                continue
            # the rival before the account ("a Monzo account") or after "with"/"en"/"bei"
            before = window[k - 1] if k >= 1 else ""
            after = window[k + 1 : k + 4]
            if before in rivals and all(w in _ARTICLE for w in window[: k - 1]):
                return i, k + 2
            if (
                len(after) >= 2
                and after[0] in _AT
                and (after[1] in places or (after[1] in _ARTICLE and len(after) > 2 and after[2] in places))
            ):
                return i, k + 4
            break
    return None
