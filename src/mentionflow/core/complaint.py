"""Complaint detection across industries: a small logistic regression that reads what the intent
rules read (the sentiment class probabilities, lexicon valence, the customer-service cues, the
keyword file's flags, the rules' own intent) plus words and word bigrams, trained on hand labels
of real tweets from many industries (`python -m mentionflow.tools.train_complaint`).

It settles complaint vs not where the rules are unsure: `Analyzer` turns a rule intent into a
complaint when P(complaint) >= `promote` (an information request at `promote_enquiry`), and a
rule complaint resting only on the polarity label into "not a complaint" when P(complaint) <=
`demote` (one naming a problem or a wait at `demote_protected`); in between the rules decide.
English only (the hand labels are English); other languages keep the rules. Inference is pure
Python: two dict lookups per token and per bigram, and one multiply per dense feature.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from math import exp
from pathlib import Path
from typing import Any

import orjson

from mentionflow.core.public_affairs import about_public_affairs

__all__ = [
    "COMPLAINT_DENSE",
    "COMPLAINT_FORMAT",
    "FAILURE_ASKED",
    "FIRM_CUES",
    "PROTECTING_CUES",
    "ComplaintModel",
    "complaint_dense",
    "impersonal_report",
    "is_firm",
    "is_protected",
    "load_complaint_model",
    "personal_venting",
    "report_shaped",
    "settle_intent",
    "upbeat_text",
]

COMPLAINT_FORMAT = "mentionflow-complaint/1"
DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "complaint_model.json"

# Cues (from `features.dense_and_cues_of` and `decide_intent`) the model reads as 0/1.
_CUES = (
    "unmet", "long_wait", "on_hold", "still_waiting", "cancelled", "never_again", "sarcasm", "irony", "profanity",
    "negation",
)  # fmt: skip
# A rule complaint resting on one of these (a wait, an unmet expectation, irony) is never demoted.
PROTECTING_CUES = frozenset(_CUES[:8])
# ... and one resting on sarcasm or irony is never demoted, whatever P says (the model reads the
# words, which praise).
# ... nor one resting on a wait at a place where one only waits ("4 hours at the gate", irony_cues.wait_span).
# ... nor one resting on a verdict on a price ("£15 for a bag, daylight robbery", core/fee_verdicts.py).
# ... nor one wishing for what the product owes ("would be great if it worked", core/wished_fix.py).
FIRM_CUES = frozenset(["sarcasm", "irony", "waited", "fee_verdict", "wished_fix", "contrast_failure"])
# Sarcasm or irony is firm only about something: a failure named (the keyword file, a wait or an
# unmet cue) or a mention addressed to someone (an @handle). Irony at no one about nothing that
# failed ("LOVING my new e-reader", "can't wait for the festival... yes please") is the mood of a
# personal post, the model may read it (as a protected complaint, at P <= demote_protected).
_IRONIC = frozenset(["sarcasm", "irony"])
_FAILURE_FIRM = FIRM_CUES - _IRONIC
_FAILURE_CUES = PROTECTING_CUES - _IRONIC


def is_firm(
    cues: Iterable[str],
    named_problem: bool,
    addressed: bool,
    tokens: AbstractSet[str] | None = None,
    upbeat: bool = False,
) -> bool:
    """Whether a rule complaint's cues keep it whatever P says (`FIRM_CUES`, irony only about
    something). Sarcastic thanks ("thanks for declining my card") speak to someone: firm. Without
    `tokens` irony is always firm. Irony in an `upbeat_text` said or thanked to no one is never
    firm: it contrasts nothing ("easily the most amazing thing I've used", "can't wait for the festival")."""
    cs = cues if isinstance(cues, AbstractSet) else frozenset(cues)
    if not _FAILURE_FIRM.isdisjoint(cs):
        return True
    if _IRONIC.isdisjoint(cs):
        return False
    if tokens is None or addressed or not _THANKS.isdisjoint(tokens):
        return True
    if upbeat:
        return False
    return named_problem or not _FAILURE_CUES.isdisjoint(cs)


# Sarcasm praises a negative situation ("love waiting 3 hours"); a post with no negative read in
# it at all (the sentiment model's P(negative) below this, no negative lexicon word, no failure,
# complaint, major or insult flag, no wait or unmet cue, no sum paid or reference number) has none
# to praise: whatever the irony cue read, it is upbeat.
UPBEAT_P_NEG = 0.15
_NEGATIVE_FLAGS = frozenset(["failure", "complaint", "major", "insult"])


def upbeat_text(p_neg: float, ln: float, flags: AbstractSet[str], cues: Iterable[str], detail: bool = False) -> bool:
    """No negative situation read anywhere in the text (see `UPBEAT_P_NEG`); `detail`: it names
    a sum or a reference number (`core.concrete_detail`: "love paying £12 in fees")."""
    if detail or p_neg >= UPBEAT_P_NEG or ln < 0.0 or not _NEGATIVE_FLAGS.isdisjoint(flags):
        return False
    return _FAILURE_CUES.isdisjoint(cues)


def is_protected(cues: Iterable[str], named_problem: bool, upbeat: bool = False) -> bool:
    """Whether a rule complaint is demoted only at P <= demote_protected: it names a problem or
    carries a protecting cue. Not by irony or the problem words in an `upbeat_text` (the cue
    read a problem into praise: "flew down my street"), only by a wait or an unmet cue there."""
    cs = cues if isinstance(cues, AbstractSet) else frozenset(cues)
    if upbeat and not _IRONIC.isdisjoint(cs):
        return not _FAILURE_CUES.isdisjoint(cs)
    return named_problem or not PROTECTING_CUES.isdisjoint(cs)


def personal_venting(
    intent: str,
    severity: str | None,
    flags: AbstractSet[str],
    named_problem: bool,
    addressed: bool,
    cues: Iterable[str],
) -> bool:
    """A rule complaint or rant about the writer's own life: it names an everyday gripe (the
    keyword file's `everyday_gripes` flag: exams, the dentist, a fever, insect bites) and nothing
    of a product, service or brand (no keyword-file problem, failure, complaint phrase or insult,
    no @handle), with no wait, unmet expectation or firm cue ("Math review. I'm going to fail the
    exam", "my wrist still hurts, I HATE the dentist"). Venting, not a customer's complaint: any
    language (the lists are per language). Irony aims at someone ("left the parcel in the rain,
    a genius"): not venting."""
    if intent not in ("complaint", "rant") or severity == "major" or named_problem or addressed:
        return False
    if "everyday" not in flags or not _NEGATIVE_FLAGS.isdisjoint(flags):
        return False
    return FIRM_CUES.isdisjoint(cues) and PROTECTING_CUES.isdisjoint(cues)


_RULE_INTENTS = ("complaint", "rant", "question", "praise", "spam", "other")
_FLAGS = ("major", "praise", "insult", "complaint", "failure", "resolved")  # the keyword file's
COMPLAINT_DENSE: tuple[str, ...] = (
    "p_neg",
    "p_pos",
    "lex_pos",
    "lex_neg",
    "irony",
    *(f"cue_{c}" for c in _CUES),
    "kw_major",
    "kw_praise",
    "kw_insult",
    "kw_complaint",
    "kw_failure",
    "kw_resolved",
    "kw_hits",
    "question",
    "shouting",
    *(f"rule_{i}" for i in _RULE_INTENTS),
    "rule_major",
    *(f"grp_{g}" for g in ("problem", "neg_function", "persist", "bad", "help", "why", "thanks", "working")),
    "first_person",
    "news",
    "short",
)

# Word groups that pool evidence across industries (a few hundred labels cannot give every
# problem word its own weight): what went wrong, a function that failed, it persists, a bad
# verdict, a plea, a "why", thanks, a fix. Tokens as `normalise` emits them (no apostrophes).
_GROUPS: tuple[frozenset[str], ...] = (
    frozenset(
        [
            "error",
            "errors",
            "issue",
            "issues",
            "problem",
            "problems",
            "glitch",
            "bug",
            "bugs",
            "crash",
            "crashed",
            "crashes",
            "crashing",
            "freeze",
            "freezes",
            "freezing",
            "frozen",
            "stuck",
            "broken",
            "broke",
            "down",
            "outage",
            "outages",
            "fail",
            "failed",
            "failing",
            "fails",
            "failure",
            "wrong",
            "missing",
            "lost",
            "declined",
            "locked",
            "hacked",
            "overcharged",
            "charged",
            "late",
            "delayed",
            "delay",
            "cancelled",
            "canceled",
            "waiting",
            "slow",
            "lag",
            "lagging",
            "drain",
            "draining",
            "dead",
            "dying",
            "overheating",
            "disappeared",
            "deleted",
            "gone",
            "damaged",
            "faulty",
            "defective",
            "invalid",
            "unavailable",
            "disconnected",
            "dropped",
            "dropping",
            "spam",
            "scam",
        ]
    ),
    frozenset(
        [
            "work",
            "works",
            "working",
            "load",
            "loading",
            "open",
            "opening",
            "connect",
            "connecting",
            "sign",
            "log",
            "access",
            "receive",
            "received",
            "get",
            "see",
            "find",
            "use",
            "play",
            "download",
            "install",
            "update",
            "send",
            "pay",
            "redeem",
            "reset",
            "recover",
            "order",
            "buy",
            "change",
            "register",
            "start",
            "turn",
            "charge",
            "sync",
            "stream",
            "hear",
            "print",
            "scan",
            "arrive",
            "arrived",
            "deliver",
            "delivered",
            "ship",
            "shipped",
            "show",
            "showing",
            "respond",
            "responded",
            "reply",
            "replied",
            "answer",
            "help",
            "fix",
            "fixed",
            "accept",
            "accepted",
            "let",
            "allow",
        ]
    ),
    frozenset(["keeps", "kept", "keep", "again", "still", "anymore", "every", "constantly", "always"]),
    frozenset(
        [
            "worst",
            "terrible",
            "awful",
            "horrible",
            "disgusting",
            "ridiculous",
            "unacceptable",
            "disappointed",
            "disappointing",
            "rubbish",
            "crap",
            "sucks",
            "suck",
            "useless",
            "poor",
            "pathetic",
            "joke",
            "shit",
            "shitty",
            "garbage",
            "trash",
            "annoying",
            "annoyed",
            "frustrating",
            "frustrated",
            "furious",
            "angry",
            "upset",
            "shame",
            "bad",
        ]
    ),
    frozenset(
        ["help", "fix", "sort", "resolve", "assist", "refund", "compensation", "asap", "urgent", "please", "pls", "plz"]
    ),
    frozenset(["why", "whats", "wtf", "wth"]),
    frozenset(["thanks", "thank", "thx", "ty", "cheers", "appreciate", "appreciated", "grateful"]),
    frozenset(["fixed", "sorted", "resolved", "solved"]),
)
_PROBLEM = _GROUPS[0]
PROBLEM_WORDS = _PROBLEM  # aimless.py: what went wrong, named
_DO, _WORK = frozenset(("do", "does")), frozenset(("work", "works"))  # "how does ... work?": a mechanism
# A question asking why, for the reason, for a thing back again or for money back presupposes that
# something went wrong ("is there any reason my order hasn't shipped?", "why was there no email?",
# "when can I access my run stats again?", "where do I claim a refund for the hotel I paid?"): the
# guidelines' complaint questions (docs/quality.md "Complaint labels"), promoted like one naming a problem.
FAILURE_ASKED = frozenset(["why", "reason", "again", "anymore", "refund", "reimburse", "reimbursement", "compensation"])
_SUPPOSED = frozenset(("if", "whether"))  # "check if my flight is delayed": a problem only supposed
_THANKS = _GROUPS[6]
_NEG_AUX = frozenset(
    [
        "cant",
        "cannot",
        "unable",
        "wont",
        "doesnt",
        "isnt",
        "didnt",
        "havent",
        "hasnt",
        "wasnt",
        "arent",
        "not",
        "never",
        "couldnt",
        "wouldnt",
        "dont",
        "aint",
        "no",
    ]
)
_FIRST_PERSON = frozenset(["i", "my", "me", "im", "ive", "id", "ill", "we", "our", "us", "mine", "myself"])
# Who speaks to whom: the author (first person) or someone spoken to (second person). A complaint
# is a customer's: what happened to them, or a verdict said to the brand.
_SECOND_PERSON = frozenset(["you", "your", "youre", "yours", "youve", "youll", "youd", "yourself", "u", "ur", "yall"])
_VOICED = _FIRST_PERSON | _SECOND_PERSON
# ... and a verdict, a plea, a "why", "again / still" make a complaint of a bare mention, voiced or not.
_BAD_VERDICT = _GROUPS[3] | frozenset(
    [
        "hopeless", "clueless", "incompetent", "confusing", "overpriced", "unreliable", "unusable", "buggy",
        "laggy", "dreadful", "atrocious", "appalling", "abysmal", "shocking", "lousy", "crappy", "worse", "hate",
        "hates", "hated", "downhill", "nightmare", "disaster", "mess", "disgrace", "nobody", "noone",
    ]
)  # fmt: skip
_VERDICT = _BAD_VERDICT | _GROUPS[2] | _GROUPS[4] | _GROUPS[5]
BAD_VERDICT_WORDS = _BAD_VERDICT | _GROUPS[2] | _GROUPS[5]  # aimless.py: a verdict, a why, "again" aim at something


def complaint_dense(
    p_neg: float,
    p_pos: float,
    lp: float,
    ln: float,
    irony: float,
    cues: Iterable[str],
    flags: AbstractSet[str],
    hits: int,
    question: bool,
    shouting: bool,
    rule_intent: str,
    rule_major: bool,
    tokset: frozenset[str],
    has_url: bool,
) -> list[float]:
    """The dense features in `COMPLAINT_DENSE` order (the trainer and `Analyzer` share this).
    Built with list comprehensions over a set of the cues: it runs once per scored mention."""
    cs = cues if isinstance(cues, (set, frozenset)) else frozenset(cues)
    problem, function, persist, bad, plea, why, thanks, working = [not g.isdisjoint(tokset) for g in _GROUPS]
    first = not _FIRST_PERSON.isdisjoint(tokset)
    out = [p_neg, p_pos, min(lp, 8.0) / 4.0, max(ln, -8.0) / 4.0, irony]
    out += [1.0 if c in cs else 0.0 for c in _CUES]
    out += [1.0 if f in flags else 0.0 for f in _FLAGS]
    out += [min(hits, 3) / 3.0, float(question), float(shouting)]
    out += [1.0 if rule_intent == i else 0.0 for i in _RULE_INTENTS]
    out += [float(rule_major), float(problem), float(function and not _NEG_AUX.isdisjoint(tokset)), float(persist)]
    out += [float(bad), float(plea), float(why), float(thanks), float(working), float(first)]
    out += [float(has_url and not first), float(len(tokset) <= 3)]
    return out


@dataclass(frozen=True, slots=True)
class ComplaintModel:
    """Binary logistic regression: P(complaint) from words, bigrams and `COMPLAINT_DENSE`."""

    words: Mapping[str, float]
    bigrams: Mapping[tuple[str, str], float]
    dense: tuple[float, ...]
    bias: float
    promote: float  # a rule "not a complaint" becomes a complaint at P >= promote
    demote: float  # a rule complaint stops being one at P <= demote
    meta: Mapping[str, Any]
    # an information request (a rule question) becomes a complaint at P >= promote_enquiry (> 1: never)
    promote_enquiry: float = 2.0
    # a rule complaint naming a problem or carrying a wait / unmet / irony cue stops being one at
    # P <= demote_protected (< 0: never); major complaints and rants at someone never do
    demote_protected: float = -1.0
    # a rant that addresses no one (no @handle) stops being one at P <= demote_rant (< 0: never):
    # abuse with no product at fault, sport, politics, the dentist
    demote_rant: float = -1.0

    @classmethod
    def from_dict(cls, obj: Mapping[str, Any]) -> ComplaintModel:
        if obj.get("format") != COMPLAINT_FORMAT:
            raise ValueError("not a mentionflow complaint model (format mismatch)")
        if tuple(obj["dense_features"]) != COMPLAINT_DENSE:
            raise ValueError("complaint model dense features do not match this code version")
        words: dict[str, float] = {}
        bigrams: dict[tuple[str, str], float] = {}
        for key, w in obj["sparse"].items():
            if " " in key:
                a, b = key.split(" ", 1)
                bigrams[(a, b)] = float(w)
            else:
                words[key] = float(w)
        dense = tuple(float(obj["dense"][name]) for name in COMPLAINT_DENSE)
        return cls(
            words, bigrams, dense, float(obj["bias"]), float(obj["promote"]), float(obj["demote"]), obj["meta"],
            float(obj.get("promote_enquiry", 2.0)), float(obj.get("demote_protected", -1.0)),
            float(obj.get("demote_rant", -1.0)),
        )  # fmt: skip

    def probability(self, tokens: Iterable[str], bigrams: Iterable[tuple[str, str]], dense: list[float]) -> float:
        """P(complaint) of a mention from its distinct tokens, distinct bigrams and dense values."""
        words = sum(map(self.words.get, tokens, repeat(0.0)))
        return self.probability_of_sums(words, sum(map(self.bigrams.get, bigrams, repeat(0.0))), dense)

    def probability_of_sums(self, words: float, bigrams: float, dense: list[float]) -> float:
        """`probability` from the sums of the word and of the bigram weights (distinct tokens
        and bigrams, text order: the same additions, the same bits), as `TokenLookups` folds
        them into its per-token infos."""
        z = self.bias + words
        z += bigrams
        z += sum(map(float.__mul__, self.dense, dense))
        if z >= 0.0:
            return 1.0 / (1.0 + exp(-z))
        e = exp(z)
        return e / (1.0 + e)


@lru_cache(maxsize=4)
def load_complaint_model(path: Path | str | None = None) -> ComplaintModel | None:
    """The packaged complaint model (or the one at `path`); None if absent."""
    p = Path(path) if path is not None else DEFAULT_PATH
    if not p.is_file():
        return None
    return ComplaintModel.from_dict(orjson.loads(p.read_bytes()))


_REPORT_MIN_TOKENS = 8  # a headline is a sentence; "down again..." is a gripe trailing off


def report_shaped(clean: str, n_tokens: int, has_url: bool) -> bool:
    """A headline or a shared article: a link in it ({link} in the SXSW set), or cut off with an
    ellipsis ("Hackers can replace the Tesla app with a malicious one, steal logins stored in..."),
    long enough to be a sentence, and asking nothing."""
    if n_tokens < _REPORT_MIN_TOKENS or "?" in clean:  # "is the API broken? tweets lost...": a user asks
        return False
    end = clean.rstrip()
    return has_url or "{link}" in end or end.endswith(("\u2026", "..."))


def impersonal_report(
    tokens: AbstractSet[str],
    severity: str | None,
    cues: Iterable[str],
    named_problem: bool,
    addressed: bool,
    reported: bool = False,
) -> bool:
    """A minor complaint on the polarity label alone (no named problem, no protecting or firm cue)
    with no first or second person and no @handle: news, politics, a product's fate told in the
    third person, with no verdict word ("the update is awful" is a complaint). 'Comcast sucks' is a
    rant, not this. Where the text is `reported` (`report_shaped`: a headline with its link, an
    article cut off), a problem it names or a cancellation is the news, not the writer's own
    (docs/quality.md "Complaint labels": news is no complaint): still unvoiced, unaddressed, no
    verdict (nor "again / still / keeps": a user's gripe with a screenshot), no firm cue."""
    if addressed or severity == "major" or not _VOICED.isdisjoint(tokens):
        return False
    if not _VERDICT.isdisjoint(tokens):  # "the update is awful", "why is it so bad": a verdict on it
        return False
    cs = frozenset(cues)
    if not FIRM_CUES.isdisjoint(cs):
        return False
    if reported:  # "again / still / keeps" are verdict words above: a user's gripe with a screenshot
        return True
    return not named_problem and PROTECTING_CUES.isdisjoint(cs)


def settle_intent(
    p: float,
    model: ComplaintModel,
    intent: str,
    severity: str | None,
    category: str | None,
    label: str,
    question: bool,
    fallback_category: str,
    cues: Iterable[str],
    named_problem: bool = False,
    enquiry: bool = False,
    reliable: bool = True,
    addressed: bool = True,
    tokens: AbstractSet[str] | None = None,
    upbeat: bool = False,
    reported: bool = False,
) -> tuple[str, str | None, str | None]:
    """The rules' (intent, severity, category) after the model's P(complaint) `p`, where the
    rules are unsure: a rule complaint resting only on the polarity label stops being one at
    P <= demote; one naming a problem from the keyword file (`named_problem`) or carrying a wait or
    an unmet expectation only at P <= demote_protected (the model then reads no product at fault:
    news, politics, a joke), and only where the text is surely English (`reliable`: a two-word
    gripe in another language guessed English keeps its named problem); never a major one, nor
    one with sarcasm or irony (the model reads the praising words), nor a rant at someone
    (`addressed`: an @handle in it; abuse aimed at a brand is a negative verdict on it, which the
    complaint definition counts, and the hand labels hold too few rants at brands to let the model
    overrule that). A rant addressed to no one stops being one at P <= demote_rant: abuse the
    model reads with no product at fault (sport, politics, the dentist). A rule "other" or a question
    that is no information request (`enquiry`) becomes a complaint at P >= promote, an
    information request at P >= promote_enquiry unless it names a problem (`_GROUPS[0]`: then at
    promote) ("how do I get my refund?" asks about a failure;
    `Analyzer` never scores one looking for an option, a how-to by the rules' design). Praise and
    spam stay. A rule complaint resting on nothing but the polarity label that speaks from no one to no
    one (`tokens` without I / we / you, no @handle) is a report or commentary, not a customer's
    complaint ("Samsung axes the Note 7 after fires", "sad day... bankrupt GM"): never one, whatever P.
    Nor is one that talks public affairs (`core.public_affairs`: politics, elections, a bailout),
    unless major, firm, or a named failure told to someone (rants stay); nor is such a mention
    promoted. In an `upbeat` text said to no one, irony is neither firm nor protecting, and the
    keyword file's problem words do not protect (the cue fired on "down my street", "can't wait")."""
    voiced = tokens is None or intent != "complaint"
    if not voiced and impersonal_report(tokens or frozenset(), severity, cues, named_problem, addressed, reported):
        return ("praise" if label == "positive" else "question" if question else "other"), None, None
    upbeat = upbeat and tokens is not None and not addressed
    # Politics, elections, public money: general negativity, no complaint (core/public_affairs.py).
    # Not a major or a firm one, nor one telling someone of a named failure ("@Nimbus the app keeps
    # crashing since the election night update"); rants are left as they are (abuse at a brand).
    public = tokens is not None and about_public_affairs(tokens)
    if public and intent == "complaint":
        told_failure = addressed and (named_problem or not PROTECTING_CUES.isdisjoint(cues))
        if not (severity == "major" or told_failure or is_firm(cues, named_problem, addressed, tokens, upbeat)):
            return ("praise" if label == "positive" else "question" if question else "other"), None, None
    if intent in ("complaint", "rant"):
        if severity == "major" or p > model.demote:
            return intent, severity, category
        if intent == "rant" and (addressed or p > model.demote_rant):
            return intent, severity, category
        if is_firm(cues, named_problem, addressed, tokens, upbeat):
            return intent, severity, category
        protected = is_protected(cues, named_problem, upbeat)
        if protected and (p > model.demote_protected or not reliable):
            return intent, severity, category
        return ("praise" if label == "positive" else "question" if question else "other"), None, None
    # An information request naming what went wrong ("when will the server issues be fixed?", "any
    # update on the wifi dropping out?") asks about a failure: promoted like any other question. Not
    # where the problem may be only supposed ("how do I check if my flight is delayed?").
    # Nor where it asks how a thing works ("how does the data slow down after the cap work?").
    # So does one asking why, for the reason, for a thing back again, or for money back (`FAILURE_ASKED`).
    about_failure = (
        tokens is not None
        and not (_PROBLEM.isdisjoint(tokens) and FAILURE_ASKED.isdisjoint(tokens))
        and _SUPPOSED.isdisjoint(tokens)
        and not ("how" in tokens and not _DO.isdisjoint(tokens) and not _WORK.isdisjoint(tokens))
    )
    promote = model.promote_enquiry if enquiry and not about_failure else model.promote
    if intent in ("other", "question") and not public and p >= promote:
        return "complaint", "minor", category or fallback_category
    return intent, severity, category
