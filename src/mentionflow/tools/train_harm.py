"""Train the harm model reproducibly from the labelled harm set.

    python -m mentionflow.tools.train_harm --data /work/shared/data \\
        --out src/mentionflow/data/harm_model.json

Needs the `dev` extra (scikit-learn); the output is plain JSON that `core.harm` reads without
it. Data and split: see `mentionflow.tools.evaluate_harm` (the test split is never trained on; rows
from the shared data are used when --data holds them). Only rows that pass the trigger-word
gate are fitted: the rest are no-harm by construction at run time.

Model: multinomial logistic regression (none + the six kinds) over `core.harm.extract_features`
and a binary severe-vs-elevated head on the harm rows. Concept-group features can be fed at a
larger value (GROUP_SCALE), which lowers their effective L2 penalty; 1.0 since 2026-12-04, chosen
by cross-validation on the training split (3.0 ranked worse once real tweets were in the set).
The decision threshold is chosen by 5-fold cross-validation on the training split only, folds by
paraphrase family, end to end through `detect_harm`: the highest threshold whose recall over the
mentions the gate and the rules leave to the model is >= TARGET_RECALL (`cv_scores`,
`choose_threshold`; the end-to-end CV recall, gate misses included, is reported in `meta`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import orjson
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold

from mentionflow.core.harm import (
    FORMAT,
    HARM_KINDS,
    NO_HARM,
    HarmSignal,
    concept_groups,
    detect_harm,
    extract_features,
    harm_tokens,
    has_trigger,
    is_inconvenience,
    mentions_a_and_e,
    model_from_dict,
)
from mentionflow.core.harm_frames import benign_frame
from mentionflow.core.harm_severity import grave_now
from mentionflow.core.text import normalise
from mentionflow.tools.evaluate_harm import HarmExample, harm_split, load_harm_set, score_rows

GROUP_SCALE = 1.0
MIN_DF = 2
C_HARM = 1.0
C_KIND = 1.0
C_SEV = 1.0
# Recall matters most (issue 14): 0.98 rather than 0.97 keeps the care scenarios' harm cases.
TARGET_RECALL = 0.98


def _value(feature: str) -> float:
    return GROUP_SCALE if feature.startswith(("g:", "gg:")) else 1.0


def _featurise(rows: Sequence[HarmExample]) -> tuple[list[dict[str, float]], list[HarmExample]]:
    feats, kept = [], []
    for r in rows:
        norm = normalise(r.text)
        tokens = harm_tokens(norm, r.lang)
        if mentions_a_and_e(norm.clean):
            tokens = (*tokens, "hospital")
        elif not has_trigger(tokens, r.lang):
            continue
        fs, cues = extract_features(tokens, r.lang, "?" in norm.clean)
        if not grave_now(tokens, set(fs)) and (
            is_inconvenience(set(fs)) or (cues and benign_frame(tokens, cues, set(fs), "?" in norm.clean))
        ):
            continue  # no-harm by rule at run time (as in core.harm.detect_harm)
        # Length is left out: in a hand-written set reports run longer than hard negatives, and
        # the model learnt "a long tweet naming kids is harm" from it.
        feats.append({f: _value(f) for f in set(fs) if not f.startswith("len:")})
        kept.append(r)
    return feats, kept


def _vocab(feats: list[dict[str, float]]) -> set[str]:
    df = Counter(f for d in feats for f in d)
    return {f for f, n in df.items() if n >= MIN_DF or f.startswith(("g:", "gg:")) or f == "bias"}


def _fit(
    feats: list[dict[str, float]], y: list[int], c: float, balanced: bool = True
) -> tuple[DictVectorizer, LogisticRegression]:
    vec = DictVectorizer()
    x = vec.fit_transform(feats)
    clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced" if balanced else None)
    clf.fit(x, y)
    return vec, clf


def cv_scores(rows: Sequence[HarmExample], seed: int = 0) -> tuple[np.ndarray, np.ndarray, list[HarmSignal]]:
    """Out-of-fold (gold, score, signal) of every row, end to end through `detect_harm` (gate,
    rules and all), with 5 folds by paraphrase family: a translation or paraphrase of a held-out
    fold's mention is never in its training folds. A first-person self-harm statement, which the
    rule flags whatever the model says, scores 1.0; a row the gate or a rule rejects scores 0."""
    y = np.array([int(r.kind is not None) for r in rows])
    scores = np.zeros(len(rows))
    signals: list[HarmSignal] = [NO_HARM] * len(rows)
    norms = [normalise(r.text) for r in rows]
    folds = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=seed)
    for tr, te in folds.split(np.zeros(len(rows)), y, [r.family or r.group for r in rows]):
        heads = fit_heads([rows[i] for i in tr])
        open_model = model_from_dict({**heads, "threshold": 0.0})
        for i in te:
            sig = detect_harm(norms[i], rows[i].lang, open_model)
            forced = "self_harm_statement" in concept_groups(harm_tokens(norms[i], rows[i].lang), rows[i].lang)
            scores[i] = 1.0 if forced and sig.kind == "self_harm" else sig.score if sig.kind else 0.0
            signals[i] = sig
    return y, scores, signals


def choose_threshold(
    y: np.ndarray, scores: np.ndarray, target: float = TARGET_RECALL
) -> tuple[float, dict[str, float]]:
    """Highest threshold whose cross-validated recall is >= target (train split only)."""
    gold = y == 1
    best, stats = 0.005, {}
    for t in np.arange(0.005, 0.951, 0.005):
        pred = scores >= t
        tp = int((pred & gold).sum())
        recall = tp / max(int(gold.sum()), 1)
        if recall >= target:
            best = round(float(t), 3)
            stats = {"cv_recall": round(recall, 3), "cv_precision": round(tp / max(int(pred.sum()), 1), 3)}
    return best, stats


def _weights(vec: DictVectorizer, coef: np.ndarray, intercept: float) -> dict[str, float]:
    out: dict[str, float] = {}
    for j, name in enumerate(vec.get_feature_names_out()):
        w = float(coef[j]) * _value(name)
        if name == "bias":
            w += intercept
        if abs(w) >= 0.01:
            out[name] = round(w, 4)
    out.setdefault("bias", round(intercept, 4))
    return dict(sorted(out.items()))


def fit_heads(rows: Sequence[HarmExample]) -> dict[str, Any]:
    """The three heads (harm vs none, kind, severe vs elevated) fitted on `rows`; no threshold."""
    feats, kept = _featurise(rows)
    vocab = _vocab(feats)
    feats = [{f: v for f, v in d.items() if f in vocab} for d in feats]
    y = [int(r.kind is not None) for r in kept]
    vec, clf = _fit(feats, y, C_HARM)
    harm_weights = _weights(vec, clf.coef_[0], float(clf.intercept_[0]))

    harm_idx = [i for i, r in enumerate(kept) if r.kind is not None]
    kinds = [k for k in HARM_KINDS if any(kept[i].kind == k for i in harm_idx)]
    kvec, kclf = _fit([feats[i] for i in harm_idx], [kinds.index(kept[i].kind or "") for i in harm_idx], C_KIND)
    per_kind = [_weights(kvec, kclf.coef_[row], float(kclf.intercept_[row])) for row in range(len(kinds))]
    names = sorted(set().union(*per_kind))
    kind_weights = {n: [d.get(n, 0.0) for d in per_kind] for n in names}

    sev_y = [int(kept[i].severity == "severe") for i in harm_idx]
    svec, sclf = _fit([feats[i] for i in harm_idx], sev_y, C_SEV)
    severity_weights = _weights(svec, sclf.coef_[0], float(sclf.intercept_[0]))
    return {
        "format": FORMAT,
        "kinds": kinds,
        "harm_weights": harm_weights,
        "kind_weights": kind_weights,
        "severity_weights": severity_weights,
        "meta": {
            "trained_rows": len(kept),
            "trained_harm_rows": len(harm_idx),
            "train_rows_total": len(rows),
            "kind_counts": dict(Counter(kept[i].kind or "" for i in harm_idx)),
        },
    }


def train(rows: Sequence[HarmExample]) -> dict[str, Any]:
    y, scores, signals = cv_scores(rows)
    # The threshold only decides among the mentions that the gate and the rules leave to the
    # model: the target recall is over those (the gate's own misses are reported, not tuned).
    scored = np.array([s.kind is not None for s in signals])
    threshold, cv = choose_threshold(y[scored], scores[scored])
    gold = y == 1
    cv["cv_recall_end_to_end"] = round(float((gold & (scores >= threshold)).sum() / max(int(gold.sum()), 1)), 3)
    model = fit_heads(rows)
    model["threshold"] = threshold
    model["meta"].update(cv)
    return model


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=None, help="shared data dir (optional)")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    rows = load_harm_set(args.data)
    train_rows, test_rows = harm_split(rows)
    model = train(train_rows)
    model["meta"]["date"] = dt.date.today().isoformat()
    model["meta"]["shared_rows"] = sum(r.source != "own" for r in rows)
    args.out.write_bytes(orjson.dumps(model))
    from mentionflow.core.harm import load_model

    res = score_rows(test_rows, load_model(args.out))
    o = res["overall"]
    print(
        f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(model['harm_weights'])} features, "
        f"threshold {model['threshold']}, cv {model['meta']}); test n={o['n']} P={o['precision']:.3f} "
        f"R={o['recall']:.3f} F1={o['f1']:.3f}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
