"""The published contract, from the code: every topic, its JSON Schema, examples and the AsyncAPI document.

``python -m mentionflow.contract write`` regenerates ``docs/asyncapi.yaml`` and the example
payloads in ``schemas/examples/``; ``check`` says whether they are up to date and whether any
schema breaks its last released snapshot in ``schemas/released/`` (tests run the same checks).

Compatibility within a version (``breaking_changes``): a schema may only add optional fields and
add values to open enums (``anyOf: [{enum: [...]}, {type: string}]``, whose readers must accept
values they do not know). Everything a reader or writer of the released copy relies on stays:
no field removed, no type or constraint changed the wrong way, no field newly required, no enum
value removed, no closed content model.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal

import orjson
import yaml

from mentionflow import __version__
from mentionflow.settings import Settings, packaged_data

SCHEMA_DIR: Final = Path(__file__).resolve().parent / "schemas"
RELEASED_DIR: Final = SCHEMA_DIR / "released"
EXAMPLES_DIR: Final = SCHEMA_DIR / "examples"
ASYNCAPI_PATH: Final = Path("docs/asyncapi.yaml")  # relative to the repository root

# "in": others write, mentionflow reads (a new schema must accept what the old one did);
# "out": mentionflow writes, others read (a reader of the old schema must accept what the new one
# allows); "internal": only mentionflow's own stages, no public schema.
Direction = Literal["in", "out", "internal"]


@dataclass(frozen=True)
class TopicContract:
    attr: str  # TopicNames attribute
    message: str  # AsyncAPI message id
    title: str
    direction: Direction
    key: str  # what the record key is
    description: str
    schema: str | None = None  # file in schemas/ (public topics)


TOPICS: Final = (
    TopicContract(
        "raw",
        "rawMention",
        "Raw mention",
        "in",
        "the mention id (UTF-8); any key works, the id spreads the load",
        "Mentions from the platforms' producers (adapters map X/Twitter v2 and CSV exports). Invalid records "
        "go to mentions.deadletter with their reason; each valid one from a customer becomes part of exactly "
        "one case (the brand's own posts and mentions that name no brand are in none).",
        "mentions.raw.v1.json",
    ),
    TopicContract(
        "routed",
        "routedCase",
        "Routed case",
        "out",
        "case_id (UTF-8): every revision of a case is on one partition",
        "One record per case revision. Keep the highest revision per case_id: delivery is at-least-once, "
        "the same (case_id, revision) may arrive again (made again after a crash, with a new updated_at), and "
        "an older revision may then follow a newer one (docs/contract.md). Not compacted: the last record of "
        "a key is not necessarily the latest revision.",
        "cases.routed.v1.json",
    ),
    TopicContract(
        "events",
        "caseEvent",
        "Desk event",
        "in",
        "case_id (UTF-8): co-partitioned with cases.routed",
        "What a desk did with a case: assigned, responded, resolved, reopened. Feeds the SLA timers, "
        "first-response and resolution times, and the care report.",
        "cases.events.v1.json",
    ),
    TopicContract(
        "alerts",
        "alert",
        "Alert",
        "out",
        "the alert's subject (UTF-8): the case_id for sla_breach, <brand>|<category> for spikes",
        "SLA breaches and spike or crisis alerts. alert_id is deterministic: deduplicate on it.",
        "cases.alerts.v1.json",
    ),
    TopicContract(
        "metrics",
        "metricsSnapshot",
        "Rolling metrics snapshot",
        "out",
        "the series, <dimension>|<value> (UTF-8)",
        "One record per closed window (1m tumbling, 15m and 1h hopping) per dimension value (brand, channel, "
        "queue, language, category); docs/metrics.md.",
        "metrics.rolling.v1.json",
    ),
    TopicContract(
        "deadletter",
        "deadLetter",
        "Dead letter",
        "out",
        "the original record's key (empty when it had none)",
        "Every record a stage could not process, with its reason, origin and original bytes. A re-delivered bad "
        "record is dead-lettered again: deduplicate on source topic, partition and offset.",
        "mentions.deadletter.v1.json",
    ),
    TopicContract(
        "customers",
        "customerRecord",
        "Customer directory record",
        "in",
        "the author id on the platform (UTF-8); a tombstone (no value) removes the customer",
        "The CRM's customer directory, read whole by every enrich worker (a global table). A record that is "
        "not a JSON object is ignored (the author is then an unknown customer).",
    ),
    TopicContract(
        "enriched",
        "enrichedMention",
        "Enriched mention (internal)",
        "internal",
        "the mention id",
        "Internal: the enrich stage's output in the staged topology. No contract; it may change in any release.",
    ),
    TopicContract(
        "scored",
        "scoredMention",
        "Scored mention (internal)",
        "internal",
        "the dedup key: brand:<id>, or author:<id> when no brand",
        "Internal: the sentiment stage's output in the staged topology. No contract.",
    ),
    TopicContract(
        "unique",
        "uniqueMention",
        "Unique mention (internal)",
        "internal",
        "case_id",
        "Internal: the dedup stage's decision per mention, and incident updates. No contract.",
    ),
    TopicContract(
        "metrics_series",
        "seriesEvent",
        "Metrics series event (internal)",
        "internal",
        "the series, <dimension>|<value>",
        "Internal: case revisions and care outcomes re-keyed by series for the metrics stage. No contract.",
    ),
    TopicContract(
        "author_activity",
        "authorActivity",
        "Author activity (internal)",
        "internal",
        "the author id",
        "Internal: ranter and raver activity re-keyed by author for the lifecycle stage. No contract.",
    ),
)

# The customers topic is written by a CRM export; what enrich reads of it (core/enrich.py).
CUSTOMER_SCHEMA: Final[dict[str, Any]] = {
    "type": "object",
    "description": "fields other than these are ignored; tier and lifetime_value raise a case's priority",
    "properties": {
        "author_id": {"type": "string"},
        "brand": {
            "type": ["string", "null"],
            "description": "the brand this customer record is for; another brand's customer is nobody special",
        },
        "tier": {"type": ["string", "null"], "description": "platinum | gold | silver | standard"},
        "lifetime_value": {"type": ["number", "null"], "minimum": 0},
        "open_cases": {"type": ["integer", "null"], "minimum": 0},
    },
}


def load_schema(name: str, directory: Path = SCHEMA_DIR) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads((directory / name).read_text(encoding="utf-8"))
    return schema


# --------------------------------------------------------------------------- compatibility

_LOWER_BOUNDS: Final = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
_UPPER_BOUNDS: Final = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
_EXACT: Final = ("const", "pattern", "format", "uniqueItems")
_ALL_TYPES: Final = frozenset({"string", "number", "integer", "boolean", "object", "array", "null"})


def _open_enum(node: dict[str, Any]) -> list[Any] | None:
    """The known values of an open enum node (``anyOf: [{enum}, {type: string}]``), else None."""
    branches = node.get("anyOf")
    if not isinstance(branches, list) or len(branches) != 2:
        return None
    enums = [b for b in branches if isinstance(b, dict) and set(b) == {"enum"}]
    strings = [b for b in branches if b == {"type": "string"}]
    return list(enums[0]["enum"]) if enums and strings else None


def _types(node: dict[str, Any]) -> frozenset[str]:
    """The JSON types a node allows, from ``type`` or from its ``enum``/``const`` values."""
    if "type" in node:
        declared = node["type"]
        return frozenset([declared] if isinstance(declared, str) else declared)
    values = node.get("enum", [node["const"]] if "const" in node else None)
    if values is None:
        return _ALL_TYPES
    names = {"null" if v is None else "boolean" if isinstance(v, bool) else type(v).__name__ for v in values}
    return frozenset(
        {"str": "string", "int": "integer", "float": "number", "dict": "object", "list": "array"}.get(n, n)
        for n in names
    )


def breaking_changes(old: Any, new: Any, direction: Direction, path: str = "$") -> list[str]:
    """What in ``new`` breaks a reader or writer of ``old`` (empty: compatible within the version)."""
    if not isinstance(old, dict) or not isinstance(new, dict):
        return [] if old == new else [f"{path}: schema changed from {old!r} to {new!r}"]
    problems: list[str] = []
    old_open, new_open = _open_enum(old), _open_enum(new)
    if old_open is not None or new_open is not None:
        if new_open is None:
            problems.append(f"{path}: an open enum became closed or changed shape")
        elif old_open is not None:
            problems += [f"{path}: enum value {v!r} removed" for v in old_open if v not in new_open]
        return problems
    # Types: narrowing breaks writers of the old schema, widening breaks its readers.
    old_types, new_types = _types(old), _types(new)
    if "integer" in new_types and "number" in old_types:
        old_types |= {"integer"}
    if new_types != old_types:
        lost, gained = sorted(old_types - new_types), sorted(new_types - old_types)
        if lost:
            problems.append(f"{path}: type narrowed, {', '.join(lost)} no longer allowed")
        if gained:
            problems.append(f"{path}: type widened, {', '.join(gained)} now allowed (old readers reject it)")
    if "enum" in old or "enum" in new:
        old_values, new_values = old.get("enum", []), new.get("enum", [])
        if "enum" not in new:
            problems.append(f"{path}: enum dropped")
        elif "enum" not in old:
            problems.append(f"{path}: enum added (values were free)")
        else:
            problems += [f"{path}: enum value {v!r} removed" for v in old_values if v not in new_values]
            # Closed enums: a value added is what an old reader rejects (writers of "in" topics gain a choice).
            if direction != "in":
                problems += [f"{path}: value {v!r} added to a closed enum" for v in new_values if v not in old_values]
    for key in _EXACT:
        if old.get(key) != new.get(key):
            problems.append(f"{path}: {key} changed from {old.get(key)!r} to {new.get(key)!r}")
    for key in (*_LOWER_BOUNDS, *_UPPER_BOUNDS):
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        tighter = after is not None and (before is None or (after > before if key in _LOWER_BOUNDS else after < before))
        # "in": a tighter bound rejects what writers sent; "out": a looser one sends what readers reject.
        if tighter and direction == "in":
            problems.append(f"{path}: {key} tightened from {before!r} to {after!r}")
        elif not tighter and direction != "in":
            problems.append(f"{path}: {key} loosened from {before!r} to {after!r}")
    # Objects: the content model stays open, no field goes, none becomes required.
    if new.get("additionalProperties") is False and old.get("additionalProperties") is not False:
        problems.append(f"{path}: additionalProperties closed (unknown fields rejected)")
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    for name, sub in old_props.items():
        if name not in new_props:
            problems.append(f"{path}.{name}: field removed")
        else:
            problems += breaking_changes(sub, new_props[name], direction, f"{path}.{name}")
    old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
    problems += [f"{path}.{name}: newly required" for name in sorted(new_required - old_required)]
    # A field no longer required is one a reader of the old schema may not find.
    if direction != "in":
        problems += [f"{path}.{name}: no longer required" for name in sorted(old_required - new_required)]
    for key in ("items", "additionalProperties", "not", "if", "then", "else"):
        if isinstance(old.get(key), dict) or isinstance(new.get(key), dict):
            problems += breaking_changes(old.get(key), new.get(key), direction, f"{path}.<{key}>")
    for key in ("oneOf", "anyOf", "allOf"):
        old_list, new_list = old.get(key), new.get(key)
        if old_list is None and new_list is None:
            continue
        if not isinstance(old_list, list) or not isinstance(new_list, list) or len(old_list) != len(new_list):
            problems.append(f"{path}: {key} changed shape")
            continue
        for i, (before, after) in enumerate(zip(old_list, new_list, strict=True)):
            problems += breaking_changes(before, after, direction, f"{path}.<{key}[{i}]>")
    return problems


def closed_content_models(schema: Any, path: str = "$") -> list[str]:
    """Where a schema rejects fields it does not know (``additionalProperties: false``)."""
    found: list[str] = []
    if isinstance(schema, dict):
        if schema.get("additionalProperties") is False:
            found.append(path)
        for key, value in schema.items():
            found += closed_content_models(value, f"{path}.{key}")
    elif isinstance(schema, list):
        for i, value in enumerate(schema):
            found += closed_content_models(value, f"{path}[{i}]")
    return found


def compatibility_report() -> dict[str, list[str]]:
    """Each public schema's breaking changes against its released snapshot."""
    report: dict[str, list[str]] = {}
    for topic in TOPICS:
        if topic.schema is None:
            continue
        released = RELEASED_DIR / topic.schema
        if not released.exists():
            report[topic.schema] = [f"no released snapshot {released.name} in {RELEASED_DIR}"]
            continue
        report[topic.schema] = breaking_changes(
            load_schema(topic.schema, RELEASED_DIR), load_schema(topic.schema), topic.direction
        )
    return report


# --------------------------------------------------------------------------- examples


def examples() -> dict[str, list[dict[str, Any]]]:
    """Example payloads per public schema, made by the code that makes the real records."""
    from mentionflow.core.lifecycle import CaseLedger, case_view
    from mentionflow.core.metrics import (
        MentionTimes,
        RollingMetrics,
        metric_event,
        remember_unique,
        revision_time,
        series_of,
    )
    from mentionflow.core.pipeline import Pipeline
    from mentionflow.core.spikes import SpikeDetector
    from mentionflow.schema import (
        CodecError,
        dead_letter,
        decode_case_event,
        decode_raw_mention,
        encode,
        parse_time,
    )

    def as_json(record: Any) -> dict[str, Any]:
        out: dict[str, Any] = orjson.loads(encode(record))
        return out

    settings = Settings.model_construct()  # the defaults, whatever the environment says
    core = Pipeline.from_settings(settings)
    lines = packaged_data("sample_mentions.jsonl").read_bytes().splitlines()
    raws = [decode_raw_mention(line) for line in lines]
    # A plain post, a reply in a thread, a repost: what producers write, as the codec normalises it.
    picked = [raws[0]]
    picked += [next(r for r in raws if r.in_reply_to)]
    picked += [next(r for r in raws if r.reposted_id)]
    raw_examples = [as_json(r) for r in picked]

    rolling = RollingMetrics({}, {}, {}, SpikeDetector())
    times = MentionTimes()
    stream_time = 0.0
    revisions: list[dict[str, Any]] = []
    snapshots: list[dict[str, Any]] = []
    spikes: list[dict[str, Any]] = []
    for raw in raws:
        now = parse_time(raw.created_at) + 5  # a worker keeping up: five seconds after the post
        unique, case = core.run(raw, now)
        remember_unique(times, encode(unique))
        for revision in [case, *core.escalations(unique, now)]:
            if revision is None:
                continue
            revisions.append(as_json(revision))
            view = case_view(revisions[-1])
            ts = revision_time(view, times)
            stream_time = max(stream_time, ts)
            event = metric_event(view, ts)
            for key in series_of(event):
                rolling.add(key, event, stream_time - 120)
        for key in list(rolling.aggregator.series):
            result = rolling.close(key, stream_time - 120, now)
            snapshots += [as_json(s) for s in result.snapshots]
            spikes += [as_json(a) for a in result.alerts]

    routed = []
    for update in ("created", "repost_attached", "incident_escalated"):
        routed.append(next(r for r in revisions if r["update"] == update))
    first = routed[0]

    # Desk events as a desk tool writes them, normalised by the codec.
    desk = [
        {"case_id": first["case_id"], "event": "assigned", "at": "2026-11-20T09:05:00Z", "by": "agent-17"},
        {"case_id": first["case_id"], "event": "responded", "at": "2026-11-20T10:09:30+01:00", "channel": "public"},
    ]
    events = [as_json(decode_case_event(orjson.dumps(e))) for e in desk]

    # An SLA breach found by the lifecycle timer for the first case, nobody having answered.
    ledger = CaseLedger({})
    view = case_view(first)
    ledger.on_case(view, parse_time(first["updated_at"]))
    due = parse_time(first["sla_due_at"])
    breach = ledger.check(first["case_id"], due + 120)
    assert breach is not None, "the first sample case has no SLA breach"
    alerts = [as_json(breach.alert(due + 121)), spikes[0]]

    metrics = [
        next(s for s in snapshots if s["window"] == "1m" and s["dimension"] == "brand"),
        next(s for s in snapshots if s["window"] == "15m" and s["dimension"] == "queue"),
    ]

    letters = []
    bad_records = [
        b'{"id": "tw-1", "channel": "twitter", "text": ',
        orjson.dumps({**orjson.loads(lines[0]), "author": {"id": "u1", "handle": "jo", "followers": "many"}}),
    ]
    for offset, bad in enumerate(bad_records, start=1041):
        try:
            decode_raw_mention(bad)
        except CodecError as exc:
            failed_at = parse_time("2026-11-20T09:30:00.250Z")
            letters.append(
                as_json(
                    dead_letter(
                        bad,
                        exc,
                        stage="enrich",
                        topic="mentions.raw",
                        partition=3,
                        offset=offset,
                        key=b"tw-1",
                        timestamp_ms=int(failed_at * 1000) - 40,
                        failed_at=failed_at,
                    )
                )
            )
    return {
        "mentions.raw.v1.json": raw_examples,
        "cases.routed.v1.json": routed,
        "cases.events.v1.json": events,
        "cases.alerts.v1.json": alerts,
        "metrics.rolling.v1.json": metrics,
        "mentions.deadletter.v1.json": letters,
    }


def examples_text(payloads: list[dict[str, Any]]) -> str:
    return json.dumps(payloads, indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------- AsyncAPI


def _public_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """A published JSON Schema as an AsyncAPI (draft-07 superset) schema object."""
    embedded = copy.deepcopy(schema)
    embedded.pop("$schema", None)
    embedded.pop("$id", None)
    return embedded


def asyncapi_document(payload_examples: dict[str, list[dict[str, Any]]] | None = None) -> dict[str, Any]:
    """The AsyncAPI 3 description of every topic, from the topic table, settings defaults and schemas."""
    from mentionflow.kafka_client import topic_specs

    settings = Settings.model_construct()
    names = settings.topics
    specs = {spec.name: spec for spec in topic_specs(settings)}
    payload_examples = examples() if payload_examples is None else payload_examples
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    messages: dict[str, Any] = {}
    schemas: dict[str, Any] = {}
    for topic in TOPICS:
        address = getattr(names, topic.attr)
        spec = specs.pop(address)
        config: dict[str, Any] = {"cleanup.policy": [spec.topic_configs["cleanup.policy"]]}
        for name in ("retention.ms", "max.message.bytes"):
            if name in spec.topic_configs:
                config[name] = int(spec.topic_configs[name])
        parts = address.replace("-", ".").split(".")
        channel_id = parts[0] + "".join(part.capitalize() for part in parts[1:])  # cases.routed -> casesRouted
        message: dict[str, Any] = {
            "name": topic.message,
            "title": topic.title,
            "contentType": "application/json",
            "bindings": {"kafka": {"key": {"type": "string", "description": topic.key}, "bindingVersion": "0.5.0"}},
        }
        if topic.schema is not None:
            schema_id = topic.schema.removesuffix(".json").replace(".", "_")
            schemas[schema_id] = _public_schema(load_schema(topic.schema))
            message["summary"] = f"JSON Schema: src/mentionflow/schemas/{topic.schema}"
            message["payload"] = {"$ref": f"#/components/schemas/{schema_id}"}
            message["examples"] = [
                {"name": f"{topic.message}{i}", "payload": payload}
                for i, payload in enumerate(payload_examples.get(topic.schema, []), start=1)
            ]
        elif topic.attr == "customers":
            message["payload"] = copy.deepcopy(CUSTOMER_SCHEMA)
        else:
            message["payload"] = {"type": "object", "description": "internal: no contract, may change in any release"}
        if topic.direction == "internal":
            message["tags"] = [{"name": "internal"}]
        messages[topic.message] = message
        channels[channel_id] = {
            "address": address,
            "title": address,
            "description": topic.description,
            "messages": {topic.message: {"$ref": f"#/components/messages/{topic.message}"}},
            "bindings": {
                "kafka": {
                    "topic": address,
                    "partitions": spec.num_partitions,
                    "replicas": spec.replication_factor,
                    "topicConfiguration": config,
                    "bindingVersion": "0.5.0",
                }
            },
        }
        # mentionflow's side: it receives what others write, sends what it makes.
        actions = {"in": ["receive"], "out": ["send"], "internal": ["send", "receive"]}[topic.direction]
        for action in actions:
            operations[f"{action}{topic.message[0].upper()}{topic.message[1:]}"] = {
                "action": action,
                "channel": {"$ref": f"#/channels/{channel_id}"},
                "messages": [{"$ref": f"#/channels/{channel_id}/messages/{topic.message}"}],
            }
    if specs:  # a topic created by the code but not described here
        raise RuntimeError(f"topics without a contract entry: {sorted(specs)}")
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "mentionflow",
            "version": __version__,
            "description": (
                "Every Kafka topic mentionflow creates, generated from the code by `python -m mentionflow.contract "
                "write` (do not edit by hand). Partitions, replicas and retention are the defaults "
                "(MENTIONFLOW_TOPIC_PARTITIONS, MENTIONFLOW_TOPIC_REPLICATION, MENTIONFLOW_RETENTION_HOURS); "
                "MENTIONFLOW_TOPIC_PREFIX prefixes every address. Payloads are JSON; each public one carries "
                "schema_version. Within a version fields are only added, as optional, and open enums may gain "
                "values: readers ignore fields they do not know and read an unknown value of an open enum as its "
                "schema says. Besides these topics the worker keeps its tables in compacted faust changelog "
                "topics (<app id>-<table>-changelog), internal. See docs/contract.md and docs/reliability.md."
            ),
        },
        "defaultContentType": "application/json",
        "servers": {
            "local": {
                "host": "localhost:9092",
                "protocol": "kafka",
                "description": "the local broker (`mentionflow kafka start`); production sets MENTIONFLOW_KAFKA",
            }
        },
        "channels": channels,
        "operations": operations,
        "components": {"messages": messages, "schemas": schemas},
    }


def asyncapi_text(document: dict[str, Any] | None = None) -> str:
    document = asyncapi_document() if document is None else document
    body = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)
    return "# Generated by `python -m mentionflow.contract write`; do not edit by hand.\n" + body


# --------------------------------------------------------------------------- command


def same_content(a: Any, b: Any) -> bool:
    """Equal as data, floats to 1e-9: a sentiment score's last digit depends on set order (hash seed)."""
    if isinstance(a, float) or isinstance(b, float):
        return isinstance(a, int | float) and isinstance(b, int | float) and math.isclose(a, b, rel_tol=1e-9)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_content(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_content(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def up_to_date(path: Path, text: str) -> bool:
    """Whether ``path`` holds what ``text`` says (YAML or JSON, compared as data)."""
    if not path.exists():
        return False
    return same_content(yaml.safe_load(path.read_text(encoding="utf-8")), yaml.safe_load(text))


def generated_files(root: Path) -> dict[Path, str]:
    """Every generated file under the repository ``root``, with its content."""
    payloads = examples()
    files = {root / ASYNCAPI_PATH: asyncapi_text(asyncapi_document(payloads))}
    for name, records in payloads.items():
        files[EXAMPLES_DIR / name.replace(".json", ".examples.json")] = examples_text(records)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mentionflow.contract", description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["write", "check"], help="write the generated files, or check them")
    parser.add_argument("--root", default=".", help="the repository root (where docs/ is)")
    args = parser.parse_args(argv)
    root = Path(args.root)
    stale = []
    for path, text in generated_files(root).items():
        if args.action == "write":
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}", file=sys.stderr)
        elif not up_to_date(path, text):
            stale.append(path)
    problems = [f"{name}: {p}" for name, found in compatibility_report().items() for p in found]
    for path in stale:
        print(f"out of date: {path} (run python -m mentionflow.contract write)", file=sys.stderr)
    for problem in problems:
        print(f"breaking change: {problem}", file=sys.stderr)
    return 1 if stale or problems else 0


if __name__ == "__main__":
    sys.exit(main())
