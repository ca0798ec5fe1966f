"""Offset audit: no input offset is committed before the stage that reads it processed it.

faust decides what to commit from the offsets its streams acknowledged (``Consumer._new_offset``),
and around a rebalance that bookkeeping can skip a record (issue 15, item 7; faust-streaming
#216, #221, #223): after the seek to the committed offset C its read offset means "next to read"
where elsewhere it means "last read", so a prefetched record C+1 delivered before C is taken in
order, C is then dropped as already read, and the head-of-queue check (``min(acked) - committed
> 1``) lets the commit move to C+2. Records of an older generation are skipped by the stream but
still acknowledged, which can move the commit the same way. The record is then in no output and
no dead letter.

``OffsetAudit`` keeps, per input partition, the next offset the stage agent must process: all
offsets before it were processed and their outputs handed to the producer. It starts at the
committed offset on every assignment (the seek faust does), and advances only over what the agent
processed, or over a gap that was re-read (``gaps``: the agent fetches the missing offsets itself
and processes what it finds; an offset with no record, a transaction marker or a compacted record,
is a hole). The worker commits an audited partition's offset from the audit, never past it.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from faust.types import TP

TPT = TypeVar("TPT")  # a topic-partition (faust's TP; any hashable in tests)

log = logging.getLogger("mentionflow")


@dataclass(frozen=True, slots=True)
class Gap(Generic[TPT]):
    """Offsets [start, end) of ``tp`` that the agent did not get before ``end``."""

    tp: TPT
    start: int
    end: int

    @property
    def size(self) -> int:
        return self.end - self.start


@dataclass
class OffsetAudit(Generic[TPT]):
    """Per input partition, the next offset to process (see the module docstring)."""

    positions: dict[TPT, int] = field(default_factory=dict)  # tp -> next offset to process

    # at_least_once: what this worker processed before a seek back to the committed offset is
    # done (its outputs were sent), so the position stays past it; faust may or may not deliver
    # those records again. exactly_once: an uncommitted batch's outputs are aborted with its
    # transaction, so processing resumes at the committed offset.
    keep_processed: bool = True

    def start(self, positions: Mapping[TPT, int | None]) -> None:
        """Assignment (faust's seek to the committed offsets): processing resumes there, or past
        what this worker already processed (``keep_processed``). A partition without a committed
        offset starts at 0 (a gap up to the log start offset is a hole, found once)."""
        for tp, offset in positions.items():
            start = offset if offset is not None and offset >= 0 else 0
            known = self.positions.get(tp)
            self.positions[tp] = max(start, known) if self.keep_processed and known is not None else start

    def forget(self, tps: Iterable[TPT]) -> None:
        """Revoked partitions: another worker processes them from their committed offset."""
        for tp in tps:
            self.positions.pop(tp, None)

    def _walk(self, offsets: Iterable[tuple[TPT, int]], positions: dict[TPT, int]) -> list[Gap[TPT]]:
        gaps: list[Gap[TPT]] = []
        for tp, offset in offsets:
            expected = positions.get(tp)
            if expected is None or offset == expected:
                positions[tp] = offset + 1  # (not audited yet: from its first record on)
            elif offset > expected:
                gaps.append(Gap(tp, expected, offset))
                positions[tp] = offset + 1
            # offset < expected: a re-delivery of a processed record
        return gaps

    def gaps(self, offsets: Iterable[tuple[TPT, int]]) -> list[Gap[TPT]]:
        """The offsets a batch (tp, offset in the order the agent got them) jumps over."""
        return self._walk(offsets, dict(self.positions))

    def advance(self, offsets: Iterable[tuple[TPT, int]], repaired: Iterable[Gap[TPT]] = ()) -> list[Gap[TPT]]:
        """The batch is processed and sent: move past it, over the ``repaired`` gaps. A gap that
        was not repaired (the position moved back in between: a new assignment) stops that
        partition at the gap's start; it is returned, and the next batch re-reads it."""
        done = set(repaired)
        positions = dict(self.positions)
        unrepaired: list[Gap[TPT]] = []
        stopped: set[Any] = set()
        for tp, offset in offsets:
            if tp in stopped:
                continue
            for gap in self._walk([(tp, offset)], positions):
                if gap not in done:
                    unrepaired.append(gap)
                    positions[tp] = gap.start
                    stopped.add(tp)
        for tp, position in positions.items():
            if tp in stopped or tp not in self.positions or position > self.positions[tp]:
                self.positions[tp] = position
        return unrepaired

    def commit_offset(self, tp: TPT, proposed: int | None, committed: int | None) -> tuple[int | None, bool]:
        """The offset to commit for ``tp`` where faust proposes ``proposed`` (None: nothing), and
        whether faust's proposal went past an offset not processed yet (held back)."""
        return commit_from(self.positions.get(tp), proposed, committed)


def commit_from(position: int | None, proposed: int | None, committed: int | None) -> tuple[int | None, bool]:
    """The offset to commit where the audit is at ``position`` (None: not audited) and faust
    proposes ``proposed``, and whether the proposal was held back."""
    if position is None:
        return proposed, False
    held = proposed is not None and proposed > position
    if committed is not None and position <= committed:
        return None, held
    return position, held


class StageAudits:
    """One ``OffsetAudit`` per stage agent. Two stages of one worker may read the same topic
    (``cases.routed``: metrics and lifecycle): each has its own position, and a partition's
    offset commits at the lower of them."""

    def __init__(self, keep_processed: bool = True) -> None:
        self.keep_processed = keep_processed
        self.audits: dict[str, OffsetAudit[TP]] = {}
        self.topics: dict[str, frozenset[str]] = {}

    def audit(self, stage: str, topics: Iterable[str]) -> OffsetAudit[TP]:
        """The audit of ``stage``'s agent over ``topics`` (made on the first call)."""
        if stage not in self.audits:
            self.audits[stage] = OffsetAudit(keep_processed=self.keep_processed)
            self.topics[stage] = frozenset(topics)
        return self.audits[stage]

    def audited(self, topic: str) -> bool:
        return any(topic in topics for topics in self.topics.values())

    def start(self, positions: Mapping[TP, int | None]) -> None:
        for stage, audit in self.audits.items():
            topics = self.topics[stage]
            audit.start({tp: offset for tp, offset in positions.items() if tp.topic in topics})

    def position(self, tp: TP) -> int | None:
        """The lowest position of the stages that read ``tp`` (None: no stage audits it yet)."""
        known = [audit.positions[tp] for audit in self.audits.values() if tp in audit.positions]
        return min(known) if known else None

    def commit_offset(self, tp: TP, proposed: int | None, committed: int | None) -> tuple[int | None, bool]:
        return commit_from(self.position(tp), proposed, committed)


class Audit(Protocol):
    """What ``guard_offsets`` needs of an audit: an ``OffsetAudit`` or ``StageAudits``."""

    def start(self, positions: Mapping[TP, int | None]) -> None: ...

    def commit_offset(self, tp: TP, proposed: int | None, committed: int | None) -> tuple[int | None, bool]: ...


def guard_offsets(
    consumer: Any, audit: Audit, audited: Callable[[str], bool], on_held: Callable[[TP, int], None]
) -> None:
    """Start ``audit`` where faust resumes (its seek to the committed offsets on every
    assignment, and any other seek), and commit an audited partition's offset from the audit:
    never past an offset its stage agent has not processed."""
    seek_to_committed, seek, new_offset = consumer.seek_to_committed, consumer.seek, consumer._new_offset

    async def seek_to_committed_audited() -> Any:
        committed = await seek_to_committed()
        audit.start({TP(tp.topic, tp.partition): off for tp, off in committed.items() if audited(tp.topic)})
        return committed

    async def seek_audited(partition: Any, offset: int) -> None:
        await seek(partition, offset)
        if audited(partition.topic):
            audit.start({TP(partition.topic, partition.partition): offset})

    def new_offset_audited(tp: TP) -> int | None:
        proposed = new_offset(tp)  # (also clears faust's acked list up to it)
        offset, held = audit.commit_offset(tp, proposed, consumer._committed_offset.get(tp))
        if held and proposed is not None:
            on_held(tp, proposed)
        return offset

    consumer.seek_to_committed = seek_to_committed_audited
    consumer.seek = seek_audited
    consumer._new_offset = new_offset_audited


def log_refused_commits(consumer: Any) -> None:
    """Log an offset commit the group refused. faust's aiokafka driver returns False, with no
    log line, for a ``CommitFailedError`` "already rebalanced" (aiokafka raises it for
    UnknownMemberId, IllegalGeneration and RebalanceInProgress: this member's generation is
    over), and ``Consumer._commit_offsets`` then records the offsets as committed all the same
    (``self._committed_offset.update(...)`` whatever ``did_commit`` is). The broker keeps the
    older committed offset, and faust's record is replaced by the broker's at the seek that
    ends the rebalance (``Recovery._resume_streams`` -> ``perform_seek``; a revoked partition's
    record is dropped): the records in between are processed again (replays), none skipped.
    The line makes such a re-processing visible (docs/reliability.md)."""
    commit = consumer._commit

    async def commit_logged(offsets: Mapping[TP, int]) -> bool:
        done = bool(await commit(offsets))
        if not done:
            log.warning(
                "offset commit not taken (the group rebalanced, or the commit failed): %s; "
                "the broker keeps the previous offsets, those records are processed again",
                ", ".join(f"{tp.topic}[{tp.partition}]={off}" for tp, off in sorted(offsets.items())),
            )
        return done

    consumer._commit = commit_logged


class GapReader:
    """Reads a gap's offsets again (an aiokafka consumer of the worker's own, no group, started
    on the first gap; one at a time, shared by the stage agents)."""

    def __init__(self, client_kwargs: dict[str, Any], client_id: str, read_committed: bool) -> None:
        self._client_kwargs = client_kwargs
        self._client_id = client_id
        self._isolation = "read_committed" if read_committed else "read_uncommitted"
        self.consumer: Any = None
        self._lock = asyncio.Lock()

    async def stop(self) -> None:
        if self.consumer is not None:
            await self.consumer.stop()

    async def fetch(self, gap: Gap[TP], within_s: float = 30.0) -> list[Any]:
        """The records of ``gap`` (aiokafka ConsumerRecords; none where the offsets hold none)."""
        async with self._lock:
            return await self._fetch(gap, within_s)

    async def _fetch(self, gap: Gap[TP], within_s: float) -> list[Any]:
        from aiokafka import AIOKafkaConsumer, TopicPartition

        if self.consumer is None:
            reader = AIOKafkaConsumer(
                group_id=None,
                enable_auto_commit=False,
                auto_offset_reset="earliest",
                isolation_level=self._isolation,
                max_partition_fetch_bytes=4 * 1024 * 1024,
                client_id=self._client_id,
                **self._client_kwargs,
            )
            await reader.start()
            self.consumer = reader
        reader = self.consumer
        tp = TopicPartition(gap.tp.topic, gap.tp.partition)
        reader.assign([tp])
        reader.seek(tp, gap.start)
        found: list[Any] = []
        deadline = time.monotonic() + within_s
        while await reader.position(tp) < gap.end:
            if time.monotonic() > deadline:
                raise TimeoutError(f"offsets {gap} could not be read again")
            for record in (await reader.getmany(tp, timeout_ms=500)).get(tp, ()):
                if gap.start <= record.offset < gap.end:
                    found.append(record)
        return found


class HoleLog:
    """Logs the offsets of a re-read gap that held no record (holes), at WARNING, at most once
    per partition every ``every_s`` (a compacted topic or transaction markers can make many;
    the count of what was not logged goes with the next line). A hole is a transaction marker,
    a compacted or deleted record, or a record gone before it was read: only the metric counted
    it before, so an input lost that way left no line in any log."""

    def __init__(self, every_s: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.every_s = every_s
        self.clock = clock
        self._last: dict[tuple[str, int], tuple[float, int]] = {}  # (topic, partition) -> (logged at, not logged since)

    def report(self, stage: str, gap: Gap[TP], found_offsets: Iterable[int]) -> int:
        """The holes of ``gap`` given the offsets found there; logs them (rate-limited)."""
        have = set(found_offsets)
        holes = gap.size - len(have)
        if holes <= 0:
            return 0
        key = (gap.tp.topic, gap.tp.partition)
        now = self.clock()
        last, quiet = self._last.get(key, (float("-inf"), 0))
        if now - last < self.every_s:
            self._last[key] = (last, quiet + holes)
            return holes
        self._last[key] = (now, 0)
        # A gap up to the log start offset can be long: name its first few holes only.
        first = list(itertools.islice((o for o in range(gap.start, gap.end) if o not in have), 5))
        log.warning(
            "stage %s: %d offset(s) of %s[%s] %d..%d held no record when read again (first: %s): "
            "a transaction marker, a compacted or deleted record, or one gone before it was read; "
            "nothing processed there%s",
            stage,
            holes,
            gap.tp.topic,
            gap.tp.partition,
            gap.start,
            gap.end - 1,
            ", ".join(map(str, first)),
            f" ({quiet} more hole offset(s) on this partition not logged since the last line)" if quiet else "",
        )
        return holes
