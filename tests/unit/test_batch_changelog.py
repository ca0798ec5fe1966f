"""A stage agent's table writes reach the producer with its own batch, before its offsets can commit.

The likely cause of the mentions the randomised nemesis lost once with internal batches on
(docs/contract.md; never reproduced on the broker, so found by reading, and shown here): a stage
agent that re-reads a gap (offsets faust skipped after a rebalance) awaits the broker between
handling its batch and sending it. Its direct tables' changelog records were taken only at the
send, so while it waited they were pending, and another sender of the worker took them first:

- another stage agent's send (``changelog_records()`` takes every direct table's records): with
  internal batches on, the first hop's send then awaits the broker (``sizes.limits``, the topics'
  max.message.bytes, once a minute) before it hands them to the producer. Meanwhile the gap's
  agent sends its outputs, moves its offset audit past the batch, and the next commit's flush
  (which settles what is in the producer) lets the offset commit: a kill -9 then loses the case
  book and dedup writes of cases already published, and the next owner makes the same revisions
  again from older state (divergent revisions) and leaves mentions out of a case's last revision
  (lost mentions). Sent late instead, they land after a newer value of the same key, and a
  restore reads the older one.
- the tables' own flush (``TableStore._mark``'s ``call_soon``), on faust's buffered path.

And a send that fails before every record is in the producer dropped the changelog records it
had taken while the agent, restarted in place by faust, folded the batch again as a replay from
tables that still held the writes: the writes reached no changelog and commits went on.

Driven through the real agent body (``WorkerHost.run_batches``) with fakes for faust's app, its
producer, a table and the gap reader: no Kafka.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from types import SimpleNamespace
from typing import Any

import orjson
import pytest
from aiokafka.partitioner import DefaultPartitioner
from faust.types import TP

from mentionflow.runtime.outsize import OutputSizes
from mentionflow.runtime.records import FetchedEvent, FetchedMessage, Record
from mentionflow.runtime.sender import DeliveryFailed
from mentionflow.runtime.worker import WorkerHost
from mentionflow.settings import load_settings

CHANGELOG = "app-dedup-seen-changelog"


class FakeBatch:
    def __init__(self) -> None:
        self.records: list[tuple[bytes | None, bytes | None]] = []

    def append(self, *, timestamp: Any, key: bytes | None, value: bytes | None) -> object:
        self.records.append((key, value))
        return object()

    def record_count(self) -> int:
        return len(self.records)


class FakeAIOKafkaProducer:
    def __init__(self, fail_topic: str | None = None) -> None:
        self.client = SimpleNamespace(cluster=SimpleNamespace(partitions_for_topic=lambda topic: {0, 1, 2, 3}))
        self._partitioner = DefaultPartitioner()
        self.sent: list[tuple[str, int, bytes | None, bytes | None]] = []  # what the producer was handed
        self.fail_topic = fail_topic

    def create_batch(self) -> FakeBatch:
        return FakeBatch()

    async def send_batch(self, batch: FakeBatch, topic: str, *, partition: int) -> asyncio.Future[Any]:
        if topic == self.fail_topic:
            raise AssertionError("Unrecognized partition")  # (aiokafka, metadata gone mid-send)
        self.sent.extend((topic, partition, k, v) for k, v in batch.records)
        delivery: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        delivery.set_result(None)
        return delivery


class FakeFaustProducer:
    def __init__(self, aio: FakeAIOKafkaProducer) -> None:
        self.aio = aio

    def _ensure_producer(self) -> FakeAIOKafkaProducer:
        return self.aio

    async def flush(self) -> None:
        return None


class FakeTable:
    def __init__(self) -> None:
        self.data: dict[str, Any] = {}
        self.changelog_topic = SimpleNamespace(get_topic_name=lambda: CHANGELOG)
        self.faust_path: list[tuple[int, str]] = []  # faust's buffered send_changelog

    def send_changelog(self, partition: int, key: str, value: Any, value_serializer: str | None = None) -> None:
        self.faust_path.append((partition, key))


class FakeApp:
    def __init__(self, aio: FakeAIOKafkaProducer) -> None:
        self.producer = FakeFaustProducer(aio)
        self.consumer = None
        self.tables: list[FakeTable] = []
        self.agents: dict[str, Any] = {}
        self.crashed: list[BaseException] = []

    def Table(self, name: str, **kwargs: Any) -> FakeTable:  # (faust's name)
        table = FakeTable()
        self.tables.append(table)
        return table

    def agent(self, source: Any, name: str, concurrency: int) -> Any:
        def register(fun: Any) -> Any:
            self.agents[name] = fun
            return fun

        return register

    async def crash(self, exc: BaseException) -> None:
        self.crashed.append(exc)


class FakeStream:
    def __init__(self, batches: Sequence[Sequence[Any]]) -> None:
        self.batches = batches

    async def take_events(self, max_: int, within: float) -> AsyncIterator[Sequence[Any]]:
        for batch in self.batches:
            yield list(batch)


class BlockingGapReader:
    """Re-reads a gap once ``release`` is set (the broker's round trip, held open)."""

    def __init__(self, records: list[Any]) -> None:
        self.records = records
        self.waiting = asyncio.Event()
        self.release = asyncio.Event()

    async def fetch(self, gap: Any) -> list[Any]:
        self.waiting.set()
        await self.release.wait()
        return [r for r in self.records if gap.start <= r.offset < gap.end]

    async def stop(self) -> None:
        return None


class World:
    def __init__(self, fail_topic: str | None = None) -> None:
        self.settings = load_settings(internal_batches=True)
        self.aio = FakeAIOKafkaProducer(fail_topic)
        self.app = FakeApp(self.aio)
        self.host = WorkerHost(self.settings, self.app)  # type: ignore[arg-type]
        self.store = self.host.table("dedup-seen", direct=True)
        self.table = self.app.tables[-1]
        topics = self.settings.topics
        self.scored, self.routed = topics.scored, topics.routed
        self.gap_reader = BlockingGapReader([self.raw(0)])
        self.host.gap_reader = self.gap_reader  # type: ignore[assignment]
        self.limits_release = asyncio.Event()
        self.first_hop_go = asyncio.Event()

        async def limits_now(topics: Sequence[str]) -> dict[str, int]:
            return {}

        async def limits_after_release(topics: Sequence[str]) -> dict[str, int]:
            await self.limits_release.wait()  # the first hop asks the broker for max.message.bytes
            return {}

        self.host._sizes["dedup"] = OutputSizes(limits_now, topics.deadletter, "dedup")
        self.host._sizes["enrich"] = OutputSizes(limits_after_release, topics.deadletter, "enrich")

    def raw(self, offset: int) -> Any:
        return SimpleNamespace(
            topic=self.scored,
            partition=0,
            offset=offset,
            key=b"k",
            value=orjson.dumps({"id": f"m-{offset}", "schema_version": 1}),  # (an internal v1 record)
            timestamp=0,
        )

    def event(self, offset: int) -> Any:
        return FetchedEvent(FetchedMessage.of(self.raw(offset)))

    def dedup_agent(self, wake_first_hop: bool) -> Any:
        """The stateful hop: each mention written to a direct table, and a case revision out."""

        def handle(event: Any, now: float) -> list[Record]:
            if wake_first_hop:
                self.first_hop_go.set()  # the first hop's agent is ready to run as this batch is handled
            mention = event.message.value["id"]  # (unpacked: the record, parsed)
            self.store[mention] = {"case": f"case-{mention}"}
            return [(self.routed, None, mention.encode(), b'{"case_id": "case-%s"}' % mention.encode())]

        source = SimpleNamespace(topics=(self.scored,))
        self.host.run_batches("dedup", source, lambda: handle, agent="dedup+route")  # type: ignore[arg-type]
        audit = self.host.offset_audits.audit("dedup+route", (self.scored,))
        audit.start({TP(self.scored, 0): 0})  # committed at 0: offset 0 is a gap faust skipped
        return self.app.agents["mentionflow.dedup+route"], audit

    async def first_hop_send(self) -> None:
        await self.first_hop_go.wait()
        # An envelope-hop write (mentions.scored): packed, after the limits are known.
        await self.host.send("enrich", [(self.scored, None, b"brand:x", b'{"a":1,"schema_version":1}')])

    def in_producer(self, key: str) -> bool:
        wanted = f'"{key}"'.encode()
        return any(t == CHANGELOG and k == wanted for t, _, k, _ in self.aio.sent)


@pytest.mark.parametrize("other_sender_first", [True, False], ids=["another-agent-takes-them", "table-flush"])
async def test_a_batchs_table_writes_are_in_the_producer_when_its_offsets_can_commit(
    other_sender_first: bool,
) -> None:
    world = World()
    agent, audit = world.dedup_agent(wake_first_hop=other_sender_first)
    first_hop = asyncio.create_task(world.first_hop_send())
    # The batch: offset 1 (offset 0 was skipped by faust: a gap, re-read before the send).
    dedup = asyncio.create_task(agent(FakeStream([[world.event(1)]])))
    await world.gap_reader.waiting.wait()
    for _ in range(5):
        await asyncio.sleep(0)  # the first hop's agent and the tables' flush get their turn
    world.gap_reader.release.set()
    await dedup
    # The audit moved past the batch: the next commit's flush settles what is in the producer,
    # and commits offset 2. Every table write of the batch must be in the producer by then.
    assert audit.positions[TP(world.scored, 0)] == 2
    assert world.in_producer("m-0") and world.in_producer("m-1"), (world.aio.sent, world.table.faust_path)
    assert world.table.faust_path == []  # never faust's buffered path (it may land after a newer value)
    world.limits_release.set()
    world.first_hop_go.set()
    await first_hop
    changelog = [k for t, _, k, _ in world.aio.sent if t == CHANGELOG]
    assert changelog == [b'"m-1"', b'"m-0"']  # each once, with its batch, in the order written


async def test_a_send_that_fails_before_its_records_are_in_the_producer_holds_every_later_commit() -> None:
    world = World()
    world.aio.fail_topic = world.routed
    world.gap_reader.records = []
    agent, audit = world.dedup_agent(wake_first_hop=False)
    audit.start({TP(world.scored, 0): 1})
    with pytest.raises(AssertionError, match="Unrecognized partition"):
        await agent(FakeStream([[world.event(1)]]))  # faust restarts the agent in place, tables as they are
    sender = world.host.record_sender("dedup")
    with pytest.raises(DeliveryFailed):
        await sender.settle()  # the flush before every commit: no offset commits from now on
    await asyncio.sleep(0)
    assert world.app.crashed  # and the worker stops: its partitions go where the state is rebuilt
    assert audit.positions[TP(world.scored, 0)] == 1  # (and the audit stayed before the batch)


async def test_a_table_write_its_changelog_cannot_encode_holds_every_later_commit() -> None:
    """Taking the batch's writes raised (here a value past 64 bits, which orjson does not encode):
    faust restarts the agent in place, over tables that hold the writes. Its next batch re-read
    these offsets as a gap, folded them as replays of what the tables held, wrote nothing and
    committed past them, so the next owner restored state without them. Now it is the sender's
    failure: no offset commits from then on, and the worker stops."""
    world = World()
    world.gap_reader.records = []
    agent, audit = world.dedup_agent(wake_first_hop=False)
    audit.start({TP(world.scored, 0): 1})
    world.store["too-large"] = {"reach": 2**64}  # (written by the batch below, before its take)
    with pytest.raises(TypeError, match="64-bit"):
        await agent(FakeStream([[world.event(1)]]))
    with pytest.raises(DeliveryFailed):
        await world.host.record_sender("dedup").settle()  # the flush before every commit
    await asyncio.sleep(0)
    assert world.app.crashed
    assert audit.positions[TP(world.scored, 0)] == 1
    assert not any(t == world.routed for t, _, _, _ in world.aio.sent)  # (nothing of the batch went out)


async def test_a_timer_whose_writes_cannot_be_taken_holds_every_later_commit() -> None:
    world = World()
    world.store["too-large"] = [2**64]
    with pytest.raises(TypeError, match="64-bit"):
        await world.host.send("expire", [])
    with pytest.raises(DeliveryFailed):
        await world.host.record_sender("expire").settle()
    await asyncio.sleep(0)
    assert world.app.crashed
