"""The perfect's "now", in en and de: a step taken by now, not harm happening now (for `harm_figures`).

"I have now instructed a solicitor", "we've now complained three times", "she has now written to
the ombudsman", "ich habe jetzt einen Anwalt eingeschaltet": "now" after "have" says how far a
dispute has gone. The harm model reads "now" as harm happening at this moment (a severe sign), so
this "now" is dropped from the words it weighs; "my son is missing now" keeps it.
"""

from __future__ import annotations

from typing import Final

__all__ = ["PERFECT_NOW_WORDS", "perfect_now_positions"]

PERFECT_NOW_WORDS: Final = frozenset(("now", "jetzt"))
_HAVE: Final = frozenset(("have", "has", "ive", "weve", "theyve", "shes", "hes", "habe", "haben", "hat"))


def perfect_now_positions(toks: tuple[str, ...]) -> set[int]:
    """Positions of "now"/"jetzt" right after a form of "have" (see the module doc)."""
    return {i for i, t in enumerate(toks) if t in PERFECT_NOW_WORDS and i > 0 and toks[i - 1] in _HAVE}
