"""Fast per-language UMSAB check (seconds, not the 8+ minutes of `mentionflow evaluate`).

    PYTHONPATH=src python scripts/umsab_quick.py [--models PATH] [--split val|test|both] [--airline]
        [--train-only [--save PATH]]

Macro-F1 per language of the full pipeline label (`analyse(...).label`, what `mentionflow
evaluate` reports) on UMSAB val (tuning) and/or test (reporting only), optionally the airline
held-out accuracy / macro-F1 and the mean text-path time per mention. --models: a text-models
JSON other than the packaged one (compare a candidate before writing it into the package).
--train-only: the es/fr/de/it/pt tables refitted on UMSAB train only (the shipped model also saw
val, so its val figures mean nothing): judge a trainer change on val this way. "raw": the
model's argmax before the pipeline's rules (and its language detection).
"""

from __future__ import annotations

import argparse
import time
from itertools import repeat
from pathlib import Path

import orjson

from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TEXT_MODELS_FORMAT, Analyzer, TextModels, multilingual_keys
from mentionflow.core.text import normalise
from mentionflow.tools.train_sentiment import airline_split, default_data_dir
from mentionflow.tools.train_text_models import UMSAB_DIRS, load_umsab

NAMES = ("negative", "neutral", "positive")


def macro_f1(gold: list[str], pred: list[str]) -> float:
    f1s = []
    for c in NAMES:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p != c)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--models", type=Path, default=None)
    ap.add_argument("--split", default="val", choices=["val", "test", "both"])
    ap.add_argument("--airline", action="store_true")
    ap.add_argument("--save", type=Path, default=None, help="with --train-only: write that model here")
    ap.add_argument(
        "--train-only", action="store_true", help="refit the es/fr/de/it/pt model on train only (to judge on val)"
    )
    args = ap.parse_args()
    data = args.data or default_data_dir()
    an = Analyzer(text_models=args.models) if args.models else Analyzer()
    if args.train_only:
        from dataclasses import replace

        from mentionflow.tools.train_text_models import train_multilingual

        assert an.text_models is not None
        sent, _meta = train_multilingual(data, print, refit=False)
        # Only the sentiment tables are used: irony and intensity stay the packaged ones.
        irony = {"bias": 0.0, "route_threshold": 0.75, "sparse": {}, "dense": {}}
        obj = {"format": TEXT_MODELS_FORMAT, "sentiment": sent, "irony": irony}
        obj["intensity"] = {"valence_weight": an.text_models.valence_weight}
        fresh = TextModels.from_dict(obj)
        if args.save:
            args.save.write_bytes(orjson.dumps(obj))
        an = Analyzer(text_models=replace(an.text_models, sentiment=fresh.sentiment))
    splits = ["val", "test"] if args.split == "both" else [args.split]
    spent, n = 0.0, 0
    for split in splits:
        row = []
        for lang in UMSAB_DIRS:
            texts, labels = load_umsab(data, lang, split)
            t0 = time.perf_counter()
            pred = [an.analyse(nm, detect_language(nm)).label for nm in map(normalise, texts)]
            spent += time.perf_counter() - t0
            n += len(texts)
            gold = [NAMES[y] for y in labels]
            row.append(f"{lang} {macro_f1(gold, pred):.3f}")
            multi = an.text_models.sentiment.get(lang) if an.text_models is not None else None
            if multi is not None:  # the model's own argmax, before the pipeline's rules
                weights, bias = multi
                raw = []
                for nm in map(normalise, texts):
                    p = an.probabilities(bias + sum(map(weights.get, multilingual_keys(nm), repeat(0j))))
                    raw.append(NAMES[p.index(max(p))])
                row[-1] += f" (raw {macro_f1(gold, raw):.3f})"
        print(f"UMSAB {split}: " + "  ".join(row))
    if args.airline:
        _, test = airline_split(data)
        pred = [an.analyse(nm, detect_language(nm)).label for nm in (normalise(r.text) for r in test)]
        gold = [r.label for r in test]
        acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
        print(f"airline held-out: n {len(gold)} accuracy {acc:.3f} macro-F1 {macro_f1(gold, pred):.3f}")
    print(f"pipeline {1e6 * spent / max(1, n):.0f} us/mention (normalise + detect + analyse, UMSAB)")


if __name__ == "__main__":
    main()
