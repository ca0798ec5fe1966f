"""VADER-style valence of a normalised mention: lexicon words, boosters, negation, "but",
ALL-CAPS emphasis and "!" (the intensity half of `sentiment.score`)."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from functools import lru_cache
from itertools import repeat

from mentionflow.core.text import NormalisedText

# Negators, apostrophe-free as `normalise` emits them ("don't" -> "dont").
NEGATORS = frozenset(
    [
        "not",
        "no",
        "never",
        "dont",
        "cant",
        "wont",
        "isnt",
        "didnt",
        "doesnt",
        "wasnt",
        "arent",
        "havent",
        "hasnt",
        "hadnt",
        "couldnt",
        "shouldnt",
        "wouldnt",
        "aint",
        "nothing",
        "nobody",
        "nowhere",
        "neither",
        "nor",
        "without",
        "cannot",
        "nt",
    ]
)
_NEG_WINDOW = 3  # a negator flips lexicon valence of the next 3 tokens (VADER uses 3 too)
NEG_FLIP = -0.74  # VADER's negation scalar


def negated_tokens(tokens: tuple[str, ...]) -> AbstractSet[str]:
    """Tokens that occur within `_NEG_WINDOW` tokens after a negator (negators excluded)."""
    out: dict[str, None] = {}  # in text order: `_fast_logits` sums over them
    window = 0
    for tok in tokens:
        if tok in NEGATORS:
            window = _NEG_WINDOW
        elif window:
            window -= 1
            out[tok] = None
    return out.keys()


_BUT = frozenset(["but", "pero", "mais", "aber", "ma", "mas"])
_BUT_BEFORE, _BUT_AFTER = 0.5, 1.5  # VADER's weights around "but"
_MODIFIERS = NEGATORS | _BUT
_BOOST_DECAY = (1.0, 0.95, 0.9)  # booster 1, 2, 3 tokens before a valence word
_CAPS_INCR = 0.733  # VADER C_INCR: an ALL-CAPS valence word in mixed-case text
_EXCLAIM_INCR = 0.292  # VADER: per "!", up to 4
_VALENCE_ALPHA = 15.0  # VADER's normalisation x / sqrt(x^2 + alpha)
_ALLCAPS_RE = re.compile(r"\b[A-Z][A-Z']+\b")


@lru_cache(maxsize=1)
def _boosters() -> dict[str, float]:
    from vaderSentiment.vaderSentiment import BOOSTER_DICT

    return {k.replace("'", ""): float(v) for k, v in BOOSTER_DICT.items() if " " not in k}


def valence(
    norm: NormalisedText, lexicon: Mapping[str, float], valences: list[float] | None = None
) -> tuple[float, float, float]:
    """VADER-style intensity of a mention: (compound in (-1, 1), positive sum, negative sum).

    Per valence word (VADER lexicon, our tokens): boosters in the 3 tokens before it, an
    ALL-CAPS form in mixed-case text, negation (x -0.74) and "but" (x0.5 before, x1.5 after);
    then "!" emphasis and x / sqrt(x^2 + 15). A Python loop only over the valence words.
    """
    toks = norm.tokens
    if valences is None:
        valences = list(map(lexicon.get, toks, repeat(0.0)))
    vals = [v for v in valences if v]
    if not vals:
        return 0.0, 0.0, 0.0
    boost = _boosters()
    if _MODIFIERS.isdisjoint(toks) and boost.keys().isdisjoint(toks) and not (norm.caps_ratio and not norm.shouting):
        # The common case: nothing modifies a valence word; sums at C level.
        lp = sum(v for v in vals if v > 0.0)
        ln = sum(vals) - lp
        total = lp + ln
    else:
        total, lp, ln = _modified_valence(norm, valences, boost)
    n_excl = norm.clean.count("!")
    if n_excl and total:
        emph = min(n_excl, 4) * _EXCLAIM_INCR
        total += emph if total > 0 else -emph
    return total / math.sqrt(total * total + _VALENCE_ALPHA), lp, ln


def _modified_valence(
    norm: NormalisedText, valences: list[float], boost: Mapping[str, float]
) -> tuple[float, float, float]:
    """`valence`'s sum when boosters, negators, "but" or ALL-CAPS words are present
    (`valences`: each token's lexicon valence, 0.0 for none)."""
    toks = norm.tokens
    hits = [(i, v) for i, v in enumerate(valences) if v]
    but_at = -1
    if not _BUT.isdisjoint(toks):
        but_at = next(i for i, t in enumerate(toks) if t in _BUT)
    caps: frozenset[str] = frozenset()
    if norm.caps_ratio and not norm.shouting:
        caps = frozenset(w.lower().replace("'", "") for w in _ALLCAPS_RE.findall(norm.clean))
    total = lp = ln = 0.0
    for i, v in hits:
        tok = toks[i]
        if tok in NEGATORS:
            continue
        sign = 1.0 if v > 0 else -1.0
        if caps and tok in caps:
            v += sign * _CAPS_INCR
        negated = False
        for back, decay in zip(range(i - 1, max(i - 4, -1), -1), _BOOST_DECAY):  # noqa: B905
            prev = toks[back]
            b = boost.get(prev)
            if b:
                v += sign * b * decay
            elif prev in NEGATORS:
                negated = True
        if negated:
            v *= NEG_FLIP
        if but_at >= 0:
            v *= _BUT_BEFORE if i < but_at else _BUT_AFTER if i > but_at else 1.0
        total += v
        if v > 0:
            lp += v
        else:
            ln += v
    return total, lp, ln
