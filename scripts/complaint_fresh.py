"""Score the shipped complaint decision on the fresh check (tests/data/complaint_labels_fresh.csv).

    PYTHONPATH=src python scripts/complaint_fresh.py [--data ../shared/data] [--errors]

The fresh check is 200 real tweets drawn by `scripts/complaint_fresh_pool.py` from rows in no
other label file and no test split, labelled by hand before any model output was read; it is for
reporting, never for fitting. Prints macro-F1 of the rules alone, the shipped complaint model
alone (P >= 0.5) and the shipped decision (rules settled by the model), overall and per domain.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from mentionflow.core.complaint import load_complaint_model
from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import Analyzer
from mentionflow.core.text import normalise
from mentionflow.tools.train_complaint import REPO_ROOT, _Recorder, load_complaint_set, macro_f1
from mentionflow.tools.train_sentiment import default_data_dir

FRESH_PATH = REPO_ROOT / "tests" / "data" / "complaint_labels_fresh.csv"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--errors", action="store_true", help="print the misread tweets")
    args = ap.parse_args()
    rows = load_complaint_set(args.data or default_data_dir(), FRESH_PATH)
    if not rows:
        print("no fresh labels readable (shared data absent)")
        return 1
    model = load_complaint_model()
    assert model is not None
    shipped = Analyzer()
    rules = Analyzer(complaint=False)
    rec = _Recorder()  # the model's inputs, scored for every English text (the model alone)
    scorer = Analyzer(complaint=rec)
    scorer.score_every_complaint = True
    gold, rp, mp, sp = [], [], [], []
    by_dom: dict[str, list[tuple[int, int]]] = {}
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
        mp.append(int(p >= 0.5) if p is not None else ru)
        by_dom.setdefault(r.domain, []).append((r.complaint, s))
        if args.errors and s != r.complaint:
            pp = "-" if p is None else f"{p:.2f}"
            print(f"{'FN' if r.complaint else 'FP'} {r.domain:13} {a.intent:9} P={pp} | {' '.join(r.text.split())}")
    print(f"fresh n={len(gold)} complaints={sum(gold)}")
    print(f"rules {macro_f1(gold, rp):.3f}  model-alone {macro_f1(gold, mp):.3f}  shipped {macro_f1(gold, sp):.3f}")
    for d in sorted(by_dom):
        g = [x for x, _ in by_dom[d]]
        p = [y for _, y in by_dom[d]]
        acc = sum(int(x == y) for x, y in by_dom[d]) / len(g)
        print(f"  {d:14} n={len(g):3} complaints={sum(g):3} acc={acc:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
