"""An offset commit the group refuses ("already rebalanced") is swallowed by faust and recorded
as committed all the same; these tests pin that faust behaviour (so a faust upgrade that changes
it shows here) and check that the worker logs the refusal (runtime/offsets.py)."""

from __future__ import annotations

import logging
from collections import defaultdict
from typing import Any
from unittest.mock import AsyncMock, MagicMock

import pytest
from aiokafka.errors import CommitFailedError
from faust.transport.consumer import Consumer
from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread
from faust.types import TP

from mentionflow.runtime.offsets import log_refused_commits

P0 = TP("mentions.raw", 0)
REBALANCED = (
    "Commit cannot be completed since the group has already rebalanced and may have assigned "
    "the partitions to another member"  # aiokafka GroupCoordinator.commit_offsets's message
)


async def test_fausts_aiokafka_driver_swallows_already_rebalanced() -> None:
    thread: Any = MagicMock()
    thread.assignment.return_value = {P0}
    thread.tp_last_committed_at = {}
    thread._ensure_consumer.return_value.commit = AsyncMock(side_effect=CommitFailedError(REBALANCED))
    thread.crash = AsyncMock()
    assert await AIOKafkaConsumerThread._commit(thread, {P0: 42}) is False
    thread.crash.assert_not_awaited()  # no crash, and (faust) no log line


async def test_faust_records_a_refused_commit_as_committed() -> None:
    consumer: Any = MagicMock()
    consumer.assignment.return_value = {P0}
    consumer.in_transaction = False
    consumer.app.producer.flush = AsyncMock()
    consumer._commit = AsyncMock(return_value=False)
    consumer._committed_offset = defaultdict(lambda: None, {P0: 10})
    assert await Consumer._commit_offsets(consumer, {P0: 42}) is False
    # The broker still holds 10; faust's record says 42 until the seek that ends the rebalance
    # (Recovery._resume_streams -> perform_seek) puts the broker's offset back.
    assert consumer._committed_offset[P0] == 42
    consumer.app.tables.on_commit.assert_not_called()


async def test_the_worker_logs_a_refused_commit(caplog: pytest.LogCaptureFixture) -> None:
    consumer: Any = MagicMock()
    consumer._commit = AsyncMock(side_effect=[False, True])
    log_refused_commits(consumer)
    with caplog.at_level(logging.WARNING, logger="mentionflow"):
        assert await consumer._commit({P0: 42}) is False
        assert await consumer._commit({P0: 43}) is True
    [line] = caplog.records
    assert "mentions.raw[0]=42" in line.getMessage() and line.levelno == logging.WARNING
