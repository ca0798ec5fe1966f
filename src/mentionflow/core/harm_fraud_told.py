"""Frauds told as plain events, with no fraud word the detector weighs, in en, es, fr, de, it and pt.

* A SIM for the writer's number got by someone else, or a port the writer never asked for: "Jemand
  hat in einem Shop eine Ersatz-SIM auf meine Nummer geholt", "me habéis hecho una portabilidad que NO
  he pedido", "someone got a replacement SIM on my number". The number is the key to the bank's
  codes: SIM-swap fraud. Asking for a port, or a new SIM for oneself, is none ("I requested a port").
* An account, a loan or a card opened in the writer's name by someone else: "Someone has opened a
  current account AND a £3,200 loan in my name", "han abierto un préstamo a mi nombre", "jemand hat
  auf meinen Namen einen Kredit abgeschlossen": identity theft ("I opened a savings account in my
  name" is the writer's own).
* Money sent, again and again, to someone known only online, with a romance or a pretext ('girlfriend'
  met on Facebook, "stuck in Ghana and needs customs fees", "disse que era militar americano ... mandei
  4 transferências"): a romance scam, told by the victim or a relative. Meeting online and paying
  a seller is a purchase; all three (met online, money sent, the pretext) must be told.
* Money sent from the writer's account to another account that the writer did not authorise: "Von
  meinem Konto wurden heute Nacht 4.800€ ... an ein litauisches Konto geschickt. Ich hab nichts
  freigegeben". A transfer (not a fee or a charge: "you took £35, I didn't authorise it" is billing)
  and the denial must both be told.

Each check reads ``low``, the clean text lower-cased once by the caller (see core/harm_acts.py).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["fraud_told"]

# -- a SIM or a port taken out on the writer's number ----------------------------------------------
_SIM_GOT: Final = re.compile(
    r"\b(?:someone|somebody|they|a (?:fraudster|scammer|stranger))\b [^.!?]{0,30}\b(?:got|gotten|obtained|ordered|"
    r"requested|activated|picked up|collected)\b [^.!?]{0,15}\b(?:sim|esim)\b[^.!?]{0,15}\b(?:on|for|with) my "
    r"(?:phone )?(?:number|line)\b|"
    r"\bport(?:ed|ing)? (?:out )?(?:my number )?(?:out )?(?:without (?:me|my) (?:asking|consent|permission|"
    r"requesting)|that i (?:never|didn'?t|did not) (?:ask|request))|"
    r"\bportabilidad (?:que )?(?:yo )?no (?:he )?(?:pedido|solicitado|pedí|solicité)|"
    r"\bportabilidad sin (?:mi )?(?:permiso|consentimiento|pedirla|solicitarla)|"
    r"\balguien (?:ha )?(?:sacado|pedido|activado|conseguido|sacó|pidió|activó) [^.!?]{0,25}\bsim\b[^.!?]{0,15}"
    r"\b(?:con|de|a|para) mi (?:número|numero|línea|linea)\b|"
    r"\bportabilité (?:que )?je (?:n'?ai|nai) (?:jamais |pas )?(?:demandée?|sollicitée?)|"
    r"\bquelqu'?un a (?:obtenu|activé|commandé|récupéré|demandé) [^.!?]{0,25}\bsim\b[^.!?]{0,15}"
    r"\b(?:avec|sur|pour) mon numéro\b|"
    r"\bjemand hat [^.!?]{0,40}\b(?:ersatz-?sim|neue sim|zweit-?sim|sim-?karte|sim)\b[^.!?]{0,20}"
    r"\bauf meine (?:handy)?(?:nummer|rufnummer)\b|"
    r"\b(?:rufnummernmitnahme|portierung),? die ich (?:nie |gar )?nicht (?:beantragt|veranlasst|angefordert)|"
    r"\bportabilità (?:che )?non ho (?:mai )?(?:chiesto|richiesto)|"
    r"\bqualcuno ha (?:ottenuto|attivato|richiesto|fatto) [^.!?]{0,25}\bsim\b[^.!?]{0,15}"
    r"\b(?:con|sul|per il|col) mio numero\b|"
    r"\bportabilidade (?:que )?(?:eu )?(?:não|nao) (?:pedi|solicitei)|"
    r"\balguém (?:tirou|pegou|ativou|pediu|fez) [^.!?]{0,25}\b(?:chip|sim)\b[^.!?]{0,15}"
    r"\b(?:com|do|no|para o) meu número\b"
)

# -- an account or a loan opened in the writer's name ----------------------------------------------
_PRODUCT: Final = (
    r"(?:account|loan|credit card|card|overdraft|mortgage|contract|phone contract|line|credit|"
    r"cuenta|préstamo|prestamo|tarjeta|crédito|credito|contrato|línea|linea|"
    r"compte|prêt|pret|carte|crédit|abonnement|"
    r"konto|kredit|darlehen|karte|vertrag|handyvertrag|"
    r"conto|prestito|finanziamento|carta|contratto|"
    r"conta|empréstimo|emprestimo|cartão|cartao|financiamento)"
)
_IN_MY_NAME: Final = re.compile(
    r"\b(?:someone|somebody|they|fraudsters?|scammers?|a stranger|criminals)\b[^.!?]{0,20}\b(?:opened|taken out|"
    r"took out|applied for|set up|got)\b [^.!?]{0,40}\b" + _PRODUCT + r"s?\b[^.!?]{0,25}\bin my name\b|"
    r"\b" + _PRODUCT + r"s? (?:was |were |has been |have been |had been )(?:opened|taken out|set up|applied for) "
    r"in my name\b(?! by me)|"
    r"\b(?:abrieron|han abierto|sacaron|han sacado|pidieron|han pedido|contrataron|han contratado|alguien (?:ha )?"
    r"(?:abierto|sacado|pedido|contratado|abrió|sacó|pidió|contrató)) [^.!?]{0,40}\b"
    + _PRODUCT
    + r"\b[^.!?]{0,25}\ba (?:mi nombre|nombre mío|nombre mio)\b|"
    r"\b(?:quelqu'?un a|ils ont|on a|des escrocs ont|un escroc a) (?:ouvert|souscrit|contracté|pris|demandé) "
    r"[^.!?]{0,40}\b" + _PRODUCT + r"\b[^.!?]{0,25}\b(?:à|a|en) mon nom\b|"
    r"\b(?:jemand|betrüger|unbekannte|fremde)\b [^.!?]{0,40}\bauf meinen namen\b[^.!?]{0,40}"
    r"\b(?:eröffnet|abgeschlossen|beantragt|aufgenommen)\b|"
    r"\bauf meinen namen (?:wurde|wurden) [^.!?]{0,40}\b(?:eröffnet|abgeschlossen|beantragt|aufgenommen)\b|"
    r"\b(?:qualcuno ha|hanno) (?:aperto|acceso|richiesto|attivato|stipulato) [^.!?]{0,40}\b"
    + _PRODUCT
    + r"\b[^.!?]{0,25}\ba (?:mio nome|nome mio)\b|"
    r"\b(?:alguém|abriram|fizeram|tiraram|pediram|contrataram) [^.!?]{0,40}\b"
    + _PRODUCT
    + r"\b[^.!?]{0,25}\b(?:no|em) meu nome\b"
)

# -- money sent to someone met only online, with a romance or a pretext ----------------------------
_PLATFORM: Final = (
    r"(?:facebook|fb|instagram|insta|tiktok|tinder|bumble|hinge|badoo|meetic|lovoo|parship|whatsapp|telegram|"
    r"snapchat|twitter|online|internet|(?:a|an|una|un|uma|um|einer|einem) (?:dating|citas|rencontres?|"
    r"relacionamento|incontri|namoro)[\w -]{0,8}|a game|un jeu|um jogo)"
)
_MET_ONLINE: Final = re.compile(
    r"\bmet (?:\w+ ){0,3}?(?:on|through|via|over) " + _PLATFORM + r"|\bmet (?:\w+ )?online\b|"
    r"\bconoc(?:í|i|ió|io|ido)\b [^.!?]{0,30}\b(?:en|por) (?:el |la )?" + _PLATFORM + r"|"
    r"\brencontr(?:é|ée|er|ait)\b [^.!?]{0,30}\b(?:sur|via|par) (?:le |la )?" + _PLATFORM + r"|"
    r"\b(?:auf|über|bei|im) (?:dem )?" + _PLATFORM + r"\b[^.!?]{0,30}\bkennengelernt\b|"
    r"\bconosciut[oaie]\b [^.!?]{0,30}\b(?:su|in|via) " + _PLATFORM + r"|"
    r"\bconhec(?:i|eu|ido|ida)\b [^.!?]{0,30}\b(?:no|na|pelo|pela|em|via) (?:o |a )?" + _PLATFORM
)
_MONEY_SENT: Final = re.compile(
    r"\b(?:send|sending|sent|wiring|wired|transferring|transferred|paying|paid|given|giving) (?:him |her |them )?"
    r"(?:money|[£€$]|\d|thousands|cash|transfers?|payments?)|\b[£€$]?\d[\d,.]*k? (?:out of|from) (?:his|her|my)|"
    r"\b(?:mand(?:é|ó|ado|a)|envi(?:é|ó|ado|a)|transfer(?:í|ió|ido|encias?)|pag(?:ué|ó|ado))\b|"
    r"\b(?:envoyé|viré|virements?|versé|payé|transféré)\b|"
    r"\b(?:überwiesen|geschickt|überweisungen|bezahlt|gezahlt)\b|"
    r"\b(?:mandato|inviato|bonifici|bonificato|pagato|versato)\b|"
    r"\b(?:mandei|mandou|enviei|enviou|transferi|transferiu|transferências|transferencias|paguei|pagou|pix)\b"
)
_PRETEXT: Final = re.compile(
    r"\b(?:girlfriend|boyfriend|fianc[ée]e?|lover|soldier|military|army|customs|fees?|stuck|stranded|hospital|"
    r"release|inheritance|novi[ao]|prometid[ao]|soldado|militar|aduana|atrapad[ao]|herencia|liberación|"
    r"petite amie|copine|copain|fiancée?|militaire|soldat|douane|bloquée?|héritage|frais|"
    r"freundin|verlobte|soldat|militär|zoll|gebühren|erbschaft|festsitzt|"
    r"fidanzat[ao]|militare|dogana|bloccat[ao]|eredità|spese|"
    r"namorad[ao]|noiv[ao]|militar|alfândega|alfandega|preso|presa|herança|heranca|liberação|liberacao|taxas?)\b"
)

# -- a transfer out of the writer's account the writer never authorised ----------------------------
_SENT_OUT: Final = re.compile(
    r"\b(?:sent|transferred|wired|moved|paid) (?:out )?(?:from|out of) my (?:\w+ )?account\b|"
    r"\bfrom my (?:\w+ )?account\b(?:[^.!?]|\.(?=\d)){0,60}\b(?:sent|transferred|wired|moved) to\b|"
    r"\b(?:de|desde) mi cuenta (?:[^.!?]|\.(?=\d)){0,60}\b(?:transferid[oa]s?|enviad[oa]s?|transferencias?)\b|"
    r"\b(?:de|depuis) mon compte (?:[^.!?]|\.(?=\d)){0,60}\b(?:virée?s?|envoyée?s?|transférée?s?|virements?)\b|"
    r"\bvon meinem konto\b(?:[^.!?]|\.(?=\d)){0,80}\b(?:überwiesen|geschickt|transferiert|überweisungen?)\b|"
    r"\bdal mio conto\b(?:[^.!?]|\.(?=\d)){0,60}\b(?:bonificat[oi]|trasferit[oi]|inviat[oi]|bonifici)\b|"
    r"\bda minha conta\b(?:[^.!?]|\.(?=\d)){0,60}\b(?:transferid[oa]s?|enviad[oa]s?|transferências|pix)\b"
)
_NOT_AUTHORISED: Final = re.compile(
    r"\b(?:i )?(?:didn'?t|did not|never) (?:authori[sz]e|approve|make|send|okay|ok)\b|"
    r"\bno (?:he )?(?:autoricé|autorizado|aprobé|aprobado|hice|he hecho|envié) (?:nada|ninguna|esa|esas|eso)\b|"
    r"\bje (?:n'?ai|nai) (?:rien|jamais|pas) (?:autorisé|validé|approuvé|fait|envoyé)\b|"
    r"\b(?:hab|habe) (?:nichts|das nicht|die nicht|keine davon|nie etwas) (?:freigegeben|autorisiert|genehmigt|"
    r"überwiesen|bestätigt)\b|\bnicht (?:von mir )?(?:autorisiert|freigegeben)\b|"
    r"\bnon ho (?:mai )?(?:autorizzato|approvato|fatto|confermato) (?:nulla|niente|nessun)\b|"
    r"\b(?:não|nao) (?:autorizei|aprovei|fiz|confirmei) (?:nada|nenhuma|essa|essas)\b"
)


def fraud_told(low: str) -> bool:
    """A SIM or port taken out on the writer's number, an account opened in their name, a romance
    scam paid, or a transfer out they never authorised (see the module doc)."""
    if _SIM_GOT.search(low) or _IN_MY_NAME.search(low):
        return True
    if _MET_ONLINE.search(low) and _MONEY_SENT.search(low) and _PRETEXT.search(low):
        return True
    return _SENT_OUT.search(low) is not None and _NOT_AUTHORISED.search(low) is not None
