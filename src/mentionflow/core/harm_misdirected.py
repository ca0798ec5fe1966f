"""Another customer's bank mail delivered to the writer, in en, es, fr, de, it and pt: data exposure.

"for months I've been getting someone else's bank statements", "me llegan los extractos de otra
clienta", "je reçois le courrier d'une autre cliente avec son numéro de compte", "ich bekomme seit
Wochen die Kontoauszüge eines anderen Kunden", "ricevo la corrispondenza di un'altra cliente:
estratti conto, saldo", "recebo as faturas de outra pessoa": a stranger's financial details are in
the wrong hands, however calmly it is told. Three things close together: receiving, mail that
carries financial details (statements and bills do; plain letters or post only beside an account,
card or balance word), and another person it belongs to. Another person's parcel, or the writer's
own statement at an old address, is no exposure. core/harm_statements.py reads it as data exposure.
Read on the tokens (lower case, no punctuation, elisions glued: "unaltra", "dune").
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from mentionflow.core.harm_lexicon import words

__all__ = ["MISDIRECTED_ANCHORS", "others_mail_received"]

_RECEIVE: Final = frozenset(
    words(
        "receive receiving received getting get got gets arrive arrives arriving delivered "
        "recibo recibí recibimos recibiendo llegan llega llegando "
        "reçois reçoit recevons reçu reçus arrive arrivent "
        "bekomme bekommen erhalte erhalten kommt kommen landen landet "
        "ricevo riceviamo ricevuto ricevendo arriva arrivano "
        "recebo recebi recebemos recebendo chega chegam"
    )
)
# Mail that carries financial details by itself.
_FINANCIAL_MAIL: Final = frozenset(
    words(
        "statements statement bills payslips extractos extracto facturas relevés relevé factures "
        "kontoauszüge kontoauszug rechnungen estratti estratto bollette extratos extrato faturas"
    )
)
# Plain mail: financial only beside an account, card or balance word.
_MAIL: Final = frozenset(
    words(
        "mail post letters correspondence correspondencia cartas courrier lettres post briefe "
        "corrispondenza lettere posta correspondência correspondencia cartas"
    )
)
_DETAILS: Final = frozenset(
    words(
        "account balance card iban cuenta saldo tarjeta compte solde carte konto kontostand karte "
        "conto carta conta cartão"
    )
)
_OTHER: Final = frozenset(
    words("another other otro otra autre dune dun anderen andere eines einer altra altro unaltra outro outra")
)
_PERSON: Final = frozenset(
    words(
        "customer customers customers person persons cliente clienta clientes persona client personne "
        "kunde kunden kundin person fremden persone pessoa"
    )
)
_SOMEONE_ELSES: Final = frozenset(
    ("someone elses", "somebody elses", "a strangers", "other peoples", "another customers", "another persons")
)
MISDIRECTED_ANCHORS: Final = _FINANCIAL_MAIL | _MAIL
_WINDOW: Final = 10


def _belongs_to_another(near: tuple[str, ...]) -> bool:
    return any(f"{a} {b}" in _SOMEONE_ELSES or (a in _OTHER and b in _PERSON) for a, b in pairwise(near))


def others_mail_received(tokens: tuple[str, ...]) -> bool:
    """Whether the writer receives another person's financial mail (see the module doc)."""
    if MISDIRECTED_ANCHORS.isdisjoint(tokens) or _RECEIVE.isdisjoint(tokens):
        return False
    for i, t in enumerate(tokens):
        if t not in MISDIRECTED_ANCHORS:
            continue
        near = tokens[max(0, i - _WINDOW) : i + _WINDOW + 1]
        if _RECEIVE.isdisjoint(near) or not _belongs_to_another(near):
            continue
        if t in _FINANCIAL_MAIL or not _DETAILS.isdisjoint(tokens[i : i + 2 * _WINDOW]):
            return True
    return False
