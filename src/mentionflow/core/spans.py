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
# Two and up, in words: "cinq jours", "sechs Tage", "dieci giorni"; "a few", "plusieurs", "ein paar".
_NUMBER_WORDS: Final = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "few", "couple"}
    | {"dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "varios", "algunos"}
    | {"deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix", "plusieurs", "quelques"}
    | {"zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "paar", "mehrere", "mehreren"}
    | {"due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "diversi", "alcuni", "qualche"}
    | {"dois", "duas", "três", "quatro", "sete", "oito", "nove", "dez", "vários", "varios", "alguns"}
)
# The second day or later, counted as one is still in it: "the third day without", "troisième jour
# sans", "den dritten Tag", "tercer día", "il terzo giorno", "terceiro dia", "3rd day".
_ORDINALS: Final = frozenset(
    {"second", "third", "fourth", "fifth", "sixth", "seventh", "2nd", "3rd", "4th", "5th", "6th", "7th"}
    | {"segundo", "tercer", "tercero", "cuarto", "quinto", "sexto", "séptimo"}
    | {"deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième"}
    | {"zweiten", "dritten", "vierten", "fünften", "sechsten", "siebten", "zweite", "dritte", "vierte", "fünfte"}
    | {"secondo", "terzo", "quarto", "quinto", "sesto", "settimo"}
    | {"terceiro", "quarto", "quinto", "sexto", "sétimo"}
)
_ONE_DAY: Final = frozenset({"day", "jour", "tag", "día", "dia", "giorno"})
# A span ahead, not one lived: "in 4 days I start", "dans 4 jours", "in 4 Tagen", "en 4 días", "tra 4
# giorni", "em 4 dias"; "3 days until my holiday", "3 jours avant", "noch 3 Tage bis".
_AHEAD_BEFORE: Final = frozenset(("in", "dans", "en", "tra", "fra", "em", "within", "next", "prochains"))
_AHEAD_AFTER: Final = frozenset(("until", "till", "left", "avant", "bis", "hasta", "até", "prima", "restantes"))
# Days said with no count, as how long: "for days", "seit Tagen", "depuis des jours", "da giorni", "há dias".
# Not months or years: "customer for years" is loyalty, no state that lasts.
_FOR: Final = _SINCE | {"for", "há", "faz", "llevo", "llevamos"}
_DAYS_WEEKS: Final = frozenset(
    {"days", "weeks", "días", "dias", "semanas", "jours", "semaines", "tagen", "tage", "wochen", "giorni", "settimane"}
)
# A week or a month, one: "a week", "one month" (the others' "une semaine" is `_one_long_span`;
# not Portuguese "a semana", which is "the week").
_A_SPANS: Final = frozenset({"week", "month"})
_A: Final = frozenset({"a", "one", "1"})
# "since last week", "depuis la semaine dernière", "seit letzter Woche", "desde la semana pasada".
_WEEK_POINTS: Final = frozenset({"week", "semaine", "woche", "semana", "settimana"})


def _ahead(toks: tuple[str, ...], i: int, count_at: int) -> bool:
    """The span at ``toks[i]`` (its count at ``count_at``) lies ahead: "in 4 days", "3 days until"."""
    before = toks[count_at - 1] if count_at > 0 else ""
    return before in _AHEAD_BEFORE or (i + 1 < len(toks) and toks[i + 1] in _AHEAD_AFTER)


def lasting_for_days(toks: tuple[str, ...]) -> bool:
    """A day or more named as how long a state has lasted: "since Friday", "seit gestern", "desde el
    viernes", "a 3-day ...", "for 2 weeks", "cinq jours", "a week", "the third day", "for days" (two
    days or weeks and up; not "2 weeks ago", not "in 4 days")."""
    for i, tok in enumerate(toks):
        since = _SINCE.intersection(toks[max(0, i - 3) : i])
        if (tok in _DAY_POINTS or tok in _WEEK_POINTS) and since:
            return True
        if tok in _ONE_DAY and i and toks[i - 1] in _ORDINALS:
            return True
        prev = toks[i - 1] if i else ""
        counted = (
            prev in _NUMBER_WORDS
            or (prev.isdigit() and prev != "1")
            or (tok in _A_SPANS and prev in _A)
            or _one_long_span(toks, i)
            or (prev == "of" and i >= 2 and toks[i - 2] == "couple")  # "a couple of days"
        )
        spanned = tok in _DAY_UNITS or tok in _A_SPANS or tok in _ONE_SPANS
        if spanned and counted and not _span_dates_an_event(toks, i) and not _ahead(toks, i, i - 1):
            return True
        if tok in _DAYS_WEEKS and not _FOR.isdisjoint(toks[max(0, i - 2) : i]) and not _span_dates_an_event(toks, i):
            return True  # "for days", "seit Tagen", "depuis des semaines", "da giorni"
    return False
