"""Our own intensity ratings of real tweets (`tests/data/intensity_ratings.csv`).

670 tweets from training/validation splits of the shared data (TweetEval sentiment val, UMSAB
English train, TWCS inbound), drawn by `scripts/intensity_sample.py` and rated by hand on
VADER's -4..+4 scale (guideline: `tests/data/intensity_ratings.md`). The file holds ids and
ratings only (the shared sets may not be copied into the repository); the texts are read back
from the shared data. Each id is in the tuning or the test half by a hash of the id: tune
on `tune` only, report `test`.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from mentionflow.tools.train_sentiment import default_data_dir, load_tweeteval

REPO_ROOT = Path(__file__).resolve().parents[3]
RATINGS_PATH = REPO_ROOT / "tests" / "data" / "intensity_ratings.csv"
_ESCAPE_RE = re.compile(r"\\u([0-9a-fA-F]{4})")


@dataclass(frozen=True, slots=True)
class RatedText:
    id: str
    text: str
    rating: float  # -4..+4
    split: str  # "tune" | "test"


def _unescape(text: str) -> str:
    """TweetEval's and UMSAB's files keep JSON escapes ("I\\u2019m", "\\u002c"): the raters,
    like the readers of a real tweet, saw the characters."""
    return _ESCAPE_RE.sub(lambda m: chr(int(m.group(1), 16)), text)


def _texts(data_dir: Path) -> dict[str, str]:
    out = {f"tev_val:{i}": r.text for i, r in enumerate(load_tweeteval(data_dir, "val"))}
    # UMSAB English train: one tweet per line, line i = id i (as `train_text_models.load_umsab`,
    # not imported: that trainer imports this module).
    umsab = data_dir / "umsab_multilingual_sentiment" / "english" / "train_text.txt"
    out.update((f"umsab_en_train:{i}", t) for i, t in enumerate(umsab.read_text(encoding="utf-8").split("\n")))
    tw = data_dir / "twcs_customer_support"
    for prefix, name in (("twcs", "twcs_random5000.csv"), ("twcs_spotify", "spotifycares_inbound_requests.csv")):
        with (tw / name).open(encoding="utf-8", newline="") as fh:
            out.update((f"{prefix}:{r['tweet_id']}", r["text"]) for r in csv.DictReader(fh))
    return out


def load_rated(data_dir: Path | None = None, split: str | None = None) -> list[RatedText]:
    """The rated tweets (optionally one half), texts read from the shared data."""
    texts = _texts(data_dir or default_data_dir())
    out: list[RatedText] = []
    with RATINGS_PATH.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if split is not None and row["split"] != split:
                continue
            text = _unescape(" ".join(texts[row["id"]].split()))
            out.append(RatedText(row["id"], text, float(row["rating"]), row["split"]))
    return out
