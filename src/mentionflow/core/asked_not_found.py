"""A where/how question, then "I can't find it" with a pronoun: still the how-to, not a fault.

"¿dónde se pone el código? no lo encuentro", "où je mets le code ? je le trouve pas", "wo gebe ich
den Code ein? ich finde ihn nicht", "dove si inserisce? non lo trovo", "onde coloco o cupom? não o
encontro", "where do I enter the voucher? can't find it". The option words of `core.intent`
("I can't find the option") name what is sought; here the question named it and the pronoun
points back (used by `core.intent`, on the tokens joined by spaces, apostrophes dropped)."""

from __future__ import annotations

import re
from typing import Final

_ASKED_THEN_NOT_FOUND: Final = re.compile(
    "|".join(
        [
            # The pronoun is often dropped ("procurei e não achei", "je trouve pas dans l'appli").
            r"\b(?:d[oó]nde|onde|dove|c[oó]mo|come)\b(?: \w+){0,16} (?:no|não|nao|non) (?:(?:lo|la|los|las|o|a) )?"
            r"(?:encuentro|encontré|encontre|veo|encontro|encontrei|acho|achei|vejo|trovo|vedo|ho trovato)\b",
            r"\b(?:o[uù]|comment)\b(?: \w+){0,16} (?:je |j )?(?:ne )?(?:(?:le|la|les) )?(?:trouve|vois) "
            r"(?:pas|nulle part|rien)\b|\b(?:o[uù]|comment)\b(?: \w+){0,16} (?:j )?(?:ai )?(?:pas|rien) trouvé\b",
            r"\b(?:wo|wie)\b(?: \w+){0,16} (?:finde|sehe) (?:(?:es|ihn|sie|das) )?"
            r"(?:nicht|nirgends|nirgendwo|nichts)\b",
            r"\b(?:where|how)\b(?: \w+){0,16} (?:cant|cannot|couldnt|dont) (?:find|see) (?:it|them|where)\b",
        ]
    )
)


# "where is my order? can't find it": the order itself is missing, an unmet expectation.
_WHERE_IS: Final = re.compile(
    r"\b(?:d[oó]nde|onde|o[uù]|wo|dove|where) (?:est[aá]|est|ist|sind|è|e|is|are|sont) "
    r"(?:my|our|mi|mis|nuestro|nuestra|mon|ma|mes|notre|nos|mein|meine|meinen|unser|unsere|il mio|la mia|"
    r"o meu|a minha|meu|minha)\b"
)


def asked_then_not_found(joined: str) -> bool:
    """Whether ``joined`` (tokens joined by spaces) asks where or how, then says it is not found."""
    return _ASKED_THEN_NOT_FOUND.search(joined) is not None and _WHERE_IS.search(joined) is None
