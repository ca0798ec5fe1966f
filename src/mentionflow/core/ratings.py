"""A low star rating in a review ("★☆☆☆☆", "2 Sterne", "1/5", "una estrella"): whatever its words
say, a one- or two-star review reports a failure."""

from __future__ import annotations

import re

from mentionflow.core.text import lead_spent_search

# "2 Sterne.", "1 star", "una estrella", "deux étoiles", "1/5": a low rating said in words.
_LOW_STAR_WORDS = re.compile(
    r"(?<![\w.,])(?:(?:[012](?:[.,]5)?|zero|one|two|null|eins|zwei|cero|una|uno|dos|z[ée]ro|une|un|deux|due|duas|"
    r"dois|uma|um)\s*(?:/\s*(?:5|10)\s*)?(?:stars?|sterne?n?|estrellas?|[ée]toiles?|stelle|stella|estrelas?)\b"
    r"|[012]\s*/\s*5(?![\w.,/]))",
    re.IGNORECASE,
)
_LOW_STARS_FOUND = lead_spent_search(_LOW_STAR_WORDS)  # the same answer, without a look-behind scan


_STAR_TOKENS = frozenset(
    {"star", "stars", "stern", "sterne", "sternen", "estrella", "estrellas", "étoile", "étoiles", "etoile"}
    | {"etoiles", "stella", "stelle", "estrela", "estrelas"}
)


def low_star_rating(clean: str, tokset: frozenset[str]) -> bool:
    """A one- or two-star review ("★☆☆☆☆", "2 Sterne", "1/5"): whatever its words say, it reports a failure."""
    if "\u2606" in clean:
        stars = clean.count("\u2605")
        if stars <= 2 and stars + clean.count("\u2606") >= 4:
            return True
    if _STAR_TOKENS.isdisjoint(tokset) and "/" not in clean:  # the cheap test first
        return False
    return _LOW_STARS_FOUND(clean)
