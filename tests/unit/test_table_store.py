"""TableStore: the faust-table adapter coalesces changelog writes per event-loop turn, through
faust's buffered path or, for a direct table, straight into the producer."""

from __future__ import annotations

import asyncio
from typing import Any

import orjson
from faust.serializers import codecs

from mentionflow.runtime.tables import TableStore


class FakeChangelogTopic:
    def get_topic_name(self) -> str:
        return "app-cases-changelog"


class FakeTable:
    def __init__(self) -> None:
        self.data: dict[str, Any] = {}
        self.sent: list[tuple[int, str, Any]] = []
        self.changelog_topic = FakeChangelogTopic()

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


async def test_a_direct_table_flushed_before_yielding_never_takes_fausts_path() -> None:
    table = FakeTable()
    s = TableStore(table, lambda: {1}, lambda: 1, direct=True)  # type: ignore[arg-type]
    s["case-1"] = {"rev": 1}
    s["case-1"] = {"rev": 2, "at": 1.5}
    s["old"] = "x"
    del s["old"]
    records = s.take_direct()
    await asyncio.sleep(0)  # the call_soon flush scheduled by the first write finds nothing
    assert table.sent == []
    json = codecs.get_codec("json")  # the bytes faust's own path writes, what recovery reads
    assert records == [
        ("app-cases-changelog", 1, json.dumps("case-1"), json.dumps([1, {"rev": 2, "at": 1.5}])),
        ("app-cases-changelog", 1, json.dumps("old"), None),
    ]
    assert orjson.loads(records[0][3] or b"") == [1, {"rev": 2, "at": 1.5}]
    assert s.take_direct() == []  # nothing pending: nothing to send
