"""Score the shipped complaint decision on the fresh check (tests/data/complaint_labels_fresh.csv).

    PYTHONPATH=src python scripts/complaint_fresh.py [--data ../shared/data] [--errors]

The fresh check is 200 real tweets drawn by `scripts/complaint_fresh_pool.py` from rows in no
other label file and no test split, labelled by hand before any model output was read; it is for
reporting, never for fitting (`train_complaint.fresh_figures`). Prints macro-F1 of the rules
alone, the shipped complaint model alone (P >= 0.5) and the shipped decision, overall and per domain.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from mentionflow.tools.train_complaint import fresh_figures
from mentionflow.tools.train_sentiment import default_data_dir


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--errors", action="store_true", help="print the misread tweets")
    ap.add_argument(
        "--labels",
        type=Path,
        default=None,
        help="another fresh label file (tests/data/complaint_labels_fresh2.csv: batch 3, 577 tweets)",
    )
    args = ap.parse_args()
    fig = fresh_figures(args.data or default_data_dir(), errors=args.errors, path=args.labels)
    if not fig:
        print("no fresh labels readable (shared data or the complaint model absent)")
        return 1
    for gold, domain, intent, p, text in fig.get("errors", []):
        pp = "-" if p is None else f"{p:.2f}"
        print(f"{'FN' if gold else 'FP'} {domain:13} {intent:9} P={pp} | {' '.join(text.split())}")
    print(f"fresh n={fig['n']} complaints={fig['positives']}")
    print(f"rules {fig['rules']:.3f}  model-alone {fig['model']:.3f}  shipped {fig['settled']:.3f}")
    for d, (n, pos, right) in sorted(fig["domains"].items()):
        print(f"  {d:14} n={n:3} complaints={pos:3} acc={right / n:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
