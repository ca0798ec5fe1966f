"""What state a span beside a clap measures: one still stuck, or a good one newly had.

"Paket seit 3 Wochen unterwegs 👏", "my parcel has been in transit for 2 weeks 👏", "pedido en
camino desde hace 10 días 👏", "colis en cours d'acheminement depuis 3 semaines 👏", "pacco in
transito da 2 settimane 👏", "encomenda a caminho há 3 semanas 👏": a thing still on its way (or
pending) for days is a failure said plainly, and the slow clap beside it is sarcasm, as beside a
named failure. "Depuis 3 jours j'ai la fibre 👏", "I've had fibre for 3 days now 👏", "desde hace
una semana tengo fibra 👏", "seit 3 Tagen habe ich Glasfaser 👏", "da 3 giorni ho la fibra 👏",
"há 3 dias tenho fibra 👏": the span measures a service newly had, not one gone, so it reports no
outage lasting for days. So does a service one is "with" or "on": "llevo 3 días con fibra 👏",
"3 days on fibre now 👏", "depuis 3 jours avec la fibre", "seit 3 Tagen mit Glasfaser", "da 3 giorni
con la fibra", "há 3 dias com fibra" (not "con la fibra caída", nor "sin fibra").
"""

from __future__ import annotations

import re
from typing import Final

from mentionflow.core.spans import lasting_for_days

# Still on its way, or pending (en, es, fr, de, it, pt).
_STUCK: Final = re.compile(
    r"(?:^|\W)(?:in transit|on (?:its|the|their) way|still pending|pending|en camino|en tránsito|en transito|"
    r"pendiente|en route|en cours d.?acheminement|en transit|unterwegs|in zustellung|in transito|in viaggio|"
    r"in consegna|a caminho|em trânsito|em transito|pendente)(?!\w)"
)
_WORD: Final = re.compile(r"[^\W_]+")
_STUCK_ANCHORS: Final = frozenset(
    {"transit", "way", "pending", "camino", "tránsito", "transito", "pendiente", "route", "dacheminement"}
    | {"unterwegs", "zustellung", "viaggio", "consegna", "caminho", "trânsito", "pendente"}
)
# A service had: "j'ai la fibre", "I have fibre", "tengo fibra", "habe ich Glasfaser", "ho la fibra", "tenho fibra".
_HAVE: Final = frozenset(
    {"jai", "have", "ive", "got", "tengo", "tenemos", "habe", "haben", "ho", "abbiamo", "tenho", "temos"}
)
_SERVICES: Final = frozenset(
    {"fibre", "fiber", "fibra", "glasfaser", "broadband", "internet", "wifi", "wlan", "5g", "4g", "signal"}
    | {"réseau", "reseau", "red", "netz", "rete", "rede", "cobertura", "couverture", "empfang", "connexion"}
)
# "With" the service, or "on" it (English): "con fibra", "avec la fibre", "mit Glasfaser", "on 5G".
_WITH: Final = frozenset({"con", "with", "avec", "mit", "com", "on"})
_ARTICLES: Final = frozenset({"la", "el", "le", "il", "a", "o", "the", "der", "dem", "my", "mi", "ma", "mia", "minha"})
# ... and nothing said of its state after it ("con la rete che va e viene" is a failure told): the
# text ends, or a span, "at last", "new" or "and" follows.
_WITH_END: Final = frozenset(
    {"for", "since", "now", "at", "already", "and", "new", "depuis", "desde", "hace", "ya", "por", "nueva", "nuevo"}
    | {"y", "et", "enfin", "déjà", "nouvelle", "seit", "schon", "endlich", "und", "neue", "neuen", "da", "già"}
    | {"finalmente", "nuova", "e", "há", "ha", "já", "nova", "enfim", "óptica", "optique", "ottica", "ótica"}
)
# Negators that make the had service a lost one ("je n'ai plus la fibre", "no tengo fibra", "kein Netz").
_NOT: Final = frozenset(
    {"no", "not", "nao", "não", "non", "pas", "plus", "ne", "n", "kein", "keine", "keinen", "nicht", "sin", "sem"}
    | {"without", "ohne", "sans", "senza", "nunca", "never", "jamais", "nie", "mai", "nada", "nothing", "rien"}
    | {"lost", "perdu", "perdí", "verloren", "perso", "perdi", "down", "caído", "caida", "panne", "weg"}
    | {"caída", "caídas", "caidas", "caduta", "caiu", "ko", "problems", "problemas", "problèmes", "problemi"}
    | {"probleme", "problemen", "issues", "cortada", "cortado", "coupée", "instable", "lenta", "lento", "slow"}
)


def stuck_in_transit(low: str, tokset: frozenset[str]) -> bool:
    """A thing still on its way or pending ("unterwegs", "in transit", "en camino", "a caminho";
    ``low``: the lower-cased clean text)."""
    return not _STUCK_ANCHORS.isdisjoint(tokset) and _STUCK.search(low) is not None


def service_newly_had(toks: tuple[str, ...]) -> bool:
    """The writer has the service now ("j'ai la fibre", "tengo fibra"), nothing negated about it."""
    if (_HAVE.isdisjoint(toks) and _WITH.isdisjoint(toks)) or _SERVICES.isdisjoint(toks) or not _NOT.isdisjoint(toks):
        return False
    for i, tok in enumerate(toks):
        if tok in _HAVE and not _SERVICES.isdisjoint(toks[i + 1 : i + 4]):
            return True
        if tok in _SERVICES and not _HAVE.isdisjoint(toks[max(0, i - 3) : i]):
            return True
        if tok in _WITH and i + 1 < len(toks):
            nxt = i + 2 if toks[i + 1] in _ARTICLES else i + 1
            after = toks[nxt + 1 : nxt + 2]
            ends = not after or after[0] in _WITH_END or not after[0].isalnum()
            if nxt < len(toks) and toks[nxt] in _SERVICES and ends:
                return True  # "llevo 3 días con fibra", "on fibre": the service is what one has
    return False


def stuck_for_days(low: str, tokset: frozenset[str], ongoing: bool) -> bool:
    """Still on its way for days (``ongoing``: a foreign span of how long a state has lasted)."""
    return stuck_in_transit(low, tokset) and (ongoing or lasting_for_days(tuple(_WORD.findall(low))))
