"""Elided spellings of harm phrases and words (French and Italian articles glued by `normalise`)."""

from __future__ import annotations

# French and Italian elide a vowel-initial word after d', j', l', n', qu' ("envie d'en finir", "j'en
# peux plus"): normalise glues them ("den", "jen"). Each phrase table also holds those spellings.
ELISION_PREFIXES = ("d", "j", "l", "n", "qu")


_ELIDABLE = "aeiouhàâéèêîôù"  # the first letters a French or Italian article elides before


def elided(phrases: frozenset[tuple[str, ...]] | set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The phrases whose first word opens with a vowel, spelled after each elided article or pronoun."""
    return {(p + ph[0], *ph[1:]) for ph in phrases if ph[0][:1] in _ELIDABLE for p in ELISION_PREFIXES}


def with_elisions(single_words: frozenset[str]) -> frozenset[str]:
    """``single_words`` and each vowel-initial one spelled after an elided article ("larnaque")."""
    return single_words | {p + w for w in single_words if w[:1] in _ELIDABLE for p in ELISION_PREFIXES}
