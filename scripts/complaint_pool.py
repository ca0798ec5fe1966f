"""Draw the pools of real tweets hand-labelled for complaint detection (tests/data/complaint_labels.csv).

    python scripts/complaint_pool.py [DATA_DIR] > pool.csv          # batch 1
    python scripts/complaint_pool.py [DATA_DIR] --batch 2 > pool2.csv

Reproducible (fixed seeds): TWCS inbound customer tweets grouped by the brand they address
(first @handle) into industries, plus general tweets about brands and products (sentiment140,
CrowdFlower Apple and SXSW, tweeteval); batch 2 adds 40 TWCS tweets per industry and general
tweets from the crowd-negative rows. The labels file stores only (source, key) references: the
texts stay in the shared data (TWCS is CC BY-NC-SA).
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

from mentionflow.tools.train_complaint import LABELS_PATH, pool_rows, pool_rows_2

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--") and a != "2"]
    data = Path(args[0]) if args else Path(__file__).resolve().parents[2] / "shared" / "data"
    w = csv.writer(sys.stdout)
    w.writerow(["source", "key", "domain", "text"])
    if "--batch" in sys.argv:
        with LABELS_PATH.open(encoding="utf-8", newline="") as fh:
            taken = {(r["source"], r["key"]) for r in csv.DictReader(fh)}
        rows = pool_rows_2(data, random.Random(20261205), taken)
    else:
        rows = pool_rows(data, random.Random(20261204))
    for row in rows:
        w.writerow(row)
