"""Replay, consume and count: the accounting shared by every fault-injection test.

A test builds a deterministic ``Dataset`` (valid mentions with distinct ids, authors and texts, a
few reposts and near-duplicates, and invalid records with the dead-letter reason each must get),
feeds it to ``mentions.raw`` (``Feeder``: at a steady rate, in the background, so that a fault
lands mid-stream), injects its fault, waits (``Collector``) until every valid mention is in a case
and every invalid record is on the dead-letter topic, then reads ``cases.routed`` and
``mentions.deadletter`` again from the beginning, completely, and checks (``account``):

- every valid mention id is in exactly one case_id (the union of ``mention_ids`` over the final,
  highest, revision of each case), and a repost is in its original's case, a near-duplicate in
  the same case as the mention it repeats;
- every invalid record is on the dead-letter topic, with the expected reason, found by its source
  partition/offset and payload sha256;
- nothing else appears: no case id or mention id outside the dataset, no unmatched dead letter.

``lost`` is a valid mention in no case (or an invalid one not dead-lettered); ``duplicated`` is a
mention that appears in more than one distinct case_id, over every revision published. Re-published
revisions (same case_id and revision twice: at-least-once after a crash) are counted apart; they
are allowed, downstream keeps the highest revision per case (docs/reliability.md).

Each test calls ``record_row``: the row is printed and collected, and the conftest writes the
collected rows into docs/reliability.md when pytest runs with ``--faults-report``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import random
import re
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from mentionflow.tools import kafka_local

from kafkautil import consume_all
from workerproc import WorkerProcess, worker_env

CASES_TOPIC = "cases.routed"
DLQ_TOPIC = "mentions.deadletter"
RAW_TOPIC = "mentions.raw"
# The stages that turn mentions into cases; the case-stream stages (metrics, lifecycle) are left
# out to save CPU: they only read cases.routed and do not change what is on it.
CORE_STAGES = "enrich,sentiment,dedup,route"
INPUT_TOPICS = ("mentions.raw", "mentions.enriched", "mentions.scored", "mentions.unique")

# Characters that must never reach a case's text or author handle: C0/C1 controls (tab and
# newline are allowed), every Bidi_Control character, zero-width and other invisible format marks.
UNSAFE_CHARS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]"
)

# --------------------------------------------------------------------------------------- data

_SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
# Names that are the brand in any language: the bare "Parcelo" is a verb in es/pt, and a text of
# random syllables can read as Portuguese, so "Parcelo just noticed ..." was rightly no brand and
# the nemesis (seed 666) counted its mention lost.
_OPENERS = [
    "@SkyLarkAir",
    "@NimbusHelp",
    "@ParceloEats",
    "@BrightbankCare",
    "Nimbus Mobile",
    "Parcelo Eats",
    "SkyLark Air",
]
_MOODS = [
    "thanks a lot, really happy with",
    "quick question about",
    "honestly not sure what to think of",
    "loving the new",
    "can someone explain",
    "just noticed",
    "shout out for",
    "wondering about",
]
_BASE_TIME = datetime(2026, 11, 20, 9, 0, 0, tzinfo=UTC)


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(3))


def _iso(dt: datetime) -> str:
    return dt.isoformat().replace("+00:00", "Z")


def mention_dict(mention_id: str, author_key: str, text: str, created: datetime, **extra: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "schema_version": 1,
        "id": mention_id,
        "channel": "twitter",
        "text": text,
        "created_at": _iso(created),
        "author": {"id": f"a-{author_key}", "handle": f"user_{author_key}", "followers": 100 + len(author_key)},
        "lang": "en",
    }
    record.update(extra)
    return record


@dataclass
class Item:
    """One record to put on mentions.raw, with what must become of it."""

    payload: bytes | None
    key: bytes | None
    label: str
    mention_id: str | None = None  # set for valid mentions
    case_root: str | None = None  # a repost must be in the case of this mention (its original)
    same_case_as: str | None = None  # must share a case with this mention id (near-duplicates)
    dlq_code: str | None = None  # set for invalid records: the expected error_code
    sanitise: bool = False  # the case text/handle must have had unsafe characters removed

    @property
    def valid(self) -> bool:
        return self.mention_id is not None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.payload or b"").hexdigest()


@dataclass
class Dataset:
    items: list[Item]

    @property
    def valid(self) -> list[Item]:
        return [i for i in self.items if i.valid]

    @property
    def invalid(self) -> list[Item]:
        return [i for i in self.items if not i.valid]

    @property
    def valid_ids(self) -> set[str]:
        return {i.mention_id for i in self.valid if i.mention_id}

    def __len__(self) -> int:
        return len(self.items)

    def __add__(self, other: Dataset) -> Dataset:
        return Dataset(self.items + other.items)


def invalid_items(tag: str, count: int) -> list[Item]:
    """``count`` distinct invalid records cycling through the everyday kinds of bad input."""
    kinds: list[tuple[str, Callable[[int], bytes], str]] = [
        ("malformed_json", lambda i: b'{"id": "' + f"{tag}-bad{i}".encode() + b'", "text": ', "malformed_json"),
        (
            "missing_author",
            lambda i: orjson.dumps(
                {k: v for k, v in mention_dict(f"{tag}-bad{i}", f"x{i}", "hi", _BASE_TIME).items() if k != "author"}
            ),
            "invalid_field",
        ),
        (
            "wrong_type",
            lambda i: orjson.dumps(
                mention_dict(f"{tag}-bad{i}", f"x{i}", "hi", _BASE_TIME)
                | {"author": {"id": "a", "handle": "h", "followers": "many"}}
            ),
            "invalid_field",
        ),
        (
            "unknown_schema_version",
            lambda i: orjson.dumps(mention_dict(f"{tag}-bad{i}", f"x{i}", "hi", _BASE_TIME, schema_version=9)),
            "unsupported_schema_version",
        ),
        (
            "unknown_channel",
            lambda i: orjson.dumps(mention_dict(f"{tag}-bad{i}", f"x{i}", "hi", _BASE_TIME, channel="pager")),
            "invalid_field",
        ),
        ("not_an_object", lambda i: orjson.dumps([f"{tag}-bad{i}", 1, 2]), "invalid_field"),
        ("invalid_utf8", lambda i: b'{"id": "\xff\xfe' + str(i).encode() + b'"}', "malformed_json"),
    ]
    items = []
    for i in range(count):
        name, make, code = kinds[i % len(kinds)]
        items.append(Item(payload=make(i), key=None, label=f"invalid:{name}", dlq_code=code))
    return items


def build_dataset(
    tag: str,
    n_valid: int,
    *,
    n_invalid: int = 0,
    n_reposts: int = 0,
    n_near_dups: int = 0,
    seed: int = 6,
    start: datetime = _BASE_TIME,
) -> Dataset:
    """``n_valid`` valid mentions (of which ``n_reposts`` reposts and ``n_near_dups``
    near-duplicates of earlier ones, by their original's author) and ``n_invalid`` invalid
    records, shuffled deterministically; ids, authors and texts are distinct (texts share too
    few words to be near-duplicates or to form incidents across authors)."""
    rng = random.Random(f"{tag}:{seed}")
    n_orig = n_valid - n_reposts - n_near_dups
    if n_orig <= n_reposts + n_near_dups:
        raise ValueError("need more originals than reposts + near-duplicates")
    items: list[Item] = []
    originals: list[dict[str, Any]] = []
    for i in range(n_orig):
        mid = f"{tag}-m{i:05d}"
        words = " ".join(_word(rng) for _ in range(7))
        text = f"{rng.choice(_OPENERS)} {rng.choice(_MOODS)} {words} #{tag}{i}".strip()
        record = mention_dict(mid, f"{tag}-u{i:05d}", text, start + timedelta(seconds=i))
        originals.append(record)
        items.append(Item(orjson.dumps(record), mid.encode(), "valid:new", mid, case_root=mid))
    targets = rng.sample(range(n_orig), n_reposts + n_near_dups)
    for j, t in enumerate(targets[:n_reposts]):
        orig = originals[t]
        mid = f"{tag}-rp{j:04d}"
        record = mention_dict(
            mid,
            f"{tag}-rpu{j:04d}",
            "RT " + orig["text"],
            start + timedelta(seconds=n_orig + j),
            reposted_id=orig["id"],
        )
        items.append(Item(orjson.dumps(record), mid.encode(), "valid:repost", mid, case_root=orig["id"]))
    for j, t in enumerate(targets[n_reposts:]):
        orig = originals[t]
        mid = f"{tag}-nd{j:04d}"
        created = datetime.fromisoformat(orig["created_at"].replace("Z", "+00:00")) + timedelta(seconds=30)
        # The same author posting the same text again (a double post). The text is kept identical:
        # an added word can flip the intent (e.g. "again" reads as a complaint cue), and the dedup
        # key, hence the near-duplicate check, depends on the intent (core/dedup.py dedup_key).
        record = mention_dict(mid, "x", orig["text"], created)
        record["author"] = dict(orig["author"])
        items.append(Item(orjson.dumps(record), mid.encode(), "valid:near_duplicate", mid, same_case_as=orig["id"]))
    items.extend(invalid_items(tag, n_invalid))
    rng.shuffle(items)
    return Dataset(items)


# --------------------------------------------------------------------------------------- feeding


class Feeder:
    """Puts a dataset on ``<prefix>mentions.raw`` at ``rate`` records/s, in a background task.

    The producer is idempotent and waits up to 2 minutes for a broker that went away, so the
    feeding side survives the broker-restart fault without duplicates of its own. ``sent`` maps
    item index -> (partition, offset) once the broker acknowledged it.
    """

    def __init__(self, bootstrap: str, prefix: str, dataset: Dataset, rate: float | None) -> None:
        self.bootstrap = bootstrap
        self.topic = f"{prefix}{RAW_TOPIC}"
        self.dataset = dataset
        self.rate = rate
        self.sent: dict[int, tuple[int, int]] = {}
        self.queued = 0
        self.started_at = 0.0
        self.finished_at: float | None = None
        self.last_send_at = float("inf")  # time.time() of the last send, once the feed is done
        self._task: asyncio.Task[None] | None = None
        self._paused = asyncio.Event()
        self._paused.set()
        self._finish = False

    def finish(self) -> None:
        """Send no more records (``queued`` says how many were)."""
        self._finish = True

    def start(self) -> Feeder:
        self._task = asyncio.create_task(self._run())
        return self

    def pause(self) -> None:
        self._paused.clear()

    def resume(self) -> None:
        self._paused.set()

    async def _run(self) -> None:
        producer = AIOKafkaProducer(
            bootstrap_servers=self.bootstrap,
            acks="all",
            enable_idempotence=True,
            linger_ms=5,
            max_request_size=4 * 1024 * 1024,
            request_timeout_ms=120_000,
            retry_backoff_ms=250,
        )
        await producer.start()
        try:
            self.started_at = time.monotonic()
            pending = []
            for index, item in enumerate(self.dataset.items):
                await self._paused.wait()
                if self._finish:
                    break
                if self.rate:
                    delay = self.started_at + index / self.rate - time.monotonic()
                    if delay > 0:
                        await asyncio.sleep(delay)
                fut = await producer.send(self.topic, value=item.payload, key=item.key)
                self.queued += 1
                pending.append((index, fut))
            self.last_send_at = time.time()
            for index, fut in pending:
                meta = await fut
                self.sent[index] = (meta.partition, meta.offset)
            self.finished_at = time.monotonic()
        finally:
            await producer.stop()

    async def wait(self, timeout: float = 180.0) -> None:  # noqa: ASYNC109
        assert self._task is not None
        await asyncio.wait_for(self._task, timeout)


async def produce_now(bootstrap: str, prefix: str, dataset: Dataset) -> Feeder:
    feeder = Feeder(bootstrap, prefix, dataset, rate=None).start()
    await feeder.wait()
    return feeder


# --------------------------------------------------------------------------------------- collecting


@dataclass
class Seen:
    topic: str
    partition: int
    offset: int
    timestamp_ms: int
    key: bytes | None
    value: dict[str, Any]


class Collector:
    """Follows cases.routed and mentions.deadletter from the beginning while a test runs."""

    def __init__(self, bootstrap: str, prefix: str, isolation_level: str = "read_uncommitted") -> None:
        self.bootstrap = bootstrap
        self.isolation_level = isolation_level
        self.cases_topic = f"{prefix}{CASES_TOPIC}"
        self.dlq_topic = f"{prefix}{DLQ_TOPIC}"
        self.cases: list[Seen] = []
        self.dead: list[Seen] = []
        self.case_ids_by_mention: dict[str, set[str]] = defaultdict(set)
        self._consumer: AIOKafkaConsumer | None = None
        self._assigned: set[TopicPartition] = set()
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> Collector:
        self._consumer = AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap,
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_partition_fetch_bytes=4 * 1024 * 1024,
            fetch_max_bytes=16 * 1024 * 1024,
            isolation_level=self.isolation_level,
            client_id=f"faults-collector-{uuid.uuid4().hex[:6]}",
        )
        await self._consumer.start()
        await self._assign()
        self._task = asyncio.create_task(self._follow())
        return self

    async def _follow(self) -> None:
        while True:
            await self.poll(0.25)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self._consumer is not None:
            await self._consumer.stop()

    async def _assign(self, timeout: float = 30.0) -> None:  # noqa: ASYNC109
        """Assign every partition of both topics (created by the worker at start) from offset 0."""
        assert self._consumer is not None
        deadline = time.monotonic() + timeout
        while True:
            parts = {t: self._consumer.partitions_for_topic(t) for t in (self.cases_topic, self.dlq_topic)}
            if all(parts.values()):
                break
            if time.monotonic() > deadline:
                raise TimeoutError(f"topics {list(parts)} do not exist (start the worker first)")
            await self._consumer._client.force_metadata_update()
            await asyncio.sleep(0.2)
        tps = [TopicPartition(t, p) for t, ps in parts.items() for p in sorted(ps or ())]
        self._consumer.assign(tps)
        await self._consumer.seek_to_beginning(*tps)
        self._assigned = set(tps)

    async def poll(self, timeout_s: float = 0.5) -> int:
        assert self._consumer is not None
        if not self._assigned:
            await self._assign()
        batch = await self._consumer.getmany(timeout_ms=int(timeout_s * 1000))
        n = 0
        for records in batch.values():
            for r in records:
                seen = Seen(r.topic, r.partition, r.offset, r.timestamp, r.key, _loads(r.value))
                if r.topic == self.cases_topic:
                    self.cases.append(seen)
                    for mid in seen.value.get("mention_ids", ()):
                        self.case_ids_by_mention[mid].add(seen.value["case_id"])
                else:
                    self.dead.append(seen)
                n += 1
        return n

    def covered(self, dataset: Dataset) -> bool:
        if not dataset.valid_ids <= self.case_ids_by_mention.keys():
            return False
        dead = {_dead_sha(s.value) for s in self.dead}
        return all(i.sha256 in dead for i in dataset.invalid)

    def covered_count(self, dataset: Dataset) -> int:
        return len(dataset.valid_ids & self.case_ids_by_mention.keys())

    async def wait_until(self, predicate: Callable[[], bool], timeout: float, what: str = "") -> float:  # noqa: ASYNC109
        """Poll until ``predicate()``; returns the seconds it took. Raises TimeoutError."""
        started = time.monotonic()
        while not predicate():
            if self._task is not None and self._task.done():
                self._task.result()  # the follower died: raise its error
            if time.monotonic() - started > timeout:
                raise TimeoutError(f"not reached after {timeout:.0f}s: {what}")
            await asyncio.sleep(0.1)
        return time.monotonic() - started

    async def wait_covered(self, dataset: Dataset, timeout: float = 120.0, quiet_s: float = 1.5) -> float:  # noqa: ASYNC109
        """Until every valid mention is in a case and every invalid record is dead-lettered, plus
        ``quiet_s`` of polling to catch stragglers (late re-published revisions)."""
        try:
            took = await self.wait_until(lambda: self.covered(dataset), timeout)
        except TimeoutError:
            missing = sorted(dataset.valid_ids - self.case_ids_by_mention.keys())
            dead = {_dead_sha(s.value) for s in self.dead}
            undead = [i.label for i in dataset.invalid if i.sha256 not in dead]
            raise TimeoutError(
                f"not reached after {timeout:.0f}s: {self.covered_count(dataset)}/{len(dataset.valid_ids)} "
                f"valid mentions in cases (missing: {missing[:10]}), {len(self.dead)} dead letters for "
                f"{len(dataset.invalid)} invalid records (not dead-lettered: {undead[:10]})"
            ) from None
        await asyncio.sleep(quiet_s)
        return took

    def first_case_after(self, wall_ts: float) -> float | None:
        """Seconds from ``wall_ts`` (time.time()) to the first case record stamped after it."""
        stamps = [s.timestamp_ms / 1000.0 for s in self.cases if s.timestamp_ms / 1000.0 >= wall_ts]
        return min(stamps) - wall_ts if stamps else None

    def max_gap(self, start: float, end: float | None = None) -> float:
        """Longest time without a new case record in [start, end] (wall clock), counting from
        ``start``: how long the pipeline stalled around a fault while input kept coming."""
        stamps = sorted(s.timestamp_ms / 1000.0 for s in self.cases if s.timestamp_ms / 1000.0 >= start)
        if end is not None:
            stamps = [t for t in stamps if t <= end]
        gaps = [b - a for a, b in zip([start, *stamps], stamps, strict=False)]
        return max(gaps, default=float("nan"))

    def last_case_ts(self) -> float:
        return max((s.timestamp_ms / 1000.0 for s in self.cases), default=0.0)


def _loads(value: bytes | None) -> dict[str, Any]:
    try:
        obj = orjson.loads(value or b"null")
    except orjson.JSONDecodeError:
        return {"__undecodable__": True}
    return obj if isinstance(obj, dict) else {"__not_object__": obj}


def _dead_sha(value: dict[str, Any]) -> str:
    return str(value.get("payload_sha256", ""))


# --------------------------------------------------------------------------------------- accounting


@dataclass
class Accounting:
    sent: int
    sent_valid: int
    sent_invalid: int
    in_cases: int  # valid mentions found in exactly one case (final revisions)
    in_dlq: int  # invalid records found on the dead-letter topic with the expected reason
    lost: int
    duplicated: int
    cases: int  # distinct case ids
    case_records: int  # records on cases.routed
    republished: int  # records repeating an already seen (case_id, revision)
    divergent: int  # (case_id, revision) pairs published with different contents
    dlq_records: int
    problems: list[str] = field(default_factory=list)

    def assert_ok(self) -> None:
        assert not self.problems, "\n".join(self.problems[:30]) + (
            f"\n... {len(self.problems) - 30} more" if len(self.problems) > 30 else ""
        )
        assert self.lost == 0 and self.duplicated == 0 and self.divergent == 0


# Processing-time stamps of a revision: a revision computed again after a crash (its case-book
# write was lost with the worker) is the same revision made later. Everything else must agree.
REVISION_STAMPS = frozenset({"updated_at", "sla_due_at"})


def _divergent_revisions(cases: Sequence[dict[str, Any]]) -> dict[tuple[str, int], list[str]]:
    """(case_id, revision) -> the fields that differ between its publications: a consumer that
    keeps "the highest revision" would keep either, so they must be the same revision."""
    first: dict[tuple[str, int], dict[str, Any]] = {}
    out: dict[tuple[str, int], list[str]] = {}
    for case in cases:
        cid, rev = case.get("case_id"), case.get("revision")
        if not isinstance(cid, str) or not isinstance(rev, int):
            continue
        seen = first.setdefault((cid, rev), case)
        if seen is case:
            continue
        fields = sorted(k for k in seen.keys() | case.keys() if k not in REVISION_STAMPS and seen.get(k) != case.get(k))
        if fields:
            out[(cid, rev)] = sorted(set(out.get((cid, rev), [])) | set(fields))
    return out


def account(
    dataset: Dataset,
    case_values: Iterable[dict[str, Any]],
    dead_values: Iterable[tuple[int, int, dict[str, Any]]] | Iterable[dict[str, Any]],
    offsets: dict[int, tuple[int, int]] | None = None,
    raw_topic: str | None = None,
) -> Accounting:
    """Check the complete contents of cases.routed and mentions.deadletter against ``dataset``.

    ``offsets`` (item index -> raw partition/offset, from the Feeder) lets dead letters be matched
    by their source position as well as their payload hash.
    """
    problems: list[str] = []
    cases = list(case_values)
    dead = [d if isinstance(d, dict) else d[2] for d in dead_values]

    # --- cases: final revision per case id; every case id any mention ever appeared in.
    final: dict[str, dict[str, Any]] = {}
    revisions = Counter()
    mention_cases: dict[str, set[str]] = defaultdict(set)
    for case in cases:
        cid, rev = case.get("case_id"), case.get("revision")
        if not isinstance(cid, str) or not isinstance(rev, int):
            problems.append(f"case record without case_id/revision: {str(case)[:200]}")
            continue
        revisions[(cid, rev)] += 1
        for mid in case.get("mention_ids", ()):
            mention_cases[mid].add(cid)
        if cid not in final or rev > final[cid]["revision"]:
            final[cid] = case
    republished = sum(n - 1 for n in revisions.values() if n > 1)
    divergent = _divergent_revisions(cases)
    for (cid, rev), fields in sorted(divergent.items()):
        problems.append(f"divergent: {cid} revision {rev} was published with different {', '.join(fields)}")
    in_final: dict[str, list[str]] = defaultdict(list)
    for cid, case in final.items():
        for mid in case.get("mention_ids", ()):
            in_final[mid].append(cid)
        for text_field, text in (("text", case.get("text", "")), ("author.handle", case["author"]["handle"])):
            if UNSAFE_CHARS.search(text or ""):
                problems.append(f"{cid}: unsafe characters left in {text_field}: {text[:80]!r}")

    valid = {i.mention_id: i for i in dataset.valid if i.mention_id}
    lost = [mid for mid in valid if not in_final.get(mid)]
    duplicated = [mid for mid, cids in mention_cases.items() if len(cids) > 1]
    duplicated += [mid for mid, cids in in_final.items() if len(cids) > 1 and mid not in duplicated]
    for mid in lost:
        problems.append(f"lost: valid mention {mid} ({valid[mid].label}) is in no case")
    for mid in duplicated:
        problems.append(f"duplicated: mention {mid} is in cases {sorted(mention_cases[mid])}")
    for mid in sorted(set(in_final) - set(valid)):
        problems.append(f"unexpected mention id {mid!r} in case(s) {in_final[mid]}")
    case_of = {mid: cids[0] for mid, cids in in_final.items() if len(cids) == 1}
    for mid, item in valid.items():
        if mid not in case_of:
            continue
        root = item.case_root
        if root is not None and root != mid and root in valid and case_of.get(root) != case_of[mid]:
            problems.append(f"{mid} ({item.label}) is in {case_of[mid]}, not its original's case {case_of.get(root)}")
        # (the original is expected only when it was sent: a test may send a prefix of its dataset)
        if item.same_case_as in valid and case_of.get(item.same_case_as) != case_of[mid]:
            problems.append(f"near-duplicate {mid} is not in the case of {item.same_case_as}")
    expected_case_ids = {case_of[m] for m in valid if m in case_of}
    for cid in sorted(set(final) - expected_case_ids):
        problems.append(f"unexpected case {cid} with mentions {final[cid].get('mention_ids')}")

    # --- dead letters: each invalid item exactly where it was sent, with its reason. Matched by
    # source partition/offset when the feeder knows them (and the payload hash must agree), else
    # by payload hash alone. A second letter for one source (a re-delivery) is allowed.
    by_source: dict[tuple[Any, Any], list[dict[str, Any]]] = defaultdict(list)
    by_sha: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for letter in dead:
        source = letter.get("source") or {}
        by_source[(source.get("partition"), source.get("offset"))].append(letter)
        by_sha[_dead_sha(letter)].append(letter)
    in_dlq = 0
    used: set[int] = set()
    for index, item in enumerate(dataset.items):
        if item.valid:
            continue
        position = offsets.get(index) if offsets is not None else None
        letters = by_source.get(position, []) if position is not None else by_sha.get(item.sha256, [])
        if not letters:
            problems.append(f"lost: {item.label} record (sha {item.sha256[:12]}, raw {position}) is not dead-lettered")
            lost.append(item.label)
            continue
        used.update(id(letter) for letter in letters)
        letter = letters[0]
        ok = True
        if _dead_sha(letter) != item.sha256:
            problems.append(f"{item.label}: dead letter at {position} has another payload: {str(letter)[:200]}")
            ok = False
        if item.dlq_code and letter.get("error_code") != item.dlq_code:
            problems.append(f"{item.label}: dead letter says {letter.get('error_code')!r}, expected {item.dlq_code!r}")
            ok = False
        source = letter.get("source") or {}
        if raw_topic is not None and source.get("topic") != raw_topic:
            problems.append(f"{item.label}: dead letter source topic {source.get('topic')!r}")
        if not letter.get("error") or letter.get("stage") != "enrich":
            problems.append(f"{item.label}: dead letter without error message or stage: {str(letter)[:200]}")
        in_dlq += ok
    for letter in dead:
        if id(letter) not in used:
            problems.append(f"unexpected dead letter {letter.get('error_code')}: {str(letter)[:200]}")

    return Accounting(
        sent=len(dataset),
        sent_valid=len(valid),
        sent_invalid=len(dataset.invalid),
        in_cases=sum(1 for m in valid if len(in_final.get(m, ())) == 1),
        in_dlq=in_dlq,
        lost=len(lost),
        duplicated=len(duplicated),
        cases=len(final),
        case_records=len(cases),
        republished=republished,
        divergent=len(divergent),
        dlq_records=len(dead),
        problems=problems,
    )


async def read_complete(
    bootstrap: str,
    prefix: str,
    timeout: float = 60.0,  # noqa: ASYNC109
    isolation_level: str = "read_uncommitted",
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Everything on cases.routed and mentions.deadletter, up to their end offsets now."""
    cases = await consume_all(
        bootstrap, f"{prefix}{CASES_TOPIC}", expected=None, timeout=timeout, isolation_level=isolation_level
    )
    dead = await consume_all(
        bootstrap, f"{prefix}{DLQ_TOPIC}", expected=None, timeout=timeout, isolation_level=isolation_level
    )
    return [_loads(r.value) for r in cases], [_loads(r.value) for r in dead]


async def final_accounting(
    bootstrap: str,
    prefix: str,
    dataset: Dataset,
    feeder: Feeder | None = None,
    isolation_level: str = "read_uncommitted",
) -> Accounting:
    cases, dead = await read_complete(bootstrap, prefix, isolation_level=isolation_level)
    return account(
        dataset,
        cases,
        dead,
        offsets=feeder.sent if feeder is not None else None,
        raw_topic=f"{prefix}{RAW_TOPIC}",
    )


# --------------------------------------------------------------------------------------- broker views


async def group_state(bootstrap: str, group: str) -> tuple[str, int]:
    """(state, number of members) of a consumer group."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        responses = await admin.describe_consumer_groups([group])
    finally:
        await admin.close()
    for response in responses:
        for g in response.groups:
            # (error_code, group_id, state, protocol_type, protocol, members[, authorized_ops])
            if g[1] == group:
                return str(g[2]), len(g[5])
    return "Unknown", 0


async def committed_vs_end(
    bootstrap: str, group: str, topics: Sequence[str]
) -> dict[TopicPartition, tuple[int | None, int]]:
    """{partition: (committed offset or None, end offset)} for every partition of ``topics``."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    await consumer.start()
    try:
        tps = []
        for topic in topics:
            parts = consumer.partitions_for_topic(topic)
            if parts is None:
                await consumer._client.force_metadata_update()
                parts = consumer.partitions_for_topic(topic) or set()
            tps += [TopicPartition(topic, p) for p in sorted(parts)]
        ends = await consumer.end_offsets(tps)
        committed = await admin.list_consumer_group_offsets(group, partitions=tps)
    finally:
        await consumer.stop()
        await admin.close()
    out: dict[TopicPartition, tuple[int | None, int]] = {}
    for tp in tps:
        meta = committed.get(tp)
        off = meta.offset if meta is not None and meta.offset >= 0 else None
        out[tp] = (off, ends[tp])
    return out


async def wait_drained(bootstrap: str, group: str, prefix: str, timeout: float = 60.0) -> float:  # noqa: ASYNC109
    """Until the group committed the end offset of every input topic (nothing left to process)."""
    started = time.monotonic()
    topics = [f"{prefix}{t}" for t in INPUT_TOPICS]
    while True:
        state = await committed_vs_end(bootstrap, group, topics)
        behind = {tp: v for tp, v in state.items() if v[1] > 0 and v[0] != v[1]}
        if not behind:
            return time.monotonic() - started
        if time.monotonic() - started > timeout:
            raise TimeoutError(f"group {group} not drained after {timeout:.0f}s: {behind}")
        await asyncio.sleep(0.5)


def peak_rss_mb(pid: int) -> float:
    """VmHWM (peak resident set size) of a live process, in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024.0
    return float("nan")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024.0
    return float("nan")


# --------------------------------------------------------------------------------------- report

ROWS: list[dict[str, Any]] = []
GUARANTEE_ROWS: list[dict[str, Any]] = []

_COLUMNS = (
    ("fault", "fault"),
    ("sent", "N sent"),
    ("in_cases", "N in cases"),
    ("in_dlq", "N in DLQ"),
    ("lost", "lost"),
    ("duplicated", "duplicated"),
    ("recovery", "recovery time"),
    ("notes", "notes"),
)
_G_COLUMNS = (
    ("guarantee", "processing_guarantee"),
    ("sent", "N sent"),
    ("in_cases", "N in cases"),
    ("lost", "lost"),
    ("duplicated", "duplicated"),
    ("ready_s", "worker ready (s)"),
    ("first_s", "first case (s)"),
    ("drain_s", "last case (s)"),
    ("rate", "case records/s, first→last"),
    ("notes", "notes"),
)


def record_row(fault: str, acc: Accounting, recovery: str, notes: str = "") -> dict[str, Any]:
    row = {
        "fault": fault,
        "sent": f"{acc.sent} ({acc.sent_valid} valid + {acc.sent_invalid} invalid)",
        "in_cases": acc.in_cases,
        "in_dlq": acc.in_dlq,
        "lost": acc.lost,
        "duplicated": acc.duplicated,
        "recovery": recovery,
        "notes": "; ".join(
            p
            for p in (
                f"{acc.cases} cases, {acc.case_records} case records ({acc.republished} re-published revisions, "
                f"{acc.divergent} divergent)",
                notes,
            )
            if p
        ),
    }
    ROWS.append(row)
    print("FAULT-ROW " + " | ".join(str(row[k]) for k, _ in _COLUMNS), flush=True)
    return row


def record_guarantee(row: dict[str, Any]) -> None:
    GUARANTEE_ROWS.append(row)
    print("GUARANTEE-ROW " + " | ".join(str(row.get(k, "")) for k, _ in _G_COLUMNS), flush=True)


def _table(columns: Sequence[tuple[str, str]], rows: Sequence[dict[str, Any]]) -> list[str]:
    lines = ["| " + " | ".join(h for _, h in columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        lines.append("| " + " | ".join(str(row.get(k, "")).replace("|", "\\|") for k, _ in columns) + " |")
    return lines


def results_markdown() -> str:
    lines: list[str] = []
    if ROWS:
        lines += _table(_COLUMNS, ROWS)
    if GUARANTEE_ROWS:
        lines += ["", *_table(_G_COLUMNS, GUARANTEE_ROWS)]
    return "\n".join(lines)


START_MARK = "<!-- faults-table:start (generated by pytest tests/faults --faults-report docs/reliability.md) -->"
END_MARK = "<!-- faults-table:end -->"
G_START_MARK = "<!-- guarantee-table:start (generated by pytest tests/faults --faults-report docs/reliability.md) -->"
G_END_MARK = "<!-- guarantee-table:end -->"


def _replace_between(text: str, start: str, end: str, body: list[str]) -> str:
    if start not in text or end not in text:
        return text.rstrip("\n") + "\n\n" + "\n".join([start, *body, end]) + "\n"
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    return head + "\n".join([start, *body, end]) + tail


def _existing_rows(text: str, start: str, end: str) -> list[str]:
    """Data rows of the generated table already in the document."""
    if start not in text or end not in text:
        return []
    block = text.split(start, 1)[1].split(end, 1)[0]
    rows = [line for line in block.splitlines() if line.startswith("| ")]
    return rows[1:]  # without the header row


def _merged(columns: Sequence[tuple[str, str]], rows: Sequence[dict[str, Any]], old: list[str]) -> list[str]:
    """The table with this run's rows; rows of tests that did not run this time are kept (a
    partial run does not wipe the others), matched by their first cell."""
    fresh = _table(columns, rows)
    new_rows = {line.split(" | ", 1)[0]: line for line in fresh[2:]}
    out = [new_rows.pop(line.split(" | ", 1)[0], line) for line in old]
    return fresh[:2] + out + list(new_rows.values())


def write_report(path: Path) -> None:
    """Update the generated tables in ``path`` (the rest of the document is left as written)."""
    text = path.read_text() if path.exists() else "# Reliability\n"
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    for rows, columns, start, end, what in (
        (ROWS, _COLUMNS, START_MARK, END_MARK, "`pytest tests/faults`"),
        (GUARANTEE_ROWS, _G_COLUMNS, G_START_MARK, G_END_MARK, "`tests/faults/test_fault_guarantee.py`"),
    ):
        if rows:
            table = _merged(columns, rows, _existing_rows(text, start, end))
            body = [f"_Last updated {stamp} from a real run of {what} (one row per test)._", "", *table]
            text = _replace_between(text, start, end, body)
    path.write_text(text)


# --------------------------------------------------------------------------------------- workers


class Workers:
    """``mentionflow worker`` processes of one test (one topic prefix, one consumer group)."""

    def __init__(self, bootstrap: str, prefix: str, log_dir: Path, **settings: Any) -> None:
        self.bootstrap = bootstrap
        self.prefix = prefix
        self.log_dir = log_dir
        self.settings = settings
        self.procs: list[WorkerProcess] = []

    @property
    def group(self) -> str:
        return f"mf-{self.prefix.strip('.')}"  # worker_env's app id is the consumer group

    def spawn(self, name: str, *, extra_env: dict[str, str] | None = None, **settings: Any) -> WorkerProcess:
        env = worker_env(self.bootstrap, self.prefix, **{**self.settings, **settings})
        env.update(extra_env or {})
        proc = WorkerProcess(env, self.log_dir / f"{name}.log", stages=CORE_STAGES).start()
        self.procs.append(proc)
        return proc

    async def ready(self, proc: WorkerProcess, timeout: float = 90.0) -> float:  # noqa: ASYNC109
        """Wait (without blocking the event loop) until /readyz says ready; returns time.time()."""
        await asyncio.to_thread(proc.wait_ready, timeout)
        return time.time()

    async def start(self, name: str, *, extra_env: dict[str, str] | None = None, **settings: Any) -> WorkerProcess:
        proc = self.spawn(name, extra_env=extra_env, **settings)
        await self.ready(proc)
        return proc

    def logs(self) -> str:
        return "\n".join(f"--- {p.log_path.name}\n{p.log_tail(25)}" for p in self.procs)

    def close(self) -> None:
        # 10 s, then SIGKILL: a worker that has not exited by then (exactly_once workers can hang
        # on the way out) only costs suite time; what a test checks is already read.
        for proc in self.procs:
            proc.stop(timeout=10)


class SecondBroker:
    """A broker of our own (temp home, free ports, shared jar cache) that a test may stop."""

    def __init__(self, bootstrap: str, home: Path, libs: Path, controller_port: int) -> None:
        self.bootstrap = bootstrap
        self.home = home
        self.libs = libs
        self.controller_port = controller_port

    def start(self) -> None:
        # detach=False: if pytest is killed, the signal to its process group ends this broker too.
        kafka_local.start(self.bootstrap, self.home, libs=self.libs, controller_port=self.controller_port, detach=False)

    def stop(self) -> None:
        kafka_local.stop(self.home)


class Observed:
    """What ``observed`` stops at the end: collectors started inside the block (``track``)."""

    def __init__(self) -> None:
        self.collectors: list[Collector] = []

    def track(self, collector: Collector) -> Collector:
        self.collectors.append(collector)
        return collector


@contextlib.asynccontextmanager
async def observed(
    pool: Workers, collector: Collector | None = None, *, close: bool = False
) -> AsyncIterator[Observed]:
    """The scaffolding every fault test repeats around its fault: a TimeoutError becomes an
    assertion that shows the workers' logs; the collector (and those the block ``track``-ed)
    is stopped, and with ``close`` the pool's workers too, whatever happens."""
    scope = Observed()
    if collector is not None:
        scope.track(collector)
    try:
        yield scope
    except TimeoutError as exc:
        raise AssertionError(f"{exc}\n{pool.logs()}") from None
    finally:
        for tracked in scope.collectors:
            await tracked.stop()
        if close:
            await asyncio.to_thread(pool.close)
