"""Shared by the tests that read the shared real data: where it is, or a clean skip."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mentionflow.tools.train_sentiment import default_data_dir


def shared_data_dir() -> Path:
    """The shared data dir ($MENTIONFLOW_SHARED_DATA, the checkout's ../shared/data, /work/shared/data),
    or skip the test when none holds the airline set."""
    env = os.environ.get("MENTIONFLOW_SHARED_DATA")
    for cand in (Path(env) if env else None, default_data_dir(), Path("/work/shared/data")):
        if cand is not None and (cand / "airline_sentiment" / "Tweets.csv").is_file():
            return cand
    pytest.skip("shared data not available (set MENTIONFLOW_SHARED_DATA)")
