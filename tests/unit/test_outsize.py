"""outsize: an output too large for its topic is fitted before it is sent (the real-broker check
is tests/faults/test_fault_oversize.py)."""

from __future__ import annotations

import asyncio
import base64
import hashlib
from collections.abc import Sequence

import orjson

from mentionflow.runtime.outsize import RECORD_OVERHEAD, OutputSizes, shrink_dead_letter
from mentionflow.schema import DecodeError, dead_letter, encode

DLQ = "mentions.deadletter"
CASES = "cases.routed"


def letter_of(payload: bytes) -> bytes:
    error = DecodeError("bad json")
    return encode(dead_letter(payload, error, stage="enrich", topic="mentions.raw", partition=0, offset=7, failed_at=0))


def fit(records: list, limits: dict[str, int]) -> tuple[list, OutputSizes]:
    async def fetch(topics: Sequence[str]) -> dict[str, int]:
        return {t: limits[t] for t in topics if t in limits}

    sizes = OutputSizes(fetch, DLQ, "enrich")
    return asyncio.run(sizes.fit(records)), sizes


def test_a_dead_letter_over_its_topic_limit_is_cut_with_its_size_and_digest() -> None:
    payload = b'{"text": "' + b"\x01" * 200_000  # control bytes: 6 bytes each as JSON
    value = letter_of(payload)
    [(topic, _, key, fitted)], sizes = fit([(DLQ, None, b"k", value)], {DLQ: 65536})
    assert topic == DLQ and sizes.shrunk == 1 and sizes.diverted == 0
    assert len(fitted) + len(key) + RECORD_OVERHEAD <= 65536 < len(value)
    letter = orjson.loads(fitted)
    assert letter["payload_truncated"] is True
    assert letter["payload_bytes"] == len(payload)
    assert letter["payload_sha256"] == hashlib.sha256(payload).hexdigest()
    assert payload.decode().startswith(letter["payload"])


def test_a_base64_payload_is_cut_at_whole_quanta() -> None:
    payload = b"\xff" * 100_000
    fitted = shrink_dead_letter(letter_of(payload), 20_000)
    assert fitted is not None and len(fitted) <= 20_000
    kept = base64.b64decode(orjson.loads(fitted)["payload"])
    assert payload.startswith(kept) and kept


def test_a_case_over_its_topic_limit_goes_to_the_dead_letter_topic() -> None:
    case = orjson.dumps({"case_id": "case-1", "revision": 1, "text": "x" * 30_000})
    small = orjson.dumps({"case_id": "case-2", "revision": 1, "text": "hi"})
    out, sizes = fit([(CASES, None, b"case-1", case), (CASES, None, b"case-2", small)], {CASES: 16384, DLQ: 2**21})
    assert out[1] == (CASES, None, b"case-2", small)
    topic, _, key, value = out[0]
    assert (topic, key, sizes.diverted) == (DLQ, b"case-1", 1)
    letter = orjson.loads(value)
    assert letter["error_code"] == "payload_too_large"
    assert letter["source"]["topic"] == CASES and letter["source"]["offset"] == -1
    assert letter["payload"].encode() == case and letter["payload_sha256"] == hashlib.sha256(case).hexdigest()


def test_records_that_fit_are_left_as_they_are() -> None:
    records = [(CASES, None, b"k", b"x" * 20_000), (DLQ, 0, None, b"y" * 10)]
    out, sizes = fit(list(records), {CASES: 1_048_588, DLQ: 2**21})
    assert out == records and sizes.shrunk == sizes.diverted == 0
