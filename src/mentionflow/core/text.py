"""Text normalisation for social-media mentions.

`normalise()` turns one raw mention into a `NormalisedText`: a cleaned string with entities
replaced by placeholders, the extracted entities, lowercased tokens and a few surface signals
(shouting, elongation). It is pure and allocation-light because it runs once per mention on the
hot path (budget: a few microseconds); the caller keeps the original text.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any, Final, TypeVar

_T = TypeVar("_T")

__all__ = [
    "HASHTAG_TOKEN",
    "URL_TOKEN",
    "USER_TOKEN",
    "NormalisedText",
    "fast_constructor",
    "normalise",
    "tokenise",
]

# Placeholders are lowercase and angle-bracketed (GloVe-Twitter style) so they can never be
# confused with a real word and survive lowercasing unchanged.
URL_TOKEN = "<url>"
USER_TOKEN = "<user>"
HASHTAG_TOKEN = "<hashtag>"


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """A normalised mention. Entity fields are tuples (immutable, hashable), in text order."""

    clean: str  # NFC, unescaped, entities -> placeholders, elongations squashed, spaces collapsed
    # Lowercased words (apostrophes dropped: "don't" -> "dont"), emoji (skin tone and variation
    # selector dropped) and emoticons of `clean`, in order; placeholders excluded (entities
    # have their own fields); "!"/"?" are read from `clean`.
    tokens: tuple[str, ...]
    urls: tuple[str, ...]
    handles: tuple[str, ...]  # without the leading "@"
    hashtags: tuple[str, ...]  # without the leading "#", original case
    emojis: tuple[str, ...]  # emoji sequences (ZWJ / skin tone / flag sequences kept whole)
    caps_ratio: float  # share of alphabetic tokens that are ALL-CAPS words of >= 2 letters
    shouting: bool  # most of a non-trivial text is in capitals
    elongated: bool  # at least one "sooooo"-style elongation was squashed


def fast_constructor(cls: type[_T]) -> Callable[..., _T]:
    """Positional constructor for a frozen slots dataclass that skips its `__init__`.

    A frozen dataclass `__init__` goes through `object.__setattr__` per field (~2.5 us for nine
    fields on a slow core); calling the slot descriptors directly costs about a third of that.
    The body is generated unrolled, as `dataclasses` itself does. Only for trusted internal
    callers that pass every field, in declaration order.
    """
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    ns: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    body = []
    for i, name in enumerate(names):
        ns[f"_set{i}"] = getattr(cls, name).__set__
        body.append(f"    _set{i}(o, {name})")
    src = f"def make({', '.join(names)}):\n    o = _new(_cls)\n" + "\n".join(body) + "\n    return o"
    exec(src, ns)  # trusted, generated from the dataclass's own field names
    make: Callable[..., _T] = ns["make"]
    return make


_new_normalised = fast_constructor(NormalisedText)

_NO_WORD_BEFORE: Final = r"(?<![\w.,])"


def lead_spent_search(rx: re.Pattern[str]) -> Callable[[str], bool]:
    r"""``rx.search(text) is not None``, faster, for a pattern that starts with ``(?<![\w.,])`` and
    has no top-level ``|`` after it. A look-behind first defeats sre's prefix scan: every position
    of the text tries what follows it (a long word alternation). Spent as one consumed character,
    the scan skips in C to the next character that is no word character, "." or ","; a match at
    the very start is tried on its own. The same answer; only the match moves one character left."""
    core = rx.pattern.removeprefix(_NO_WORD_BEFORE)
    if core == rx.pattern:
        raise ValueError("the pattern does not start with the look-behind")
    at_start = re.compile(core, rx.flags).match
    after = re.compile(r"[^\w.,]" + core, rx.flags).search

    def found(text: str) -> bool:
        return after(text) is not None or at_start(text) is not None

    return found


# --- regexes: compiled once at import. Stdlib `re` beats re2 on tweet-sized strings (no FFI
# hop), and patterns that start with a literal ("@", "#", "http") let sre skip ahead quickly.

_URL_RE_I = re.compile(r"((?:https?://|www\.)[^\s<>\"]+)", re.IGNORECASE)  # one group: the whole link (split)
# Handles are 1-15 word chars on Twitter; allow a bit more for other networks. The look-behind
# sits after the literal "@" so sre keeps its fast literal scan, and it keeps e-mail addresses
# ("a@b.com") from being read as handles.
_HANDLE_RE = re.compile(r"@(?<![\w@]@)(\w{1,30})")
# A hashtag must contain a letter ("#1" is a rank, not a tag); "&#39;" is an entity, not a tag.
_HASHTAG_RE = re.compile(r"#(?<![\w#&]#)(\w*[^\W\d_]\w*)")

# Emoji code-point ranges (Unicode 15): pictographs, dingbats, misc symbols, arrows and stars
# with emoji presentation. Flags are regional-indicator pairs; modifiers and ZWJ sequences are
# kept with their base so "👍🏽" and "👨‍👩‍👧" stay one token.
_E = (
    "\U0001f000-\U0001f1e5\U0001f200-\U0001faff"
    "\u2600-\u27bf\u2300-\u23ff\u2b05-\u2b07\u2b1b\u2b1c\u2b50\u2b55"
    "\u2934\u2935\u3030\u303d\u3297\u3299\u203c\u2049\u2194-\u2199\u21a9\u21aa"
)
_MOD = "\ufe0f\U0001f3fb-\U0001f3ff\u20e3"  # variation selector, skin tones, keycap
_EMOJI_PAT = rf"[\U0001f1e6-\U0001f1ff]{{2}}|[{_E}][{_MOD}]*(?:\u200d[{_E}][{_MOD}]*)*"
_EMOJI_RE = re.compile(_EMOJI_PAT)
_EMOJI_MODIFIERS = dict.fromkeys([0xFE0F, *range(0x1F3FB, 0x1F400)])

# Western emoticons (matched on lowercased text, apostrophes already removed): kept whole
# because they carry strong polarity. Eyes are ":;=" only: "8)" and "xp" are too often text.
# A mouth-first emoticon starts only where a run of mouths starts: tried from every position
# of a 20 KB run of "(" it rescanned the run each time (quadratic, ~20 s a mention).
_EMOTICON_PAT = (
    r"[<>]?[:;=][\-o\*]?[\)\]\(\[dp/\\|@\*3]+(?![^\W_])"
    r"|(?<![\)\]\(\[/\\])[\)\]\(\[/\\]+[\-o\*]?[:;=](?![^\W_])"
    r"|</?3+"
)
# Cheap pre-check, a superset of `_EMOTICON_PAT` (false positives only cost the slower
# tokenizer; a miss would make the two tokenizers disagree, see the property test).
_EMOTICON_GATE_RE = re.compile(r"[:;=][\-o\*]?[\)\]\(\[dp/\\|@\*3]|[\)\]\(\[/\\][\-o\*]?[:;=]|<[3/]", re.IGNORECASE)
# General tokenizer (slow path): letter/digit runs first (the common case, so sre succeeds on
# the first alternative), then emoticons and emoji sequences.
_TOKEN_RE = re.compile(rf"[^\W_]+|{_EMOTICON_PAT}|{_EMOJI_PAT}")

# Three or more of the same letter -> two ("sooooo" -> "soo", "looove" -> "loove"): keeps the
# emphasis signal while mapping every elongation of a word onto one token. Digits are exempt
# ("1000"). A hit is rare (~1% of tweets) so we search first (ASCII class when we can: the
# Unicode class is ~2.5x slower in sre) and substitute only on a hit.
_ELONG_SEARCH_ASCII_RE = re.compile(r"([a-z])\1\1")
_ELONG_SEARCH_RE = re.compile(r"([^\W\d_])\1\1")
_ELONG_SUB_RE = re.compile(r"([^\W\d_])\1{2,}", re.IGNORECASE)

# Fast path (ASCII text, no emoticon): one C-level bytes.translate maps every ASCII
# punctuation/control char to a space and deletes apostrophes, then str.split() tokenises.
# It yields exactly what `_TOKEN_RE` yields on such text (checked by a property test) at about
# a quarter of the cost.
_SEPARATORS = bytes(c for c in range(128) if not chr(c).isalnum() and chr(c) != "'")
_ASCII_TABLE = bytes.maketrans(_SEPARATORS, b" " * len(_SEPARATORS))
# Capitals -> "U": b"UU" in the translated bytes is a C-speed test for "any all-caps run".
_UPPER = bytes(range(65, 91))
_CAPS_TABLE = bytes.maketrans(_UPPER, b"U" * len(_UPPER))
# "\b[A-Z]{2,}\b", written to start with the capital: a pattern that opens with "\b" makes sre
# try every position, one that opens with a character set lets it scan for one at C speed (~2.5x
# faster). The look-behind is the "\b": no word character before the first capital.
_CAPS_WORD_RE = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]+\b")

_SHOUT_MIN_WORDS = 3
_SHOUT_RATIO = 0.6


def _strip_placeholders(clean: str, urls: bool, handles: bool, hashtags: bool) -> str:
    # Tokens carry the words only; entities live in their own fields.
    if urls:
        clean = clean.replace(URL_TOKEN, " ")
    if handles:
        clean = clean.replace(USER_TOKEN, " ")
    if hashtags:
        clean = clean.replace(HASHTAG_TOKEN, " ")
    return clean


def tokenise(text: str) -> list[str]:
    """Tokens of an entity-free, already lowercased text (general path; any Unicode)."""
    if "'" in text:
        text = text.replace("'", "")
    return _TOKEN_RE.findall(text)


def normalise(text: str) -> NormalisedText:
    """Normalise one raw mention; never raises on any `str` input."""
    if "&" in text:  # html.unescape is slow-ish and most mentions have no entity at all
        text = html.unescape(text)
    ascii_only = text.isascii()
    if not ascii_only:
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        # Typographic apostrophes (U+2019/U+2018) would otherwise split "don't" two ways.
        text = text.replace("\u2019", "'").replace("\u2018", "'")

    urls: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    # Each `in` pre-check is a C-speed scan that lets most mentions skip a regex pass. One pass
    # each, not findall + sub: split puts each match's one group between the pieces around the
    # matches; joined with the placeholder, those pieces are what sub makes.
    if "://" in text or "www." in text or "WWW." in text:
        parts = _URL_RE_I.split(text)
        if len(parts) > 1:
            urls = tuple(parts[1::2])
            text = URL_TOKEN.join(parts[::2])
    if "@" in text:
        parts = _HANDLE_RE.split(text)
        if len(parts) > 1:
            handles = tuple(parts[1::2])
            text = USER_TOKEN.join(parts[::2])
    if "#" in text:
        parts = _HASHTAG_RE.split(text)
        if len(parts) > 1:
            hashtags = tuple(parts[1::2])
            text = HASHTAG_TOKEN.join(parts[::2])

    elongated = False
    if (_ELONG_SEARCH_ASCII_RE if ascii_only else _ELONG_SEARCH_RE).search(text.lower()):
        text = _ELONG_SUB_RE.sub(r"\1\1", text)
        elongated = True

    # Collapse whitespace only when there is something to collapse (rare: newlines, doubles).
    # Not printable = some control character, among them every whitespace but " " (\x0b, \x0c
    # and \x1c-\x1f too: a run of those left in place made the cue regexes quadratic).
    needs_collapse = not ascii_only or "  " in text or not text.isprintable()
    clean = " ".join(text.split()) if needs_collapse else text.strip()

    tok_src = _strip_placeholders(clean, bool(urls), bool(handles), bool(hashtags))
    emojis: tuple[str, ...] = ()
    n_caps = 0
    if ascii_only:
        raw = tok_src.encode("ascii")
        if b"UU" in raw.translate(_CAPS_TABLE):
            n_caps = len(_CAPS_WORD_RE.findall(tok_src))
        if (":" in tok_src or ";" in tok_src or "=" in tok_src or "<" in tok_src) and (
            # Probe what `tokenise` will see: it drops apostrophes first (":'(" -> ":(").
            _EMOTICON_GATE_RE.search(tok_src.replace("'", "") if "'" in tok_src else tok_src)
        ):
            words = tokenise(tok_src.lower())
        else:
            words = raw.lower().translate(_ASCII_TABLE, b"'").decode("ascii").split()
    else:
        n_caps = len(_CAPS_WORD_RE.findall(tok_src))
        found = _EMOJI_RE.findall(tok_src)
        if found:
            emojis = tuple(found)
            # Tokens carry the canonical emoji (no skin tone / variation selector) so "👍🏽"
            # and "👍" are one feature; `emojis` keeps them as written.
            tok_src = tok_src.translate(_EMOJI_MODIFIERS)
        words = tokenise(tok_src.lower())

    # Share of alphabetic tokens that are ALL-CAPS words (>= 2 letters). Words, not letters,
    # so one airport code in a long tweet does not look like shouting.
    caps_ratio = 0.0
    shouting = False
    if n_caps:
        n_alpha = sum(map(str.isalpha, words))  # only paid by the ~25% with a caps word
        caps_ratio = min(1.0, n_caps / n_alpha) if n_alpha else 0.0
        shouting = caps_ratio >= _SHOUT_RATIO and n_alpha >= _SHOUT_MIN_WORDS
    return _new_normalised(clean, tuple(words), urls, handles, hashtags, emojis, caps_ratio, shouting, elongated)
