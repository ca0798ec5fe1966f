"""Harm through the whole pipeline on real tweets nobody tuned on (reporting only).

    PYTHONPATH=src python scripts/harm_fresh_real.py [--data ../shared/data] [--errors]

tests/data/harm/fresh_real_s22.jsonl: the 179 English real tweets (airline, TWCS, SpotifyCares,
UMSAB English, Sentiment140) that reach the harm model (pass its trigger-word gate) and were in no
label file on 2026-12-07, labelled by hand by tests/data/harm/README.md before any output was read.
Kept out of shared_refs.jsonl (so out of training and of the held-out split the floors watch): a
check of precision on the stream the gate lets through. Every mention goes through enrich + score,
as `mentionflow process --until sentiment` does; the brand is unknown (no catalog match).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from mentionflow.core.pipeline import Pipeline
from mentionflow.schema import raw_mention_from_dict
from mentionflow.settings import load_settings
from mentionflow.tools.evaluate_harm import default_set_dir, read_shared_refs
from mentionflow.tools.train_sentiment import default_data_dir

FRESH = default_set_dir() / "fresh_real_s22.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--errors", action="store_true", help="print false alarms and misses")
    args = ap.parse_args()
    data = args.data or default_data_dir()
    core = Pipeline.from_settings(load_settings())
    now = time.time()
    tp = fp = fn = tn = 0
    for row, found in read_shared_refs(data, FRESH):
        src = row["source"]
        raw = raw_mention_from_dict(
            {
                "schema_version": 1,
                "id": f"{src}-{row['id']}",
                "channel": "twitter",
                "text": found[0],
                "created_at": "2026-11-20T09:01:36Z",
                "author": {"id": "u-1", "handle": "someone", "followers": 10, "verified": False},
            }
        )
        a = core.score(core.enrich(raw, now)).analysis
        gold, pred = row["kind"] is not None, a.harm is not None
        tp, fp = tp + (gold and pred), fp + (pred and not gold)
        fn, tn = fn + (gold and not pred), tn + (not (gold or pred))
        if args.errors and gold != pred:
            print("FALSE" if pred else "MISS", a.harm or row["kind"], "|", " ".join(found[0].split())[:160])
    n = tp + fp + fn + tn
    if not n:
        print("no rows readable (shared data absent)")
        return 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    print(f"fresh real harm check: n={n} harm={tp + fn} flagged={tp + fp} precision={p:.3f} recall={r:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
