"""Complaint detection across industries: the hand-labelled set and its trainer.

    python -m mentionflow.tools.train_complaint --data /work/shared/data \\
        --out src/mentionflow/data/complaint_model.json

Labels: `tests/data/complaint_labels.csv` (source, key, domain, complaint), hand labels of real
tweets drawn by `scripts/complaint_pool.py`; the texts are read from the shared data at train /
evaluation time (TWCS is CC BY-NC-SA: only references are stored). Guidelines: docs/quality.md,
"Complaint labels".
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import orjson

from mentionflow.core.complaint import (
    COMPLAINT_DENSE,
    COMPLAINT_FORMAT,
    FAILURE_ASKED,
    ComplaintModel,
    impersonal_report,
    is_firm,
    is_protected,
    load_complaint_model,
    report_shaped,
    upbeat_text,
)
from mentionflow.core.concrete_detail import concrete_detail
from mentionflow.core.intent import is_enquiry
from mentionflow.core.lang import detect_language
from mentionflow.core.public_affairs import about_public_affairs
from mentionflow.core.sentiment import Analyzer
from mentionflow.core.text import normalise
from mentionflow.tools.train_sentiment import airline_split, default_data_dir

REPO_ROOT = Path(__file__).resolve().parents[3]
LABELS_PATH = REPO_ROOT / "tests" / "data" / "complaint_labels.csv"

# TWCS support handle (lower-cased) -> industry.
TWCS_INDUSTRY: dict[str, str] = {}
for _industry, _handles in {
    "telecom": "ask_spectrum tmobilehelp idea_cares o2 verizonsupport comcastcares safaricom_care sprintcare coxhelp "
    "glocare airtel_care att uscellularcares vmucare centurylinkhelp asktigogh",
    "retail": "amazonhelp tesco sainsburys marksandspencer aldiuk argoshelpers morrisons asktarget askebay walmart "
    "neweggservice sizehelpteam nikesupport moo",
    "food": "chipotletweets greggsofficial mcdonalds tacobellteam dunkindonuts arbyscares askpapajohns "
    "postmates_help doordash_help kfc_uki_help",
    "finance": "askpaypal askamex bofa_help askciti askrbc chasesupport askvisa ask_wellsfargo keybank_help",
    "electronics": "applesupport hpsupport dellcares askseagate asurioncares",
    "software": "microsofthelps adobecare dropboxsupport azuresupport twittersupport yahoocare scsupport "
    "godaddyhelp nortonsupport asksalesforce mediatemplehelp",
    "gaming": "xboxsupport askplaystation atviassist",
    "streaming": "spotifycares hulu_support pandorasupport googleplaymusic",
    "travel": "americanair southwestair delta british_airways airasiasupport alaskaair virginatlantic jetblue "
    "virginamerica airbnbhelp ihgservice kimpton hiltonhelp",
    "transport": "virgintrains gwrhelp sw_help londonmidland nationalrailenq tfl uber_support asklyft upshelp",
}.items():
    for _h in _handles.split():
        TWCS_INDUSTRY[_h] = _industry

_HANDLE = re.compile(r"@([A-Za-z]\w+)")
# General tweets about a product or a company (tweeteval holds all topics).
_PRODUCT_WORDS = re.compile(
    r"\b(?:iphone|ipad|apple|samsung|galaxy|google|android|amazon|netflix|xbox|playstation|ps4|microsoft|windows|"
    r"uber|lyft|verizon|comcast|at&t|sprint|t-mobile|starbucks|mcdonald'?s|walmart|target|nike|adidas|airline|"
    r"flight|delivery|customer service|app|update|wifi|internet|phone|laptop|order|store|bank|insurance)\b",
    re.IGNORECASE,
)


# UMSAB stores non-ASCII characters as literal \uXXXX escapes.
_UESC = re.compile(r"\\u([0-9a-fA-F]{4})")


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _squash(text: str) -> str:
    return re.sub(r"https?://\S+|^rt @\w+:?|\s+", " ", text.lower()).strip()


def source_texts(data_dir: Path) -> dict[tuple[str, str], str]:
    """(source, key) -> text for every source the labels may reference."""
    out: dict[tuple[str, str], str] = {}
    twcs = data_dir / "twcs_customer_support"
    for name in ("twcs_random5000.csv", "spotifycares_inbound_requests.csv"):
        for r in _read(twcs / name):
            out[(name, r["tweet_id"])] = r["text"]
    for r in _read(data_dir / "sentiment140_test" / "sentiment140_test_with_header.utf8.csv"):
        out[("sentiment140", r["id"])] = r["text"]
    cf = data_dir / "crowdflower_brand_tweets"
    for r in _read(cf / "apple_twitter_sentiment_dfe.utf8.csv"):
        out[("crowdflower_apple", r["_unit_id"])] = r["text"]
    for i, r in enumerate(_read(cf / "sxsw_brand_product_emotion.utf8.csv")):
        out[("sxsw", str(i))] = r["tweet_text"]
    for i, r in enumerate(_read(data_dir / "tweeteval" / "sentiment_test.csv")):
        out[("tweeteval_sentiment_test", str(i))] = r["text"]
    umsab = data_dir / "umsab_multilingual_sentiment" / "english" / "train_text.txt"
    if umsab.is_file():  # SemEval-2017 TRAIN split (general tweets): fitted on
        for i, line in enumerate(umsab.read_text(encoding="utf-8").split("\n")):
            out[("umsab_english_train", str(i))] = _UESC.sub(lambda m: chr(int(m.group(1), 16)), line).strip()
    return out


def pool_rows(data_dir: Path, rng: random.Random, per_industry: int = 80) -> Iterator[tuple[str, str, str, str]]:
    """The labelling pool: (source, key, domain, text), shuffled within each domain."""
    seen: set[str] = set()

    def fresh(text: str) -> bool:
        key = _squash(text)
        if not key or key in seen:
            return False
        seen.add(key)
        return True

    twcs = data_dir / "twcs_customer_support"
    by_domain: dict[str, list[tuple[str, str, str, str]]] = {}
    for name in ("twcs_random5000.csv", "spotifycares_inbound_requests.csv"):
        for r in _read(twcs / name):
            if r["inbound"] != "True":
                continue
            handles = _HANDLE.findall(r["text"])
            industry = TWCS_INDUSTRY.get(handles[0].lower()) if handles else None
            if industry is None or (name.startswith("spotify") and industry != "streaming"):
                continue
            by_domain.setdefault(industry, []).append((name, r["tweet_id"], industry, r["text"]))
    spotify = [row for row in by_domain.get("streaming", []) if row[0].startswith("spotify")]
    others = [row for row in by_domain.get("streaming", []) if not row[0].startswith("spotify")]
    rng.shuffle(spotify)
    by_domain["streaming"] = others + spotify[: max(0, per_industry - len(others))]
    general: dict[str, tuple[list[tuple[str, str, str, str]], int]] = {}
    s140 = [
        ("sentiment140", r["id"], "sentiment140", r["text"])
        for r in _read(data_dir / "sentiment140_test" / "sentiment140_test_with_header.utf8.csv")
    ]
    general["sentiment140"] = (s140, 200)
    cf = data_dir / "crowdflower_brand_tweets"
    apple = [
        ("crowdflower_apple", r["_unit_id"], "apple_crowd", r["text"])
        for r in _read(cf / "apple_twitter_sentiment_dfe.utf8.csv")
        if r["sentiment"] != "not_relevant"
    ]
    general["apple_crowd"] = (apple, 150)
    sxsw = [
        ("sxsw", str(i), "sxsw", r["tweet_text"])
        for i, r in enumerate(_read(cf / "sxsw_brand_product_emotion.utf8.csv"))
    ]
    general["sxsw"] = (sxsw, 100)
    te = [
        ("tweeteval_sentiment_test", str(i), "tweeteval", r["text"])
        for i, r in enumerate(_read(data_dir / "tweeteval" / "sentiment_test.csv"))
        if _PRODUCT_WORDS.search(r["text"])
    ]
    general["tweeteval"] = (te, 100)
    for domain in sorted(by_domain):
        rows = by_domain[domain]
        rng.shuffle(rows)
        yield from [row for row in rows if fresh(row[3])][:per_industry]
    for domain in sorted(general):
        rows, n = general[domain]
        rng.shuffle(rows)
        yield from [row for row in rows if fresh(row[3])][:n]


# --- the labelled set ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ComplaintExample:
    text: str
    complaint: int
    domain: str
    source: str
    key: str


def load_complaint_set(data_dir: Path, path: Path = LABELS_PATH) -> list[ComplaintExample]:
    """The hand labels with their texts (rows whose source is absent are skipped)."""
    if not path.is_file() or not (data_dir / "twcs_customer_support").is_dir():
        return []
    texts = source_texts(data_dir)
    out = []
    for r in _read(path):
        text = texts.get((r["source"], r["key"]))
        if text is not None:
            out.append(ComplaintExample(text, int(r["complaint"]), r["domain"], r["source"], r["key"]))
    return out


def weak_airline(data_dir: Path) -> list[ComplaintExample]:
    """The airline TRAIN split as weak labels (crowd-negative = complaint); never its test split."""
    train, _ = airline_split(data_dir)
    return [ComplaintExample(r.text, int(r.label == "negative"), WEAK_DOMAIN, "airline_train", "") for r in train]


def general_negatives(data_dir: Path, hand: Sequence[ComplaintExample] = ()) -> list[ComplaintExample]:
    """General tweets from shared TRAIN / validation splits only (SemEval-2017 via UMSAB English
    train and val, tweeteval sentiment val, tweeteval irony train; never a test split) as weak
    "not a complaint" rows: all topics, brands rare, so about 19 in 20 are no complaint (the hand
    labels of such tweets: 15 complaints in 200 of tweeteval's product-word rows). Texts already
    hand-labelled are left out."""
    umsab = data_dir / "umsab_multilingual_sentiment" / "english"
    texts: list[str] = []
    for split in ("train", "val"):
        path = umsab / f"{split}_text.txt"
        if path.is_file():
            lines = path.read_text("utf-8").split("\n")
            texts += [_UESC.sub(lambda m: chr(int(m.group(1), 16)), t).strip() for t in lines]
    te = data_dir / "tweeteval"
    if (te / "sentiment_val.csv").is_file():
        texts += [r["text"] for r in _read(te / "sentiment_val.csv")]
    if (te / "irony" / "train_text.txt").is_file():
        texts += (te / "irony" / "train_text.txt").read_text("utf-8").split("\n")
    seen = {_squash(r.text) for r in hand}
    out = []
    for i, t in enumerate(texts):
        key = _squash(t)
        if key and key not in seen:
            seen.add(key)
            out.append(ComplaintExample(t.strip(), 0, GENERAL_DOMAIN, "general_train", str(i)))
    return out


WEAK_DOMAIN = "airline (weak, train split)"
GENERAL_DOMAIN = "general tweets (weak, train splits)"
# ... at this weight (0: off). Measured s18 (2026-12-07), with two more dense word groups (public
# affairs: politics, war, elections; personal life: Mondays, exams, the dentist, a hangover) that
# were tried with it: at 0.1 (5,200 rows weigh about as much as 500 hand labels) LODO shipped rose
# 0.764 -> 0.766 mean, 0.788 -> 0.800 pooled, the general-negativity folds most (sentiment140 0.707
# -> 0.749, tweeteval 0.507 -> 0.570) while telecom fell 0.802 -> 0.736. But the rows are all
# "not a complaint" and all general Twitter, so the model also learnt tweet *style* against care
# tweets: short plain care complaints lost P ("curry arrived cold, lid half off" 0.45 -> 0.29,
# "promo code rejected at checkout even though it's in date" 0.46 -> 0.20) and were demoted, one
# holdout scenario flipped (a serial venter's history lost two complaints). Negative rows only
# (683, at 0.1 / 0.3 / 1.0) did the same. Off until weak *complaints* of the same style (e.g.
# crowd-negative airline train rows, `weak_airline`) balance it and every scenario holds.
GENERAL_WEIGHT = 0.0
# Hand-labelled rows whose texts come from a shared set's TEST split: evaluated on (their own
# LODO fold), never fitted on, in any fold or in the shipped model.
TEST_SOURCES = frozenset({"sentiment140", "tweeteval_sentiment_test"})
# Hand-labelled rows fitted in every fold and never held out: general tweets from a shared set's
# TRAIN split (SemEval-2017 via UMSAB English train: its negative tweets naming a product or a
# service, a sample of its neutral / positive ones that do, and of its negative ones that do not:
# politics, sport, everyday venting). They teach the model the general negativity that is no
# complaint, which the TWCS industries hold too little of. (200 more drawn where the intent rules
# call a complaint lifted LODO further, but cost the CrowdFlower Apple crowd-proxy floor: dropped.)
TRAIN_ONLY_DOMAINS = frozenset({"semeval_train"})
# ... at this weight (0: not fitted at all). With 123 rows it was off (at 0.5 LODO did not move and a
# sample-routing complaint was demoted). s22 labelled 420 more (543, 13 complaints). Fitted at 1.0
# they cut the general tweets called complaints (2-fold CV 138 -> 91 of 543) and lifted the
# test-only general domains, but the refit (any refit: the shipped artefact predates rules it now
# feeds) moves short care complaints across the thresholds ("engineer no-show", "promo code
# rejected") and a repeat-complainer scenario: off until those hold by rule.
TRAIN_ONLY_WEIGHT = 0.0


def _row_weight(r: ComplaintExample) -> float:
    return TRAIN_ONLY_WEIGHT if r.domain in TRAIN_ONLY_DOMAINS else 1.0


# SemEval-2016/2017 collected its tweets by date words ("Friday", "tomorrow", "the 3rd", "May"),
# so in those rows a date word marks the sample, not the meaning: their word and bigram features
# with one are left out (at full weight "tomorrow" learnt -0.7 and demoted "it's NOT in my
# account. Rent goes out tomorrow").
_COLLECTION_WORD = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"today|tonight|tonite|tomorrow|yesterday|weekend|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth)"
)


def _training_feats(r: ComplaintExample, f: Featurised) -> Featurised:
    """A row's features as fitted: a train-only row's date words (its collection keys) dropped."""
    if r.domain not in TRAIN_ONLY_DOMAINS and r.domain != GENERAL_DOMAIN:
        return f
    keep = {
        k: v
        for k, v in f.feats.items()
        if not k.startswith(("w:", "b:")) or not any(_COLLECTION_WORD.fullmatch(t) for t in k[2:].split(" "))
    }
    return replace(f, feats=keep)


# Held out, a domain also takes its own industry's weak rows out of the training folds.
RELATED = {"travel": WEAK_DOMAIN}


# --- features --------------------------------------------------------------------------------


class _Recorder(ComplaintModel):
    """Stands in for the model inside `Analyzer` and records what it would have been given."""

    __slots__ = ("seen",)
    seen: list[tuple[list[str], list[tuple[str, str]], list[float]]]

    def __init__(self) -> None:
        super().__init__({}, {}, (), 0.0, 2.0, -1.0, {})
        object.__setattr__(self, "seen", [])

    def probability(self, tokens: Iterable[str], bigrams: Iterable[tuple[str, str]], dense: list[float]) -> float:
        self.seen.append((list(tokens), list(bigrams), list(dense)))
        return 0.5


@dataclass(frozen=True, slots=True)
class Featurised:
    feats: dict[str, float]
    rule: int  # the rules' intent is complaint or rant
    english: bool  # the model was consulted (English, not spam)
    rule_intent: str = "other"
    protected: bool = False  # a major rule complaint, or one resting on a protecting cue
    enquiry: bool = False  # a rule question that is an information request
    fixed: bool = False  # the rules' decision stands unscored (praise, everyday gripe, promotion)
    firm: bool = False  # a major rule complaint or one with sarcasm / irony (never demoted)
    reliable: bool = True  # the language guess is sure (a protected complaint is demoted only then)
    addressed: bool = True  # an @handle in it (a rant at someone is never demoted)
    impersonal: bool = False  # `core.complaint.impersonal_report`: never a complaint
    public: bool = False  # `core.public_affairs.about_public_affairs`: politics, never a complaint


_DENSE_AT = {name: i for i, name in enumerate(COMPLAINT_DENSE)}
_FIXED_CUES = frozenset(["everyday_gripe", "personal_venting", "promotion", "bare_answer", "fix_confirmed"])


def featurise(texts: Sequence[str]) -> list[Featurised]:
    """The model's features of each text as `Analyzer` computes them, and the rules' decision."""
    rec = _Recorder()
    analyzer = Analyzer(complaint=rec)
    analyzer.score_every_complaint = True
    out = []
    for t in texts:
        norm = normalise(t)
        before = len(rec.seen)
        lang = detect_language(norm)
        a = analyzer.analyse(norm, lang)
        rule = int(a.intent in ("complaint", "rant"))
        if len(rec.seen) == before:
            out.append(Featurised({}, rule, False, a.intent))
            continue
        toks, bigrams, dense = rec.seen[-1]
        named = dense[COMPLAINT_DENSE.index("kw_hits")] > 0 or dense[COMPLAINT_DENSE.index("kw_failure")] > 0
        addressed = bool(norm.handles)
        flags = frozenset(n for n in ("failure", "complaint", "major", "insult") if dense[_DENSE_AT["kw_" + n]])
        ln = dense[_DENSE_AT["lex_neg"]]  # max(ln, -8) / 4: the same sign
        detail = concrete_detail(norm.clean)
        upbeat = not addressed and upbeat_text(dense[_DENSE_AT["p_neg"]], ln, flags, a.cues, detail)
        protected = a.severity == "major" or is_protected(a.cues, named, upbeat)
        firm = a.severity == "major" or is_firm(a.cues, named, addressed, set(toks), upbeat)
        f: dict[str, float] = {"w:" + t: 1.0 for t in toks}
        f.update(("b:" + a + " " + b, 1.0) for a, b in bigrams)
        f.update((name, v) for name, v in zip(COMPLAINT_DENSE, dense, strict=True) if v)
        # praise, an everyday gripe, personal venting (settle_intent), an advert: the rules' word stands
        fixed = a.intent == "praise" or not _FIXED_CUES.isdisjoint(a.cues)
        fixed = fixed or (a.intent == "question" and "looking_for_option" in a.cues)
        enquiry = a.intent == "question" and ("looking_for_option" in a.cues or is_enquiry(norm))
        reported = report_shaped(norm.clean, len(norm.tokens), bool(norm.urls))
        impersonal = a.intent == "complaint" and impersonal_report(
            set(toks), a.severity, a.cues, named, addressed, reported
        )
        public = about_public_affairs(set(toks))
        out.append(
            Featurised(
                f, rule, True, a.intent, protected, enquiry, fixed, firm, lang.reliable, addressed, impersonal, public
            )
        )
    rec.seen.clear()
    return out


# --- fitting ---------------------------------------------------------------------------------

C = 0.25
DENSE_SCALE = 2.0  # dense features fed larger: a smaller effective penalty than the n-grams
WEAK_WEIGHT = 0.0  # airline weak rows (crowd-negative = complaint): LODO showed no gain, so none
MIN_DF = 2


def _vectors(rows: Sequence[Featurised]) -> list[dict[str, float]]:
    return [{k: (v * DENSE_SCALE if not k.startswith(("w:", "b:")) else v) for k, v in r.feats.items()} for r in rows]


def fit(rows: Sequence[Featurised], y: Sequence[int], weights: Sequence[float]) -> tuple[Any, Any]:
    from collections import Counter

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vecs = _vectors(rows)
    df = Counter(k for v in vecs for k in v)
    keep = {k for k, n in df.items() if n >= MIN_DF or not k.startswith(("w:", "b:"))}
    vecs = [{k: v for k, v in d.items() if k in keep} for d in vecs]
    dv = DictVectorizer()
    x = dv.fit_transform(vecs)
    lr = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
    lr.fit(x, list(y), sample_weight=list(weights))
    return dv, lr


def predict(model: tuple[Any, Any], rows: Sequence[Featurised]) -> list[float]:
    dv, lr = model
    return [float(p) for p in lr.predict_proba(dv.transform(_vectors(rows)))[:, 1]]


def settle(
    p: float,
    f: Featurised,
    promote: float,
    demote: float,
    promote_enquiry: float | None = None,
    demote_protected: float | None = None,
    demote_rant: float | None = None,
) -> int:
    """`core.complaint.settle_intent` on complaint / not (the optional thresholds default to the
    shipped `PROMOTE_ENQUIRY`, `DEMOTE_PROTECTED` and `DEMOTE_RANT`)."""
    if not f.english or f.fixed:
        return f.rule
    pe = PROMOTE_ENQUIRY if promote_enquiry is None else promote_enquiry
    dp = DEMOTE_PROTECTED if demote_protected is None else demote_protected
    dr = DEMOTE_RANT if demote_rant is None else demote_rant
    if f.impersonal:
        return 0
    if f.public and (not f.rule or (f.rule_intent == "complaint" and not f.firm and not (f.protected and f.addressed))):
        return 0  # politics: a complaint demoted unless firm or a named failure told to someone; never promoted
    if f.rule:
        rant_kept = f.rule_intent == "rant" and (f.addressed or p > dr)
        return int(rant_kept or f.firm or p > demote or (f.protected and (p > dp or not f.reliable)))
    # One naming a problem, not only supposed ("check if ... delayed"): at `promote`.
    w = f.feats.get
    mechanism = w("w:how") and (w("w:do") or w("w:does")) and (w("w:work") or w("w:works"))  # "how does it work?"
    asked = w("grp_problem") or any(w("w:" + t) for t in FAILURE_ASKED)  # a problem named, or its cause asked
    about_failure = asked and not (w("w:if") or w("w:whether") or mechanism)
    sure_enquiry = f.enquiry and not about_failure
    return int(f.rule_intent in ("other", "question") and p >= (pe if sure_enquiry else promote))


def macro_f1(gold: Sequence[int], pred: Sequence[int]) -> float:
    f = []
    for lab in (1, 0):
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p != lab)
        f.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f) / 2


def _general_rows(
    general: Sequence[ComplaintExample], feats: Sequence[Featurised]
) -> tuple[list[Featurised], list[int], list[float]]:
    """The weak general rows as fitted (English ones only, date words dropped), in every fold."""
    if not GENERAL_WEIGHT:
        return [], [], []
    keep = [(r, f) for r, f in zip(general, feats, strict=True) if f.english]
    return [_training_feats(r, f) for r, f in keep], [r.complaint for r, _ in keep], [GENERAL_WEIGHT] * len(keep)


def lodo(
    rows: Sequence[ComplaintExample],
    feats: Sequence[Featurised],
    weak: Sequence[ComplaintExample] = (),
    weak_feats: Sequence[Featurised] = (),
    promote: float | None = None,
    demote: float | None = None,
    general: Sequence[ComplaintExample] = (),
    general_feats: Sequence[Featurised] = (),
) -> dict[str, dict[str, Any]]:
    """Leave one domain out: for each domain, fit on the others (and the weak rows unless related),
    test on it. Per domain: n, positives, macro-F1 of the rules, the model alone (P >= 0.5), and
    the rules settled by the model (what ships). `probs` keeps the held-out P for threshold tuning."""
    promote = PROMOTE if promote is None else promote
    demote = DEMOTE if demote is None else demote
    out: dict[str, dict[str, Any]] = {}
    gx, gy, gw = _general_rows(general, general_feats)
    for d in sorted({r.domain for r in rows} - TRAIN_ONLY_DOMAINS):
        tr = [i for i, r in enumerate(rows) if r.domain != d and r.source not in TEST_SOURCES and _row_weight(r)]
        te = [i for i, r in enumerate(rows) if r.domain == d]
        use_weak = RELATED.get(d) != WEAK_DOMAIN
        x = [_training_feats(rows[i], feats[i]) for i in tr] + (list(weak_feats) if use_weak else [])
        y = [rows[i].complaint for i in tr] + ([r.complaint for r in weak] if use_weak else [])
        w = [_row_weight(rows[i]) for i in tr] + ([WEAK_WEIGHT] * len(weak) if use_weak else [])
        x, y, w = x + gx, y + gy, w + gw
        model = fit(x, y, w)
        probs = predict(model, [feats[i] for i in te])
        gold = [rows[i].complaint for i in te]
        rule = [feats[i].rule for i in te]
        held = [feats[i] for i in te]
        out[d] = {
            "n": len(te),
            "positives": sum(gold),
            "rules": macro_f1(gold, rule),
            "model": macro_f1(gold, [int(p >= 0.5) for p in probs]),
            "settled": macro_f1(gold, [settle(p, f, promote, demote) for p, f in zip(probs, held, strict=True)]),
            "probs": probs,
            "gold": gold,
            "rule": rule,
            "feats": held,
        }
    return out


def pool_rows_2(data_dir: Path, rng: random.Random, taken: set[tuple[str, str]]) -> Iterator[tuple[str, str, str, str]]:
    """Second labelling batch: 40 more TWCS tweets per industry with enough left, and general
    tweets drawn from the crowd's negative rows (tweeteval negative with a product word, SXSW
    "Negative emotion") so that those domains hold enough complaints for a stable F1."""
    first = list(pool_rows(data_dir, random.Random(20261204), per_industry=10**6))
    seen = {_squash(t) for s, k, _, t in first if (s, k) in taken}
    by_domain: dict[str, list[tuple[str, str, str, str]]] = {}
    for row in first:
        if (row[0], row[1]) not in taken and row[2] not in ("sentiment140", "apple_crowd", "sxsw", "tweeteval"):
            by_domain.setdefault(row[2], []).append(row)
    for domain in sorted(by_domain):
        rows = by_domain[domain]
        rng.shuffle(rows)
        yield from rows[:40]
    cf = data_dir / "crowdflower_brand_tweets"
    general = {
        "tweeteval": [
            ("tweeteval_sentiment_test", str(i), "tweeteval", r["text"])
            for i, r in enumerate(_read(data_dir / "tweeteval" / "sentiment_test.csv"))
            if r["label_name"] == "negative" and _PRODUCT_WORDS.search(r["text"])
        ],
        "sxsw": [
            ("sxsw", str(i), "sxsw", r["tweet_text"])
            for i, r in enumerate(_read(cf / "sxsw_brand_product_emotion.utf8.csv"))
            if r["is_there_an_emotion_directed_at_a_brand_or_product"] == "Negative emotion"
        ],
    }
    for domain, n in (("sxsw", 60), ("tweeteval", 100)):
        rows = general[domain]
        rng.shuffle(rows)
        out = []
        for row in rows:
            key = _squash(row[3])
            if (row[0], row[1]) not in taken and key not in seen:
                seen.add(key)
                out.append(row)
        yield from out[:n]


# --- the fresh check ----------------------------------------------------------------------

# 200 real tweets drawn by scripts/complaint_fresh_pool.py from rows in no other label file and no
# test split (TWCS inbound by brand, SpotifyCares, CrowdFlower Apple, SXSW, SemEval-2017 TRAIN),
# labelled by hand before any model output was read (s20): a check nobody tuned on. Reporting
# only: never fitted on, never used to choose a threshold.
FRESH_PATH = REPO_ROOT / "tests" / "data" / "complaint_labels_fresh.csv"
# A second one (s22, 577 tweets, 300 complaints): batch 3 of scripts/complaint_pool_3.py, drawn the
# same way from rows in no other label file, labelled before any model output was read. Reporting
# only, like the first: never fitted on, never used to choose a threshold.
FRESH2_PATH = REPO_ROOT / "tests" / "data" / "complaint_labels_fresh2.csv"


def fresh_figures(data_dir: Path, errors: bool = False, path: Path | None = None) -> dict[str, Any]:
    """Macro-F1 on the fresh check of the rules alone, the shipped complaint model alone (P >= 0.5)
    and the shipped decision (`Analyzer` as it ships). Empty without the shared data. `path`:
    another reporting-only label file (FRESH2_PATH)."""
    rows = load_complaint_set(data_dir, path or FRESH_PATH)
    model = load_complaint_model()
    if not rows or model is None:
        return {}
    shipped, rules = Analyzer(), Analyzer(complaint=False)
    rec = _Recorder()  # the model's inputs, scored for every English text (the model alone)
    scorer = Analyzer(complaint=rec)
    scorer.score_every_complaint = True
    gold, rp, mp, sp, wrong = [], [], [], [], []
    domains: dict[str, list[int]] = {}
    for r in rows:
        norm = normalise(r.text)
        lang = detect_language(norm)
        a = shipped.analyse(norm, lang)
        s = int(a.intent in ("complaint", "rant"))
        ru = int(rules.analyse(norm, lang).intent in ("complaint", "rant"))
        before = len(rec.seen)
        scorer.analyse(norm, lang)
        p = model.probability(*rec.seen[-1]) if len(rec.seen) > before else None
        gold.append(r.complaint)
        sp.append(s)
        rp.append(ru)
        mp.append(ru if p is None else int(p >= 0.5))
        d = domains.setdefault(r.domain, [0, 0, 0])
        d[0], d[1], d[2] = d[0] + 1, d[1] + r.complaint, d[2] + int(s == r.complaint)
        if errors and s != r.complaint:
            wrong.append((r.complaint, r.domain, a.intent, p, r.text))
    rec.seen.clear()
    out: dict[str, Any] = {"n": len(gold), "positives": sum(gold), "rules": macro_f1(gold, rp)}
    out.update(model=macro_f1(gold, mp), settled=macro_f1(gold, sp), domains=domains)
    if errors:
        out["errors"] = wrong
    return out


# --- thresholds, export, command -------------------------------------------------------------

OLD_LABELS_PATH = REPO_ROOT / "tests" / "data" / "complaint_labels_twcs.csv"


def reported_keys() -> set[tuple[str, str]]:
    """(source, key) of the rows of the older TWCS table (complaint_labels_twcs.csv): kept out of
    the shipped model's training so that table stays held out."""
    if not OLD_LABELS_PATH.is_file():
        return set()
    return {(r["file"], r["tweet_id"]) for r in _read(OLD_LABELS_PATH)}


# The shipped thresholds: where on the LODO grid (`threshold_grid`) the model may move the rules.
# Until 2026-12-05 the gate was promote 0.8 / never demote, and the rules' complaints resting on
# nothing but the polarity label (news, politics, "sad day", a how-to with a negation in it) cost
# LODO 0.026 against the model alone. Error analysis per domain (docs/quality.md) showed those
# unprotected rule complaints the model reads at P < 0.5 are wrong about 4 times in 5. Demoting
# them at P <= 0.3 and promoting at P >= 0.6 keeps every care scenario (full trust, 0.5 / 0.5,
# demotes "order's 35 mins past the estimate, where is it" at P 0.32 and a repeat venter's rant);
# rants are never demoted (`settle_intent`).
# 2026-12-06: the model alone beat the shipped decision on LODO (0.765 vs 0.744 mean): the rules'
# complaints the model reads at 0.3 < P <= 0.5 are wrong about 2 times in 3, and so are those
# resting on a named problem or a wait / unmet cue that it reads at P <= 0.3 (tweeteval, SXSW and
# sentiment140: news, politics, jokes about a product recall); information requests it reads at
# P >= 0.6 are mostly about a failure ("how do I get my refund?"). Promote 0.5, demote 0.5,
# protected complaints at 0.3 (never those with sarcasm or irony: the model reads the praising
# words), information requests at 0.8 (at 0.6 / 0.7 a how-to that mentions bad signal in passing
# became a complaint: a care scenario flip): no care scenario flips.
PROMOTE = 0.5
DEMOTE = 0.5
# 2026-12-06 (s17): re-choosing these thresholds helps no held-out domain. Nested LODO (each
# domain's thresholds picked on the other 13 domains' held-out P, then scored on it) gave 0.751
# mean against 0.760 shipped: the grid's best (0.765 in-sample) is noise. What the model alone
# wins over the shipped decision is mostly rants and sarcasm the model reads at P < 0.5. Sarcasm
# stays firm (demoting it at 0.3 flipped 12 care scenarios, irony ones: the praise words). Rants with
# no @handle are NOT demoted (DEMOTE_RANT < 0: never), though it scores 0.762 / 0.790 against 0.760 / 0.787:
# on the general-tweet folds a rant with no handle is abuse at no brand, but every mention on
# mentions.raw reached us because it names a brand, handle or not ("imagine paying nimbus for the
# privilege of being miserable" is a rant at the brand; demoted, the sample's repeat ranter got a care case).
PROMOTE_ENQUIRY = 0.8
DEMOTE_PROTECTED = 0.3
DEMOTE_RANT = -1.0


def threshold_grid(res: Mapping[str, Mapping[str, Any]]) -> dict[tuple[float, float], float]:
    """Mean held-out macro-F1 of the settled decision per (promote, demote)."""
    out = {}
    for promote in (0.5, 0.6, 0.7, 0.8, 1.01):
        for demote in (-1.0, 0.2, 0.25, 0.3, 0.4, 0.5):
            m = [
                macro_f1(
                    f["gold"], [settle(p, h, promote, demote) for p, h in zip(f["probs"], f["feats"], strict=True)]
                )
                for f in res.values()
            ]
            out[(promote, demote)] = round(sum(m) / len(m), 4)
    return out


def export(model: tuple[Any, Any], promote: float, demote: float, meta: dict[str, Any]) -> dict[str, Any]:
    dv, lr = model
    coef = lr.coef_[0]
    sparse: dict[str, float] = {}
    dense = dict.fromkeys(COMPLAINT_DENSE, 0.0)
    for name, idx in dv.vocabulary_.items():
        w = float(coef[idx])
        if name.startswith(("w:", "b:")):
            if abs(w) >= 1e-4:
                sparse[name[2:]] = round(w, 4)
        else:
            dense[name] = round(w * DENSE_SCALE, 4)  # fed at DENSE_SCALE in training
    return {
        "format": COMPLAINT_FORMAT,
        "dense_features": list(COMPLAINT_DENSE),
        "sparse": dict(sorted(sparse.items())),
        "dense": dense,
        "bias": round(float(lr.intercept_[0]), 4),
        "promote": promote,
        "demote": demote,
        "promote_enquiry": PROMOTE_ENQUIRY,
        "demote_protected": DEMOTE_PROTECTED,
        "demote_rant": DEMOTE_RANT,
        "meta": meta,
    }


def train(data_dir: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """LODO report, thresholds tuned on it, then the shipped model fitted on every hand label
    except the older TWCS table's rows. Returns (artefact, LODO figures)."""
    rows = load_complaint_set(data_dir)
    if not rows:
        raise SystemExit(f"no complaint labels readable under {data_dir}")
    weak = weak_airline(data_dir) if WEAK_WEIGHT else []
    feats = featurise([r.text for r in rows])
    wfeats = featurise([r.text for r in weak]) if weak else []
    general = general_negatives(data_dir, rows) if GENERAL_WEIGHT else []
    gfeats = featurise([r.text for r in general])
    res = lodo(rows, feats, weak, wfeats, general=general, general_feats=gfeats)
    grid = threshold_grid(res)
    promote, demote = PROMOTE, DEMOTE
    for f in res.values():
        f["settled"] = macro_f1(
            f["gold"],
            [settle(p, h, promote, demote) for p, h in zip(f["probs"], f["feats"], strict=True)],
        )
    held = reported_keys()
    keep = [
        i
        for i, r in enumerate(rows)
        if (r.source, r.key) not in held and r.source not in TEST_SOURCES and _row_weight(r)
    ]
    x = [_training_feats(rows[i], feats[i]) for i in keep] + wfeats
    y = [rows[i].complaint for i in keep] + [r.complaint for r in weak]
    w = [_row_weight(rows[i]) for i in keep] + [WEAK_WEIGHT] * len(weak)
    gx, gy, gw = _general_rows(general, gfeats)
    model = fit(x + gx, y + gy, w + gw)
    table = {d: {k: f[k] for k in ("n", "positives", "rules", "model", "settled")} for d, f in res.items()}
    meta = {
        "trained_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d"),
        "data": "tests/data/complaint_labels.csv (hand labels of real tweets; texts from the shared data)",
        "n_train": len(keep),
        "n_positive": sum(y[: len(keep)]),
        "weak_airline_rows": len(weak),
        "general_rows": len(gx),
        "general_weight": GENERAL_WEIGHT,
        "train_only_rows": sum(1 for i in keep if rows[i].domain in TRAIN_ONLY_DOMAINS),
        "train_only_weight": TRAIN_ONLY_WEIGHT,
        "C": C,
        "dense_scale": DENSE_SCALE,
        "min_df": MIN_DF,
        "lodo": table,
        "lodo_mean": {
            k: round(sum(t[k] for t in table.values()) / len(table), 4) for k in ("rules", "model", "settled")
        },
        "threshold_grid": {f"{a}/{b}": v for (a, b), v in grid.items()},
    }
    return export(model, promote, demote, meta), res


def write_card(path: Path, art: Mapping[str, Any]) -> None:
    meta = art["meta"]
    lines = [
        "# Model card: complaint detection (`complaint_model.json`)",
        "",
        "**What it does.** `mentionflow.core.complaint.ComplaintModel` gives P(complaint) of an English "
        "mention: a complaint presents a state of affairs that breaches the writer's favourable expectation "
        "(Preotiuc-Pietro et al. 2019). `Analyzer` moves the intent rules' complaint-or-not decision only "
        f"where the model is confident: a rule non-complaint becomes a complaint at P >= {art['promote']} (an "
        f"information request at P >= {art['promote_enquiry']}), a rule complaint resting on the polarity label "
        f"alone stops being one at P <= {art['demote']}, one naming a problem from the keyword file or carrying "
        f"a wait / unmet cue at P <= {art['demote_protected']}, a rant with no @handle in it at P <= "
        f"{art['demote_rant']} (< 0: never, since every mention on a brand's stream names the brand); "
        "rants at someone, major complaints, complaints with sarcasm or irony, praise and spam stay as "
        "the rules said; other languages keep the rules.",
        "",
        "**How.** Binary logistic regression (scikit-learn at training time only; inference is two dict "
        "lookups per token and bigram plus one multiply per dense feature) over word unigrams and bigrams "
        f"(min df {meta['min_df']}) and {len(art['dense_features'])} dense features: the sentiment class "
        "probabilities, lexicon valence, irony, the customer-service cues, the keyword file's flags, the rules' "
        "own intent, and word groups that pool evidence across industries (a problem word, a negated function "
        "verb, persistence, a bad verdict, a plea, a why, thanks, a fix, first person, a link with no first "
        f"person, very short). C = {meta['C']}, dense features fed at x{meta['dense_scale']}, balanced classes.",
        "",
        f"**Data.** {meta['data']}: {meta['n_train']} rows ({meta['n_positive']} complaints) from TWCS "
        "industries and general tweets about brands (test-split rows excluded); the older TWCS table's 120 "
        "rows are left out so that table stays held out. "
        f"Of these, {meta['train_only_rows']} are general tweets from the SemEval-2017 TRAIN split (UMSAB "
        f"English train: negative tweets naming a product, a sample of other tweets), fitted at weight "
        f"{meta['train_only_weight']} in every fold with their date words left out (SemEval collected by "
        f"them) and never held out (general negativity that is no "
        f"complaint). Weak airline rows: {meta['weak_airline_rows']}. Guidelines: docs/quality.md, "
        '"Complaint labels".',
        "",
        "**Split.** Leave-one-domain-out for evaluation: each domain's hand labels are held out of the fold "
        "that tests them; the thresholds were chosen on these held-out predictions and on the older TWCS "
        "table (never trained on), under the constraint that no care scenario flips. Hand-labelled rows whose "
        "texts come from a shared set's test split (sentiment140 test, tweeteval sentiment test) are "
        "evaluated on and never fitted on, in any fold or in the shipped model.",
        "",
        "**Leave-one-domain-out** (fit on the other domains, test on this one), as measured when the model "
        "was trained; the rules have moved since, so today's shipped figures are in docs/quality.md "
        "(`mentionflow evaluate`):",
        "",
        "| domain | n | complaints | rules | model alone | rules + model (shipped) |",
        "|---|---|---|---|---|---|",
    ]
    for d, t in meta["lodo"].items():
        lines.append(
            f"| {d} | {t['n']} | {t['positives']} | {t['rules']:.3f} | {t['model']:.3f} | {t['settled']:.3f} |"
        )
    mean = meta["lodo_mean"]
    lines.append(f"| **mean** | | | {mean['rules']:.3f} | {mean['model']:.3f} | {mean['settled']:.3f} |")
    lines += ["", f"Trained {meta['trained_at']} by `python -m mentionflow.tools.train_complaint`.", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m mentionflow.tools.train_complaint")
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "data" / "complaint_model.json")
    args = ap.parse_args(argv)
    data_dir: Path = args.data or default_data_dir()
    art, _ = train(data_dir)
    args.out.write_bytes(orjson.dumps(art, option=orjson.OPT_INDENT_2))
    write_card(args.out.with_suffix(".md"), art)
    m = art["meta"]["lodo_mean"]
    print(
        f"wrote {args.out}: LODO mean macro-F1 rules {m['rules']:.3f}, "
        f"model {m['model']:.3f}, shipped {m['settled']:.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
