"""Text models trained by `mentionflow train`: sentiment weights for es/fr/de/it/pt, the irony
model and the intensity blend, with their sparse features."""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, KeysView, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise, repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

import orjson

from mentionflow.core.text import NormalisedText

DEFAULT_TEXT_MODELS_PATH = Path(__file__).resolve().parent.parent / "data" / "text_models.json"
TEXT_MODELS_FORMAT = "mentionflow-textmodels/1"


def multilingual_keys(norm: NormalisedText) -> KeysView[Any]:
    """Sparse features of the multilingual sentiment model (training and inference): words,
    bigrams, 5-letter prefixes of longer words (a cheap stemmer across inflections), hashtags
    and "!"/"?" markers. Distinct, in text order: the weights are summed in this order, and a
    set's order (its string hashes) changed the last bits of the sum from run to run."""
    toks = norm.tokens
    keys: dict[Any, None] = dict.fromkeys(toks)
    keys.update(dict.fromkeys(pairwise(toks)))
    keys.update(dict.fromkeys(["~" + t[:5] for t in toks if len(t) > 5]))
    if norm.hashtags:
        keys.update(dict.fromkeys(["#" + h.lower() for h in norm.hashtags]))
    clean = norm.clean
    if "!" in clean:
        keys["\x00!"] = None
    if "?" in clean or "\u00bf" in clean:
        keys["\x00?"] = None
    return keys.keys()


def irony_keys(norm: NormalisedText, tokset: frozenset[str], bigrams: AbstractSet[tuple[str, str]]) -> set[Any]:
    """Sparse features of the irony model: the sentiment model's words, bigrams, hashtags."""
    keys: set[Any] = set(tokset)
    keys.update(bigrams)
    if norm.hashtags:
        keys.update(["#" + h.lower() for h in norm.hashtags])
    return keys


@dataclass(frozen=True, slots=True)
class TextModels:
    """Per-language sentiment weights (logit deltas against neutral, as `SentimentModel`), the
    irony model (logistic regression) and the intensity blend."""

    sentiment: Mapping[str, tuple[Mapping[Any, complex], complex]]  # lang -> (weights, bias)
    irony_weights: Mapping[Any, float]
    irony_dense: Mapping[str, float]
    irony_bias: float
    irony_threshold: float  # P(irony) from which an ironic "praise" is a complaint (routing)
    valence_weight: float  # English: score = w * valence + (1 - w) * (P(pos) - P(neg))
    meta: Mapping[str, Any]
    # Other languages: their valence is emoji and emoticons only, not VADER's compound; the
    # English weight, tuned on VADER-style intensity, does not carry over (0.5: the first blend).
    valence_weight_other: float = 0.5
    # Derived: `irony_weights.get` split by key type (str words / tuple bigrams).
    _irony_words: Any = field(init=False, repr=False, compare=False)
    _irony_pairs: Any = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        w = self.irony_weights
        object.__setattr__(self, "_irony_words", {k: v for k, v in w.items() if isinstance(k, str)}.get)
        object.__setattr__(self, "_irony_pairs", {k: v for k, v in w.items() if not isinstance(k, str)}.get)

    @classmethod
    def from_dict(cls, obj: Mapping[str, Any]) -> TextModels:
        if obj.get("format") != TEXT_MODELS_FORMAT:
            raise ValueError("not mentionflow text models (format mismatch)")

        def key(k: str) -> Any:
            return tuple(k.split(" ")) if " " in k else k  # bigrams are stored as "a b"

        sentiment: dict[str, tuple[Mapping[Any, complex], complex]] = {}
        for lang, m in obj["sentiment"].items():
            weights = {key(k): complex(wn, wp) for k, (wn, wp) in m["sparse"].items()}
            sentiment[lang] = (weights, complex(*m["bias"]))
        irony = obj["irony"]
        # The irony set is half ironic; real mentions are far less. The logit is shifted so that
        # P = 0.5 is the routing threshold (val precision >= 0.8): "irony >= 0.5" means likely.
        shift = _logit(float(irony["route_threshold"]))
        return cls(
            sentiment,
            {key(k): float(w) for k, w in irony["sparse"].items()},
            {str(k): float(w) for k, w in irony["dense"].items()},
            float(irony["bias"]) - shift,
            0.5,
            float(obj["intensity"]["valence_weight"]),
            obj.get("meta", {}),
            float(obj["intensity"].get("valence_weight_other", 0.5)),
        )

    def irony_report_threshold(self) -> float:
        """The trainer's F1-best threshold on irony val, on the shifted scale."""
        raw = float(self.meta["irony"]["threshold"])
        shift = _logit(float(self.meta["irony"]["route_threshold"]))
        return 1.0 / (1.0 + math.exp(-(_logit(raw) - shift)))

    def irony(self, keys: Iterable[Any], dense: Iterable[tuple[str, float]], lp: float, ln: float) -> float:
        return self._irony_from(self.irony_bias + sum(map(self.irony_weights.get, keys, repeat(0.0))), dense, lp, ln)

    def irony_fast(
        self,
        norm: NormalisedText,
        tokset: frozenset[str],
        bigrams: AbstractSet[tuple[str, str]],
        dense: Iterable[tuple[str, float]],
        lp: float,
        ln: float,
    ) -> float:
        """`irony(irony_keys(...))` without building the key set: str and tuple keys probed in
        their own dicts (see `Analyzer.__init__` on why)."""
        words, pairs = self._irony_words, self._irony_pairs
        zero = repeat(0.0)
        # Distinct words in text order (see `word_bigrams`), not the set's order.
        z = sum(map(pairs, bigrams, zero), sum(map(words, dict.fromkeys(norm.tokens), zero), self.irony_bias))
        if norm.hashtags:
            z = sum(map(words, dict.fromkeys(["#" + h.lower() for h in norm.hashtags]), zero), z)
        return self._irony_from(z, dense, lp, ln)

    def irony_of(
        self,
        distinct: Iterable[tuple[Any, ...]],
        binfos: Iterable[tuple[Any, ...]],
        hashkeys: Iterable[str] | None,
        dense: Iterable[tuple[str, float]],
        lp: float,
        ln: float,
    ) -> float:
        """`irony_fast` over the mention's token and bigram infos (`TokenLookups`): the
        irony weight is their second field."""
        get = itemgetter(1)
        z = sum(map(get, binfos), sum(map(get, distinct), self.irony_bias))
        if hashkeys is not None:
            z = sum(map(self._irony_words, hashkeys, repeat(0.0)), z)
        return self._irony_from(z, dense, lp, ln)

    def _irony_from(self, z: float, dense: Iterable[tuple[str, float]], lp: float, ln: float) -> float:
        dw = self.irony_dense
        for name, value in dense:
            z += dw.get(name, 0.0) * value
        z += dw.get("lex_pos", 0.0) * lp / 4.0 + dw.get("lex_neg", 0.0) * ln / 4.0
        if z < -30.0:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))


@lru_cache(maxsize=4)
def load_text_models(path: Path | str | None = None) -> TextModels | None:
    """Load the text models (cached). Default: $MENTIONFLOW_TEXT_MODELS, else the packaged
    `data/text_models.json`; None when that file is absent (English-only, no irony)."""
    if path is None:
        path = os.environ.get("MENTIONFLOW_TEXT_MODELS") or DEFAULT_TEXT_MODELS_PATH
    p = Path(path)
    if not p.is_file():
        return None
    return TextModels.from_dict(orjson.loads(p.read_bytes()))
