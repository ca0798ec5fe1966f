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

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

TPT = TypeVar("TPT")  # a topic-partition (faust's TP; any hashable in tests)


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
        position = self.positions.get(tp)
        if position is None:
            return proposed, False
        held = proposed is not None and proposed > position
        if committed is not None and position <= committed:
            return None, held
        return position, held
