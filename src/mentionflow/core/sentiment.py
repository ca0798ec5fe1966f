"""Sentiment, intent, complaint severity and category for one normalised mention.

Polarity is a small linear model (multinomial logistic regression, trained by
`python -m mentionflow.train_sentiment`) over binary unigram + bigram + hashtag features and a
few dense features: VADER lexicon valence (with negation flipping), surface signals (caps,
"!", elongation) and customer-service cues ("on hold for 3 hours", "still waiting",
"cancelled my flight", "never again", sarcasm). Inference needs no scikit-learn: the weights
are two dicts (negative-vs-neutral and positive-vs-neutral logit deltas) summed over the
mention's feature set with C-level `map`/`sum`, so one call is a few microseconds.

Intent, severity and category are rules over the same features plus the operator-editable
keyword file `data/categories.yaml` (categories, severity cues, and intent cue lists: rant
markers, insults, praise, complaint markers, spam). The rules never change the polarity label
or score; see `_decide_intent` for the order in which the evidence is read.

`extract_features()` is the single definition of the model's features; training and
inference both go through it, so they cannot drift apart.
"""

from __future__ import annotations

import math
import os
import re
import threading
from collections.abc import Iterable, KeysView, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, pairwise, repeat
from operator import itemgetter
from pathlib import Path
from typing import Any, Literal

import orjson
import yaml

from mentionflow.core.lang import UNDETERMINED, LanguageGuess
from mentionflow.core.text import NormalisedText, fast_constructor

__all__ = [
    "DENSE_FEATURES",
    "Analysis",
    "Analyzer",
    "CategoryConfig",
    "Features",
    "SentimentModel",
    "TextModels",
    "analyse",
    "default_analyzer",
    "extract_features",
    "load_categories",
    "load_model",
    "load_text_models",
    "multilingual_keys",
    "valence",
]

Label = Literal["negative", "neutral", "positive"]
Intent = Literal["complaint", "question", "praise", "rant", "spam", "other"]
Severity = Literal["major", "minor"]
Category = Literal["billing", "outage", "delivery", "defect", "account", "staff", "delay", "other"]

CLASSES: tuple[Label, Label, Label] = ("negative", "neutral", "positive")
CATEGORIES: tuple[Category, ...] = (
    "billing",
    "outage",
    "delivery",
    "defect",
    "account",
    "staff",
    "delay",
    "other",
)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
DEFAULT_MODEL_PATH = DATA_DIR / "sentiment_model.json"
DEFAULT_CATEGORIES_PATH = DATA_DIR / "categories.yaml"
DEFAULT_TEXT_MODELS_PATH = DATA_DIR / "text_models.json"
TEXT_MODELS_FORMAT = "mentionflow-textmodels/1"
# Languages with their own sentiment weights in the text models (English: the main model).
MULTILINGUAL_LANGUAGES: tuple[str, ...] = ("es", "fr", "de", "it", "pt")
SCORED_LANGUAGES: tuple[str, ...] = ("en", *MULTILINGUAL_LANGUAGES)


@dataclass(frozen=True, slots=True)
class Analysis:
    score: float  # P(positive) - P(negative), in [-1, 1]; 0.0 when unsupported
    label: Label
    confidence: float  # probability of `label` (0.0 when unsupported)
    intent: Intent
    severity: Severity | None  # complaints only
    category: Category | None  # complaints and rants; questions only when they name an outage
    supported: bool  # False: language not scored (not en/es/fr/de/it/pt); label forced to neutral
    cues: tuple[str, ...]  # short explanation tokens, e.g. ("negation", "still_waiting")
    irony: float = 0.0  # P(ironic) from the irony model; 0.0 when unsupported


_new_analysis = fast_constructor(Analysis)

# --------------------------------------------------------------------------------------------
# Lexical resources (in code: they define the features, so they are versioned with the model)

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

_ON_HOLD_RE = re.compile(r"\bon hold\b|\bhold (?:time|music)\b|\bkept me holding\b")
# "\s*(?:\+\s*)?", not "\s*\+?\s*": two adjacent \s* split a run of spaces n ways (quadratic).
_DURATION_RE = re.compile(
    r"\b(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|"
    r"multiple|many|few|couple(?: of)?)\s*(?:\+\s*)?(?:more\s+)?(?:hours?|hrs?|days?|weeks?)\b"
)
_STILL_WAITING_RE = re.compile(
    r"\b(?:still|been|keep|kept|am|im|i'm|are|were|we're|keeps)\s+(?:\w+\s+)?"
    r"(?:waiting|holding|on hold|stuck)\b"
    r"|\bstill (?:no|nothing|not|never|havent|haven't|hasnt|hasn't|dont|don't|didnt|didn't|"
    r"cant|can't|wont|won't|doesnt|doesn't|unresolved|delayed|sitting|here)\b"
    r"|\bno (?:response|reply|answer|update|word|one)\b.{0,20}\b(?:yet|still|since)\b"
    r"|\b(?:waited|waiting|wait) (?:for |over |almost |nearly |more than )*"
    r"(?:\d+|an?|one|two|three|several|hours|days)"
)
_NEVER_AGAIN_RE = re.compile(
    r"\bnever (?:again|ever|(?:fly|flying|flown|use|using|buy|buying|book|booking|order|"
    r"ordering|shop|shopping|choose|recommend|return)\b)"
    r"|\b(?:won'?t|will not|wont) be (?:flying|using|back|buying|booking|returning)\b"
    r"|\blast time i (?:fly|flew|use|book|buy|order)"
)
_POSITIVE_OPENERS = frozenset(
    [
        "great",
        "wonderful",
        "awesome",
        "fantastic",
        "perfect",
        "nice",
        "brilliant",
        "lovely",
        "thanks",
        "thank",
        "love",
        "loving",
        "yay",
        "terrific",
        "glad",
        "amazing",
        "super",
        "cool",
        "excellent",
    ]
)
_NEGATIVE_EVENTS = frozenset(
    [
        "another",
        "again",
        "delay",
        "delayed",
        "delays",
        "cancel",
        "cancelled",
        "canceled",
        "cancellation",
        "lost",
        "late",
        "stuck",
        "hold",
        "waiting",
        "wait",
        "broken",
        "missed",
        "stranded",
        "hours",
        "nothing",
        "fail",
        "failed",
        "worst",
    ]
)
# "great, another delay", "thanks for nothing", "love how you lost my bag", "yeah right".
_SARCASM_RE = re.compile(
    r"^(?:<user>\s*|<hashtag>\s*|oh\s+|wow\s+|so\s+|just\s+|really\s+)*"
    r"(?:great|wonderful|awesome|fantastic|perfect|nice|brilliant|lovely|thanks|thank you|"
    r"thx|love|loving|yay|terrific|glad|amazing|super|cool|excellent)\b[\s,.!]*"
    r"(?:(?:job|work|service)\b[\s,.!]*)?"
    r"(?:(?:another|again|more)\b|(?:for|on|with)\s+(?:nothing|the\s+(?:delay|wait|hold)|"
    r"(?:losing|cancel\w*|delaying|making me))|"
    r"(?:how|that|when|the way)\s+(?:you\s+|u\s+|your\s+|my\s+|we\s+|i\s+|the\s+)?"
    r"(?:\w+\s+){0,4}?(?:lost|cancel\w*|delay\w*|lose|losing|stuck|wait\w*|hold|late|"
    r"missed|strand\w*|broke\w*))"
)
_SARCASM_MARKERS_RE = re.compile(
    r"\byeah,? right\b|\bthanks for nothing\b|\bso much for\b|\bjust what i needed\b|"
    r"\bgotta love\b|\bgot to love\b|\bthanks a lot\b.{0,40}\b(?:delay|cancel|lost|wait|hold)"
)
_SARCASM_ANCHORS = frozenset({"yeah", "nothing", "much", "needed", "gotta", "got", "lot"})
_QUESTION_STARTERS = frozenset(
    [
        "how",
        "what",
        "when",
        "where",
        "why",
        "who",
        "which",
        "whats",
        "whens",
        "wheres",
        "whos",
        "hows",
        "can",
        "could",
        "would",
        "will",
        "is",
        "are",
        "do",
        "does",
        "did",
        "any",
        "anyone",
        "has",
        "have",
        "should",
        "may",
    ]
)
_QUESTION_BIGRAMS = frozenset(
    {
        ("how", "do"),
        ("how", "can"),
        ("can", "you"),
        ("could", "you"),
        ("is", "there"),
        ("do", "you"),
        ("let", "me"),
        ("wondering", "if"),
        ("any", "update"),
        ("would", "you"),
        ("will", "you"),
        ("are", "you"),
        ("how", "long"),
    }
)

# Dense feature names, in the order the trainer builds columns (part of the model format).
DENSE_FEATURES: tuple[str, ...] = (
    "lex_pos",
    "lex_neg",
    "exclaim",
    "question",
    "caps_ratio",
    "shouting",
    "elongated",
    "has_url",
    "on_hold",
    "long_wait",
    "still_waiting",
    "cancelled",
    "never_again",
    "sarcasm",
    "profanity",
)

_CANCEL_TOKENS = frozenset(
    ["cancel", "cancelled", "canceled", "cancellation", "cancelation", "cancelling", "canceling", "cancels"]
)
_HOLD_TOKENS = frozenset({"hold", "holding"})
_DURATION_TOKENS = frozenset(["hour", "hours", "hr", "hrs", "day", "days", "week", "weeks"])
_WAIT_TOKENS = frozenset(["still", "waiting", "wait", "waited", "response", "reply", "answer", "update"])
_NEVER_TOKENS = frozenset({"never", "wont", "will", "last"})


# --------------------------------------------------------------------------------------------
# Categories / severity / intent keyword file


@dataclass(frozen=True, slots=True)
class CategoryConfig:
    """Compiled `categories.yaml`. Phrases map to label tuples: a category name, or one of the
    special labels "major" (severity), "profanity" (rant marker, also a model feature),
    "insult", "praise", "complaint" (intent markers, rules only), "spam:strong"/"spam:weak"."""

    order: tuple[str, ...]  # category priority for ties
    unigrams: Mapping[str, tuple[str, ...]]
    bigrams: Mapping[tuple[str, str], tuple[str, ...]]
    trigrams: Mapping[tuple[str, str, str], tuple[str, ...]]
    trigram_heads: frozenset[str]
    prefixes: tuple[tuple[str, tuple[str, ...]], ...]
    # First two words of every trigram entry: a C-level set intersection with the mention's
    # bigrams decides whether the (Python) trigram scan runs at all.
    trigram_starts: frozenset[tuple[str, str]] = frozenset()
    # Lazily grown memo of token -> labels for prefix entries ("refund*"): keeps the hot
    # path at C-level set operations after warm-up. Bounded (cleared past _MEMO_MAX).
    _hit_tokens: set[str] = field(default_factory=set, compare=False, repr=False)
    _known_tokens: set[str] = field(default_factory=set, compare=False, repr=False)
    _memo: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)
    # `prefixes` indexed for `_learn`: prefix -> (its position in `prefixes`, labels), and the
    # distinct prefix lengths, ascending: a new token costs one dict probe per length instead
    # of a `startswith` per prefix entry.
    _prefix_index: dict[str, tuple[int, tuple[str, ...]]] = field(default_factory=dict, compare=False, repr=False)
    _prefix_lengths: tuple[int, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        index = {prefix: (i, labels) for i, (prefix, labels) in enumerate(self.prefixes)}
        object.__setattr__(self, "_prefix_index", index)  # frozen: derived fields are set once here
        object.__setattr__(self, "_prefix_lengths", tuple(sorted({len(p) for p in index})))

    def token_labels(self, tokset: AbstractSet[str]) -> list[tuple[str, ...]]:
        unknown = tokset - self._known_tokens
        if unknown:
            self._learn(unknown)
        hits = tokset & self._hit_tokens
        if not hits:
            return []
        memo = self._memo
        return [memo[t] for t in hits]

    def _learn(self, tokens: Iterable[str]) -> None:
        if len(self._known_tokens) > _MEMO_MAX:  # unbounded vocabularies: start over
            self._known_tokens.clear()
            self._known_tokens.update(self._hit_tokens)
        for tok in tokens:
            labels = self.labels_of(tok)
            if labels:
                self._memo[tok] = labels
                self._hit_tokens.add(tok)  # memo first: readers check hits, then the memo
            self._known_tokens.add(tok)

    def labels_of(self, tok: str) -> tuple[str, ...] | None:
        """The labels of one token (its unigram entry, then its prefix entries); None: none."""
        labels = list(self.unigrams.get(tok, ()))
        index = self._prefix_index
        found = [hit for n in self._prefix_lengths if n <= len(tok) and (hit := index.get(tok[:n])) is not None]
        if found:
            found.sort()  # the order of `prefixes`, as a scan of it would find them
            for _, plabels in found:
                labels.extend(plabels)
        return tuple(dict.fromkeys(labels)) if labels else None


_MEMO_MAX = 200_000


_INTENT_GROUPS = {
    "rant_markers": "profanity",
    "insults": "insult",
    "praise_markers": "praise",
    "complaint_markers": "complaint",
    "spam_strong": "spam:strong",
    "spam_weak": "spam:weak",
    "failure_events": "failure",
    "irony_markers": "irony_marker",
    "resolution_markers": "resolved",
}


def _multilingual_groups(blocks: Mapping[str, Any], source: str) -> list[tuple[str, list[str]]]:
    """The `multilingual:` section: per language, the same lists as the top level; their
    phrases join the top-level groups (tokens of different languages rarely collide, and the
    file's entries avoid the ones that do)."""
    out: list[tuple[str, list[str]]] = []
    for lang, block in blocks.items():
        if not isinstance(block, Mapping):
            raise ValueError(f"{source}: multilingual.{lang} must be a mapping")
        for cat, phrases in (block.get("categories") or {}).items():
            if cat not in CATEGORIES or cat == "other":
                raise ValueError(f"{source}: multilingual.{lang}: unknown category {cat!r}")
            out.append((str(cat), list(phrases or [])))
        out.append(("major", list((block.get("severity") or {}).get("major") or [])))
        for key, phrases in (block.get("intents") or {}).items():
            if key not in _INTENT_GROUPS:
                raise ValueError(f"{source}: multilingual.{lang}: unknown intent list {key!r}")
            out.append((_INTENT_GROUPS[key], list(phrases or [])))
    return out


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    # Same treatment as `normalise`: lowercase, apostrophes dropped, split on non-alnum.
    return tuple(re.findall(r"[^\W_]+\*?", phrase.lower().replace("'", "")))


def _compile_categories(raw: Mapping[str, Any], source: str) -> CategoryConfig:
    cats = raw.get("categories") or {}
    if not isinstance(cats, Mapping):
        raise ValueError(f"{source}: 'categories' must be a mapping")
    unknown = [c for c in cats if c not in CATEGORIES or c == "other"]
    if unknown:
        raise ValueError(f"{source}: unknown categories {unknown}; allowed {CATEGORIES[:-1]}")
    groups: list[tuple[str, list[str]]] = [(str(c), list(v or [])) for c, v in cats.items()]
    severity = (raw.get("severity") or {}).get("major") or []
    groups.append(("major", list(severity)))
    intents = raw.get("intents") or {}
    groups.append(("profanity", list(intents.get("rant_markers") or [])))
    groups.append(("insult", list(intents.get("insults") or [])))
    groups.append(("praise", list(intents.get("praise_markers") or [])))
    groups.append(("complaint", list(intents.get("complaint_markers") or [])))
    groups.append(("spam:strong", list(intents.get("spam_strong") or [])))
    groups.append(("spam:weak", list(intents.get("spam_weak") or [])))
    groups.append(("failure", list(intents.get("failure_events") or [])))
    groups.append(("irony_marker", list(intents.get("irony_markers") or [])))
    groups.append(("resolved", list(intents.get("resolution_markers") or [])))
    groups += _multilingual_groups(raw.get("multilingual") or {}, source)

    uni: dict[str, list[str]] = {}
    bi: dict[tuple[str, str], list[str]] = {}
    tri: dict[tuple[str, str, str], list[str]] = {}
    pre: dict[str, list[str]] = {}
    for label, phrases in groups:
        for phrase in phrases:
            toks = _phrase_tokens(str(phrase))
            if not toks or len(toks) > 3:
                raise ValueError(f"{source}: {label}: phrase {phrase!r} must have 1-3 words")
            if any(t.endswith("*") for t in toks):
                if len(toks) != 1 or len(toks[0]) < 4:
                    raise ValueError(f"{source}: {phrase!r}: '*' only on one word of >= 3 chars")
                pre.setdefault(toks[0][:-1], []).append(label)
            elif len(toks) == 1:
                uni.setdefault(toks[0], []).append(label)
            elif len(toks) == 2:
                bi.setdefault((toks[0], toks[1]), []).append(label)
            else:
                tri.setdefault((toks[0], toks[1], toks[2]), []).append(label)

    def freeze(d: Mapping[Any, list[str]]) -> dict[Any, tuple[str, ...]]:
        return {k: tuple(dict.fromkeys(v)) for k, v in d.items()}

    return CategoryConfig(
        order=tuple(dict.fromkeys(c for c, _ in groups if c in CATEGORIES)),
        unigrams=freeze(uni),
        bigrams=freeze(bi),
        trigrams=freeze(tri),
        trigram_heads=frozenset(k[0] for k in tri),
        trigram_starts=frozenset(k[:2] for k in tri),
        prefixes=tuple((p, tuple(dict.fromkeys(v))) for p, v in pre.items()),
    )


@lru_cache(maxsize=8)
def load_categories(path: Path | str | None = None) -> CategoryConfig:
    """Load and compile the category keyword file (cached per path).

    Default: $MENTIONFLOW_CATEGORIES, else the packaged `data/categories.yaml`.
    """
    if path is None:
        path = os.environ.get("MENTIONFLOW_CATEGORIES") or DEFAULT_CATEGORIES_PATH
    p = Path(path)
    raw = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    if not isinstance(raw, Mapping):
        raise ValueError(f"{p}: top level must be a mapping")
    return _compile_categories(raw, str(p))


# --------------------------------------------------------------------------------------------
# Model


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
        lexicon = {str(k): float(v) for k, v in obj["lexicon"].items()}
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


# --------------------------------------------------------------------------------------------
# Text models: five more languages, irony, intensity (trained by `mentionflow train`)


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
            v *= _NEG_FLIP
        if but_at >= 0:
            v *= _BUT_BEFORE if i < but_at else _BUT_AFTER if i > but_at else 1.0
        total += v
        if v > 0:
            lp += v
        else:
            ln += v
    return total, lp, ln


@dataclass(frozen=True, slots=True)
class TextModels:
    """Per-language sentiment weights (logit deltas against neutral, as `SentimentModel`), the
    irony model (logistic regression) and the intensity blend."""

    sentiment: Mapping[str, tuple[Mapping[Any, complex], complex]]  # lang -> (weights, bias)
    irony_weights: Mapping[Any, float]
    irony_dense: Mapping[str, float]
    irony_bias: float
    irony_threshold: float  # P(irony) from which an ironic "praise" is a complaint (routing)
    valence_weight: float  # score = w * valence + (1 - w) * (P(pos) - P(neg))
    meta: Mapping[str, Any]
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
        # Distinct words in text order (see `_bigrams`), not the set's order.
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


# --------------------------------------------------------------------------------------------
# Features

_NEG_FLIP = -0.74  # VADER's negation scalar


@dataclass(frozen=True, slots=True)
class Features:
    """Reference feature representation (training, tests). Inference uses a fused path that
    is checked against this one (tests/unit/test_sentiment.py)."""

    sparse: tuple[Any, ...]  # distinct unigram str, bigram tuple, "#tag" str (binary)
    dense: tuple[tuple[str, float], ...]  # only the non-zero dense features
    cues: tuple[str, ...]


def _negated_tokens(tokens: tuple[str, ...]) -> AbstractSet[str]:
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


def _lexicon_valence(tokens: tuple[str, ...], lexicon: Mapping[str, float]) -> tuple[float, float]:
    """Sums of positive and of negative lexicon valence over the *distinct* tokens (like the
    binary sparse features), VADER-flipped for a token seen inside a negation window."""
    tokset = set(tokens) - NEGATORS
    negated = _negated_tokens(tokens) if len(tokset) < len(set(tokens)) else set()
    lp = ln = 0.0
    for tok in tokset:
        v = lexicon.get(tok, 0.0)
        if tok in negated:
            v *= _NEG_FLIP
        if v > 0.0:
            lp += v
        elif v < 0.0:
            ln += v
    return lp, ln


def _bigrams(tokens: tuple[str, ...]) -> KeysView[tuple[str, str]]:
    """Distinct bigrams in text order (weights are summed in this order; a set's order
    depends on the string hashes, so the sums' last bits changed with PYTHONHASHSEED)."""
    return dict.fromkeys(pairwise(tokens)).keys()


def _sparse_keys(norm: NormalisedText, tokset: frozenset[str], bigrams: AbstractSet[tuple[str, str]]) -> Iterable[Any]:
    """Distinct sparse features (binary presence): unigrams, bigrams, "#hashtag"s."""
    keys: Iterable[Any] = chain(tokset, bigrams)
    if norm.hashtags:
        keys = chain(keys, {"#" + h.lower() for h in norm.hashtags})
    return keys


# Every token that can trigger a cue; one set intersection per mention gates all cue checks.
_CUE_ANCHORS = (
    _HOLD_TOKENS
    | _DURATION_TOKENS
    | _WAIT_TOKENS
    | _CANCEL_TOKENS
    | _NEVER_TOKENS
    | _SARCASM_ANCHORS
    | _POSITIVE_OPENERS
    | NEGATORS
)


def _dense_and_cues(
    norm: NormalisedText, tokset: frozenset[str], cats: CategoryConfig | None
) -> tuple[list[tuple[str, float]], list[str], list[tuple[str, ...]]]:
    """Dense features except lex_*, cue names, and keyword-file labels of the tokens."""
    labels = cats.token_labels(tokset) if cats is not None else []
    dense, cues = _dense_and_cues_of(norm, tokset, labels)
    return dense, cues, labels


def _dense_and_cues_of(
    norm: NormalisedText, tokset: frozenset[str], labels: list[tuple[str, ...]]
) -> tuple[list[tuple[str, float]], list[str]]:
    """`_dense_and_cues` with the tokens' keyword-file labels already looked up."""
    clean = norm.clean
    dense: list[tuple[str, float]] = []
    cues: list[str] = []
    n_excl = clean.count("!")
    if n_excl:
        dense.append(("exclaim", float(min(n_excl, 3))))
    if "?" in clean:
        dense.append(("question", 1.0))
    if norm.caps_ratio:
        dense.append(("caps_ratio", norm.caps_ratio))
        if norm.shouting:
            dense.append(("shouting", 1.0))
            cues.append("caps")
    if norm.elongated:
        dense.append(("elongated", 1.0))
        cues.append("elongation")
    if norm.urls:
        dense.append(("has_url", 1.0))

    anchors = tokset & _CUE_ANCHORS
    if anchors:
        low = clean.lower()
        if not _HOLD_TOKENS.isdisjoint(anchors) and _ON_HOLD_RE.search(low):
            dense.append(("on_hold", 1.0))
            cues.append("on_hold")
        if not _DURATION_TOKENS.isdisjoint(anchors) and _DURATION_RE.search(low):
            dense.append(("long_wait", 1.0))
            cues.append("long_wait")
        if not _WAIT_TOKENS.isdisjoint(anchors) and _STILL_WAITING_RE.search(low):
            dense.append(("still_waiting", 1.0))
            cues.append("still_waiting")
        if not _CANCEL_TOKENS.isdisjoint(anchors):
            dense.append(("cancelled", 1.0))
            cues.append("cancelled")
        if not _NEVER_TOKENS.isdisjoint(anchors) and _NEVER_AGAIN_RE.search(low):
            dense.append(("never_again", 1.0))
            cues.append("never_again")
        sarcastic = (
            not _POSITIVE_OPENERS.isdisjoint(anchors)
            and not _NEGATIVE_EVENTS.isdisjoint(tokset)
            and _SARCASM_RE.match(low) is not None
        ) or (not _SARCASM_ANCHORS.isdisjoint(anchors) and _SARCASM_MARKERS_RE.search(low) is not None)
    else:
        sarcastic = False
    if not sarcastic and norm.hashtags:
        sarcastic = any(h.lower() in ("sarcasm", "not") for h in norm.hashtags)
    if sarcastic:
        dense.append(("sarcasm", 1.0))
        cues.append("sarcasm")
    for lab in labels:
        if "profanity" in lab:
            dense.append(("profanity", 1.0))
            cues.append("profanity")
            break
    return dense, cues


def extract_features(
    norm: NormalisedText, lexicon: Mapping[str, float], cats: CategoryConfig | None = None
) -> Features:
    """The model's features for one mention: the reference used for training."""
    tokens = norm.tokens
    tokset = frozenset(tokens)
    dense, cues, _ = _dense_and_cues(norm, tokset, cats)
    lp, ln = _lexicon_valence(tokens, lexicon)
    if lp:
        dense.append(("lex_pos", lp / 4.0))
    if ln:
        dense.append(("lex_neg", ln / 4.0))
    if not NEGATORS.isdisjoint(tokset) and any(map(lexicon.get, _negated_tokens(tokens))):
        cues.append("negation")  # same rule as the fused path: a negated valence word
    sparse = tuple(_sparse_keys(norm, tokset, _bigrams(tokens)))
    return Features(sparse, tuple(dense), tuple(cues))


# --------------------------------------------------------------------------------------------
# Analyzer

_CATEGORY_SET = frozenset(CATEGORIES)
# Cues of a problem still open; with one of them a thank-you is not praise.
_UNRESOLVED_CUES = frozenset({"on_hold", "still_waiting", "never_again", "unmet"})
_CONCRETE_UNRESOLVED = _UNRESOLVED_CUES - {"never_again"}
# A swear word masked with asterisks ("m*rde", "sh*t", "c*zzo"): profanity in any language.
_MASKED_SWEAR = re.compile(r"[^\W\d_]\*+[^\W\d_]")
# Something expected has not happened: "my order hasn't shipped", "still not received", "the app
# won't load". A problem even when asked politely ("is there any reason my order hasn't shipped?").
_UNMET_RE = re.compile(
    r"\b(?:hasnt|havent|hadnt|didnt|doesnt|dont|isnt|wasnt|arent|werent|wont|cant|not)\s+"
    r"(?:(?:yet|been|even|ever|actually|properly|still)\s+){0,2}"
    r"(?:ship(?:ped)?|arriv(?:e|ed)|receiv(?:e|ed)|deliver(?:ed)?|come|came|show(?:n|ed|ing)?|display(?:ed)?|"
    r"work(?:ing|ed)?|load(?:ing)?|connect(?:ing)?|refund(?:ed)?|credit(?:ed)?|fix(?:ed)?|resolv(?:e|ed)|"
    r"turn(?:ing)? on|charg(?:e|ing)|open(?:ing)?|log(?:ging)? in|sign(?:ing)? in|"
    r"appl(?:y|ying|ied)|accept(?:ed|ing)?|go(?:ing)? through|went through)\b"
)
_UNMET_ANCHORS = frozenset(
    ["hasnt", "havent", "hadnt", "didnt", "doesnt", "dont", "isnt", "wasnt", "arent", "werent", "wont", "cant", "not"]
)
_PAST_CANCEL = frozenset(["cancelled", "canceled", "cancellation", "cancelation", "cancels"])
_LONG_SPANS = frozenset(
    {"days", "week", "weeks", "month", "months", "year", "years", "días", "dias", "semanas", "meses"}
    | {"jours", "semaines", "mois", "tage", "tagen", "wochen", "monate", "monaten", "giorni", "settimane", "mesi"}
)
_CONTRAST = frozenset(["but", "however", "although", "unfortunately", "except"])
_ALL_CONTRAST = _CONTRAST | frozenset(
    ["pero", "aunque", "mais", "cependant", "aber", "trotzdem", "jedoch", "ma", "però", "comunque", "mas", "porém"]
)
_SPAM_ALWAYS = 5  # spam points that make spam even when a problem word is present
# Information requests: the mention opens with one (after handles / a greeting). Matched on
# the lower-cased clean text only when the mention looks like a question.
_ENQUIRY_RE = re.compile(
    r"(?:(?:<user>|<hashtag>|hi|hello|hey|ok|okay|so|quick question|question)[\s,:!.-]+)*"
    r"(?:how (?:do|can|could|should) (?:i|we|one)\b|how to|how (?:does|do) (?:it|this|the|one)\b|"
    r"how (?:long|much|many|early|late|often|soon) (?:is|are|does|do|will|can|before|in)\b|"
    r"what(?:['\u2019]?s| is| are) (?!up|going|happening|wrong|with|the (?:deal|point|problem|hold|issue))|"
    r"what (?:time|happens)|which|where (?:do|can|does) (?:i|we)\b|when (?:does|do|is|are) the\b|"
    r"is (?:there|it possible)|are there|do (?:you|u) (?!even|care|guys|have any (?:idea|clue|pride))|"
    r"does (?!any ?one|that|this|it)|can (?:i|we)\b|could (?:i|we)\b|should i\b|am i able|if i\b)"
)
_ENQUIRY_HEADS = frozenset(
    ["how", "what", "whats", "which", "where", "when", "is", "are", "do", "does", "can", "could", "should", "am", "if"]
)
# The same information requests in es/fr/de/it/pt ("¿cómo puedo...?", "wie erhöhe ich...?",
# "est-ce que je peux...?"); a problem phrased as a question ("¿dónde está mi maleta?") is not one.
_FOREIGN_ENQUIRY_RE = re.compile(
    r"(?:(?:<user>|<hashtag>|hola|buen[oa]s (?:d[ií]as|tardes|noches)|buenas|bonjour|bonsoir|salut|hallo|"
    r"guten (?:tag|morgen|abend)|moin|servus|hi|ciao|salve|buongiorno|buonasera|olá|ola|oi|bom dia|"
    r"boa (?:tarde|noite))[\s,:!.¿-]+)*¿?"
    r"(?:cómo (?:puedo|se|hago|podemos)\b|dónde (?:puedo|se)\b|se puede|puedo\b|hay (?:forma|manera)|"
    r"comment (?:je|on|puis|faire|fait|peut)\b|où (?:puis|peut|peux|trouver)\b|est-ce que (?:je|on) (?:peux|peut)|"
    r"puis-je|peut-on|est-il possible|y a-t-il|"
    r"wie (?:kann|\w+ ich|\w+ man|lange|funktioniert)\b|wo (?:kann|finde)\b|kann (?:ich|man)\b|gibt es|ist es möglich|"
    r"come (?:posso|si|faccio|possiamo)\b|dove (?:posso|trovo)\b|posso\b|è possibile|c[' ]è un modo|"
    r"como (?:posso|faço|faz|podemos)\b|onde (?:posso|encontro)\b|é possível|tem como|"
    r"cu[áa]nt[oa]s?\b|combien\b|wie viele?\b|quant[oiea]\b|quant[oa]s\b)"
)
_FOREIGN_ENQUIRY_HEADS = frozenset(
    [
        "cómo",
        "como",
        "dónde",
        "se",
        "puedo",
        "hay",
        "comment",
        "où",
        "est",
        "puis",
        "peut",
        "y",
        "wie",
        "wo",
        "kann",
        "gibt",
        "ist",
        "come",
        "dove",
        "posso",
        "è",
        "c",
        "onde",
        "é",
        "tem",
        "cuántos",
        "cuántas",
        "cuánto",
        "cuánta",
        "cuantos",
        "cuantas",
        "cuanto",
        "combien",
        "viele",
        "viel",
        "quanto",
        "quanti",
        "quante",
        "quanta",
        "quantos",
        "quantas",
    ]
)
_STRONG_NEGATIVE = -1.5  # lexicon valence of a word that makes a "question" a complaint


# Per token: (sentiment weight with the lexicon folded in, irony weight, lexicon valence,
# keyword-file labels or None). Per bigram: (sentiment weight, irony weight, keyword-phrase
# labels or None, whether a keyword trigram starts with it).
TokenInfo = tuple[complex, float, float, tuple[str, ...] | None]
BigramInfo = tuple[complex, float, tuple[str, ...] | None, bool]
_ZERO_TOKEN: TokenInfo = (0j, 0.0, 0.0, None)
_ZERO_BIGRAM: BigramInfo = (0j, 0.0, None, False)
_WEIGHT, _IRONY, _VALENCE, _LABELS = (itemgetter(i) for i in range(4))
_PHRASE, _TRIGRAM_START = itemgetter(2), itemgetter(3)


class TokenLookups:
    """Every per-token lookup of the text path in one table, so that a mention's tokens are
    looked up once (one dict probe each, in a table that stays warm) instead of once per
    model, lexicon and keyword list.

    A component's miss is stored as the default its own lookup used (0j, 0.0, 0.0, None), so
    sums over these tuples add the same values in the same order as sums over the separate
    dicts: the same bits. Token entries are made on first sight (keyword prefixes such as
    "refund*" match open-ended vocabularies) and the table starts over past `_MEMO_MAX`;
    bigram entries are the union of the bigram tables, built once."""

    def __init__(
        self,
        words: Mapping[str, complex],
        bigrams: Mapping[tuple[str, str], complex],
        irony_words: Mapping[str, float],
        irony_bigrams: Mapping[tuple[str, str], float],
        lexicon: Mapping[str, float],
        cats: CategoryConfig,
    ) -> None:
        self._words, self._irony_words, self._lexicon, self._cats = words, irony_words, lexicon, cats
        self._table: dict[str, TokenInfo] = {}
        starts = cats.trigram_starts
        keys = {*bigrams, *irony_bigrams, *cats.bigrams, *starts}
        self.bigrams: dict[tuple[str, str], BigramInfo] = {
            k: (bigrams.get(k, 0j), irony_bigrams.get(k, 0.0), cats.bigrams.get(k), k in starts) for k in keys
        }

    def token(self, tok: str) -> TokenInfo:
        info = self._table.get(tok)
        return info if info is not None else self._learn(tok)

    def tokens(self, toks: Iterable[str]) -> list[TokenInfo]:
        """The infos of `toks`, in their order."""
        try:
            return list(map(self._table.__getitem__, toks))
        except KeyError:  # a token not seen yet (rare after warm-up)
            return list(map(self.token, toks))

    def bigram_infos(self, bigrams: Iterable[tuple[str, str]]) -> list[BigramInfo]:
        return list(map(self.bigrams.get, bigrams, repeat(_ZERO_BIGRAM)))

    def _learn(self, tok: str) -> TokenInfo:
        labels = self._cats.labels_of(tok)
        if labels is None and tok not in self._words and tok not in self._irony_words and tok not in self._lexicon:
            info = _ZERO_TOKEN  # one shared tuple for the many tokens no table knows
        else:
            info = (self._words.get(tok, 0j), self._irony_words.get(tok, 0.0), self._lexicon.get(tok, 0.0), labels)
        if len(self._table) >= _MEMO_MAX:  # unbounded vocabularies: start over
            self._table.clear()
        self._table[tok] = info
        return info


class Analyzer:
    """Holds a model and a category config; `analyse` is thread-safe and allocation-light."""

    def __init__(
        self,
        model: SentimentModel | Path | str | None = None,
        categories: CategoryConfig | Path | str | None = None,
        text_models: TextModels | Path | str | None = None,
    ) -> None:
        self.model = model if isinstance(model, SentimentModel) else load_model(model)
        self.categories = categories if isinstance(categories, CategoryConfig) else load_categories(categories)
        self.text_models = text_models if isinstance(text_models, TextModels) else load_text_models(text_models)
        tm = self.text_models
        self._multilingual = dict(tm.sentiment) if tm is not None else {}
        self._valence_weight = tm.valence_weight if tm is not None else 0.0
        # Other languages: only emoji and emoticon valence is language-free ("sin", "mal" are not
        # the English words the lexicon scores).
        self._symbol_lexicon = {k: v for k, v in self.model.lexicon.items() if not k.isalpha()}
        m = self.model
        # The folded weights split by key type: a str-only dict takes CPython's compact
        # unicode-key layout and lookup (denser in cache, no generic key comparison), and the
        # scorer probes ~17 words and ~16 bigrams per mention in a 42k-entry table.
        words = {k: w for k, w in m.folded.items() if isinstance(k, str)}
        pairs = {k: w for k, w in m.folded.items() if not isinstance(k, str)}
        self._get_word = words.get
        self._get_bigram = pairs.get
        self._dense = m.dense
        self._bias = m.bias
        self._lexicon = m.lexicon
        irony = tm.irony_weights if tm is not None else {}
        self.lookups = TokenLookups(
            words,
            pairs,
            {k: w for k, w in irony.items() if isinstance(k, str)},
            {k: w for k, w in irony.items() if not isinstance(k, str)},
            m.lexicon,
            self.categories,
        )

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
        # Distinct words in text order (see `_bigrams`), not the set's order.
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
            for tok in _negated_tokens(norm.tokens):
                v = lex.get(tok)
                if v:
                    negated = True
                    z += _lex_contribution(v * _NEG_FLIP, dw) - _lex_contribution(v, dw)
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
        z = sum(map(_WEIGHT, binfos), sum(map(_WEIGHT, distinct)))
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
            for tok in _negated_tokens(norm.tokens):
                v = lex.get(tok)
                if v:
                    negated = True
                    z += _lex_contribution(v * _NEG_FLIP, dw) - _lex_contribution(v, dw)
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

    def analyse(self, norm: NormalisedText, lang: LanguageGuess) -> Analysis:
        cats = self.categories
        lookups = self.lookups
        toks = norm.tokens
        # One lookup per token and per bigram feeds the model, irony, valence and keywords.
        infos = lookups.tokens(toks)
        distinct = dict(zip(toks, infos)).values()  # noqa: B905 - distinct tokens in text order
        tokset = frozenset(toks)
        labels = [lab for lab in map(_LABELS, distinct) if lab is not None]
        dense, cues = _dense_and_cues_of(norm, tokset, labels)
        bigrams = _bigrams(toks)
        binfos = lookups.bigram_infos(bigrams)
        phrases = [lab for lab in map(_PHRASE, binfos) if lab is not None]
        if any(map(_TRIGRAM_START, binfos)):
            for tri in zip(toks, toks[1:], toks[2:]):  # noqa: B905 - shifted views
                lab = cats.trigrams.get(tri)
                if lab:
                    phrases.append(lab)
        phrase_major = False
        for lab in phrases:
            # A matched phrase is more specific than a single word: its categories count twice,
            # so "no service" (outage) outweighs the "service" (staff) it contains.
            labels.append(lab)
            cat_only = tuple(n for n in lab if n in _CATEGORY_SET)
            if cat_only:
                labels.append(cat_only)
            phrase_major = phrase_major or "major" in lab

        code = lang.code
        # English is scored; "und" (too short to tell) is scored only when nothing points to
        # another language (ASCII or emoji-only), and says so in the cues. es/fr/de/it/pt have
        # their own weights; any other language is flagged, never scored as English.
        supported = code == "en"
        multi = self._multilingual.get(code) if code is not None and not supported else None
        if not supported and multi is None and (code is None or code == UNDETERMINED):
            supported = _looks_english_or_symbolic(norm)
            if supported:
                cues.append("lang_undetermined")
        if not supported and multi is None:
            cues.append("unsupported_language")
            intent0 = _intent_language_free(norm)
            return _new_analysis(0.0, "neutral", 0.0, intent0, None, None, False, tuple(cues), 0.0)

        hashkeys = dict.fromkeys(["#" + h.lower() for h in norm.hashtags]).keys() if norm.hashtags else None
        if multi is None:
            z, negated = self._logits_of(norm, tokset, distinct, binfos, hashkeys, dense)
            if negated:
                cues.append("negation")
            val, lp, ln = valence(norm, self._lexicon, list(map(_VALENCE, infos)))
        else:  # (the same function; other languages only have symbol valence)
            weights, bias = multi
            z = bias + sum(map(weights.get, multilingual_keys(norm), repeat(0j)))
            val, lp, ln = valence(norm, self._symbol_lexicon)
        p_neg, p_neu, p_pos = self.probabilities(z)
        tm = self.text_models
        irony = tm.irony_of(distinct, binfos, hashkeys, dense, lp, ln) if tm is not None else 0.0
        if "sarcasm" in cues:  # the hand-written sarcasm patterns ("#not", "thanks for nothing")
            irony = max(irony, _SARCASM_IRONY)
        flags = _label_flags(labels) if labels else 0
        # Surface praise in any supported language: what irony turns round.
        surface_praise = not _POSITIVE_OPENERS.isdisjoint(tokset) or bool(flags & _PRAISE)
        # A failure named in the keyword file's language lists ("retard", "gewartet", "gelada").
        # ... or a wait the cues found ("on hold", "still waiting").
        failure_word = (
            bool(flags & _FAILURE)
            or _failure_hashtag(norm)
            or not _WAIT_CUES.isdisjoint(cues)
            or _low_star_rating(norm.clean)
        )
        failure = ln < 0.0 or failure_word or _failure_evidence(norm, tokset, cues)
        if surface_praise and (
            flags & _IRONY_MARKER or (failure and not flags & _RESOLVED and not _IRONY_EMOJI.isdisjoint(tokset))
        ):
            # "danke auch", "gracias por nada"; praise + a failure + 🙃/🙄/😒/🤡: as sure as the
            # sarcasm patterns. A fix named in the text ("resolved", "funciona") is gratitude.
            irony = max(irony, _SARCASM_IRONY)
        if not failure and p_pos >= p_neg:
            # Praise with nothing gone wrong in it: irony has nothing to turn round ("thanks Marco
            # for sorting my ticket so quickly, really appreciated" is not ironic, however "really").
            irony *= _UNANCHORED_IRONY
        ironic = (
            tm is not None
            and (p_pos >= p_neg or failure_word)
            and surface_praise
            and failure
            # A fix named in the text ("rebooked", "resuelto") makes the thanks gratitude.
            and (not flags & _RESOLVED or bool(flags & _IRONY_MARKER))
            # Praise of a named failure is a complaint in every language, whatever the
            # (English-trained) irony model says; not when the text contrasts the two ("delayed,
            # but the crew were amazing"), which is sincere.
            and (irony >= tm.irony_threshold or (failure_word and _ALL_CONTRAST.isdisjoint(tokset)))
        )
        if ironic:
            cues.append("irony")
        # Irony moves the intent (below), not the label: the model's label is measured as is.
        sarcasm = "sarcasm" in cues
        if sarcasm and p_pos > p_neg:
            # Sarcasm reads as praise on the surface: never report it as positive.
            p_neg, p_pos = p_pos, p_neg
        if (sarcasm or ironic) and val > 0.0:
            val = -val  # the surface praise is not the intensity
        if (
            multi is not None
            and not _FOREIGN_NEGATORS.isdisjoint(tokset)
            and _names_a_problem(labels)
            and not flags & _RESOLVED  # "sem surpresas na fatura" is no unmet expectation
            and (flags & _FAILURE or not flags & _PRAISE)  # praise naming no failure is praise
        ):
            # A negated problem word ("não foi aplicado", "n'a pas été renouvelé", "sin señal"):
            # an unmet expectation. The small per-language models are weakest exactly here.
            cues.append("unmet")
            if p_pos > p_neg:
                p_neg, p_pos = p_pos, p_neg
        if p_neg >= p_neu and p_neg >= p_pos:
            label: Label = "negative"
            conf = p_neg
        elif p_pos > p_neu:
            label = "positive"
            conf = p_pos
        else:
            label = "neutral"
            conf = p_neu
        polarity = p_pos - p_neg
        # Intensity: the lexicon's valence blended with the class margin (weight tuned on proxies
        # by the trainer); a text with no valence word reads milder than its class margin.
        score = self._valence_weight * val + (1.0 - self._valence_weight) * polarity

        intent, severity, category = _decide_intent(
            norm, cues, labels, label, polarity, cats, self._lexicon, phrase_major, ironic, multi is not None
        )
        return _new_analysis(score, label, conf, intent, severity, category, True, tuple(cues), irony)


# Negators of es/fr/de/it/pt (tokens as `normalise` emits them).
_FOREIGN_NEGATORS = frozenset(
    {"no", "não", "nao", "pas", "nicht", "kein", "keine", "keinen", "non", "sin", "sem", "nunca", "jamais"}
    | {"ninguém", "ninguem", "nadie", "personne", "nessuno", "niemand", "mai", "nie", "rien", "nada", "niente"}
)


def _names_a_problem(labels: list[tuple[str, ...]]) -> bool:
    return any(not _CATEGORY_SET.isdisjoint(lab) or "complaint" in lab for lab in labels)


_SARCASM_IRONY = 0.9  # P(irony) of a mention matching the sarcasm patterns
_UNANCHORED_IRONY = 0.5  # damping of irony in a positive text that names no failure
_FAILURE_CUES = frozenset({"long_wait", "on_hold", "still_waiting", "cancelled", "never_again"})
# Not "long_wait": a duration in praise is often its speed ("refund landed in 4 days. Nice one").
_WAIT_CUES = frozenset({"on_hold", "still_waiting"})
# upside-down, eye-roll, unamused, clown
_IRONY_EMOJI = frozenset(["\U0001f643", "\U0001f644", "\U0001f612", "\U0001f921"])


def _label_flags(labels: list[tuple[str, ...]]) -> int:
    flags = 0
    summary = _label_summary
    for lab in labels:
        found = summary.get(lab)
        flags |= (found if found is not None else _summarise(lab))[1]
    return flags


# Hashtags are not tokens: "#lostluggage", "#epicfail", "#nimbusdown" name a failure too.
_FAILURE_HASHTAG_PARTS = ("lost", "fail", "delay", "cancel", "broken", "down", "outage", "stranded")


def _low_star_rating(clean: str) -> bool:
    """A one- or two-star review ("★☆☆☆☆"): whatever its words say, it reports a failure."""
    if "\u2606" not in clean:
        return False
    stars = clean.count("\u2605")
    return stars <= 2 and stars + clean.count("\u2606") >= 4


def _failure_hashtag(norm: NormalisedText) -> bool:
    return any(part in h.lower() for h in norm.hashtags for part in _FAILURE_HASHTAG_PARTS)


def _failure_evidence(norm: NormalisedText, tokset: frozenset[str], cues: list[str]) -> bool:
    """Something went wrong in the text: what makes an ironic "praise" a complaint."""
    if not _NEGATIVE_EVENTS.isdisjoint(tokset) or not _FAILURE_CUES.isdisjoint(cues):
        return True
    # A problem word alone ("ticket") is not a failure: thanking for a fix is not ironic.
    return not _IRONY_EMOJI.isdisjoint(tokset)


def _looks_english_or_symbolic(norm: NormalisedText) -> bool:
    """No sign of another language: (nearly) all word tokens are ASCII; emoji don't count."""
    if norm.clean.isascii():
        return True
    foreign = [t for t in norm.tokens if not t.isascii() and t.isalpha()]  # emoji: not alpha
    return len(foreign) * 5 <= len(norm.tokens)  # <= 20% non-ASCII words ("café", a name)


def _spam_context(norm: NormalisedText) -> int:
    """Spam points a mention with a spam marker earns from its shape: a URL, many (or
    repeated) handles, many hashtags."""
    points = 1 if norm.urls else 0
    handles = norm.handles
    if len(handles) >= 4 or (len(handles) >= 3 and len(set(handles)) < len(handles)):
        points += 1
    if len(norm.hashtags) >= 4:
        points += 1
    return points


_MAJOR, _PRAISE, _INSULT, _COMPLAINT = 1, 2, 4, 8
_FAILURE, _IRONY_MARKER, _RESOLVED = 16, 32, 64
_FLAG_OF = {
    "major": _MAJOR,
    "praise": _PRAISE,
    "insult": _INSULT,
    "complaint": _COMPLAINT,
    "failure": _FAILURE,
    "irony_marker": _IRONY_MARKER,
    "resolved": _RESOLVED,
}
# Label tuple -> (its categories, its flags, its spam points); the keyword file has a few
# hundred distinct tuples, so this stays small.
_label_summary: dict[tuple[str, ...], tuple[tuple[str, ...], int, int]] = {}


def _summarise(lab: tuple[str, ...]) -> tuple[tuple[str, ...], int, int]:
    flag = 0
    for name in lab:
        flag |= _FLAG_OF.get(name, 0)
    spam = 2 if "spam:strong" in lab else 1 if "spam:weak" in lab else 0
    found = (tuple(n for n in lab if n in _CATEGORY_SET), flag, spam)
    if len(_label_summary) < 4096:
        _label_summary[lab] = found
    return found


def _is_question(norm: NormalisedText) -> bool:
    if "?" in norm.clean:
        return True
    toks = norm.tokens
    if len(toks) >= 3 and toks[0] in _QUESTION_STARTERS:
        return True
    return not _QUESTION_BIGRAMS.isdisjoint(pairwise(toks))


def _intent_language_free(norm: NormalisedText) -> Intent:
    # Non-English: only cues that do not depend on the language's words.
    handles = norm.handles
    if norm.urls and (len(handles) >= 4 or len(set(handles)) < len(handles) or len(norm.hashtags) >= 4):
        return "spam"
    if "?" in norm.clean or "¿" in norm.clean:
        return "question"
    return "other"


def _is_enquiry(norm: NormalisedText) -> bool:
    """Opens with a request for information ("how do I ...", "what's the ...", "do you
    deliver to ..."), as opposed to a problem report phrased as a question ("why is my flight
    delayed?", "where is my bag?")."""
    toks = norm.tokens
    if "?" not in norm.clean and (not toks or toks[0] not in _QUESTION_STARTERS):
        return False
    if _ENQUIRY_HEADS.isdisjoint(toks[:4]):  # the request opens the mention
        return not _FOREIGN_ENQUIRY_HEADS.isdisjoint(toks[:4]) and (
            _FOREIGN_ENQUIRY_RE.match(norm.clean.lower()) is not None
        )
    return _ENQUIRY_RE.match(norm.clean.lower()) is not None


def _decide_intent(
    norm: NormalisedText,
    cues: list[str],
    labels: list[tuple[str, ...]],
    label: Label,
    score: float,
    cats: CategoryConfig,
    lexicon: Mapping[str, float],
    phrase_major: bool = False,
    ironic: bool = False,
    foreign: bool = False,
) -> tuple[Intent, Severity | None, Category | None]:
    """Intent, severity and category from the model's label and the keyword file's hits.

    Order of evidence: spam; explicit praise (a thank-you with no open problem); an
    information request; a major problem (a complaint, even when asked or said calmly); then
    the model's polarity, refined by how concrete the problem is.
    """
    counts: dict[str, int] = {}
    hits = spam_points = flags = 0
    summary = _label_summary
    for lab in labels:
        found = summary.get(lab)
        if found is None:
            found = _summarise(lab)
        cats_of, flag, spam = found
        for name in cats_of:
            counts[name] = counts.get(name, 0) + 1
        hits += len(cats_of)
        flags |= flag
        spam_points += spam
    if norm.hashtags:  # "#bitcoin #trading #followback": spam words said as hashtags
        for lab in cats.token_labels(frozenset(h.lower() for h in norm.hashtags)):
            spam_points += _summarise(lab)[2]
    if spam_points:
        spam_points += _spam_context(norm)
    major = bool(flags & _MAJOR)
    praise = bool(flags & _PRAISE)
    insult = bool(flags & _INSULT)
    complaint_marker = bool(flags & _COMPLAINT)
    failure = bool(flags & _FAILURE) and not flags & _RESOLVED
    if foreign and label == "positive" and not praise and major:
        # The small per-language models often read a calm problem report as positive ("Premium-
        # Gebühr doppelt abgebucht", "débitée deux fois"): without a praise word, not praise.
        label = "neutral"
    if (insult and label != "negative") or (failure and label == "positive" and not praise):
        # "vous êtes nuls", "empresa lixo", "siège inconfortable": the small per-language models
        # misread short texts; an insult is never neutral, and a named failure with no praise
        # word is never positive.
        label = "negative"
    # "cancel" alone is a plan or a how-to ("how do I cancel", "if I cancel"); the complaint is
    # a cancellation that happened ("cancelled my flight").
    if not _UNMET_ANCHORS.isdisjoint(norm.tokens) and _UNMET_RE.search(" ".join(norm.tokens)):
        cues.append("unmet")
    cancelled = "cancelled" in cues and not _PAST_CANCEL.isdisjoint(norm.tokens)
    unresolved = not _UNRESOLVED_CUES.isdisjoint(cues)
    complaint_cue = unresolved or cancelled or "long_wait" in cues
    unresolved_concrete = not _CONCRETE_UNRESOLVED.isdisjoint(cues)
    concrete = bool(hits) or complaint_cue
    sarcasm = "sarcasm" in cues or ironic  # irony of a failure reads like sarcasm
    profanity = "profanity" in cues or ("*" in norm.clean and _MASKED_SWEAR.search(norm.clean) is not None)

    if spam_points >= _SPAM_ALWAYS or (
        spam_points >= 3 and not (concrete and (label == "negative" or complaint_cue or failure))
    ):
        return "spam", None, None

    if (
        praise
        and not (sarcasm or unresolved or profanity or insult)
        # "6 Stunden später immer noch kein Rückruf. Toll.": a praise word in a complaint the
        # model reads as negative is sarcasm, not praise.
        and not (label == "negative" and (failure or (foreign and complaint_marker)))
        and (_CONTRAST.isdisjoint(norm.tokens) or _praise_after_contrast(norm, cats))
        # English negation windows only: "no" is "in the" in Portuguese ("no Brasil").
        and (foreign or not _praise_negated(norm, cats))
        # "how many bags can I take? thanks": a polite question, not praise; so is a question in
        # another language that its model does not read as positive ("...? Lohnt sich das?").
        # (English "who ARE you?? 10/10" is rhetorical; its model and the enquiry test decide.)
        and not _is_enquiry(norm)
        and (label == "positive" or not foreign or not _is_question(norm))
    ):
        return "praise", None, None

    # An information request ("is there a way to filter by allergen info?", "what's the refund
    # policy if I cancel?") stays a question; read as negative, it must name no major problem
    # and use no strongly negative word ("how do I rebook when your app is broken?").
    if (
        not (complaint_cue or sarcasm or profanity or insult)
        and _is_enquiry(norm)
        and (label != "negative" or not (major or _strongly_negative(norm, lexicon)))
    ):
        return "question", None, "outage" if "outage" in counts else None

    # Said calmly, a major problem is still a complaint when it is specific: a major phrase
    # ("charged twice", "glass in") or a major word with a problem word ("stranded" + "flight").
    if major and (label == "negative" or (label == "neutral" and (hits or phrase_major))):
        return "complaint", "major", _best_category(counts, cats)

    if label == "negative" or sarcasm or (complaint_cue and label != "positive"):
        # "never use X again" after nothing concrete is venting too: only a concrete cue (a
        # wait, a cancellation, an unmet expectation) makes anger a complaint here.
        if not (complaint_cue and (cancelled or "long_wait" in cues or unresolved_concrete)) and not sarcasm:
            vent = profanity or insult or norm.shouting
            if (hits == 0 and vent) or (hits == 1 and insult):
                # Venting with no actionable problem. (Author history is the router's job.)
                return "rant", None, _best_category(counts, cats)
        severe = (score <= -0.9 and norm.shouting) or (
            unresolved and not _LONG_SPANS.isdisjoint(norm.tokens)  # failed for days or weeks
        )
        return "complaint", "major" if severe else "minor", _best_category(counts, cats)

    if label != "positive" and (counts.get("outage", 0) >= 2 or (complaint_marker and hits) or failure):
        # Said calmly, still a problem report: "Nimbus down in Leeds", "chips stone cold again".
        # A named failure asked about is still a complaint ("10 giorni di ritardo e ora mi
        # chiedete la mora?"); information requests were answered above.
        if not failure and _is_question(norm):
            return "question", None, "outage" if "outage" in counts else None
        return "complaint", "minor", _best_category(counts, cats)

    if _is_question(norm):
        return "question", None, "outage" if "outage" in counts else None
    if foreign and complaint_marker and not praise:
        # "immer noch rot, nix": a small model's "positive" with a complaint marker and no
        # praise word is a complaint.
        return "complaint", "minor", _best_category(counts, cats)
    if label == "positive":
        return "praise", None, None
    if spam_points >= 2:
        return "spam", None, None
    return "other", None, None


def _praise_after_contrast(norm: NormalisedText, cats: CategoryConfig) -> bool:
    """The praise is the main clause: it follows the last "but" and nothing after it names a
    failure ("didn't expect much from a chatbot but they sorted it in 5 mins. Impressed")."""
    toks = norm.tokens
    last = max(i for i, tok in enumerate(toks) if tok in _CONTRAST)
    tail = toks[last + 1 :]
    labels = cats.token_labels(frozenset(tail))
    bigrams = _bigrams(tail)
    labels += [cats.bigrams[b] for b in cats.bigrams.keys() & bigrams]
    for tri in zip(tail, tail[1:], tail[2:]):  # noqa: B905 - shifted views
        lab = cats.trigrams.get(tri)
        if lab:
            labels.append(lab)
    flags = _label_flags(labels)
    return bool(flags & _PRAISE) and not flags & (_FAILURE | _COMPLAINT | _MAJOR)


def _strongly_negative(norm: NormalisedText, lexicon: Mapping[str, float]) -> bool:
    return min(map(lexicon.get, norm.tokens, repeat(0.0)), default=0.0) <= _STRONG_NEGATIVE


def _praise_negated(norm: NormalisedText, cats: CategoryConfig) -> bool:
    """A praise word inside a negation window ("not impressed")."""
    if NEGATORS.isdisjoint(norm.tokens):
        return False
    return any("praise" in lab for lab in cats.token_labels(_negated_tokens(norm.tokens)))


def _best_category(counts: Mapping[str, int], cats: CategoryConfig) -> Category:
    if not counts:
        return "other"
    best = max(counts.values())
    for name in cats.order:
        if counts.get(name) == best:
            return name  # type: ignore[return-value]
    return "other"


_default: Analyzer | None = None
_default_lock = threading.Lock()


def default_analyzer() -> Analyzer:
    """The process-wide analyzer with the packaged (or env-configured) model and keywords."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Analyzer()
    return _default


def analyse(norm: NormalisedText, lang: LanguageGuess) -> Analysis:
    """Analyse one normalised mention with the default analyzer."""
    return default_analyzer().analyse(norm, lang)
