"""The event contract: codec round trips and validation messages that name the field."""

from __future__ import annotations

import base64
import contextlib
import hashlib
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentionflow import schema
from mentionflow.schema import (
    DEADLETTER_MAX_RECORD_BYTES,
    DEADLETTER_TOPIC_MAX_BYTES,
    DecodeError,
    PayloadTooLargeError,
    SchemaVersionError,
    ValidationError,
    dead_letter,
    decode_raw_mention,
    encode,
)


def raw(**overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "schema_version": 1,
        "id": "tw-1",
        "channel": "twitter",
        "text": "@SkyLarkAir my bag is lost",
        "created_at": "2026-11-20T09:00:00+01:00",
        "author": {"id": "u1", "handle": "jo", "followers": 10, "verified": False},
    }
    record.update(overrides)
    return record


def test_valid_mention_decodes_and_normalises_time() -> None:
    m = decode_raw_mention(orjson.dumps(raw(reposted_id="tw-0", engagement={"likes": 3})))
    assert m.id == "tw-1"
    assert m.created_at == "2026-11-20T08:00:00.000Z"
    assert m.author.followers == 10
    assert m.reposted_id == "tw-0"
    assert m.engagement is not None and m.engagement.likes == 3


def test_schema_version_defaults_to_1_and_unknown_fields_are_ignored() -> None:
    record = raw(extra_field=True)
    del record["schema_version"]
    assert decode_raw_mention(orjson.dumps(record)).schema_version == 1


@pytest.mark.parametrize(
    ("payload", "error", "field"),
    [
        (b'{"id": ', DecodeError, None),
        (b"[1, 2]", ValidationError, None),
        (orjson.dumps(raw(schema_version=2)), SchemaVersionError, "schema_version"),
        (orjson.dumps({k: v for k, v in raw().items() if k != "text"}), ValidationError, "text"),
        (orjson.dumps(raw(channel="myspace")), ValidationError, "channel"),
        (orjson.dumps(raw(text=42)), ValidationError, "text"),
        (orjson.dumps(raw(created_at="yesterday")), ValidationError, "created_at"),
        (orjson.dumps(raw(author={"id": "u1"})), ValidationError, "author.handle"),
        (orjson.dumps(raw(author={"id": "u1", "handle": "h", "followers": "10"})), ValidationError, "author.followers"),
        (orjson.dumps(raw(author={"id": "u1", "handle": "h", "followers": True})), ValidationError, "author.followers"),
        (orjson.dumps(raw(author={"id": "u1", "handle": "h", "verified": "yes"})), ValidationError, "author.verified"),
        (orjson.dumps(raw(id="")), ValidationError, "id"),
        (orjson.dumps(raw(engagement={"likes": -1})), ValidationError, "engagement.likes"),
        (b"\xff\xfe not utf-8", DecodeError, None),
        (b"[" * 5000 + b"]" * 5000, DecodeError, None),
    ],
)
def test_invalid_input_names_the_problem(payload: bytes, error: type[Exception], field: str | None) -> None:
    with pytest.raises(error) as info:
        decode_raw_mention(payload)
    assert getattr(info.value, "field", None) == field
    if field:
        assert field in str(info.value)


def test_payload_limit_is_checked_before_parsing() -> None:
    with pytest.raises(PayloadTooLargeError):
        decode_raw_mention(orjson.dumps(raw(text="x" * 2000)), max_bytes=1024)


def test_dead_letter_keeps_original_bytes_and_origin() -> None:
    payload = b"\xff\x00binary"
    letter = dead_letter(
        payload,
        DecodeError("malformed JSON: x"),
        stage="enrich",
        topic="mentions.raw",
        partition=3,
        offset=42,
        key=b"k",
        timestamp_ms=1,
        failed_at=0.0,
    )
    assert letter.payload_encoding == "base64"
    assert base64.b64decode(letter.payload) == payload
    assert (letter.source.topic, letter.source.partition, letter.source.offset) == ("mentions.raw", 3, 42)
    assert letter.error_code == "malformed_json"
    big = dead_letter(
        b"x" * 1000,
        RuntimeError("boom"),
        stage="route",
        topic="t",
        partition=0,
        offset=0,
        failed_at=0.0,
        max_payload_bytes=100,
    )
    assert big.payload_truncated and big.payload_bytes == 1000 and len(big.payload) == 100
    assert big.error_code == "processing_error"


def test_internal_records_round_trip() -> None:
    m = decode_raw_mention(orjson.dumps(raw()))
    enrichment = schema.Enrichment(
        text_clean="my bag is lost",
        lang="en",
        lang_confidence=0.9,
        lang_reliable=True,
        shouting=False,
        brand="skylark",
        entities=schema.Entities(),
        influence=schema.Influence("nano", 0.1),
        customer=schema.CustomerValue(),
    )
    analysis = schema.Analysis(-0.7, "negative", 0.9, "complaint", "major", "delivery", True, ["lost"])
    unique = schema.UniqueMention(
        m, enrichment, analysis, schema.DedupDecision("new_case", "case-1"), schema.Trace(1.0)
    )
    again = schema.decode_unique(schema.encode(unique))
    assert again == unique


def test_internal_records_from_a_newer_release_are_read_without_its_new_fields() -> None:
    # Rolling upgrade: a newer worker's unique mention (or table state) carries fields this
    # release does not know, at every nested level; an older reader must read it, not dead-letter it.
    m = decode_raw_mention(orjson.dumps(raw()))
    enrichment = schema.Enrichment(
        "bag lost",
        "en",
        0.9,
        True,
        False,
        "skylark",
        schema.Entities(),
        schema.Influence("nano", 0.1),
        schema.CustomerValue(),
    )
    analysis = schema.Analysis(-0.7, "negative", 0.9, "complaint", "major", "delivery", True)
    unique = schema.UniqueMention(
        m, enrichment, analysis, schema.DedupDecision("new_case", "case-1"), schema.Trace(1.0)
    )
    newer = orjson.loads(schema.encode(unique))
    for part in (
        newer["analysis"],
        newer["dedup"],
        newer["trace"],
        newer["enrichment"]["entities"],
        newer["enrichment"]["influence"],
        newer["enrichment"]["customer"],
    ):
        part["added_in_a_later_release"] = [1, 2]
    assert schema.decode_unique(orjson.dumps(newer)) == unique
    # A field that is missing, or a part that is not an object, is still an error.
    del newer["dedup"]["case_id"]
    with pytest.raises(schema.ValidationError):
        schema.decode_unique(orjson.dumps(newer))
    newer["dedup"] = [1, 2]
    with pytest.raises(schema.ValidationError):
        schema.decode_unique(orjson.dumps(newer))


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=300),
        st.recursive(
            st.none()
            | st.booleans()
            | st.integers(-(2**63), 2**63 - 1)
            | st.floats(allow_nan=False)
            | st.text(max_size=20),
            lambda children: (
                st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=5)
            ),
            max_leaves=20,
        ).map(orjson.dumps),
    )
)
def test_decoder_never_raises_anything_but_codec_errors(payload: bytes) -> None:
    with contextlib.suppress(schema.CodecError):
        decode_raw_mention(payload)


@pytest.mark.parametrize("byte", [b"\x01", b'"', b"\\", "é".encode(), b"x"])
def test_dead_letter_fits_the_deadletter_topic_however_the_payload_escapes(byte: bytes) -> None:
    # Issue 15: control bytes grow ~6x as JSON; a 400 KB raw record became a 2.4 MB dead letter,
    # over the topic's 2 MiB max.message.bytes, and was never delivered.
    payload = b'{"text": "' + byte * (400_000 // len(byte)) + b'"}'
    letter = dead_letter(
        payload, DecodeError("bad"), stage="enrich", topic="mentions.raw", partition=5, offset=77, failed_at=0.0
    )
    wire = encode(letter)
    assert len(wire) <= DEADLETTER_MAX_RECORD_BYTES < DEADLETTER_TOPIC_MAX_BYTES
    back = orjson.loads(wire)
    assert back["payload_sha256"] == hashlib.sha256(payload).hexdigest() and back["payload_bytes"] == len(payload)
    assert (back["source"]["topic"], back["source"]["partition"], back["source"]["offset"]) == ("mentions.raw", 5, 77)
    assert payload.startswith(back["payload"].encode("utf-8"))
    if byte == b"\x01":  # 6 bytes of JSON each: cut by encoded size, keeping as much as fits
        assert back["payload_truncated"] and len(wire) > DEADLETTER_MAX_RECORD_BYTES - 100
    else:  # at most 2x: 800 KB fits whole
        assert not back["payload_truncated"] and back["payload"].encode() == payload


def test_dead_letter_of_binary_payload_fits_too() -> None:
    payload = bytes(range(256)) * 8000  # 2 MB, not UTF-8: base64 grows it 4/3
    letter = dead_letter(payload, DecodeError("bad"), stage="enrich", topic="t", partition=0, offset=1, failed_at=0.0)
    wire = encode(letter)
    assert len(wire) <= DEADLETTER_MAX_RECORD_BYTES
    assert payload.startswith(base64.b64decode(orjson.loads(wire)["payload"]))
