"""Rerun only the complaint leave-one-domain-out table (docs/quality.md, "Leave one domain out").

    PYTHONPATH=src python scripts/complaint_lodo.py [--data ../shared/data] [--vader]

Prints the markdown table the full evaluation writes (rules, model alone, shipped; mean and pooled).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from mentionflow.tools.evaluate import _complaint_lodo_lines, complaint_lodo_figures
from mentionflow.tools.train_sentiment import default_data_dir


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--vader", action="store_true", help="add the VADER column (slower)")
    args = ap.parse_args()
    fig = complaint_lodo_figures(args.data or default_data_dir(), baselines=args.vader)
    if not fig:
        print("no complaint labels readable (shared data or scikit-learn absent)")
        return 1
    lines = _complaint_lodo_lines(fig)
    print("\n".join(lines[: lines.index("#### Complaint labels")]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
