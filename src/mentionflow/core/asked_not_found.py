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
            r"\b(?:d[oó]nde|onde|dove|c[oó]mo|come)\b(?: \w+){0,12} (?:no|não|nao|non) (?:lo|la|los|las|o|a) "
            r"(?:encuentro|veo|encontro|acho|vejo|trovo|vedo)\b",
            r"\b(?:o[uù]|comment)\b(?: \w+){0,12} (?:je |j )?(?:ne )?(?:le|la|les) (?:trouve|vois) "
            r"(?:pas|nulle part)\b",
            r"\b(?:wo|wie)\b(?: \w+){0,12} (?:finde|sehe) (?:es|ihn|sie|das) (?:nicht|nirgends|nirgendwo)\b",
            r"\b(?:where|how)\b(?: \w+){0,12} (?:cant|cannot|couldnt|dont) (?:find|see) (?:it|them|where)\b",
        ]
    )
)


def asked_then_not_found(joined: str) -> bool:
    """Whether ``joined`` (tokens joined by spaces) asks where or how, then says it is not found."""
    return _ASKED_THEN_NOT_FOUND.search(joined) is not None
