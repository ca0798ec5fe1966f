"""The internal micro-batch envelope (schema.encode_batch / decode_internal) and the packing of a
stage's outputs into one envelope per topic-partition (runtime/batches.py)."""

from __future__ import annotations

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentionflow.runtime.batches import ENVELOPE_MAX_BYTES, pack
from mentionflow.runtime.records import Record, event_of, unpack
from mentionflow.schema import (
    INTERNAL_BATCH_VERSION,
    CodecError,
    SchemaVersionError,
    ValidationError,
    decode_internal,
    decode_scored,
    encode_batch,
)

SCORED = "mentions.scored"


def record(i: int, size: int = 0) -> bytes:
    return orjson.dumps({"n": i, "pad": "x" * size, "schema_version": 1})  # as encode() ends a record


def test_an_envelope_round_trips_its_records_and_keys_in_order() -> None:
    values = [record(i) for i in range(5)]
    keys = [b"brand:a", None, "author:é".encode(), b"brand:a", b"x"]
    data = encode_batch(keys, values)
    obj = orjson.loads(data)
    assert obj["schema_version"] == INTERNAL_BATCH_VERSION == 2 and obj["count"] == 5
    assert obj["n"] == 0 and [r["n"] for r in obj["rest"]] == [1, 2, 3, 4]  # the first record, carrying the rest
    records, names = decode_internal(data)
    assert records == [orjson.loads(v) for v in values]
    assert names == ["brand:a", None, "author:é", "brand:a", "x"]


def test_the_per_mention_format_is_one_record_with_its_own_key() -> None:
    records, names = decode_internal(record(3))
    assert records == [orjson.loads(record(3))] and names is None
    no_version = orjson.dumps({"n": 1})  # v1 records may leave schema_version out
    assert decode_internal(no_version) == ([{"n": 1}], None)


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"{", CodecError),
        (b"[1]", ValidationError),
        (None, CodecError),
        (b'{"schema_version":3,"rest":[]}', SchemaVersionError),
        (b'{"schema_version":true}', SchemaVersionError),
        (b'{"schema_version":2,"count":3,"keys":[null,null,null],"rest":[{}]}', ValidationError),  # cut
        (b'{"schema_version":2,"count":2,"keys":[null,null],"rest":{}}', ValidationError),
        (b'{"schema_version":2,"count":2,"keys":[null],"rest":[{}]}', ValidationError),
        (b'{"schema_version":2,"count":2,"rest":[{}]}', ValidationError),  # no keys
    ],
)
def test_a_record_that_is_no_readable_envelope_fails_whole(data: bytes | None, error: type[Exception]) -> None:
    with pytest.raises(error):
        decode_internal(data)


def test_each_record_of_an_envelope_is_checked_by_its_own_decoder() -> None:
    records, _ = decode_internal(encode_batch([None, None], [b'{"x":1,"schema_version":1}', b'{"schema_version":9}']))
    with pytest.raises(ValidationError):
        decode_scored(records[0])  # fields missing
    with pytest.raises(SchemaVersionError):
        decode_scored(records[1])
    with pytest.raises(ValidationError):
        decode_scored(7)  # type: ignore[arg-type]  # a record of an envelope that is no object


def test_unpack_gives_an_event_per_mention_at_the_envelopes_position() -> None:
    data = encode_batch([b"k0", b"k1"], [record(0), record(1)])
    items = unpack(event_of(data, SCORED, 3, 99, b"k0", timestamp=4.5))
    assert [e.message.index for e in items] == [0, 1]  # type: ignore[attr-defined]
    assert [e.message.key for e in items] == [b"k0", b"k1"]
    assert {(e.message.topic, e.message.partition, e.message.offset, e.message.timestamp) for e in items} == {
        (SCORED, 3, 99, 4.5)
    }
    assert [e.message.value["n"] for e in items] == [0, 1]
    (single,) = unpack(event_of(record(7), SCORED, 1, 2, b"own"))
    assert single.message.key == b"own" and single.message.value["n"] == 7


def by_key(partitions: int = 4):  # type: ignore[no-untyped-def]
    return lambda topic: lambda key: sum(key or b"") % partitions


def test_pack_makes_one_envelope_per_partition_and_keeps_each_partitions_order() -> None:
    records: list[Record] = [(SCORED, None, f"brand:{i % 3}".encode(), record(i)) for i in range(12)]
    records.insert(4, ("mentions.deadletter", None, b"d", b"{}"))
    records.insert(7, ("cases.routed", None, b"c", b"{}"))
    out = pack(records, {SCORED}, by_key())
    assert out[:2] == [records[4], records[7]]  # the other topics' records go on as they are
    envelopes = out[2:]
    partitions = by_key()(SCORED)
    assert len(envelopes) == len({partitions(r[2]) for r in records if r[0] == SCORED})
    for topic, partition, key, value in envelopes:
        assert topic == SCORED and partition is not None
        got, keys = decode_internal(value)
        assert keys is not None
        expected = [r for r in records if r[0] == SCORED and partitions(r[2]) == partition]
        assert got == [orjson.loads(r[3] or b"") for r in expected]
        assert keys == [(r[2] or b"").decode() for r in expected]
        assert key == expected[0][2]


def test_encode_batch_needs_a_first_record_as_encode_makes_it() -> None:
    with pytest.raises(ValueError):
        encode_batch([None, None], [b'{"schema_version":1,"x":1}', record(1)])


def test_a_partitions_only_record_and_one_that_cannot_lead_go_on_as_they_are() -> None:
    odd = orjson.dumps({"schema_version": 1, "n": 1})  # schema_version first: cannot lead an envelope
    records: list[Record] = [(SCORED, 0, b"a", record(0)), (SCORED, 1, b"b", odd), (SCORED, 1, b"c", record(2))]
    records.append((SCORED, 1, b"d", record(3)))
    out = pack(records, {SCORED}, by_key())
    assert out[:2] == [records[0], records[1]]
    (_, partition, key, value) = out[2]
    assert (partition, key) == (1, b"c") and [r["n"] for r in decode_internal(value)[0]] == [2, 3]
    assert decode_internal(value)[1] == ["c", "d"]


def test_pack_keeps_an_explicit_partition_and_sends_records_it_cannot_place_one_by_one() -> None:
    records: list[Record] = [(SCORED, 6, b"a", record(0)), (SCORED, 6, b"c", record(2))]
    (_, partition, _, value) = pack(records, {SCORED}, lambda topic: None)[0]
    assert partition == 6 and decode_internal(value)[0] == [orjson.loads(record(0)), orjson.loads(record(2))]
    # A record it cannot place (no metadata yet) may land on partition 6 too: the topic's records
    # then all go on one by one, in their order (an envelope after it would reorder partition 6).
    records.insert(1, (SCORED, None, b"b", record(1)))
    assert pack(records, {SCORED}, lambda topic: None) == records
    assert pack(records, {SCORED}, lambda topic: lambda key: None if key == b"b" else 6) == records


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([SCORED, "mentions.unique", "cases.routed"]),
            st.one_of(st.none(), st.integers(0, 3)),
            st.sampled_from([b"a", b"b", b"cc", b"ddd", None]),
            st.integers(0, 3_000),
        ),
        max_size=40,
    ),
    st.sampled_from(["all", "none", "some"]),
    st.integers(200, 20_000),
)
def test_pack_never_drops_duplicates_or_reorders_a_partitions_records(
    spec: list[tuple[str, int | None, bytes | None, int]], placing: str, limit: int
) -> None:
    """Whatever the partitioner knows and whatever the size limit: after the producer places
    what pack left unplaced (the same partitioner, once it has metadata), each topic-partition
    receives exactly its records, in their order."""

    def eventual(key: bytes | None) -> int:
        return len(key or b"") % 4

    def partitioner_of(topic: str):  # type: ignore[no-untyped-def]
        if placing == "none":
            return None
        return lambda key: None if placing == "some" and key == b"cc" else eventual(key)

    records: list[Record] = [(t, p, k, record(i, pad)) for i, (t, p, k, pad) in enumerate(spec)]
    out = pack(records, {SCORED, "mentions.unique"}, partitioner_of, lambda topic: limit)

    def destinations(rs: list[Record], unpacked: bool) -> dict[tuple[str, int], list[int]]:
        got: dict[tuple[str, int], list[int]] = {}
        for topic, partition, key, value in rs:
            where = (topic, eventual(key) if partition is None else partition)
            items = decode_internal(value)[0] if unpacked and topic != "cases.routed" else [orjson.loads(value or b"")]
            got.setdefault(where, []).extend(item["n"] for item in items)
        return got

    assert destinations(out, unpacked=True) == destinations(records, unpacked=False)


def test_pack_splits_at_the_size_limit_in_order_and_sends_an_oversized_record_alone() -> None:
    values = [record(i, 3_000) for i in range(10)]
    values[4] = record(4, 20_000)  # over the limit on its own
    records: list[Record] = [(SCORED, None, b"k", v) for v in values]
    out = pack(records, {SCORED}, by_key(1), lambda topic: 10_000)
    assert all(len(r[3] or b"") <= 10_000 for r in out if r[3] != values[4])
    assert values[4] in [r[3] for r in out]
    flattened = []
    for _, _, _, value in out:
        flattened.extend(decode_internal(value)[0])
    assert [r["n"] for r in flattened] == list(range(10))  # nothing lost, nothing reordered


def test_pack_never_passes_its_own_ceiling() -> None:
    records: list[Record] = [(SCORED, None, b"k", record(i, 50_000)) for i in range(30)]
    out = pack(records, {SCORED}, by_key(1), lambda topic: 10 * ENVELOPE_MAX_BYTES)
    assert len(out) > 1 and all(len(r[3] or b"") <= ENVELOPE_MAX_BYTES for r in out)
