"""Would a learned signal trained on our own scenario texts generalise to a new blind set better than rules?

Research script (docs/learned-router-study.md); it changes no routing. For each held-out blind set N in
43..53 it trains a small text model (hashed word 1-2 + char 2-5 n-grams, tf-idf, logistic regression by
SGD, seeded) on the mention texts of the OTHER scenario folders, with labels from their expectations
(queue, intent: allowed values of an expect item about the mention itself; harm: flags.harm), predicts the
held-out set's mentions, and compares with the router's decision AT ARRIVAL (read from
/work/notes/hN-arrival.txt: a checked field is wrong on arrival iff a failure line names it) and today.

Three training protocols per held-out set:
  loso     all other folders (incl. sets written in the same session by sibling writers, and later ones)
  session  all folders except every blind set of N's writing session (19: h43-h51, 20: h52-h53)
  past     only folders written before N (the base scenarios and holdout1..N-1): what we could have
           trained on when N arrived

Usage: PYTHONPATH=src .venv/bin/python scripts/learned_router_study.py [--core-cache /tmp/core_today.json]
The router is run on the held-out sets once (about 2 min) to get today's values; they are cached.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.linear_model import SGDClassifier

SEED = 20
DATA = Path("tests/data")
NOTES = Path("/work/notes")
HELD = list(range(43, 54))
SESSION = {n: (19 if n <= 51 else 20) for n in HELD}
FIELDS = ("queue", "intent", "harm_flag", "harm")
THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95, 0.98)


def folder_index(name: str) -> int:
    """Writing order: tests/data/scenarios = 0, scenarios_holdout = 1, scenarios_holdoutN = N."""
    if name == "scenarios":
        return 0
    rest = name.removeprefix("scenarios_holdout")
    return int(rest) if rest else 1


@dataclass
class Item:
    folder: int
    scenario: str
    mention: str
    text: str
    meta: str
    labels: dict[str, list[Any]] = field(default_factory=dict)  # empty: a mention no expect item judges
    nocase: bool = False  # an expect item says it must open no case (noise, own post, look-alike)


def load_items() -> list[Item]:
    items: list[Item] = []
    for folder in sorted(DATA.glob("scenarios*")):
        if not folder.is_dir():
            continue
        idx = folder_index(folder.name)
        for path in sorted(folder.glob("*.yaml")):
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
            for sc in doc.get("scenarios") or []:
                sid = str(sc["id"])
                mentions = {str(m["id"]): m for m in sc.get("mentions") or []}
                by_mention: dict[str, dict[str, list[Any]]] = {mid: {} for mid in mentions}
                nocase = set()
                for exp in sc.get("expect") or []:
                    mid = str(exp["mention"])
                    # Only the case as it stands right after its own mention: what that text decides.
                    if not exp.get("case", True):
                        nocase.add(mid)
                    if str(exp.get("after", mid)) != mid or not exp.get("case", True) or mid not in mentions:
                        continue
                    for key in ("queue", "intent"):
                        if key in exp:
                            v = exp[key]
                            by_mention[mid][key] = list(v) if isinstance(v, list) else [v]
                    flags = exp.get("flags") or {}
                    if "harm" in flags:
                        by_mention[mid]["harm_flag"] = [bool(flags["harm"])]
                for mid, labels in by_mention.items():
                    # Writers add a harm flag almost only where they mean harm (98% True in h43-h53), so the
                    # flag alone is a biased sample. 'harm' adds the harm decision implied by the expected
                    # queue (contract: harm -> safety-escalations): all allowed queues safety -> True, none
                    # safety -> False; an explicit flag wins.
                    harm = labels.get("harm_flag")
                    queues = labels.get("queue")
                    if harm is None and queues:
                        if all(q == "safety-escalations" for q in queues):
                            harm = [True]
                        elif "safety-escalations" not in queues:
                            harm = [False]
                    if harm is not None:
                        labels["harm"] = harm
                    m = mentions[mid]
                    author = m.get("author") or {}
                    followers = int(author.get("followers") or 0)
                    meta = " ".join(
                        [
                            f"__ch_{m.get('channel', 'twitter')}",
                            f"__lang_{sc.get('language', 'en')}",
                            "__reply" if m.get("in_reply_to") else "__root",
                            "__verified" if author.get("verified") else "__unverified",
                            f"__fol{len(str(followers))}",
                        ]
                    )
                    items.append(Item(idx, sid, mid, str(m.get("text") or ""), meta, labels, mid in nocase))
    return items


# ---------------------------------------------------------------- arrival / today's router values

LINE = re.compile(r"^\s+(\S+?)(?: after (\S+))?: (.*)$")


def parse_failures(lines: list[str]) -> dict[tuple[str, str], dict[str, Any]]:
    """(scenario, mention) -> {field: router value} for each of our fields that FAILED; the
    router's value is None where the mention was in no case."""
    out: dict[tuple[str, str], dict[str, Any]] = defaultdict(dict)
    sid = ""
    for line in lines:
        if line.startswith(("PASS ", "FAIL ")):
            sid = line.split()[1]
            continue
        m = LINE.match(line)
        if not m or m.group(2):  # 'after' items are not labelled here
            continue
        mid, msg = m.group(1), m.group(3)
        if msg == "in no case":
            for f in FIELDS:
                out[(sid, mid)][f] = None
            continue
        q = re.match(r"(queue|intent) '([^']*)' not in", msg)
        if q:
            out[(sid, mid)][q.group(1)] = q.group(2)
            continue
        h = re.match(r"harm is (True|False), expected", msg)
        if h:
            out[(sid, mid)]["harm_flag"] = h.group(1) == "True"
    return out


def arrival(n: int) -> tuple[dict[str, bool], dict[tuple[str, str], dict[str, Any]]]:
    lines = (NOTES / f"h{n}-arrival.txt").read_text(encoding="utf-8").splitlines()
    passed = {ln.split()[1]: ln.startswith("PASS") for ln in lines if ln.startswith(("PASS ", "FAIL "))}
    return passed, parse_failures(lines)


def today_values(cache: Path) -> dict[str, dict[str, Any]]:
    """'scenario/mention' -> today's router {queue, intent, harm} right after that mention."""
    if cache.exists():
        return dict(json.loads(cache.read_text()))
    from mentionflow.tools import scenarios

    factory = scenarios.core_factory_from_settings()
    out: dict[str, dict[str, Any]] = {}
    for n in HELD:
        for _b, sc in scenarios.load_scenarios(DATA / f"scenarios_holdout{n}"):
            run = scenarios.run_scenario(factory, sc)
            sid = str(sc["id"])
            for mid, snap in run["after"].items():
                case = next((c for c in snap.values() if f"{sid}/{mid}" in c["mention_ids"]), None)
                out[f"{sid}/{mid}"] = (
                    {"queue": None, "intent": None, "harm": False}
                    if case is None
                    else {"queue": case["queue"], "intent": case["intent"], "harm": case.get("harm") is not None}
                )
    cache.write_text(json.dumps(out))
    return out


# ---------------------------------------------------------------- model


def features(items: list[Item]) -> sparse.csr_matrix:
    word = HashingVectorizer(n_features=2**20, ngram_range=(1, 2), alternate_sign=False, norm=None, lowercase=True)
    char = HashingVectorizer(
        n_features=2**20, analyzer="char_wb", ngram_range=(2, 5), alternate_sign=False, norm=None, lowercase=True
    )
    meta = HashingVectorizer(n_features=2**10, token_pattern=r"\S+", alternate_sign=False, norm=None, lowercase=False)
    texts = [it.text for it in items]
    return sparse.hstack(
        [word.transform(texts), char.transform(texts), meta.transform([it.meta for it in items])]
    ).tocsr()


def train_predict(
    x: sparse.csr_matrix, items: list[Item], train: np.ndarray, test: np.ndarray, key: str
) -> tuple[list[Any], np.ndarray]:
    """Model's top value and its probability for each test row (labels with several allowed values
    train one row per value, weighted 1/k)."""
    rows, ys, ws = [], [], []
    for i in train:
        allowed = items[i].labels.get(key)
        if not allowed:
            continue
        for v in allowed:
            rows.append(i)
            ys.append(str(v))
            ws.append(1.0 / len(allowed))
    tfidf = TfidfTransformer(sublinear_tf=True).fit(x[rows])
    clf = SGDClassifier(loss="log_loss", alpha=2e-6, max_iter=30, tol=None, random_state=SEED)
    clf.fit(tfidf.transform(x[rows]), ys, sample_weight=np.array(ws))
    proba = clf.predict_proba(tfidf.transform(x[test]))
    best = proba.argmax(axis=1)
    values: list[Any] = [clf.classes_[b] for b in best]
    if key.startswith("harm"):
        values = [v == "True" for v in values]
    return values, proba.max(axis=1)


def train_mask(items: list[Item], n: int, protocol: str) -> np.ndarray:
    f = np.array([it.folder for it in items])
    if protocol == "loso":
        keep = f != n
    elif protocol == "session":
        same = [m for m in HELD if SESSION[m] == SESSION[n]]
        keep = ~np.isin(f, same)
    else:  # past
        keep = f < n
    return np.where(keep)[0]


# ---------------------------------------------------------------- study


def norm(key: str, v: Any) -> Any:
    return bool(v) if key.startswith("harm") else (None if v is None else str(v))


def router_failed(key: str, it: Item, failed: dict[str, Any]) -> tuple[bool, Any]:
    """(failed on arrival?, the router's value then) for one labelled field of a mention."""
    if key == "harm":
        if "harm_flag" in it.labels:
            return router_failed("harm_flag", it, failed)
        if "queue" in failed:  # derived from the queue: the router's harm = it chose safety-escalations
            got = failed["queue"] == "safety-escalations"
            return got != it.labels["harm"][0], got
        return False, None
    if key in failed:
        return True, norm(key, failed[key])
    return False, None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--core-cache", type=Path, default=Path("/tmp/learned_core_today.json"))
    ap.add_argument("--protocols", default="loso,session,past")
    ap.add_argument("--real", action="store_true", help="only (f): fire rate on real tweets in /work/shared/data")
    args = ap.parse_args()
    if args.real:
        real_fire_rate()
        return
    np.random.seed(SEED)
    items = load_items()
    x = features(items)
    today = today_values(args.core_cache)
    labelled = [it for it in items if it.labels]
    print(f"mentions: {len(items)}; labelled: {len(labelled)} in {len({it.folder for it in labelled})} folders")
    for key in FIELDS:
        print(f"  with {key}: {sum(key in it.labels for it in items)}")

    # rec: one row per (held-out item, field): core arrival value/ok, today ok, model value/conf per protocol
    recs: list[dict[str, Any]] = []
    # escalations the override would make where no queue check can score them (cost unseen by (c))
    unscored: dict[tuple[str, str], int] = defaultdict(int)
    for n in HELD:
        passed, fails = arrival(n)
        test = np.array([i for i, it in enumerate(items) if it.folder == n])
        preds: dict[tuple[str, str], tuple[list[Any], np.ndarray]] = {}
        # trivial baseline: the most common (first allowed) training value, LOSO training set
        loso = train_mask(items, n, "loso")
        majority = {
            key: Counter(norm(key, items[i].labels[key][0]) for i in loso if key in items[i].labels).most_common(1)[0][
                0
            ]
            for key in FIELDS
        }
        for protocol in args.protocols.split(","):
            tr = train_mask(items, n, protocol)
            for key in FIELDS:
                preds[(protocol, key)] = train_predict(x, items, tr, test, key)
        for j, i in enumerate(test):
            it = items[i]
            if "queue" not in it.labels:
                now0 = today.get(f"{it.scenario}/{it.mention}") or {}
                kind = "no-case mention" if it.nocase else "unchecked mention"
                unscored[("all", kind + "s")] += 1
                for protocol in args.protocols.split(","):
                    vals, conf = preds[(protocol, "queue")]
                    if vals[j] == "safety-escalations" and conf[j] >= 0.8 and now0.get("queue") != vals[j]:
                        unscored[(protocol, kind)] += 1
            failed = fails.get((it.scenario, it.mention), {})
            now = today.get(f"{it.scenario}/{it.mention}", {})
            for key in FIELDS:
                if key not in it.labels:
                    continue
                allowed = [norm(key, v) for v in it.labels[key]]
                if key == "harm" and "harm_flag" not in it.labels and now:
                    now = {**now, "harm": now.get("queue") == "safety-escalations"}
                bad, got = router_failed(key, it, failed)
                if bad:
                    core, core_ok = got, False
                else:
                    t = norm(key, now.get(key)) if now else None
                    core = t if t in allowed else allowed[0]  # passed: one of the allowed (today's if so)
                    core_ok = True
                rec = {
                    "set": n,
                    "scenario": it.scenario,
                    "mention": it.mention,
                    "key": key,
                    "allowed": allowed,
                    "scen_pass": passed.get(it.scenario, True),
                    "core": core,
                    "core_ok": core_ok,
                    "today_ok": (norm(key, now.get(key.removesuffix("_flag"))) in allowed) if now else None,
                    "majority": majority[key],
                }
                for protocol in args.protocols.split(","):
                    vals, conf = preds[(protocol, key)]
                    rec[f"{protocol}_v"] = norm(key, vals[j])
                    rec[f"{protocol}_p"] = float(conf[j])
                recs.append(rec)
    report(recs, args.protocols.split(","))
    print("\n(e) held-out mentions no queue check scores: the model says safety-escalations at p >= 0.8 where")
    print("    today's router does not (the cost of 'queue -> safety' that (c) and (d) cannot see)")
    print(
        f"    {unscored[('all', 'unchecked mentions')]} unchecked mentions (no queue check on them),"
        f" {unscored[('all', 'no-case mentions')]} mentions expected to open no case"
    )
    for protocol in args.protocols.split(","):
        print(
            f"    {protocol:8} unchecked: {unscored[(protocol, 'unchecked mention')]:3d}"
            f"   no-case: {unscored[(protocol, 'no-case mention')]:3d}"
        )


def pct(a: int, b: int) -> str:
    return f"{a}/{b} ({a / b:.1%})" if b else "0/0"


# Combination rules: when does the model's value replace the router's?
def rule_any(r: dict[str, Any], v: Any) -> bool:
    # queue and intent only: harm rows are mostly derived from the same queue label (no double count)
    return r["key"] in ("queue", "intent") and bool(v != r["core"])


def rule_harm_up(r: dict[str, Any], v: Any) -> bool:
    return r["key"] == "harm" and v is True and r["core"] is False


def rule_harm_both(r: dict[str, Any], v: Any) -> bool:
    return r["key"] == "harm" and v != r["core"]


def rule_praise_complaint(r: dict[str, Any], v: Any) -> bool:
    return r["key"] == "intent" and {v, r["core"]} == {"praise", "complaint"}


def rule_safety_queue(r: dict[str, Any], v: Any) -> bool:
    return r["key"] == "queue" and v == "safety-escalations" and r["core"] != v


RULES = {
    "queue or intent, any value": rule_any,
    "harm false->true only": rule_harm_up,
    "harm either way": rule_harm_both,
    "intent praise<->complaint": rule_praise_complaint,
    "queue -> safety-escalations": rule_safety_queue,
}


def fixes_breaks(recs: list[dict[str, Any]], protocol: str, rule: Any, t: float) -> tuple[int, int]:
    fx = br = 0
    for r in recs:
        v, p = r[f"{protocol}_v"], r[f"{protocol}_p"]
        if p < t or not rule(r, v):
            continue
        ok = v in r["allowed"]
        fx += int(ok and not r["core_ok"])
        br += int(not ok and r["core_ok"])
    return fx, br


def report(recs: list[dict[str, Any]], protocols: list[str]) -> None:
    print("\n(a) accuracy on held-out labelled mentions (value in the allowed list)")
    print(
        f"{'field':9} {'majority':>20} {'router@arrival':>20} {'router today':>20} "
        + " ".join(f"{p:>20}" for p in protocols)
    )
    for key in FIELDS:
        rs = [r for r in recs if r["key"] == key]
        cells = [
            pct(sum(r["majority"] in r["allowed"] for r in rs), len(rs)),
            pct(sum(r["core_ok"] for r in rs), len(rs)),
            pct(sum(bool(r["today_ok"]) for r in rs), len(rs)),
        ]
        cells += [pct(sum(r[f"{p}_v"] in r["allowed"] for r in rs), len(rs)) for p in protocols]
        print(f"{key:9} " + " ".join(f"{c:>20}" for c in cells))
    print(
        "\n(a') per held-out set, queue+intent+harm (not harm_flag) together: router@arrival vs model ("
        + ", ".join(protocols)
        + ")"
    )
    for n in HELD:
        rs = [r for r in recs if r["set"] == n and r["key"] != "harm_flag"]
        cells = [pct(sum(r["core_ok"] for r in rs), len(rs))]
        cells += [pct(sum(r[f"{p}_v"] in r["allowed"] for r in rs), len(rs)) for p in protocols]
        print(f"h{n}    " + " ".join(f"{c:>20}" for c in cells))

    print("\n(b) checks the router FAILED on arrival: model value allowed (would fix)")
    print("(c) checks the router PASSED on arrival: model value NOT allowed (would break if it ruled)")
    for p in protocols:
        print(f"  protocol {p}")
        for key in FIELDS:
            rs = [r for r in recs if r["key"] == key]
            bad = [r for r in rs if not r["core_ok"]]
            good = [r for r in rs if r["core_ok"]]
            fx = sum(r[f"{p}_v"] in r["allowed"] for r in bad)
            br = sum(r[f"{p}_v"] not in r["allowed"] for r in good)
            print(f"    {key:9} fixes {pct(fx, len(bad)):>16}   breaks {pct(br, len(good)):>18}")
        # scenario level: failed scenarios whose every failed check of these fields the model fixes
        failed_sc = {r["scenario"] for r in recs if not r["scen_pass"]}
        covered = {r["scenario"] for r in recs if not r["core_ok"] and r["key"] != "harm_flag"}
        all_fixed = {
            s
            for s in covered
            if all(
                r[f"{p}_v"] in r["allowed"]
                for r in recs
                if r["scenario"] == s and not r["core_ok"] and r["key"] != "harm_flag"
            )
        }
        print(
            f"    arrival-failed scenarios: {len(failed_sc)}; with a failed queue/intent/harm check: {len(covered)};"
            f" the model gets every such check right in {len(all_fixed)}"
            " (an upper bound: team/action/priority failures would remain)"
        )

    print("\n(d) combination: the model overrides the router when its probability >= t and the rule allows;")
    print("    net = fixes - breaks summed over the 11 held-out sets (checks, mention level)")
    for p in protocols:
        print(f"  protocol {p}")
        print(f"    {'rule':30} " + " ".join(f"{'t=' + str(t):>12}" for t in THRESHOLDS))
        for name, rule in RULES.items():
            cells = []
            for t in THRESHOLDS:
                fx, br = fixes_breaks(recs, p, rule, t)
                cells.append(f"+{fx}-{br}={fx - br:+d}")
            print(f"    {name:30} " + " ".join(f"{c:>12}" for c in cells))

    print("\n(d') per held-out set, threshold chosen on the OTHER ten sets (max net), rule by rule")
    for p in protocols:
        print(f"  protocol {p}")
        for name, rule in RULES.items():
            tot_fx = tot_br = 0
            cells = []
            for n in HELD:
                others = [r for r in recs if r["set"] != n]
                best_t = max(
                    (*THRESHOLDS, 1.01),
                    key=lambda t: (fixes_breaks(others, p, rule, t)[0] - fixes_breaks(others, p, rule, t)[1], t),
                )
                fx, br = fixes_breaks([r for r in recs if r["set"] == n], p, rule, best_t)
                tot_fx += fx
                tot_br += br
                cells.append(f"h{n}:{fx - br:+d}" + ("" if best_t <= 1 else "(off)"))
            print(f"    {name:30} net {tot_fx - tot_br:+d} (+{tot_fx} -{tot_br})  " + " ".join(cells))


def real_fire_rate() -> None:
    """(f) Train on ALL scenario folders; how often would 'queue -> safety-escalations at p >= t' fire on real,
    mostly mundane customer tweets? (reporting only: nothing is fitted or tuned on them)."""
    import csv

    shared = Path("/work/shared/data")
    sets = {
        "twcs random 5000, inbound": [
            r["text"]
            for r in csv.DictReader((shared / "twcs_customer_support/twcs_random5000.csv").open(encoding="utf-8"))
            if r["inbound"] == "True"
        ],
        "US airline tweets 14,640": [
            r["text"] for r in csv.DictReader((shared / "airline_sentiment/Tweets.csv").open(encoding="utf-8"))
        ],
    }
    items = load_items()
    real = [
        Item(-1, "real", str(i), t, "__ch_twitter __lang_en __root __unverified __fol3")
        for name in sets
        for i, t in enumerate(sets[name])
    ]
    x = features(items + real)
    train = np.array([i for i, it in enumerate(items) if "queue" in it.labels])
    test = np.arange(len(items), len(items) + len(real))
    vals, conf = train_predict(x, items + real, train, test, "queue")
    print("\n(f) real tweets: share the model sends to safety-escalations at p >= t (trained on all folders)")
    start = 0
    for name, texts in sets.items():
        v, c = vals[start : start + len(texts)], conf[start : start + len(texts)]
        safe = [b for a, b in zip(v, c, strict=True) if a == "safety-escalations"]
        cells = [f"t={t}: {sum(b >= t for b in safe) / len(texts):.2%}" for t in (0.5, 0.8, 0.9)]
        print(f"    {name:28} n={len(texts):5d}  " + "  ".join(cells))
        top = sorted(((b, t) for a, b, t in zip(v, c, texts, strict=True) if a == "safety-escalations"), reverse=True)[
            :8
        ]
        for b, t in top:
            print(f"      {b:.2f} {t[:110]!r}")
        start += len(texts)


if __name__ == "__main__":
    main()
