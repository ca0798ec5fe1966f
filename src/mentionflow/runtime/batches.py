"""Micro-batches on the internal hops: one Kafka record per destination partition per input batch.

faust's cost per record and hop is most of a worker's CPU (docs/benchmarks.md). A stage's outputs
to an internal topic (``mentions.enriched``, ``mentions.scored``, ``mentions.unique``) are put in
one envelope (``schema.encode_batch``) per topic-partition, in their order, so the next hop pays
faust's per-record path once per envelope; it unpacks it (``records.unpack``) and handles, and
dead-letters, each mention on its own.

Each mention goes to the partition its own key would have taken (the producer's partitioner), so
what must meet still meets (docs/scaling.md). The external topics keep one record per mention.

What stays as it was: a record the partitioner cannot place yet (no metadata for the topic), and a
record too large to share an envelope, go on alone in the per-mention format, which every reader
also takes (and an older reader only takes: ``internal_batches`` off for a rolling upgrade).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from mentionflow.runtime.records import Record
from mentionflow.schema import encode_batch

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
    (None, or None for a key: no metadata yet, the records go on one by one)."""
    out: list[Record] = []
    groups: dict[tuple[str, int], tuple[list[bytes | None], list[bytes], int]] = {}
    partitioners: dict[str, Partitioner | None] = {}
    for record in records:
        topic, partition, key, value = record
        if value is None or topic not in topics:
            out.append(record)
            continue
        if partition is None:
            if topic not in partitioners:
                partitioners[topic] = partitioner_of(topic)
            partitioner = partitioners[topic]
            if partitioner is None:
                out.append(record)
                continue
            partition = partitioner(key)
            if partition is None:
                out.append(record)
                continue
        group = groups.get((topic, partition))
        if group is None:
            group = groups[(topic, partition)] = ([], [], 0)
        keys, values, size = group
        keys.append(key)
        values.append(value)
        groups[(topic, partition)] = (keys, values, size + len(value) + len(key or b"") + 8)
    for (topic, partition), (keys, values, size) in groups.items():
        limit = ENVELOPE_MAX_BYTES if max_bytes is None else min(ENVELOPE_MAX_BYTES, max_bytes(topic))
        if size + ENVELOPE_OVERHEAD <= limit:
            out.append((topic, partition, keys[0], encode_batch(keys, values)))
            continue
        out.extend(_split(topic, partition, keys, values, limit))
    return out


def _split(topic: str, partition: int, keys: list[bytes | None], values: list[bytes], limit: int) -> list[Record]:
    """Envelopes of at most ``limit`` bytes, in order; a record too large to share one goes alone,
    in the per-mention format."""
    out: list[Record] = []
    start, size = 0, ENVELOPE_OVERHEAD
    for i, (key, value) in enumerate(zip(keys, values, strict=True)):
        cost = len(value) + len(key or b"") + 8
        alone = ENVELOPE_OVERHEAD + cost > limit
        if i > start and (alone or size + cost > limit):
            out.append((topic, partition, keys[start], encode_batch(keys[start:i], values[start:i])))
            start, size = i, ENVELOPE_OVERHEAD
        if alone:  # as it is, in the per-mention format
            out.append((topic, partition, key, value))
            start = i + 1
            continue
        size += cost
    if start < len(values):
        out.append((topic, partition, keys[start], encode_batch(keys[start:], values[start:])))
    return out
