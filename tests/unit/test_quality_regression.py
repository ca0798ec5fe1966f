"""Quality regression on the shared real data (skips cleanly when it is absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mentionflow.evaluate import TARGET_ACCURACY, TARGET_MACRO_F1, run_evaluation
from mentionflow.train_sentiment import default_data_dir


def _data_dir() -> Path:
    env = os.environ.get("MENTIONFLOW_SHARED_DATA")
    for cand in (Path(env) if env else None, default_data_dir(), Path("/work/shared/data")):
        if cand is not None and (cand / "airline_sentiment" / "Tweets.csv").is_file():
            return cand
    pytest.skip("shared data not available (set MENTIONFLOW_SHARED_DATA)")


@pytest.fixture(scope="module")
def figures() -> dict:
    # Quality only: the speed figure is machine-dependent and lives in docs/quality.md.
    return run_evaluation(_data_dir(), None, baselines=False, timing=False, extra_sets=True)


def test_airline_held_out_targets(figures: dict) -> None:
    m = figures["airline"]["model"]
    assert m["n"] > 2500
    assert m["accuracy"] >= TARGET_ACCURACY, m["accuracy"]
    assert m["macro_f1"] >= TARGET_MACRO_F1, m["macro_f1"]


def test_other_sets_beat_vader_reference(figures: dict) -> None:
    # VADER-only reference figures from the shared data READMEs: 0.530 tweeteval, and
    # ~0.49 on airline; our model must stay clearly above them out of domain too.
    assert figures["tweeteval"]["model"]["accuracy"] > 0.55
    assert figures["sentiment140"]["model"]["accuracy"] > 0.65


def test_category_macro_f1_reported(figures: dict) -> None:
    cat = figures["airline"]["category"]
    assert cat["n"] > 1500
    assert cat["macro_f1"] > 0.3
