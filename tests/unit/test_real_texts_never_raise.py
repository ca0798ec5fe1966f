"""Every real text in the shared data goes through enrich and score without raising.

Why: a text-analysis rule that raises sends the mention to the dead-letter topic instead of a
case (a French "bravo à mon chauffeur qui a attendu ... devant l'hôpital" once did, KeyError('l')
in helper_wait). The fuzz tests (test_fuzz.py) throw hostile characters at the core; this one
throws real language at it: ~90k tweets in eight languages, airline, TWCS, CrowdFlower, tweeteval.
Skips cleanly when the shared data is absent.
"""

from __future__ import annotations

import csv
import time
import traceback
from collections.abc import Iterator
from pathlib import Path

from mentionflow.core.pipeline import Pipeline
from mentionflow.schema import raw_mention_from_dict
from mentionflow.settings import load_settings
from shared_data import shared_data_dir


def _csv_texts(path: Path, *columns: str) -> Iterator[str]:
    with path.open(encoding="utf-8", errors="replace", newline="") as f:
        for row in csv.DictReader(f):
            for col in columns:
                if row.get(col):
                    yield row[col]
                    break


def real_texts(data: Path) -> list[str]:
    texts: list[str] = []
    for path in sorted((data / "umsab_multilingual_sentiment").glob("*/*_text.txt")):
        texts += path.read_text(encoding="utf-8", errors="replace").split("\n")
    for path in sorted((data / "tweeteval").glob("**/*_text.txt")):
        texts += path.read_text(encoding="utf-8", errors="replace").split("\n")
    for path in sorted((data / "tweeteval").glob("*.csv")):
        texts += _csv_texts(path, "text")
    for path in sorted((data / "crowdflower_brand_tweets").glob("*.csv")):
        texts += _csv_texts(path, "text", "tweet_text")
    texts += _csv_texts(data / "airline_sentiment" / "Tweets.csv", "text")
    for path in sorted((data / "twcs_customer_support").glob("*.csv")):
        texts += _csv_texts(path, "text")
    return [t for t in dict.fromkeys(texts) if t.strip()]


def test_every_shared_text_is_scored_without_raising() -> None:
    data = shared_data_dir()
    texts = real_texts(data)
    assert len(texts) > 50_000
    core = Pipeline.from_settings(load_settings())
    now = time.time()
    failures: list[str] = []
    for i, text in enumerate(texts):
        raw = raw_mention_from_dict(
            {
                "schema_version": 1,
                "id": f"real-{i}",
                "channel": "twitter",
                "text": text,
                "created_at": "2026-11-20T09:01:36Z",
                "author": {"id": "u-1", "handle": "someone", "followers": 10, "verified": False},
            }
        )
        try:
            core.score(core.enrich(raw, now))
        except Exception:
            failures.append(f"{traceback.format_exc().strip().splitlines()[-1]} <- {text[:120]!r}")
    assert not failures, f"{len(failures)} texts raised:\n" + "\n".join(failures[:20])
