"""The published contract: every topic's schema, its examples, the released snapshots and AsyncAPI.

- each public topic has a JSON Schema whose content model is open (readers ignore unknown fields);
- the example payloads are made by the code (the codec, the core) and match their schemas;
- no schema breaks its last released snapshot (schemas/released/), and the check does fail on
  each kind of breaking change (a broken copy for each);
- docs/asyncapi.yaml and the examples are what ``python -m mentionflow.contract write`` makes now.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import orjson
import pytest
import yaml

from mentionflow import contract
from mentionflow.contract import TOPICS, breaking_changes, closed_content_models, load_schema
from mentionflow.schema import decode_case_event, decode_raw_mention, encode

ROOT = Path(__file__).resolve().parents[2]
PUBLIC = [t for t in TOPICS if t.schema is not None]


@pytest.fixture(scope="module")
def examples() -> dict[str, list[dict[str, Any]]]:
    return contract.examples()


def validator(name: str, directory: Path = contract.SCHEMA_DIR) -> jsonschema.Draft202012Validator:
    schema = load_schema(name, directory)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_every_public_topic_has_a_schema_and_a_released_snapshot() -> None:
    names = {t.schema for t in PUBLIC}
    assert names == {p.name for p in contract.SCHEMA_DIR.glob("*.v1.json")}
    assert names == {
        "mentions.raw.v1.json",
        "cases.routed.v1.json",
        "cases.events.v1.json",
        "cases.alerts.v1.json",
        "metrics.rolling.v1.json",
        "mentions.deadletter.v1.json",
    }
    assert names == {p.name for p in contract.RELEASED_DIR.glob("*.json")}


@pytest.mark.parametrize("name", sorted(t.schema for t in PUBLIC if t.schema))
def test_reader_schemas_have_an_open_content_model(name: str) -> None:
    assert closed_content_models(load_schema(name)) == []


@pytest.mark.parametrize("name", sorted(t.schema for t in PUBLIC if t.schema))
def test_open_enums_say_how_to_read_an_unknown_value(name: str) -> None:
    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            if contract._open_enum(node) is not None:
                assert "does not know" in node.get("description", ""), path
            for key, value in node.items():
                walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{path}[{i}]")

    walk(load_schema(name), "$")


@pytest.mark.parametrize("name", sorted(t.schema for t in PUBLIC if t.schema))
def test_examples_are_made_by_the_code_and_match_their_schema(
    name: str, examples: dict[str, list[dict[str, Any]]]
) -> None:
    payloads = examples[name]
    assert payloads, name
    check = validator(name)
    released = validator(name, contract.RELEASED_DIR)
    for payload in payloads:
        assert not list(check.iter_errors(payload)), (name, [e.message for e in check.iter_errors(payload)][:3])
        assert not list(released.iter_errors(payload)), name
    # What others write goes through mentionflow's own decoder unchanged.
    decoders: dict[str, Callable[[bytes], Any]] = {
        "mentions.raw.v1.json": decode_raw_mention,
        "cases.events.v1.json": decode_case_event,
    }
    if name in decoders:
        for payload in payloads:
            assert orjson.loads(encode(decoders[name](orjson.dumps(payload)))) == payload


def test_a_reader_of_the_published_schema_accepts_what_v1_may_add(examples: dict[str, list[dict[str, Any]]]) -> None:
    """The promise: new optional fields (top level and nested) and new values of open enums."""
    case = copy.deepcopy(examples["cases.routed.v1.json"][0])
    case["added_later"] = {"any": "thing"}
    case["author"]["added_later"] = 1
    case["sentiment"]["added_later"] = True
    case["score_breakdown"][0]["added_later"] = None
    case["recommended_action"]["added_later"] = "x"
    case["update"] = "some_future_update"
    case["channel"] = "some_future_channel"
    case["score_breakdown"][0]["factor"] = "some_future_factor"
    case["harm"] = {"kind": "some_future_harm", "severity": "severe", "added_later": 1}
    case["help_link"] = {"kind": "some_future_link", "url": "https://example.com", "added_later": 1}
    for directory in (contract.SCHEMA_DIR, contract.RELEASED_DIR):
        errors = list(validator("cases.routed.v1.json", directory).iter_errors(case))
        assert not errors, [e.message for e in errors[:3]]
    # Closed enums stay closed: a P5 is a new version.
    case["priority"] = "P5"
    assert list(validator("cases.routed.v1.json").iter_errors(case))


@pytest.mark.parametrize("topic", PUBLIC, ids=lambda t: t.schema or "")
def test_no_schema_breaks_its_released_snapshot(topic: contract.TopicContract) -> None:
    assert topic.schema is not None
    released = load_schema(topic.schema, contract.RELEASED_DIR)
    assert breaking_changes(released, load_schema(topic.schema), topic.direction) == []


# Each mutation of the released cases.routed (readers: "out") or mentions.raw (writers: "in")
# schema is a breaking change the check must report; the expected text names it.
def _remove_field(s: dict[str, Any]) -> None:
    del s["properties"]["queue"]


def _narrow_type(s: dict[str, Any]) -> None:
    s["properties"]["brand"]["type"] = "string"


def _widen_type(s: dict[str, Any]) -> None:
    s["properties"]["revision"]["type"] = ["integer", "string"]


def _new_required(s: dict[str, Any]) -> None:
    s["required"].append("team")


def _required_dropped(s: dict[str, Any]) -> None:
    s["required"].remove("queue")


def _enum_value_removed(s: dict[str, Any]) -> None:
    s["properties"]["priority"]["enum"].remove("P4")


def _open_enum_value_removed(s: dict[str, Any]) -> None:
    s["properties"]["update"]["anyOf"][0]["enum"].remove("responded")


def _closed_enum_value_added(s: dict[str, Any]) -> None:
    s["properties"]["priority"]["enum"].append("P5")


def _open_enum_closed(s: dict[str, Any]) -> None:
    s["properties"]["update"] = {"enum": s["properties"]["update"]["anyOf"][0]["enum"]}


def _nested_field_removed(s: dict[str, Any]) -> None:
    del s["properties"]["author"]["properties"]["verified"]


def _content_model_closed(s: dict[str, Any]) -> None:
    s["properties"]["author"]["additionalProperties"] = False


def _bound_loosened(s: dict[str, Any]) -> None:
    s["properties"]["mention_ids"]["maxItems"] = 1000


def _pattern_changed(s: dict[str, Any]) -> None:
    s["properties"]["case_id"]["pattern"] = "^case-[0-9a-f]+$"


def _nested_type_narrowed(s: dict[str, Any]) -> None:
    s["properties"]["score_breakdown"]["items"]["properties"]["weight"]["type"] = "integer"


def _raw_bound_tightened(s: dict[str, Any]) -> None:
    s["properties"]["text"]["maxLength"] = 280


def _raw_enum_value_removed(s: dict[str, Any]) -> None:
    s["properties"]["channel"]["enum"].remove("forum")


BREAKING = [
    ("cases.routed.v1.json", _remove_field, "$.queue: field removed"),
    ("cases.routed.v1.json", _narrow_type, "$.brand: type narrowed"),
    ("cases.routed.v1.json", _widen_type, "$.revision: type widened"),
    ("cases.routed.v1.json", _new_required, "$.team: newly required"),
    ("cases.routed.v1.json", _required_dropped, "$.queue: no longer required"),
    ("cases.routed.v1.json", _enum_value_removed, "$.priority: enum value 'P4' removed"),
    ("cases.routed.v1.json", _open_enum_value_removed, "$.update: enum value 'responded' removed"),
    ("cases.routed.v1.json", _closed_enum_value_added, "$.priority: value 'P5' added to a closed enum"),
    ("cases.routed.v1.json", _open_enum_closed, "$.update: an open enum became closed"),
    ("cases.routed.v1.json", _nested_field_removed, "$.author.verified: field removed"),
    ("cases.routed.v1.json", _content_model_closed, "$.author: additionalProperties closed"),
    ("cases.routed.v1.json", _bound_loosened, "$.mention_ids: maxItems loosened"),
    ("cases.routed.v1.json", _pattern_changed, "$.case_id: pattern changed"),
    ("cases.routed.v1.json", _nested_type_narrowed, "$.score_breakdown.<items>.weight: type narrowed"),
    ("mentions.raw.v1.json", _raw_bound_tightened, "$.text: maxLength tightened"),
    ("mentions.raw.v1.json", _raw_enum_value_removed, "$.channel: enum value 'forum' removed"),
]


@pytest.mark.parametrize(("name", "mutate", "expected"), BREAKING, ids=[m.__name__.strip("_") for _, m, _ in BREAKING])
def test_the_check_fails_on_a_deliberately_broken_copy(
    name: str, mutate: Callable[[dict[str, Any]], None], expected: str, tmp_path: Path
) -> None:
    released = load_schema(name, contract.RELEASED_DIR)
    broken = copy.deepcopy(released)
    mutate(broken)
    direction = next(t.direction for t in PUBLIC if t.schema == name)
    problems = breaking_changes(released, broken, direction)
    assert any(p.startswith(expected) for p in problems), problems
    # The same through the command CI runs, on a broken copy on disk.
    (tmp_path / name).write_text(json.dumps(broken), encoding="utf-8")
    assert breaking_changes(released, load_schema(name, tmp_path), direction) == problems


def test_compatible_additions_pass() -> None:
    released = load_schema("cases.routed.v1.json", contract.RELEASED_DIR)
    grown = copy.deepcopy(released)
    grown["properties"]["added_later"] = {"type": ["string", "null"], "description": "optional"}
    grown["properties"]["author"]["properties"]["added_later"] = {"type": "integer"}
    grown["properties"]["update"]["anyOf"][0]["enum"].append("some_future_update")
    grown["properties"]["harm"]["oneOf"][1]["properties"]["kind"]["anyOf"][0]["enum"].append("new_kind")
    grown["properties"]["rule"]["description"] = "reworded"
    assert breaking_changes(released, grown, "out") == []
    # An input topic may widen what producers may send.
    raw = load_schema("mentions.raw.v1.json", contract.RELEASED_DIR)
    grown_raw = copy.deepcopy(raw)
    grown_raw["properties"]["channel"]["enum"].append("tiktok")
    grown_raw["properties"]["text"]["maxLength"] = 40_000
    assert breaking_changes(raw, grown_raw, "in") == []
    # ... but for a reader of an output topic the same additions break.
    assert breaking_changes(raw, grown_raw, "out")


def test_generated_files_are_up_to_date() -> None:
    stale = [
        str(path.relative_to(ROOT))
        for path, text in contract.generated_files(ROOT).items()
        if not contract.up_to_date(path, text)
    ]
    assert stale == [], "run: python -m mentionflow.contract write"


def test_asyncapi_describes_every_topic_the_code_creates() -> None:
    from mentionflow.kafka_client import topic_specs
    from mentionflow.settings import Settings

    doc = yaml.safe_load((ROOT / contract.ASYNCAPI_PATH).read_text(encoding="utf-8"))
    assert doc["asyncapi"].startswith("3.")
    settings = Settings.model_construct()
    channels = {c["address"]: c for c in doc["channels"].values()}
    assert set(channels) == {spec.name for spec in topic_specs(settings)}
    for spec in topic_specs(settings):
        binding = channels[spec.name]["bindings"]["kafka"]
        assert binding["partitions"] == spec.num_partitions
        assert binding["topicConfiguration"]["cleanup.policy"] == [spec.topic_configs["cleanup.policy"]]
        if "retention.ms" in spec.topic_configs:
            assert binding["topicConfiguration"]["retention.ms"] == int(spec.topic_configs["retention.ms"])
    assert channels["customers"]["bindings"]["kafka"]["topicConfiguration"]["cleanup.policy"] == ["compact"]
    for message in doc["components"]["messages"].values():
        assert message["bindings"]["kafka"]["key"]["description"]
