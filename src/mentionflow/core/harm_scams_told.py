"""Scams told without the word scam, in en, es, fr, de, it and pt: fraud, severe.

* Money sent for a flat, a room or an item that does not exist, to someone who then vanished: "I sent
  £650 deposit + first month to a 'landlord' from a marketplace ad ... Flat doesn't exist, he's blocked
  me everywhere", "le pagué la fianza ... el piso no existe", "j'ai viré la caution ... il m'a bloquée".
  The writer's own payment and the payee or the thing gone must both be told: "sent the deposit for the
  flat, thanks for the quick transfer" is a payment.
* A money mule: paid to lend one's account, or asked to pass on money a stranger sent ("300€ pour
  prêter mon compte ... il vient de m'envoyer 2000€ et il veut que je les vire ailleurs ce soir").
  The account lent and the money to move on must both be told: "can I lend my account to my brother?"
  is a question about a joint use.

Each check reads ``low``, the clean text lower-cased once by the caller (see core/harm_acts.py).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["money_mule", "paid_to_a_ghost"]

# The writer's own payment.
_I_PAID: Final = re.compile(
    r"\b(?:i (?:sent|paid|transferred|wired|gave)|(?:^|(?<=[.!?] ))paid(?= [£€$]?\d)|"
    r"(?:le |les )?(?:envié|pagué|transferí|mandé|di|hice una transferencia)|"
    r"j'ai (?:envoyé|payé|viré|versé|transféré|donné)|(?:ich )?habe? [^.!?]{0,40}(?:überwiesen|bezahlt|geschickt)|"
    r"ho (?:mandato|pagato|bonificato|versato|inviato|dato|fatto un bonifico)|"
    r"(?:eu )?(?:mandei|paguei|transferi|enviei|dei|fiz um pix))\b"
)
# The payee or the thing gone: it never existed, he blocked the writer, vanished, stopped answering.
_GONE: Final = re.compile(
    r"\b(?:(?:flat|room|house|apartment|property|place|listing|ad|car|puppy|item|it|landlord|seller) "
    r"(?:doesn'?t|does not|didn'?t|did not|never) exist|(?:he|she|they|seller|landlord)'?s? (?:has |have |then |just )?"
    r"blocked me(?! from)|blocked me everywhere|"
    r"(?:he|she|they) (?:vanished|disappeared|deleted (?:his|her|their) account)|"
    # the seller gone and the ad with him: "'Seller' has vanished, ad deleted, number dead"
    r"(?:seller|landlord|buyer)'? (?:has |had |then |just )?(?:vanished|disappeared|gone (?:quiet|dark|silent))|"
    r"(?:ad|listing|advert|profile) (?:was |has been |got )?(?:deleted|removed|taken down)|"
    r"(?:vendedor|casero) (?:ha )?desaparec(?:ió|ido)|anuncio (?:borrado|eliminado)|"
    r"(?:vendeur|propriétaire) a disparu|annonce (?:supprimée|effacée)|"
    r"(?:verkäufer|vermieter) (?:ist )?(?:verschwunden|abgetaucht)|anzeige (?:ist )?gelöscht|"
    r"(?:venditore|proprietario) (?:è )?sparito|annuncio (?:cancellato|rimosso)|"
    r"(?:vendedor|senhorio) (?:sumiu|desapareceu)|anúncio (?:apagado|removido)|"
    r"(?:piso|habitación|casa|anuncio|coche) no exist(?:e|ía)|me (?:bloqueó|ha bloqueado)(?! \w)|"
    r"me (?:bloqueó|ha bloqueado) (?:de|en) todas partes|(?:él|ella|el casero|el tío) (?:desapareció|ha desaparecido)|"
    r"(?:appart(?:ement)?|chambre|logement|annonce|maison|voiture) n'existe (?:pas|plus)|m'a bloquée?(?! \w)|"
    r"m'a bloquée? partout|(?:il|elle) a disparu|"
    r"(?:wohnung|zimmer|anzeige|haus|auto) gibt es (?:gar )?nicht|(?:hat|er hat|sie hat) mich (?:überall )?blockiert|"
    r"(?:er|sie) ist (?:einfach )?verschwunden|"
    r"(?:appartamento|stanza|casa|annuncio|auto) non esiste|mi ha bloccat[ao](?! \w)|mi ha bloccat[ao] ovunque|"
    r"(?:lui|lei) è sparit[ao]|"
    r"(?:apartamento|quarto|casa|anúncio|carro) não existe|me bloqueou(?! \w)|me bloqueou em tudo|"
    r"(?:ele|ela) (?:sumiu|desapareceu))"
)
# What the money was for: a deposit, rent, an item bought from an ad.
_FOR_A_PLACE: Final = re.compile(
    r"\b(?:deposit|first month|rent|landlord|marketplace|listing|ad|gumtree|seller|"
    r"fianza|depósito|alquiler|casero|anuncio|wallapop|idealista|caution|loyer|propriétaire|annonce|leboncoin|"
    r"kaution|miete|vermieter|anzeige|kleinanzeigen|caparra|affitto|padrone di casa|annuncio|subito|"
    r"caução|aluguel|aluguer|senhorio|anúncio|olx)\b"
)


def paid_to_a_ghost(low: str) -> bool:
    """The writer paid for a place or an ad and the payee or the thing is gone (see the module doc)."""
    return _I_PAID.search(low) is not None and _GONE.search(low) is not None and _FOR_A_PLACE.search(low) is not None


# The account lent or rented out for pay.
_LEND_ACCOUNT: Final = re.compile(
    r"\b(?:(?:lend|rent|loan)(?:ing)? (?:out )?(?:him |them |someone )?my (?:bank )?account|"
    r"use my (?:bank )?account for|"
    r"(?:prestar|alquilar|dejar) (?:mi|la) cuenta|(?:prêter|louer) (?:mon|son) compte|"
    r"(?:mein|dein) konto (?:zu )?(?:verleihen|leihen|zur verfügung (?:zu )?stellen)|"
    r"(?:prestare|affittare) (?:il mio|il) conto|(?:emprestar|alugar) (?:a )?(?:minha|sua) conta)\b"
)
# Money received, to be moved on: "he wants me to wire it elsewhere tonight".
_MOVE_ON: Final = re.compile(
    r"\b(?:(?:wants|asked|told|asking|wanted) me to (?:send|transfer|move|forward|wire|pass) (?:it|them|the money|that)"
    r"(?: on)? (?:to (?:another|a different|his|someone)|elsewhere|on\b)|"
    r"quiere que (?:lo|la|los|las) (?:transfiera|pase|mande|envíe) (?:a otra|a su|a otro)|"
    r"veut que je (?:les |le |l')?(?:vire|transfère|envoie|renvoie) (?:ailleurs|sur un autre|à (?:quelqu'un|un autre))|"
    r"soll (?:es|das geld|sie|das) (?:weiter)?(?:überweisen|weiterleiten|weiterschicken)|"
    r"vuole che (?:li|le|lo|la) (?:giri|trasferisca|mandi|bonifichi) (?:su un altro|altrove|a un altro)|"
    r"quer que eu (?:transfira|mande|passe|envie) (?:para|pra) (?:outra|outro))"
)


def money_mule(low: str) -> bool:
    """An account lent for pay with money to pass on through it (see the module doc)."""
    return _LEND_ACCOUNT.search(low) is not None and _MOVE_ON.search(low) is not None
