"""The offset audit (mentionflow/runtime/offsets.py, issue 15 item 7): no input offset is committed
before its stage processed it, whatever faust proposes around a rebalance."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from typing import Any

import pytest
from faust.types import TP

from mentionflow.kafka_client import KafkaAccessError, create_topics_when_reachable
from mentionflow.procs import free_port
from mentionflow.runtime.offsets import Gap, OffsetAudit, guard_offsets
from mentionflow.settings import load_settings

P0 = TP("mentions.raw", 0)
P1 = TP("mentions.raw", 1)


def test_a_batch_in_order_moves_the_position_past_it() -> None:
    audit: OffsetAudit[TP] = OffsetAudit()
    audit.start({P0: 10, P1: None})
    batch = [(P0, 10), (P1, 0), (P0, 11), (P1, 1)]
    assert audit.gaps(batch) == []
    assert audit.advance(batch) == []
    assert audit.positions == {P0: 12, P1: 2}


def test_the_record_after_the_committed_one_first_is_a_gap_and_holds_the_commit() -> None:
    """faust's skip: after the seek to committed offset 10, record 11 comes first and 10 is
    dropped as already read; faust proposes to commit 12."""
    audit: OffsetAudit[TP] = OffsetAudit()
    audit.start({P0: 10})
    batch = [(P0, 11)]
    assert audit.gaps(batch) == [Gap(P0, 10, 11)]
    # Not re-read (the position moved back in between): the position stays at the gap.
    assert audit.advance(batch) == [Gap(P0, 10, 11)]
    assert audit.commit_offset(P0, 12, committed=10) == (None, True)
    # Re-read and processed: past it.
    assert audit.advance(batch, [Gap(P0, 10, 11)]) == []
    assert audit.commit_offset(P0, 12, committed=10) == (12, False)


def test_a_redelivery_below_the_position_changes_nothing() -> None:
    audit: OffsetAudit[TP] = OffsetAudit()
    audit.start({P0: 5})
    audit.advance([(P0, 5), (P0, 6)])
    assert audit.gaps([(P0, 3), (P0, 4), (P0, 7)]) == []
    audit.advance([(P0, 3), (P0, 7)])
    assert audit.positions[P0] == 8


def test_the_commit_follows_what_was_processed_not_what_faust_acked() -> None:
    audit: OffsetAudit[TP] = OffsetAudit()
    audit.start({P0: 0})
    audit.advance([(P0, 0), (P0, 1)])
    assert audit.commit_offset(P0, None, committed=None) == (2, False)  # faust had nothing to propose
    assert audit.commit_offset(P0, 2, committed=2) == (None, False)  # nothing new
    assert audit.commit_offset(P0, 9, committed=0) == (2, True)  # past an offset not processed
    assert audit.commit_offset(TP("other", 0), 9, committed=0) == (9, False)  # not audited


class FakeConsumer:
    """The three faust Consumer members guard_offsets wraps."""

    def __init__(self, committed: dict[TP, int], proposals: dict[TP, int | None]) -> None:
        self.committed = committed
        self.proposals = proposals
        self._committed_offset: dict[TP, int | None] = defaultdict(lambda: None, committed)
        self.seeks: list[tuple[TP, int]] = []

    async def seek_to_committed(self) -> dict[TP, int]:
        return dict(self.committed)

    async def seek(self, partition: TP, offset: int) -> None:
        self.seeks.append((partition, offset))

    def _new_offset(self, tp: TP) -> int | None:
        return self.proposals.get(tp)


def test_guard_offsets_starts_at_the_committed_offset_and_holds_commits_past_unprocessed() -> None:
    changelog = TP("app-dedup-seen-changelog", 0)
    consumer = FakeConsumer({P0: 10, changelog: 500}, {P0: 12, changelog: 520})
    audit: OffsetAudit[TP] = OffsetAudit()
    held: list[Any] = []
    guard_offsets(consumer, audit, {"mentions.raw"}.__contains__, lambda tp, off: held.append((tp, off)))
    asyncio.run(consumer.seek_to_committed())
    assert audit.positions == {P0: 10}  # only the stage agents' topics are audited
    assert consumer._new_offset(P0) is None and held == [(P0, 12)]
    assert consumer._new_offset(changelog) == 520
    audit.advance([(P0, 10), (P0, 11)])
    assert consumer._new_offset(P0) == 12
    # A seek back (the next rebalance) keeps what this worker processed (at_least_once) ...
    asyncio.run(consumer.seek(P0, 4))
    assert audit.positions[P0] == 12 and consumer.seeks == [(P0, 4)]
    # ... and under exactly_once resumes at the seek (an uncommitted batch's outputs are aborted).
    audit.keep_processed = False
    asyncio.run(consumer.seek(P0, 4))
    assert audit.positions[P0] == 4


def test_records_processed_before_a_rebalance_are_not_a_gap_after_it() -> None:
    """The worker keeps a partition across a rebalance: faust seeks back to the committed
    offset, but what the worker processed since is done; a prefetched record after it is no gap."""
    audit: OffsetAudit[TP] = OffsetAudit()
    audit.start({P0: 100})
    audit.advance([(P0, o) for o in range(100, 128)])
    audit.start({P0: 100})
    assert audit.gaps([(P0, 128)]) == []
    assert audit.gaps([(P0, 130)]) == [Gap(P0, 128, 130)]


def test_a_worker_without_a_broker_waits_then_exits_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    settings = load_settings(kafka=f"127.0.0.1:{free_port()}")
    with pytest.raises(KafkaAccessError, match=r"cannot reach bootstrap server 127\.0\.0\.1:.*no broker answered"):
        asyncio.run(create_topics_when_reachable(settings, wait_s=1.5))
    assert "waiting" in capsys.readouterr().err
