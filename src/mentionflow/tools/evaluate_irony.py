"""Irony alone, in seconds: the pipeline's `irony` (what routing reads: the model's logit shifted
to the routing threshold, damped where praise names no failure, raised by the sarcasm patterns)
on tweeteval irony, F1 of the ironic class at the report and routing thresholds, and AUC.

    python -m mentionflow.tools.evaluate_irony --data /work/shared/data            (val)
    python -m mentionflow.tools.evaluate_irony --data /work/shared/data --split test

val: the packaged model was refitted on train+val, so it is scored with the irony part refitted
on train alone by the trainer's own code (`train_irony(..., refit=False)`; needs scikit-learn):
the figures the trainer chose C and the thresholds on, as the pipeline reads them. test: the
packaged model, reporting only (the same rows as `mentionflow evaluate`'s irony table). Note that
the test split keeps the #irony / #sarcasm / #not hashtags that train and val had removed: its
figures are mostly the sarcasm patterns' (`cue` below), not the model's; --strip-markers
removes those three hashtags first, as they were removed from train and val.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import Analyzer
from mentionflow.core.text import normalise
from mentionflow.core.textmodels import TextModels, load_text_models
from mentionflow.tools.train_sentiment import default_data_dir

__all__ = ["MARKER_HASHTAGS", "irony_figures", "main"]

# The hashtags the SemEval-2018 irony tweets were collected by (removed from train and val only).
MARKER_HASHTAGS = re.compile(r"#(?:irony|ironic|sarcasm|sarcastic|not)\b", re.IGNORECASE)


def _prf(gold: Sequence[int], pred: Sequence[bool]) -> dict[str, float]:
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if g and p)
    fp = sum(1 for g, p in zip(gold, pred, strict=True) if not g and p)
    fn = sum(1 for g, p in zip(gold, pred, strict=True) if g and not p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": prec, "recall": rec, "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0}


def _auc(gold: Sequence[int], score: Sequence[float]) -> float:
    """Mann-Whitney AUC (ties count half)."""
    pairs = sorted(zip(score, gold, strict=True))
    n_pos = sum(gold)
    n_neg = len(gold) - n_pos
    rank_sum, i = 0.0, 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        mid = (i + j + 1) / 2.0  # 1-based mean rank of the tie block
        rank_sum += mid * sum(g for _, g in pairs[i:j])
        i = j
    return (rank_sum - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg) if n_pos and n_neg else 0.5


def irony_figures(texts: Sequence[str], labels: Sequence[int], models: TextModels) -> dict[str, Any]:
    analyzer = Analyzer(text_models=models)
    irony: list[float] = []
    cue: list[bool] = []
    for text in texts:
        norm = normalise(text)
        a = analyzer.analyse(norm, detect_language(norm))
        irony.append(a.irony)
        cue.append("sarcasm" in a.cues)
    report = models.irony_report_threshold()
    return {
        "n": len(labels),
        "ironic": sum(labels),
        "auc": _auc(labels, irony),
        "report_threshold": report,
        "at_report_threshold": _prf(labels, [p >= report for p in irony]),
        "at_route_threshold": _prf(labels, [p >= models.irony_threshold for p in irony]),
        "sarcasm_cue": _prf(labels, cue),
        "sarcasm_cue_share": sum(cue) / max(1, len(cue)),
    }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m mentionflow.tools.evaluate_irony",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--data", type=Path, default=None, help="shared data dir")
    ap.add_argument("--split", choices=["val", "test"], default="val")
    ap.add_argument("--strip-markers", action="store_true", help="drop #irony/#sarcasm/#not (test keeps them)")
    args = ap.parse_args(argv)
    data_dir: Path = args.data or default_data_dir()
    if not (data_dir / "tweeteval" / "irony").is_dir():
        print(f"tweeteval irony not found under {data_dir}", file=sys.stderr)
        return 2
    from mentionflow.tools.train_text_models import load_irony, train_irony

    models = load_text_models()
    if models is None:
        print("no text models packaged", file=sys.stderr)
        return 2
    if args.split == "val":
        import orjson

        from mentionflow.core.textmodels import DEFAULT_TEXT_MODELS_PATH

        obj = orjson.loads(DEFAULT_TEXT_MODELS_PATH.read_bytes())
        obj["irony"], meta = train_irony(data_dir, lambda _m: None, refit=False)
        obj["meta"]["irony"] = meta
        models = TextModels.from_dict(obj)
    texts, labels = load_irony(data_dir, args.split)
    if args.strip_markers:
        texts = [MARKER_HASHTAGS.sub("", t) for t in texts]
    fig = irony_figures(texts, labels, models)
    print(f"tweeteval irony {args.split}: n {fig['n']} ({fig['ironic']} ironic), AUC {fig['auc']:.4f}")
    for name, key in (
        (f"irony >= {fig['report_threshold']:.3f}", "at_report_threshold"),
        (f"irony >= {models.irony_threshold} (routing)", "at_route_threshold"),
        (f"sarcasm cue ({fig['sarcasm_cue_share']:.1%} fire)", "sarcasm_cue"),
    ):
        m = fig[key]
        print(f"  {name:28s} P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
