"""``mentionflow worker`` that is killed mid-batch, once (for test_fault_kill_mid_batch.py).

In the dedup+route hop, the first batch that read a micro-batch envelope of several mentions and
made several case revisions sends only part of its outputs: the first half of its cases (and the
tables' changelog records with them, or not: ``MF_CRASH_CHANGELOG``), waits until the broker has
them, writes ``MF_CRASH_MARK`` and kills itself with SIGKILL: no flush of the rest, no offset
commit, no LeaveGroup. Run as ``python crash_mid_batch.py worker ...`` (the CLI's arguments).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Sequence
from typing import Any

import orjson

from mentionflow import cli
from mentionflow.runtime.worker import WorkerHost

MARK = os.environ["MF_CRASH_MARK"]
WITH_CHANGELOG = os.environ.get("MF_CRASH_CHANGELOG", "1") == "1"

_handle_batch = WorkerHost.handle_batch
_send = WorkerHost.send
_events: dict[int, int] = {}
_crashing: list[bool] = []


def handle_batch(self: WorkerHost, batch: Sequence[Any], *args: Any, **kwargs: Any) -> Any:
    _events[id(self)] = len(batch)
    return _handle_batch(self, batch, *args, **kwargs)


async def send(self: WorkerHost, stage: str, records: list[Any], changelog: list[Any] | None = None) -> None:
    routed = self.settings.topics.routed
    cases = [r for r in records if r[0] == routed]
    enveloped = self.items_handled > _events.get(id(self), 0)  # some record held several mentions
    if stage != "dedup" or not enveloped or len(cases) < 4 or _crashing:
        await _send(self, stage, records, changelog)
        return
    _crashing.append(True)
    # Read now: the same host's other stages run their batches while this one awaits below.
    mentions, events = self.items_handled, _events.get(id(self))
    sent = cases[: len(cases) // 2]
    if changelog is None:
        changelog = self.changelog_records()
    if not WITH_CHANGELOG:
        changelog = []  # taken, never sent: the tables' writes are lost with the worker
    await _send(self, stage, sent, changelog)
    await self.record_sender(stage).settle()  # the broker has them
    note = {"mentions": mentions, "records": events, "cases": len(cases), "sent": len(sent)}
    with open(MARK, "wb") as mark:  # noqa: ASYNC230 (the process ends here)
        mark.write(orjson.dumps(note))
    os.kill(os.getpid(), signal.SIGKILL)


WorkerHost.handle_batch = handle_batch  # type: ignore[method-assign]
WorkerHost.send = send  # type: ignore[method-assign]

if __name__ == "__main__":
    sys.exit(cli.main(sys.argv[1:]))
