"""``WorkerHost``: the ``StageHost`` a worker gives its stages (``app.MentionflowApp`` is one).

It owns the one batch-and-send path every stage agent and timer goes through:

1. a batch of events through the stage's handler (``handle_batch``): a failure becomes a dead
   letter and the batch goes on; each event's partition is where its table writes go; an
   internal topic's micro-batch envelope is unpacked first, and each of its mentions handled
   (and dead-lettered) on its own (``runtime/batches.py``);
2. the offsets faust skipped are read again and processed (``runtime/offsets.py``);
3. the direct tables' changelog records, then the outputs, fitted to their topics' limits
   (``runtime/outsize.py``), those to an internal hop in one envelope per partition, go straight
   into the producer faust flushes before it commits (``RecordSender``; exactly_once:
   ``Topic.send``, into the transaction);
4. the stage's offset audit moves past the batch: commits never pass what a stage processed.

Agents run with concurrency=1: above 1, faust can commit past an event still in flight
(faust-streaming #606).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any, cast

import faust
from faust.streams import Stream
from faust.types import TP, EventT, StreamT

from mentionflow import observability as obs
from mentionflow.core.pipeline import Pipeline, Stores
from mentionflow.kafka_client import client_kwargs
from mentionflow.runtime.batches import pack
from mentionflow.runtime.host import Timer
from mentionflow.runtime.lag import Lag
from mentionflow.runtime.offsets import (
    Gap,
    GapReader,
    HoleLog,
    OffsetAudit,
    StageAudits,
    guard_offsets,
    log_refused_commits,
)
from mentionflow.runtime.outsize import OutputSizes, record_budget, topic_max_bytes
from mentionflow.runtime.records import (
    FetchedEvent,
    FetchedMessage,
    Handler,
    Record,
    StageFailed,
    dead_letter_record,
    unpack,
)
from mentionflow.runtime.sender import RecordSender, guard_commits
from mentionflow.runtime.tables import TableStore
from mentionflow.settings import Settings

log = logging.getLogger("mentionflow")


class WorkerHost:
    """Topics, tables, the batch-and-send path, partitions and lag for the stages of one worker."""

    def __init__(self, settings: Settings, app: faust.App) -> None:
        self.settings = settings
        self.stages = set(settings.stage_list)
        self.fused = settings.fused
        self.stores = Stores()
        self._app = app
        self._core: Pipeline | None = None
        self._topics: dict[str, faust.TopicT] = {}
        self.deadletter_topic = settings.topics.deadletter
        self._current_partition = 0  # partition of the event a stage is processing
        self.direct_changelog = settings.processing_guarantee == "at_least_once" and settings.store.startswith("memory")
        self.direct_stores: list[TableStore] = []  # tables whose changelog goes with the batch's records
        self._senders: dict[str, RecordSender] = {}
        self._sizes: dict[str, OutputSizes] = {}
        self._undeclared: set[str] = set()
        self._crash_task: asyncio.Task[None] | None = None
        exactly_once = settings.processing_guarantee == "exactly_once"
        # What each stage agent processed, per input partition: commits never pass it (offsets.py).
        self.offset_audits = StageAudits(keep_processed=not exactly_once)
        self.gap_reader = GapReader(client_kwargs(settings), f"{settings.app_id}-gap-reader", exactly_once)
        self.holes = HoleLog()  # a gap re-read's offsets with no record: logged, not only counted
        self.lag_tracker = Lag(lambda: self._app.consumer)
        self.record_sender("expire")  # the state expiry timers' tombstones (its counters at 0 from the start)
        topics = settings.topics
        # Internal hops: readers take envelopes and single records alike; writers put a batch's
        # mentions in one envelope per partition unless internal_batches is off (runtime/batches.py).
        # Not under exactly_once: there faust's table changelogs are not sent ahead of the outputs
        # (no direct tables), and a hop's batch of many mentions would widen the window in which a
        # kill leaves outputs on Kafka without the state that made them (docs/reliability.md).
        self.mention_topics = frozenset({topics.enriched, topics.scored, topics.unique})
        batching = settings.internal_batches and not exactly_once
        self.batched_topics = self.mention_topics if batching else frozenset()
        self.items_handled = 0  # mentions the last handle_batch went through (envelopes unpacked)

    # ------------------------------------------------------------------ what a stage declares

    @property
    def app(self) -> faust.App:
        return self._app

    @property
    def core(self) -> Pipeline:
        if self._core is None:
            raise RuntimeError("the core is built once every stage has registered its tables")
        return self._core

    def build_core(self) -> Pipeline:
        """The core over the tables the stages put in ``stores`` (after they registered)."""
        self._core = Pipeline.from_settings(self.settings, self.stores)
        # Dedup's watermarks per partition: one partition's event time never expires another's state.
        self._core.deduper.partition = lambda: self._current_partition
        return self._core

    def topic(self, *names: str) -> faust.TopicT:
        if len(names) == 1 and names[0] in self._topics:
            return self._topics[names[0]]
        topic = self._app.topic(
            *names,
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
            partitions=self.settings.topic_partitions,
        )
        if len(names) == 1:
            self._topics[names[0]] = topic
        return topic

    def table(self, name: str, direct: bool = False) -> TableStore:
        table = self._app.Table(
            name,
            default=None,
            partitions=self.settings.topic_partitions,
            key_type=str,  # str keys and untyped values: faust's json codec (orjson)
        )
        store = TableStore(
            table, self.owned_partitions, lambda: self._current_partition, direct and self.direct_changelog
        )
        if store.direct:
            self.direct_stores.append(store)
        return store

    def declare_outputs(self, *names: str) -> None:
        self._undeclared.update(names)

    def timer(self, interval: float, name: str | None = None) -> Callable[[Timer], Timer]:
        return cast(Callable[[Timer], Timer], self._app.timer(interval=interval, name=name))

    # ------------------------------------------------------------------ partitions and lag

    def set_partition(self, partition: int) -> None:
        self._current_partition = partition

    def owned_partitions(self) -> set[int]:
        try:
            return {tp.partition for tp in self._app.assignor.assigned_actives()}
        except Exception:  # before the first assignment
            return set()

    def rebalancing(self) -> bool:
        return bool(self._app.rebalancing)

    def lag(self, topic: str, partition: int) -> int | None:
        return self.lag_tracker.partition(topic, partition)

    def caught_up(self, topics: Sequence[str], partition: int) -> bool:
        return self.lag_tracker.caught_up(topics, partition)

    def partition_of(self, topic: str, key: bytes) -> int | None:
        try:
            return int(self._app.producer.key_partition(topic, key).partition)
        except Exception:  # no metadata for the topic yet
            return None

    # ------------------------------------------------------------------ the batch-and-send path

    def dead_letter(self, event: EventT, exc: Exception, stage: str) -> Record:
        return dead_letter_record(event, exc, stage, self.deadletter_topic)

    def handle_batch(
        self,
        batch: Sequence[EventT],
        handler: Callable[[EventT, float], Iterable[Record]],
        stage: str,
        now: float,
        unpacked: Callable[[EventT], Sequence[EventT]] | None = None,
    ) -> list[Record]:
        """Every event of a batch through ``handler``: a failure becomes a dead letter and the
        batch goes on. With ``unpacked`` (an internal topic), each event's mentions, each on its
        own: a bad one is dead-lettered alone; a record that cannot be unpacked is dead-lettered
        whole. Sets the partition the handler's table writes go to, and records the offsets that
        /readyz and the lag gauge report."""
        outputs: list[Record] = []
        processed = self.lag_tracker.processed
        items = 0
        for event in batch:
            msg = event.message
            self._current_partition = msg.partition
            if unpacked is None:
                mentions: Sequence[EventT] = (event,)
            else:
                try:
                    mentions = unpacked(event)
                except Exception as exc:
                    mentions = ()
                    outputs.append(self.dead_letter(event, exc, stage))
            for mention in mentions:
                try:
                    outputs.extend(handler(mention, now))
                except StageFailed as failed:  # a fused handler names the stage that failed
                    outputs.append(self.dead_letter(mention, failed.cause, failed.stage))
                except Exception as exc:
                    outputs.append(self.dead_letter(mention, exc, stage))
            items += len(mentions)
            processed[TP(msg.topic, msg.partition)] = msg.offset
        self.items_handled = items
        return outputs

    def unpacks(self, topics: Iterable[str]) -> Callable[[EventT], Sequence[EventT]] | None:
        """How a stage reading ``topics`` gets the mentions of a record (None: one record, one
        event). Only the internal mention topics' records are unpacked (the metrics stage reads
        mentions.unique with cases.routed)."""
        sources = set(topics)
        internal = sources & self.mention_topics
        if not internal:
            return None
        if sources == internal:
            return unpack

        def unpack_internal(event: EventT) -> Sequence[EventT]:
            return unpack(event) if event.message.topic in internal else (event,)

        return unpack_internal

    def record_sender(self, stage: str) -> RecordSender:
        """``stage``'s sender, whose failed deliveries are counted and logged for it (sends are
        not awaited: a failure shows up in the callback)."""
        sender = self._senders.get(stage)
        if sender is None:
            produce_errors = obs.PRODUCE_ERRORS.labels(stage=stage)

            def on_failed(count: int, exc: BaseException) -> None:
                produce_errors.inc(count)
                log.error("stage %s: %d record(s) were not delivered: %r", stage, count, exc)

            sender = self._senders[stage] = RecordSender(self._app.producer, on_failed)
        return sender

    def changelog_records(self) -> list[Record]:
        """Every direct table's pending changelog records (taken: call before yielding)."""
        return [record for store in self.direct_stores for record in store.take_direct()]

    async def send(self, stage: str, records: list[Record], changelog: list[Record] | None = None) -> None:
        """``records``, after ``changelog``: the direct tables' changelog records of the writes
        that made them (None: taken here, before anything yields; a stage agent takes its batch's
        own right after handling it, ``process_batch``). Under at_least_once, a failure before
        every record is in the producer is the stage sender's failure: no offset commits from
        then on, and the worker stops (the table writes are in memory and in no changelog, so
        neither this worker's state nor a later commit can be trusted)."""
        if self.settings.processing_guarantee == "at_least_once":
            try:
                if changelog is None:
                    changelog = self.changelog_records()
                await self._send_at_least_once(stage, self.record_sender(stage), records, changelog)
            except Exception as exc:
                self.writes_not_sent(stage, exc)
                raise
            return
        if changelog is None:
            changelog = self.changelog_records()
        await self._declare(records)
        # exactly_once: Topic.send puts the record in the source partition's transaction
        # (no changelog records: direct tables need at_least_once; no envelopes, see __init__).
        for topic, partition, key, value in records:
            await self.topic(topic).send(key=key, value=value, partition=partition)

    async def _declare(self, records: list[Record]) -> None:
        if self._undeclared:
            for name in sorted({r[0] for r in records} & self._undeclared):
                # A topic this worker only writes to would otherwise be auto-created by the
                # broker with its default partition count.
                await self.topic(name).maybe_declare()
                self._undeclared.discard(name)

    async def _send_at_least_once(
        self, stage: str, sender: RecordSender, records: list[Record], changelog: list[Record]
    ) -> None:
        # Straight into the producer faust flushes before it commits offsets (at-least-once
        # holds), a batch per topic-partition (RecordSender); too large for a topic: fitted.
        await self._declare(records)
        sizes = self._sizes.get(stage)
        if sizes is None:
            fetch = functools.partial(topic_max_bytes, client_kwargs(self.settings))
            sizes = self._sizes[stage] = OutputSizes(fetch, self.deadletter_topic, stage)
        fitted = await sizes.fit([*changelog, *records])
        batched = self.batched_topics
        if batched and any(r[0] in batched for r in records):
            # Envelopes within their topics' max.message.bytes (asked of the broker once a minute).
            known = await sizes.limits(sorted({r[0] for r in records} & batched))
            fitted = pack(fitted, batched, sender.partitioner_for, lambda t: record_budget(known[t], None))
        await sender.send(fitted)

    async def reread_gap(
        self,
        gap: Gap[TP],
        handler: Handler,
        stage: str,
        unpacked: Callable[[EventT], Sequence[EventT]] | None = None,
    ) -> list[Record]:
        """Fetch the offsets faust did not give the agent and process what is there."""
        found = await self.gap_reader.fetch(gap)
        holes = self.holes.report(stage, gap, (r.offset for r in found))
        if holes:
            obs.OFFSET_GAPS.labels(topic=gap.tp.topic, outcome="hole").inc(holes)
        if found:
            obs.OFFSET_GAPS.labels(topic=gap.tp.topic, outcome="repaired").inc(len(found))
            log.error(
                "stage %s: faust skipped %d record(s) of %s[%s] %d..%d; read again and processed",
                stage,
                len(found),
                gap.tp.topic,
                gap.tp.partition,
                gap.start,
                gap.end - 1,
            )
        events = [FetchedEvent(FetchedMessage.of(r)) for r in found]
        return self.handle_batch(cast(list[EventT], events), handler, stage, time.time(), unpacked)

    async def process_batch(
        self,
        stage: str,
        batch: Sequence[EventT],
        process: Handler,
        audit: OffsetAudit[TP],
        unpacked: Callable[[EventT], Sequence[EventT]] | None = None,
        handled: Callable[[Sequence[EventT], int], None] | None = None,
    ) -> list[Record]:
        """One batch of a stage agent: its events through ``process`` (``handled(batch, mentions)``
        is told right after), the offsets faust skipped read again and processed, the outputs
        sent after the tables' changelog records, and the offset audit moved past the batch.

        The batch's table writes are taken right after each handling, before anything yields.
        Taken later (at the send, after a gap's re-read awaited the broker), they could be taken
        first by another sender of this worker (another stage agent, whose send may wait on the
        broker before it hands them to the producer, or an expiry timer) or by the tables' own
        flush: sent on its schedule, after this batch's offsets commit (a kill -9 then loses
        them, while the cases they made are on Kafka) or after a newer value of the same key (a
        restore then reads the older one). Either way a later owner restores a case book and
        dedup state behind what was published: revisions made again with other contents, and
        mentions missing from a case's last revision (tests/unit/test_batch_changelog.py)."""
        outputs = self.handle_batch(batch, process, stage, time.time(), unpacked)
        offsets = [(event.message.tp, event.message.offset) for event in batch]
        repaired = []
        try:
            changelog = self.changelog_records()
            if handled is not None:
                handled(batch, self.items_handled)
            for gap in audit.gaps(offsets):
                try:
                    outputs.extend(await self.reread_gap(gap, process, stage, unpacked))
                    repaired.append(gap)
                except Exception as exc:
                    self.on_lost_delivery(exc)  # the commit stays before the gap; the worker stops
                changelog.extend(self.changelog_records())  # the re-read's writes (it did not yield since)
        except Exception as exc:
            # The batch's table writes are in memory and in no changelog (a value the changelog
            # cannot encode, say). faust would restart the agent in place: the next batch re-reads
            # these offsets as a gap, folds them as replays of what the tables already hold, writes
            # nothing, and commits past them: a later owner restores state without them.
            self.writes_not_sent(stage, exc)
            raise
        await self.send(stage, outputs, changelog)
        for gap in audit.advance(offsets, repaired):
            log.warning("stage %s: %s[%s] from %d not processed yet; commits wait", stage, *gap.tp, gap.start)
        return outputs

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
        """One thin agent ``mentionflow.<agent>``: batches of raw events through ``handler()``.

        ``stage``: what its dead letters, sender and timing are labelled; ``counted_as``: the
        stages whose event counters it feeds (default ``[stage]``; a fused agent does two stages'
        work, and dashboards read the counters of both); ``count_in`` / ``count_out``: what
        counts as in (default: the batch) and out (default: every output but dead letters);
        ``stage_seconds``: where a fused handler adds up each stage's time in the batch."""
        settings = self.settings
        name = agent or stage
        counted = [stage] if counted_as is None else list(counted_as)
        counters_in = [obs.EVENTS_IN.labels(stage=c) for c in counted]
        counters_out = [obs.EVENTS_OUT.labels(stage=c) for c in counted]
        duration = obs.STAGE_SECONDS.labels(stage=stage) if timed else None
        split = [(c, obs.STAGE_SECONDS.labels(stage=c)) for c in stage_seconds or ()]
        audit = self.offset_audits.audit(name, source.topics)
        deadletter = self.deadletter_topic
        self.record_sender(stage)  # (its produce-error counter at 0 from the start)

        def not_dead_letters(outputs: Sequence[Record]) -> int:
            return sum(1 for o in outputs if o[0] != deadletter)

        counts_out = count_out or not_dead_letters
        unpacked = self.unpacks(source.topics)

        def handled(batch: Sequence[EventT], taken: int, *, started: float) -> None:
            if stage_seconds is not None:
                for part, histogram in split:
                    histogram.observe(stage_seconds[part])
                    stage_seconds[part] = 0.0
            elif duration is not None:
                duration.observe(time.perf_counter() - started)
            if counters_in:
                taken = taken if count_in is None else count_in(batch)
                for events_in in counters_in:
                    events_in.inc(taken)

        async def run(stream: StreamT[Any]) -> None:
            process = handler()
            # take_events is on faust's Stream, not on the StreamT protocol it is typed as.
            async for batch in cast(Stream[Any], stream).take_events(settings.batch_size, settings.batch_timeout_s):
                started = time.perf_counter()
                outputs = await self.process_batch(
                    stage, batch, process, audit, unpacked, functools.partial(handled, started=started)
                )
                if counters_out:
                    sent = counts_out(outputs)
                    for events_out in counters_out:
                        events_out.inc(sent)

        run.__name__ = f"{name.replace('+', '_').replace('-', '_')}_agent"
        run.__qualname__ = run.__name__
        self._app.agent(source, name=f"mentionflow.{name}", concurrency=1)(run)

    # ------------------------------------------------------------------ delivery and commits

    def guard(self) -> None:
        """Commits wait for the senders' deliveries and never pass what a stage processed."""
        guard_commits(self._app.producer, self._senders.values(), self.on_lost_delivery)
        guard_offsets(self._app.consumer, self.offset_audits, self.offset_audits.audited, self._on_commit_held)
        log_refused_commits(self._app.consumer)
        self._app.on_before_shutdown.connect(cast(Any, self._stop_gap_reader))

    def writes_not_sent(self, stage: str, exc: BaseException) -> None:
        """Table writes (or records) that may be in no producer: ``stage``'s sender fails, so no
        offset commits from now on (``guard_commits``), and the worker stops."""
        sender = self.record_sender(stage)
        sender.failure = sender.failure or exc
        self.on_lost_delivery(exc)

    def on_lost_delivery(self, exc: BaseException) -> None:
        """A record reached no topic: no offset commits from now on, and the worker stops (its
        partitions go to another worker, which processes the records again from the last commit)."""
        log.critical("a record was not delivered; offsets will not be committed, the worker stops: %r", exc)
        if self._crash_task is None:
            self._crash_task = asyncio.get_running_loop().create_task(self._app.crash(exc))

    def _on_commit_held(self, tp: TP, proposed: int) -> None:
        obs.OFFSET_COMMITS_HELD.labels(topic=tp.topic).inc()
        position = self.offset_audits.position(tp)
        log.warning("offset commit of %s[%s] held at %s (faust proposed %s)", *tp, position, proposed)

    async def _stop_gap_reader(self, app: Any, *args: Any, signal: Any = None, **kwargs: Any) -> None:
        await self.gap_reader.stop()
