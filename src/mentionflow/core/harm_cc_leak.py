"""A mass email with every recipient's address visible, in en, es, fr, de, it and pt: data exposure.

"you sent the newsletter with 400 customers in CC", "mandasteis un correo con cientos de clientes
en copia", "un mail avec ~300 clients en CC visible", "eine Mail mit allen Kunden in CC", "una mail
con 200 clienti in copia", "um email com centenas de clientes em CC": the brand put customers'
addresses (and whatever the 'reply all' answers add) in front of strangers. The everyday "cc"
("cc @Ofcom", "please cc me", "I cc'd my lawyer") names no mail to many customers and is none.
`cc_leak()` is called by `core.harm_risks.risk_statement` before the trigger gate.
"""

from __future__ import annotations

from typing import Final

from mentionflow.core.harm_lexicon import words

__all__ = ["CC_ANCHORS", "cc_leak"]

CC_ANCHORS: Final = frozenset(words("cc copia copie copy cópia kopie"))
_CC_ONLY: Final = frozenset(words("cc"))
# "en copie", "in copia", "em cópia", "in Kopie", "in copy": copy only after its preposition.
_COPY_AFTER: Final = frozenset(words("en in em"))
_MAIL: Final = frozenset(
    words(
        "mail email emails e-mail newsletter mailing correo correos courriel courriels mails rundmail "
        "rundschreiben posta"
    )
)
# Many recipients beside the CC: customers named, everyone, hundreds.
_MANY: Final = frozenset(
    words(
        "customers clients everyone everybody hundreds recipients clientes todos cientos destinatarios "
        "tous centaines destinataires kunden alle hunderte empfänger clienti tutti centinaia destinatari "
        "centenas"
    )
)
_WINDOW: Final = 4


def cc_leak(toks: tuple[str, ...]) -> bool:
    """A mail sent with many customers in CC (or "en copie") for all to see."""
    if _MAIL.isdisjoint(toks) or _MANY.isdisjoint(toks):
        return False
    return any(
        (t in _CC_ONLY or (t in CC_ANCHORS and i > 0 and toks[i - 1] in _COPY_AFTER))
        and not _MANY.isdisjoint(toks[max(0, i - _WINDOW) : i + _WINDOW + 1])
        for i, t in enumerate(toks)
    )
