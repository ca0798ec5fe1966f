"""Event contract: every record mentionflow reads or writes, and the orjson codec.

One module owns the wire format so that agents, the CLI, tests and downstream consumers agree
on it. Types are plain dataclasses, which orjson serialises natively; not slotted: orjson reads a
slotted one field by field, 2-3x slower (11-17 us against 4-6 us for our records). Decoding
validates and names the offending field. Each top-level record carries ``schema_version``; a
reader accepts the versions in ``SUPPORTED_*`` and rejects others with ``SchemaVersionError``.
Internal topics carry one internal record (v1) or a micro-batch envelope of them (v2,
``encode_batch``; docs/contract.md, "Internal topics"): readers take both (``decode_internal``).
"""

from __future__ import annotations

import base64
import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, Final, Literal, TypeVar

import orjson

_T = TypeVar("_T")
RAW_MENTION_VERSION: Final = 1
INTERNAL_VERSION: Final = 1  # enriched, scored and unique mentions (internal topics)
INTERNAL_BATCH_VERSION: Final = 2  # the micro-batch envelope of internal v1 records (internal topics)
ROUTED_CASE_VERSION: Final = 1
METRICS_VERSION: Final = 1
DEADLETTER_VERSION: Final = 1
CASE_EVENT_VERSION: Final = 1
ALERT_VERSION: Final = 1

# Channels where the conversation happens in public: a slow answer is seen by everyone.
PUBLIC_CHANNELS: Final = frozenset({"twitter", "facebook", "instagram", "reddit", "youtube", "review", "forum"})
CHANNELS: Final = PUBLIC_CHANNELS | {"email", "other"}

SentimentLabel = Literal["negative", "neutral", "positive"]
Intent = Literal["complaint", "question", "praise", "rant", "spam", "other"]
Severity = Literal["major", "minor"]
Category = Literal["billing", "outage", "delivery", "defect", "account", "staff", "delay", "other"]
Priority = Literal["P1", "P2", "P3", "P4"]
DedupAction = Literal[
    "new_case",
    "near_duplicate",
    "repost",
    "replay",
    "incident_update",
    "followup",  # a reply in a case's thread, or the same author again on the same brand
    "incident_report",  # another customer's report of an open incident: folds into the incident's case
    "response",  # a reply by one of the brand's own accounts to a case's mention
    "own_post",  # a post by one of the brand's own accounts that answers no case: never a case
    "no_brand",  # no brand (or an ambiguous name without its context): never agent work
]

INTENTS: Final = ("complaint", "question", "praise", "rant", "spam", "other")
CATEGORIES: Final = ("billing", "outage", "delivery", "defect", "account", "staff", "delay", "other")
PRIORITIES: Final = ("P1", "P2", "P3", "P4")


# --------------------------------------------------------------------------- errors


class CodecError(ValueError):
    """Base class: a record could not be decoded. ``code`` goes on the dead-letter envelope."""

    code = "invalid"

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.reason = message


class DecodeError(CodecError):
    code = "malformed_json"


class ValidationError(CodecError):
    code = "invalid_field"


class SchemaVersionError(CodecError):
    code = "unsupported_schema_version"


class PayloadTooLargeError(CodecError):
    code = "payload_too_large"


class IdConflictError(CodecError):
    """A mention id seen before, with another text: not a re-delivery, so not a replay."""

    code = "id_conflict"


# --------------------------------------------------------------------------- raw mention v1


@dataclass
class Author:
    id: str
    handle: str
    followers: int | None = None
    verified: bool = False


@dataclass
class Engagement:
    likes: int = 0
    reposts: int = 0
    replies: int = 0


@dataclass
class RawMention:
    """A post, reply, comment, review or thread that mentions a brand (``mentions.raw`` v1)."""

    id: str
    channel: str
    text: str
    created_at: str  # ISO-8601, normalised to UTC with a trailing Z
    author: Author
    url: str | None = None
    lang: str | None = None
    brand: str | None = None
    in_reply_to: str | None = None
    reposted_id: str | None = None
    engagement: Engagement | None = None
    in_reply_to_handle: str | None = None  # the answered post's author (threads on any partition)
    schema_version: int = RAW_MENTION_VERSION


# --------------------------------------------------------------------------- stage records


@dataclass
class Influence:
    tier: str  # nano | micro | mid | macro | mega (thresholds in core/enrich.py)
    score: float  # 0..1


@dataclass
class CustomerValue:
    known: bool = False
    tier: str = "unknown"
    lifetime_value: float = 0.0
    open_cases: int = 0


@dataclass
class Entities:
    handles: list[str] = field(default_factory=list)
    hashtags: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    emoji: list[str] = field(default_factory=list)
    brands: list[str] = field(default_factory=list)
    products: list[str] = field(default_factory=list)


@dataclass
class Enrichment:
    text_clean: str  # normalised text used by the models; the original stays in mention.text
    lang: str  # ISO 639-1, or "und" when detection is not confident
    lang_confidence: float
    lang_reliable: bool
    shouting: bool
    brand: str | None  # resolved brand id from the catalog
    entities: Entities
    influence: Influence
    customer: CustomerValue
    # The author is one of the brand's own accounts (catalog handles): never a customer case.
    own_account: bool = False
    brand_source: str | None = None  # "platform" (producer), "named", "implied" (a product word)


@dataclass
class Analysis:
    score: float  # polarity in [-1, 1]
    label: str  # SentimentLabel
    confidence: float
    intent: str  # Intent
    severity: str | None  # Severity, complaints only
    category: str | None  # Category, complaints and rants
    supported: bool  # False: language not supported, polarity not computed
    cues: list[str] = field(default_factory=list)
    irony: float = 0.0  # probability that the text is ironic or sarcastic
    harm: str | None = None  # core.harm.HARM_KINDS, or None
    harm_severity: str | None = None  # severe | elevated
    harm_score: float = 0.0
    signals: list[str] = field(default_factory=list)  # triage signals (data/signals.yaml): press, legal, ...


@dataclass
class Trace:
    """Timing carried along the pipeline for the end-to-end latency histogram."""

    ingested_at: float  # epoch seconds when the enrich stage read the raw record
    source_offset: int = -1
    source_partition: int = -1


@dataclass
class EnrichedMention:
    mention: RawMention
    enrichment: Enrichment
    trace: Trace
    schema_version: int = INTERNAL_VERSION


@dataclass
class ScoredMention:
    mention: RawMention
    enrichment: Enrichment
    analysis: Analysis
    trace: Trace
    schema_version: int = INTERNAL_VERSION


@dataclass
class DedupDecision:
    action: str  # DedupAction
    case_id: str
    duplicate_of: str | None = None  # mention id this one repeats or reposts
    similarity: float | None = None
    incident_id: str | None = None
    incident_size: int = 0
    incident_growth_per_min: float = 0.0
    author_recent: int = 0  # the author's earlier mentions in the near-duplicate window
    notify_case_ids: list[str] = field(default_factory=list)  # incident members to re-route as it grows
    followup_kind: str | None = None  # followup: "reply" (in_reply_to) | "author" (same author again)
    # The author's history with this brand (customer memory, 30 days by default), before this mention.
    author_complaints: int = 0  # complaints and rants
    author_rants: int = 0
    author_cases: int = 0  # distinct cases
    author_same_problem: int = 0  # earlier complaints about this mention's problem (chronic_gripe)


@dataclass
class UniqueMention:
    """A scored mention with its dedup decision; keyed by ``case_id`` on ``mentions.unique``."""

    mention: RawMention
    enrichment: Enrichment
    analysis: Analysis
    dedup: DedupDecision
    trace: Trace
    schema_version: int = INTERNAL_VERSION


# --------------------------------------------------------------------------- routed case v1


@dataclass
class ScoreFactor:
    factor: str
    value: float  # the input, normalised to 0..1
    weight: float
    contribution: float  # value * weight, in score points


@dataclass
class RecommendedAction:
    code: str  # e.g. acknowledge_then_private, point_to_self_service, listen_only, thank_and_amplify, drop
    text: str


@dataclass
class CaseAuthor:
    id: str
    handle: str
    followers: int | None
    verified: bool
    influence_tier: str
    customer_tier: str
    customer_lifetime_value: float


@dataclass
class CaseLink:
    kind: str  # help_article | status_page | forum_thread
    url: str


@dataclass
class CaseHarm:
    kind: str  # health | physical_safety | vulnerable_person | data_exposure | fraud | self_harm
    severity: str  # severe | elevated


@dataclass
class CaseSentiment:
    score: float
    label: str


@dataclass
class RoutedCase:
    """A case for a human (or a deliberate no-response), on ``cases.routed``, keyed by case_id.
    Published again, ``revision`` + 1, when a near-duplicate, a repost or an incident update
    changes it; consumers keep the highest revision per case_id."""

    case_id: str
    revision: int
    update: str  # created | duplicate_folded | repost_attached | mention_attached | incident_escalated
    mention_ids: list[str]
    brand: str | None
    author: CaseAuthor
    channel: str
    text: str  # stripped of control and bidi characters, safe for UIs
    url: str | None
    language: str
    sentiment: CaseSentiment
    intent: str
    severity: str | None
    category: str | None
    priority: str
    score: float
    score_breakdown: list[ScoreFactor]
    rule: str  # id of the routing rule that chose the queue
    queue: str
    sla_due_at: str
    recommended_action: RecommendedAction
    incident_id: str | None
    incident_size: int
    duplicate_count: int
    amplification_count: int
    created_at: str  # when the first mention of the case was posted
    updated_at: str  # when this revision was made (processing time)
    schema_version: int = ROUTED_CASE_VERSION
    # Optional, added within v1: when the revision's mention was posted (its event time for metrics).
    mention_at: str | None = None
    # Optional, added within v1 (triage): team, harm, signals, first response, late, memory, reach.
    team: str | None = None
    harm: CaseHarm | None = None
    signals: list[str] | None = None
    language_supported: bool | None = None
    first_response_at: str | None = None
    late_on_arrival: bool | None = None
    repeat_complainer: bool | None = None
    author_complaints_30d: int | None = None
    amplification_reach: int | None = None
    followup_count: int | None = None
    # Care outcomes: the catalog's help link for a deflected case; a first reply (data/replies.yaml).
    help_link: CaseLink | None = None
    suggested_reply: str | None = None
    # How the revision's own mention reads (sentiment, intent, severity: the first's); None without one.
    mention_sentiment: CaseSentiment | None = None
    mention_intent: str | None = None
    mention_severity: str | None = None


# --------------------------------------------------------------------------- metrics, lifecycle, alerts


@dataclass
class MetricsSnapshot:
    """One rolling window for one dimension value, on ``metrics.rolling``."""

    window: str  # "1m" | "15m" | "1h"
    window_start: str
    window_end: str
    dimension: str  # brand | channel | queue | language | category
    value: str
    volume: int
    negative_share: float
    mean_sentiment: float
    complaints_major: int
    complaints_minor: int
    cases_by_priority: dict[str, int]
    cases_by_queue: dict[str, int]
    dedup_ratio: float
    open_incidents: int
    emitted_at: str
    # Ranter -> raver totals (brand and queue series, cumulative; optional within v1; 0 elsewhere).
    ranters: int = 0
    ravers: int = 0
    raver_rate: float = 0.0  # ravers / ranters
    raver_value: float = 0.0  # ROI estimate: the ravers' customer lifetime value
    schema_version: int = METRICS_VERSION
    # The care lead's report (brand series, optional within v1, docs/metrics.md): care counters and
    # rates in total and per team, and the window's top pain points by cases and by value at risk.
    care: dict[str, Any] | None = None
    pain_points: dict[str, Any] | None = None


@dataclass
class CaseEvent:
    """A desk's update of a case, on ``cases.events``."""

    case_id: str
    event: str  # assigned | responded | resolved | reopened
    at: str
    by: str | None = None
    channel: str | None = None
    schema_version: int = CASE_EVENT_VERSION


CASE_EVENTS: Final = ("assigned", "responded", "resolved", "reopened")


@dataclass
class Alert:
    """An SLA breach or a spike/crisis alert, on ``cases.alerts``."""

    alert_id: str
    kind: str  # sla_breach | volume_spike | negative_spike | negative_storm | positive_surge
    at: str
    brand: str | None
    subject: str  # case_id for breaches, "brand|category" for spikes
    evidence: dict[str, Any]
    schema_version: int = ALERT_VERSION


# --------------------------------------------------------------------------- dead letters

# The dead-letter topic's max.message.bytes (kafka_client sets it); one envelope leaves room for framing.
DEADLETTER_TOPIC_MAX_BYTES: Final = 2 * 1024 * 1024
DEADLETTER_MAX_RECORD_BYTES: Final = DEADLETTER_TOPIC_MAX_BYTES - 64 * 1024


@dataclass
class DeadLetterSource:
    topic: str
    partition: int
    offset: int
    key: str | None
    timestamp_ms: int | None


@dataclass
class DeadLetter:
    """A record mentionflow could not process, kept with its reason (``mentions.deadletter``)."""

    error_code: str
    error: str
    field: str | None
    stage: str
    source: DeadLetterSource
    payload: str  # the original bytes: UTF-8 text, or base64 when not valid UTF-8
    payload_encoding: str  # utf-8 | base64
    payload_bytes: int
    payload_sha256: str
    payload_truncated: bool
    failed_at: str
    schema_version: int = DEADLETTER_VERSION


# --------------------------------------------------------------------------- codec


def encode(record: Any) -> bytes:
    """Serialise any record above (or a plain dict) to compact JSON bytes."""
    try:
        return orjson.dumps(record)
    except orjson.JSONEncodeError:
        # Non-str dict keys (ints in some metrics maps): the option costs ~1.5 us a record
        # when on, so it is only used when a record needs it.
        return orjson.dumps(record, option=orjson.OPT_NON_STR_KEYS)


def utc_iso(ts: float) -> str:
    """Epoch seconds to ISO-8601 UTC with millisecond precision and a Z suffix."""
    if not 0.0 <= ts < _FAST_ISO_LIMIT:  # also NaN: datetime raises as it always did
        return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    # Exactly the line above (isoformat costs ~2.5 us, twice per case): split as fromtimestamp
    # does (round half to even, carry into the next second), truncate to milliseconds.
    whole = int(ts)
    micros = round((ts - whole) * 1e6)
    if micros >= 1_000_000:
        whole, micros = whole + 1, micros - 1_000_000
    return _iso_second(whole) + _MILLIS_Z[micros // 1000]


_FAST_ISO_LIMIT: Final = 2.0**33  # year 2242; beyond (and before 1970) the plain datetime path
# ".000Z" .. ".999Z": a tuple index and one concatenation instead of an f-string format spec.
_MILLIS_Z: Final = tuple(f".{ms:03d}Z" for ms in range(1000))


def _iso_second(whole: int) -> str:
    # 1970..2242 only: datetime's isoformat text. Most seconds are new (SLA deadlines count from
    # each posting second), so the date is formatted once a day and the time read from two tables.
    day, second = divmod(whole, 86400)
    hour, rest = divmod(second, 3600)
    return _iso_day(day) + _HOUR_COLON[hour] + _MINUTE_SECOND[rest]


@lru_cache(maxsize=64)
def _iso_day(day: int) -> str:
    return time.strftime("%Y-%m-%dT", time.gmtime(day * 86400))


_HOUR_COLON: Final = tuple(f"{h:02d}:" for h in range(24))
_MINUTE_SECOND: Final = tuple(f"{m:02d}:{s:02d}" for m in range(60) for s in range(60))


def parse_time(value: str, field_name: str = "created_at") -> float:
    """ISO-8601 to epoch seconds. A time without offset is taken as UTC (platform exports do that)."""
    try:
        return _epoch_seconds(value)
    except _OutOfRangeError:
        raise ValidationError(f"timestamp out of range: {str(value)[:40]!r}", field_name) from None
    except (TypeError, ValueError):
        raise ValidationError(f"not an ISO-8601 timestamp: {str(value)[:40]!r}", field_name) from None


class _OutOfRangeError(Exception):
    pass


# Memoised: one mention's created_at is parsed by dedup and again by the case book.
@lru_cache(maxsize=1024)
def _epoch_seconds(value: str) -> float:
    dt = datetime.fromisoformat(value)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    ts = dt.timestamp()
    if 0.0 <= ts < _FAST_ISO_LIMIT:  # 1970..2242 always exists in UTC: skip the check below
        return ts
    try:  # the instant must exist in UTC (years 1-9999): "0001-01-01T00:00+01:00" does not
        datetime.fromtimestamp(ts, UTC)
    except (OverflowError, ValueError, OSError):
        raise _OutOfRangeError from None
    return ts


def _type_name(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _req_str(obj: dict[str, Any], key: str, path: str, max_len: int = 512) -> str:
    value = obj.get(key)
    if value is None:
        raise ValidationError("required field is missing", path)
    if not isinstance(value, str):
        raise ValidationError(f"expected string, got {_type_name(value)}", path)
    if not value:
        raise ValidationError("must not be empty", path)
    if len(value) > max_len:
        raise ValidationError(f"longer than {max_len} characters", path)
    return value


def _opt_str(obj: dict[str, Any], key: str, path: str, max_len: int = 2048) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(f"expected string or null, got {_type_name(value)}", path)
    if len(value) > max_len:
        raise ValidationError(f"longer than {max_len} characters", path)
    return value or None


def _opt_int(obj: dict[str, Any], key: str, path: str) -> int | None:
    value = obj.get(key)
    if value is None:
        return None
    # bool is an int subclass in Python; "verified: true" in a count field is a producer bug.
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"expected integer, got {_type_name(value)}", path)
    if value < 0:
        raise ValidationError("must not be negative", path)
    return value


def _check_version(obj: dict[str, Any], supported: int, what: str) -> int:
    version = obj.get("schema_version", supported)
    if isinstance(version, bool) or not isinstance(version, int):
        raise ValidationError(f"expected integer, got {_type_name(version)}", "schema_version")
    if version != supported:
        msg = f"{what} schema_version {version} is not supported (supported: {supported})"
        raise SchemaVersionError(msg, "schema_version")
    return version


def loads_object(data: bytes | str | None, max_bytes: int | None = None) -> dict[str, Any]:
    """Parse bytes into a JSON object, with the size limit checked before parsing."""
    if data is None:  # a Kafka tombstone (key, no value) on an input topic
        raise DecodeError("empty record: no value (a tombstone)")
    if max_bytes is not None and len(data) > max_bytes:
        raise PayloadTooLargeError(f"payload is {len(data)} bytes, limit is {max_bytes}")
    try:
        obj = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise DecodeError(f"malformed JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise ValidationError(f"expected a JSON object, got {_type_name(obj)}")
    return obj


def raw_mention_from_dict(obj: dict[str, Any], max_text_chars: int = 20_000) -> RawMention:
    """Validate a raw mention v1 dict. Unknown fields are ignored (forward compatible)."""
    _check_version(obj, RAW_MENTION_VERSION, "raw mention")
    mention_id = _req_str(obj, "id", "id")
    channel = _req_str(obj, "channel", "channel", 32)
    if channel not in CHANNELS:
        raise ValidationError(f"unknown channel {channel!r} (one of {', '.join(sorted(CHANNELS))})", "channel")
    text = obj.get("text")
    if text is None:
        raise ValidationError("required field is missing", "text")
    if not isinstance(text, str):
        raise ValidationError(f"expected string, got {_type_name(text)}", "text")
    if len(text) > max_text_chars:
        raise ValidationError(f"longer than {max_text_chars} characters", "text")
    if (not text or text.isspace()) and not obj.get("reposted_id"):
        # Nothing to triage: never a case. (A share without a comment carries its original.)
        raise ValidationError("must not be empty", "text")
    created_raw = _req_str(obj, "created_at", "created_at", 64)
    created_at = utc_iso(parse_time(created_raw))
    author_obj = obj.get("author")
    if author_obj is None:
        raise ValidationError("required field is missing", "author")
    if not isinstance(author_obj, dict):
        raise ValidationError(f"expected object, got {_type_name(author_obj)}", "author")
    verified = False if author_obj.get("verified") is None else author_obj["verified"]
    if not isinstance(verified, bool):
        raise ValidationError(f"expected boolean, got {_type_name(verified)}", "author.verified")
    author = Author(
        id=_req_str(author_obj, "id", "author.id"),
        handle=_req_str(author_obj, "handle", "author.handle", 256),
        followers=_opt_int(author_obj, "followers", "author.followers"),
        verified=verified,
    )
    engagement = None
    eng_obj = obj.get("engagement")
    if eng_obj is not None:
        if not isinstance(eng_obj, dict):
            raise ValidationError(f"expected object, got {_type_name(eng_obj)}", "engagement")
        engagement = Engagement(
            likes=_opt_int(eng_obj, "likes", "engagement.likes") or 0,
            reposts=_opt_int(eng_obj, "reposts", "engagement.reposts") or 0,
            replies=_opt_int(eng_obj, "replies", "engagement.replies") or 0,
        )
    return RawMention(
        id=mention_id,
        channel=channel,
        text=text,
        created_at=created_at,
        author=author,
        url=_opt_str(obj, "url", "url"),
        lang=_opt_str(obj, "lang", "lang", 16),
        brand=_opt_str(obj, "brand", "brand", 128),
        in_reply_to=_opt_str(obj, "in_reply_to", "in_reply_to", 512),
        reposted_id=_opt_str(obj, "reposted_id", "reposted_id", 512),
        engagement=engagement,
        in_reply_to_handle=_opt_str(obj, "in_reply_to_handle", "in_reply_to_handle", 256),
    )


def decode_raw_mention(data: bytes | str | None, max_bytes: int = 262_144, max_text_chars: int = 20_000) -> RawMention:
    """Bytes from ``mentions.raw`` to a validated RawMention, or a CodecError naming the problem."""
    return raw_mention_from_dict(loads_object(data, max_bytes), max_text_chars)


# Internal stage records are written by mentionflow itself, so decoding trusts their shape after
# the version check (a KeyError/TypeError becomes a ValidationError) and ignores fields a newer
# release added (`_known`): in a rolling upgrade an older worker reads them, not dead-letters them.


def _known(cls: Callable[..., _T], obj: dict[str, Any]) -> _T:
    try:
        return cls(**obj)
    except TypeError:
        if not isinstance(obj, dict):
            raise
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]  # cls is a dataclass
        return cls(**{key: value for key, value in obj.items() if key in names})


def _raw_from_internal(obj: dict[str, Any]) -> RawMention:
    author = obj["author"]
    eng = obj.get("engagement")
    return RawMention(
        id=obj["id"],
        channel=obj["channel"],
        text=obj["text"],
        created_at=obj["created_at"],
        author=Author(author["id"], author["handle"], author.get("followers"), author.get("verified", False)),
        url=obj.get("url"),
        lang=obj.get("lang"),
        brand=obj.get("brand"),
        in_reply_to=obj.get("in_reply_to"),
        reposted_id=obj.get("reposted_id"),
        engagement=_known(Engagement, eng) if eng else None,
        in_reply_to_handle=obj.get("in_reply_to_handle"),
    )


def _enrichment_from(obj: dict[str, Any]) -> Enrichment:
    return Enrichment(
        text_clean=obj["text_clean"],
        lang=obj["lang"],
        lang_confidence=obj["lang_confidence"],
        lang_reliable=obj["lang_reliable"],
        shouting=obj["shouting"],
        brand=obj.get("brand"),
        entities=_known(Entities, obj["entities"]),
        influence=_known(Influence, obj["influence"]),
        customer=_known(CustomerValue, obj["customer"]),
        own_account=obj.get("own_account", False),
        brand_source=obj.get("brand_source"),
    )


InternalData = bytes | str | dict[str, Any] | None  # bytes off a topic, or a record of an envelope


def _internal(data: InternalData, what: str) -> dict[str, Any]:
    if isinstance(data, dict):  # a record of a micro-batch envelope, parsed with it
        obj = data
    elif data is None or isinstance(data, bytes | str):
        obj = loads_object(data)
    else:
        raise ValidationError(f"expected a JSON object, got {_type_name(data)}")
    _check_version(obj, INTERNAL_VERSION, what)
    return obj


# The end of every internal v1 record ``encode`` makes: where an envelope's own fields go in.
_V1_END: Final = b',"schema_version":%d}' % INTERNAL_VERSION


def can_lead_batch(value: bytes) -> bool:
    """Whether an encoded internal v1 record can be the first of an envelope (``encode_batch``)."""
    return value.endswith(_V1_END)


def encode_batch(keys: Sequence[bytes | None], values: Sequence[bytes]) -> bytes:
    """The micro-batch envelope (internal v2) of encoded internal v1 records and their keys: the
    first record plus ``"schema_version":2,"count":N,"keys":[...],"rest":[r2,...]``. A tool still
    sees a mention per record; a v1-only reader rejects it (``SchemaVersionError``); ``count``
    tells a whole envelope from a cut one. Records are spliced in as they are (one dumps + a join)."""
    first = values[0]
    if not first.endswith(_V1_END):
        raise ValueError("the first record of a batch must be an internal v1 record as encode() makes it")
    names = orjson.dumps([None if k is None else k.decode("utf-8", "backslashreplace") for k in keys])
    head = b',"schema_version":%d,"count":%d,"keys":' % (INTERNAL_BATCH_VERSION, len(values))
    return b"".join((first[: -len(_V1_END)], head, names, b',"rest":[', b",".join(values[1:]), b"]}"))


def decode_internal(data: bytes | str | None) -> tuple[list[Any], list[Any] | None]:
    """The parsed records of an internal topic's value and their keys (None: the record's own):
    an envelope's (v2) in order, or the one record of an older producer (v1). Each record is checked
    by its ``decode_*`` alone; CodecError (the whole value fails) for no JSON object or a cut envelope."""
    obj = loads_object(data)
    version = obj.get("schema_version", INTERNAL_VERSION)
    if version == INTERNAL_VERSION and not isinstance(version, bool):
        return [obj], None
    if version != INTERNAL_BATCH_VERSION or isinstance(version, bool):
        raise SchemaVersionError(
            f"internal record schema_version {version!r} is not supported "
            f"(supported: {INTERNAL_VERSION}, {INTERNAL_BATCH_VERSION} for a batch)",
            "schema_version",
        )
    rest = obj.pop("rest", None)
    keys = obj.pop("keys", None)
    count = obj.pop("count", None)
    if not isinstance(rest, list):
        raise ValidationError(f"expected an array, got {_type_name(rest)}", "rest")
    if count != len(rest) + 1 or isinstance(count, bool):
        raise ValidationError(f"the batch says {count!r} records and has {len(rest) + 1}", "count")
    if not isinstance(keys, list) or len(keys) != count:
        raise ValidationError("expected an array with a key for each record", "keys")
    obj["schema_version"] = INTERNAL_VERSION  # the first record, as it was
    return [obj, *rest], keys


def decode_enriched(data: InternalData) -> EnrichedMention:
    obj = _internal(data, "enriched mention")
    try:
        return EnrichedMention(
            mention=_raw_from_internal(obj["mention"]),
            enrichment=_enrichment_from(obj["enrichment"]),
            trace=_known(Trace, obj["trace"]),
        )
    except (KeyError, TypeError) as exc:
        raise ValidationError(f"enriched mention is missing or has a bad field: {exc}") from None


def decode_scored(data: InternalData) -> ScoredMention:
    obj = _internal(data, "scored mention")
    try:
        return ScoredMention(
            mention=_raw_from_internal(obj["mention"]),
            enrichment=_enrichment_from(obj["enrichment"]),
            analysis=_known(Analysis, obj["analysis"]),
            trace=_known(Trace, obj["trace"]),
        )
    except (KeyError, TypeError) as exc:
        raise ValidationError(f"scored mention is missing or has a bad field: {exc}") from None


def decode_unique(data: InternalData) -> UniqueMention:
    return unique_from_obj(_internal(data, "unique mention"))


def unique_from_obj(obj: dict[str, Any]) -> UniqueMention:
    """A unique mention from its decoded JSON object (also how table state comes back)."""
    try:
        return UniqueMention(
            mention=_raw_from_internal(obj["mention"]),
            enrichment=_enrichment_from(obj["enrichment"]),
            analysis=_known(Analysis, obj["analysis"]),
            dedup=_known(DedupDecision, obj["dedup"]),
            trace=_known(Trace, obj["trace"]),
        )
    except (KeyError, TypeError) as exc:
        raise ValidationError(f"unique mention is missing or has a bad field: {exc}") from None


def decode_case_event(data: bytes | str | None) -> CaseEvent:
    obj = loads_object(data, 65_536)
    _check_version(obj, CASE_EVENT_VERSION, "case event")
    event = _req_str(obj, "event", "event", 32)
    if event not in CASE_EVENTS:
        raise ValidationError(f"unknown event {event!r} (one of {', '.join(CASE_EVENTS)})", "event")
    at = _req_str(obj, "at", "at", 64)
    return CaseEvent(
        case_id=_req_str(obj, "case_id", "case_id"),
        event=event,
        at=utc_iso(parse_time(at, "at")),
        by=_opt_str(obj, "by", "by", 256),
        channel=_opt_str(obj, "channel", "channel", 32),
    )


def dead_letter(
    payload: bytes,
    error: CodecError | Exception,
    *,
    stage: str,
    topic: str,
    partition: int,
    offset: int,
    key: bytes | None = None,
    timestamp_ms: int | None = None,
    failed_at: float,
    max_payload_bytes: int = 900_000,
    max_record_bytes: int = DEADLETTER_MAX_RECORD_BYTES,
) -> DeadLetter:
    """Wrap an unprocessable record with its reason and origin.

    The original bytes are kept whole up to ``max_payload_bytes`` and as long as the encoded
    envelope stays within ``max_record_bytes`` (control bytes take 6 bytes each as JSON: a
    dead letter over the topic's limit is never delivered). Beyond that they are truncated,
    and the sha256 plus the source topic/partition/offset still identify the original, which
    stays on its topic.
    """
    if isinstance(error, CodecError):
        code, message, field_name = error.code, error.reason, error.field
    else:
        code, message, field_name = "processing_error", f"{type(error).__name__}: {error}", None
    truncated = len(payload) > max_payload_bytes
    kept = payload[:max_payload_bytes]
    try:
        text, encoding = kept.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = base64.b64encode(kept).decode("ascii"), "base64"
    key_text = None
    if key is not None:
        key_text = key.decode("utf-8", "backslashreplace")[:512]
    letter = DeadLetter(
        error_code=code,
        # backslashreplace: a lone surrogate in a message would make encode() fail, and a dead
        # letter that cannot be written loses the record.
        error=message[:2000].encode("utf-8", "backslashreplace").decode("utf-8"),
        field=field_name.encode("utf-8", "backslashreplace").decode("utf-8") if field_name else field_name,
        stage=stage,
        source=DeadLetterSource(topic, partition, offset, key_text, timestamp_ms),
        payload=text,
        payload_encoding=encoding,
        payload_bytes=len(payload),
        payload_sha256=hashlib.sha256(payload).hexdigest(),
        payload_truncated=truncated,
        failed_at=utc_iso(failed_at),
    )
    # The payload gets what the rest of the envelope leaves (its JSON string, quotes excluded).
    letter.payload = ""
    budget = max(0, max_record_bytes - len(encode(letter)))
    # base64: whole quanta, so the kept prefix still decodes
    fitted = text[: budget // 4 * 4] if encoding == "base64" else json_prefix(text, budget)
    letter.payload = fitted
    letter.payload_truncated = truncated or len(fitted) < len(text)
    return letter


def json_prefix(text: str, budget: int) -> str:
    """The longest prefix of ``text`` whose JSON string takes at most ``budget`` bytes."""
    if len(orjson.dumps(text)) - 2 <= budget:
        return text
    lo, hi = 0, min(len(text), budget)  # every character takes at least one byte
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if len(orjson.dumps(text[:mid])) - 2 <= budget:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo]
