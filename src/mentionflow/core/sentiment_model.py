"""The polarity model of the text analysis: a linear 3-class model (negative / neutral /
positive) and its scorer.

`SentimentModel` is the trained model (`data/sentiment_model.json`, written by
`python -m mentionflow.tools.train_sentiment` over `core.features.extract_features`);
`LinearScorer` scores one mention with it. The rules that read the scores (intent, severity,
category, irony) are `core.sentiment.Analyzer`, a `LinearScorer`.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any

import orjson

from mentionflow.core.features import DENSE_FEATURES, Features
from mentionflow.core.intent import Label
from mentionflow.core.lookups import WEIGHT, BigramInfo, TokenInfo
from mentionflow.core.text import NormalisedText
from mentionflow.core.valence import EMOJI_VALENCE_OVERRIDES, NEG_FLIP, NEGATORS, negated_tokens

__all__ = ["CLASSES", "DEFAULT_MODEL_PATH", "LinearScorer", "SentimentModel", "load_model"]

CLASSES: tuple[Label, Label, Label] = ("negative", "neutral", "positive")

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
DEFAULT_MODEL_PATH = DATA_DIR / "sentiment_model.json"


@dataclass(frozen=True, slots=True)
class SentimentModel:
    """Linear 3-class model stored as logit deltas against the neutral class.

    Weights are complex numbers `neg + 1j * pos` (negative-vs-neutral and positive-vs-neutral
    logit deltas) so one C-level `sum(map(dict.get, ...))` scores both classes at once.
    """

    weights: Mapping[Any, complex]  # token str | "#tag" | bigram tuple -> weight
    dense: Mapping[str, complex]
    bias: complex
    lexicon: Mapping[str, float]  # token -> VADER-scale valence (for the lex_* features)
    meta: Mapping[str, Any]
    # Derived at load: `weights` with each lexicon token's lex_pos/lex_neg contribution
    # folded in (lex_* are linear in per-token valence except under negation, which
    # `Analyzer` corrects), so inference needs no separate lexicon pass.
    folded: Mapping[Any, complex] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, obj: Mapping[str, Any]) -> SentimentModel:
        if obj.get("format") != "mentionflow-sentiment/1":
            raise ValueError("not a mentionflow sentiment model (format mismatch)")
        if tuple(obj["classes"]) != CLASSES or tuple(obj["dense_features"]) != DENSE_FEATURES:
            raise ValueError("model classes/dense features do not match this code version")
        weights: dict[Any, complex] = {}
        for key, (wn, wp) in obj["sparse"].items():
            # Bigrams are stored as "a b"; tokens never contain spaces.
            k: Any = tuple(key.split(" ")) if " " in key else key
            weights[k] = complex(wn, wp)
        dense = {name: complex(w[0], w[1]) for name, w in obj["dense"].items()}
        lexicon = {str(k): float(v) for k, v in obj["lexicon"].items()} | EMOJI_VALENCE_OVERRIDES
        folded = dict(weights)
        for tok, v in lexicon.items():
            if tok not in NEGATORS:  # negators are never valence-scored (see _lexicon_valence)
                folded[tok] = folded.get(tok, 0j) + _lex_contribution(v, dense)
        bn, bp = obj["bias"]
        return cls(weights, dense, complex(bn, bp), lexicon, obj["meta"], folded)


def _lex_contribution(v: float, dense: Mapping[str, complex]) -> complex:
    """Weight one token of valence `v` adds through the lex_pos / lex_neg features."""
    if v > 0.0:
        return dense["lex_pos"] * (v / 4.0)
    if v < 0.0:
        return dense["lex_neg"] * (v / 4.0)
    return 0j


@lru_cache(maxsize=4)
def load_model(path: Path | str | None = None) -> SentimentModel:
    """Load the JSON model (cached per path). Default: $MENTIONFLOW_SENTIMENT_MODEL, else the
    packaged `data/sentiment_model.json`."""
    if path is None:
        path = os.environ.get("MENTIONFLOW_SENTIMENT_MODEL") or DEFAULT_MODEL_PATH
    return SentimentModel.from_dict(orjson.loads(Path(path).read_bytes()))


class LinearScorer:
    """A loaded `SentimentModel` and its scorer: the model's logit deltas for one mention."""

    def __init__(self, model: SentimentModel | Path | str | None = None) -> None:
        self.model = model if isinstance(model, SentimentModel) else load_model(model)
        m = self.model
        # The folded weights split by key type: a str-only dict takes CPython's compact
        # unicode-key layout and lookup (denser in cache, no generic key comparison), and the
        # scorer probes ~17 words and ~16 bigrams per mention in a 42k-entry table.
        self.word_weights: dict[str, complex] = {k: w for k, w in m.folded.items() if isinstance(k, str)}
        self.bigram_weights: dict[Any, complex] = {k: w for k, w in m.folded.items() if not isinstance(k, str)}
        self._get_word = self.word_weights.get
        self._get_bigram = self.bigram_weights.get
        self._dense = m.dense
        self._bias = m.bias
        self._lexicon = m.lexicon

    def logits(self, feats: Features) -> complex:
        """Reference scorer over `extract_features` output (neg + 1j * pos logit deltas)."""
        w = self.model.weights.get
        z = self._bias + sum(map(w, feats.sparse, repeat(0j)))
        for name, value in feats.dense:
            z += self._dense[name] * value
        return z

    def _fast_logits(
        self,
        norm: NormalisedText,
        tokset: frozenset[str],
        bigrams: AbstractSet[tuple[str, str]],
        dense: list[tuple[str, float]],
    ) -> tuple[complex, bool]:
        """Same value as `logits(extract_features(...))`, fused: lexicon weights are folded
        into the token weights, so only negated mentions pay a (short) Python loop."""
        # The sum of `_sparse_keys` in its order (words, bigrams, "#tags"), continued from one
        # dict to the next through sum's start value: the same additions in the same order.
        zero = repeat(0j)
        # Distinct words in text order (see `word_bigrams`), not the set's order.
        z = sum(map(self._get_bigram, bigrams, zero), sum(map(self._get_word, dict.fromkeys(norm.tokens), zero)))
        if norm.hashtags:
            z = sum(map(self._get_word, dict.fromkeys(["#" + h.lower() for h in norm.hashtags]), zero), z)
        z = self._bias + z
        dw = self._dense
        for name, value in dense:
            z += dw[name] * value
        negated = False
        if not NEGATORS.isdisjoint(tokset):
            # Replace the folded (un-negated) lexicon contribution of negated tokens.
            lex = self._lexicon
            for tok in negated_tokens(norm.tokens):
                v = lex.get(tok)
                if v:
                    negated = True
                    z += _lex_contribution(v * NEG_FLIP, dw) - _lex_contribution(v, dw)
        return z, negated

    def _logits_of(
        self,
        norm: NormalisedText,
        tokset: frozenset[str],
        distinct: Iterable[TokenInfo],
        binfos: Iterable[BigramInfo],
        hashkeys: Iterable[str] | None,
        dense: list[tuple[str, float]],
    ) -> tuple[complex, bool]:
        """`_fast_logits` over the mention's token and bigram infos: the same additions in
        the same order (words, bigrams, "#tags", bias, dense, negation)."""
        z = sum(map(WEIGHT, binfos), sum(map(WEIGHT, distinct)))
        if hashkeys is not None:
            z = sum(map(self._get_word, hashkeys, repeat(0j)), z)
        z = self._bias + z
        dw = self._dense
        for name, value in dense:
            z += dw[name] * value
        negated = False
        if not NEGATORS.isdisjoint(tokset):
            # Replace the folded (un-negated) lexicon contribution of negated tokens.
            lex = self._lexicon
            for tok in negated_tokens(norm.tokens):
                v = lex.get(tok)
                if v:
                    negated = True
                    z += _lex_contribution(v * NEG_FLIP, dw) - _lex_contribution(v, dw)
        return z, negated

    @staticmethod
    def probabilities(z: complex) -> tuple[float, float, float]:
        """(P(negative), P(neutral), P(positive)) from logit deltas; overflow-safe softmax."""
        zn = z.real
        zp = z.imag
        top = max(zn, zp, 0.0)
        en = math.exp(zn - top)
        ep = math.exp(zp - top)
        e0 = math.exp(-top)
        total = en + ep + e0
        return en / total, e0 / total, ep / total
