"""The faust composition root: the app, its topics, tables and thin agents.

Every agent does the same four things: decode bytes, call the pure core, encode, send.
Ingress topics are read as raw bytes (a typed topic crashes the agent on bad JSON and
skips the record without a trace); anything that fails goes to the dead-letter topic with
its reason and origin, and the agent moves on. Agents run with concurrency=1: above 1,
faust can commit past an event still in flight (faust-streaming #606).
"""

from __future__ import annotations

import asyncio
import base64
import functools
import gc
import hmac
import logging
import ssl
import time
from collections.abc import Callable, Iterable, Iterator, MutableMapping, Sequence
from pathlib import Path
from typing import Any, cast

import faust
import orjson
from faust.streams import Stream
from faust.types import TP, EventT, StreamT, TableT
from faust.types.tables import GlobalTableT

from mentionflow import __version__
from mentionflow import observability as obs
from mentionflow.core.cases import NO_CASE_ACTIONS
from mentionflow.core.dedup import dedup_key
from mentionflow.core.pipeline import Core, Stores
from mentionflow.core.route import RulesHolder
from mentionflow.core.text import normalise
from mentionflow.kafka_client import client_kwargs, ssl_context
from mentionflow.offsets import Gap, OffsetAudit
from mentionflow.outsize import OutputSizes, topic_max_bytes
from mentionflow.schema import (
    DEADLETTER_MAX_RECORD_BYTES,
    CodecError,
    RawMention,
    RoutedCase,
    ScoredMention,
    Trace,
    UniqueMention,
    dead_letter,
    decode_enriched,
    decode_raw_mention,
    decode_scored,
    decode_unique,
    encode,
    parse_time,
)
from mentionflow.settings import Settings, SettingsError

log = logging.getLogger("mentionflow")

# faust's json codec (faust.utils.json with orjson installed): the changelog bytes it writes.
_FAUST_JSON = orjson.OPT_NON_STR_KEYS | orjson.OPT_UTC_Z

Output = tuple[faust.TopicT, bytes, bytes]
Record = tuple[str, int | None, bytes | None, bytes | None]  # topic, partition (None: by key), key, value
Handler = Callable[[EventT, float], Sequence[Output]]


def stream_settings(s: Settings) -> dict[str, Any]:
    """The faust settings that decide how records flow (delivery, batching, serializers).

    Shared by the worker and the bench's bare faust chain, so the bench compares like with like."""
    return {
        "processing_guarantee": s.processing_guarantee,
        "topic_allow_declare": True,
        "consumer_auto_offset_reset": "earliest",
        "producer_linger": s.producer_linger_ms / 1000.0,
        # aiokafka's 16 KB default holds 4-8 of our records: a produce request every few.
        "producer_max_batch_size": s.producer_max_batch_bytes,
        "producer_max_request_size": 4 * 1024 * 1024,
        "consumer_max_fetch_size": 4 * 1024 * 1024,
        "broker_max_poll_records": s.max_poll_records,
        "stream_buffer_maxsize": max(4096, s.batch_size * 4),
        "autodiscover": False,
        "key_serializer": "raw",
        "value_serializer": "raw",
        "version": 1,
    }


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


class RecordSender:
    """Records straight into the aiokafka producer under faust's ``Producer``, one batch per
    topic-partition: one future and one callback per batch where ``Producer.send`` costs a
    coroutine chain, a future and a callback per record (~10% of a worker's CPU at 1,000
    mentions/s, docs/benchmarks.md).

    at_least_once holds: faust flushes that producer before it commits offsets, and the flush
    waits for every batch in its accumulator, these included. Keys are partitioned by the
    producer's own partitioner over the topic's partitions (murmur2, as faust and Kafka do).

    A failed delivery (aiokafka gave up: too large, topic gone, timed out) is sticky in
    ``failure``: ``settle()`` then raises, and ``guard_commits`` runs it in the flush before
    every offset commit, so no offset commits past a record that reached no topic.
    """

    def __init__(self, producer: Any, on_failed: Callable[[int, BaseException], None]) -> None:
        self._faust_producer = producer  # faust's Producer; its aiokafka producer exists once started
        self._on_failed = on_failed
        self._in_flight: set[asyncio.Future[Any]] = set()
        self.failure: BaseException | None = None

    def _delivered(self, count: int) -> Callable[[asyncio.Future[Any]], None]:
        def check(delivery: asyncio.Future[Any]) -> None:
            self._in_flight.discard(delivery)
            if delivery.cancelled():
                self.failure = self.failure or asyncio.CancelledError("delivery cancelled")
            elif delivery.exception() is not None:
                exc = cast(BaseException, delivery.exception())
                self.failure = self.failure or exc
                self._on_failed(count, exc)

        return check

    def _track(self, delivery: asyncio.Future[Any], count: int) -> None:
        self._in_flight.add(delivery)
        delivery.add_done_callback(self._delivered(count))

    async def settle(self) -> None:
        """Wait for every delivery so far; DeliveryFailed if any of them (ever) failed."""
        if self._in_flight:
            await asyncio.gather(*list(self._in_flight), return_exceptions=True)
            await asyncio.sleep(0)  # the done callbacks above record the outcome
        if self.failure is not None:
            raise DeliveryFailed(f"a record was not delivered: {self.failure!r}") from self.failure

    async def send(self, records: Sequence[Record]) -> None:
        if not records:
            return  # (and no producer made: under exactly_once faust sends through its transactional ones)
        producer = self._faust_producer._ensure_producer()  # the one faust flushes before a commit
        cluster = producer.client.cluster
        partitioner = producer._partitioner
        partitions_of: dict[str, list[int] | None] = {}
        batches: dict[tuple[str, int], Any] = {}
        for topic, partition, key, value in records:
            if partition is None:
                if topic not in partitions_of:
                    known = cluster.partitions_for_topic(topic)
                    partitions_of[topic] = sorted(known) if known else None
                partitions = partitions_of[topic]
                if partitions is None:  # no metadata for the topic yet: the producer's path fetches it
                    self._track(await producer.send(topic, value, key=key), 1)
                    continue
                partition = partitioner(key, partitions, partitions)
            batch = batches.get((topic, partition))
            if batch is None:
                batch = batches[(topic, partition)] = producer.create_batch()
            if batch.append(timestamp=None, key=key, value=value) is None:  # full: send it, start another
                await self._submit(producer, batch, topic, partition)
                batch = batches[(topic, partition)] = producer.create_batch()
                batch.append(timestamp=None, key=key, value=value)  # a batch takes its first record whole
        for (topic, partition), batch in batches.items():
            await self._submit(producer, batch, topic, partition)

    async def _submit(self, producer: Any, batch: Any, topic: str, partition: int) -> None:
        count = batch.record_count()
        self._track(await producer.send_batch(batch, topic, partition=partition), count)


class StageFailed(Exception):
    """Raised by a fused handler: ``stage`` (of the two it runs) failed with ``cause``, so that the
    dead letter and its counters name the stage that did the work."""

    def __init__(self, stage: str, cause: Exception) -> None:
        super().__init__(f"{stage}: {cause!r}")
        self.stage = stage
        self.cause = cause


class DeliveryFailed(RuntimeError):
    """A record the worker sent reached no topic: its offset must not be committed."""


def guard_commits(
    faust_producer: Any, senders: Sequence[RecordSender], on_failure: Callable[[BaseException], None]
) -> None:
    """Make the flush faust runs before each offset commit (``Consumer._commit_offsets``:
    ``await app.producer.flush()`` then ``_commit``) also settle the senders' deliveries.

    A failure raises out of the flush, so that commit and every later one are skipped and
    ``on_failure`` (the worker: crash) runs: the records are processed again by the next owner
    instead of being lost with no trace."""
    flush = faust_producer.flush

    async def flush_then_settle() -> None:
        await flush()
        for sender in senders:
            try:
                await sender.settle()
            except DeliveryFailed as exc:
                on_failure(exc)
                raise

    faust_producer.flush = flush_then_settle


def guard_offsets(
    consumer: Any, audit: OffsetAudit[TP], audited: Callable[[str], bool], on_held: Callable[[TP, int], None]
) -> None:
    """Start ``audit`` where faust resumes (its seek to the committed offsets on every
    assignment, and any other seek), and commit an audited partition's offset from the audit:
    never past an offset its stage agent has not processed (mentionflow/offsets.py)."""
    seek_to_committed, seek, new_offset = consumer.seek_to_committed, consumer.seek, consumer._new_offset

    async def seek_to_committed_audited() -> Any:
        committed = await seek_to_committed()
        audit.start({TP(tp.topic, tp.partition): off for tp, off in committed.items() if audited(tp.topic)})
        return committed

    async def seek_audited(partition: Any, offset: int) -> None:
        await seek(partition, offset)
        if audited(partition.topic):
            audit.start({TP(partition.topic, partition.partition): offset})

    def new_offset_audited(tp: TP) -> int | None:
        proposed = new_offset(tp)  # (also clears faust's acked list up to it)
        offset, held = audit.commit_offset(tp, proposed, consumer._committed_offset.get(tp))
        if held and proposed is not None:
            on_held(tp, proposed)
        return offset

    consumer.seek_to_committed = seek_to_committed_audited
    consumer.seek = seek_audited
    consumer._new_offset = new_offset_audited


class FetchedMessage:
    """A record the worker fetched itself (a gap's re-read), shaped like the faust message the
    stage handlers read."""

    __slots__ = ("key", "offset", "partition", "timestamp", "topic", "value")

    def __init__(self, record: Any) -> None:
        self.topic: str = record.topic
        self.partition: int = record.partition
        self.offset: int = record.offset
        self.key: bytes | None = record.key
        self.value: bytes | None = record.value
        self.timestamp: float | None = record.timestamp / 1000.0 if record.timestamp is not None else None

    @property
    def tp(self) -> TP:
        return TP(self.topic, self.partition)


class FetchedEvent:
    __slots__ = ("message",)

    def __init__(self, record: Any) -> None:
        self.message = FetchedMessage(record)


class CustomerDirectory:
    """Read-only view of the ``customers`` global table (author id -> directory record)."""

    def __init__(self, table: GlobalTableT) -> None:
        self.table = table

    def get(self, author_id: str, default: Any = None) -> Any:
        raw = self.table.data.get(author_id.encode("utf-8"))
        if raw is None:
            return default
        try:
            value = orjson.loads(raw)
        except (orjson.JSONDecodeError, TypeError):
            return default
        return value if isinstance(value, dict) else default


class MentionflowApp:
    """Builds the faust app for the stages this worker runs."""

    def __init__(self, settings: Settings, web_port: int | None = None) -> None:
        self.settings = settings
        self.stages = set(settings.stage_list)
        self.web_port = web_port or settings.web_port
        self.app = self._make_app()
        self.topics = self._declare_topics()
        self._last_offsets: dict[TP, int] = {}
        self._current_partition = 0  # partition of the event an agent is processing
        self.stores = Stores()
        s = settings
        self.direct_changelog = s.processing_guarantee == "at_least_once" and s.store.startswith("memory")
        self.fused = s.fused
        self.direct_stores: list[TableStore] = []  # the core's tables, written by the stage agents
        self.record_senders: list[RecordSender] = []
        self._crash_task: asyncio.Task[None] | None = None
        # What the stage agents processed, per input partition: commits never pass it (offsets.py).
        self.offset_audit: OffsetAudit[TP] = OffsetAudit(keep_processed=settings.processing_guarantee != "exactly_once")
        self._audited_topics: set[str] = set()
        self._gap_reader: Any = None  # an aiokafka consumer of our own, started on the first gap
        self._gap_lock = asyncio.Lock()  # one reader, shared by the stage agents
        self.app.on_before_shutdown.connect(cast(Any, self._stop_gap_reader))
        self._declare_tables()
        self.core = Core.from_settings(settings, self.stores)
        self._joined = False  # set by the first partition assignment (an empty one too)
        self._lag_clock = obs.LagClock()
        self._lag_gauges = obs.LagGauges()
        self._lag_partitions: set[TP] = set()
        self._declare_agents()
        self._declare_web()
        self._declare_timers()
        guard_commits(self.app.producer, self.record_senders, self._on_lost_delivery)
        guard_offsets(self.app.consumer, self.offset_audit, self._audited_topics.__contains__, self._on_commit_held)
        obs.BUILD_INFO.labels(version=__version__, stages=",".join(sorted(self.stages))).set(1)
        self._zero_counters()

    def _zero_counters(self) -> None:
        """Create every label combination at 0, so that rate() and increase() in the alert
        rules see the first event of a fresh worker instead of a series appearing from nowhere."""
        for stage in sorted(self.stages):
            obs.EVENTS_IN.labels(stage=stage)
            obs.EVENTS_OUT.labels(stage=stage)
        for queue in self.core.rules.queues:
            for priority in ("P1", "P2", "P3", "P4"):
                obs.SLA_BREACHES.labels(queue=queue, priority=priority)
        for kind in ("sla_breach", "volume_spike", "negative_spike", "negative_storm"):
            for brand in sorted(self.core.catalog.brands):
                obs.ALERTS.labels(kind=kind, brand=brand)
        for kind in (
            "replay",
            "repost",
            "near_duplicate",
            "followup",
            "response",
            "own_post",
            "no_brand",
            "already_in_case",
        ):
            obs.DEDUP_HITS.labels(kind=kind)

    # ------------------------------------------------------------------ construction

    def _make_app(self) -> faust.App:
        s = self.settings
        credentials: Any = None
        if s.security_protocol.startswith("SASL"):
            credentials = faust.SASLCredentials(
                username=s.sasl_username,
                password=s.sasl_password.get_secret_value() if s.sasl_password else None,
                mechanism=s.sasl_mechanism,
                ssl_context=ssl_context(s),
            )
        elif s.security_protocol == "SSL":
            credentials = faust.SSLCredentials(ssl_context(s))
        datadir = Path(s.data_dir) / f"{s.app_id}-{self.web_port}"
        return faust.App(
            s.app_id,
            broker=[f"kafka://{server.strip()}" for server in s.kafka.split(",")],
            broker_credentials=credentials,
            store=s.store,
            datadir=str(datadir),
            topic_partitions=s.topic_partitions,
            topic_replication_factor=s.topic_replication,
            table_standby_replicas=s.standby_replicas,
            web_host=s.web_host,
            web_bind=s.web_host,  # the listening address; without it faust binds 0.0.0.0
            web_port=self.web_port,
            web_ssl_context=web_ssl_context(s),
            web_enabled=True,
            web_tables_enabled=False,
            **stream_settings(s),
            # faust also reads settings from unprefixed environment variables (WEB_BIND, WEB_PORT,
            # BROKER_URL, PROCESSING_GUARANTEE, APP_WEB_TABLES_ENABLED, ...) that override the
            # arguments above. Namespaced, a stray variable cannot re-open the bind address or
            # the table views; FAUST_<NAME> still tunes faust (docs/security.md).
            env_prefix="FAUST_",
        )

    def _raw_topic(self, *names: str) -> faust.TopicT:
        """A bytes-in, bytes-out topic (one or several names: one stream over all of them)."""
        return self.app.topic(
            *names,
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
            partitions=self.settings.topic_partitions,
        )

    def _declare_topics(self) -> dict[str, faust.TopicT]:
        names = self.settings.topics
        return {
            "raw": self._raw_topic(names.raw),
            "enriched": self._raw_topic(names.enriched),
            "scored": self._raw_topic(names.scored),
            "unique": self._raw_topic(names.unique),
            "routed": self._raw_topic(names.routed),
            "metrics": self._raw_topic(names.metrics),
            "deadletter": self._raw_topic(names.deadletter),
            "events": self._raw_topic(names.events),
            "alerts": self._raw_topic(names.alerts),
            "customers": self._raw_topic(names.customers),
        }

    def _active_partitions(self) -> set[int]:
        try:
            return {tp.partition for tp in self.app.assignor.assigned_actives()}
        except Exception:  # before the first assignment
            return set()

    def _table(self, name: str, direct: bool = False) -> TableStore:
        """A table as a mapping. ``direct``: its changelog records go straight into the producer
        (when the guarantee and store allow it); every writer must then send ``_changelog_records``
        before it yields to the loop."""
        table = self.app.Table(
            name,
            default=None,
            partitions=self.settings.topic_partitions,
            key_type=str,  # str keys and untyped values: faust's json codec (orjson)
        )
        store = TableStore(
            table, self._active_partitions, lambda: self._current_partition, direct and self.direct_changelog
        )
        if store.direct:
            self.direct_stores.append(store)
        return store

    def _declare_tables(self) -> None:
        if "enrich" in self.stages:
            # Every worker keeps the whole directory: enrichment may read any author on any
            # partition. The `customers` topic (compacted, fed by the CRM) is copied into the
            # global table by the agent below; the table's changelog replicates it to all workers.
            customers = self.app.GlobalTable(
                "customers",
                default=None,
                key_type=bytes,  # bytes: the raw codec; records are parsed lazily, bad ones ignored
                value_type=bytes,
                partitions=self.settings.topic_partitions,
            )
            self.stores.customers = CustomerDirectory(customers)  # type: ignore[assignment]

            @self.app.agent(self.topics["customers"], name="mentionflow.customers", concurrency=1)
            async def load_customers(stream: StreamT) -> None:
                async for event in stream.events():
                    key = event.message.key
                    if not key:
                        continue
                    if event.message.value is None:
                        customers.pop(key, None)  # a tombstone: the customer was removed
                    else:
                        customers[key] = event.message.value

        if "dedup" in self.stages:
            self.stores.seen = self._table("dedup-seen", direct=True)
            self.stores.authors = self._table("dedup-authors", direct=True)
            self.stores.incidents = self._table("dedup-incidents", direct=True)
            self.stores.history = self._table("dedup-history", direct=True)  # customer memory
        if "route" in self.stages:
            # fused: the case book lives with the dedup state, on the dedup key's partitions (an
            # incident's member cases are then local). Its own table: the two layouts partition
            # the same case ids differently, and must not restore into each other.
            self.stores.cases = self._table("cases-by-dedup-key" if self.fused else "cases", direct=True)

    # ------------------------------------------------------------------ agents

    def _deadletter(self, event: EventT, exc: Exception, stage: str) -> Output:
        msg = event.message
        value = msg.value if isinstance(msg.value, bytes) else b"" if msg.value is None else str(msg.value).encode()
        key = msg.key if isinstance(msg.key, bytes) or msg.key is None else str(msg.key).encode()
        record = dead_letter(
            value,
            exc,
            stage=stage,
            topic=msg.topic,
            partition=msg.partition,
            offset=msg.offset,
            key=key,
            timestamp_ms=int(msg.timestamp * 1000) if msg.timestamp else None,
            failed_at=time.time(),
            # The dead letter keeps the original key: the key and the envelope share the topic's limit.
            max_record_bytes=max(0, DEADLETTER_MAX_RECORD_BYTES - len(key or b"")),
        )
        reason = record.error_code
        obs.EVENTS_FAILED.labels(stage=stage, reason=reason).inc()
        obs.DEADLETTERS.labels(stage=stage, reason=reason).inc()
        if not isinstance(exc, CodecError):
            log.warning("stage %s failed on %s[%s]@%s: %r", stage, msg.topic, msg.partition, msg.offset, exc)
        return (self.topics["deadletter"], key or b"", encode(record))

    def _record_sender(self, stage: str) -> RecordSender:
        """A sender whose failed deliveries are counted and logged for ``stage`` (sends are not
        awaited: a failure shows up in the callback)."""
        produce_errors = obs.PRODUCE_ERRORS.labels(stage=stage)

        def on_failed(count: int, exc: BaseException) -> None:
            produce_errors.inc(count)
            log.error("stage %s: %d record(s) were not delivered: %r", stage, count, exc)

        sender = RecordSender(self.app.producer, on_failed)
        self.record_senders.append(sender)
        return sender

    def _on_lost_delivery(self, exc: BaseException) -> None:
        """A record reached no topic: no offset commits from now on, and the worker stops (its
        partitions go to another worker, which processes the records again from the last commit)."""
        log.critical("a record was not delivered; offsets will not be committed, the worker stops: %r", exc)
        if self._crash_task is None:
            self._crash_task = asyncio.get_running_loop().create_task(self.app.crash(exc))

    def _on_commit_held(self, tp: TP, proposed: int) -> None:
        obs.OFFSET_COMMITS_HELD.labels(topic=tp.topic).inc()
        position = self.offset_audit.positions.get(tp)
        log.warning("offset commit of %s[%s] held at %s (faust proposed %s)", *tp, position, proposed)

    async def _reread_gap(self, gap: Gap[TP], handler: Handler, stage: str) -> list[Output]:
        """Fetch the offsets faust did not give the agent and process what is there."""
        async with self._gap_lock:
            found = await self._fetch_gap(gap)
        outcome = "repaired" if found else "hole"
        obs.OFFSET_GAPS.labels(topic=gap.tp.topic, outcome=outcome).inc(len(found) if found else gap.size)
        if found:
            log.error(
                "stage %s: faust skipped %d record(s) of %s[%s] %d..%d; read again and processed",
                stage,
                len(found),
                gap.tp.topic,
                gap.tp.partition,
                gap.start,
                gap.end - 1,
            )
        return self.handle_batch(cast(list[EventT], [FetchedEvent(r) for r in found]), handler, stage, time.time())

    async def _stop_gap_reader(self, app: Any, *args: Any, signal: Any = None, **kwargs: Any) -> None:
        if self._gap_reader is not None:
            await self._gap_reader.stop()

    async def _fetch_gap(self, gap: Gap[TP]) -> list[Any]:
        from aiokafka import AIOKafkaConsumer, TopicPartition

        if self._gap_reader is None:
            isolation = "read_committed" if self.settings.processing_guarantee == "exactly_once" else "read_uncommitted"
            reader = AIOKafkaConsumer(
                group_id=None,
                enable_auto_commit=False,
                auto_offset_reset="earliest",
                isolation_level=isolation,
                max_partition_fetch_bytes=4 * 1024 * 1024,
                client_id=f"{self.settings.app_id}-gap-reader",
                **client_kwargs(self.settings),
            )
            await reader.start()
            self._gap_reader = reader
        reader = self._gap_reader
        tp = TopicPartition(gap.tp.topic, gap.tp.partition)
        reader.assign([tp])
        reader.seek(tp, gap.start)
        found: list[Any] = []
        deadline = time.monotonic() + 30.0
        while await reader.position(tp) < gap.end:
            if time.monotonic() > deadline:
                raise TimeoutError(f"offsets {gap} could not be read again")
            for record in (await reader.getmany(tp, timeout_ms=500)).get(tp, ()):
                if gap.start <= record.offset < gap.end:
                    found.append(record)
        return found

    def _changelog_records(self) -> list[Record]:
        """Every direct table's pending changelog records (taken: call before yielding)."""
        return [record for store in self.direct_stores for record in store.take_direct()]

    def handle_batch(
        self, batch: Sequence[EventT], handler: Callable[[EventT, float], Iterable[Output]], stage: str, now: float
    ) -> list[Output]:
        """Every event of a batch through ``handler``: a failure becomes a dead letter and the
        batch goes on. Sets the partition the handler's table writes go to, and records the
        offsets that /readyz and the lag gauge report."""
        outputs: list[Output] = []
        last_offsets = self._last_offsets
        for event in batch:
            msg = event.message
            self._current_partition = msg.partition
            try:
                outputs.extend(handler(event, now))
            except StageFailed as failed:  # a fused handler names the stage that failed
                outputs.append(self._deadletter(event, failed.cause, failed.stage))
            except Exception as exc:
                outputs.append(self._deadletter(event, exc, stage))
            last_offsets[TP(msg.topic, msg.partition)] = msg.offset
        return outputs

    def _stage_agent(
        self,
        stage: str,
        source: faust.TopicT,
        handler: Handler,
        counted_as: Sequence[str] | None = None,
        stage_seconds: dict[str, float] | None = None,
    ) -> None:
        """One thin agent: batches of raw events through ``handler``; failures to dead letters.

        ``counted_as``: the stages whose event counters it feeds (a fused agent does two stages'
        work; dashboards and alerts read the counters of enrich and route). ``stage_seconds``: where
        a fused handler adds up each stage's time in the batch, observed per stage after it."""
        settings = self.settings
        name = "+".join(counted_as) if counted_as else stage
        counters_in = [obs.EVENTS_IN.labels(stage=c) for c in counted_as or [stage]]
        counters_out = [obs.EVENTS_OUT.labels(stage=c) for c in counted_as or [stage]]
        duration = obs.STAGE_SECONDS.labels(stage=stage)
        split = [(c, obs.STAGE_SECONDS.labels(stage=c)) for c in stage_seconds or ()]
        direct_send = settings.processing_guarantee == "at_least_once"
        sender = self._record_sender(stage)
        dlq_topic = self.topics["deadletter"].get_topic_name()
        sizes = OutputSizes(functools.partial(topic_max_bytes, client_kwargs(settings)), dlq_topic, stage)

        audit = self.offset_audit
        self._audited_topics.add(source.get_topic_name())

        async def agent(stream: StreamT[Any]) -> None:
            # take_events is on faust's Stream, not on the StreamT protocol it is typed as.
            async for batch in cast(Stream[Any], stream).take_events(settings.batch_size, settings.batch_timeout_s):
                started = time.perf_counter()
                outputs = self.handle_batch(batch, handler, stage, time.time())
                if stage_seconds is None:
                    duration.observe(time.perf_counter() - started)
                else:
                    for part, histogram in split:
                        histogram.observe(stage_seconds[part])
                        stage_seconds[part] = 0.0
                offsets = [(event.message.tp, event.message.offset) for event in batch]
                repaired = []
                for gap in audit.gaps(offsets):
                    try:
                        outputs.extend(await self._reread_gap(gap, handler, stage))
                        repaired.append(gap)
                    except Exception as exc:
                        self._on_lost_delivery(exc)  # the commit stays before the gap; the worker stops
                for events_in in counters_in:
                    events_in.inc(len(batch))
                # The changelog records first, taken before anything yields (TableStore.direct).
                records = self._changelog_records()
                if direct_send:
                    # Straight into the producer faust flushes before it commits offsets
                    # (at-least-once holds), a batch per topic-partition (RecordSender).
                    records.extend((topic.get_topic_name(), None, key, value) for topic, key, value in outputs)
                    await sender.send(await sizes.fit(records))  # too large for a topic: fitted (outsize.py)
                else:
                    # exactly_once: Topic.send puts the record in the source partition's transaction
                    # (records is empty: direct tables need at_least_once).
                    for topic, key, value in outputs:
                        await topic.send(key=key, value=value)
                sent = sum(1 for o in outputs if o[0] is not self.topics["deadletter"])
                for events_out in counters_out:
                    events_out.inc(sent)
                for gap in audit.advance(offsets, repaired):
                    log.warning("stage %s: %s[%s] from %d not processed yet; commits wait", stage, *gap.tp, gap.start)

        agent.__name__ = f"{name.replace('+', '_')}_agent"
        agent.__qualname__ = agent.__name__
        self.app.agent(source, name=f"mentionflow.{name}", concurrency=1)(agent)

    def _declare_agents(self) -> None:
        t = self.topics
        core = self.core
        s = self.settings
        mentions_counter = obs.labelled(obs.MENTIONS)  # brand, channel, sentiment
        known_brands = core.catalog.brands  # metric labels: these, "other" or "unknown"
        cases_counter = obs.labelled(obs.CASES)  # queue, priority, update
        dedup_hits = obs.labelled(obs.DEDUP_HITS)  # kind

        def ingest(event: EventT, now: float) -> tuple[RawMention, Trace]:
            """The raw mention and its trace (where it came from: what a re-delivery is known by)."""
            msg = event.message
            raw = decode_raw_mention(msg.value, s.max_payload_bytes, s.max_text_chars)
            trace = Trace(ingested_at=msg.timestamp or now, source_offset=msg.offset, source_partition=msg.partition)
            return raw, trace

        def enrich(event: EventT, now: float) -> Sequence[Output]:
            raw, trace = ingest(event, now)
            enriched = core.enrich(raw, now, trace)
            return [(t["enriched"], raw.id.encode("utf-8"), encode(enriched))]

        def sentiment(event: EventT, now: float) -> Sequence[Output]:
            return scored_output(core.score(decode_enriched(event.message.value)))

        def scored_output(scored: ScoredMention) -> list[Output]:
            brand = obs.brand_label(scored.enrichment.brand, known_brands)
            mentions_counter(brand, scored.mention.channel, scored.analysis.label).inc()
            return [(t["scored"], dedup_key(scored).encode("utf-8"), encode(scored))]

        clock = time.perf_counter
        enrich_seconds = {"enrich": 0.0, "sentiment": 0.0}  # fused: each stage's time in the batch
        dedup_seconds = {"dedup": 0.0, "route": 0.0}

        def enrich_and_score(event: EventT, now: float) -> Sequence[Output]:
            """fused: enrich then sentiment, in one hop (the text normalised once)."""
            started = clock()
            raw, trace = ingest(event, now)
            norm = normalise(raw.text)
            enriched = core.enrich(raw, now, trace, norm)
            enriched_at = clock()
            enrich_seconds["enrich"] += enriched_at - started
            try:
                return scored_output(core.score(enriched, norm))
            except Exception as exc:
                raise StageFailed("sentiment", exc) from exc
            finally:
                enrich_seconds["sentiment"] += clock() - enriched_at

        def decide(scored: ScoredMention, now: float) -> UniqueMention:
            unique = core.dedup(scored, now)
            action = unique.dedup.action
            if action != "new_case":
                dedup_hits(action).inc()
            return unique

        def dedup(event: EventT, now: float) -> Sequence[Output]:
            unique = decide(decode_scored(event.message.value), now)
            outputs = [(t["unique"], unique.dedup.case_id.encode("utf-8"), encode(unique))]
            for update in core.incident_updates(unique, unique_partition_of):
                outputs.append((t["unique"], update.dedup.case_id.encode("utf-8"), encode(update)))
            return outputs

        def dedup_and_route(event: EventT, now: float) -> Sequence[Output]:
            """fused: dedup then route, in one hop. An incident's member cases share its dedup key,
            so they are in this partition's case book: escalations are routed here, not sent on."""
            started = clock()
            unique = decide(decode_scored(event.message.value), now)
            decided_at = clock()
            dedup_seconds["dedup"] += decided_at - started
            try:
                outputs = list(routed_outputs(unique, now))
                if unique.dedup.notify_case_ids or unique.dedup.action == "replay":  # replay: re-publish
                    outputs.extend(revision_outputs(core.escalations(unique, now)))
            except Exception as exc:
                raise StageFailed("route", exc) from exc
            finally:
                dedup_seconds["route"] += clock() - decided_at
            return outputs

        def unique_partition_of(case_id: str) -> int | None:
            """The partition of ``mentions.unique`` a case id's key lands on (None: unknown yet)."""
            try:
                return int(self.app.producer.key_partition(unique_topic, case_id.encode("utf-8")).partition)
            except Exception:  # no metadata for the topic yet: the caller sends one record per case
                return None

        unique_topic = t["unique"].get_topic_name()

        def revision_outputs(revisions: Sequence[RoutedCase]) -> list[Output]:
            for revision in revisions:
                cases_counter(revision.queue, revision.priority, revision.update).inc()
            return [(t["routed"], r.case_id.encode("utf-8"), encode(r)) for r in revisions]

        def route(event: EventT, now: float) -> Sequence[Output]:
            unique = decode_unique(event.message.value)
            if unique.dedup.action == "incident_update":
                return revision_outputs(core.route_update(unique, now))
            return routed_outputs(unique, now)

        def routed_outputs(unique: UniqueMention, now: float) -> Sequence[Output]:
            case = core.route(unique, now)
            if case is None:
                if unique.dedup.action not in NO_CASE_ACTIONS:  # (own posts and noise are counted by dedup)
                    dedup_hits("already_in_case").inc()
                return ()
            cases_counter(case.queue, case.priority, case.update).inc()
            published = time.time()
            obs.PIPELINE_LATENCY.observe(max(0.0, published - unique.trace.ingested_at))
            obs.EVENT_AGE.observe(max(0.0, published - parse_time(unique.mention.created_at)))
            return [(t["routed"], case.case_id.encode("utf-8"), encode(case))]

        if self.fused:
            # Two hops instead of four: faust's cost per record and hop is most of a worker's CPU
            # (docs/benchmarks.md). mentions.enriched and mentions.unique stay unused.
            self._stage_agent("enrich", t["raw"], enrich_and_score, ("enrich", "sentiment"), enrich_seconds)
            self._stage_agent("dedup", t["scored"], dedup_and_route, ("dedup", "route"), dedup_seconds)
        else:
            stages: dict[str, tuple[faust.TopicT, Handler]] = {
                "enrich": (t["raw"], enrich),
                "sentiment": (t["enriched"], sentiment),
                "dedup": (t["scored"], dedup),
                "route": (t["unique"], route),
            }
            for stage, (source, handler) in stages.items():
                if stage in self.stages:
                    self._stage_agent(stage, source, handler)
        # Stages over the case stream (rolling metrics; lifecycle, SLA and alerts) register
        # their own agents, tables and timers on this app.
        if "metrics" in self.stages:
            from mentionflow.stages.metrics import register as register_metrics

            register_metrics(self)
        if "lifecycle" in self.stages:
            from mentionflow.stages.lifecycle import register as register_lifecycle

            register_lifecycle(self)

    def internal_topics(self) -> list[str]:
        """faust's own topics: every table's changelog and the leader assignor's topic."""
        names = [table.changelog_topic.get_topic_name() for table in self.app.tables.values()]
        return sorted({*names, f"{self.app.conf.id}-__assignor-__leader"})

    # ------------------------------------------------------------------ web and timers

    def is_ready(self) -> bool:
        """Joined and recovered: the worker has had its first assignment (an empty one counts: a
        spare worker is ready to take partitions over), no rebalance is under way and its tables
        are restored. Lag is not readiness: a backlog must not hold a rollout back or pull a
        worker out of its service (it has metrics and an alert of its own)."""
        app = self.app
        if not self._joined or app.rebalancing or getattr(app, "in_recovery", False):
            return False
        recovery = cast(Any, app.tables).recovery
        return not (app.tables and not recovery.completed.is_set())

    def _on_assigned(self, sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> None:
        """faust's on_partitions_assigned signal: ``args[0]`` is the whole new assignment."""
        self._joined = True
        self._lag_gauges.drop([(tp.topic, tp.partition) for tp in self._lag_partitions - set(args[0])])

    def _on_revoked(self, sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> None:
        """faust's on_partitions_revoked signal: ``args[0]`` are the partitions taken away."""
        self._lag_gauges.drop([(tp.topic, tp.partition) for tp in args[0]])

    def _assigned_by_topic(self) -> dict[str, list[int]]:
        """Active partitions this worker owns, per topic (what /readyz reports)."""
        owned: dict[str, list[int]] = {}
        try:
            actives = self.app.assignor.assigned_actives()
        except Exception:
            return owned
        for tp in sorted(actives):
            owned.setdefault(tp.topic, []).append(tp.partition)
        return owned

    def _lag_by_partition(self) -> dict[TP, tuple[int, int]]:
        """Every assigned partition: (messages behind, end offset)."""
        lag: dict[TP, tuple[int, int]] = {}
        consumer = self.app.consumer
        try:
            assignment = consumer.assignment()
        except Exception:
            return lag
        for tp in assignment:
            try:
                highwater = consumer.highwater(tp)
            except Exception:
                continue
            if highwater is None:
                continue
            last = self._last_offsets.get(tp)
            behind = highwater - (last + 1 if last is not None else 0)
            if last is None:
                # Nothing read yet on this partition: the committed position is the best guess.
                committed = getattr(consumer, "_committed_offset", {}).get(tp)
                behind = highwater - committed if committed is not None else 0
            lag[tp] = (max(0, behind), highwater)
        return lag

    def _lag_by_topic(self) -> dict[str, int]:
        lag: dict[str, int] = {}
        for tp, (behind, _) in self._lag_by_partition().items():
            lag[tp.topic] = lag.get(tp.topic, 0) + behind
        return lag

    def report_lag(self, now: float) -> None:
        """Lag gauges for the partitions held now (stale children removed), in messages and seconds."""
        lags: dict[tuple[str, int], tuple[int, float]] = {}
        for tp, (behind, highwater) in self._lag_by_partition().items():
            self._lag_clock.observe(tp, highwater, now)
            lags[(tp.topic, tp.partition)] = (behind, self._lag_clock.seconds(tp, highwater - behind, now))
        self._lag_partitions = {TP(topic, partition) for topic, partition in lags}
        self._lag_clock.forget(self._lag_partitions)
        self._lag_gauges.publish(lags)

    def _declare_web(self) -> None:
        app = self.app

        check_auth = basic_auth_checker(self.settings)

        @app.page("/metrics")
        async def metrics(web: Any, request: Any) -> Any:
            if not check_auth(request.headers.get("Authorization")):
                return web.bytes(
                    b"authentication required\n",
                    status=401,
                    headers={"WWW-Authenticate": 'Basic realm="mentionflow", charset="UTF-8"'},
                )
            body, content_type = obs.exposition()
            # As a header: aiohttp rejects a content_type argument that carries a charset.
            return web.bytes(body, headers={"Content-Type": content_type})

        @app.page("/healthz")
        async def healthz(web: Any, request: Any) -> Any:
            return web.json({"status": "ok", "version": __version__})

        @app.page("/readyz")
        async def readyz(web: Any, request: Any) -> Any:
            ready = self.is_ready()
            obs.WORKER_READY.set(1 if ready else 0)
            return web.json(
                {
                    "ready": ready,
                    "rebalancing": bool(app.rebalancing),
                    "assigned": self._assigned_by_topic(),
                    "lag": self._lag_by_topic(),
                },
                status=200 if ready else 503,
            )

    def _declare_timers(self) -> None:
        app = self.app

        @app.task
        async def freeze_startup_objects() -> None:
            """Move what start-up built (modules, models, rules, faust's own objects) out of
            the collector's reach: gen-2 collections then scan only what processing keeps.
            The text, harm and language models are loaded first (lazily they would load with
            the first mention, after the freeze, and every full collection would walk them)."""
            # Only the models this worker's stages use (a route-only worker loads none).
            self.core.preload(language="enrich" in self.stages, text="sentiment" in self.stages)
            gc.freeze()

        app.on_partitions_assigned.connect(self._on_assigned)
        app.on_partitions_revoked.connect(self._on_revoked)

        @app.timer(interval=5.0)
        async def report_lag() -> None:
            self.report_lag(time.time())
            obs.WORKER_READY.set(1 if self.is_ready() else 0)
            if "dedup" in self.stages:
                obs.INCIDENTS_OPEN.set(self.core.deduper.open_incidents())

        rules_path = self.settings.path_or_packaged(self.settings.rules_file, "rules.yaml")
        holder = RulesHolder(self.core.rules, rules_path, self.settings.sla_seconds)
        rules_mtime = [_mtime(rules_path)]

        @app.timer(interval=10.0)
        async def reload_rules() -> None:
            """Operators edit the rules file in place; a bad edit is logged and the rules in
            force stay (RulesHolder keeps them)."""
            mtime = _mtime(rules_path)
            if mtime == rules_mtime[0]:
                return
            rules_mtime[0] = mtime
            error = holder.reload(rules_path)
            if error is not None:
                log.error("rules file rejected, previous rules stay in force: %s", error)
            else:
                self.core.set_rules(holder.rules)
                log.warning("rules reloaded from %s (sha256 %s)", rules_path, holder.rules.digest[:12])

        expiry_sender = self._record_sender("expire")

        @app.timer(interval=60.0)
        async def expire_state() -> None:
            now = time.time()
            if "dedup" in self.stages:
                self.core.deduper.expire(now)
            if "route" in self.stages:
                self.core.casebook.expire(now, max(self.settings.dedup_window_s, 2 * 86400))
            await expiry_sender.send(self._changelog_records())  # the tombstones, before yielding


def web_ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """Server-side TLS for /metrics, /healthz and /readyz (MENTIONFLOW_WEB_TLS_CERTFILE + _KEYFILE), or None."""
    if settings.web_tls_certfile is None:
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        context.load_cert_chain(str(settings.web_tls_certfile), str(settings.web_tls_keyfile))
    except (OSError, ssl.SSLError) as exc:
        raise SettingsError(
            f"MENTIONFLOW_WEB_TLS_CERTFILE / MENTIONFLOW_WEB_TLS_KEYFILE: cannot load {settings.web_tls_certfile}: "
            f"{getattr(exc, 'reason', None) or getattr(exc, 'strerror', None) or exc}"
        ) from None
    return context


def basic_auth_checker(settings: Settings) -> Callable[[str | None], bool]:
    """``check(authorization_header) -> allowed``; always allowed without MENTIONFLOW_WEB_AUTH_USERNAME."""
    if settings.web_auth_username is None or settings.web_auth_password is None:
        return lambda header: True
    expected = "Basic " + base64.b64encode(
        f"{settings.web_auth_username}:{settings.web_auth_password.get_secret_value()}".encode()
    ).decode("ascii")

    def check(header: str | None) -> bool:
        # Constant time: the comparison must not tell how much of a guess was right.
        return header is not None and hmac.compare_digest(header.encode(), expected.encode())

    return check


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def build_app(settings: Settings, web_port: int | None = None) -> MentionflowApp:
    return MentionflowApp(settings, web_port)
