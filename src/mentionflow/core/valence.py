"""VADER-style valence of a normalised mention. `valence`: lexicon words, boosters, negation,
"but", ALL-CAPS emphasis and "!" (the classifier's and irony's lexicon features);
`intensity`: VADER's compound, ported rule for rule (the intensity half of `sentiment.score`)."""

from __future__ import annotations

import math
import re
import string
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from functools import lru_cache
from itertools import compress, repeat
from pathlib import Path

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
# "\b[A-Z][A-Z']+\b" opened by its capital, so sre scans for one at C speed (text._CAPS_WORD_RE).
_ALLCAPS_RE = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z']+\b")


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


# --------------------------------------------------------------------------------------------
# Intensity: VADER's compound (vaderSentiment 3.3.2 `polarity_scores`), ported to our tokens.
#
# `valence` above feeds the classifier and irony features and keeps their trained meaning;
# `intensity` is what `sentiment.score` reads. It follows VADER rule for rule where the two
# differed: "no" (-1.2 unless a valence word follows; negates the next two words), each
# negator 1-3 words back (x -0.74 each, and only through words that carry no valence),
# boosters and dampeners ("kind of", "sort of"), "never so/this", "without doubt", "least",
# ALL-CAPS words in mixed-case text, hashtag words (#love, #fail), emoji read as the words of
# VADER's description of them, "?" as well as "!" emphasis; "he'll", "i'll", "we'll" are not
# "hell", "ill", "well" (our tokens drop the apostrophe). Departures, towards what people
# rate: curly apostrophes negate like straight ones (VADER misses "can\u2019t"), "can't wait"
# is the eagerness it means (+2.0), not a negated "wait", and a word keeps its valence with
# punctuation attached ("ok,", which VADER reads as an unknown word).

_N_SCALAR = -0.74
_SO_THIS = ("so", "this")
_IDIOMS = {"the shit": 3.0, "the bomb": 3.0, "bad ass": 1.5, "yeah right": -2.0, "to die for": 3.0}
_IDIOMS |= {"kiss of death": -1.5, "beating heart": 3.5, "bus stop": 0.0}
_CANT_WAIT = 2.0  # "can't wait (for ...)": eagerness, as raters read it
_CANT = frozenset({"cant", "cannot"})
_QUESTION_INCR, _QUESTION_MAX = 0.18, 0.96  # VADER: per "?" when 2 or 3, else 0.96
_CONTRACTIONS = {"hell": "he'll", "ill": "i'll", "well": "we'll"}  # lexicon words our tokens fake


@lru_cache(maxsize=1)
def _vader_glued() -> frozenset[str]:
    """Lexicon tokens VADER may read differently from us (`_vader_reading`): its emoticons and
    its words of two letters or fewer, keyed like our tokens."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    keys = (k.lower().replace("'", "") for k in SentimentIntensityAnalyzer().lexicon if " " not in k)
    return frozenset(k for k in keys if k and k.isascii() and (len(k) <= 2 or not k.isalnum()))


@lru_cache(maxsize=1)
def _vader_symbols() -> dict[str, float]:
    """VADER's own valence of the non-word tokens ("):", ":-)", "<3") that our lexicon holds,
    keyed like our tokens. Ours can differ: dropping apostrophes folds ":')" (tears of joy)
    into ":)", ":'-(" into ":-(" (the classifier's features keep that folded value)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return {k: float(v) for k, v in SentimentIntensityAnalyzer().lexicon.items() if not k.isalnum() and "'" not in k}


@lru_cache(maxsize=1)
def _vader_apostrophe_forms() -> dict[str, tuple[tuple[str, float], ...]]:
    """VADER's emoticons with an apostrophe (":')" 2.3, ":'(" -2.2, ":'-)"), by the token our
    apostrophe-free tokens make of them (":)", ":(", ":-)"): (lowercased form, VADER's valence)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    out: dict[str, tuple[tuple[str, float], ...]] = {}
    for k, v in SentimentIntensityAnalyzer().lexicon.items():
        if "'" in k and not k.replace("'", "").isalnum() and " " not in k:
            folded = k.lower().replace("'", "")
            out[folded] = (*out.get(folded, ()), (k.lower(), float(v)))
    return out


def _standalone(low: str, tok: str, word: bool) -> int:
    """Where `tok` first occurs in `low` (a lowercased text) as VADER reads it, or -1: an
    emoticon not glued to a word ("(ANI):", "ride:]" hold none); a word of two letters or fewer
    as a whitespace-separated word of its own (VADER keeps the punctuation on those: "No. 3",
    "ok,", the "l" of "L.A." and the "86" of "86-77" are not its "no", "ok", "l", "86")."""
    start = low.find(tok)
    while start >= 0:
        end = start + len(tok)
        before = low[start - 1] if start else " "
        after = low[end] if end < len(low) else " "
        if (before.isspace() and after.isspace()) if word else not (before.isalnum() or after.isalnum()):
            return start
        start = low.find(tok, start + 1)
    return -1


def _vader_reading(
    norm: NormalisedText, valences: list[float], hits: AbstractSet[str]
) -> tuple[tuple[str, ...], list[float], set[str]]:
    """Tokens and valences as VADER reads them where our tokenisation differs (`_standalone`;
    `hits`: the mention's tokens of `_vader_glued`): a glued emoticon or short word carries no
    valence, and a glued "no" is neither VADER's "no" (-1.2) nor its negation (it becomes
    "no."); an emoticon takes VADER's own value. Also the emoticons written in capitals (":D",
    "XD"), which VADER's ALL-CAPS rule counts as words."""
    toks = norm.tokens
    upper: set[str] = set()
    clean = norm.clean
    low = clean.lower()
    change: dict[str, tuple[str, float | None]] = {}  # token -> (as VADER reads it, its valence)
    for tok in hits:  # each distinct token once: a text of 1,000 "(:" stays linear
        emoticon = not tok.isalnum()
        at = _standalone(low, tok, not emoticon)
        value = _vader_symbols().get(tok) if emoticon else None
        written = tok
        if at < 0 and emoticon and "'" in low:
            # Written with an apostrophe our token dropped (":')" is ":)" to us): VADER's value of it.
            for form, form_value in _vader_apostrophe_forms().get(tok, ()):
                if (at := _standalone(low, form, False)) >= 0:
                    value, written = form_value, form
                    break
        if at < 0:
            change[tok] = (tok + "." if tok == "no" else tok, 0.0)
        elif emoticon:
            change[tok] = (tok, value)
            if clean[at : at + len(written)].isupper():
                upper.add(tok)
    if not change:
        return toks, valences, upper
    words = list(toks)
    vals = list(valences)
    for i, tok in enumerate(toks):
        if tok in change and vals[i]:
            word, v = change[tok]
            words[i] = word
            if v is not None:
                vals[i] = v
    return tuple(words), vals, upper


@lru_cache(maxsize=1)
def _vader_tables() -> tuple[frozenset[str], dict[str, float], frozenset[str], frozenset[str]]:
    """(negators, multi-word boosters, words that call for the rule-by-rule loop, idiom words),
    apostrophe-free like our tokens."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE

    negate = frozenset(w.replace("'", "") for w in NEGATE) | {"nt"}
    multi = {k.replace("'", ""): float(v) for k, v in BOOSTER_DICT.items() if " " in k}
    rules = negate | _boosters().keys() | {"but", "no", "least", "never", "so", "this", "doubt", "wait", "kind", "sort"}
    # Every idiom and multi-word booster has one of these (not "the", "to", "of", "for").
    idiom_words = frozenset(w for k in (*_IDIOMS, *multi) for w in k.split()) - {"the", "to", "of", "for"}
    return negate, multi, rules, idiom_words


# Emoji whose VADER description misreads how people use them: "thumbs up", "clapping hands",
# "raising hands" and "hundred points" carry no valence word and "fire" is negative, yet in every
# language they approve ("top 👍", "bravo 👏", "ça tue 🔥", "perfeito 💯"); a rocket is speed ("5G
# da paura 🚀"). These values replace the description's in the lexicon (the model's lex_* features,
# the symbol valence of other languages) and in the intensity. A sarcastic 👏 beside a failure is
# the sarcasm rules' to read; spam's rockets are the spam words'.
EMOJI_VALENCE_OVERRIDES: dict[str, float] = {
    "\U0001f44d": 1.9,  # thumbs up
    "\U0001f44f": 1.9,  # clapping hands
    "\U0001f64c": 1.9,  # raising hands
    "\U0001f4af": 1.9,  # hundred points
    "\U0001f525": 1.9,  # fire
    "\U0001f680": 1.5,  # rocket
}


@lru_cache(maxsize=1)
def emoji_valence() -> dict[str, float]:
    """VADER reads an emoji as the words of its description ("smiling face with smiling eyes"):
    the sum of their lexicon valences, keyed like our emoji tokens (no variation selector)."""
    import vaderSentiment
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    lex = SentimentIntensityAnalyzer().lexicon
    path = Path(vaderSentiment.__file__).parent / "emoji_utf8_lexicon.txt"
    out: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        emoji, _, desc = line.partition("\t")
        v = sum(lex.get(w.strip(string.punctuation).lower(), 0.0) for w in desc.split())
        if emoji:
            out.setdefault(emoji.replace("\ufe0f", ""), round(v, 3))
    out.update(EMOJI_VALENCE_OVERRIDES)
    return out


def intensity(norm: NormalisedText, valences: list[float], lexicon: Mapping[str, float] | None = None) -> float:
    """VADER's compound of a mention, in (-1, 1), from each token's lexicon valence
    (`valences`, 0.0 for none). `lexicon`: VADER's, for an English mention (its rules, hashtag
    words and emoji descriptions apply); None for other languages, whose `valences` are those of
    emoji and emoticons only: they sum, with "!" emphasis."""
    total = 0.0
    if lexicon is None:
        total = sum(valences)
    else:
        toks = norm.tokens
        if norm.emojis:
            get = emoji_valence().get
            valences = [get(t, v) for t, v in zip(toks, valences)]  # noqa: B905 - same length
        negate, multi, rules, idiom_words = _vader_tables()
        upper: AbstractSet[str] = frozenset()
        # Only a token with a valence can read differently (a text with none costs nothing).
        glued = _vader_glued()
        if not glued.isdisjoint(toks) and (hits := glued.intersection(compress(toks, valences))):
            toks, valences, upper = _vader_reading(norm, valences, hits)
        differ: bool | None = None  # VADER's caps differential, computed where needed
        if any(valences) or "wait" in toks:
            caps: AbstractSet[str] = frozenset()
            if (norm.caps_ratio or upper) and (differ := _caps_differ(norm)):  # ALL-CAPS words, mixed case
                caps = frozenset(w.lower().replace("'", "") for w in _ALLCAPS_RE.findall(norm.clean)) | upper
            if (
                not rules.isdisjoint(toks)
                or not idiom_words.isdisjoint(toks)
                or (caps and not caps.isdisjoint(compress(toks, valences)))
                or (not _CONTRACTIONS.keys().isdisjoint(toks) and "'ll" in norm.clean)
            ):
                total = _vader_sum(norm, toks, valences, caps, negate, rules, multi, idiom_words)
            else:
                total = sum(valences)
        if norm.hashtags:
            total += _hashtags(norm, lexicon, differ)
    if not total:
        return 0.0
    clean = norm.clean
    emph = min(clean.count("!"), 4) * _EXCLAIM_INCR
    n_q = clean.count("?") if lexicon is not None else 0
    if n_q > 1:
        emph += n_q * _QUESTION_INCR if n_q <= 3 else _QUESTION_MAX
    total += emph if total > 0 else -emph
    return total / math.sqrt(total * total + _VALENCE_ALPHA)


def _hashtags(norm: NormalisedText, lexicon: Mapping[str, float], differ: bool | None) -> float:
    """The valence of a mention's hashtag words, read as VADER reads a word: "#FAIL" in
    mixed-case text with the ALL-CAPS increment, and weighted x0.5 before "but", x1.5 after."""
    vals = [lexicon.get(h.lower(), 0.0) for h in norm.hashtags]
    if not any(vals):  # most hashtags are no lexicon word
        return 0.0
    total = 0.0
    but_at = -1
    at: list[int] = []  # the places of the "<hashtag>" placeholders, in hashtag order
    if "but" in norm.tokens:
        words = norm.clean.lower().split()
        if "but" in words:
            but_at = words.index("but")
            at = [i for i, w in enumerate(words) if w.startswith("<hashtag>")]
    for n, (h, v) in enumerate(zip(norm.hashtags, vals)):  # noqa: B905 - same length
        if v and h.isupper():
            if differ is None:
                differ = _caps_differ(norm)
            if differ:
                v += _CAPS_INCR if v > 0 else -_CAPS_INCR
        if v and but_at >= 0 and n < len(at):
            v *= _BUT_BEFORE if at[n] < but_at else _BUT_AFTER
        total += v
    return total


def _caps_differ(norm: NormalisedText) -> bool:
    """VADER's `allcap_differential` where the mention has an ALL-CAPS word: some of its
    whitespace-separated words are not in capitals; a handle, a link, a number or an emoticon is
    "not" ("@user THANK YOU" is mixed), a hashtag is what it says ("#FAIL" is in capitals)."""
    clean = norm.clean
    if norm.hashtags and all(map(str.isupper, norm.hashtags)):
        clean = clean.replace("<hashtag>", "X")
    # A lowercase letter anywhere is a word not in capitals; else a word with no letter.
    return not clean.isupper() or not all(map(str.isupper, clean.split()))


def _vader_sum(
    norm: NormalisedText,
    words: tuple[str, ...],
    vals: list[float],
    caps: AbstractSet[str],
    negate: AbstractSet[str],
    rules: AbstractSet[str],
    multi: Mapping[str, float],
    idiom_words: AbstractSet[str],
) -> float:
    """VADER's `sentiment_valence` and `_but_check` over the valence words of a mention
    (an emoji is neither negated nor boosted: VADER reads it as the words of its description,
    "not 😂" as "not face with tears of joy", where "joy" is out of the negator's reach;
    `words`: its tokens as VADER reads them; `caps`: its ALL-CAPS words, lowercased, when it
    is mixed-case)."""
    n = len(words)
    if not _CONTRACTIONS.keys().isdisjoint(words):
        low = norm.clean.lower()
        vals = [0.0 if w in _CONTRACTIONS and _CONTRACTIONS[w] in low else v for w, v in zip(words, vals)]  # noqa: B905
    boost = _boosters()
    sentiments: list[tuple[int, float]] = []
    if "wait" in words:
        sentiments += [(i, _CANT_WAIT) for i in range(n - 1) if words[i + 1] == "wait" and words[i] in _CANT]
    for i in compress(range(n), vals):  # the valence words only
        tok = words[i]
        base = vals[i]
        if (
            tok not in caps
            and (rules.isdisjoint(words[i - 3 if i > 3 else 0 : i + 2]) or not (tok.isascii() or tok.isalpha()))
            and idiom_words.isdisjoint(words[i - 3 if i > 3 else 0 : i + 3])
        ):
            sentiments.append((i, base))  # nothing within reach modifies it
            continue
        if tok in boost or (tok == "kind" and i + 1 < n and words[i + 1] == "of"):
            continue
        if tok == "no" and i + 1 < n and vals[i + 1]:
            continue
        v = base
        if (
            (i > 0 and words[i - 1] == "no")
            or (i > 1 and words[i - 2] == "no")
            or (i > 2 and words[i - 3] == "no" and words[i - 1] in ("or", "nor"))
        ):
            v = base * _N_SCALAR
        if tok in caps:
            v += _CAPS_INCR if v > 0 else -_CAPS_INCR
        for k in range(min(i, 3)):
            j = i - k - 1
            if vals[j]:
                continue
            prev = words[j]
            b = boost.get(prev)
            if b:
                s = b if v >= 0 else -b
                if prev in caps:
                    s += _CAPS_INCR if v > 0 else -_CAPS_INCR
                v += s * _BOOST_DECAY[k]
            if (k == 1 and words[i - 2] == "never" and words[i - 1] in _SO_THIS) or (
                k == 2 and ((words[i - 3] == "never" and words[i - 2] in _SO_THIS) or words[i - 1] in _SO_THIS)
            ):
                v *= 1.25
            elif k and words[j] == "without" and "doubt" in words[i - k : i]:
                pass
            elif prev in negate and not (prev in _CANT and words[j + 1] == "wait"):
                v *= _N_SCALAR
            if k == 2 and not idiom_words.isdisjoint(words[i - 3 : i + 3]):
                v = _idioms(words, i, v, multi)
        if i > 0 and words[i - 1] == "least" and not vals[i - 1] and (i == 1 or words[i - 2] not in ("at", "very")):
            v *= _N_SCALAR
        sentiments.append((i, v))
    if "but" in words:
        at = words.index("but")
        return sum(v * (_BUT_BEFORE if i < at else _BUT_AFTER if i > at else 1.0) for i, v in sentiments)
    return sum(v for _, v in sentiments)


def _idioms(words: tuple[str, ...], i: int, v: float, multi: Mapping[str, float]) -> float:
    """VADER's `_special_idioms_check` (reached with i >= 3)."""
    t0, t1, t2, t3 = words[i], words[i - 1], words[i - 2], words[i - 3]
    for seq in (f"{t1} {t0}", f"{t2} {t1} {t0}", f"{t2} {t1}", f"{t3} {t2} {t1}", f"{t3} {t2}"):
        if seq in _IDIOMS:
            v = _IDIOMS[seq]
            break
    if i + 1 < len(words):
        seq = f"{t0} {words[i + 1]}"
        if seq in _IDIOMS:
            v = _IDIOMS[seq]
        if i + 2 < len(words) and f"{seq} {words[i + 2]}" in _IDIOMS:
            v = _IDIOMS[f"{seq} {words[i + 2]}"]
    for seq in (f"{t3} {t2} {t1}", f"{t3} {t2}", f"{t2} {t1}"):
        b = multi.get(seq)
        if b:
            v += b
    return v
