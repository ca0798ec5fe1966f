"""Micro-batches on the internal hops: one Kafka record per destination partition per input batch.

faust's cost per record and hop is most of a worker's CPU (docs/benchmarks.md). A stage's outputs
to an internal topic (``mentions.enriched``, ``mentions.scored``, ``mentions.unique``) are put in
one envelope (``schema.encode_batch``) per topic-partition, in their order, so the next hop pays
faust's per-record path once per envelope; it unpacks it (``records.unpack``) and handles, and
dead-letters, each mention on its own.

Each mention goes to the partition its own key would have taken (the producer's partitioner), so
what must meet still meets (docs/scaling.md). The external topics keep one record per mention.

What stays as it was: a partition's only record of the batch, a record the partitioner cannot
place yet (no metadata for the topic), and a record too large to share an envelope, go on alone
in the per-mention format, which every reader also takes (and an older reader only takes:
``internal_batches`` off for a rolling upgrade).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from mentionflow.runtime.records import Record
from mentionflow.schema import can_lead_batch, encode_batch

# The most bytes one envelope's value takes (below any internal topic's max.message.bytes that
# makes sense; the sender is told the topic's own limit when it knows it).
ENVELOPE_MAX_BYTES = 512 * 1024
ENVELOPE_OVERHEAD = 64  # the envelope's own bytes, a key's quotes and comma aside

Partitioner = Callable[[bytes | None], int | None]  # None: this key cannot be placed now


def pack(
    records: list[Record],
    topics: Collection[str],
    partitioner_of: Callable[[str], Partitioner | None],
    max_bytes: Callable[[str], int] | None = None,
) -> list[Record]:
    """``records`` with those to ``topics`` in envelopes, one per topic-partition (more when
    one would pass ``max_bytes(topic)``): the other records first, in their order, then the
    envelopes. ``partitioner_of(topic)``: the key -> partition function of the producer
    (None, or None for a key: no metadata yet). A topic with a record that cannot be placed
    goes on one record at a time, all of its records in their order: packing the others would
    put an envelope after a record that the producer may place on the same partition later
    (a partition's records are never reordered, nor dropped: tests/unit/test_internal_batches.py)."""
    out: list[Record] = []
    groups: dict[tuple[str, int], tuple[list[bytes | None], list[bytes]]] = {}
    partitioners: dict[str, Partitioner | None] = {}
    placed: list[tuple[Record, int | None]] = []
    unplaced: set[str] = set()  # topics with a record that cannot be placed now
    for record in records:
        topic, partition, key, value = record
        if value is None or topic not in topics:
            placed.append((record, None))
            continue
        if partition is None:
            if topic not in partitioners:
                partitioners[topic] = partitioner_of(topic)
            partitioner = partitioners[topic]
            partition = None if partitioner is None else partitioner(key)
            if partition is None:
                unplaced.add(topic)
        placed.append((record, partition))
    for record, partition in placed:
        topic, _, key, value = record
        if partition is None or value is None or topic in unplaced:
            out.append(record)
            continue
        group = groups.get((topic, partition))
        if group is None:
            group = groups[(topic, partition)] = ([], [])
        group[0].append(key)
        group[1].append(value)
    for (topic, partition), (keys, values) in groups.items():
        limit = ENVELOPE_MAX_BYTES if max_bytes is None else min(ENVELOPE_MAX_BYTES, max_bytes(topic))
        out.extend(_envelopes(topic, partition, keys, values, limit))
    return out


def _envelopes(topic: str, partition: int, keys: list[bytes | None], values: list[bytes], limit: int) -> list[Record]:
    """Envelopes of at most ``limit`` bytes, in order. A record goes on alone, as it is (the
    per-mention format), when it is too large to share one, when it cannot lead one
    (``can_lead_batch``) and would, or when it is the only one left."""
    out: list[Record] = []
    start, size = 0, ENVELOPE_OVERHEAD  # the envelope being filled: values[start:i]

    def flush(end: int) -> None:
        if end - start == 1:
            out.append((topic, partition, keys[start], values[start]))
        elif end > start:
            out.append((topic, partition, keys[start], encode_batch(keys[start:end], values[start:end])))

    for i, (key, value) in enumerate(zip(keys, values, strict=True)):
        cost = len(value) + len(key or b"") + 8
        if i > start and size + cost > limit:
            flush(i)
            start, size = i, ENVELOPE_OVERHEAD
        if i == start and (ENVELOPE_OVERHEAD + cost > limit or not can_lead_batch(value)):
            out.append((topic, partition, key, value))
            start = i + 1
            continue
        size += cost
    flush(len(values))
    return out
