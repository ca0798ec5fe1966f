"""What flows through a stage: the records it sends, the events it reads, its handler's shape.

A handler takes one event and the batch's processing time and returns the records to send:
``(topic name, partition or None (by key), key, value)``. The events are faust's, or
``FetchedEvent`` (a record the worker read again itself), or ``event_of`` (tests, tools): all
a handler reads is ``event.message.{topic, partition, offset, key, value, timestamp}``.

On an internal topic, one Kafka record may be a micro-batch envelope of many mentions
(``schema.encode_batch``): ``unpack`` gives one event per mention (``ItemMessage``: the envelope's
topic, partition, offset and timestamp, the mention's own key, its record parsed), so that the
handler, its failures and dead letters stay per mention.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

from faust.types import TP, EventT

from mentionflow import observability as obs
from mentionflow.schema import DEADLETTER_MAX_RECORD_BYTES, CodecError, dead_letter, decode_internal, encode

log = logging.getLogger("mentionflow")

Record = tuple[str, int | None, bytes | None, bytes | None]  # topic, partition (None: by key), key, value
Handler = Callable[[EventT, float], Sequence[Record]]


class StageFailed(Exception):
    """Raised by a fused handler: ``stage`` (of the two it runs) failed with ``cause``, so that the
    dead letter and its counters name the stage that did the work."""

    def __init__(self, stage: str, cause: Exception) -> None:
        super().__init__(f"{stage}: {cause!r}")
        self.stage = stage
        self.cause = cause


class FetchedMessage:
    """A record the worker fetched itself (a gap's re-read), shaped like the faust message the
    stage handlers read."""

    __slots__ = ("key", "offset", "partition", "timestamp", "topic", "value")

    def __init__(
        self,
        topic: str,
        partition: int,
        offset: int,
        key: bytes | None,
        value: bytes | None,
        timestamp: float | None,
    ) -> None:
        self.topic = topic
        self.partition = partition
        self.offset = offset
        self.key = key
        self.value = value
        self.timestamp = timestamp

    @classmethod
    def of(cls, record: Any) -> FetchedMessage:
        """From an aiokafka ConsumerRecord (its timestamp in milliseconds)."""
        ts = record.timestamp / 1000.0 if record.timestamp is not None else None
        return cls(record.topic, record.partition, record.offset, record.key, record.value, ts)

    @property
    def tp(self) -> TP:
        return TP(self.topic, self.partition)


class FetchedEvent:
    __slots__ = ("message",)

    def __init__(self, message: FetchedMessage) -> None:
        self.message = message


class ItemMessage:
    """One mention of a micro-batch envelope, shaped like the message the stage handlers read:
    ``value`` is its record, parsed (the ``decode_*`` functions take it as it is)."""

    __slots__ = ("index", "key", "offset", "partition", "timestamp", "topic", "value")

    def __init__(
        self,
        topic: str,
        partition: int,
        offset: int,
        key: bytes | None,
        value: Any,
        timestamp: float | None,
        index: int,
    ) -> None:
        self.topic = topic
        self.partition = partition
        self.offset = offset
        self.key = key
        self.value = value
        self.timestamp = timestamp
        self.index = index  # its place in the envelope

    @property
    def tp(self) -> TP:
        return TP(self.topic, self.partition)


class ItemEvent:
    __slots__ = ("message",)

    def __init__(self, message: ItemMessage) -> None:
        self.message = message


def unpack(event: EventT) -> Sequence[EventT]:
    """The mentions of an internal topic's record: one event each, in order (an envelope's, or
    the one of the per-mention format). CodecError when the record itself cannot be read (the
    whole record is then the dead letter)."""
    msg = event.message
    records, keys = decode_internal(msg.value)
    topic, partition, offset, timestamp = msg.topic, msg.partition, msg.offset, msg.timestamp
    if keys is None:
        return [ItemEvent(ItemMessage(topic, partition, offset, msg.key, records[0], timestamp, 0))]  # type: ignore[list-item]
    return [
        ItemEvent(  # type: ignore[misc]
            ItemMessage(topic, partition, offset, k.encode("utf-8") if isinstance(k, str) else None, r, timestamp, i)
        )
        for i, (k, r) in enumerate(zip(keys, records, strict=True))
    ]


def event_of(
    value: bytes | None,
    topic: str = "mentions.raw",
    partition: int = 0,
    offset: int = 0,
    key: bytes | None = None,
    timestamp: float | None = None,
) -> EventT:
    """An event as a handler sees it, without Kafka (tests, tools)."""
    return FetchedEvent(FetchedMessage(topic, partition, offset, key, value, timestamp))  # type: ignore[return-value]


def dead_letter_record(event: EventT, exc: Exception, stage: str, deadletter_topic: str) -> Record:
    """The dead letter of an event ``stage`` failed on (counted, and logged unless it is a codec error)."""
    msg = event.message
    value = msg.value
    if not isinstance(value, bytes):  # a mention of an envelope: its record, parsed (ItemMessage)
        value = b"" if value is None else encode(value) if isinstance(value, dict | list) else str(value).encode()
    key = msg.key if isinstance(msg.key, bytes) or msg.key is None else str(msg.key).encode()
    record = dead_letter(
        value,
        exc,
        stage=stage,
        topic=msg.topic,
        partition=msg.partition,
        offset=msg.offset,
        key=key,
        timestamp_ms=int(msg.timestamp * 1000) if msg.timestamp else None,
        failed_at=time.time(),
        # The dead letter keeps the original key: the key and the envelope share the topic's limit.
        max_record_bytes=max(0, DEADLETTER_MAX_RECORD_BYTES - len(key or b"")),
    )
    reason = record.error_code
    obs.EVENTS_FAILED.labels(stage=stage, reason=reason).inc()
    obs.DEADLETTERS.labels(stage=stage, reason=reason).inc()
    if not isinstance(exc, CodecError):
        log.warning("stage %s failed on %s[%s]@%s: %r", stage, msg.topic, msg.partition, msg.offset, exc)
    return (deadletter_topic, None, key or b"", encode(record))
