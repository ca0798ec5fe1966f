"""Harms told as plain facts that the harm model reads past (six languages).

* A medical device that cannot reach its service: "his pacemaker home monitor sends its readings
  over the Nimbus SIM, and it has not been able to connect since Tuesday", "el teleasistencia no
  tiene señal desde ayer", "le concentrateur d'oxygène ... panne". A device someone depends on is
  down (tests/data/harm/README.md: health, severe), however calmly the outage is reported and
  however many thanks surround it.
* Card details or a code typed into a lure: "got a text 'your card is frozen, verify here' and like
  an idiot I clicked n typed my card number + cvv", "metí los datos de la tarjeta en el enlace del
  SMS". The details are in a scammer's hands now: fraud, severe, told with a laugh or not.

Each check reads ``low``, the clean text lower-cased once by the caller: the patterns are written in
lower case and compiled without IGNORECASE, which made them four times slower on every mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import Final

# The device cannot work: no connection, the network or the power down.
_DOWN: Final = re.compile(
    r"\b(?:(?:not|never) (?:been )?able to connect|can'?t connect|cannot connect|won'?t connect|not connecting|"
    r"offline|no signal|no connection|lost (?:the )?connection|outage|no power|power cut|not working|"
    r"stopped working|keeps? dropping|(?:phone |land)?line (?:is |has been |went |gone )?dead|"
    r"festnetz (?:\w+ ){0,3}?tot|leitung (?:\w+ ){0,2}?tot|línea muerta|ligne (?:est )?morte|linea morta|linha morta|"
    r"sin señal|sin conexión|no conecta|sin cobertura|caída|"
    r"pas de réseau|ne se connecte|hors ligne|panne|"
    r"kein netz|keine verbindung|ausfall|störung|"
    r"non si connette|senza rete|senza segnale|guasto|"
    r"sem rede|sem sinal|não conecta|nao conecta|sem ligação)\b",
)


def device_down(low: str, groups: Callable[[], Collection[str]]) -> bool:
    """A medical device named and its connection, network or power down in the same mention.
    ``groups``: the mention's harm concept groups, asked for only when the text tells of something
    down (the concept lookup is the dear part, and most mentions tell of nothing down)."""
    return _DOWN.search(low) is not None and "medical_device" in groups()


# A lure: a message, a link, a call or a page asking to verify.
_LURE: Final = re.compile(
    r"\b(?:text|sms|message|email|e-mail|link|call|site|website|page|whatsapp|verify here|"
    r"mensaje|enlace|correo|llamada|lien|courriel|appel|nachricht|anruf|messaggio|chiamata|"
    r"mensagem|ligação|ligacao)\b",
)
# ... and the details handed over into it.
_HANDED: Final = re.compile(
    r"\b(?:typed|entered|put in|gave|filled in|submitted|input|keyed in)\b[^.!?\n]{0,30}?"
    r"\b(?:card (?:number|details|no)|cvv|cvc|pin|password|bank details|security code|one[- ]time code|otp|login)\b|"
    r"\b(?:met[ií]|introduje|puse|di)\b[^.!?\n]{0,30}?\b(?:datos de la tarjeta|n[uú]mero de (?:la )?tarjeta|cvv|pin|"
    r"contraseña|clave)\b|"
    r"\b(?:entré|saisi|mis|donné)\b[^.!?\n]{0,30}?\b(?:numéro de (?:ma )?carte|cvv|code|mot de passe|"
    r"coordonnées bancaires)\b|"
    r"\b(?:eingegeben|angegeben|eingetippt)\b[^.!?\n]{0,30}?\b(?:kartennummer|cvv|pin|passwort|bankdaten|tan)\b|"
    r"\b(?:kartennummer|cvv|pin|passwort|bankdaten|tan)\b[^.!?\n]{0,30}?\b(?:eingegeben|angegeben|eingetippt)\b|"
    r"\b(?:inserito|messo|dato|digitato)\b[^.!?\n]{0,30}?\b(?:numero della carta|dati della carta|cvv|pin|"
    r"password|codice)\b|"
    r"\b(?:coloquei|digitei|inseri|passei|dei)\b[^.!?\n]{0,30}?\b(?:n[uú]mero do cart[aã]o|dados do cart[aã]o|cvv|"
    r"senha|c[oó]digo)\b",
)


# "she's already put her card details in": "put" is also how anyone pays in an app, so it counts
# only with the lure doubted ("a dodgy link", "is this you??", "a fake text").
_PUT_IN: Final = re.compile(
    r"\bput (?:(?:her|his|my|their|our|all (?:her|his|my|their)) )?(?:card (?:number|details|no)|bank details|"
    r"pin|password|security code)\b"
)
_NOT_PUT: Final = re.compile(r"\b(?:didn'?t|did not|never|not|nearly|almost|wouldn'?t|won'?t)\W+$")
_DOUBTED: Final = re.compile(
    r"\b(?:dodgy|fake|scam|scammer|scammers|phishing|suspicious|pretending|is (?:this|that|it) (?:you|real)|"
    r"was (?:this|that|it) (?:you|real))\b"
)


def details_phished(low: str) -> bool:
    """Card details, a PIN, a password or a code typed into a message, link or call."""
    if _LURE.search(low) is None:
        return False
    if _HANDED.search(low) is not None:
        return True
    put = _PUT_IN.search(low)
    # "didn't put my card details in obviously": nothing handed over.
    return put is not None and _DOUBTED.search(low) is not None and _NOT_PUT.search(low, 0, put.start()) is None


# * An abuser who can follow a survivor through the account: "I've left my ex and I'm in a refuge ...
#   he can see every card payment in the app incl where I am". Where she is, shown to him: a
#   physical-safety harm, severe, however quietly asked ("how do I stop him seeing my transactions?").
_FLED: Final = re.compile(
    r"\b(?:refuge|women'?s shelter|domestic (?:abuse|violence)|abusive (?:ex|partner|husband|wife)|"
    r"left my (?:abusive )?(?:ex|partner|husband)|fled (?:from )?(?:my|him|her)|restraining order|"
    r"protection order|coercive control|violent (?:ex|partner|husband|boyfriend)|"
    r"(?:ex|pareja|marido|novio) (?:violento|maltratador)|(?:ex|conjoint|mari|compagnon) violent|"
    r"gewalttätige[nrm]? (?:ex|partner|mann|freund|ehemann)|(?:ex|compagno|marito) violento|"
    r"(?:ex|marido|companheiro|namorado) (?:violento|agressor)|"
    r"casa de acogida|violencia de género|violencia doméstica|maltratador|"
    r"foyer d'?accueil|violences? conjugales?|frauenhaus|häusliche gewalt|"
    r"casa rifugio|violenza domestica|casa abrigo|violência doméstica)\b",
)
_SEEN_BY_THEM: Final = re.compile(
    r"\b(?:(?:he|she|they|him|my ex) (?:can |could |still )?(?:see|track|find|follow|know|access)|"
    r"(?:stop|block) (?:him|her|them|my ex) (?:from )?(?:seeing|tracking|finding|accessing)|"
    r"where i (?:am|live|shop)|my (?:new )?(?:address|location)|"
    r"puede ver|sabe dónde|peut voir|sait où|kann sehen|weiß wo|può vedere|sa dove|pode ver|sabe onde|"
    r"(?:he|she) (?:still )?sees|ve dónde|voit où|sieht (?:er|sie)|vede dove|vê onde|"
    r"dónde (?:compro|vivo)|où j'?(?:habite|achète)|wo ich (?:\w+ )?(?:einkaufe|wohne|bin)|dove (?:abito|compro)|"
    r"onde (?:moro|compro))",
)


def survivor_exposed(low: str) -> bool:
    """A survivor of domestic abuse whose abuser can see her, or where she is, through the service;
    or a partner who controls the money and whom the writer fears (see below)."""
    if _FLED.search(low) is not None and _SEEN_BY_THEM.search(low) is not None:
        return True
    return _CONTROLS.search(low) is not None and _FEARED.search(low) is not None


# * Coercive control told without its name: a partner who holds all the codes, checks every expense,
#   and the writer afraid of him ("mon conjoint a tous les codes de notre compte joint, il vérifie
#   chaque dépense ... J'ai peur de sa réaction"). Checking spending together is no harm; fear of the
#   partner beside the control is.
_CONTROLS: Final = re.compile(
    r"\b(?:(?:checks|checking|controls|controlling|monitors|tracks|goes through) (?:every|each|all (?:of )?(?:my|our)) "
    r"(?:expense|purchase|payment|transaction|penny|spend)|controls (?:all )?(?:my|our) (?:money|finances|account)|"
    r"(?:revisa|controla|vigila|mira) (?:cada|todos? (?:mis|los)) (?:gasto|compra|pago|movimiento)|"
    r"controla (?:todo )?mi dinero|"
    r"(?:vérifie|contrôle|surveille|épluche) (?:chaque|toutes? (?:mes|les)) (?:dépense|achat|paiement|opération)|"
    r"contrôle (?:tout )?mon argent|"
    r"(?:kontrolliert|prüft|überwacht) jede (?:ausgabe|buchung|zahlung|überweisung)|kontrolliert (?:mein|unser) geld|"
    r"(?:controlla|verifica|guarda) ogni (?:spesa|acquisto|pagamento|movimento)|controlla (?:tutti )?i miei soldi|"
    r"(?:controla|verifica|vigia|olha) (?:cada|todos? os) (?:gasto|compra|pagamento|movimento)|"
    r"controla (?:todo )?(?:o )?meu dinheiro)"
)
_FEARED: Final = re.compile(
    r"\b(?:(?:afraid|scared|terrified|frightened) of (?:him|her|his|her|what (?:he|she))|"
    r"(?:miedo|pánico) (?:de|a) (?:él|ella|su reacción|lo que)|"
    r"peur (?:de (?:lui|elle|sa réaction|ce qu)|qu'?il)|"
    r"angst (?:vor (?:ihm|ihr|seiner|ihrer)|was er)|"
    r"paura (?:di (?:lui|lei|come|cosa)|della sua reazione)|"
    r"medo (?:dele|dela|da (?:reação|reacção) dele|do que ele))"
)


# * Money being taken from someone's account by someone else: "someone has been taking money from my
#   disabled brother's account ... £1,200 gone", "alguien está sacando dinero de la cuenta de mi madre".
_MONEY_TAKEN: Final = re.compile(
    r"\b(?:someone|somebody|a stranger|a scammer|a fraudster|someone else)\s"
    r"(?:has been|have been|is|are|was|were|has|have|keeps?)?\s?"
    r"(?:taking|taken|took|stealing|stolen|stole|withdrawing|withdrawn|withdrew|draining|drained|emptying|emptied)\s"
    r"(?:money|cash|funds|£?\d[\d,.]*|€?\d[\d,.]*|\$?\d[\d,.]*|everything)\s(?:out\s)?(?:of|from)\s"
    r"(?:my|his|her|their|our|a|an)\b|"
    r"\balguien (?:está|esta|ha estado)? ?(?:sacando|robando|quitando) dinero de\b|"
    r"\bquelqu'?un (?:prend|retire|vole) de l'?argent sur\b|"
    r"\bjemand (?:hebt|nimmt|zieht) (?:geld|\d+)\b|"
    r"\bqualcuno (?:sta )?(?:prelevando|rubando|prendendo) (?:soldi|denaro) dal\b|"
    r"\balguém (?:está|esta|anda)? ?(?:tirando|roubando|sacando|levantando) dinheiro d[ao]\b",
)


def money_taken_by_another(low: str) -> bool:
    """Someone else taking money from an account the writer names."""
    return _MONEY_TAKEN.search(low) is not None


# * Money lost to a scam the mention tells of (the fraud cue: a fake text, "if this wasn't you", a
#   scammer): "my dad called the number and lost £2,300", "mi padre llamó y perdió 2.000€". The loss
#   happened: fraud, severe, however it is framed (a PSA, a question to the bank).
_AMOUNT: Final = (
    r"(?:[£€$]\s?\d[\d,.]*k?|r\$\s?\d[\d,.]*|\d[\d,.]*\s?(?:[£€$]|k\b|euros?\b|pounds?\b|dollars?\b|quid\b|reais\b))"
)
_LOST_MONEY: Final = re.compile(
    r"\b(?:lost|lose|losing|scammed (?:me |him |her |them |us )?out of|conned (?:me |him |her )?out of|"
    r"perdió|perdí|perdimos|perdieron|perdu|perdue|verloren|perso|persa|perdeu|perdi|perderam)\s"
    r"(?:[^\s.!?]+\s){0,2}?" + _AMOUNT,
)


def scam_loss(low: str) -> bool:
    """An amount of money lost ("lost £2,300", "perdió 2.000€"); the caller asks for the fraud cue."""
    return _LOST_MONEY.search(low) is not None


# * An injury the service did, told calmly inside a long review: "the drinks trolley was pushed into
#   my wife's ankle ... x-rayed, a hairline fracture". A diagnosis (a fracture, stitches, an x-ray) and
#   what did it (a trolley, the crew, a rider, an overhead locker): physical harm, however balanced the
#   rest ("the crew on the return were lovely"). Not an injury the customer brings ("I have a broken
#   foot, can I get a wheelchair?"): the service must have done it.
_DIAGNOSIS: Final = re.compile(
    r"\b(?:(?:hairline )?fractur(?:e|ed)|x-?ray(?:ed)?|stitches|concussion|sprained|broken (?:ankle|wrist|arm|leg|"
    r"nose|rib|ribs|hip|toe|finger|foot|collarbone)|"
    r"fractura|fisura|radiografía|puntos de sutura|esguince|fêlure|points de suture|entorse|"
    r"bruch|gebrochen|geröntgt|röntgen|genäht|verstaucht|frattura|radiografia|punti di sutura|distorsione|"
    r"fratura|raio-x|pontos de sutura|entorse)\b",
)
_DID_IT: Final = re.compile(
    r"\b(?:trolley|cart|crew member|flight attendant|cabin crew|steward|stewardess|rider|courier|driver|"
    r"overhead (?:bin|locker)|locker|luggage fell|bag fell|case fell|escalator|"
    r"carrito|azafata|tripulante|repartidor|conductor|chariot|hôtesse|livreur|chauffeur|"
    r"wagen|trolley|flugbegleiter|flugbegleiterin|fahrer|kurier|carrello|hostess|corriere|autista|"
    r"carrinho|comissári[ao]|hospedeira|estafeta|motorista|entregador)\b",
)


def injured_by_service(low: str) -> bool:
    """A diagnosed injury and what in the service did it, in the same mention."""
    return _DIAGNOSIS.search(low) is not None and _DID_IT.search(low) is not None
