"""Draw the fresh complaint check (tests/data/complaint_labels_fresh.csv): 200 real tweets never tuned on.

    PYTHONPATH=src python scripts/complaint_fresh_pool.py [DATA_DIR] > fresh_pool.csv

Why: the leave-one-domain-out table has been tuned on for several sessions, so it no longer
measures unseen tweets well. This pool is drawn once (fixed seed) from rows that are in no
complaint label file and in no test split: TWCS inbound tweets (brands taken round-robin within
each industry, so the less-covered brands come up too; plus in-thread replies with no brand
handle), SpotifyCares inbound, CrowdFlower Apple, SXSW, and SemEval-2017 TRAIN general tweets
that name a product. The labels file stores only (source, key) and the label; texts stay in the
shared data. Labelled by hand by the definition in docs/quality.md before any model output was read.
"""

from __future__ import annotations

import csv
import random
import sys
from collections.abc import Iterator
from pathlib import Path

from mentionflow.tools.train_complaint import (
    _HANDLE,
    _PRODUCT_WORDS,
    LABELS_PATH,
    OLD_LABELS_PATH,
    TWCS_INDUSTRY,
    _read,
    _squash,
    source_texts,
)

PER_INDUSTRY = 16
NO_BRAND = 25
SPOTIFY = 19
GENERAL = {"apple_crowd": 30, "sxsw": 15, "semeval_train": 20}


def fresh_rows(
    data_dir: Path,
    rng: random.Random,
    per_industry: int = PER_INDUSTRY,
    no_brand_n: int = NO_BRAND,
    spotify_n: int = SPOTIFY,
    general_n: dict[str, int] | None = None,
    also_taken: tuple[Path, ...] = (),
) -> Iterator[tuple[str, str, str, str]]:
    """(source, key, domain, text) for the fresh check (defaults) or another draw from rows in no
    label file (`also_taken`: more files of (source, key) rows to leave out)."""
    texts = source_texts(data_dir)
    taken = {(r["source"], r["key"]) for path in (LABELS_PATH, *also_taken) for r in _read(path)}
    taken |= {(r["file"], r["tweet_id"]) for r in _read(OLD_LABELS_PATH)}
    seen = {_squash(texts[k]) for k in taken if k in texts}

    def fresh(source: str, key: str, text: str) -> bool:
        sq = _squash(text)
        if (source, key) in taken or len(sq) < 8 or sq in seen:
            return False
        seen.add(sq)
        return True

    twcs = data_dir / "twcs_customer_support"
    by_brand: dict[str, dict[str, list[tuple[str, str, str, str]]]] = {}
    no_brand: list[tuple[str, str, str, str]] = []
    for r in _read(twcs / "twcs_random5000.csv"):
        if r["inbound"] != "True":
            continue
        handles = _HANDLE.findall(r["text"])
        brand = handles[0].lower() if handles else ""
        industry = TWCS_INDUSTRY.get(brand)
        row = ("twcs_random5000.csv", r["tweet_id"], industry or "twcs_reply", r["text"])
        if industry is None:
            if not handles:
                no_brand.append(row)
            continue
        by_brand.setdefault(industry, {}).setdefault(brand, []).append(row)
    for industry in sorted(by_brand):
        brands = by_brand[industry]
        order = sorted(brands)
        rng.shuffle(order)
        for b in order:
            rng.shuffle(brands[b])
        out: list[tuple[str, str, str, str]] = []
        while len(out) < per_industry and any(brands[b] for b in order):
            for b in order:
                while brands[b] and len(out) < per_industry:
                    row = brands[b].pop()
                    if fresh(row[0], row[1], row[3]):
                        out.append(row)
                        break
        yield from out
    rng.shuffle(no_brand)
    yield from [r for r in no_brand if fresh(r[0], r[1], r[3])][:no_brand_n]
    spot = [
        ("spotifycares_inbound_requests.csv", r["tweet_id"], "streaming", r["text"])
        for r in _read(twcs / "spotifycares_inbound_requests.csv")
    ]
    rng.shuffle(spot)
    yield from [r for r in spot if fresh(r[0], r[1], r[3])][:spotify_n]
    cf = data_dir / "crowdflower_brand_tweets"
    general = {
        "apple_crowd": [
            ("crowdflower_apple", r["_unit_id"], "apple_crowd", r["text"])
            for r in _read(cf / "apple_twitter_sentiment_dfe.utf8.csv")
            if r["sentiment"] != "not_relevant"
        ],
        "sxsw": [
            ("sxsw", str(i), "sxsw", r["tweet_text"])
            for i, r in enumerate(_read(cf / "sxsw_brand_product_emotion.utf8.csv"))
        ],
        "semeval_train": [
            ("umsab_english_train", k, "semeval_train", t)
            for (s, k), t in texts.items()
            if s == "umsab_english_train" and _PRODUCT_WORDS.search(t)
        ],
    }
    for domain, n in (GENERAL if general_n is None else general_n).items():
        rows = sorted(general[domain])
        rng.shuffle(rows)
        yield from [r for r in rows if fresh(r[0], r[1], r[3])][:n]


if __name__ == "__main__":
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data"
    w = csv.writer(sys.stdout)
    w.writerow(["source", "key", "domain", "text"])
    for row in fresh_rows(data, random.Random(20261207)):
        w.writerow(row)
