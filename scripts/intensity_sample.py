"""Draw the tweets rated for `tests/data/intensity_ratings.csv` (deterministic).

Sources (training/validation splits only, never a reporting split): TweetEval sentiment val,
UMSAB English train, TWCS inbound customer tweets (random 5000 sample and SpotifyCares). Texts
that also occur (after `dedup_key`) in a reporting split are skipped. Prints `id<TAB>text`.

    PYTHONPATH=src python scripts/intensity_sample.py > /tmp/sample.tsv
"""

from __future__ import annotations

import csv
import sys

import xxhash

from mentionflow.tools.train_sentiment import dedup_key, default_data_dir, load_sentiment140, load_tweeteval
from mentionflow.tools.train_text_models import load_umsab

QUOTA = {"tev_val": 260, "umsab_en_train": 220, "twcs": 130, "twcs_spotify": 60}


def _rank(key: str) -> int:
    # (SpotifyCares rows were drawn under their "twcs:" key; the id names the file they come from.)
    key = key.replace("twcs_spotify:", "twcs:")
    return xxhash.xxh64_intdigest(("intensity-sample:" + key).encode("utf-8"))


def candidates() -> dict[str, list[tuple[str, str]]]:
    data = default_data_dir()
    out: dict[str, list[tuple[str, str]]] = {}
    out["tev_val"] = [(f"tev_val:{i}", r.text) for i, r in enumerate(load_tweeteval(data, "val"))]
    texts, _ = load_umsab(data, "en", "train")
    out["umsab_en_train"] = [(f"umsab_en_train:{i}", t) for i, t in enumerate(texts)]
    tw = data / "twcs_customer_support"
    with (tw / "twcs_random5000.csv").open(encoding="utf-8", newline="") as fh:
        out["twcs"] = [(f"twcs:{r['tweet_id']}", r["text"]) for r in csv.DictReader(fh) if r["inbound"] == "True"]
    with (tw / "spotifycares_inbound_requests.csv").open(encoding="utf-8", newline="") as fh:
        out["twcs_spotify"] = [(f"twcs_spotify:{r['tweet_id']}", r["text"]) for r in csv.DictReader(fh)]
    return out


def main() -> int:
    data = default_data_dir()
    reporting = {dedup_key(r.text) for r in load_tweeteval(data, "test")}
    reporting |= {dedup_key(r.text) for r in load_sentiment140(data)}
    reporting |= {dedup_key(t) for t in load_umsab(data, "en", "test")[0]}
    seen: set[str] = set()
    for src, rows in candidates().items():
        n = 0
        for key, text in sorted(rows, key=lambda kt: _rank(kt[0])):
            k = dedup_key(text)
            if len(k) < 8 or k in reporting or k in seen:
                continue
            seen.add(k)
            print(f"{key}\t{' '.join(text.split())}")
            n += 1
            if n >= QUOTA[src]:
                break
    return 0


if __name__ == "__main__":
    sys.exit(main())
