"""A second chance that went well is praise: the old failure is the back-story.

"Last year @SkyLarkAir broke my wheelchair and I swore never again. Gave them another go today:
special assistance were brilliant ... Credit where it's due 👏", "les di otra oportunidad y esta
vez todo perfecto", "je leur ai redonné une chance : impeccable", "hab euch noch eine Chance
gegeben, diesmal top", "vi ho dato un'altra possibilità ed è andato tutto benissimo", "dei outra
chance e desta vez foi perfeito". What the customer says now is what the post is: the part after
the second chance, read on its own, is praise, so the post is (advocacy, no complaint handling).
Not when that part names a new failure: it then reads as a complaint and the rules stand.
"""

from __future__ import annotations

import re
from typing import Final

_SECOND_CHANCE: Final = re.compile(
    r"\b(?:gave (?:them|you|it|\w+) (?:another|a second) (?:go|chance|try|shot)|"
    r"tried (?:them|you|it) (?:again|once more)|second chance|decided to try (?:again|them again)|"
    r"(?:les|te|os) di otra (?:oportunidad|oportunidade|chance)|di otra oportunidad|"
    r"redonn[ée] une (?:chance|seconde chance)|donné une seconde chance|"
    r"noch (?:eine|einmal eine) chance gegeben|"
    r"dato un'?altra (?:possibilità|chance|occasione)|"
    r"dei (?:outra|mais uma|uma segunda) (?:chance|oportunidade))\b",
    re.IGNORECASE,
)


def after_second_chance(clean: str) -> str | None:
    """The text after a second-chance clause ("gave them another go today: ..."), or None."""
    m = _SECOND_CHANCE.search(clean)
    if m is None:
        return None
    rest = clean[m.end() :].lstrip(" :,.-\u2013\u2014!")
    return rest if len(rest.split()) >= 3 else None
