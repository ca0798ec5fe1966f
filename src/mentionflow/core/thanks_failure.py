"""Thanks for a failure the brand caused: sarcasm in every supported language (used by `irony_cues`).

Nobody thanks a brand for losing their bag, charging them twice or delaying their flight: "gracias
por perder mi maleta", "danke für die doppelte Abbuchung", "merci d'avoir annulé mon vol", "grazie
per aver perso il bagaglio", "obrigado por atrasar o voo", "thanks for losing my bag" are sarcasm,
a complaint that must never be thanked in public. The same holds for joy said of the failure ("so
happy you charged me twice", "qué felicidad, me cobraron dos veces") and for thanks closing a
failure met with feigned surprise ("que surpresa, o voo atrasou de novo. obrigado").

Sincere thanks stay praise: thanks for a fix ("gracias por encontrar mi maleta", "danke für die
schnelle Erstattung", "thanks for sorting my delayed flight"), or for not failing ("thanks for not
losing my bag this time"). The failure must follow the thanks in its own clause (a stop ends it).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["thanks_for_a_failure"]

# Thanks said *for* something: the head and its "for" in each language.
_THANKS_FOR: Final = (
    r"thanks?\s+(?:you\s+|u\s+)?(?:so\s+much\s+|a\s+lot\s+)?for",
    r"cheers\s+for",
    r"(?:muchas\s+)?gracias\s+(?:a\s+\S+\s+)?por",
    r"merci\s+(?:beaucoup\s+)?(?:pour|d'avoir|d\u2019avoir|de)",
    r"(?:vielen\s+)?dank[e]?\s+(?:sch[öo]n\s+)?f[üu]r",
    r"grazie\s+(?:mille\s+)?(?:per|di|dell[ao']?)",
    r"obrigad[oa]\s+(?:\S+\s+)?(?:por|pelo|pela|pelos|pelas)",
)
# Joy said of what happened: "so happy you charged me twice", "qué felicidad", "trop content".
_JOY: Final = (
    r"so\s+(?:happy|glad|pleased|grateful)",
    r"(?:really|very)\s+(?:happy|glad|pleased)",
    r"qu[ée]\s+(?:felicidad|alegr[ií]a)",
    r"(?:muy|tan|super)\s+(?:feliz|content[oa])",
    r"(?:trop|tellement|si)\s+(?:content|contente|heureux|heureuse|ravie?)",
    r"(?:so|sehr)\s+(?:froh|glücklich|happy)",
    r"(?:cos[ìi]|molto|troppo)\s+(?:felice|content[oa])",
    r"(?:t[ãa]o|muito|super)\s+(?:feliz|content[ea])",
)
_HEAD_RE: Final = re.compile(rf"\b(?:{'|'.join(_THANKS_FOR + _JOY)})\b")

# A failure the brand caused, said as its act or its result. Stems, so every inflection counts.
_FAILURE: Final = (
    # lost, broken, damaged
    r"los(?:e|ing|t)\b",
    r"perd(?:er|iste|ieron|ido|ida|iendo|re|u|ue|us|ues|ant|eu|eram|erem)\b",
    r"pers[oaie]\b",
    r"verl(?:oren|ieren|ust)",
    r"(?:break|broke|broken|smash(?:ed|ing)?|damag(?:e|ed|ing))\b",
    r"romp(?:er|ieron|iste|ido)|rot[oa]s?\b|cass[ée]e?s?\b|cass(?:er|ant)\b|kaputt|besch[äa]dig",
    r"rott[oaie]\b|romp(?:ere|endo)|danneggi|quebr(?:ar|ou|aram|ado|ada)|estrag(?:ar|ou|aram|ado)",
    # charged twice, double billing
    r"(?:charg(?:e|ed|ing)|bill(?:ed|ing))\s+(?:me\s+|us\s+)?(?:twice|double|two\s+times|three\s+times)",
    r"double[-\s]?(?:charg|bill)\w*",
    r"cobr\w*\s+(?:\S+\s+){0,3}(?:dos|duas|tres|três)\s+veces|cobr\w*\s+(?:\S+\s+){0,3}(?:duas|tr[êe]s)\s+vezes",
    r"doble\s+cobro|cobro\s+doble|cobrança\s+dupla|cobran[çc]a\s+em\s+dobro|dupla\s+cobran[çc]a",
    r"doppelt\w*\s+(?:abbuchung|belastung|zahlung|rechnung|abgebucht)|zweimal\s+abgebucht",
    r"doppelt\s+(?:abgebucht|berechnet|kassiert)",
    r"(?:pr[ée]lev|d[ée]bit|factur)\w*\s+(?:\S+\s+){0,2}deux\s+fois|double\s+pr[ée]l[èe]vement",
    r"addebit\w*\s+(?:\S+\s+){0,2}due\s+volte|doppio\s+addebito|addebito\s+doppio",
    # delayed, stranded
    r"delay(?:ed|ing)?\b|strand(?:ed|ing)\b",
    r"retras(?:ar|aron|ado|ada|o)\b|retard\b|versp[äa]t(?:ung|et)",
    r"ritard(?:o|are|ato|ata)\b|atras(?:ar|ou|aram|ado|ada|o)\b",
)
_FAILURE_RE: Final = re.compile(rf"(?:^|\b)(?:{'|'.join(_FAILURE)})")
# Cancelled: a failure only of a trip ("gracias por cancelar el vuelo"); a card, a plan or an order
# cancelled is what the customer asked for ("thank you for cancelling my old card").
_CANCEL_RE: Final = re.compile(
    r"\b(?:cancel(?:l?ed|l?ing)|cancel(?:ar|aron|ado|ada|aci[óo]n)|annul(?:er|é|ée|és|ant|ation)"
    r"|gestrichen\w*|storniert\w*|annulliert\w*|cancellat[oaie]|cancellare|annullat[oaie]"
    r"|cancela(?:r|ram|do|da|mento))\b"
)
_TRIP_RE: Final = re.compile(
    r"\b(?:flight|flights|train|trip|vuelo|vuelos|tren|viaje|vol|vols|voyage|flug|flüge|zug|reise"
    r"|volo|voli|treno|viaggio|voo|voos|comboio|viagem)\b"
)

# What makes the thanks sincere: a fix, a find, a refund or a "not" before the failure
# ("thanks for finding my lost bag", "gracias por no perder", "danke für die Erstattung").
_FIX: Final = re.compile(
    r"\b(?:not|never|no|nunca|ne|pas|nicht|kein\w*|non|não|nao|sem|sin|sans|ohne|senza"
    r"|find\w*|found|sort\w*|fix\w*|solv\w*|resolv\w*|refund\w*|rebook\w*|help\w*|track\w*|recover\w*|return\w*"
    r"|encontr\w*|resolv\w*|arregl\w*|solucion\w*|reembols\w*|devol\w*|recuper\w*|ayud\w*|ajud\w*|reagend\w*"
    r"|retrouv\w*|r[ée]par\w*|r[ée]gl\w*|rembours\w*|aid\w*|r[ée]cup[ée]r\w*"
    r"|gefunden|find\w*|erstatt\w*|zur[üu]ck\w*|geholfen|hilfe|gel[öo]st|repariert|behoben|umgebucht"
    r"|ritrovat\w*|trovat\w*|rimbors\w*|risolt\w*|aiut\w*|riparat\w*|restitu\w*"
    # news of it: "thanks for the update on the delay", "gracias por el aviso del retraso"
    r"|updates?|info|information|notice|heads|warning|alert|news|aviso|informaci[óo]n|actualizaci[óo]n"
    r"|pr[ée]venu\w*|pr[ée]venir|bescheid|hinweis|avviso|aggiornament\w*|informazion\w*|atualiza[çc][ãa]o"
    r"|informa[çc][ãa]o)\b"
)
# A cancellation free of charge or asked for ("la cancelación sin coste del vuelo", "l'annulation
# gratuite de mon vol"): a service, thanked sincerely.
_FREE_OR_ASKED: Final = re.compile(
    r"\b(?:free|no fee|requested|asked|gratis|gratuit\w*|sin coste|sin cargo|solicit\w*|ped[ií]|sans frais"
    r"|demand\w*|kostenlos|gebührenfrei|beantragt|senza costi|richiest\w*|sem custos|pedi|pedido)\b"
)
# A clause: the thanks and the failure meet before a stop or a contrast.
_CLAUSE_END: Final = re.compile(r"[.!?;\n]|\b(?:but|pero|mais|aber|mas)\b")
_SURPRISE: Final = re.compile(
    r"\b(?:what an? surprise|surprise,? surprise|quelle surprise|qu[ée] sorpresa|vaya sorpresa|menuda sorpresa"
    r"|was für eine überraschung|che sorpresa|que surpresa)\b"
)
_HANDLE: Final = re.compile(r"<user>\s*")
_THANK_WORD: Final = re.compile(r"\b(?:thanks|thank you|gracias|merci|danke|grazie|obrigad[oa])\b")


def _failure_in_clause(rest: str) -> bool:
    """A failure in the clause ``rest`` opens, with no fix or "not" before it."""
    end = _CLAUSE_END.search(rest)
    clause = rest[: end.start()] if end else rest
    failed = _FAILURE_RE.search(clause)
    if failed is None and _TRIP_RE.search(clause) is not None and _FREE_OR_ASKED.search(clause) is None:
        failed = _CANCEL_RE.search(clause)
    return failed is not None and _FIX.search(clause[: failed.start()]) is None


def thanks_for_a_failure(low: str) -> bool:
    """Thanks or joy for a failure the brand caused ("gracias por perder mi maleta", "so happy you
    charged me twice"), or thanks beside a failure met with feigned surprise ("que surpresa, o voo
    atrasou de novo. obrigado"). ``low``: lower-cased clean text."""
    low = _HANDLE.sub("", low)  # "gracias <user> por ...": the handle the clean text puts in its place
    if any(_failure_in_clause(low[head.end() :]) for head in _HEAD_RE.finditer(low)):
        return True
    surprise = _SURPRISE.search(low)
    return (
        surprise is not None
        and _THANK_WORD.search(low) is not None
        and _failure_in_clause(low[surprise.end() :].lstrip(" ,"))
    )
