"""An expectation unmet, in six languages (intent.py's "unmet" cue): beside praise words, sarcasm.

"I can't get my money back. great service ❤️", "still no bag after 4 days, amazing service 😍",
"3 weeks without internet, great job guys", "sigo sin mi reembolso, qué gran servicio",
"toujours pas remboursé, super service", "seit 5 Tagen kein Internet, toller Service",
"ancora senza linea, ottimo servizio", "ainda sem a minha mala, serviço incrível": something
expected (money, a bag, a line, a login) has not come, and nothing says it was fixed since. The
praise then praises nothing: the writer is mocking the wait (intent.py reads it as an ironic
complaint). English "hasn't arrived", "where is my refund" (`english_unmet`, intent's "unmet" cue in
any mention); `still_unmet` adds the forms it misses in English and the other five languages, read
only beside praise (as a cue in every mention they would move severities and routes).
Not a wish or an aside about the past ("still can't believe how fast you were", "toujours pas
déçu", "ainda sem palavras"): the unmet thing must be a service, a sum or an object, or a span of
days without one.
"""

from __future__ import annotations

import re
from typing import Final

# Something expected has not happened: "my order hasn't shipped", "still not received", "the app
# won't load". A problem even when asked politely ("is there any reason my order hasn't shipped?").
_UNMET_RE = re.compile(
    r"\b(?:hasnt|havent|hadnt|didnt|doesnt|dont|isnt|wasnt|arent|werent|wont|cant|not)\s+"
    r"(?:(?:yet|been|even|ever|actually|properly|still)\s+){0,2}"
    r"(?:ship(?:ped)?|arriv(?:e|ed)|receiv(?:e|ed)|deliver(?:ed)?|come|came|show(?:n|ed|ing)?|display(?:ed)?|work(?:ing|ed)?|"
    r"load(?:ing)?|connect(?:ing)?|refund(?:ed)?|credit(?:ed)?|fix(?:ed)?|resolv(?:e|ed)|get (?:my|our) money back|"
    r"turn(?:ing)? on|charg(?:e|ing)|open(?:ing)?|log(?:ging)? in|sign(?:ing)? in|"
    r"appl(?:y|ying|ied)|accept(?:ed|ing)?|go(?:ing)? through|went through)\b"
)
_UNMET_ANCHORS = frozenset(
    ["hasnt", "havent", "hadnt", "didnt", "doesnt", "dont", "isnt", "wasnt", "arent", "werent", "wont", "cant", "not"]
)
# A promised time has passed, or something due is asked after: "35 mins past the estimate",
# "overdue", "where is my order / refund", "still no sign of my parcel". Also unmet.
_OVERDUE_RE = re.compile(
    r"\b(?:(?:past|beyond|after) (?:the|its|my|our|your|their) (?:estimate|estimated|eta|due|expected|promised|"
    r"delivery (?:date|window|time|slot)|deadline|arrival (?:time|window))|overdue|"
    r"(?:where|wheres) (?:is |are )?(?:my|our) (?:order|orders|parcel|parcels|package|packages|delivery|refund|"
    r"money|food|item|items|stuff|replacement|driver|courier|bag|bags|luggage|suitcase|card|payment|ticket|tickets))\b"
)
_OVERDUE_ANCHORS = frozenset(["past", "beyond", "after", "overdue", "where", "wheres"])

# A span of time: "3 weeks", "10 días", "2 semaines", "5 Tagen", "6 giorni", "4 dias".
_SPAN = (
    r"(?:\d+|a|one|two|three|un|una|dos|tres|une|deux|trois|ein|eine|zwei|drei|uno|due|tre|um|uma|dois|duas|três) "
    r"(?:hours?|days?|weeks?|months?|horas?|días|dias|semanas?|meses|mes|heures?|jours?|semaines?|mois|"
    r"stunden|tage|tagen|wochen|monate|monaten|ore|giorni|settimane|mesi|mese)"
)
# "without", in each language.
_WITHOUT = r"(?:without|with no|sin|sans|ohne|senza|sem)"
# What the customer is left without: a service, a sum or an object ("sem palavras" is no loss).
_THING = (
    r"(?:(?:my|our|the|any|a|mi|mis|el|la|los|las|mon|ma|mes|le|les|mein|meine|meinen|das|die|den|il|lo|i|"
    r"le|mio|mia|miei|o|a|os|as|meu|minha|meus|minhas) ){0,2}"
    r"(?:internet|wifi|wlan|net|netz|signal|señal|signal|segnale|sinal|line|línea|linea|ligne|leitung|linha|"
    r"power|electricity|luz|électricité|electricite|strom|corrente|luce|energia|phone|teléfono|telefono|"
    r"téléphone|telefon|telefone|fibre|fibra|glasfaser|service|servicio|servizio|serviço|servico|"
    r"money|refund|dinero|reembolso|argent|remboursement|geld|erstattung|rückerstattung|soldi|rimborso|"
    r"dinheiro|reembolso|bag|bags|luggage|suitcase|maleta|equipaje|valise|bagages?|koffer|gepäck|valigia|"
    r"bagagli[oa]?|mala|bagagem|parcel|package|order|paquete|pedido|colis|commande|paket|bestellung|pacco|"
    r"ordine|encomenda|card|tarjeta|carte|karte|carta|cartão|cartao|account|cuenta|compte|konto|conto|conta|"
    r"coverage|cobertura|couverture|empfang|copertura|tv|television|televisión)"
)
_UNMET_FORMS = (
    # en: "still no bag", "still without power", "can't get my money back", "never arrived"
    rf"still (?:no|{_WITHOUT}) {_THING}|{_SPAN} {_WITHOUT} {_THING}|"
    # "no electricity since Monday", "sin luz desde el lunes", "pas d'internet depuis", "kein Netz seit"
    rf"(?:no|sin|pas de|kein\w*|niente|nessun\w*|sem) {_THING} (?:since|desde|depuis|seit|da|dal|dalla|há)\b|"
    r"(?:cant|cannot) (?:get|access|use|make|reach) (?:my|our|any|a|the)\b|never (?:arrived|came|showed up|got here)|"
    # es: "sigo sin", "todavía no me devuelven", "llevo 10 días sin", "nunca llegó"
    rf"(?:sigo|seguimos|sigue|siguen|todavía|todavia|aún|aun) (?:sin|no)\b|nunca (?:llegó|llego|llegaron)|"
    # fr: "toujours pas", "toujours sans", "je n'arrive pas à", "jamais arrivé"
    r"toujours (?:pas|sans|aucune?)\b|narrive pas à|narrivons pas à|jamais (?:arrivée?|reçue?|recue?)|"
    # de: "immer noch kein", "seit 5 Tagen kein", "nie angekommen", "bekomme ... nicht zurück"
    r"(?:immer noch|noch immer) (?:kein\w*|nicht|ohne)\b|seit \d+ \w+ (?:kein\w*|ohne)\b|nie angekommen|"
    r"nicht zurück\b|"
    # it: "ancora senza", "ancora nessuna valigia", "non riesco a", "mai arrivato"
    r"ancora (?:senza|nessun\w*|non)\b|non riesco a|non riusciamo a|mai arrivat\w*|"
    # pt: "ainda sem a minha mala", "ainda não", "não consigo", "nunca chegou"
    rf"ainda (?:sem {_THING}|não|nao)\b|(?:não|nao) consig\w+|nunca (?:chegou|chegaram)"
)
_UNMET: Final = re.compile(rf"(?<!\S)(?:{_UNMET_FORMS})")
# Cheap gate: a token one of the forms begins with (a negator, a number, or a digit for a span).
_ANCHORS: Final = frozenset(
    {"still", "cant", "cannot", "never", "sigo", "seguimos", "sigue", "siguen", "todavía", "todavia", "aún", "aun"}
    | {"nunca", "toujours", "narrive", "narrivons", "jamais", "immer", "noch", "seit", "nie", "nicht", "ancora"}
    | {"non", "mai", "ainda", "não", "nao", "no", "sin", "pas", "kein", "keine", "keinen", "niente", "sem", "without"}
    | {"a", "one", "two", "three", "un", "una", "dos", "tres", "une", "deux", "trois", "ein", "eine", "zwei", "drei"}
    | {"uno", "due", "tre", "um", "uma", "dois", "duas", "três", "nessun", "nessuna", "nessuno", "ohne", "senza"}
)


def english_unmet(tokens: tuple[str, ...]) -> bool:
    """Something expected has not happened or come (intent.py's "unmet" cue, in any mention): English forms."""
    joined = " ".join(tokens)
    if not _UNMET_ANCHORS.isdisjoint(tokens) and _UNMET_RE.search(joined):
        return True
    return not _OVERDUE_ANCHORS.isdisjoint(tokens) and _OVERDUE_RE.search(joined) is not None


def still_unmet(tokens: tuple[str, ...]) -> bool:
    """Something expected has still not come (en, es, fr, de, it, pt), or days passed without it. Read
    only beside praise (intent.py's mocked wait): alone, "never showed up" is intent's other cues' to judge."""
    if _ANCHORS.isdisjoint(tokens) and not any(t.isdigit() for t in tokens):
        return False
    return _UNMET.search(" ".join(tokens)) is not None
