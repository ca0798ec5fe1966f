"""Minutes on the line, still going: "Hotline ... seit 47 Minuten", "le service client, depuis 40
minutes", "llevo 35 minutos al teléfono", "da 30 minuti in linea", "há 25 minutos na chamada".

A span of minutes is no wait by itself ("réglé en 5 minutes" is praise of speed, and
`irony_cues.FOREIGN_MINUTES_RE` only counts an hour or more). Said as a state that still lasts
(after "seit", "depuis", "desde hace", "da", "há") and beside a phone line or a hotline, it is the
wait on hold that the English ``on_hold`` cue finds: a reachability complaint, however the text
jokes about it ("Hotline be like: 'Ihr Anruf ist uns wichtig' seit 47 Minuten"). es/fr/de/it/pt
only: English has its own cues, which its models were trained on.
"""

from __future__ import annotations

import re
from typing import Final

# Where one waits on the line, per language (tokens as `normalise` emits them). The phone itself
# only as "on the phone" (`_ON_PHONE_RE`): "seit 30 Minuten teste ich das neue Telefon" is no wait.
_CHANNELS: Final = frozenset(
    {"hotline", "anruf", "warteschleife", "leitung", "callcenter", "kundenservice", "kundendienst"}
    | {"appel", "ligne", "standard", "conseiller", "conseillère"}
    | {"llamada", "línea", "linea", "espera", "centralita"}
    | {"chiamata", "centralino", "operatore", "attesa"}
    | {"ligação", "ligacao", "linha", "chamada", "atendimento", "atendente"}
)
_PHONES: Final = frozenset({"telefon", "téléphone", "telephone", "teléfono", "telefono", "telefone"})
_ON_PHONE_RE: Final = re.compile(
    r"\b(?:am|au|al|ao|no|in)\s+(?:telefon|téléphone|telephone|teléfono|telefono|telefone)\b"
)
_MINUTE_UNITS: Final = frozenset({"minuten", "minutes", "minutos", "minuti", "min", "mins", "minute"})
# A state that still lasts: "seit", "depuis", "ça fait", "desde hace", "llevo", "da", "estou há", "faz".
# Not "hace" / "há" alone: "llamé hace 30 minutos" is when, not how long.
_ONGOING: Final = (
    r"seit|depuis|ça\s+fait|ca\s+fait|cela\s+fait|desde\s+hace|llevo|llevamos"
    r"|da|sono|estou\s+há|estou\s+ha|faz|fazem"
)
# Twenty minutes or more: a few minutes on the line is how a quick call goes.
HELD_MINUTES_RE: Final = re.compile(
    rf"\b(?:{_ONGOING})\s+(?:più\s+di\s+|über\s+|plus\s+de\s+|más\s+de\s+|mais\s+de\s+)?"
    r"(?<![\w.,])(?:[2-9]\d|[1-9]\d{2})\s*(?:minuten|minutes|minutos|minuti|mins?)\b"
)


# Hold music, and a span of it ("20 minuti di musichetta d'attesa", "45 minutes of hold music",
# "media hora de musiquita de espera", "30 minutes de musique d'attente", "40 Minuten
# Warteschleifenmusik", "meia hora de musiquinha de espera"): music one hears only while held on a
# line, so however long it played is a wait on hold, whatever emoji the writer laughs with.
_HOLD_MUSIC_ANCHORS: Final = frozenset(
    {"music", "música", "musica", "musiquita", "musique", "musichetta", "musiquinha", "warteschleifenmusik"}
    | {"wartemusik", "warteschleifenmelodie", "melodie", "melodia", "musik"}
)
HOLD_MUSIC_RE: Final = re.compile(
    r"\b(?:hold music|music on hold|on[- ]hold music|m[uú]sica de espera|musiquita de espera"
    r"|musique d['\u2019]?\s*attente|warteschleifen-?musik|wartemusik|warteschleifenmelodie"
    r"|musi(?:ca|chetta) (?:d['\u2019]?\s*|di )attesa"
    r"|musiquinha de espera|melodia de espera)"
)
_SPAN_RE: Final = re.compile(
    r"(?<![\w.,])(?:\d{1,3}\s*(?:min\w*|h|hrs?|hours?|or[ae]|horas?|heures?|stunden?|std)\b"
    r"|half an hour|an hour|mezz['\u2019]?\s*ora|un['\u2019]?\s*ora|media hora|una hora|(?:une )?demi-heure|une heure"
    r"|halbe stunde|eine stunde|meia hora|uma hora)"
)


def hold_music_span(tokset: frozenset[str], low: str) -> bool:
    """Hold music named beside a span of minutes or hours (see above)."""
    return (
        not _HOLD_MUSIC_ANCHORS.isdisjoint(tokset)
        and HOLD_MUSIC_RE.search(low) is not None
        and _SPAN_RE.search(low) is not None
    )


def held_for_minutes(tokset: frozenset[str], low: str) -> bool:
    """Twenty or more minutes that still last, beside a phone line or a hotline, or a span of hold
    music (see above; ``low``: lower-cased clean text)."""
    if hold_music_span(tokset, low):
        return True
    if _MINUTE_UNITS.isdisjoint(tokset):
        return False
    if _CHANNELS.isdisjoint(tokset) and (_PHONES.isdisjoint(tokset) or _ON_PHONE_RE.search(low) is None):
        return False
    return HELD_MINUTES_RE.search(low) is not None
