"""Prometheus metrics: mentionflow's own registry, base units, ``_total`` counters.

Kept apart from faust's Prometheus sensor (milliseconds, odd names, and it raises
DuplicateTimeseries when registered twice). Every name an alert rule or the Grafana
dashboard uses must be defined here; tests/unit/test_deploy.py cross-checks.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable, Collection, Container, Hashable, Mapping
from typing import Any, Final

from prometheus_client import CONTENT_TYPE_LATEST as PROMETHEUS_CONTENT_TYPE
from prometheus_client import (
    GC_COLLECTOR,
    PLATFORM_COLLECTOR,
    PROCESS_COLLECTOR,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

REGISTRY: Final = CollectorRegistry(auto_describe=True)
# process_* (CPU, memory, open fds, start time), python_info and python_gc_*: what an SRE reads first
# when a worker is slow or killed for memory. prometheus_client's own instances, shared with its
# default registry: a second GCCollector would add a second callback to every garbage collection.
for _collector in (PROCESS_COLLECTOR, PLATFORM_COLLECTOR, GC_COLLECTOR):
    REGISTRY.register(_collector)

_LATENCY_BUCKETS: Final = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
_RESPONSE_BUCKETS: Final = (60, 300, 900, 1800, 3600, 4 * 3600, 8 * 3600, 24 * 3600, 72 * 3600)

EVENTS_IN: Final = Counter("mentionflow_events_in_total", "Records read by a stage.", ["stage"], registry=REGISTRY)
EVENTS_OUT: Final = Counter(
    "mentionflow_events_out_total", "Records a stage published downstream.", ["stage"], registry=REGISTRY
)
EVENTS_FAILED: Final = Counter(
    "mentionflow_events_failed_total",
    "Records a stage could not process (each one is on the dead-letter topic), by the stage that failed (fused"
    " workers too) and reason.",
    ["stage", "reason"],
    registry=REGISTRY,
)
DEADLETTERS: Final = Counter(
    "mentionflow_deadletters_total",
    "Records written to the dead-letter topic.",
    ["stage", "reason"],
    registry=REGISTRY,
)
STAGE_SECONDS: Final = Histogram(
    "mentionflow_stage_duration_seconds",
    "Time the pure core of a stage spent on one batch (a fused worker times each of the two stages of a hop apart).",
    ["stage"],
    buckets=(0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1),
    registry=REGISTRY,
)
PIPELINE_LATENCY: Final = Histogram(
    "mentionflow_pipeline_latency_seconds",
    "From the mention entering mentionflow to its case being published.",
    buckets=_LATENCY_BUCKETS,
    registry=REGISTRY,
)
EVENT_AGE: Final = Histogram(
    "mentionflow_event_age_seconds",
    "From the mention's created_at to its case being published.",
    buckets=(1, 5, 15, 60, 300, 900, 3600, 4 * 3600, 24 * 3600),
    registry=REGISTRY,
)
CONSUMER_LAG: Final = Gauge(
    "mentionflow_consumer_lag_messages",
    "Messages not yet processed, summed over the partitions this worker holds (none held: no series).",
    ["topic"],
    registry=REGISTRY,
)
PARTITION_LAG: Final = Gauge(
    "mentionflow_consumer_partition_lag_messages",
    "Messages not yet processed on one partition this worker holds (removed when the partition moves).",
    ["topic", "partition"],
    registry=REGISTRY,
)
LAG_SECONDS: Final = Gauge(
    "mentionflow_consumer_lag_seconds",
    "How long ago the oldest unprocessed record of a partition reached the broker, estimated from its end"
    " offset sampled every 5 s (0 when caught up; removed when the partition moves).",
    ["topic", "partition"],
    registry=REGISTRY,
)
DEDUP_HITS: Final = Counter(
    "mentionflow_dedup_hits_total",
    "Mentions that opened no case of their own, by kind (replay, repost, near_duplicate, followup, incident_report,"
    " response: folded into a case; own_post, no_brand: never a case; already_in_case).",
    ["kind"],
    registry=REGISTRY,
)
CASES: Final = Counter(
    "mentionflow_cases_total",
    "Case revisions published, by queue and priority.",
    ["queue", "priority", "update"],
    registry=REGISTRY,
)
INCIDENTS_OPEN: Final = Gauge(
    "mentionflow_incidents_open", "Incidents with activity inside the incident window.", registry=REGISTRY
)
MENTIONS: Final = Counter(
    "mentionflow_mentions_total",
    "Valid mentions analysed, by brand, channel and sentiment label.",
    ["brand", "channel", "sentiment"],
    registry=REGISTRY,
)
SENTIMENT_MEAN: Final = Gauge(
    "mentionflow_sentiment_mean",
    "Mean sentiment score of the last closed 1-minute window, per brand.",
    ["brand"],
    registry=REGISTRY,
)
NEGATIVE_SHARE: Final = Gauge(
    "mentionflow_negative_share_ratio",
    "Share of negative mentions in the last closed 1-minute window, per brand.",
    ["brand"],
    registry=REGISTRY,
)
SLA_BREACHES: Final = Counter(
    "mentionflow_sla_breaches_total",
    "Cases not responded to before sla_due_at.",
    ["queue", "priority"],
    registry=REGISTRY,
)
ALERTS: Final = Counter(
    "mentionflow_alerts_total",
    "Alerts published on cases.alerts, by kind and brand (catalog brands, other or unknown).",
    ["kind", "brand"],
    registry=REGISTRY,
)
FIRST_RESPONSE: Final = Histogram(
    "mentionflow_first_response_seconds",
    "From case creation to the first public or private response.",
    ["queue"],
    buckets=_RESPONSE_BUCKETS,
    registry=REGISTRY,
)
RESOLUTION: Final = Histogram(
    "mentionflow_resolution_seconds",
    "From case creation to resolution.",
    ["queue"],
    buckets=_RESPONSE_BUCKETS,
    registry=REGISTRY,
)
RESPONSES: Final = Counter("mentionflow_responses_total", "Cases responded to, by queue.", ["queue"], registry=REGISTRY)
RANTERS: Final = Counter(
    "mentionflow_ranters_total", "Authors with a negative case.", ["brand", "queue"], registry=REGISTRY
)
RAVERS: Final = Counter(
    "mentionflow_ravers_total",
    "Ranters whose later mention, after our response, was positive.",
    ["brand", "queue"],
    registry=REGISTRY,
)
CARE_CASES: Final = Counter(
    "mentionflow_care_cases_total",
    "Cases opened for care (queues with an SLA), by brand, team and whether the author is a repeat contact.",
    ["brand", "team", "repeat"],
    registry=REGISTRY,
)
CARE_FIRST_RESPONSES: Final = Counter(
    "mentionflow_care_first_responses_total",
    "First responses (desk event or the brand's own reply), by brand, team and whether within sla_due_at.",
    ["brand", "team", "within_sla"],
    registry=REGISTRY,
)
CARE_UNANSWERED_BREACHES: Final = Counter(
    "mentionflow_care_unanswered_breaches_total",
    "Cases past sla_due_at with no response (the SLA timer), by brand and team.",
    ["brand", "team"],
    registry=REGISTRY,
)
CARE_RESOLVED: Final = Counter(
    "mentionflow_care_resolved_total",
    "Cases resolved, by brand, team and whether deflected (self-service, no agent assigned or responding).",
    ["brand", "team", "deflected"],
    registry=REGISTRY,
)
PAIN_CASES: Final = Gauge(
    "mentionflow_pain_point_cases",
    "Negative or complaint cases per category in the brand's last closed 1-hour window.",
    ["brand", "category"],
    registry=REGISTRY,
)
PAIN_VALUE: Final = Gauge(
    "mentionflow_pain_point_value_at_risk",
    "Customer lifetime value of the authors of those cases (the value at risk), last closed 1-hour window.",
    ["brand", "category"],
    registry=REGISTRY,
)
WORKER_READY: Final = Gauge(
    "mentionflow_worker_ready",
    "1 when the worker has joined its consumer group and recovered its tables (partitions held or not, lag"
    " or not: lag has its own metrics).",
    registry=REGISTRY,
)
BUILD_INFO: Final = Gauge(
    "mentionflow_build_info", "Version and stages of this worker.", ["version", "stages"], registry=REGISTRY
)
RAVER_VALUE: Final = Counter(
    "mentionflow_raver_customer_value_total",
    "Estimated customer lifetime value of ravers (the ROI of turning ranters round), in the CRM's currency.",
    ["brand", "queue"],
    registry=REGISTRY,
)
METRICS_LATE: Final = Counter(
    "mentionflow_metrics_late_events_total",
    "Case revisions left out of rolling metrics because their 1-minute window had already closed.",
    ["dimension"],
    registry=REGISTRY,
)
PRODUCE_ERRORS: Final = Counter(
    "mentionflow_produce_errors_total",
    "Records the producer could not deliver after its retries; each is logged with its topic.",
    ["stage"],
    registry=REGISTRY,
)
OFFSET_GAPS: Final = Counter(
    "mentionflow_offset_gaps_total",
    "Input offsets a stage agent was not given in order (faust skipped them around a rebalance) and "
    "re-read itself: outcome=repaired (a record was there; processed now), hole (no record: a "
    "transaction marker or a compacted record).",
    ["topic", "outcome"],
    registry=REGISTRY,
)
OFFSET_COMMITS_HELD: Final = Counter(
    "mentionflow_offset_commits_held_total",
    "Offset commits faust proposed past an input offset its stage had not processed; the commit "
    "waited for the stage (mentionflow/runtime/offsets.py).",
    ["topic"],
    registry=REGISTRY,
)

# Every metric family above, in the order of the reference (docs/metrics.md) and for the deploy
# cross-checks (tests/unit/test_deploy.py: every one is on the dashboard).
FAMILIES: Final[tuple[Counter | Gauge | Histogram, ...]] = (
    EVENTS_IN,
    EVENTS_OUT,
    EVENTS_FAILED,
    DEADLETTERS,
    STAGE_SECONDS,
    PIPELINE_LATENCY,
    EVENT_AGE,
    CONSUMER_LAG,
    PARTITION_LAG,
    LAG_SECONDS,
    DEDUP_HITS,
    CASES,
    INCIDENTS_OPEN,
    MENTIONS,
    SENTIMENT_MEAN,
    NEGATIVE_SHARE,
    SLA_BREACHES,
    ALERTS,
    FIRST_RESPONSE,
    RESOLUTION,
    RESPONSES,
    RANTERS,
    RAVERS,
    WORKER_READY,
    BUILD_INFO,
    RAVER_VALUE,
    CARE_CASES,
    CARE_FIRST_RESPONSES,
    CARE_UNANSWERED_BREACHES,
    CARE_RESOLVED,
    PAIN_CASES,
    PAIN_VALUE,
    METRICS_LATE,
    PRODUCE_ERRORS,
    OFFSET_GAPS,
    OFFSET_COMMITS_HELD,
)


def exported_name(metric: Counter | Gauge | Histogram) -> str:
    """The family name as scraped: counters carry ``_total``."""
    return metric._name + ("_total" if isinstance(metric, Counter) else "")


METRIC_NAMES: Final = frozenset(exported_name(m) for m in FAMILIES)

REFERENCE_START: Final = "<!-- metrics-reference"
REFERENCE_END: Final = "<!-- /metrics-reference -->"


def metrics_reference() -> str:
    """The metrics reference section of docs/metrics.md (scripts/update_docs.py writes it)."""
    rows = [
        f"{REFERENCE_START}: generated from src/mentionflow/observability.py by scripts/update_docs.py -->",
        "",
        "Every worker serves these on `/metrics` (`MENTIONFLOW_WEB_PORT`, 6066). Seconds and bytes are base",
        "units; counters end in `_total`; histograms add `_bucket`, `_sum` and `_count`. `brand` labels are",
        "catalog brands, `other` or `unknown` (bounded). Each one has a panel on the Grafana dashboard.",
        "",
        "| metric | type | labels | meaning |",
        "|---|---|---|---|",
    ]
    for metric in FAMILIES:
        kind = type(metric).__name__.lower()
        labels = ", ".join(f"`{label}`" for label in metric._labelnames) or "-"
        rows.append(f"| `{exported_name(metric)}` | {kind} | {labels} | {metric._documentation} |")
    rows += [
        "",
        "Also on `/metrics`, from prometheus_client's collectors: `process_*` (CPU seconds, resident and",
        "virtual memory, open and max file descriptors, start time; Linux), `python_info` (version,",
        "implementation) and `python_gc_*` (collections and collected objects per generation).",
        REFERENCE_END,
    ]
    return "\n".join(rows) + "\n"


def exposition() -> tuple[bytes, str]:
    """The text exposition of the registry and its content type, for /metrics."""
    return generate_latest(REGISTRY), PROMETHEUS_CONTENT_TYPE


def brand_label(brand: str | None, catalog_brands: Container[str]) -> str:
    """A brand as a metric label: the catalog's brands only. The producer's ``brand`` field is
    free text; as a label, every new value would add series for good (100k brands: +99 MiB)."""
    if not brand:
        return "unknown"
    return brand if brand in catalog_brands else "other"


def labelled(metric: Any) -> Callable[..., Any]:
    """``metric.labels(*values)``, memoised: labels() costs ~2 us (keyword handling, a lock, a
    dict) and the stage handlers call it for every mention and case."""
    children: dict[tuple[str, ...], Any] = {}

    def child(*values: str) -> Any:
        found = children.get(values)
        if found is None:
            found = children[values] = metric.labels(*values)
        return found

    return child


Partition = tuple[str, int]  # topic, partition


class LagClock:
    """Lag in seconds without touching the records: per partition, the wall times at which its end
    offset was sampled. The next record to process (offset ``n``) reached the broker no later than
    the first sample whose end offset was above ``n``; its age is at least now minus that time.
    A worker that starts behind knows no earlier sample: the age then grows from its start."""

    def __init__(self, keep: int = 720) -> None:
        self._keep = keep  # samples per partition, only kept when the end offset moved
        self._samples: dict[Hashable, deque[tuple[int, float]]] = {}

    def observe(self, tp: Hashable, end_offset: int, now: float) -> None:
        samples = self._samples.get(tp)
        if samples is None:
            samples = self._samples[tp] = deque(maxlen=self._keep)
        if not samples or end_offset > samples[-1][0]:
            samples.append((end_offset, now))

    def seconds(self, tp: Hashable, next_offset: int, now: float) -> float:
        """Age of the record at ``next_offset`` (0 when there is none yet)."""
        samples = self._samples.get(tp)
        if not samples or samples[-1][0] <= next_offset:
            return 0.0
        while len(samples) > 1 and samples[0][0] <= next_offset:  # processed: never needed again
            samples.popleft()
        return max(0.0, now - samples[0][1])

    def forget(self, keep: Collection[Hashable]) -> None:
        for tp in [tp for tp in self._samples if tp not in keep]:
            del self._samples[tp]


class LagGauges:
    """The lag gauges of the partitions this worker holds now, and of no other: a child left behind
    after a partition moved would report the last lag it saw for ever (and double-count it in sums)."""

    def __init__(self) -> None:
        self._partitions: set[Partition] = set()
        self._topics: set[str] = set()

    def publish(self, lags: Mapping[Partition, tuple[int, float]]) -> None:
        """``lags``: (topic, partition) -> (messages behind, seconds behind), for every held partition."""
        by_topic: dict[str, int] = {}
        for (topic, partition), (messages, seconds) in lags.items():
            PARTITION_LAG.labels(topic=topic, partition=str(partition)).set(messages)
            LAG_SECONDS.labels(topic=topic, partition=str(partition)).set(round(seconds, 3))
            by_topic[topic] = by_topic.get(topic, 0) + messages
        for topic, messages in by_topic.items():
            CONSUMER_LAG.labels(topic=topic).set(messages)
        self._remove(self._partitions - lags.keys(), self._topics - by_topic.keys())
        self._partitions = set(lags)
        self._topics = set(by_topic)

    def drop(self, partitions: Collection[Partition]) -> None:
        """Remove the children of partitions this worker no longer holds (revoked)."""
        self._partitions -= set(partitions)
        held_topics = {topic for topic, _ in self._partitions}
        self._remove(partitions, self._topics - held_topics)
        self._topics &= held_topics

    @staticmethod
    def _remove(partitions: Collection[Partition], topics: Collection[str]) -> None:
        for topic, partition in partitions:
            for gauge in (PARTITION_LAG, LAG_SECONDS):
                with contextlib.suppress(KeyError):  # never set, or already removed
                    gauge.remove(topic, str(partition))
        for topic in topics:
            with contextlib.suppress(KeyError):
                CONSUMER_LAG.remove(topic)
