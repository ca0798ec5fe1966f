"""Per-language surface cues of sarcasm that are not single words or phrases (those live in the
keyword file, `data/categories.yaml`: `failure_events`, `irony_markers`, `resolution_markers`).

Two cue families, written as data per language and compiled into one regex each:

* **A span of time** ("2 horas na linha", "seit 3 Tagen", "depuis 4 jours", "10 giorni"): the
  es/fr/de/it/pt counterpart of the English ``long_wait`` cue. Weak evidence that something went
  wrong (a sincere post names a span too: "refund in 4 days", "3 jours à Lisbonne"), so it only
  turns praise round together with a sign of sarcasm: scare quotes or an eye-roll emoji; the
  deadpan tag (below) only when the span is one a state has lasted ("seit 3 Tagen").
* **A deadpan tag** ("Top Service, echt.", "super, vraiment.", "bravi, davvero.", "genial, en
  serio."): a praise word closed off with "really" between a comma and a full stop. Said with
  "!" it is enthusiasm; flat, after a comma, it is the sarcastic shrug.

Both are read on ``NormalisedText.clean`` lower-cased; they gate nothing on the hot path (the
caller only looks when a mention already has surface praise).
"""

from __future__ import annotations

import re
from typing import Final

from mentionflow.core.clap_states import stuck_for_days
from mentionflow.core.hold_span import held_for_minutes
from mentionflow.core.irony_acts import praise_of_an_act
from mentionflow.core.irony_states import arrived, bad_state
from mentionflow.core.text import NormalisedText
from mentionflow.core.thanks_failure import thanks_for_a_failure

# Number words from two up (one hour / un día is how sincere posts say fast), and the units a
# wait is counted in (hours, days, weeks; not minutes: "en 5 min" is praise of speed).
_NUMBER_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "es": ("dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "varias", "varios"),
    "pt": ("duas", "dois", "três", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "várias"),
    "fr": ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "plusieurs"),
    "de": ("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "mehrere"),
    "it": ("due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "diverse", "diversi"),
}
_WAIT_UNITS: Final[dict[str, tuple[str, ...]]] = {
    "es": ("horas", "días", "dias", "semanas"),
    "pt": ("horas", "dias", "semanas"),
    "fr": ("heures", "jours", "semaines"),
    "de": ("stunden", "std", "tage", "tagen", "wochen"),
    "it": ("ore", "giorni", "settimane"),
}
# What makes a span a state that still goes on ("seit 3 Tagen", "desde hace 2 días", "há 3 dias"):
# the problem has lasted that long, rather than a trip or a stay that did ("3 jours à Lisbonne").
_ONGOING_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "es": ("desde hace", "hace", "llevo", "llevamos", "lleva"),
    "pt": ("há", "ha", "faz", "fazem", "desde há"),
    "fr": ("depuis", "ça fait", "ca fait", "voilà", "cela fait"),
    "de": ("seit", "schon"),
    "it": ("da", "sono", "ormai"),
}
# Waiting since a time of day or since this morning ("depuis 9h ce matin", "seit 8 Uhr", "desde
# las 10", "dalle 9", "desde esta mañana"): also a state that still goes on.
_SINCE_CLOCK: Final[dict[str, tuple[str, ...]]] = {
    "es": ("desde las", "desde la"),
    "pt": ("desde as", "desde às"),
    "it": ("dalle", "dalle ore"),
}
# Heads that also take a count ("depuis 3 jours", "seit 2015"): a time of day only with its mark.
_SINCE_CLOCK_MARKED: Final[tuple[str, ...]] = ("depuis", "seit", "since")
_SINCE_MORNING: Final[dict[str, tuple[str, ...]]] = {
    "es": ("desde esta mañana", "desde ayer", "desde anoche"),
    "pt": ("desde hoje de manhã", "desde esta manhã", "desde ontem", "desde manhã"),
    "fr": ("depuis ce matin", "depuis hier", "depuis cette nuit"),
    "de": ("seit heute morgen", "seit heute früh", "seit gestern", "seit heute nacht"),
    "it": ("da stamattina", "da ieri", "da stanotte"),
}
# "really" / "honestly" / "seriously" as a closing tag, per language.
_DEADPAN_TAGS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("really", "seriously", "honestly"),
    "es": ("de verdad", "en serio", "eh"),
    "pt": ("sério", "serio", "mesmo", "viu"),
    "fr": ("vraiment", "franchement", "sérieux"),
    "de": ("echt", "wirklich", "ehrlich"),
    "it": ("davvero", "proprio", "sul serio"),
}


def _alternation(words: set[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_NUMBERS = {w for ws in _NUMBER_WORDS.values() for w in ws}
_UNITS = {w for ws in _WAIT_UNITS.values() for w in ws}
_TAGS = {w for ws in _DEADPAN_TAGS.values() for w in ws}
_HEADS = {w for ws in _ONGOING_HEADS.values() for w in ws}
_CLOCK_HEADS = {w for ws in _SINCE_CLOCK.values() for w in ws}
_MORNINGS = {w for ws in _SINCE_MORNING.values() for w in ws}

# "\s*" between a digit and its unit ("48h" is English too, left to DURATION_RE): a number >= 2.
FOREIGN_SPAN_RE: Final = re.compile(
    rf"(?:\b({_alternation(_HEADS)})\s+)?(?<![\w.,])(?:[2-9]|[1-9]\d+|{_alternation(_NUMBERS)})\s+"
    rf"(?:{_alternation(_UNITS)})\b"
)
# An hour or more counted in minutes ("90 minuti per un panino", "75 minutos"): a span too.
FOREIGN_MINUTES_RE: Final = re.compile(r"(?<![\w.,])(?:[6-9]\d|[1-9]\d{2})\s*(?:minuti|minutos|minutes|minuten|min)\b")
# "depuis 9h", "seit 8 Uhr", "desde las 10", "dalle 9:30"; "depuis ce matin", "da ieri".
SINCE_RE: Final = re.compile(
    rf"\b(?:(?:{_alternation(_CLOCK_HEADS)})\s+(?:[01]?\d|2[0-3])\b(?!\s*(?:[.,]\d|{_alternation(_UNITS)}))"
    rf"|(?:{_alternation(set(_SINCE_CLOCK_MARKED))})\s+(?:[01]?\d|2[0-3])(?:\s*(?:h|uhr)\b|[:h.][0-5]\d\b)"
    rf"|(?:{_alternation(_MORNINGS)})\b)"
)
# ", echt." / ", vraiment." closing a clause, or "Vraiment." / "Echt." as a sentence of its own:
# followed by a full stop or an ellipsis, then the end, an emoji or the next sentence. Not "!"
# (enthusiasm), not "?".
DEADPAN_RE: Final = re.compile(rf"(?:,\s*|[.!]\s+)(?:{_alternation(_TAGS)})\s*(?:\.|\u2026)(?!\w)")


NO_SPAN, SPAN, ONGOING = 0, 1, 2


def foreign_span(low: str) -> int:
    """A span of two or more hours, days or weeks (or 60+ minutes) in es/pt/fr/de/it (``low``: lower-cased text):
    `ONGOING` when it is how long a state has lasted ("seit 3 Tagen", "depuis 9h ce matin"), `SPAN` for any other
    ("4 Tage geprüft", "3 jours à Lisbonne"), `NO_SPAN` for none."""
    if SINCE_RE.search(low) is not None:
        return ONGOING
    found = NO_SPAN
    for m in FOREIGN_SPAN_RE.finditer(low):
        if m.group(1):
            return ONGOING
        found = SPAN
    if found == NO_SPAN and FOREIGN_MINUTES_RE.search(low) is not None:
        found = SPAN
    return found


# A span said as time spent waiting ("5h d'attente", "3 Stunden Wartezeit", "2 horas de espera",
# "4 ore di attesa"): a wait, as sure as the English "on hold for 2 hours". A span alone ("livré
# en 2h", "3 jours à Lisbonne") is not one.
_WAIT_NOUNS: Final[tuple[str, ...]] = (
    "d'attente",
    "d\u2019attente",
    "dattente",
    "à attendre",
    "en attente",
    "de espera",
    "à espera",
    "a esperar",
    "esperando",
    "en espera",
    "na espera",
    "na fila",
    "di attesa",
    "d'attesa",
    "d\u2019attesa",
    "in attesa",
    "ad aspettare",
    "wartezeit",
    "warten",
    "gewartet",
    "in der warteschleife",
    "warteschleife",
)
WAIT_SPAN_RE: Final = re.compile(
    rf"(?<![\w.,])(?:\d{{1,3}}|{_alternation(_NUMBERS)})\s*(?:h(?:[0-5]\d)?|std\.?|{_alternation(_UNITS)})(?!\w)\s*"
    rf"(?:{_alternation(set(_WAIT_NOUNS))})(?!\w)"
)


# ... or spent at a place where one only waits ("6 hours sat on the tarmac", "4 horas en la pista",
# "6 Stunden am Flughafen", "2 hours for my order"). Not the plane or a lounge: a flight lasts
# hours ("6 hours on the plane flew by") and a lounge is where one chose to be.
_WAIT_PLACES: Final[tuple[str, ...]] = (
    "tarmac", "runway", "gate", "airport", "queue", "phone", "platform", "station", "terminal",
    "pista", "puerta", "aeropuerto", "cola", "fila", "andén", "teléfono", "telefono",
    "piste", "porte", "aéroport", "aeroport", "file", "quai", "gare", "téléphone",
    "rollfeld", "flughafen", "schlange", "bahnsteig", "bahnhof", "telefon", "warteschleife",
    "aeroporto", "coda", "binario", "stazione", "portão", "portao", "plataforma", "estação", "telefone",
)  # fmt: skip
_STUCK: Final[tuple[str, ...]] = (
    "sat", "stuck", "sitting", "standing", "waiting", "stranded", "parados", "parado", "atrapados", "bloqués",
    "bloqué", "coincés", "coincé", "fermi", "bloccati", "bloccato", "presos", "preso", "parados",
)  # fmt: skip
_AT: Final[tuple[str, ...]] = (
    "on", "at", "in", "en", "sur", "à", "a", "dans", "auf", "am", "im", "an", "sulla", "sul", "al", "alla",
    "nella", "nel", "na", "no", "em", "in der", "auf dem", "on the", "at the", "in the", "en la", "en el",
    "sur le", "sur la", "à la", "dans la", "al", "all'", "in coda", "na fila",
)  # fmt: skip
_WAITED_FOR: Final = r"for\s+(?:my|our|a|an|the)\s+(?:order|food|delivery|reply|answer|response|callback|call\s*back)"
WAIT_PLACE_RE: Final = re.compile(
    rf"(?<![\w.,])(?:\d{{1,3}}|{_alternation(_NUMBERS | {'two', 'three', 'four', 'five', 'six', 'seven', 'eight'})})"
    rf"\s*(?:h|hrs?|hours?|{_alternation(_UNITS)})(?!\w)\s*(?:(?:{_alternation(set(_STUCK))})\s+)?"
    rf"(?:(?:{_alternation(set(_AT))})\s*(?:(?:the|la|el|le|der|dem|die|il|lo|o|a)\s+|l['\u2019]\s*)?"
    # ... a name before the place ("in Frankfurt airport", "at Gatwick station")
    rf"(?:\w+\s+)?(?:{_alternation(set(_WAIT_PLACES))})|{_WAITED_FOR})\b"
)


# ... or a waiting verb, then the span ("aspettare in chat due ore", "esperé dos horas", "attendu deux heures").
WAIT_VERB_SPAN_RE: Final = re.compile(
    r"(?<!\w)(?:aspett(?:are|ato|ata|ati|o|iamo)|esper(?:é|amos|ar|ando|ei|ámos)|attend(?:u|re|s|ons)|wart(?:e|en|ete))"
    rf"\s+(?:[^\s.!?]+\s+){{0,3}}?(?:\d{{1,3}}|{_alternation(_NUMBERS)})\s*(?:h|std\.?|{_alternation(_UNITS)})(?!\w)"
)


# The tokens a span is counted in ("hours", "horas", "Stunden", "5h", "2hrs"): the cheap test first.
_SPAN_UNIT_TOKENS: Final = frozenset(_UNITS | {"h", "hr", "hrs", "hour", "hours", "std", "stunde"})
_DIGIT_HOURS_RE: Final = re.compile(r"\d{1,3}(?:h|hrs?)(?:[0-5]\d)?")


def may_wait(tokens: tuple[str, ...], tokset: frozenset[str]) -> bool:
    """A token a span of hours or days is counted in: what `wait_span` needs to look at all."""
    return not _SPAN_UNIT_TOKENS.isdisjoint(tokset) or any(
        t[0].isdigit() and _DIGIT_HOURS_RE.fullmatch(t) is not None for t in tokens
    )


def wait_span(low: str) -> bool:
    """A span of time named as waiting ("5h d'attente", "3 Stunden gewartet", "6 hours sat on the tarmac";
    ``low``: lower-cased text)."""
    return any(r.search(low) is not None for r in (WAIT_SPAN_RE, WAIT_PLACE_RE, WAIT_VERB_SPAN_RE))


def deadpan_tag(low: str) -> bool:
    """Praise closed off flat with "really" (", echt.", ", vraiment.", ", de verdad.")."""
    return DEADPAN_RE.search(low) is not None


# --- Thanks for a charge: "grazie per la bolletta da 200€", "obrigado por me cobrarem 35€" --------
# Thanking a brand for what it billed, with the sum named, is sarcasm in every language (a refund
# or a waived fee is thanked for with its own word: "thanks for refunding the 35€").
_THANKS_HEADS: Final[tuple[str, ...]] = (
    "thanks",
    "thank you",
    "thx",
    "cheers",
    "gracias",
    "merci",
    "danke",
    "dank",
    "grazie",
    "obrigado",
    "obrigada",
    "obrigadão",
    "obrigadíssimo",
    "obrigadíssima",
    # The diminutive is the sarcastic thanks of Portugal ("obrigadinho pela fatura de 140€"), said
    # sincerely too; before a charge and its sum it is sarcasm like any other thanks.
    "obrigadinho",
    "obrigadinha",
    "valeu",
    "dankeschön",
)
_FOR_WORDS: Final[tuple[str, ...]] = ("for", "por", "pela", "pelo", "pour", "de", "für", "per", "della", "del")
# Articles and pronouns between "for" and the charge ("por me cobrarem", "per la bolletta").
_CHARGE_FILLERS: Final[tuple[str, ...]] = (
    "the", "me", "my", "us", "this", "that", "la", "le", "les", "il", "lo", "l'", "a", "o", "as", "os", "die",
    "den", "das", "diese", "el", "los", "las", "mi", "ma", "mon", "mes", "meine", "um", "uma", "una", "un", "une",
    "ein", "eine", "mir", "m'", "nos", "questa", "esta", "este", "cette", "ce", "essa", "esse",
)  # fmt: skip
_CHARGES: Final[tuple[str, ...]] = (
    "charging", "charge", "charges", "charged", "bill", "billing", "fee", "fees",
    "cobrarme", "cobrarnos", "cobrar", "cobrarem", "cobraram", "cobrado", "cobro", "cargo", "factura", "comisión",
    "recargo", "fatura", "cobrança", "taxa", "comissão",
    "facture", "facturer", "facturé", "prélèvement", "prélever", "frais",
    "rechnung", "abbuchung", "gebühr", "gebühren",
    "bolletta", "fattura", "addebito", "addebitarmi", "addebitato", "commissione",
)  # fmt: skip
_MONEY_RE: Final = re.compile(r"\d[\d.,]*\s?(?:[€£$]|euros?|eur\b|reais|pounds?)|[€£$]\s?\d")
_NUMBER_OR_MONEY = r"(?:[€£$]?\s?\d[\d.,]*\s?(?:[€£$]|euros?|eur)?\s+)"
CHARGE_THANKS_RE: Final = re.compile(
    rf"\b(?:{_alternation(set(_THANKS_HEADS))})\b(?:\s+(?:<user>|mille|so much|a lot|beaucoup|muito|mil|vielmal|sehr))*"
    rf"[\s,]+(?:{_alternation(set(_FOR_WORDS))})\s+"
    rf"(?:(?:{_alternation(set(_CHARGE_FILLERS))})\s*){{0,2}}(?:{_NUMBER_OR_MONEY}(?:\w+\s+)?)?(?:{_alternation(set(_CHARGES))})\b"
)


# The one-word heads, to gate the pattern on the tokens.
THANKS_TOKENS: Final = frozenset(h for h in _THANKS_HEADS if " " not in h) | {"thank"}


# ... or for cancelling a flight or a train, which nobody asks for ("gracias por cancelar mi vuelo",
# "merci d'avoir annulé mon vol", "grazie per aver cancellato il treno"); an order or a plan is
# cancelled on request ("thanks for cancelling my subscription so fast").
_CANCELS: Final[tuple[str, ...]] = (
    "cancelling", "canceling", "cancelar", "cancelarme", "cancelarnos", "cancelarem", "cancelaram", "anular",
    "anularme", "annuler", "d'avoir annulé", "avoir annulé", "streichen", "stornieren", "absagen", "cancellare",
    "cancellarmi", "aver cancellato", "annullare", "aver annullato", "aver soppresso",
)  # fmt: skip
_TRIPS: Final[tuple[str, ...]] = (
    "flight", "flights", "train", "vuelo", "vuelos", "tren", "vol", "vols", "train", "flug", "flüge", "zug",
    "volo", "voli", "treno", "voo", "voos", "comboio",
)  # fmt: skip
_TRIP_STEMS: Final = (
    "flight",
    "train",
    "tren",
    "treno",
    "vuelo",
    "vol",
    "flug",
    "flüge",
    "zug",
    "volo",
    "voli",
    "voo",
    "comboio",
)
CANCEL_THANKS_RE: Final = re.compile(
    rf"\b(?:{_alternation(set(_THANKS_HEADS))})\b(?:\s+(?:<user>|mille|so much|a lot|beaucoup|muito|mil|vielmal|sehr))*"
    rf"[\s,]+(?:(?:{_alternation(set(_FOR_WORDS))})\s+|d['\u2019])(?:{_alternation(set(_CANCELS))})\s+(?:\S+\s+){{0,2}}?"
    rf"(?:{_alternation(set(_TRIPS))})\b"
)


# ... or for the cancellation itself, the noun ("obrigado pelo cancelamento surpresa", "merci pour
# l'annulation", "danke für die Annullierung"), of a trip or sprung on the traveller (a trip, an
# airport or station, "surprise", "last-minute" named). Not a free or requested one ("gracias por la
# cancelación sin coste del vuelo"), nor a subscription's (no trip named).
_CANCEL_NOUNS: Final[tuple[str, ...]] = (
    "cancellation", "cancelación", "cancelacion", "anulación", "annulation", "annullierung", "stornierung",
    "streichung", "absage", "cancellazione", "annullamento", "soppressione", "cancelamento", "anulação",
)  # fmt: skip
CANCEL_NOUN_THANKS_RE: Final = re.compile(
    rf"\b(?:{_alternation(set(_THANKS_HEADS))})\b(?:\s+(?:<user>|mille|so much|a lot|beaucoup|muito|mil|vielmal|sehr))*"
    rf"[\s,]+(?:(?:{_alternation(set(_FOR_WORDS))})\s+|d['\u2019])(?:(?:{_alternation(set(_CHARGE_FILLERS))})\s*){{0,2}}"
    rf"(?:\S+\s+)?(?:{_alternation(set(_CANCEL_NOUNS))})\b"
)
_SPRUNG: Final = re.compile(
    r"airport|aeropuerto|aéroport|aeroport|flughafen|aeroporto|station|estación|gare|bahnhof|stazione|estação"
    r"|surpri|sorpresa|überrasch|last[- ]minute|última hora|dernière minute|kurzfristig|ultimo minuto"
)
_FREE_OR_ASKED: Final = re.compile(
    r"\b(?:free|no fee|requested|asked|gratis|gratuit\w*|sin coste|sin cargo|solicit\w*|ped[ií]|sans frais"
    r"|demand\w*|kostenlos|gebührenfrei|beantragt|senza costi|richiest\w*|sem custos|pedi|pedido)\b"
)


def charge_thanks(low: str) -> bool:
    """Thanks for a charge, its sum named ("thanks for charging me £40", "grazie per la bolletta da 200€"),
    or for a cancelled flight ("gracias por cancelar mi vuelo", "obrigado pelo cancelamento surpresa")."""
    return (
        (_MONEY_RE.search(low) is not None and CHARGE_THANKS_RE.search(low) is not None)
        or (any(map(low.__contains__, _TRIP_STEMS)) and CANCEL_THANKS_RE.search(low) is not None)
        or (
            (any(map(low.__contains__, _TRIP_STEMS)) or _SPRUNG.search(low) is not None)
            and CANCEL_NOUN_THANKS_RE.search(low) is not None
            and _FREE_OR_ASKED.search(low) is None
        )
    )


# --- Said to be sincere: "no sarcasm", "sin ironía", "ohne Ironie" ------------------------------
# The writer rules the ironic reading out: the praise beside it is meant, and its "no" negates the
# sarcasm, not the praise ("genuinely sorted in 5 mins, no sarcasm, absolute legends"). Only the
# words for sarcasm and irony: "no joke" / "sin bromas" intensify a complaint as often as praise.
_SINCERE_RE: Final = re.compile(
    r"\b(?:(?:no|zero|not|without|non)\s+(?:even\s+)?(?:being\s+)?(?:sarcasm|sarcastic|irony|ironic|ironically)"
    r"|(?:sin|sem|sans|ohne|senza|cero|zero|zéro|null|kein|keine|nessuna|pas d'|pas d\u2019)\s*"
    r"(?:(?:ninguna|alguna|nenhuma|aucune|jede|alcuna)\s+)?(?:ironía|ironia|ironie|sarcasmo|sarcasme|sarkasmus)"
    r"|(?:no es|não é|nao é|non è|n'est pas de l'|c'est pas de l'|ist keine)\s*"
    r"(?:ironía|ironia|ironie|sarcasmo|sarcasme|sarkasmus)"
    r"|ironiefrei)\b"
)
_SINCERE_ANCHORS: Final = ("sarcas", "ironi", "ironí", "sarkas")


def sincere_marker(low: str) -> bool:
    """The writer says the text is not sarcasm ("no sarcasm", "sin ironía", "ohne Ironie"; ``low``: lower-cased)."""
    return any(map(low.__contains__, _SINCERE_ANCHORS)) and _SINCERE_RE.search(low) is not None


# --- A wrong outcome: the thing came, but not the one asked for -------------------------------
# "sent my bag to Warsaw instead of Nice", "vegetarisch bestellt, Fleisch bekommen", "pedí sin
# cebolla y me llegó con cebolla". A failure that names no failure word. Not when a number or a
# time word is what differs ("à 18h au lieu de 20h", "heute bestellt, morgen bekommen", "10 €
# statt 15 €"): that is speed or price, which sincere praise names too.
_INSTEAD_OF: Final[tuple[str, ...]] = (
    "instead of",
    "en vez de",
    "en lugar de",
    "au lieu de",
    "au lieu d",
    "à la place de",
    "statt",
    "anstatt",
    "anstelle von",
    "invece di",
    "invece del",
    "invece della",
    "invece che",
    "al posto di",
    "al posto del",
    "al posto della",
    "em vez de",
    "em vez da",
    "em vez do",
    "ao invés de",
    "ao invés da",
    "ao invés do",
)
_ORDERED: Final[tuple[str, ...]] = (
    "ordered",
    "pedí",
    "pedi",
    "commandé",
    "commandée",
    "bestellt",
    "ordinato",
    "ordinata",
    "encomendei",
)
_RECEIVED: Final[tuple[str, ...]] = (
    "got",
    "received",
    "recibí",
    "me llegó",
    "llegó",
    "me trajeron",
    "reçu",
    "reçue",
    "bekommen",
    "geliefert",
    "erhalten",
    "gekriegt",
    "arrivato",
    "arrivata",
    "ricevuto",
    "ricevuta",
    "portato",
    "veio",
    "recebi",
    "chegou",
    "mandaram",
)
_TIME_WORDS: Final[tuple[str, ...]] = (
    "today|tomorrow|yesterday|tonight|morning|evening|hour|hours|minutes|mins|min|days|day|week|weeks",
    "hoy|mañana|ayer|noche|tarde|horas|hora|minutos|días|dia|dias|semana",
    "aujourd|demain|hier|soir|matin|heures|heure|minutes|jours|jour|semaine",
    "heute|morgen|gestern|abend|früh|uhr|stunden|stunde|minuten|tage|tag|woche|sofort|direkt",
    "oggi|domani|ieri|sera|mattina|ore|ora|minuti|giorni|giorno|settimana|subito",
    "hoje|amanhã|ontem|noite|manhã|horas|hora|minutos|semana|logo",
)
# "ordered the big box and got a free gift": something more, not something else.
_EXTRA = (
    r"\b(?:free|bonus|extra|gift|discount|upgrade|gratis|regalo|descuento|cadeau|offert|offerte|réduction"
    r"|geschenk|rabatt|kostenlos|dazu|omaggio|sconto|brinde|desconto|grátis|de brinde)\b"
)
_TIMEISH = rf"(?:\d|\b(?:{'|'.join(_TIME_WORDS)})\b)"
INSTEAD_RE: Final = re.compile(rf"\b(?:{_alternation(set(_INSTEAD_OF))})\b(?![^.!?\n]{{0,12}}?{_TIMEISH})")
# "ordered X, got Y" / "X bestellt, Y bekommen": the two verbs within a clause or two, nothing
# time-like between them or just after.
ORDERED_GOT_RE: Final = re.compile(
    rf"\b(?:{_alternation(set(_ORDERED))})\b(?:(?!{_TIMEISH})[^.!?\n]){{2,40}}?\b(?:{_alternation(set(_RECEIVED))})\b"
    rf"(?![^.!?\n]{{0,12}}?(?:{_TIMEISH}|{_EXTRA}))"
)


# --- The bag in one place, its owner in another -----------------------------------------------
# "my bag enjoying its own holiday in Madrid while I'm in Lisbon", "mi maleta se fue a Roma y yo a
# Lisboa", "Mein Rollstuhl ist in Palma geblieben, ich bin in Köln": left behind or sent elsewhere,
# a failure that names no failure word. The thing first, then the owner somewhere else.
_CARRIED: Final[tuple[str, ...]] = (
    "bag", "bags", "luggage", "suitcase", "wheelchair", "pram", "stroller", "buggy",
    "maleta", "maletas", "equipaje", "silla de ruedas", "carrito",
    "valise", "valises", "bagage", "bagages", "fauteuil", "poussette",
    "koffer", "gepäck", "rollstuhl", "kinderwagen",
    "valigia", "valigie", "bagaglio", "bagagli", "sedia a rotelle", "passeggino",
    "mala", "malas", "bagagem", "cadeira de rodas",
)  # fmt: skip
_OWNER_ELSEWHERE: Final[tuple[str, ...]] = (
    r"(?:while|and|but|whilst)\s+(?:i'?m|i am|we'?re|we are|me|i stay|we stay)\s+(?:still\s+|stuck\s+)?(?:in|at)",
    # "bag went to Bari, I went to Munich": the owner's own trip elsewhere
    r"(?:and\s+)?(?:i|we)\s+(?:went|flew|ended\s+up|landed)\s+(?:in|to|at)",
    r"y\s+yo\s+(?:en|a)",
    r"(?:y|mientras)\s+(?:yo|nosotros)\s+(?:estoy|estamos|sigo|me\s+quedo|nos\s+quedamos)\s+en",
    r"et\s+moi\s+(?:à|a|en)",
    r"(?:et|alors que|mais|pendant que)\s+je\s+(?:suis|reste)\s+(?:à|a|en)",
    r"ich\s+(?:bin|bleibe)\s+(?:in|auf)",
    r"(?:und|aber|während)\s+ich\s+(?:in|auf)",
    r"(?:e|mentre)\s+io\s+(?:sono\s+|resto\s+|rimango\s+)?(?:a|in)",
    r"(?:e|enquanto|mas)\s+eu\s+(?:estou\s+|fiquei\s+|fico\s+|continuo\s+|)(?:em|no|na)",
)
CARRIED_ELSEWHERE_RE: Final = re.compile(
    rf"\b(?:{_alternation(set(_CARRIED))})\b[^.!?\n]{{0,80}}?\b(?:in|en|a|à|em|nach|to|at|no|na|para|pra)\s+(\w+)"
    rf"[^!?\n]{{0,40}}?(?:^|\s|,)(?:{'|'.join(_OWNER_ELSEWHERE)})\s+(\w+)"
)


def carried_elsewhere(low: str) -> bool:
    """A bag or a wheelchair in one place and its owner in another (``low``: lower-cased clean text)."""
    # Two places, not one ("my bag is with me in Rome and I'm in Rome all week").
    return any(m.group(1) != m.group(2) for m in CARRIED_ELSEWHERE_RE.finditer(low))


# "très pratique", "sehr praktisch", "ganz großes Kino": praise of how handy a thing was, the tag
# that turns a wrong outcome into sarcasm (sincere thanks for one, "business instead of economy",
# is common: a wrong outcome counts only beside this tag or an eye-roll / slow clap).
_HANDY_TAGS: Final[tuple[str, ...]] = (
    "very handy",
    "so handy",
    "really handy",
    "very useful",
    "so useful",
    "muy práctico",
    "súper práctico",
    "super práctico",
    "muy útil",
    "très pratique",
    "trop pratique",
    "super pratique",
    "vraiment pratique",
    "sehr praktisch",
    "super praktisch",
    "echt praktisch",
    "großes kino",
    "grosses kino",
    "molto pratico",
    "davvero pratico",
    "comodissimo",
    "muito prático",
    "super prático",
    "muito útil",
)
HANDY_RE: Final = re.compile(rf"\b(?:{_alternation(set(_HANDY_TAGS))})\b")


def handy_tag(low: str) -> bool:
    """A "how handy" tag ("très pratique", "ganz großes Kino") in ``low`` (lower-cased clean text)."""
    return HANDY_RE.search(low) is not None


def wrong_outcome(low: str) -> bool:
    """Something came other than what was asked ("instead of", "ordered X, got Y"), nothing time-
    or number-like being what differs (``low``: lower-cased clean text)."""
    return INSTEAD_RE.search(low) is not None or ORDERED_GOT_RE.search(low) is not None


# --- Surface signs of sarcasm ----------------------------------------------------------------
# upside-down, eye-roll, unamused, clown
IRONY_EMOJI = frozenset(["\U0001f643", "\U0001f644", "\U0001f612", "\U0001f921"])


# Signs that praise beside a failure is sarcasm: the eye-roll emoji, a slow clap ("Bravo. 👏"),
# and scare quotes round the brand's own claim ("'peanut free' satay", "'on time' means 4 hours late").
SLOW_CLAP = "\U0001f44f"
# Face holding back tears, hugging, and hearts (red, green, blue, purple, orange, yellow).
HEARTFELT_EMOJI = frozenset(
    [
        "\U0001f979",
        "\U0001f917",
        "\u2764",
        "\U0001f49a",
        "\U0001f499",
        "\U0001f49c",
        "\U0001f9e1",
        "\U0001f49b",
    ]
)
OPEN_QUOTES = "'\"\u2018\u201c\u201e\u00ab"
CLOSE_QUOTES = "'\"\u2019\u201d\u201c\u00bb"
_ANY_QUOTE = "'\"\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb"
# A quote opened after a space and closed before a space or punctuation, 2-30 characters in it;
# an apostrophe inside a word is one of them ("thanks for the 'it's fixed' text", "'c'est réglé'").
_SCARE_QUOTES = re.compile(
    rf"(?:^|\s)[{OPEN_QUOTES}]\s?(?:[^{_ANY_QUOTE}\n]|(?<=\w)['\u2019](?=\w)){{2,30}}?\s?[{CLOSE_QUOTES}](?=[\s.,;:!?)]|$)"
)


def irony_sign(tokset: frozenset[str]) -> bool:
    """An eye-roll emoji or a slow clap among the tokens."""
    return not IRONY_EMOJI.isdisjoint(tokset) or SLOW_CLAP in tokset


def sarcasm_sign(norm: NormalisedText, quotes: bool = True) -> bool:
    """A surface sign of sarcasm: a slow clap, an eye-roll emoji, scare quotes (``quotes``)."""
    return irony_sign(frozenset(norm.tokens)) or (quotes and scare_quoted(norm))


def scare_quoted(norm: NormalisedText) -> bool:
    """A short quote round a claim ("'on time' means 4 hours late")."""
    clean = norm.clean
    return ("'" in clean or '"' in clean or not clean.isascii()) and _SCARE_QUOTES.search(clean) is not None


def sarcastic_mishap(low: str, tokset: frozenset[str]) -> bool:
    """A failure that names no failure word, beside a slow clap, an eye-roll or a "how handy" tag: a
    wrong outcome ("X bestellt, Y bekommen 👏", "au lieu de Nice, très pratique") or a bag sent elsewhere
    ("mi maleta se fue a Roma y yo a Lisboa 👏"); a bad state stated flat ("Danke 👏 der Rollstuhl ist in
    Wien", irony_states.py); or praise melted down: a melting face beside a flat
    "really" tag (`melted_deadpan`). ``low``: lower-cased clean text."""
    signed = irony_sign(tokset) or handy_tag(low)
    if signed and wrong_outcome(low):
        return True
    # The thing in one place and its owner in another is the failure itself: no sign needed
    # ("gracias, mi maleta está en Roma y yo en Lisboa"), unless the thing came after all.
    if carried_elsewhere(low) and (signed or not arrived(low)):
        return True
    return bad_state(low, signed, tokset) or melted_deadpan(low, tokset)


# The melting face: alone it is delight as often as dismay ("ce fondant 🫠"), so it is no irony
# emoji; beside a praise word closed off flat ("Des génies, vraiment. 🫠", "Bravissimi, davvero 🫠")
# two weak signs of sarcasm stack into a sure one, whatever failure the text describes without a
# failure word ("la sopa llegó en el fondo de la bolsa").
MELTING_FACE = "\U0001fae0"


def melted_deadpan(low: str, tokset: frozenset[str]) -> bool:
    """A melting face and a deadpan tag ("..., vraiment.", "..., echt.") in one mention."""
    return MELTING_FACE in tokset and deadpan_tag(low)


def waited_in(tokens: tuple[str, ...], tokset: frozenset[str], low: str) -> bool:
    """A span named as waiting or spent where one only waits (`wait_span`), looked for only where a
    token counts hours or days (`may_wait`); or minutes on a phone line that still last (hold_span.py)."""
    return (may_wait(tokens, tokset) and wait_span(low)) or held_for_minutes(tokset, low)


# --- Love of a cost: "adoro pagar 4 reais de taxa", "love being charged £30 for roaming" --------
# Saying one loves paying or being billed, with the sum or the fee named, is sarcasm in every
# language: nobody loves a charge. Not when the charge is negated or cheap ("love not paying
# roaming", "adoro não pagar taxa", "j'adore payer que 5€", "love that there's no fee") or free.
_LOVE_HEADS: Final[tuple[str, ...]] = (
    "love", "loving", "adore", "me encanta", "me encantan", "me fascina", "amo", "adoro", "adorei", "amei",
    "j'adore", "j\u2019adore", "adore", "ich liebe", "liebe es", "lieben es", "liebe", "mi piace", "adoriamo",
    # "how nice to pay the fee twice", "che bello pagare la commissione": delight said of paying.
    "how nice", "how lovely", "what a joy", "qué bonito", "qué gusto", "que bonito", "que gusto", "que bom",
    "que delícia", "que lindo", "wie schön", "quel plaisir", "quel bonheur", "che bello", "che gioia",
)  # fmt: skip
_PAYING: Final[tuple[str, ...]] = (
    "paying", "pay", "being charged", "getting charged", "charged", "charge", "charges", "charging",
    "pagar", "pague", "paguemos", "cobren", "cobran", "cobra", "cobrar", "cobram", "cobrarem", "cobrou",
    "cobraram", "pago", "pagando",
    "payer", "paye", "payé", "facture", "facturent", "facturer", "prélève", "prélèvent",
    "zahlen", "bezahlen", "zahle", "abbuchen", "abbucht", "berechnet", "berechnen", "kassiert", "kassieren",
    "pagare", "pagato", "addebitano", "addebitare", "fatturano", "far pagare", "fanno pagare",
)  # fmt: skip
_FEES: Final[tuple[str, ...]] = (
    "fee", "fees", "surcharge", "commission", "tarifa", "comisión", "comision", "recargo", "cargo", "taxa",
    "comissão", "tarifa", "frais", "supplément", "gebühr", "gebühren", "aufpreis", "zuschlag",
    "commissione", "commissioni", "supplemento", "roaming",
)  # fmt: skip
# Why the cost is no complaint: none paid, or little ("only 5€", "só 5 reais", "nur 5 €", "less");
# "ne ... que" by its "ne".
_NO_COST: Final[tuple[str, ...]] = (
    "not", "no", "don't", "dont", "never", "without", "free", "less", "only", "just", "cheap", "cheaper",
    "nada", "sin", "nunca", "gratis", "menos", "solo", "sólo", "barato",
    "não", "nao", "sem", "grátis", "só", "apenas", "mais barato",
    "ne", "pas", "sans", "jamais", "gratuit", "gratuite", "moins", "seulement",
    "nicht", "kein", "keine", "keinen", "ohne", "nie", "kostenlos", "gratis", "weniger", "nur", "günstig",
    "non", "senza", "mai", "gratuito", "meno", "soltanto",
)  # fmt: skip
_CLAUSE = r"[^.!?\n]"
LOVE_COST_RE: Final = re.compile(
    rf"\b(?:{_alternation(set(_LOVE_HEADS))})\b({_CLAUSE}{{0,40}}?)\b(?:{_alternation(set(_PAYING))})\b({_CLAUSE}{{0,40}})"
)
_NO_COST_RE: Final = re.compile(
    rf"(?<!\w)(?:{_alternation(set(_NO_COST))})(?!\w)|(?<![\d.,])0\s?(?:[€£$]|euros?|reais)"
)
_FEE_RE: Final = re.compile(rf"\b(?:{_alternation(set(_FEES))})\b")
LOVE_TOKENS: Final = frozenset(h for h in _LOVE_HEADS if " " not in h) | {
    "encanta", "encantan", "fascina", "piace", "jadore", "nice", "lovely", "joy", "bonito", "gusto", "bom",
    "delícia", "lindo", "schön", "plaisir", "bonheur", "bello", "gioia",
}  # fmt: skip
# Less said right after the sum ("£5 less", "5€ de moins", "10€ weniger"): a saving, not a charge.
_LESS_AFTER_RE: Final = re.compile(
    r"\s*(?:(?:de|in)\s+)?(?:less|cheaper|menos|moins|weniger|meno|mais\s+barato|más\s+barato)\b"
)


def love_of_a_cost(low: str) -> bool:
    """Love said of paying or being billed, the sum or a fee named ("adoro quando me cobram 30€ de
    roaming", "j'adore payer 5€ de frais"), nothing making it cheap or free (``low``: lower-cased)."""
    for m in LOVE_COST_RE.finditer(low):
        between, after = m.group(1), m.group(2)
        cost = _MONEY_RE.search(after) or _FEE_RE.search(after)
        # What is said before the sum ("only £10", "no fee"), not after it ("£12 just to send 50").
        if _NO_COST_RE.search(between) or (
            cost is not None and (_NO_COST_RE.search(after[: cost.start()]) or _LESS_AFTER_RE.match(after, cost.end()))
        ):
            continue
        if cost is not None:
            return True
        # A fee named before the verb ("la nueva tarifa, pago menos"): only if nothing after makes it cheap.
        if _FEE_RE.search(between) and not _NO_COST_RE.search(after):
            return True
    return False


# --- So good that I had to climb a tree: praise whose consequence is a hardship ---------------
# "signal so good I had to climb a tree", "wifi tan rápido que tuve que salir a la calle", "réseau
# tellement bon que j'ai dû monter sur le toit": a quality said to force an effort on the writer is
# the coverage or speed complaint said the other way round. Only efforts nobody makes for pleasure
# (climb, go outside, stand, wait, restart): "so good I had to order another" is sincere.
_SO: Final = r"(?:so|such|too|tan|tão|tao|tellement|si|trop|so|dermaßen|così|talmente|troppo)"
_GOOD: Final[tuple[str, ...]] = (
    "good", "great", "fast", "quick", "strong", "reliable", "amazing", "stable", "excellent",
    "bueno", "buena", "rápido", "rápida", "rapido", "fuerte", "fiable", "estable", "genial",
    "bom", "boa", "rápida", "forte", "estável", "ótimo", "ótima", "incrível",
    "bon", "bonne", "rapide", "fort", "forte", "fiable", "stable", "génial", "top",
    "gut", "schnell", "stark", "toll", "super", "zuverlässig", "stabil",
    "buono", "buona", "veloce", "forte", "affidabile", "stabile", "ottimo", "ottima",
)  # fmt: skip
_HAD_TO: Final[tuple[str, ...]] = (
    r"(?:i|we)\s+(?:had|have|need(?:ed)?|got)\s+to",
    r"(?:que|q)\s+(?:tuve|tengo|tuvimos|tenemos|he\s+tenido)\s+que",
    r"(?:que|q)\s+(?:tive|tenho|tivemos|temos)\s+(?:que|de)",
    r"(?:que|qu['\u2019])\s*(?:j['\u2019]ai\s+dû|je\s+dois|on\s+a\s+dû|il\s+(?:m['\u2019])?a\s+fallu|il\s+faut)",
    r"(?:dass|daß)\s+ich",  # the verb comes last: "dass ich auf den Balkon klettern musste"
    r"(?:che)\s+(?:ho\s+dovuto|devo|abbiamo\s+dovuto|dobbiamo)",
)
_EFFORTS: Final[tuple[str, ...]] = (
    "climb", "go outside", "go out", "stand", "walk", "drive", "hang", "lean", "hold", "wait", "restart",
    "reboot", "borrow", "use my neighbour", "use my neighbor", "run",
    "subir", "subirme", "salir", "caminar", "andar", "asomarme", "esperar", "reiniciar", "colgarme",
    "sair", "caminhar", "pendurar", "ficar de pé",
    "grimper", "monter", "sortir", "marcher", "attendre", "redémarrer", "me pencher",
    "klettern", "steigen", "rausgehen", "raus", "laufen", "warten", "neu starten", "stehen",
    "arrampicarmi", "salire", "uscire", "camminare", "aspettare", "riavviare", "sporgermi",
)  # fmt: skip
SO_GOOD_HAD_TO_RE: Final = re.compile(
    rf"\b{_SO}\s+(?:{_alternation(set(_GOOD))})\b{_CLAUSE}{{0,50}}?\b(?:{'|'.join(_HAD_TO)})\b"
    rf"{_CLAUSE}{{0,40}}?\b(?:{_alternation(set(_EFFORTS))})\b"
)
SO_TOKENS: Final = frozenset(
    ["so", "such", "too", "tan", "tão", "tao", "tellement", "si", "trop", "dermaßen", "così", "talmente", "troppo"]
)


def hardship_of_praise(low: str) -> bool:
    """A quality so good that it forced an effort on the writer ("signal so good I had to climb a
    tree", "wifi tan rápido que tuve que salir a la calle"; ``low``: lower-cased clean text)."""
    return SO_GOOD_HAD_TO_RE.search(low) is not None


# --- Thanks, and paying anyway: "danke, dass ich null Netz habe und trotzdem 39,99 zahlen darf" -----
# Paying all the same for what failed ("and still pay £40", "y encima pagar", "et payer quand même")
# beside a thank-you is the thanks for a failure said the other way round, in every language.
_ANYWAY: Final = (
    r"still|anyway|trotzdem|dennoch|encima|igualmente|aun así|aún así|quand même|quand meme|toujours|en plus"
    r"|comunque|lo stesso|pure|ainda|mesmo assim"
)
_PAY_VERBS: Final = (
    r"pay|paying|charged|charging|zahlen|bezahlen|zahle|zahlt|pagar|pago|pagando|pague|payer|paye|payé|payons"
    r"|pagare|pagato|pagando|pagamos|pagarei|cobrar|cobrando|cobram|cobran|facturer|facturé"
)
PAYS_ANYWAY_RE: Final = re.compile(rf"\b(?:{_ANYWAY})\s+(?:[^\s.!?]+\s+){{0,3}}?(?:{_PAY_VERBS})\b")


def pays_anyway(low: str) -> bool:
    """Paying all the same ("and still pay", "trotzdem 39,99 zahlen"; ``low``: lower-cased clean text)."""
    # Not what is cheap or nothing ("still pay less than before", "zahle trotzdem nichts").
    return any(
        not _NO_COST_RE.search(low[m.end() : m.end() + 20]) and not _NOTHING_RE.match(low, m.end())
        for m in PAYS_ANYWAY_RE.finditer(low)
    )


_NOTHING_RE: Final = re.compile(r"\s+(?:nothing|nada|rien|nichts|niente|nulla)\b")


# --- A verdict of genius on a sum charged: "300€ di roaming per due giorni. Geniale." ----------
# "Brilliant. £90 of roaming for a weekend 👏", "Bravo, 45 € de frais pour un virement, génial",
# "Genial, 80 € de roaming en dos días, en serio": praising a sum the writer was billed is the billing
# complaint said the other way round, when the praise is said flat (a one-word sentence), with a
# slow clap or an eye-roll, or closed with "really". Not when the sum is cheap, an offer or money
# back ("only 5€ of roaming a week, genius", "£50 refunded on my bill, brilliant").
_VERDICTS: Final[tuple[str, ...]] = (
    "brilliant", "genius", "bravo", "congrats", "congratulations", "well done", "great job",
    "genial", "enhorabuena", "felicidades", "bravísimo", "génial", "géniale", "félicitations", "chapeau",
    "glückwunsch", "gratuliere", "gratulation", "bravo", "spitze", "genial", "geniale", "complimenti",
    "bravi", "bravissimi", "chapeau", "parabéns", "parabens", "genial", "brilhante", "mandou bem",
)  # fmt: skip
_CHARGE_NOUNS: Final[tuple[str, ...]] = (
    "roaming", "fee", "fees", "charge", "charges", "surcharge", "bill", "data",
    "cargo", "cargos", "recargo", "comisión", "comision", "comisiones", "factura",
    "frais", "facture", "supplément", "prélèvement",
    "gebühr", "gebühren", "rechnung", "aufpreis", "zuschlag",
    "commissione", "commissioni", "bolletta", "addebito", "addebiti", "supplemento", "fattura",
    "taxa", "taxas", "tarifa", "fatura", "cobrança", "cobranca", "comissão", "comissões", "comissao",
)  # fmt: skip
# A sum and a charge noun next to each other ("300€ di roaming", "£90 roaming charge", "a bill of
# £300"): found from each sum, so the word alternation only reads a few characters either side.
_MONEY_AT_RE: Final = re.compile(r"[€£$]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[€£$]|euros?\b|eur\b|reais\b|pounds?\b|quid\b)")
_CHARGE_AFTER_RE: Final = re.compile(
    rf"\s+(?:(?:of|in|de|di|d['\u2019]|an|em|en|per|for)\s+)?(?:\w+\s+)?(?:{_alternation(set(_CHARGE_NOUNS))})\b"
)
# ... with one word between ("taxa escondida de 5€", "frais cachés de 12€", "commissione nascosta di 3€").
_CHARGE_BEFORE_RE: Final = re.compile(
    rf"\b(?:{_alternation(set(_CHARGE_NOUNS))})\s+(?:[^\W\d_]+\s+)?(?:(?:of|de|di|da|von|do|du)\s+)?$"
)
_FLAT_VERDICT_RE: Final = re.compile(
    rf"(?:^|[.!?,;:]\s*)(?:{_alternation(set(_VERDICTS))})\s*(?:[.…]|,\s*(?:{_alternation(_TAGS)})\b|$)"
)
# Cheap, an offer or money back: the sum is praised for real.
_NOT_BILLED: Final = frozenset(
    (
        "only", "just", "solo", "sólo", "seulement", "nur", "só", "apenas", "soltanto", "appena", "cheap",
        "cheaper", "less", "menos", "moins", "weniger", "meno", "free", "gratis", "gratuit", "gratuito",
        "kostenlos", "grátis", "saved", "save", "discount", "descuento", "réduction", "rabatt", "sconto",
        "desconto", "cashback", "offer", "offerta", "oferta", "offre", "angebot",
    )
)  # fmt: skip
_NOT_BILLED_STEMS: Final = ("refund", "reembols", "rembours", "erstatt", "rimbors", "promo")
_CHARGE_TOKENS: Final = frozenset(_CHARGE_NOUNS)
VERDICT_TOKENS: Final = frozenset(v for v in _VERDICTS if " " not in v) | {"done", "job"}


# Congratulations, in the six languages: on an achievement; beside a failure, mock (praise_turns.py).
CONGRATS_TOKENS: Final = frozenset(
    {"congrats", "congratulations", "congratz", "grats", "felicidades", "enhorabuena", "felicitaciones"}
    | {"félicitations", "felicitations", "bravo", "glückwunsch", "glückwünsche", "gratuliere", "gratulation"}
    | {"complimenti", "congratulazioni", "parabéns", "parabens"}
)

# A word in quotes ("mon compte 'gratuit'", "a 'free' account"): scare quotes, the word's opposite.
_QUOTED_WORD_RE: Final = re.compile(
    r"(?:^|(?<=\s))['\"\u2018\u201c\u201e\u00ab]\w[^'\"\u2019\u201d\u00bb\n]{0,28}['\"\u2019\u201d\u00bb](?!\w)"
)


def free_said(tokset: frozenset[str], low: str) -> bool:
    """A word of a cheap sum, an offer or a saving said plainly, not in scare quotes."""
    if _NOT_BILLED.isdisjoint(tokset):
        return False
    return not _NOT_BILLED.isdisjoint(re.findall(r"\w+", _QUOTED_WORD_RE.sub(" ", low)))


def _sum_charged(low: str) -> bool:
    """A sum next to a charge noun, either side of it."""
    for m in _MONEY_AT_RE.finditer(low):
        if _CHARGE_AFTER_RE.match(low, m.end(), m.end() + 40) or _CHARGE_BEFORE_RE.search(
            low[max(0, m.start() - 30) : m.start()]
        ):
            return True
    return False


def sum_charged(tokset: frozenset[str], low: str) -> bool:
    """A sum next to a charge noun ("90€ di roaming", "a bill of £300"), not a cheap one, an offer or
    money back (``low``: lower-cased clean text): a loss, whatever words the models know."""
    if _CHARGE_TOKENS.isdisjoint(tokset) or free_said(tokset, low):
        return False
    return not any(t.startswith(_NOT_BILLED_STEMS) for t in tokset) and _sum_charged(low)


def verdict_on_a_charge(tokset: frozenset[str], low: str) -> bool:
    """A verdict of genius said flat, with a slow clap or an eye-roll, on a sum charged (see above;
    ``low``: lower-cased clean text)."""
    if VERDICT_TOKENS.isdisjoint(tokset) or _CHARGE_TOKENS.isdisjoint(tokset) or _MONEY_RE.search(low) is None:
        return False
    if free_said(tokset, low) or any(t.startswith(_NOT_BILLED_STEMS) for t in tokset):
        return False
    if not _sum_charged(low):
        return False
    return (
        _FLAT_VERDICT_RE.search(low) is not None
        or not IRONY_EMOJI.isdisjoint(tokset)
        or (SLOW_CLAP in tokset and any(map(low.__contains__, _VERDICTS)))
    )


def praise_of_a_failure(tokset: frozenset[str], low: str) -> bool:
    """Thanks for a charge or a cancelled trip (`charge_thanks`) or beside paying anyway (`pays_anyway`),
    love of a charge (`love_of_a_cost`), a verdict of genius on a sum charged (`verdict_on_a_charge`)
    or a quality that forced a hardship (`hardship_of_praise`): praise said of what went wrong,
    sarcasm in every language (``low``: lower-cased clean text)."""
    return (
        # ... or thanks beside a sum charged, wherever it stands ("grazie mille per i 90€ di roaming").
        (not THANKS_TOKENS.isdisjoint(tokset) and (charge_thanks(low) or pays_anyway(low) or sum_charged(tokset, low)))
        # ... or congratulations on one ("parabéns, mais uma taxa escondida de 5€", praise_turns.py).
        or (not CONGRATS_TOKENS.isdisjoint(tokset) and sum_charged(tokset, low))
        # Thanks or joy for a failure the brand caused: "gracias por perder mi maleta" (thanks_failure.py).
        or thanks_for_a_failure(low)
        or (not LOVE_TOKENS.isdisjoint(tokset) and love_of_a_cost(low))
        or (not SO_TOKENS.isdisjoint(tokset) and hardship_of_praise(low))
        or verdict_on_a_charge(tokset, low)
        # A card stopped at the till, a parcel left in the rain (irony_acts.py); a slow clap beside a failure
        # that names no failure word ("mi maleta se fue a Roma y yo a Lisboa 👏"), with or without a praise word.
        or praise_of_an_act(low, tokset, irony_sign(tokset))
        or (SLOW_CLAP in tokset and sarcastic_mishap(low, tokset))
        # ... or beside a thing on its way for weeks ("Paket seit 3 Wochen unterwegs 👏", clap_states.py).
        or (SLOW_CLAP in tokset and stuck_for_days(low, tokset, foreign_span(low) == ONGOING))
    )


# Failure evidence that turns ironic praise's intensity round in any tweet (`sentiment.score`):
# `features.NEGATIVE_EVENTS` less the words of everyday tweets ("another great day", "can't
# wait", "again", "late night", "hours of fun", "nothing better"), and the waits the cues found.
SURE_EVENTS: Final = frozenset(
    {"delay", "delayed", "delays", "cancel", "cancelled", "cancels", "canceled", "cancellation", "lost"}
    | {"stuck", "broken", "missed", "stranded", "fail", "failed", "worst", "ruined", "ruining"}
)
SURE_FAILURE_CUES: Final = frozenset({"long_wait", "on_hold", "still_waiting", "cancelled", "never_again", "waited"})


def sure_failure(tokset: frozenset[str], cues: list[str]) -> bool:
    """A failure event word ("delay", "lost", "broken"), an eye-roll or upside-down face, or a
    wait the cues found: what makes ironic praise negative in a general tweet too."""
    return (
        not SURE_EVENTS.isdisjoint(tokset)
        or not IRONY_EMOJI.isdisjoint(tokset)
        or not SURE_FAILURE_CUES.isdisjoint(cues)
    )
