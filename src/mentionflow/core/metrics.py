"""Rolling metrics: event-time windows over the case stream, closed by a watermark.

Pure logic over two key-value stores (dicts in tests, faust tables through ``TableStore``
in the worker). Why not faust's windowed tables: see docs/metrics.md; in short, their
``on_window_close`` hands raw per-key values and has a dead lookup (field notes), and a
window must be emitted once, from one owner, with every dimension value it covers. Here a
window is closed explicitly, by a watermark, and emitted exactly when it closes.

Layout
- One *series* per dimension value: ``"brand|nimbus-mobile"``, ``"queue|crisis"``, ...
  (``series_key``). The metrics stage re-keys every case revision by series, so one
  partition owns a series and no merge across partitions is needed.
- Data is kept in 1-minute *panes* (``panes``: ``"<series>|<pane start>"`` -> pane). The
  1-minute tumbling window is one pane; the 15-minute window (hop 1 minute) and the 1-hour
  window (hop 5 minutes) are composed from panes when they close. A pane is dropped once no
  open window can contain it, so a series holds at most ``1 h + lateness`` of panes.
- ``series`` (series key -> state) holds what was closed so far, the pane index and the
  cumulative ranter/raver totals that are added to brand and queue snapshots.

Time
- Event time of a revision (``revision_time``): the posting time of the mention that caused
  it. ``cases.routed`` carries it only on a case's first revision (``created_at``); later
  revisions take it from ``mentions.unique`` (``MentionTimes``). Not ``updated_at``: that is
  the router's processing time, and a fast replay of old traffic would pile into "now".
- Watermark: the stage passes the stream time of the partition minus the allowed lateness.
  A boundary ``T`` closes once the watermark reaches it; events for an already closed
  minute are late: they are dropped and counted, never folded into an emitted window.
- Idempotent: a pane remembers the highest revision of each case, so a re-delivered case
  revision (at-least-once) is not counted twice.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Iterable, MutableMapping
from dataclasses import dataclass, field
from typing import Any, Final

from mentionflow.core.cases import MAX_MENTION_IDS
from mentionflow.core.lifecycle import CaseView, LifecycleConfig
from mentionflow.schema import MetricsSnapshot, loads_object, parse_time, utc_iso

PANE_S: Final = 60
# (name, size, hop) in seconds: a 1-minute tumbling window, 15 minutes hopping by 1, 1 hour by 5.
WINDOWS: Final = (("1m", 60, 60), ("15m", 900, 60), ("1h", 3600, 300))
RETAIN_S: Final = max(size for _, size, _ in WINDOWS)
DIMENSIONS: Final = ("brand", "channel", "queue", "language", "category")
RR_DIMENSIONS: Final = frozenset({"brand", "queue"})  # ranter/raver totals are kept per brand and per queue
MAX_PANE_CASES: Final = 5000  # distinct cases remembered per pane; beyond, counted but not deduplicated
UNKNOWN: Final = "unknown"
NO_CATEGORY: Final = "none"
TOP_PAIN_POINTS: Final = 5
# Care counters per team, cumulative on the brand series (fields of the list, in order).
CARE_FIELDS: Final = (
    "cases",
    "repeat",
    "responded",
    "in_sla",
    "breached",
    "resolved",
    "deflected",
    "answered_after_breach",
)
DEFAULT_CUSTOMER_VALUE: Final = LifecycleConfig().default_customer_value


def series_key(dimension: str, value: str | None) -> str:
    return f"{dimension}|{value or (NO_CATEGORY if dimension == 'category' else UNKNOWN)}"


def split_series(key: str) -> tuple[str, str]:
    dimension, _, value = key.partition("|")
    return dimension, value


def pane_start(ts: float) -> int:
    return int(math.floor(ts / PANE_S) * PANE_S)


# --------------------------------------------------------------------------- event time


class MentionTimes:
    """Posting times of mentions that fold into an existing case (mention id -> epoch seconds).

    ``cases.routed`` carries the mention's own time only on a case's first revision
    (``created_at``). A later revision (a repost, a near-duplicate, the original of a repost
    that arrived first) gets its time from the ``mentions.unique`` record that caused it:
    that topic is keyed by case_id like ``cases.routed`` (co-partitioned), so the same agent
    reads both. Kept in a bounded LRU: losing it (restart, rebalance) falls back to the
    case's ``created_at``, which is an event time of the same case, so a fallback can make a
    revision land in the wrong minute (or be late) but never drags the watermark ahead.
    """

    def __init__(self, capacity: int = 50_000) -> None:
        self.capacity = capacity
        self._times: OrderedDict[str, float] = OrderedDict()

    def remember(self, mention_id: str, ts: float) -> None:
        self._times[mention_id] = ts
        self._times.move_to_end(mention_id)
        while len(self._times) > self.capacity:
            self._times.popitem(last=False)

    def pop(self, mention_id: str) -> float | None:
        return self._times.pop(mention_id, None)

    def __len__(self) -> int:
        return len(self._times)


ESCALATION: Final = "incident_escalated"  # a revision without a new mention: the case's incident grew
# Revisions that add no customer mention: they re-route a case, they are no volume (a brand reply
# is the brand's own word, and every reply is a revision).
NOT_A_MENTION: Final = frozenset({ESCALATION, "responded"})


def remember_unique(times: MentionTimes, data: bytes | dict[str, Any]) -> None:
    """Note the posting time of a unique mention (it may fold into an existing case: a repost,
    a near-duplicate, or an original whose repost arrived first), or of the mention whose
    incident growth re-routes a member case (``incident_update``). ``data``: its bytes, or its
    record parsed (a mention of an internal micro-batch)."""
    obj = data if isinstance(data, dict) else loads_object(data)
    dedup = obj.get("dedup") or {}
    action = dedup.get("action")
    if action == "replay":
        return
    mention = obj.get("mention") or {}
    if not (mention.get("id") and mention.get("created_at")):
        return
    ts = parse_time(mention["created_at"])
    if action == "incident_update":
        if dedup.get("case_id"):
            times.remember(f"esc:{dedup['case_id']}", ts)
    else:
        times.remember(mention["id"], ts)


def revision_time(case: CaseView, times: MentionTimes) -> float:
    """Event time of a case revision: the posting time of the mention that caused it."""
    if case.mention_at is not None:  # a router that stamps it (forward compatible)
        return case.mention_at
    if case.revision == 1 or case.update == "created":
        return case.created_at
    if case.update == ESCALATION:
        ts = times.pop(f"esc:{case.case_id}")
        return case.created_at if ts is None else ts
    if case.mention_ids and len(case.mention_ids) < MAX_MENTION_IDS:
        ts = times.pop(case.mention_ids[-1])
        if ts is not None:
            return ts  # may precede created_at: the original of a repost that opened the case
    return case.created_at


def metric_event(case: CaseView, event_ts: float) -> dict[str, Any]:
    """The compact record the aggregator needs from one case revision."""
    return {
        "k": "case",
        "t": event_ts,
        "c": case.case_id,
        "r": case.revision,
        "u": case.update,
        "b": case.brand,
        "ch": case.channel,
        "q": case.queue,
        "l": case.language,
        "cat": case.category,
        "p": case.priority,
        # How the revision's own mention reads counts: a report joining an incident case opened
        # by a neutral "is it down?" question is still a negative complaint. The case's (its first
        # mention's) where the revision does not say (an older router, an escalation).
        "s": case.score if case.mention_score is None else case.mention_score,
        "lab": case.mention_label or case.label,
        "i": case.mention_intent or case.intent,
        "sev": case.mention_severity if case.mention_intent else case.severity,
        "inc": case.incident_id,
        "isz": case.incident_size,
        # Customer value at risk: the author's lifetime value when the case is a pain point
        # (negative or a complaint); None otherwise.
        "var": (case.customer_value or DEFAULT_CUSTOMER_VALUE)
        if case.label == "negative" or case.intent == "complaint"
        else None,
    }


def series_of(event: dict[str, Any]) -> list[str]:
    """The series a case revision counts in: one per dimension."""
    return [
        series_key("brand", event.get("b")),
        series_key("channel", event.get("ch")),
        series_key("queue", event.get("q")),
        series_key("language", event.get("l")),
        series_key("category", event.get("cat")),
    ]


def conversion_event(kind: str, at: float, brand: str, queue: str, value: float, author: str) -> dict[str, Any]:
    """A ranter or raver conversion, counted into the brand and queue series (``kind``: ranter | raver)."""
    return {"k": kind, "t": at, "b": brand, "q": queue, "v": value, "a": author}


def conversion_series(event: dict[str, Any]) -> list[str]:
    return [series_key("brand", event["b"]), series_key("queue", event["q"])]


def care_series(event: dict[str, Any]) -> list[str]:
    """Care outcomes (``core.lifecycle.care_event``) count on the brand's series, per team."""
    return [series_key("brand", event["b"])]


def care_report(care: dict[str, list[int]]) -> dict[str, Any]:
    """The care lead's rates from the cumulative counters: totals and per team (docs/metrics.md)."""

    def rates(c: list[int]) -> dict[str, Any]:
        counts = dict(zip(CARE_FIELDS, c, strict=False))
        for name in CARE_FIELDS:
            counts.setdefault(name, 0)
        # Cases whose first-response SLA is decided: answered, or breached by the timer unanswered
        # (one answered after that breach is counted once).
        decided = counts["responded"] + counts["breached"] - counts["answered_after_breach"]
        return counts | {
            "response_rate": round(counts["responded"] / counts["cases"], 4) if counts["cases"] else 0.0,
            "sla_attainment": round(counts["in_sla"] / decided, 4) if decided else 0.0,
            "deflection_rate": round(counts["deflected"] / counts["resolved"], 4) if counts["resolved"] else 0.0,
            "repeat_contact_rate": round(counts["repeat"] / counts["cases"], 4) if counts["cases"] else 0.0,
        }

    total = [0] * len(CARE_FIELDS)
    for counts in care.values():
        for i, n in enumerate(counts):
            total[i] += n
    return rates(total) | {"by_team": {team: rates(c) for team, c in sorted(care.items())}}


# --------------------------------------------------------------------------- aggregation


@dataclass(slots=True)
class WindowStats:
    """A composed window: what a snapshot and the spike detector read."""

    volume: int = 0
    negatives: int = 0
    score_sum: float = 0.0
    major: int = 0
    minor: int = 0
    by_category: dict[str, list[int]] = field(default_factory=dict)  # category -> [volume, negatives, positives]
    # case_id -> [rev, priority, queue, incident, category, mentions]: routing of the latest revision in
    # the window, and the case's mentions in it (0: only re-routed, by an incident escalation)
    cases: dict[str, list[Any]] = field(default_factory=dict)
    extra_cases: int = 0

    def add_pane(self, pane: dict[str, Any]) -> None:
        self.volume += pane["n"]
        self.negatives += pane["neg"]
        self.score_sum += pane["ss"]
        self.major += pane["maj"]
        self.minor += pane["min"]
        for cat, counts in pane["cat"].items():
            slot = self.by_category.setdefault(cat, [0, 0, 0])
            slot[0] += counts[0]
            slot[1] += counts[1]
            slot[2] += counts[2] if len(counts) > 2 else 0  # panes from before positives were kept
        for case_id, entry in pane["cases"].items():
            known = self.cases.get(case_id)
            if known is None:
                self.cases[case_id] = list(entry)
            else:
                mentions = known[5] + entry[5]
                if entry[0] > known[0]:
                    known[:5] = entry[:5]
                known[5] = mentions
                if len(entry) > 7:
                    known[6:8] = [max(entry[6], known[6] if len(known) > 6 else 0), entry[7]]
        self.extra_cases += pane.get("xc", 0)

    @property
    def distinct_cases(self) -> int:
        """Cases with at least one mention in the window."""
        return sum(1 for entry in self.cases.values() if entry[5]) + self.extra_cases

    def pain_points(self, top: int = TOP_PAIN_POINTS) -> dict[str, list[dict[str, Any]]]:
        """Categories and incidents of the window's pain-point cases (negative or complaints),
        ranked by distinct cases and by the customers' lifetime value at risk."""
        tally: dict[tuple[str, str], list[float]] = {}
        for entry in self.cases.values():
            if len(entry) < 8 or entry[7] is None:
                continue
            keys = [("category", str(entry[4]))]
            if entry[3]:
                keys.append(("incident", str(entry[3])))
            for k in keys:
                slot = tally.setdefault(k, [0, 0.0])
                slot[0] += 1
                slot[1] += float(entry[7])
        rows = [(int(n), round(v, 2), kind, name) for (kind, name), (n, v) in tally.items()]

        def listed(ranked: list[tuple[int, float, str, str]]) -> list[dict[str, Any]]:
            return [{"kind": k, "name": name, "cases": n, "value_at_risk": v} for n, v, k, name in ranked[:top]]

        by_volume = sorted(rows, key=lambda r: (-r[0], -r[1], r[2], r[3]))
        by_value = sorted(rows, key=lambda r: (-r[1], -r[0], r[2], r[3]))
        return {"by_volume": listed(by_volume), "by_value": listed(by_value)}

    def top_incident(self, category: str | None = None) -> dict[str, Any] | None:
        """The incident with most distinct cases in the window (``category`` None: any)."""
        counts: dict[str, int] = {}
        sizes: dict[str, int] = {}
        for entry in self.cases.values():
            incident = entry[3]
            if incident and (category is None or entry[4] == category):
                counts[incident] = counts.get(incident, 0) + 1
                if len(entry) > 6:
                    sizes[incident] = max(sizes.get(incident, 0), int(entry[6] or 0))
        if not counts:
            return None
        incident, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        top: dict[str, Any] = {"incident_id": incident, "cases": n}
        if sizes.get(incident):
            top["size"] = sizes[incident]  # the incident detector's own count of its reports
        return top


@dataclass(slots=True)
class ClosedWindow:
    series: str
    window: str
    start: int
    end: int
    stats: WindowStats
    snapshot: MetricsSnapshot


def _new_pane() -> dict[str, Any]:
    return {"n": 0, "neg": 0, "ss": 0.0, "maj": 0, "min": 0, "cat": {}, "cases": {}, "xc": 0}


def _new_series() -> dict[str, Any]:
    return {"closed": 0, "panes": [], "rr": [0, 0, 0.0]}


class WindowAggregator:
    """Adds events to panes and closes windows when the watermark passes them."""

    def __init__(self, panes: MutableMapping[str, Any], series: MutableMapping[str, Any]) -> None:
        self.panes = panes
        self.series = series

    # ------------------------------------------------------------------ input

    def add(self, key: str, event: dict[str, Any], watermark: float = 0.0) -> str:
        """Count one event into a series. Returns ``added``, ``duplicate``, ``late`` or ``counted``
        (a conversion, which is cumulative and not windowed)."""
        state = self.series.get(key)
        if state is None:
            state = _new_series()
        if event.get("k") == "care":
            care = state.setdefault("care", {})
            counts = care.setdefault(str(event.get("tm") or UNKNOWN), [0] * len(CARE_FIELDS))
            counts.extend([0] * (len(CARE_FIELDS) - len(counts)))  # state from a build with fewer fields
            kind = event.get("e")
            if kind == "opened":
                counts[0] += 1
                counts[1] += 1 if event.get("rep") else 0
            elif kind == "responded":
                counts[2] += 1
                counts[3] += 1 if event.get("sla") else 0
                counts[7] += 1 if event.get("brk") else 0
            elif kind == "breached":
                counts[4] += 1
            elif kind == "resolved":
                counts[5] += 1
                counts[6] += 1 if event.get("dfl") else 0
            self.series[key] = state
            return "counted"
        if event.get("k") in ("ranter", "raver"):
            rr = state["rr"]
            if event["k"] == "ranter":
                rr[0] += 1
            else:
                rr[1] += 1
                rr[2] += float(event.get("v") or 0.0)
            self.series[key] = state
            return "counted"
        start = pane_start(float(event["t"]))
        if start + PANE_S <= max(state["closed"], watermark):
            return "late"
        pane_key = f"{key}|{start}"
        pane = self.panes.get(pane_key)
        if pane is None:
            pane = _new_pane()
        case_id, revision = event["c"], int(event["r"])
        known = pane["cases"].get(case_id)
        if known is not None and revision <= known[0]:
            return "duplicate"
        mention = event.get("u") not in NOT_A_MENTION
        entry = [
            revision,
            event.get("p"),
            event.get("q"),
            event.get("inc"),
            event.get("cat") or NO_CATEGORY,
            (known[5] if known is not None else 0) + (1 if mention else 0),
            int(event.get("isz") or 0),
            event.get("var"),
        ]
        if known is not None or len(pane["cases"]) < MAX_PANE_CASES:
            pane["cases"][case_id] = entry
        elif mention:
            pane["xc"] += 1
        if not mention:
            # Re-routed by an incident escalation or a brand reply: routing changes, volume does not.
            self.panes[pane_key] = pane
            if start not in state["panes"]:
                state["panes"] = sorted([*state["panes"], start])
                self.series[key] = state
            return "added"
        negative = event.get("lab") == "negative"
        pane["n"] += 1
        pane["neg"] += 1 if negative else 0
        pane["ss"] += float(event.get("s") or 0.0)
        if event.get("i") == "complaint":
            if event.get("sev") == "major":
                pane["maj"] += 1
            elif event.get("sev") == "minor":
                pane["min"] += 1
        cat = pane["cat"].setdefault(event.get("cat") or NO_CATEGORY, [0, 0, 0])
        if len(cat) < 3:
            cat.append(0)
        cat[0] += 1
        cat[1] += 1 if negative else 0
        cat[2] += 1 if event.get("lab") == "positive" else 0
        self.panes[pane_key] = pane  # reassign: a faust table only logs what is set
        if start not in state["panes"]:
            state["panes"] = sorted([*state["panes"], start])
            self.series[key] = state
        return "added"

    # ------------------------------------------------------------------ closing

    def pending_boundaries(self, key: str, watermark: float) -> list[int]:
        """Window ends in ``(closed, watermark]`` at which a window of this series holds data."""
        state = self.series.get(key)
        if state is None or not state["panes"]:
            return []
        closed = state["closed"]
        limit = int(math.floor(watermark / PANE_S) * PANE_S)
        if limit <= closed:
            return []
        ends: set[int] = set()
        for start in state["panes"]:
            for _, size, hop in WINDOWS:
                # every end T (multiple of hop) with start in [T - size, T)
                first = int(math.ceil((start + PANE_S) / hop) * hop)
                for end in range(first, start + size + 1, hop):
                    if closed < end <= limit:
                        ends.add(end)
        return sorted(ends)

    def close(self, key: str, watermark: float, now: float) -> list[ClosedWindow]:
        """Close every window of ``key`` that ends at or before ``watermark``, oldest first."""
        state = self.series.get(key)
        if state is None:
            return []
        out: list[ClosedWindow] = []
        dimension, value = split_series(key)
        for end in self.pending_boundaries(key, watermark):
            for name, size, hop in WINDOWS:
                if end % hop:
                    continue
                start = end - size
                stats = self._compose(key, state["panes"], start, end)
                if stats.volume == 0:
                    continue
                out.append(
                    ClosedWindow(
                        key,
                        name,
                        start,
                        end,
                        stats,
                        self._snapshot(name, start, end, dimension, value, stats, state, now),
                    )
                )
        limit = int(math.floor(watermark / PANE_S) * PANE_S)
        if limit > state["closed"]:
            state["closed"] = limit
            keep = []
            for start in state["panes"]:
                if start + RETAIN_S <= limit:  # no window still to close can contain it
                    self.panes.pop(f"{key}|{start}", None)
                else:
                    keep.append(start)
            state["panes"] = keep
            self.series[key] = state
        return out

    def _compose(self, key: str, starts: Iterable[int], start: int, end: int) -> WindowStats:
        stats = WindowStats()
        for pane_at in starts:
            if start <= pane_at < end:
                pane = self.panes.get(f"{key}|{pane_at}")
                if pane is not None:
                    stats.add_pane(pane)
        return stats

    def stats(self, key: str, start: int, end: int) -> WindowStats:
        """The composed stats of ``[start, end)`` from the panes still kept (the spike detector's evidence)."""
        state = self.series.get(key)
        return self._compose(key, state["panes"] if state else (), start, end)

    @staticmethod
    def _snapshot(
        name: str,
        start: int,
        end: int,
        dimension: str,
        value: str,
        stats: WindowStats,
        state: dict[str, Any],
        now: float,
    ) -> MetricsSnapshot:
        by_priority: dict[str, int] = {}
        by_queue: dict[str, int] = {}
        incidents: set[str] = set()
        for entry in stats.cases.values():
            if entry[1]:
                by_priority[entry[1]] = by_priority.get(entry[1], 0) + 1
            if entry[2]:
                by_queue[entry[2]] = by_queue.get(entry[2], 0) + 1
            if entry[3]:
                incidents.add(entry[3])
        n = stats.volume
        ranters, ravers, value_total = state["rr"] if dimension in RR_DIMENSIONS else (0, 0, 0.0)
        return MetricsSnapshot(
            window=name,
            window_start=utc_iso(start),
            window_end=utc_iso(end),
            dimension=dimension,
            value=value,
            volume=n,
            negative_share=round(stats.negatives / n, 4),
            mean_sentiment=round(max(-1.0, min(1.0, stats.score_sum / n)), 4),
            complaints_major=stats.major,
            complaints_minor=stats.minor,
            cases_by_priority=dict(sorted(by_priority.items())),
            cases_by_queue=dict(sorted(by_queue.items())),
            dedup_ratio=round(n / max(1, stats.distinct_cases), 4),
            open_incidents=len(incidents),
            emitted_at=utc_iso(now),
            ranters=int(ranters),
            ravers=int(ravers),
            raver_rate=round(ravers / ranters, 4) if ranters else 0.0,
            raver_value=round(float(value_total), 2),
            care=care_report(state["care"]) if dimension == "brand" and state.get("care") else None,
            pain_points=stats.pain_points() if dimension == "brand" else None,
        )

    def restore_stream_time(self, keys: Iterable[str], lateness: float) -> float:
        """A lower bound of a partition's stream time after a restart (0: nothing known): it was at
        least the start of its newest pane, and at least a closed boundary plus the lateness."""
        best = 0.0
        for key in keys:
            state = self.series.get(key)
            if not state:
                continue
            if state["closed"]:
                best = max(best, state["closed"] + lateness)
            if state["panes"]:
                best = max(best, float(state["panes"][-1]))
        return best


# --------------------------------------------------------------------------- the whole stage, pure


@dataclass(slots=True)
class CloseResult:
    snapshots: list[MetricsSnapshot] = field(default_factory=list)
    alerts: list[Any] = field(default_factory=list)  # schema.Alert
    brand_minutes: list[tuple[str, WindowStats]] = field(default_factory=list)  # (brand, last 1m window) for gauges


class RollingMetrics:
    """Aggregation, window closing and spike detection for the series one partition owns.

    ``spikes`` holds the detector state per brand series (same key as the series, so it
    lives on the same partition).
    """

    def __init__(
        self,
        panes: MutableMapping[str, Any],
        series: MutableMapping[str, Any],
        spikes: MutableMapping[str, Any],
        detector: Any,
    ) -> None:
        self.aggregator = WindowAggregator(panes, series)
        self.spikes = spikes
        self.detector = detector

    def add(self, key: str, event: dict[str, Any], watermark: float = 0.0) -> str:
        return self.aggregator.add(key, event, watermark)

    def close(self, key: str, watermark: float, now: float) -> CloseResult:
        from mentionflow.core.spikes import ALL, WindowObservation

        result = CloseResult()
        closed = self.aggregator.close(key, watermark, now)
        dimension, brand = split_series(key)
        for window in closed:
            result.snapshots.append(window.snapshot)
            if window.window != "1m" or dimension != "brand" or brand == UNKNOWN:
                continue
            result.brand_minutes.append((brand, window.stats))
            # Evidence for the incident: the two minutes the detector can test.
            evidence = self.aggregator.stats(key, window.start - PANE_S, window.end)
            tops: dict[str, Any] = {ALL: evidence.top_incident()}
            for cat in window.stats.by_category:
                tops[cat] = evidence.top_incident(cat)
            obs = WindowObservation(
                brand=brand,
                start=window.start,
                end=window.end,
                counts={cat: (v[0], v[1]) for cat, v in window.stats.by_category.items()},
                top_incidents=tops,
                positives={cat: v[2] for cat, v in window.stats.by_category.items()},
            )
            state, alerts = self.detector.observe(self.spikes.get(key), obs, now)
            self.spikes[key] = state
            result.alerts.extend(alerts)
        return result
