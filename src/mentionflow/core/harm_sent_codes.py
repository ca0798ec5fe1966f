"""A code the customer says they sent themselves, in en, es, fr, de, it and pt (a fraud told).

"Habe die TAN schon geschickt", "I already sent them the code", "le envié el PIN", "je lui ai envoyé
le code", "gli ho mandato il codice", "enviei a senha": with someone else at the other end (a fake
account, a message, a link: `IMPOSTOR_CONTEXT` in core/harm_statements.py) the code is in a
fraudster's hands. "sent" alone is no such thing: the bank sends codes ("you sent me a code that
never arrived"), so only a first-person sender counts: a first-person verb form (Spanish "envié",
Portuguese "enviei") or a first-person subject or auxiliary shortly before the verb ("I ... sent",
"j'ai envoyé", "habe ... geschickt", "ho mandato"). Read on the harm tokens (apostrophes gone:
"jai", "ive", "lho").
"""

from __future__ import annotations

from typing import Final

from mentionflow.core.harm_lexicon import words

__all__ = ["sent_by_me"]

# Verb forms that are first person by themselves.
_SENT_I: Final = frozenset(words("envié mandé mande envie enviei mandei"))
# A sending participle, and the first-person subjects and auxiliaries that may come before it.
_SENT: Final = frozenset(
    words(
        "sent forwarded envoyé envoyée transmis geschickt gesendet geschickt übermittelt weitergeleitet inviato mandato"
    )
)
_I: Final = frozenset(words("i ive id jai ai habe hab ho lho glielho gliho"))
_I_WINDOW: Final = 4  # "I have already sent", "habe die TAN schon geschickt"
# Sent to the brand itself ("I sent you the code", "je vous ai envoyé", "habe euch ... geschickt", "vi
# ho mandato"): the customer answering their own bank, not a fraudster.
_TO_YOU: Final = frozenset(words("you u ya vous euch ihnen vi vos vocês voces"))
# Codes that are no secret: a promo, a booking or a tracking code ("I sent my friend the referral code").
_NOT_SECRET: Final = frozenset(
    words(
        "promo discount referral voucher booking reservation tracking confirmation coupon gift "
        "descuento reserva seguimiento promoción réduction réservation suivi promo gutschein rabatt buchungs "
        "sconto prenotazione tracciamento desconto rastreio cupom"
    )
)


def sent_by_me(toks: tuple[str, ...], i: int, window: int) -> bool:
    """Whether the tokens within `window` of the credential at `i` say the customer sent it to
    someone other than the brand (see the module doc)."""
    if not _NOT_SECRET.isdisjoint(toks[max(0, i - 2) : i + 2]):
        return False
    near = toks[max(0, i - window) : i + window + 1]
    if not _TO_YOU.isdisjoint(near):
        return False
    if not _SENT_I.isdisjoint(near):
        return True
    return any(t in _SENT and not _I.isdisjoint(near[max(0, j - _I_WINDOW) : j]) for j, t in enumerate(near))
