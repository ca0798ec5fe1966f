"""What the pipeline produces matches the JSON Schema files published for consumers."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import orjson
import pytest

from mentionflow.core.pipeline import Pipeline
from mentionflow.schema import decode_raw_mention, encode, parse_time
from mentionflow.settings import load_settings, packaged_data


def schema(name: str) -> dict[str, Any]:
    return json.loads(packaged_data("../schemas/" + name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def cases() -> list[dict[str, Any]]:
    core = Pipeline.from_settings(load_settings())
    out = []
    for line in packaged_data("sample_mentions.jsonl").read_bytes().splitlines():
        raw = decode_raw_mention(line)
        now = parse_time(raw.created_at) + 5
        unique, case = core.run(raw, now)
        for revision in [case, *core.escalations(unique, now)]:
            if revision is not None:
                out.append(orjson.loads(encode(revision)))
    return out


def test_every_routed_case_matches_the_published_schema(cases: list[dict[str, Any]]) -> None:
    validator = jsonschema.Draft202012Validator(schema("cases.routed.v1.json"))
    assert len(cases) > 300
    for case in cases:
        errors = sorted(validator.iter_errors(case), key=str)
        assert not errors, (case["case_id"], [e.message for e in errors[:3]])


def test_score_is_the_sum_of_its_breakdown(cases: list[dict[str, Any]]) -> None:
    for case in cases:
        total = sum(f["contribution"] for f in case["score_breakdown"])
        assert case["score"] == pytest.approx(total, abs=0.01)


def test_revisions_grow_per_case(cases: list[dict[str, Any]]) -> None:
    last: dict[str, int] = {}
    for case in cases:
        assert case["revision"] == last.get(case["case_id"], 0) + 1
        last[case["case_id"]] = case["revision"]


def test_schema_files_are_valid_json_schema() -> None:
    for name in ("cases.routed.v1.json", "metrics.rolling.v1.json"):
        jsonschema.Draft202012Validator.check_schema(schema(name))
