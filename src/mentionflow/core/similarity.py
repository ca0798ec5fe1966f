"""Text fingerprints for near-duplicate and incident detection.

Short texts (posts, replies: the bulk of traffic) are fingerprinted as an exact set of
hashed word shingles, capped at ``MAX_SHINGLES``; their Jaccard similarity is exact and
costs about a microsecond. Long texts (reviews, forum threads, e-mails) would make that
set, and so the dedup state, unbounded: they are fingerprinted with datasketch's MinHash
(a fixed 64 x 32-bit signature), which costs ~60 us but keeps state per entry constant.
Measured in docs/benchmarks.md; the switch point is where a shingle set outgrows the cap.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

import xxhash
from datasketch import MinHash

MAX_SHINGLES: Final = 48
MINHASH_PERM: Final = 64
_MINHASH_SEED: Final = 17

# Words that carry no evidence of "the same problem"; placeholders come from core.text.
STOPWORDS: Final = frozenset(
    """a an the and or but if of to in on at for from by with about as is are was were be been am
    i me my we our you your it its this that these those so just not no do does did have has
    had can could will would should there here what when why how who rt via please pls hi hey
    url user hashtag emoji number""".split()  # noqa: SIM905
)

_PERMUTATIONS = MinHash(num_perm=MINHASH_PERM, seed=_MINHASH_SEED)


def content_tokens(tokens: Iterable[str]) -> list[str]:
    """Lower-case tokens minus stopwords and 1-character noise."""
    return [t for t in tokens if len(t) > 1 and t not in STOPWORDS]


def _hash(token: str) -> int:
    # 32-bit keeps the JSON state small; collisions at this set size are negligible.
    return xxhash.xxh32_intdigest(token.encode("utf-8"))


def shingle_hashes(tokens: Sequence[str]) -> set[int]:
    """Hashed unigrams and bigrams of the content tokens."""
    words = content_tokens(tokens)
    hashes = {_hash(w) for w in words}
    hashes.update(_hash(a + " " + b) for a, b in zip(words, words[1:], strict=False))
    return hashes


def fingerprint(tokens: Sequence[str]) -> list[int]:
    """A bounded fingerprint: the exact shingle set, or a MinHash signature for long texts.

    A MinHash signature is stored with a leading -1 marker so the two kinds never mix up.
    """
    hashes = shingle_hashes(tokens)
    if len(hashes) <= MAX_SHINGLES:
        return sorted(hashes)
    sketch = MinHash(
        num_perm=MINHASH_PERM,
        seed=_MINHASH_SEED,
        permutations=_PERMUTATIONS.permutations,
        scheme=_PERMUTATIONS.scheme,
    )
    sketch.update_batch([h.to_bytes(4, "little") for h in hashes])
    return [-1, *(int(v) for v in sketch.hashvalues)]


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Jaccard similarity of two fingerprints (estimated when both are MinHash signatures)."""
    if not a or not b:
        return 0.0
    a_sketch, b_sketch = a[0] == -1, b[0] == -1
    if a_sketch and b_sketch:
        same = sum(1 for x, y in zip(a[1:], b[1:], strict=False) if x == y)
        return same / MINHASH_PERM
    if a_sketch or b_sketch:
        # A long text and a short one are not near-duplicates of each other.
        return 0.0
    sa, sb = set(a), set(b)
    union = len(sa | sb)
    return len(sa & sb) / union if union else 0.0


def containment(doc: Iterable[int], vocabulary: dict[str, int]) -> float:
    """Share of a document's word hashes found in an incident's vocabulary (keys: str(hash),
    as JSON state stores them)."""
    doc_set = {str(h) for h in doc}
    if not doc_set:
        return 0.0
    return sum(1 for h in doc_set if h in vocabulary) / len(doc_set)


def word_hashes(tokens: Sequence[str]) -> list[int]:
    """Hashed content words (no bigrams), for incident vocabularies."""
    return sorted({_hash(w) for w in content_tokens(tokens)})
