"""A gap re-read that finds no record at some offsets (holes) is logged at WARNING with its topic,
partition and offsets, rate-limited per partition, and counted; before, it was only counted."""

from __future__ import annotations

import logging
from types import SimpleNamespace
from typing import Any
from unittest.mock import MagicMock

import pytest
from faust.types import TP

from mentionflow import observability as obs
from mentionflow.runtime.offsets import Gap, HoleLog
from mentionflow.runtime.worker import WorkerHost
from mentionflow.settings import load_settings

TOPIC = "mentionflow.mentions.scored"


def test_holes_are_logged_with_topic_partition_and_offsets(caplog: pytest.LogCaptureFixture) -> None:
    now = [1000.0]
    holes = HoleLog(every_s=60.0, clock=lambda: now[0])
    with caplog.at_level(logging.WARNING, logger="mentionflow"):
        assert holes.report("dedup", Gap(TP(TOPIC, 3), 40, 43), [41]) == 2
    [line] = [r for r in caplog.records if r.levelno == logging.WARNING]
    text = line.getMessage()
    assert f"{TOPIC}[3] 40..42" in text and "first: 40, 42" in text and "2 offset(s)" in text


def test_a_gap_found_whole_logs_no_hole(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="mentionflow"):
        assert HoleLog().report("dedup", Gap(TP(TOPIC, 0), 5, 7), [5, 6]) == 0
    assert not caplog.records


def test_many_holes_on_one_partition_log_once_a_minute_with_the_count(caplog: pytest.LogCaptureFixture) -> None:
    now = [1000.0]
    holes = HoleLog(every_s=60.0, clock=lambda: now[0])
    with caplog.at_level(logging.WARNING, logger="mentionflow"):
        for i in range(10):
            holes.report("route", Gap(TP(TOPIC, 1), 100 + 2 * i, 101 + 2 * i), [])
            now[0] += 1
        holes.report("route", Gap(TP(TOPIC, 2), 7, 8), [])  # another partition has its own limit
        now[0] += 60
        holes.report("route", Gap(TP(TOPIC, 1), 500, 501), [])
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 3
    assert "[1] 100..100" in lines[0] and "[2] 7..7" in lines[1]
    assert "[1] 500..500" in lines[2] and "9 more hole offset(s)" in lines[2]


def test_a_long_gap_names_only_its_first_holes(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="mentionflow"):
        HoleLog().report("dedup", Gap(TP(TOPIC, 0), 0, 10_000_000), [])
    assert "first: 0, 1, 2, 3, 4)" in caplog.records[0].getMessage()


class EmptyGapReader:
    async def fetch(self, gap: Any) -> list[Any]:
        return []


async def test_a_hole_in_a_gap_re_read_is_logged_and_counted(caplog: pytest.LogCaptureFixture) -> None:
    host = WorkerHost(load_settings(), MagicMock())
    host.gap_reader = EmptyGapReader()  # type: ignore[assignment]
    counter = obs.OFFSET_GAPS.labels(topic=TOPIC, outcome="hole")
    before = counter._value.get()
    with caplog.at_level(logging.WARNING, logger="mentionflow"):
        out = await host.reread_gap(Gap(TP(TOPIC, 4), 9, 11), lambda *a: SimpleNamespace(), "dedup")
    assert out == []
    assert counter._value.get() == before + 2
    assert any(f"{TOPIC}[4] 9..10" in r.getMessage() for r in caplog.records)
