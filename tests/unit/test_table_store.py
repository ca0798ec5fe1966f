"""TableStore: the faust-table adapter coalesces changelog writes per event-loop turn."""

from __future__ import annotations

import asyncio
from typing import Any

from mentionflow.app import TableStore


class FakeTable:
    def __init__(self) -> None:
        self.data: dict[str, Any] = {}
        self.sent: list[tuple[int, str, Any]] = []

    def send_changelog(self, partition: int, key: str, value: Any, **kwargs: Any) -> None:
        self.sent.append((partition, key, value))


def store(table: FakeTable, partition: int = 2) -> TableStore:
    return TableStore(table, lambda: {partition}, lambda: partition)  # type: ignore[arg-type]


async def test_writes_in_one_batch_reach_the_changelog_once_with_the_last_value() -> None:
    table = FakeTable()
    s = store(table)
    s["incident"] = [1]
    s["incident"] = [1, 2]
    s["gone"] = "x"
    del s["gone"]
    assert table.sent == []  # nothing until the agent yields to the loop
    await asyncio.sleep(0)
    assert table.sent == [(2, "incident", [2, [1, 2]]), (2, "gone", None)]
    assert s["incident"] == [1, 2] and "gone" not in s
    s["incident"] = [3]
    await asyncio.sleep(0)
    assert table.sent[-1] == (2, "incident", [2, [3]])


def test_without_an_event_loop_every_write_goes_straight_through() -> None:
    table = FakeTable()
    s = store(table, partition=0)
    s["k"] = 1
    s["k"] = 2
    assert table.sent == [(0, "k", [0, 1]), (0, "k", [0, 2])]
