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
# Done by "they", unnamed ("me están vaciando la cuenta", "my account is being drained", "on m'a vidé
# le compte", "mi stanno svuotando il conto", "estão esvaziando minha conta", "mein Konto wird
# leergeräumt"): the customer is the one it is done to, so a stranger does it. Not with fees named.
_DONE_TO_ME: Final = re.compile(
    r"\b(?:"
    r"(?:my|our) (?:\w+ )?account (?:is|was|has been|is being|got|being) (?:drained|emptied|cleaned out|cleared out)"
    r"|they (?:are |re |have |ve )?(?:draining|emptying|drained|emptied) (?:my|our) (?:\w+ )?account"
    r"|me (?:están|estan|han|habían|habian|estaban) (?:vaciando|vaciado) (?:la|mi) cuenta"
    r"|me vaciaron (?:la|mi) cuenta"
    r"|on (?:ma|me) (?:vidé|vide) (?:mon|le) compte"
    r"|(?:ils|elles) (?:mont |sont en train de )?(?:vidé|vider|vident) mon compte"
    r"|mi (?:stanno|hanno) (?:svuotando|svuotato|prosciugando|prosciugato) (?:il )?conto"
    r"|(?:estão|estao|tão) (?:esvaziando|limpando) (?:a )?(?:minha )?conta|esvaziaram (?:a )?(?:minha )?conta"
    r"|(?:mein|unser) konto (?:wird|wurde) (?:\w+ )?(?:leergeräumt|geplündert|leer geräumt)"
    r"|(?:haben|hat) (?:\w+ )?(?:mein|unser) konto (?:leergeräumt|geplündert|leer geräumt)"
    r")\b"
)
_FEES: Final = frozenset(
    words("fee fees charges comisión comisiones cargos frais commissions gebühren commissioni taxas tarifas")
)
EMPTYING_ANCHORS: Final = frozenset(
    words(
        "someone somebody quelquun alguien jemand qualcuno alguém alguem "
        "drained emptied vaciando vaciado vaciaron vidé vident vider svuotando svuotato prosciugando "
        "prosciugato esvaziando esvaziaram leergeräumt geplündert"
    )
)


def account_being_emptied(tokens: tuple[str, ...]) -> bool:
    """Whether somebody unknown is emptying the customer's account (see the module doc)."""
    if EMPTYING_ANCHORS.isdisjoint(tokens):
        return False
    text = " ".join(tokens)
    if _EMPTIED.search(text) is not None:
        return True
    return _DONE_TO_ME.search(text) is not None and _FEES.isdisjoint(tokens)
