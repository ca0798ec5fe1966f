"""Draw labelling batch 3 of complaint labels (tests/data/complaint_labels_fresh2.csv).

    PYTHONPATH=src python scripts/complaint_pool_3.py [DATA_DIR] > pool3.csv

Why: the first fresh check holds 200 tweets, too few to tell a 0.01 change; this one adds 577 more,
for reporting only (fitting on them moved neither leave-one-domain-out nor the first fresh check
beyond noise, s22). Drawn once (fixed seed) like the fresh check
(scripts/complaint_fresh_pool.py, brands round-robin within each industry), from rows in no label
file, the fresh check included, and in no test split. Labelled by hand by the definition in
docs/quality.md ("Complaint labels") before any model output was read.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from complaint_fresh_pool import fresh_rows

from mentionflow.tools.train_complaint import FRESH_PATH

SEED = 20261208
PER_INDUSTRY = 70
NO_BRAND = 50
SPOTIFY = 60
GENERAL = {"apple_crowd": 70, "sxsw": 60}

if __name__ == "__main__":
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data"
    w = csv.writer(sys.stdout)
    w.writerow(["source", "key", "domain", "text"])
    rows = fresh_rows(data, random.Random(SEED), PER_INDUSTRY, NO_BRAND, SPOTIFY, GENERAL, (FRESH_PATH,))
    for row in rows:
        w.writerow(row)
