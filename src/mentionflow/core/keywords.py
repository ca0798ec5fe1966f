"""The operator-editable keyword file `data/categories.yaml`, compiled: categories, severity cues
and intent cue lists (rant markers, insults, praise, complaint markers, spam, failures, irony
and resolution markers), in English and per supported language."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml

Category = Literal["billing", "outage", "delivery", "defect", "account", "staff", "delay", "other"]

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

DEFAULT_CATEGORIES_PATH = Path(__file__).resolve().parent.parent / "data" / "categories.yaml"


@dataclass(frozen=True, slots=True)
class CategoryConfig:
    """Compiled `categories.yaml`. Phrases map to label tuples: a category name, or one of the
    special labels "major" (severity), "profanity" (rant marker, also a model feature),
    "insult", "praise", "complaint" (intent markers, rules only), "spam:strong"/"spam:weak",
    "payment_failed" (a failed payment; its phrases are also "failure" and category "outage"),
    "everyday" (an everyday gripe: Mondays, the weather), "promotion" (an ad, a sale, a contest),
    "price_verdict" ("rip-off", "Abzocke"), "price_verdict_priced" ("scam", "c'est du vol": beside a
    price only) and "price" (a fee, a price): read by `core.fee_verdicts` only."""

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
    # path at C-level set operations after warm-up. Bounded (cleared past MEMO_MAX).
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
        if len(self._known_tokens) > MEMO_MAX:  # unbounded vocabularies: start over
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


MEMO_MAX = 200_000


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
    "payment_failures": "payment_failed",
    "everyday_gripes": "everyday",
    "promotions": "promotion",
    "price_verdicts": "price_verdict",
    "price_verdicts_priced": "price_verdict_priced",
    "prices": "price",
}
# A failed payment is also a named failure and a service failure (category outage): one card or
# checkout outage reported by many customers is one incident, whatever words each one uses.
_PAYMENT_FAILED_LABELS = ("payment_failed", "failure", "outage")


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


def fold_accents(token: str) -> str:
    """``token`` without its accents ("caído" -> "caido", "störung" -> "storung"); ASCII as is.
    Words under three letters keep theirs: "à" is not "a", nor "é" "e"."""
    if token.isascii() or len(token) < 3:
        return token
    decomposed = unicodedata.normalize("NFKD", token)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def word_set(text: str) -> frozenset[str]:
    """The space-separated words of ``text`` (a word list written as one string)."""
    return frozenset(text.split())


def words_folded(text: str) -> frozenset[str]:
    """The words of ``text`` and their accent-free spellings (people type "cotizacion", "orcamento")."""
    ws = text.split()
    return frozenset(ws) | frozenset(fold_accents(w) for w in ws)


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    # Same treatment as `normalise`: lowercase, apostrophes dropped, split on non-alnum. An entry
    # that is one emoji ("🔥") is that emoji's token (without a variation selector).
    words = tuple(re.findall(r"[^\W_]+\*?", phrase.lower().replace("'", "")))
    if not words:
        symbol = phrase.strip().replace("\ufe0f", "")
        if len(symbol) == 1 and not symbol.isascii():
            return (symbol,)
    return words


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
    groups.append(("payment_failed", list(intents.get("payment_failures") or [])))
    groups.append(("everyday", list(intents.get("everyday_gripes") or [])))
    groups.append(("promotion", list(intents.get("promotions") or [])))
    groups.append(("price_verdict", list(intents.get("price_verdicts") or [])))
    groups.append(("price_verdict_priced", list(intents.get("price_verdicts_priced") or [])))
    groups.append(("price", list(intents.get("prices") or [])))
    groups += _multilingual_groups(raw.get("multilingual") or {}, source)
    groups = [
        (label, phrases)
        for group, phrases in groups
        for label in (_PAYMENT_FAILED_LABELS if group == "payment_failed" else (group,))
    ]

    uni: dict[str, list[str]] = {}
    bi: dict[tuple[str, str], list[str]] = {}
    tri: dict[tuple[str, str, str], list[str]] = {}
    pre: dict[str, list[str]] = {}
    written: set[tuple[str, ...]] = set()
    folded_groups: list[tuple[str, list[tuple[str, ...]]]] = []
    for label, phrases in groups:
        for phrase in phrases:
            toks = _phrase_tokens(str(phrase))
            if not toks or len(toks) > 3:
                raise ValueError(f"{source}: {label}: phrase {phrase!r} must have 1-3 words")
            written.add(toks)
            folded = tuple(map(fold_accents, toks))
            if folded != toks:
                folded_groups.append((label, [folded]))
    # People drop accents ("cartao", "esta caido", "Storung"): every accented phrase also matches
    # unaccented, unless that spelling is an entry of its own (the file's entries win).
    expanded: list[tuple[str, list[tuple[str, ...]]]] = [
        (label, [_phrase_tokens(str(p)) for p in phrases]) for label, phrases in groups
    ]
    expanded += [(label, [t for t in toks if t not in written]) for label, toks in folded_groups]
    for label, phrase_tokens in expanded:
        for toks in phrase_tokens:
            if any(t.endswith("*") for t in toks):
                if len(toks) != 1 or len(toks[0]) < 4:
                    raise ValueError(f"{source}: {' '.join(toks)!r}: '*' only on one word of >= 3 chars")
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


def load_categories(path: Path | str | None = None) -> CategoryConfig:
    """Load and compile the category keyword file (cached per path).

    Default: $MENTIONFLOW_CATEGORIES, else the packaged `data/categories.yaml`.
    """
    if path is None:
        path = os.environ.get("MENTIONFLOW_CATEGORIES") or DEFAULT_CATEGORIES_PATH
    # Cached on the resolved path: ``load_categories()`` and ``load_categories(None)`` are two
    # keys to an lru_cache, and the file was parsed twice (~0.2 s, mid-stream in a worker).
    return _load_categories_file(Path(path))


@lru_cache(maxsize=8)
def _load_categories_file(p: Path) -> CategoryConfig:
    raw = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    if not isinstance(raw, Mapping):
        raise ValueError(f"{p}: top level must be a mapping")
    return _compile_categories(raw, str(p))
