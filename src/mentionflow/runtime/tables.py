"""A faust table seen by the pure core as a plain mapping (``TableStore``)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator, MutableMapping
from typing import Any

import orjson
from faust.types import TableT

from mentionflow.runtime.records import Record

# faust's json codec (faust.utils.json with orjson installed): the changelog bytes it writes.
_FAUST_JSON = orjson.OPT_NON_STR_KEYS | orjson.OPT_UTC_Z


class TableStore(MutableMapping[str, Any]):
    """A faust table seen as a plain mapping by the pure core.

    Values are stored as ``[partition, value]`` and written to the changelog partition of
    the event being processed (``current_partition``, set by the agent; batches from
    ``take_events`` carry no faust current_event). Keeping the partition in the value lets
    an expiry sweep send each tombstone to the partition its key lives in.

    Changelog writes are coalesced: a key written many times while a batch is processed
    (an incident cluster list, ~4 KB, is rewritten by every report that joins it) reaches the
    changelog once, with its last value, when the agent next yields to the event loop. That
    is before the batch's events can be acknowledged, and faust flushes the producer before
    it commits offsets, so a crash loses nothing a replay from the committed offset would
    not rebuild.
    """

    def __init__(
        self,
        table: TableT[Any, Any],
        active: Callable[[], set[int]],
        current_partition: Callable[[], int],
        direct: bool = False,
    ) -> None:
        self.table = table
        # direct: every writer takes the records (take_direct) before it yields, so the call_soon flush
        # below finds nothing and this table's records never take faust's buffered path too.
        # (Mixed, a record waiting in faust's buffer could land after a newer direct one.)
        self.direct = direct
        self._active = active
        self._current_partition = current_partition
        self._pending: dict[str, tuple[int, list[Any] | None]] = {}  # key -> (partition, item or tombstone)

    def __getitem__(self, key: str) -> Any:
        item = self.table.data[key]
        return item[1]

    def get(self, key: str, default: Any = None) -> Any:
        item = self.table.data.get(key)
        return default if item is None else item[1]

    def __setitem__(self, key: str, value: Any) -> None:
        item = [self._current_partition(), value]
        self.table.data[key] = item
        self._mark(key, item[0], item)

    def __delitem__(self, key: str) -> None:
        item = self.table.data.pop(key)
        self._mark(key, item[0], None)

    def _mark(self, key: str, partition: int, item: list[Any] | None) -> None:
        first = not self._pending
        self._pending[key] = (partition, item)
        if first:
            try:
                asyncio.get_running_loop().call_soon(self.flush)
            except RuntimeError:  # no event loop (tests, tools): write through
                self.flush()

    def flush(self) -> None:
        """Send the last value (or a tombstone) of every key written since the last flush."""
        pending, self._pending = self._pending, {}
        for key, (partition, item) in pending.items():
            if item is None:
                self.table.send_changelog(partition, key, None, value_serializer="raw")
            else:
                self.table.send_changelog(partition, key, item)

    def take_direct(self) -> list[Record]:
        """The changelog records of every key written since the last flush, for a
        ``RecordSender``, in the bytes faust's json codec writes (what recovery reads back).
        faust's own path (``send_soon``: a FutureMessage, a buffer task, a callback per record)
        costs several times more per changelog record.

        Only for at_least_once with the memory store (``MentionflowApp.direct_changelog``):
        exactly_once needs the records in the transaction, and rocksdb keeps each record's
        offset through faust's callback."""
        if not self._pending:
            return []
        pending, self._pending = self._pending, {}
        topic = self.table.changelog_topic.get_topic_name()
        return [
            (topic, partition, orjson.dumps(key), None if item is None else orjson.dumps(item, option=_FAUST_JSON))
            for key, (partition, item) in pending.items()
        ]

    def __iter__(self) -> Iterator[str]:
        # Only keys of partitions this worker owns: standby copies belong to another worker.
        active = self._active()
        return iter([k for k, item in list(self.table.data.items()) if item[0] in active])

    def __len__(self) -> int:
        return len(self.table.data)

    def owned_items(self) -> Iterator[tuple[int, str]]:
        """(partition, key) of the keys on the partitions this worker owns (timers' scans)."""
        active = self._active()
        for key, item in list(self.table.data.items()):
            if item[0] in active:
                yield item[0], key
