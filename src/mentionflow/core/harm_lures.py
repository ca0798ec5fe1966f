"""A scam lure asked about: a prize, an inheritance or a refund that costs a fee first, in six languages.

"letter says I won a prize, need to pay a fee first, is this a scam?", "dicen que he ganado un premio y
tengo que pagar una tasa antes, ¿es una estafa?", "j'ai gagné un lot mais je dois payer des frais
d'abord", "ich habe angeblich gewonnen, muss vorher eine Gebühr zahlen", "ho vinto un premio ma devo
pagare una commissione prima", "ganhei um prêmio mas tenho de pagar uma taxa antes, é golpe?"; a refund
offered in a text or a call that wants card details first. The fee is the scammer's, not a price the
brand charges, so the fraud word beside it is no verdict on a price (core/harm_figures.py,
`price_verdict`): core/harm_statements.py reads it as a fraud statement. A real price called a scam
("15 € a month for a metal card, that's a scam") names no lure and stays a grumble.
Read on the mention's tokens (lower case, no punctuation, elisions glued: "dabord").
"""

from __future__ import annotations

from typing import Final

from mentionflow.core.harm_lexicon import words

__all__ = ["LURE_ANCHORS", "scam_lure"]

# Something won or inherited (German "Preis" is a price, so only "Gewinn" and its verbs).
_WON: Final = frozenset(
    words(
        "won winner winning prize prizes lottery lotto jackpot sweepstake sweepstakes inheritance "
        "ganado gané ganaste ganador ganadora premio premios lotería loteria herencia "
        "gagné gagnant gagnante loterie héritage heritage "
        "gewonnen gewinn gewinner gewinnspiel lotterie erbschaft "
        "vinto vincita vincitore vincitrice lotteria eredità "
        "ganhei ganhou ganhador ganhadora prêmio prémio premiado herança"
    )
)
# A refund that someone offers to pay out.
_REFUND: Final = frozenset(
    words("refund refunds reembolso reembolsos devolución remboursement erstattung rückerstattung rimborso devolução")
)
# Where the lure came from: a refund offered in a text, a mail or a call is no refund asked of the brand.
_MESSAGE: Final = frozenset(
    words(
        "text texts sms email mail letter call message mensaje correo carta llamada courrier lettre appel "
        "nachricht brief anruf messaggio lettera chiamata mensagem ligação"
    )
)
# Paying before: a fee, then "first / before / to release it".
_PAY: Final = frozenset(
    words(
        "pay paying fee fees transfer pagar tasa comisión comision gastos payer frais virement zahlen "
        "gebühr gebühren überweisen bezahlen pagare commissione spese bonifico taxa custos transferir"
    )
)
_FIRST: Final = frozenset(
    words(
        "first before upfront advance release claim unlock primero antes adelantado liberar reclamar "
        "dabord avant davance débloquer debloquer récupérer recuperer vorher zuerst vorab freischalten "
        "prima anticipo sbloccare riscuotere ritirare primeiro antecipado resgatar"
    )
)
# Card or bank details handed over to be paid out.
_DETAILS: Final = frozenset(words("details datos données coordonnées daten kartendaten dati dados"))
# The question or the verdict that says it may be a scam: "is this a scam?", "is it legit?".
_SCAM: Final = frozenset(
    words(
        "scam scams fraud phishing legit legitimate fake estafa timo fraude arnaque escroquerie betrug "
        "abzocke betrüger fake truffa fregatura golpe"
    )
)
LURE_ANCHORS: Final = _WON | _REFUND


def scam_lure(tokens: tuple[str, ...]) -> bool:
    """Something won or a refund owed, a fee first or details wanted for it, and a scam word (see above)."""
    if LURE_ANCHORS.isdisjoint(tokens) or _SCAM.isdisjoint(tokens):
        return False
    lure = not _WON.isdisjoint(tokens) or not _MESSAGE.isdisjoint(tokens)
    advance = (not _PAY.isdisjoint(tokens) and not _FIRST.isdisjoint(tokens)) or not _DETAILS.isdisjoint(tokens)
    return lure and advance
