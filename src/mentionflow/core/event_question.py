"""A question whether something happened, asked in the past, is a question, not a report.

"was there an outage 2 days ago?", "hubo una caída ayer en Madrid?", "gab es gestern eine Störung
in Berlin?": the writer asks about an event (often to explain a charge, a missed call, a news item)
and names no harm to themselves. The outage word is the keyword file's major word and "2 days"
reads as a wait (the English ``long_wait`` cue), so the rules made a major complaint of it. Asked
with a personal impact ("was there an outage? my internet was down 3 hours"), it stays a report.
"""

from __future__ import annotations

import re
from typing import Final

from mentionflow.core.features import DURATION_RE

# An existence question in a past tense opens the mention (after handles or a greeting).
_PAST_EVENT: Final = re.compile(
    r"(?:(?:<user>|<hashtag>|hi|hello|hey|hola|buenas|bonjour|salut|hallo|moin|ciao|salve|olá|ola|oi)[\s,:!.-]+)*[¿\s]*"
    r"(?:was there|were there|ha(?:s|ve|d) there been|did (?:you|u) (?:guys )?have (?:an?|any)\b|"
    r"(?:hubo|ha habido|había) |"
    r"(?:est-ce qu.il y a eu|y a-t-il eu|il y a eu|y a eu) |"
    r"(?:gab es|hat es (?:\w+ )*gegeben|war (?:da|das|gestern|heute) ) ?|"
    r"(?:c.è stat[oa]|ci sono stat[ie]|c.era) |"
    r"(?:houve|havia|teve) )"
)
# Words of the writer's own loss ("my internet", "je n'avais plus", "ich konnte nicht"): a report.
_PERSONAL: Final = frozenset(
    {"my", "me", "i", "im", "ive", "id", "we", "our", "us", "mine", "mi", "mis", "yo", "nuestro", "nuestra"}
    | {"mon", "ma", "mes", "je", "jai", "nous", "notre", "moi", "mein", "meine", "meinen", "meinem", "meiner", "ich"}
    | {"wir", "unser", "unsere", "unseren", "mio", "mia", "miei", "mie", "io", "noi", "nostro", "nostra", "meu"}
    | {"minha", "meus", "minhas", "eu", "nós", "nosso", "nossa", "couldnt", "cant", "cannot", "wasnt", "lost"}
    | {"missed", "pude", "pudimos", "pudo", "konnte", "konnten", "potuto", "consegui", "conseguimos"}
)


def past_event_question(low: str, tokens: tuple[str, ...]) -> bool:
    """``low`` (the lower-cased clean text) asks whether something happened, with no impact on the
    writer named, and every span of hours or days in it dates the event ("2 days ago")."""
    if ("?" not in low and "¿" not in low) or not _PERSONAL.isdisjoint(tokens):
        return False
    if _PAST_EVENT.match(low) is None:
        return False
    return all(low[m.end() : m.end() + 4] == " ago" for m in DURATION_RE.finditer(low))
