"""``StageHost``: what a stage sees of the worker it runs in (implemented by ``app.MentionflowApp``).

A stage module's ``register(host)`` declares, through this and nothing else, its input topics,
its tables, its batch agents and its timers. The host owns the rest: the faust app, the batch
and send path (dead letters, the offset audit, the changelog, output sizes, delivery), lag.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Protocol

import faust
from faust.types import EventT

from mentionflow.core.pipeline import Pipeline, Stores
from mentionflow.runtime.records import Handler, Record
from mentionflow.runtime.tables import TableStore
from mentionflow.settings import Settings

Timer = Callable[[], Awaitable[None]]


class StageHost(Protocol):
    settings: Settings
    stages: set[str]  # the stages this worker runs
    fused: bool
    stores: Stores  # the core's state: stages put their tables here before the core is built

    @property
    def core(self) -> Pipeline:
        """The pure core, built once every stage has registered (its tables are in ``stores``):
        read it in handlers and timers, not in ``register``."""
        ...

    @property
    def app(self) -> faust.App: ...

    def topic(self, *names: str) -> faust.TopicT:
        """A bytes-in, bytes-out topic (several names: one stream over all of them)."""
        ...

    def table(self, name: str, direct: bool = False) -> TableStore:
        """A table as a mapping (``direct``: its changelog goes with the batch's records)."""
        ...

    def run_batches(
        self,
        stage: str,
        source: faust.TopicT,
        handler: Callable[[], Handler],
        *,
        agent: str | None = None,
        counted_as: Sequence[str] | None = None,
        count_in: Callable[[Sequence[EventT]], int] | None = None,
        count_out: Callable[[Sequence[Record]], int] | None = None,
        timed: bool = True,
        stage_seconds: dict[str, float] | None = None,
    ) -> None:
        """An agent over ``source``: batches through the handler ``handler()`` makes when the agent
        starts; failures become dead letters; outputs sent; offsets audited per stage."""
        ...

    def dead_letter(self, event: EventT, exc: Exception, stage: str) -> Record: ...

    async def send(self, stage: str, records: list[Record], changelog: list[Record] | None = None) -> None:
        """Records (and the direct tables' changelog) the way the batch path sends them; a caller
        that wrote to a direct table calls it before it yields (or passes what it took)."""
        ...

    def declare_outputs(self, *names: str) -> None:
        """Topics this worker only writes to: created (once) before the first record goes there."""
        ...

    def set_partition(self, partition: int) -> None:
        """The partition table writes go to (set by the batch path per event; timers set it)."""
        ...

    def owned_partitions(self) -> set[int]:
        """Partitions this worker holds as active (not standby), whatever the topic."""
        ...

    def rebalancing(self) -> bool: ...

    def lag(self, topic: str, partition: int) -> int | None:
        """Records not processed yet on one input partition; None when unknown."""
        ...

    def caught_up(self, topics: Sequence[str], partition: int) -> bool: ...

    def timer(self, interval: float, name: str | None = None) -> Callable[[Timer], Timer]: ...

    def partition_of(self, topic: str, key: bytes) -> int | None:
        """The partition the producer sends ``key`` to on ``topic`` (None: no metadata yet)."""
        ...
