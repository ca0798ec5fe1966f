"""Shared by the unit and fault tests: what the pure core decides over a stream of mention lines."""

from __future__ import annotations

import time

import orjson

from mentionflow.core.pipeline import Pipeline
from mentionflow.schema import raw_mention_from_dict
from mentionflow.settings import load_settings


def mentions_in_cases(lines: list[bytes]) -> set[str]:
    """The mention ids the pure core puts in a case, in the order given (any revision, escalations
    included): the brand's own posts and noise are in none."""
    core = Pipeline.from_settings(load_settings())
    now = time.time()
    out: set[str] = set()
    for line in lines:
        unique, case = core.run(raw_mention_from_dict(orjson.loads(line)), now)
        for revision in ([] if case is None else [case]) + core.escalations(unique, now):
            out.update(revision.mention_ids)
    return out
