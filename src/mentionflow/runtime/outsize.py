"""Outputs too large for their topic, fitted before they are sent.

The broker refuses a record over its topic's ``max.message.bytes``. The worker then stops before
the input offset commits (``runtime.sender.guard_commits``), and the next owner meets the same input and
the same refusal: a crash loop, with the record in neither topic. So each large output is fitted
to its topic's limit first:

- a dead letter keeps its envelope, with the payload cut to fit; ``payload_bytes`` and
  ``payload_sha256`` still describe the whole original, and ``payload_truncated`` is set;
- any other output (a case revision) goes to the dead-letter topic instead, as a dead letter
  with ``error_code`` ``payload_too_large`` whose source is the output's topic and key (partition
  and offset -1: it never reached that topic), its bytes cut to fit the same way.

Only records from ``CHECK_FROM_BYTES`` up are checked: they are rare, and each one costs a dict
lookup (limits are asked of the broker once a minute at most). A topic whose limit is set below
that size is not guarded here: the refusal still stops the worker before its offset commits.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import orjson

from mentionflow.runtime.records import Record
from mentionflow.schema import PayloadTooLargeError, dead_letter, encode, json_prefix

log = logging.getLogger(__name__)

# A large record is alone in its batch (the producer's batch size is 16 KiB): the batch header
# (61 bytes) and the record's framing are what it adds besides its key and value.
RECORD_OVERHEAD = 256
CHECK_FROM_BYTES = 8 * 1024
BROKER_DEFAULT_MAX_BYTES = 1_048_588  # Kafka's message.max.bytes default, when a limit is unknown
LIMITS_TTL_S = 60.0

LimitsFetcher = Callable[[Sequence[str]], Awaitable[dict[str, int]]]


def record_budget(limit: int, key: bytes | None) -> int:
    """The most bytes a value may take in a topic of ``max.message.bytes`` ``limit``."""
    return limit - RECORD_OVERHEAD - len(key or b"")


def shrink_dead_letter(value: bytes, budget: int) -> bytes | None:
    """The dead letter ``value`` with its payload cut so that it takes at most ``budget`` bytes;
    None when it is not a dead letter, or its envelope alone is over the budget."""
    try:
        letter = orjson.loads(value)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(letter, dict) or not isinstance(letter.get("payload"), str):
        return None
    text: str = letter["payload"]
    letter["payload"] = ""
    letter["payload_truncated"] = True
    room = budget - len(orjson.dumps(letter))
    if room < 0:
        return None
    # base64: whole quanta, so the kept prefix still decodes
    letter["payload"] = text[: room // 4 * 4] if letter.get("payload_encoding") == "base64" else json_prefix(text, room)
    return orjson.dumps(letter)


def diverted_dead_letter(topic: str, key: bytes | None, value: bytes, stage: str, budget: int) -> bytes:
    """A dead letter for an output that its topic (``topic``) would refuse."""
    error = PayloadTooLargeError(f"a {len(value)}-byte {topic} record is over the topic's max.message.bytes")
    letter = dead_letter(
        value,
        error,
        stage=stage,
        topic=topic,
        partition=-1,
        offset=-1,
        key=key,
        failed_at=time.time(),
        max_record_bytes=budget,
    )
    return encode(letter)


class OutputSizes:
    """Fits a stage's outputs to their topics' limits (see the module's docstring)."""

    def __init__(self, fetch_limits: LimitsFetcher, deadletter_topic: str, stage: str) -> None:
        self._fetch_limits = fetch_limits
        self.deadletter_topic = deadletter_topic
        self.stage = stage
        self._limits: dict[str, int] = {}
        self._fetched_at = float("-inf")
        self.shrunk = 0  # dead letters cut to fit
        self.diverted = 0  # outputs sent to the dead-letter topic instead

    async def limits(self, topics: Sequence[str]) -> dict[str, int]:
        wanted = {*topics, self.deadletter_topic}
        if not wanted <= self._limits.keys() or time.monotonic() - self._fetched_at > LIMITS_TTL_S:
            try:
                self._limits.update(await self._fetch_limits(sorted(wanted)))
            except Exception as exc:  # the broker's default stands in; the refusal is the backstop
                log.warning("could not read max.message.bytes of %s: %r", sorted(wanted), exc)
            self._fetched_at = time.monotonic()
        return {t: self._limits.get(t, BROKER_DEFAULT_MAX_BYTES) for t in wanted}

    async def fit(self, records: list[Record]) -> list[Record]:
        """``records`` (changed in place) with every record too large for its topic fitted."""
        large = [i for i, r in enumerate(records) if r[3] is not None and len(r[3]) >= CHECK_FROM_BYTES]
        if not large:
            return records
        limits = await self.limits([records[i][0] for i in large])
        for i in large:
            topic, partition, key, value = records[i]
            assert value is not None
            budget = record_budget(limits[topic], key)
            if len(value) <= budget:
                continue
            dlq_budget = record_budget(limits[self.deadletter_topic], key)
            if topic == self.deadletter_topic:
                fitted = shrink_dead_letter(value, dlq_budget)
                if fitted is not None:
                    records[i] = (topic, partition, key, fitted)
                    self.shrunk += 1
                    log.warning("stage %s: a %d-byte dead letter cut to %d bytes", self.stage, len(value), len(fitted))
                    continue
            records[i] = (
                self.deadletter_topic,
                None,
                key,
                diverted_dead_letter(topic, key, value, self.stage, dlq_budget),
            )
            self.diverted += 1
            log.error(
                "stage %s: a %d-byte %s record is over its topic's limit (%d): sent to %s",
                self.stage,
                len(value),
                topic,
                limits[topic],
                self.deadletter_topic,
            )
        return records


async def topic_max_bytes(client_kwargs: dict[str, Any], topics: Sequence[str]) -> dict[str, int]:
    """``max.message.bytes`` of each of ``topics`` that exists, as the broker reports it."""
    from aiokafka.admin import AIOKafkaAdminClient
    from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

    admin = AIOKafkaAdminClient(**client_kwargs)
    await admin.start()
    try:
        resources = [ConfigResource(ConfigResourceType.TOPIC, t, configs={"max.message.bytes": None}) for t in topics]
        responses = await admin.describe_configs(resources)
    finally:
        await admin.close()
    out: dict[str, int] = {}
    for response in responses:
        for error_code, _message, _type, name, entries in response.resources:
            if error_code:
                continue
            for entry in entries:
                if entry[0] == "max.message.bytes" and entry[1] is not None:
                    out[name] = int(entry[1])
    return out
