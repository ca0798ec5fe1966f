"""Triage signals: press, legal, regulator, data requests, churn, feedback, purchase intent,
waiting, thanks and resolution, from the operator-editable phrase file ``data/signals.yaml``.

Phrases are matched as whole words over the normalised tokens (the same tokenisation as the
models: lower case, apostrophes dropped), in any supported language. A mention whose tokens
start no phrase costs one C-level set test.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import yaml

from mentionflow.core.text import NormalisedText, normalise

DEFAULT_SIGNALS_PATH: Final = Path(__file__).resolve().parent.parent / "data" / "signals.yaml"
SIGNALS: Final = (
    "press",
    "legal",
    "regulator",
    "data_request",
    "churn",
    "feedback",
    "purchase",
    "waiting",
    "thanks",
    "resolved",
)
MAX_PHRASE_WORDS: Final = 4


class SignalsError(ValueError):
    """The signals file is invalid; the message names the signal."""


@dataclass(frozen=True, slots=True)
class SignalLexicon:
    # first token -> ((phrase tokens, signal, is_unless), ...), longest first
    index: Mapping[str, tuple[tuple[tuple[str, ...], str, bool], ...]]
    starts: frozenset[str]

    def detect(self, tokens: tuple[str, ...]) -> list[str]:
        """The signals raised by ``tokens``, in SIGNALS order."""
        if self.starts.isdisjoint(tokens):
            return []
        found: set[str] = set()
        cancelled: set[str] = set()
        n = len(tokens)
        index = self.index
        for i, tok in enumerate(tokens):
            entries = index.get(tok)
            if entries is None:
                continue
            for phrase, signal, unless in entries:
                size = len(phrase)
                if i + size <= n and (size == 1 or tokens[i : i + size] == phrase):
                    (cancelled if unless else found).add(signal)
        found -= cancelled
        return [s for s in SIGNALS if s in found]


def _tokens(phrase: str) -> tuple[str, ...]:
    return normalise(phrase).tokens


def parse_signals(data: Any, source: str = "<signals>") -> SignalLexicon:
    if not isinstance(data, Mapping) or not isinstance(data.get("signals"), Mapping):
        raise SignalsError(f"{source}: expected a mapping with a 'signals' mapping")
    entries: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
    for name, spec in data["signals"].items():
        if name not in SIGNALS:
            raise SignalsError(f"{source}: unknown signal {name!r} (known: {', '.join(SIGNALS)})")
        if not isinstance(spec, Mapping):
            raise SignalsError(f"{source}: signal {name!r} must be a mapping with 'phrases'")
        for key, unless in (("phrases", False), ("unless", True)):
            phrases = spec.get(key) or []
            if not isinstance(phrases, list):
                raise SignalsError(f"{source}: {name}.{key} must be a list")
            for phrase in phrases:
                toks = _tokens(str(phrase))
                if not toks or len(toks) > MAX_PHRASE_WORDS:
                    raise SignalsError(f"{source}: {name}: phrase {phrase!r} must have 1-{MAX_PHRASE_WORDS} words")
                entries.setdefault(toks[0], []).append((toks, str(name), unless))
    index = {k: tuple(sorted(set(v), key=lambda e: -len(e[0]))) for k, v in entries.items()}
    return SignalLexicon(index, frozenset(index))


def load_signals(path: Path | None = None) -> SignalLexicon:
    target = path or DEFAULT_SIGNALS_PATH
    try:
        data = yaml.safe_load(Path(target).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise SignalsError(f"{target}: cannot read signals: {exc}") from None
    return parse_signals(data, str(target))


_default: SignalLexicon | None = None
_lock = threading.Lock()


def default_signals() -> SignalLexicon:
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = load_signals()
    return _default


def detect_signals(norm: NormalisedText, lexicon: SignalLexicon | None = None) -> list[str]:
    return (lexicon or default_signals()).detect(norm.tokens)


def has_any(signals: Iterable[str], wanted: Iterable[str]) -> bool:
    return not set(wanted).isdisjoint(signals)
