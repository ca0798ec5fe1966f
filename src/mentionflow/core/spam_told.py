"""A spam call to action that is a statement here: "sie schreibt mir grad, dass ...", "ihr schreibt mir
nur Standardmails", "ela me chama de ...". The keyword file lists "schreibt mir" (German "write to me!",
plural imperative) and "me chama" (Portuguese "call me!") as strong spam, but with a subject before the
verb they tell what someone did: "she writes to me", "you write to me", "she calls me". The imperative
has no subject; so a subject pronoun (or a name-like article) right before the phrase drops the phrase's
spam points, and a friend's "sie schreibt mir, dass sie nicht mehr weiß, wie es weitergehen soll" is
no longer read as an ad.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from mentionflow.core.harm_lexicon import words
from mentionflow.core.keywords import CategoryConfig

__all__ = ["CALL_WORDS", "without_told_call"]

# Call phrases (bigrams) that double as a told act, and the subjects that make them one.
_CALLS: Final = frozenset([("schreibt", "mir"), ("me", "chama")])
CALL_WORDS: Final = frozenset(b for _, b in _CALLS)  # the caller's cheap gate: "mir", "chama"
_SUBJECTS: Final = frozenset(
    words(
        "sie er es ihr man jemand niemand keiner wer der die das mutter freundin freund "
        "ele ela eles elas você voce vc alguém alguem ninguém ninguem quem"
    )
)


def without_told_call(
    labels: list[tuple[str, ...]], toks: tuple[str, ...], cats: CategoryConfig
) -> list[tuple[str, ...]]:
    """``labels`` less the spam label of a call phrase said with a subject before it."""
    told = [
        pair
        for i, pair in enumerate(pairwise(toks))
        if pair in _CALLS and i > 0 and toks[i - 1] in _SUBJECTS and pair in cats.bigrams
    ]
    if not told:
        return labels
    out = list(labels)
    for pair in told:
        lab = cats.bigrams[pair]
        if lab in out:
            out.remove(lab)
    return out
