"""A rival named as a yardstick is a price question, not a threat to leave.

"what do you charge compared to the competition?", "combien vous coûtez par rapport à la
concurrence ?", "was kostet ihr im Vergleich zur Konkurrenz?", "quanto costate rispetto alla
concorrenza?", "quanto custa comparado à concorrência?": the churn phrase ("to the competition",
"à la concurrence", "zur Konkurrenz", "alla concorrenza") follows a word of comparison, so the
rival is what the price is measured against, not where the customer goes (used by
`core.signals`). Every churn phrase must be one: "cheaper compared to the competition, so I'm
switching" keeps its own threat.
"""

from __future__ import annotations

from typing import Final

__all__ = ["rival_compared"]

# "compared to", "par rapport à", "im Vergleich zur", "rispetto alla", "comparado à", "frente a":
# the word right before the churn phrase (or one word before it).
_COMPARING: Final = frozenset(
    {"compared", "comparing", "comparison", "versus", "vs", "relative", "against"}
    | {"comparado", "comparada", "comparación", "comparacion", "frente", "respecto"}
    | {"rapport", "comparé", "compare", "comparaison"}
    | {"vergleich", "verglichen", "gegenüber", "gegenuber"}
    | {"rispetto", "confronto", "paragone", "confrontato"}
    | {"comparação", "comparacao", "relação", "relacao"}
)
_REACH: Final = 2


def rival_compared(tokens: tuple[str, ...], spans: list[tuple[int, int]]) -> bool:
    """Whether every churn phrase at ``spans`` ((start, length) in ``tokens``) has a word of
    comparison within ``_REACH`` words before it."""
    return bool(spans) and all(
        not _COMPARING.isdisjoint(tokens[max(0, start - _REACH) : start]) for start, _length in spans
    )
