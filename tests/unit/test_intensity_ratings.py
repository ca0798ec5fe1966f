"""Our intensity ratings (`tests/data/intensity_ratings.csv`): format, split rule, texts."""

from __future__ import annotations

import csv

import pytest
import xxhash

from mentionflow.tools.intensity import RATINGS_PATH, load_rated
from mentionflow.tools.train_sentiment import default_data_dir


def _rows() -> list[dict[str, str]]:
    with RATINGS_PATH.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_ratings_file_is_well_formed() -> None:
    rows = _rows()
    assert len(rows) >= 600
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    assert {i.split(":")[0] for i in ids} == {"tev_val", "umsab_en_train", "twcs", "twcs_spotify"}
    for r in rows:
        assert -4.0 <= float(r["rating"]) <= 4.0
        odd = xxhash.xxh64_intdigest(("intensity-split:" + r["id"]).encode()) % 2
        assert r["split"] == ("test" if odd else "tune")
    ratings = [float(r["rating"]) for r in rows]
    assert sum(1 for x in ratings if abs(x) < 1.0) > len(rows) / 3  # many neutral and mild texts
    assert min(ratings) <= -3.0 and max(ratings) >= 3.0


def test_texts_come_back_from_the_shared_data() -> None:
    data = default_data_dir()
    if not (data / "tweeteval" / "sentiment_val.csv").is_file():
        pytest.skip("shared data not available")
    rated = load_rated(data)
    assert len(rated) == len(_rows())
    assert all(r.text.strip() for r in rated)
    assert not any("\\u2019" in r.text for r in rated)  # JSON escapes decoded
