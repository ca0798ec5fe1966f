"""Train the text models (five more languages, irony, intensity blend) reproducibly.

    python -m mentionflow.tools.train_text_models --data /work/shared/data \\
        --out src/mentionflow/data/text_models.json      (or: mentionflow train)

Needs the `dev` extra (scikit-learn); the output is plain JSON that `core.sentiment` reads
without scikit-learn. Deterministic: same data + same code -> the same model.

* Sentiment es/fr/de/it/pt: one multinomial logistic regression pooled over the five UMSAB
  languages, each feature twice (language-specific "es:x" and shared "*x", so emoji and
  punctuation learn from all five), over `multilingual_keys` (words, bigrams, 5-letter
  prefixes, hashtags, !/?). C is chosen by the mean validation macro-F1, then the model is
  refitted on train+val and folded to one weight table per language. UMSAB test: reporting only.
* Irony: logistic regression on tweeteval irony train (words, bigrams, hashtags, the
  sentiment model's dense cues, lexicon valence); C and the decision threshold chosen by F1
  on irony val, then refitted on train+val. Irony test: reporting only.
* Intensity: `score = w * intensity + (1 - w) * (P(pos) - P(neg))` for English
  (`core.valence.intensity`: VADER's compound, ported); w is the smallest weight whose Pearson
  r with VADER's compound (teacher) on UMSAB English train+val and tweeteval sentiment_val is
  within 0.01 of the best. Reported, not tuned on: our own ratings of real tweets
  (`tests/data/intensity_ratings.csv`, tune half; the test half is for `mentionflow evaluate`),
  the ordinal labels of the teacher's texts, airline train (label sign x crowd confidence).
  Other languages keep w = 0.5 (their valence is emoji only). `mentionflow train --only
  intensity` re-tunes w alone on the packaged text models.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from mentionflow.core.features import dense_and_cues
from mentionflow.core.sentiment import (
    CLASSES,
    MULTILINGUAL_LANGUAGES,
    TEXT_MODELS_FORMAT,
    Analyzer,
    TextModels,
    irony_keys,
    load_categories,
    load_model,
    multilingual_keys,
    valence,
)
from mentionflow.core.text import normalise
from mentionflow.tools.train_sentiment import airline_split, default_data_dir, load_tweeteval, write_model

__all__ = ["UMSAB_DIRS", "load_irony", "load_umsab", "main", "train_text_models"]

UMSAB_DIRS = {
    "en": "english",
    "es": "spanish",
    "fr": "french",
    "de": "german",
    "it": "italian",
    "pt": "portuguese",
}
C_GRID_SENTIMENT = (0.3, 1.0, 3.0)
C_GRID_IRONY = (0.1, 0.3, 1.0)
PRUNE = 0.02  # |weight| below this is dropped (size)
ROUTE_PRECISION = 0.8  # irony val precision from which an ironic praise is a complaint
WEIGHT_GRID = tuple(round(0.05 * i, 2) for i in range(21))


def _key_str(k: Any) -> str:
    return " ".join(k) if isinstance(k, tuple) else str(k)


def load_umsab(data_dir: Path, lang: str, split: str) -> tuple[list[str], list[int]]:
    d = data_dir / "umsab_multilingual_sentiment" / UMSAB_DIRS[lang]
    labels = [int(x) for x in (d / f"{split}_labels.txt").read_text(encoding="utf-8").split()]
    texts = (d / f"{split}_text.txt").read_text(encoding="utf-8").split("\n")[: len(labels)]
    return texts, labels


def load_irony(data_dir: Path, split: str) -> tuple[list[str], list[int]]:
    d = data_dir / "tweeteval" / "irony"
    labels = [int(x) for x in (d / f"{split}_labels.txt").read_text(encoding="utf-8").split()]
    texts = (d / f"{split}_text.txt").read_text(encoding="utf-8").split("\n")[: len(labels)]
    return texts, labels


def _ml_row(text: str, lang: str) -> dict[str, float]:
    row: dict[str, float] = {}
    for k in multilingual_keys(normalise(text)):
        s = _key_str(k)
        row[lang + ":" + s] = 1.0
        row["*" + s] = 1.0
    return row


def train_multilingual(data_dir: Path, log: Any, *, refit: bool = True) -> tuple[dict[str, Any], dict[str, Any]]:
    """The pooled es/fr/de/it/pt model, folded per language. `refit=False`: fitted on train only
    (the C-selection fit), so that the pipeline can be judged on val (`scripts/umsab_quick.py`)."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score

    rows: list[dict[str, float]] = []
    ys: list[int] = []
    val: dict[str, tuple[list[dict[str, float]], list[int]]] = {}
    for lang in MULTILINGUAL_LANGUAGES:
        texts, labels = load_umsab(data_dir, lang, "train")
        rows += [_ml_row(t, lang) for t in texts]
        ys += labels
        vt, vl = load_umsab(data_dir, lang, "val")
        val[lang] = ([_ml_row(t, lang) for t in vt], vl)
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform(rows)
    scores: dict[float, dict[str, float]] = {}
    for c in C_GRID_SENTIMENT:
        m = LogisticRegression(C=c, max_iter=5000, tol=1e-6).fit(x, ys)
        scores[c] = {
            lang: round(float(f1_score(vl, m.predict(vec.transform(vr)), average="macro")), 4)
            for lang, (vr, vl) in val.items()
        }
        log(f"multilingual C={c}: val macro-F1 {scores[c]}")
    best_c = max(C_GRID_SENTIMENT, key=lambda c: (sum(scores[c].values()), -c))
    for vr, vl in val.values() if refit else ():
        rows += vr
        ys += vl
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform(rows)
    model = LogisticRegression(C=best_c, max_iter=5000, tol=1e-6).fit(x, ys)
    assert list(model.classes_) == [0, 1, 2]
    coef = model.coef_
    neu = CLASSES.index("neutral")
    delta = np.vstack([coef[0] - coef[neu], coef[2] - coef[neu]])
    icpt = model.intercept_
    bias = [round(float(icpt[0] - icpt[neu]), 6), round(float(icpt[2] - icpt[neu]), 6)]
    shared: dict[str, tuple[float, float]] = {}
    own: dict[str, dict[str, tuple[float, float]]] = {lang: {} for lang in MULTILINGUAL_LANGUAGES}
    for j, name in enumerate(vec.get_feature_names_out()):
        w = (float(delta[0, j]), float(delta[1, j]))
        if name.startswith("*"):
            shared[name[1:]] = w
        else:
            lang, _, key = name.partition(":")
            own[lang][key] = w
    out: dict[str, Any] = {}
    for lang in MULTILINGUAL_LANGUAGES:
        folded: dict[str, list[float]] = {}
        # A language keeps its own vocabulary; shared-only keys only when not words (emoji, !?).
        for key in set(own[lang]) | {k for k in shared if not k[:1].isalpha()}:
            a = own[lang].get(key, (0.0, 0.0))
            b = shared.get(key, (0.0, 0.0))
            wn, wp = a[0] + b[0], a[1] + b[1]
            if max(abs(wn), abs(wp)) >= PRUNE:
                folded[key] = [round(wn, 4), round(wp, 4)]
        out[lang] = {"bias": bias, "sparse": dict(sorted(folded.items()))}
    meta = {
        "data": "UMSAB (XLM-T) es/fr/de/it/pt train+val (1838+324 per language); test for reporting only",
        "C": best_c,
        "val_macro_f1_by_c": {str(c): s for c, s in scores.items()},
        "features": {lang: len(out[lang]["sparse"]) for lang in out},
    }
    return out, meta


def _irony_row(text: str, lexicon: Any, cats: Any) -> dict[str, float]:
    norm = normalise(text)
    tokset = frozenset(norm.tokens)
    bigrams = set(zip(norm.tokens, norm.tokens[1:], strict=False))
    row = {_key_str(k): 1.0 for k in irony_keys(norm, tokset, bigrams)}
    dense, _, _ = dense_and_cues(norm, tokset, cats)
    for name, value in dense:
        row["\x00" + name] = value
    _, lp, ln = valence(norm, lexicon)
    if lp:
        row["\x00lex_pos"] = lp / 4.0
    if ln:
        row["\x00lex_neg"] = ln / 4.0
    return row


def train_irony(data_dir: Path, log: Any, *, refit: bool = True) -> tuple[dict[str, Any], dict[str, Any]]:
    """The irony part of text_models.json and its card. refit=False: the train-only fit that C
    and the thresholds were chosen with (`tools/evaluate_irony.py` scores val with it)."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score

    lexicon = load_model().lexicon
    cats = load_categories()
    tt, yt = load_irony(data_dir, "train")
    vt, yv = load_irony(data_dir, "val")
    rt = [_irony_row(t, lexicon, cats) for t in tt]
    rv = [_irony_row(t, lexicon, cats) for t in vt]
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform(rt)
    best = (-1.0, 0.0, 0.5)
    thresholds = [round(0.3 + 0.025 * i, 3) for i in range(13)]
    for c in C_GRID_IRONY:
        p = LogisticRegression(C=c, max_iter=5000, tol=1e-6).fit(x, yt).predict_proba(vec.transform(rv))[:, 1]
        for th in thresholds:
            f1 = float(f1_score(yv, p >= th))
            if f1 > best[0] + 1e-9:
                best = (f1, c, th)
        log(f"irony C={c}: val F1 at 0.5 {f1_score(yv, p >= 0.5):.4f}")
    f1, c, th = best
    # Routing acts on irony only when it is likely (val precision >= ROUTE_PRECISION): the val
    # set is half ironic, real mentions far less.
    p = LogisticRegression(C=c, max_iter=5000, tol=1e-6).fit(x, yt).predict_proba(vec.transform(rv))[:, 1]
    yv_arr = np.array(yv)
    route_th = 0.95
    for cand in [round(0.5 + 0.025 * i, 3) for i in range(19)]:
        sel = p >= cand
        if sel.sum() >= 20 and float(yv_arr[sel].mean()) >= ROUTE_PRECISION:
            route_th = cand
            break
    log(f"irony: C={c} threshold={th} val F1 {f1:.4f}; routing threshold {route_th}")
    vec = DictVectorizer(sort=True)
    if refit:
        x = vec.fit_transform(rt + rv)
        m = LogisticRegression(C=c, max_iter=5000, tol=1e-6).fit(x, np.array(yt + yv))
    else:
        x = vec.fit_transform(rt)
        m = LogisticRegression(C=c, max_iter=5000, tol=1e-6).fit(x, np.array(yt))
    sparse: dict[str, float] = {}
    dense: dict[str, float] = {}
    for name, w in zip(vec.get_feature_names_out(), m.coef_[0], strict=True):
        if name.startswith("\x00"):
            dense[name[1:]] = round(float(w), 6)
        elif abs(w) >= PRUNE:
            sparse[name] = round(float(w), 4)
    model: dict[str, Any] = {"bias": round(float(m.intercept_[0]), 6), "threshold": th}
    model["route_threshold"] = route_th
    model["sparse"] = dict(sorted(sparse.items()))
    model["dense"] = dict(sorted(dense.items()))
    meta = {
        "data": "tweeteval irony (SemEval-2018 3A) train+val; C and threshold by F1 on val; test for reporting only",
        "C": c,
        "threshold": th,
        "route_threshold": route_th,
        "val_f1": round(f1, 4),
        "features": len(sparse),
    }
    return model, meta


def _pearson(a: Sequence[float], b: Sequence[float]) -> float:
    import numpy as np

    return float(np.corrcoef(np.asarray(a, dtype=float), np.asarray(b, dtype=float))[0, 1])


def intensity_proxies(data_dir: Path) -> dict[str, tuple[list[str], list[float]]]:
    """Proxy targets for intensity from training data only (name -> (texts, target))."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()
    out: dict[str, tuple[list[str], list[float]]] = {}
    texts: list[str] = []
    ordinal: list[float] = []
    for split in ("train", "val"):
        t, y = load_umsab(data_dir, "en", split)
        texts += t
        ordinal += [float(v - 1) for v in y]
    tv = load_tweeteval(data_dir, "val")
    texts += [r.text for r in tv]
    ordinal += [float(CLASSES.index(r.label) - 1) for r in tv]
    out["general tweets: ordinal label"] = (texts, ordinal)
    out["general tweets: VADER compound (teacher)"] = (texts, [vader.polarity_scores(t)["compound"] for t in texts])
    train, _ = airline_split(data_dir)
    out["airline train: label x crowd confidence"] = (
        [r.text for r in train],
        [float(CLASSES.index(r.label) - 1) * r.weight for r in train],
    )
    return out


RATED_PROXY = "rated tweets (tune half)"
TEACHER_PROXY = "general tweets: VADER compound (teacher)"


def train_intensity(
    data_dir: Path, models: TextModels, log: Any
) -> tuple[float, dict[str, Any], dict[str, tuple[list[str], list[float]]]]:
    from mentionflow.core.lang import detect_language
    from mentionflow.tools.intensity import load_rated

    # score = w * val + (1 - w) * margin: the two ends, each as `analyse` computes it.
    margin_only = Analyzer(text_models=replace(models, valence_weight=0.0, valence_weight_other=0.0))
    valence_only = Analyzer(text_models=replace(models, valence_weight=1.0, valence_weight_other=1.0))
    proxies = intensity_proxies(data_dir)
    rated = load_rated(data_dir, "tune")
    proxies[RATED_PROXY] = ([r.text for r in rated], [r.rating for r in rated])
    parts: dict[str, tuple[list[float], list[float], list[float]]] = {}
    for name, (texts, target) in proxies.items():
        margin: list[float] = []
        val: list[float] = []
        for t in texts:
            norm = normalise(t)
            lang = detect_language(norm)
            margin.append(margin_only.analyse(norm, lang).score)
            val.append(valence_only.analyse(norm, lang).score)
        parts[name] = (margin, val, target)
    table: dict[float, dict[str, float]] = {}
    for w in WEIGHT_GRID:
        table[w] = {
            name: round(_pearson([w * v + (1 - w) * m for m, v in zip(mg, vl, strict=True)], tg), 4)
            for name, (mg, vl, tg) in parts.items()
        }
    # The target is people's intensity ratings of general tweets, like the human gold standard
    # on which VADER's compound reaches r 0.87-0.88 (Hutto & Gilbert 2014). Our own ratings
    # disagree with that set (VADER 0.47-0.58 on them, 0.88 there; the blend at 0.5 scored 0.82
    # there, 0.68 here): they and the ordinal labels favour the class margin and are reported,
    # not tuned on. The teacher decides: the smallest weight within 0.01 of its best r (closer
    # than that is within what the port's deliberate departures from VADER cost), so that the
    # margin still speaks where VADER has no word.
    top = max(table[w][TEACHER_PROXY] for w in WEIGHT_GRID)
    best = min(w for w in WEIGHT_GRID if table[w][TEACHER_PROXY] >= top - 0.01)
    log(f"intensity: valence weight {best}: r {table[best]} (margin only {table[0.0]})")
    meta = {
        "data": f"tuned on {TEACHER_PROXY}; reported: " + ", ".join(n for n in proxies if n != TEACHER_PROXY),
        "valence_weight": best,
        "pearson_r": table[best],
        "pearson_r_margin_only": table[0.0],
        "pearson_r_valence_only": table[1.0],
    }
    return best, meta, proxies


def train_text_models(data_dir: Path, verbose: bool = True) -> dict[str, Any]:
    import sklearn

    def log(msg: str) -> None:
        if verbose:
            print(msg, file=sys.stderr, flush=True)

    t0 = time.perf_counter()
    sentiment, ml_meta = train_multilingual(data_dir, log)
    irony, irony_meta = train_irony(data_dir, log)
    obj: dict[str, Any] = {
        "format": TEXT_MODELS_FORMAT,
        "sentiment": sentiment,
        "irony": irony,
        "intensity": {"valence_weight": 0.5},
    }
    weight, int_meta, _ = train_intensity(data_dir, TextModels.from_dict(obj), log)
    obj["intensity"] = {"valence_weight": weight, "valence_weight_other": OTHER_LANGUAGES_WEIGHT}
    obj["meta"] = {
        "trainer": f"sklearn {sklearn.__version__} LogisticRegression (lbfgs)",
        "trained_at": datetime.now(UTC).strftime("%Y-%m-%d"),
        "sentiment": ml_meta,
        "irony": irony_meta,
        "intensity": int_meta,
        "seconds": round(time.perf_counter() - t0, 1),
    }
    return obj


OTHER_LANGUAGES_WEIGHT = 0.5  # their valence is emoji only: the first blend, untuned


def retune_intensity(data_dir: Path, path: Path) -> int:
    """`mentionflow train --only intensity`: the English blend weight alone, on the packaged text
    models (the sentiment and irony models unchanged)."""
    obj = orjson.loads(path.read_bytes())
    weight, int_meta, _ = train_intensity(data_dir, TextModels.from_dict(obj), lambda m: print(m, file=sys.stderr))
    obj["intensity"] = {"valence_weight": weight, "valence_weight_other": OTHER_LANGUAGES_WEIGHT}
    obj.setdefault("meta", {})["intensity"] = int_meta
    digest = write_model(obj, path)
    write_model_card(
        path.with_suffix(".md"),
        f"{path.name}: es/fr/de/it/pt sentiment, irony, intensity blend",
        "Trained by `mentionflow train` (`mentionflow/tools/train_text_models.py`, whose docstring "
        "gives the method). Test splits are never used for fitting or tuning.",
        obj["meta"],
    )
    print(f"wrote {path} (intensity weight {weight}, sha256 {digest[:16]})")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m mentionflow.tools.train_text_models",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--data", type=Path, default=None, help="shared data dir")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "data" / "text_models.json")
    args = ap.parse_args(argv)
    data_dir = args.data or default_data_dir()
    if not (data_dir / "umsab_multilingual_sentiment").is_dir():
        print(f"shared data not found under {data_dir}", file=sys.stderr)
        return 2
    model = train_text_models(data_dir)
    digest = write_model(model, args.out)
    write_model_card(
        args.out.with_suffix(".md"),
        f"{args.out.name}: es/fr/de/it/pt sentiment, irony, intensity blend",
        "Trained by `mentionflow train` (`mentionflow/tools/train_text_models.py`, whose docstring "
        "gives the method). Test splits are never used for fitting or tuning.",
        model["meta"],
    )
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB, sha256 {digest[:16]})")
    return 0


def write_model_card(path: Path, title: str, intro: str, meta: dict[str, Any]) -> None:
    """A small Markdown model card next to the artefact: data, split, metrics, date."""
    lines = [f"# {title}", "", intro, "", "| field | value |", "|---|---|"]
    for key, value in meta.items():
        text = orjson.dumps(value).decode() if isinstance(value, dict | list) else str(value)
        lines.append(f"| {key} | {text} |")
    lines += ["", "Held-out figures: `docs/quality.md` (`mentionflow evaluate`).", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def train_all(argv: Sequence[str] | None = None, only: str | None = None) -> int:
    """`mentionflow train`: the English sentiment model, the text models, the complaint model and
    the harm model (the complaint model reads the sentiment model's output: it is trained after)."""
    from mentionflow.tools import train_sentiment

    ap = argparse.ArgumentParser(prog="mentionflow train")
    ap.add_argument("--data", type=Path, default=None)
    args = ap.parse_args(argv)
    data_dir: Path = args.data or default_data_dir()
    data_out = Path(__file__).resolve().parents[1] / "data"
    if only in (None, "sentiment"):
        rc = train_sentiment.main(["--data", str(data_dir), "--out", str(data_out / "sentiment_model.json")])
        if rc:
            return rc
        meta = orjson.loads((data_out / "sentiment_model.json").read_bytes())["meta"]
        meta["trained_at"] = datetime.now(UTC).strftime("%Y-%m-%d")
        write_model_card(
            data_out / "sentiment_model.md",
            "sentiment_model.json: English 3-class sentiment",
            "Multinomial logistic regression over words, bigrams, hashtags and 15 dense cues; "
            "see `mentionflow/tools/train_sentiment.py`.",
            meta,
        )
    if only in (None, "text"):
        rc = main(["--data", str(data_dir), "--out", str(data_out / "text_models.json")])
        if rc:
            return rc
    if only == "intensity":
        return retune_intensity(data_dir, data_out / "text_models.json")
    if only in (None, "complaint"):
        from mentionflow.tools import train_complaint

        rc = train_complaint.main(["--data", str(data_dir), "--out", str(data_out / "complaint_model.json")])
        if rc:
            return rc
    if only in (None, "harm"):
        from mentionflow.tools import train_harm

        rc = train_harm.main(["--data", str(data_dir), "--out", str(data_out / "harm_model.json")])
        if rc:
            return rc
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
