"""The sentiment model's features: sparse keys, dense surface and customer-service cues, and
the keyword-file labels of the tokens. `extract_features()` is the reference used for training;
`Analyzer` computes the same features on a fused path (checked by tests/unit/core/test_sentiment.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable, KeysView, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import chain, pairwise
from typing import Any

from mentionflow.core.helper_wait import helper_waited
from mentionflow.core.keywords import CategoryConfig
from mentionflow.core.polite_requests import thanks_again
from mentionflow.core.text import NormalisedText
from mentionflow.core.thanks_nothing import NOTHING_TOKENS, thanks_for_nothing
from mentionflow.core.valence import NEG_FLIP, NEGATORS, negated_tokens

# Time an agent gave, not time waited: "Lisa stayed on the phone with my dad for an hour", "Omar
# spent 2 hours with me sorting it". A named helper or "she/he/who" as the subject, and the time
# spent with someone or helping (case-sensitive: a name is capitalised). "I spent 2 hours on the
# phone with them" and "spent an hour on hold" are waits.
TIME_GIVEN_RE = re.compile(
    r"(?:\b(?:[Ss]he|[Hh]e|[Ww]ho)|\b(?!(?:Then|Just|And|So|But|Literally|Already|Still|Also|Today|Yesterday|"
    r"Now|Finally|Eventually|After|We|They|You|Your)\b)[A-Z][a-z]+)\s+(?:has\s+|had\s+)?"
    r"(?:stayed|spent|sat|stuck around|took)\b(?:\s+[^\s.!?]+){0,8}?\s+"
    r"(?:with\s+(?:me|us|my|our|him|her)\b|helping|explaining|setting\s+up|sorting|showing|teaching|"
    r"walking\s+(?:me|us|him|her)|to\s+(?:help|explain|sort|walk|make\s+sure))"
)
_ON_HOLD_RE = re.compile(r"\bon hold\b|\bhold (?:time|music)\b|\bkept me holding\b")
# "\s*(?:\+\s*)?", not "\s*\+?\s*": two adjacent \s* split a run of spaces n ways (quadratic).
# "N days later" dates an event ("card arrived 2 days later"), it is no wait; "2 weeks later than
# promised" is one.
_RATE_RE = re.compile(r"(?:[£€$]\s?\d[\d.,]*|\d+\s?(?:euros?|pounds?|quid|dollars?))\s+(?:a|an|per)\s+")
_SPAN = (
    r"(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|"
    r"multiple|many|few|couple(?: of)?)\s*(?:\+\s*)?(?:more\s+)?(?:hours?|hrs?|days?|weeks?)\b"
    r"(?!\s*later\b(?!\s*than\b))"
    # ... nor a span said early ("came a day early", "2 days ahead of schedule"): time saved, no wait.
    r"(?!\s*(?:early|earlier|ahead|sooner|in advance)\b)"
)
# "back online within a day", "here in under 3 hours": the speed of the help, no wait.
DURATION_RE = re.compile(r"(?<!within )(?<!in under )(?<!in less than )(?<!in just )(?<!in only )\b" + _SPAN)
# A span of having something ("I've had fibre for 3 days now 👏", "we've had the new router for a
# week"): how long it has been owned, no wait. Not when what was had is a problem or nothing ("had no
# signal for 3 days", "had issues for a week").
_HAD_FOR_RE = re.compile(
    r"\b(?:i|we|ive|weve|i've|we've|i have|we have)\s+(?:had|got)\s+(?:(?:my|our|the|a|an|new|full|proper)\s+){0,2}"
    r"(?!(?:no|nothing|zero|issues?|problems?|trouble|outages?|errors?|faults?|bugs?|delays?|none)\b)[a-z0-9]+"
    r"\s+(?:for|since)\s+(?:the\s+(?:last|past)\s+)?" + _SPAN
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
# Who else a loyal customer will never use: "anyone else", "another airline", "any other bank"
# (not "anywhere" alone: "never flying anywhere with you again" is churn).
_ANYONE_ELSE = r"(?:(?:anyone|anybody|anywhere)\s+else|any\s+other|another)\b"
_NEVER_AGAIN_RE = re.compile(
    r"\bnever (?:again|ever|(?:fly|flying|flown|use|using|buy|buying|book|booking|order|"
    r"ordering|shop|shopping|choose|recommend|return)\b"
    # ... but "never flying anyone else" is loyalty
    rf"(?!\s+(?:with\s+)?{_ANYONE_ELSE}))"
    r"|\b(?:won'?t|will not|wont) be (?:flying|using|back|buying|booking|returning)\b"
    r"|\blast time i (?:fly|flew|use|book|buy|order)"
)
# Loyalty said as a vow: "I'm never flying anyone else", "won't bank anywhere else".
_LOYALTY_RE = re.compile(
    r"\b(?:never|won'?t|will not|wont)\s+(?:be\s+)?(?:fly|flying|use|using|order|ordering|bank|banking|shop|"
    rf"shopping|book|booking|go|going|switch|switching)\s+(?:with\s+|to\s+)?{_ANYONE_ELSE}"
)
POSITIVE_OPENERS = frozenset(
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
NEGATIVE_EVENTS = frozenset(
    [
        "another",
        "again",
        "delay",
        "delayed",
        "delays",
        "cancel",
        "cancelled",
        "cancels",
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
        "ruined",
        "ruining",
    ]
)
# "great, another delay", "thanks for nothing", "love how you lost my bag", "yeah right".
_SARCASM_RE = re.compile(
    r"^(?:<user>\s*|<hashtag>\s*|oh\s+|wow\s+|so\s+|just\s+|really\s+)*"
    r"(?:great|wonderful|awesome|fantastic|perfect|nice|brilliant|lovely|thanks|thank you|cheers|ta|"
    r"thx|love|loving|yay|terrific|glad|amazing|super|cool|excellent)\b[\s,.!]*"
    r"(?:(?:job|work|service)\b[\s,.!]*)?"
    # "thanks so much for the 3 hour wait" (the "so much for" marker below spares thanks)
    r"(?:(?:so\s+)+much\s+|a\s+lot\s+|very\s+much\s+)?"
    # ... "thanks for the 4 hour delay", "for the extra 2 hours wait": a span before the wait.
    r"(?:(?:another|again|more)\b|(?:for|on|with)\s+(?:nothing|the\s+(?:(?:extra|additional|long|huge|massive)\s+)?"
    r"(?:[\w.]+[\s-]*(?:hours?|hrs?|h|minutes?|mins?|days?)[\s-]+)?(?:delay|wait|hold)|"
    r"(?:losing|cancel\w*|delaying|making me|ruin\w*))|"
    # ... "love how @Brand cancels my flight": the brand's handle is the "you".
    r"(?:how|that|when|the way)\s+(?:you\s+|u\s+|your\s+|my\s+|we\s+|i\s+|the\s+|<user>\s+)?"
    r"(?:\w+\s+){0,4}?(?:lost|cancel\w*|delay\w*|lose|losing|stuck|wait\w*|hold|late|"
    r"missed|strand\w*|broke\w*))"
)
_SARCASM_MARKERS_RE = re.compile(
    # "so much for the upgrade", not "thank you so (so) much for sorting it" (sincere thanks)
    r"\byeah,? right\b|\bthanks for nothing\b|(?<!thanks )(?<!thank you )(?<!thank u )(?<!so )\bso much for\b|"
    r"\bjust what i needed\b|"
    # "thanks for nothing" in es fr de it pt
    r"\b(?:gra[cs]ias por nada|merci pour rien|danke für nichts|grazie (?:per|di) niente|"
    r"obrigad[oa] por nada|valeu por nada)\b|"
    r"\bgotta love\b|\bgot to love\b|\bthanks a lot\b.{0,40}\b(?:delay|cancel|lost|wait|hold)"
)
_SARCASM_ANCHORS = frozenset(
    {"yeah", "nothing", "much", "needed", "gotta", "got", "lot", "nada", "rien", "nichts", "niente"}
)
# Thanks that no praise list holds ("cheers for the 3 hour wait", "ta for the delay"): openers all the same.
_PLAIN_THANKS = frozenset({"cheers", "ta"})
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


@dataclass(frozen=True, slots=True)
class Features:
    """Reference feature representation (training, tests). Inference uses a fused path that
    is checked against this one (tests/unit/core/test_sentiment.py)."""

    sparse: tuple[Any, ...]  # distinct unigram str, bigram tuple, "#tag" str (binary)
    dense: tuple[tuple[str, float], ...]  # only the non-zero dense features
    cues: tuple[str, ...]


def _lexicon_valence(tokens: tuple[str, ...], lexicon: Mapping[str, float]) -> tuple[float, float]:
    """Sums of positive and of negative lexicon valence over the *distinct* tokens (like the
    binary sparse features), VADER-flipped for a token seen inside a negation window. Summed in
    text order: a set's order follows the string hashes, so the sums' last bits (and the trained
    model's weights, through the optimiser) changed with PYTHONHASHSEED."""
    distinct = [tok for tok in dict.fromkeys(tokens) if tok not in NEGATORS]
    negated = negated_tokens(tokens) if len(distinct) < len(set(tokens)) else set()
    lp = ln = 0.0
    for tok in distinct:
        v = lexicon.get(tok, 0.0)
        if tok in negated:
            v *= NEG_FLIP
        if v > 0.0:
            lp += v
        elif v < 0.0:
            ln += v
    return lp, ln


def word_bigrams(tokens: tuple[str, ...]) -> KeysView[tuple[str, str]]:
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
    | POSITIVE_OPENERS
    | _PLAIN_THANKS
    | NEGATORS
    | NOTHING_TOKENS
)


def dense_and_cues(
    norm: NormalisedText, tokset: frozenset[str], cats: CategoryConfig | None
) -> tuple[list[tuple[str, float]], list[str], list[tuple[str, ...]]]:
    """Dense features except lex_*, cue names, and keyword-file labels of the tokens."""
    labels = cats.token_labels(tokset) if cats is not None else []
    dense, cues = dense_and_cues_of(norm, tokset, labels)
    return dense, cues, labels


def dense_and_cues_of(
    norm: NormalisedText, tokset: frozenset[str], labels: list[tuple[str, ...]]
) -> tuple[list[tuple[str, float]], list[str]]:
    """`dense_and_cues` with the tokens' keyword-file labels already looked up."""
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
        # "the courier waited 10 minutes for me": the helper's wait, none of the customer's (helper_wait.py)
        helper = helper_waited(low, tokset)
        if not _HOLD_TOKENS.isdisjoint(anchors) and _ON_HOLD_RE.search(low):
            dense.append(("on_hold", 1.0))
            cues.append("on_hold")
        if (
            not _DURATION_TOKENS.isdisjoint(anchors)
            and DURATION_RE.search(_RATE_RE.sub(" ", low))  # not a rate: "£50 a week"
            and not TIME_GIVEN_RE.search(clean)
            and not (" had " in low and not DURATION_RE.search(_HAD_FOR_RE.sub(" ", low)))
            and not helper
        ):
            dense.append(("long_wait", 1.0))
            cues.append("long_wait")
        if not _WAIT_TOKENS.isdisjoint(anchors) and _STILL_WAITING_RE.search(low) and not helper:
            dense.append(("still_waiting", 1.0))
            cues.append("still_waiting")
        if not _CANCEL_TOKENS.isdisjoint(anchors):
            dense.append(("cancelled", 1.0))
            cues.append("cancelled")
        if not _NEVER_TOKENS.isdisjoint(anchors):
            if _NEVER_AGAIN_RE.search(low):
                dense.append(("never_again", 1.0))
                cues.append("never_again")
            elif _LOYALTY_RE.search(low):
                cues.append("loyalty")
        sarcastic = (
            (not POSITIVE_OPENERS.isdisjoint(anchors) or not _PLAIN_THANKS.isdisjoint(anchors))
            and not NEGATIVE_EVENTS.isdisjoint(tokset)
            and _SARCASM_RE.match(low) is not None
            and not thanks_again(low)  # "thanks again for sorting my seat": the thanks repeated
        ) or (not _SARCASM_ANCHORS.isdisjoint(anchors) and _SARCASM_MARKERS_RE.search(low) is not None)
        # ... and the idiom's other shapes and languages ("danke @brand für nix", thanks_nothing.py)
        sarcastic = sarcastic or (not NOTHING_TOKENS.isdisjoint(anchors) and thanks_for_nothing(low))
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
    dense, cues, _ = dense_and_cues(norm, tokset, cats)
    lp, ln = _lexicon_valence(tokens, lexicon)
    if lp:
        dense.append(("lex_pos", lp / 4.0))
    if ln:
        dense.append(("lex_neg", ln / 4.0))
    if not NEGATORS.isdisjoint(tokset) and any(map(lexicon.get, negated_tokens(tokens))):
        cues.append("negation")  # same rule as the fused path: a negated valence word
    sparse = tuple(_sparse_keys(norm, tokset, word_bigrams(tokens)))
    return Features(sparse, tuple(dense), tuple(cues))


# A one-word verdict signing off a report ("... sorted it in 10 mins. Respect 🙌", "Chapeau !",
# "Respekt, Leute.", "big respect to the chat team"): praise, as "Great." closing a failure is
# deadpan. Only as a sentence of its own: "with all due respect" and "respect my time" are not.
SIGNOFF_TOKENS = frozenset({"respect", "respekt", "respeto", "rispetto", "respeito", "chapeau", "props"})
_SIGNOFF_RE = re.compile(
    r"(?:^|[.!?…]\s+)(?:(?:much|big|huge|massive|mad|full|total|all|todo|mucho|tanto|molto|muito|großen|grossen)\s+)?"
    r"(?:respect|respekt|respeto|rispetto|respeito|chapeau|props)\b"
    r"(?:\s+(?:to|a|à|an|für|al|alla|ao|à)\s+[^.!?\n]{1,40}?)?(?:,?\s*(?:leute|gente|les gars|ragazzi|team))?"
    r"\s*[.!…]*\s*(?:[^\w\s]\s*)*$",
    re.IGNORECASE,
)


def praise_signoff(clean: str) -> bool:
    """The text closes on a sign-off of respect ("Respect 🙌", "Chapeau !"; ``clean``: the clean text)."""
    return _SIGNOFF_RE.search(clean) is not None
