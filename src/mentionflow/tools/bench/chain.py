"""The worker's stages in process, without Kafka: the chain the bench's ``core`` scenario times.

``ChainHost`` is the worker's own ``WorkerHost`` with a faust app that never starts. The stage
modules the worker registers (``app.stage_modules``: fused, or one per stage) declare their tables,
timers and batch agents on it as they do in a worker; their agents are recorded here instead of
started. ``ChainHost.run`` then sends a batch of ``mentions.raw`` records through those agents: each
agent's batch through the worker's ``handle_batch`` and the handler its stage made
(``fused.enrich_and_score`` and ``fused.dedup_and_route``, or the four staged handlers), its
outputs handed on as bytes to the agent that reads their topic, the direct tables' changelog
records taken after each batch (as ``WorkerHost.send`` does before it yields). What the chain
leaves out is only Kafka and faust's per-record path: consuming, sending, committing.

Records land on the partition their key maps to (Kafka's default partitioner), offsets count per
topic-partition, and every table write goes to its event's partition, as in a worker that owns
every partition.
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import faust
from aiokafka.partitioner import DefaultPartitioner
from faust.types import EventT

from mentionflow.runtime.records import Handler, Record, event_of
from mentionflow.runtime.worker import WorkerHost
from mentionflow.settings import Settings


@dataclass
class ChainAgent:
    """A batch agent a stage registered (``StageHost.run_batches``), and what it did so far."""

    name: str  # the worker's agent name (``mentionflow.<name>``)
    stage: str
    topics: tuple[str, ...]
    make_handler: Callable[[], Handler]
    stage_seconds: dict[str, float] | None  # a fused agent's per-stage time in the batch
    handler: Handler | None = None  # made on the first batch, as the worker's agent does on start
    events: int = 0
    cpu_s: float = 0.0  # process time inside handle_batch
    wall_s: float = 0.0
    parts_s: dict[str, float] = field(default_factory=lambda: defaultdict(float))  # stage_seconds summed


class ChainHost(WorkerHost):
    """A ``WorkerHost`` whose stage agents run in process, batch by batch (``run``)."""

    def __init__(self, settings: Settings) -> None:
        from mentionflow.app import stage_modules, stream_settings

        app = faust.App(
            f"{settings.app_id}-bench-chain",
            broker="kafka://127.0.0.1:1",  # never contacted: the app does not start
            store="memory://",
            topic_partitions=settings.topic_partitions,
            web_enabled=False,
            **stream_settings(settings),
        )
        super().__init__(settings, app)
        self.agents: list[ChainAgent] = []
        self._partitioner = DefaultPartitioner()
        self._partitions = list(range(settings.topic_partitions))
        self._offsets: dict[tuple[str, int], int] = defaultdict(int)
        self.modules = stage_modules(settings)
        for register in self.modules:
            register(self)
        self.build_core()

    # ------------------------------------------------------------------ what the stages declare

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
        topics = tuple(sorted(source.topics))
        self.agents.append(ChainAgent(agent or stage, stage, topics, handler, stage_seconds))

    def owned_partitions(self) -> set[int]:
        return set(self._partitions)

    def partition_of(self, topic: str, key: bytes) -> int | None:
        return int(self._partitioner(key, self._partitions, self._partitions))

    # ------------------------------------------------------------------ running it

    def _event(self, topic: str, partition: int | None, key: bytes | None, value: bytes | None, now: float) -> EventT:
        if partition is None:
            partition = self.partition_of(topic, key or b"") or 0
        offset = self._offsets[(topic, partition)]
        self._offsets[(topic, partition)] = offset + 1
        return event_of(value, topic, partition, offset, key, now)

    def run(self, records: Sequence[tuple[bytes, bytes]], now: float | None = None) -> list[Record]:
        """One batch of ``(key, value)`` records on ``mentions.raw`` through every agent, each hop
        as one batch (a worker's ``take_events`` batches). Returns the records no agent of the
        chain reads (``cases.routed``, dead letters), in order. Call it inside a running event
        loop, as the worker's agents run: it does not yield, so the changelog records it takes
        never reach faust's own (``call_soon``) flush."""
        asyncio.get_running_loop()  # (raises without one) a table write schedules its changelog flush on it
        now = time.time() if now is None else now
        raw = self.settings.topics.raw
        pending: dict[str, list[EventT]] = defaultdict(list)
        pending[raw] = [self._event(raw, None, key, value, now) for key, value in records]
        read = {topic for agent in self.agents for topic in agent.topics}
        out: list[Record] = []
        pc, wall = time.process_time, time.perf_counter
        for agent in self.agents:  # registered in topology order: each reads what the earlier made
            batch = [event for topic in agent.topics for event in pending.pop(topic, [])]
            if not batch:
                continue
            if agent.handler is None:
                agent.handler = agent.make_handler()
            cpu0, wall0 = pc(), wall()
            outputs = self.handle_batch(batch, agent.handler, agent.stage, now)
            outputs = [*self.changelog_records(), *outputs]  # taken before yielding, as send() does
            agent.cpu_s += pc() - cpu0
            agent.wall_s += wall() - wall0
            agent.events += len(batch)
            if agent.stage_seconds is not None:
                for part, seconds in agent.stage_seconds.items():
                    agent.parts_s[part] += seconds
                    agent.stage_seconds[part] = 0.0
            for topic, partition, key, value in outputs:
                if topic in read:
                    pending[topic].append(self._event(topic, partition, key, value, now))
                elif not topic.endswith("-changelog"):
                    out.append((topic, partition, key, value))
        return out

    def cpu_by_step(self) -> dict[str, float]:
        """CPU seconds per step: a fused agent's time split over its stages in the proportion of
        their (wall-clock) stage_seconds; ``batch path`` is the rest of handle_batch (events,
        dead-letter guard, lag offsets) and the changelog records."""
        steps: dict[str, float] = defaultdict(float)
        for agent in self.agents:
            if not agent.parts_s or agent.wall_s <= 0:
                steps[agent.stage] += agent.cpu_s
                continue
            shares = {part: seconds / agent.wall_s for part, seconds in agent.parts_s.items()}
            for part, share in shares.items():
                steps[part] += agent.cpu_s * share
            steps["batch path"] += agent.cpu_s * max(0.0, 1.0 - sum(shares.values()))
        return dict(steps)

    def describe(self) -> dict[str, Any]:
        """The chain's agents and the handler each runs (what the report names)."""
        described = []
        for agent in self.agents:
            handler = agent.handler or agent.make_handler()
            func = getattr(handler, "func", handler)
            described.append(
                {"agent": agent.name, "topics": list(agent.topics), "handler": f"{func.__module__}.{func.__qualname__}"}
            )
        return {"topology": "fused" if self.fused else "staged", "agents": described}
