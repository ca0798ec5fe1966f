"""Someone emptying the customer's account, in en, es, fr, de, it and pt: fraud in progress.

"someone is draining my account right now", "alguien me está vaciando la cuenta", "quelqu'un est
en train de vider mon compte", "jemand räumt gerade mein Konto leer", "qualcuno mi sta svuotando il
conto", "alguém está esvaziando a minha conta": money leaving the account at a stranger's hand.
"Vider", "vaciar", "svuotare" alone are everyday verbs ("vider le cache", "vaciar la cesta"), the
customer emptying their own account before switching is a churn, and "you're draining my account
with fees" is a price complaint: the emptying must name the account and be done by somebody unknown
(someone, quelqu'un, jemand ...) a few words before. core/harm_statements.py reads it as fraud.
Read on the tokens (lower case, no punctuation, elisions glued: "quelquun").
"""

from __future__ import annotations

import re
from typing import Final

from mentionflow.core.harm_lexicon import words

__all__ = ["EMPTYING_ANCHORS", "account_being_emptied"]

_SOMEONE: Final = r"\b(?:someone|somebody|quelquun|alguien|jemand|qualcuno|alguém|alguem)\b(?: \w+){0,6}? "
_EMPTIED: Final = re.compile(
    _SOMEONE
    + "(?:"
    + "|".join(
        (
            r"(?:draining|emptying|clearing out|cleaning out|drained|emptied|cleaned out|cleared out) "
            r"(?:my|our|the) (?:\w+ )?(?:account|accounts|savings|balance)",
            r"(?:vaciando|vaciar|vaciado|vació|vacia|vacía) (?:\w+ )?(?:mi|la|nuestra) cuenta",
            r"(?:vider|vide|vident|vidé|vidant) (?:mon|notre|le) compte",
            r"(?:räumt|räumen|leert|leeren|plündert|plündern) (?:\w+ )?(?:mein|meine|unser|das) (?:\w+ )?konto",
            r"(?:svuotando|svuotare|svuota|svuotato|prosciugando) (?:\w+ )?(?:il )?(?:mio |nostro )?conto",
            r"(?:esvaziando|esvaziar|esvazia|esvaziou|limpando) (?:\w+ )?(?:a )?(?:minha |nossa )?conta",
        )
    )
    + r")\b"
)
EMPTYING_ANCHORS: Final = frozenset(words("someone somebody quelquun alguien jemand qualcuno alguém alguem"))


def account_being_emptied(tokens: tuple[str, ...]) -> bool:
    """Whether somebody unknown is emptying the customer's account (see the module doc)."""
    if EMPTYING_ANCHORS.isdisjoint(tokens):
        return False
    return _EMPTIED.search(" ".join(tokens)) is not None
