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
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, cast

import faust
from faust.streams import Stream
from faust.types import TP, EventT, StreamT

from mentionflow import __version__
from mentionflow import observability as obs
from mentionflow.core.cases import NO_CASE_ACTIONS
from mentionflow.core.dedup import dedup_key
from mentionflow.core.pipeline import Core, Stores
from mentionflow.core.route import RulesHolder
from mentionflow.core.text import normalise
from mentionflow.kafka_client import client_kwargs, ssl_context
from mentionflow.runtime.customers import customer_directory
from mentionflow.runtime.offsets import Gap, GapReader, StageAudits, guard_offsets
from mentionflow.runtime.outsize import OutputSizes, topic_max_bytes
from mentionflow.runtime.records import FetchedEvent, FetchedMessage, Record, StageFailed, dead_letter_record
from mentionflow.runtime.sender import RecordSender, guard_commits
from mentionflow.runtime.tables import TableStore
from mentionflow.schema import (
    RawMention,
    RoutedCase,
    ScoredMention,
    Trace,
    UniqueMention,
    decode_enriched,
    decode_raw_mention,
    decode_scored,
    decode_unique,
    encode,
    parse_time,
)
from mentionflow.settings import Settings, SettingsError

log = logging.getLogger("mentionflow")

Output = tuple[faust.TopicT, bytes, bytes]
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
        exactly_once = settings.processing_guarantee == "exactly_once"
        self.offset_audits = StageAudits(keep_processed=not exactly_once)
        self.gap_reader = GapReader(client_kwargs(settings), f"{settings.app_id}-gap-reader", exactly_once)
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
        guard_offsets(self.app.consumer, self.offset_audits, self.offset_audits.audited, self._on_commit_held)
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
            directory = customer_directory(self.app, self.topics["customers"], self.settings.topic_partitions)
            self.stores.customers = directory  # type: ignore[assignment]

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
        _, _, key, value = dead_letter_record(event, exc, stage, self.topics["deadletter"].get_topic_name())
        return (self.topics["deadletter"], key or b"", value or b"")

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
        position = self.offset_audits.position(tp)
        log.warning("offset commit of %s[%s] held at %s (faust proposed %s)", *tp, position, proposed)

    async def _reread_gap(self, gap: Gap[TP], handler: Handler, stage: str) -> list[Output]:
        """Fetch the offsets faust did not give the agent and process what is there."""
        found = await self.gap_reader.fetch(gap)
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
        events = [FetchedEvent(FetchedMessage.of(r)) for r in found]
        return self.handle_batch(cast(list[EventT], events), handler, stage, time.time())

    async def _stop_gap_reader(self, app: Any, *args: Any, signal: Any = None, **kwargs: Any) -> None:
        await self.gap_reader.stop()

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

        audit = self.offset_audits.audit(stage, source.topics)

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
