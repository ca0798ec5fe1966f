"""How long a problem has been open: a long span (days, weeks) said as a duration ("for 2 weeks",
"desde hace", "depuis", "seit") or while still waiting, as opposed to one that dates an event
("2 weeks ago", "hace 2 semanas", "il y a", "vor", "fa", "atrás"), in en es fr de it pt."""

from __future__ import annotations

from typing import Final

_LONG_SPANS: Final = frozenset(
    {"days", "week", "weeks", "month", "months", "year", "years", "días", "dias", "semanas", "meses"}
    | {"jours", "semaines", "mois", "tage", "tagen", "wochen", "monate", "monaten", "giorni", "settimane", "mesi"}
)
# "2 weeks ago", "hace 2 semanas", "il y a 2 semaines", "vor 2 Wochen", "2 settimane fa", "2
# semanas atrás": a span that dates an event (the flight, the order) says nothing of how long a
# problem has been open; "for 2 weeks", "desde hace", "depuis", "seit" do.
_AGO_AFTER: Final = frozenset(("ago", "fa", "atrás", "atras"))
_AGO_BEFORE: Final = frozenset(("hace", "vor"))
_SINCE_BEFORE: Final = frozenset(("desde", "depuis"))
_STILL_CUES: Final = frozenset(("still_waiting", "on_hold"))


def _span_dates_an_event(toks: tuple[str, ...], i: int) -> bool:
    """The long span at ``toks[i]`` is said as "ago" (an event's date), not as a duration."""
    if i + 1 < len(toks) and toks[i + 1] in _AGO_AFTER:
        return True
    if i >= 2 and toks[i - 2] in _AGO_BEFORE:
        return i < 3 or toks[i - 3] not in _SINCE_BEFORE
    # "il y a 2 semaines" (not "depuis il y a"): the number sits between "a" and the span
    return i >= 4 and toks[i - 4 : i - 1] == ("il", "y", "a") and (i < 5 or toks[i - 5] not in _SINCE_BEFORE)


# One week or month counted with an article or "1" ("une semaine sans internet", "eine Woche ohne
# Netz", "1 settimana"): as long as the English "a week"; not "la semaine dernière", "this week".
_ONE_SPANS: Final = frozenset({"semaine", "semana", "woche", "settimana", "mois", "mes", "mês", "monat", "mese"})
_ONE: Final = frozenset({"une", "un", "una", "uma", "um", "eine", "einer", "einen", "1"})


def _one_long_span(toks: tuple[str, ...], i: int) -> bool:
    return toks[i] in _ONE_SPANS and i > 0 and toks[i - 1] in _ONE


def open_for_long(toks: tuple[str, ...], cues: list[str]) -> bool:
    """A long span (days, weeks) that measures how long the problem has been open: any span
    while the customer says they are still waiting, else one not said as "ago"."""
    spans = [i for i, tok in enumerate(toks) if tok in _LONG_SPANS or _one_long_span(toks, i)]
    if not spans:
        return False
    return not _STILL_CUES.isdisjoint(cues) or not all(_span_dates_an_event(toks, i) for i in spans)


# --- A service gone for a day or more: "no broadband since Friday", "3 days no signal", "seit gestern kein Netz"
_SINCE: Final = frozenset(("since", "seit", "desde", "depuis", "da", "dal", "dalla", "dallo"))
_DAY_POINTS: Final = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "weekend"}
    | {"lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo", "ayer"}
    | {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier"}
    | {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "gestern", "wochenende"}
    | {"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "ieri"}
    | {"segunda", "terça", "quarta", "quinta", "sexta", "ontem"}
)
_DAY_UNITS: Final = _LONG_SPANS | {"day", "tag", "tage", "dia", "día", "jour", "giorno", "semana", "woche"}
_NUMBER_WORDS: Final = frozenset(
    [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "dos",
        "tres",
        "cuatro",
        "deux",
        "trois",
        "quatre",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "due",
        "tre",
        "quattro",
        "dois",
        "duas",
        "três",
        "several",
    ]
)


def lasting_for_days(toks: tuple[str, ...]) -> bool:
    """A day or more named as how long a state has lasted: "since Friday", "seit gestern", "desde el
    viernes", "a 3-day ...", "for 2 weeks" (two days or weeks and up; not "2 weeks ago")."""
    for i, tok in enumerate(toks):
        if tok in _DAY_POINTS and _SINCE.intersection(toks[max(0, i - 3) : i]):
            return True
        counted = i and (toks[i - 1] in _NUMBER_WORDS or (toks[i - 1].isdigit() and toks[i - 1] != "1"))
        if tok in _DAY_UNITS and counted and not _span_dates_an_event(toks, i):
            return True
    return False
