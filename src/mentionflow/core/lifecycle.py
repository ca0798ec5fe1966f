"""Case lifecycle: first response, resolution, SLA breaches, and ranter -> raver conversion.

Pure logic over key-value stores (dicts in tests, faust tables in the worker).

``CaseLedger`` (``case_id`` -> state) reads case revisions from ``cases.routed`` and desk
updates from ``cases.events``. Both topics are keyed by case_id with the same partition
count, so one partition owns a case's revisions *and* its desk events: no lookup across
workers. A desk event that arrives before its case is parked on the case (bounded) and
applied when the case arrives.

SLA: a case whose queue is not a no-SLA queue (``no-response``) must get a ``responded``
(or ``resolved``) event at or before ``sla_due_at``. A late response breaches when it
arrives; a case with no response breaches when the stage's clock passes ``sla_due_at`` plus
a grace (``check``, run by a timer, so no event is needed). The clock is decided by the
stage (see ``SlaClock``). ``breached`` is part of the case state, which has a changelog:
exactly one breach per case, across restarts.

Times: ``opened`` is the case's first revision ``updated_at`` (when mentionflow opened it,
the same clock as ``sla_due_at``); first response and resolution are measured from it.

``AuthorBook`` (author id -> state) decides ranters and ravers. Its input is a small
*activity* record per case (negative / positive mention, response to a negative case) that
the lifecycle stage re-keys by author id, because an author's cases live on many case
partitions. Per brand: an author becomes a **ranter** with their first negative case, and a
**raver** when a positive mention of theirs comes after our response to one of their
negative cases (response time < positive mention time <= response + ``raver_window_s``).
Event times decide, not arrival order: both orders of "response" and "positive" are handled.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass, field
from typing import Any, Final

from mentionflow.schema import (
    Alert,
    CaseEvent,
    CodecError,
    SchemaVersionError,
    ValidationError,
    loads_object,
    parse_time,
    utc_iso,
)

NO_SLA_QUEUES: Final = frozenset({"no-response"})
# A case the router sends to self-service: deflected when it is resolved with no agent's work.
SELF_SERVICE_QUEUES: Final = frozenset({"self-service"})
SELF_SERVICE_ACTIONS: Final = frozenset({"point_to_self_service"})
DESK_AGENT_EVENTS: Final = frozenset({"assigned", "responded"})  # an agent worked the case
MAX_PENDING_EVENTS: Final = 20  # desk events parked for a case not seen yet
MAX_AUTHOR_CASES: Final = 20  # negative cases remembered per author and brand
MAX_AUTHOR_POSITIVES: Final = 20  # positive mentions remembered per author and brand


# --------------------------------------------------------------------------- routed case view


@dataclass(slots=True)
class CaseView:
    """The fields of a ``cases.routed`` revision the lifecycle and metrics stages read."""

    case_id: str
    revision: int
    update: str
    brand: str | None
    author_id: str
    customer_value: float
    channel: str
    language: str
    queue: str
    priority: str
    sla_due_at: float
    created_at: float
    updated_at: float
    label: str
    score: float
    intent: str
    severity: str | None
    category: str | None
    incident_id: str | None
    mention_ids: list[str]
    mention_at: float | None = None  # when the revision's own mention was posted, if the router says
    first_response_at: float | None = None  # the brand's own reply, seen in the stream by the router
    incident_size: int = 0  # reports in the case's incident (the incident detector's count)
    team: str | None = None  # triage: the team that owns the queue
    action: str | None = None  # recommended_action.code
    repeat_complainer: bool = False
    followup_count: int = 0
    # How the revision's own mention reads (label, score, intent, severity above: the case's
    # first mention's); None where the router does not say or the revision adds no mention.
    mention_label: str | None = None
    mention_score: float | None = None
    mention_intent: str | None = None
    mention_severity: str | None = None


def case_view(obj: dict[str, Any]) -> CaseView:
    """Validate the parts of a routed case we use (written by mentionflow, so shape errors are bugs)."""
    try:
        version = obj.get("schema_version", 1)
        if version != 1:
            raise SchemaVersionError(
                f"routed case schema_version {version} is not supported (supported: 1)", "schema_version"
            )
        author = obj["author"]
        sentiment = obj["sentiment"]
        mention_at = obj.get("mention_at")
        first_response = obj.get("first_response_at")
        own = obj.get("mention_sentiment") or {}
        return CaseView(
            case_id=str(obj["case_id"]),
            revision=int(obj["revision"]),
            update=str(obj["update"]),
            brand=obj.get("brand"),
            author_id=str(author["id"]),
            customer_value=float(author.get("customer_lifetime_value") or 0.0),
            channel=str(obj["channel"]),
            language=str(obj.get("language") or "und"),
            queue=str(obj["queue"]),
            priority=str(obj["priority"]),
            sla_due_at=parse_time(obj["sla_due_at"], "sla_due_at"),
            created_at=parse_time(obj["created_at"], "created_at"),
            updated_at=parse_time(obj["updated_at"], "updated_at"),
            label=str(sentiment["label"]),
            score=float(sentiment["score"]),
            intent=str(obj.get("intent") or "other"),
            severity=obj.get("severity"),
            category=obj.get("category"),
            incident_id=obj.get("incident_id"),
            mention_ids=list(obj.get("mention_ids") or []),
            mention_at=parse_time(mention_at, "mention_at") if mention_at else None,
            first_response_at=parse_time(first_response, "first_response_at") if first_response else None,
            incident_size=int(obj.get("incident_size") or 0),
            team=obj.get("team"),
            action=(obj.get("recommended_action") or {}).get("code"),
            repeat_complainer=bool(obj.get("repeat_complainer")),
            followup_count=int(obj.get("followup_count") or 0),
            mention_label=str(own["label"]) if own else None,
            mention_score=float(own["score"]) if own else None,
            mention_intent=obj.get("mention_intent") if own else None,
            mention_severity=obj.get("mention_severity") if own else None,
        )
    except KeyError as exc:
        raise ValidationError("required field is missing", str(exc.args[0])) from None
    except (TypeError, ValueError) as exc:
        if isinstance(exc, CodecError):
            raise
        raise ValidationError(f"routed case has a bad field: {exc}") from None


def decode_case_view(data: bytes | str) -> CaseView:
    return case_view(loads_object(data, 4 * 1024 * 1024))


# --------------------------------------------------------------------------- case ledger


@dataclass(frozen=True, slots=True)
class LifecycleConfig:
    breach_grace_s: float = 60.0  # the timer waits this long past sla_due_at for in-flight desk events
    retention_s: float = 7 * 86400  # a case's state is forgotten this long after it opened
    default_customer_value: float = 250.0
    no_sla_queues: frozenset[str] = NO_SLA_QUEUES


@dataclass(slots=True)
class Breach:
    case_id: str
    brand: str | None
    queue: str
    priority: str
    due: float
    detected_at: float  # the clock when it was detected: the late response's time, or the timer's clock
    by: str  # timer | late_response
    team: str = ""

    def care(self) -> dict[str, Any] | None:
        """The care outcome of a breach found by the timer (no response at all): it counts against
        first-response SLA attainment. A late response is counted by its ``responded`` outcome."""
        if self.by != "timer" or not self.brand:
            return None
        return {
            "k": "care",
            "t": self.due,
            "b": self.brand,
            "tm": self.team or "unknown",
            "e": "breached",
            "c": self.case_id,
        }

    def alert(self, now: float) -> Alert:
        return Alert(
            alert_id=f"sla_breach:{self.case_id}",  # deterministic: consumers deduplicate on it
            kind="sla_breach",
            at=utc_iso(now),
            brand=self.brand,
            subject=self.case_id,
            evidence={
                "queue": self.queue,
                "priority": self.priority,
                "sla_due_at": utc_iso(self.due),
                "detected_at": utc_iso(self.detected_at),
                "overdue_s": round(max(0.0, self.detected_at - self.due), 3),
                "detected_by": self.by,
            },
        )


@dataclass(slots=True)
class Effects:
    """What one input changed; the stage turns it into metrics and records."""

    first_responses: list[tuple[str, float]] = field(default_factory=list)  # (queue, seconds)
    resolutions: list[tuple[str, float]] = field(default_factory=list)  # (queue, seconds)
    breaches: list[Breach] = field(default_factory=list)
    activities: list[dict[str, Any]] = field(default_factory=list)  # for the author book, keyed by author
    care: list[dict[str, Any]] = field(default_factory=list)  # care outcomes, for the brand's metrics series

    def extend(self, other: Effects) -> None:
        self.first_responses += other.first_responses
        self.resolutions += other.resolutions
        self.breaches += other.breaches
        self.activities += other.activities
        self.care += other.care


def care_event(kind: str, state: dict[str, Any], at: float, **flags: bool) -> dict[str, Any]:
    """A care outcome of one case (kind: opened | responded | breached | resolved), counted into
    the brand's metrics series per team. Flags: ``sla`` (responded within sla_due_at), ``dfl``
    (resolved by self-service with no agent), ``rep`` (opened by a repeat contact)."""
    return {"k": "care", "t": at, "b": state["b"], "tm": state.get("tm") or "unknown", "e": kind, "c": state["cid"]} | {
        key: value for key, value in flags.items()
    }


def activity(
    kind: str, author: str, brand: str, case_id: str, at: float, queue: str = "", value: float = 0.0
) -> dict[str, Any]:
    """kind: negative | positive | responded."""
    return {"k": kind, "a": author, "b": brand, "c": case_id, "t": at, "q": queue, "v": value}


class CaseLedger:
    def __init__(self, cases: MutableMapping[str, Any], config: LifecycleConfig | None = None) -> None:
        self.cases = cases
        self.config = config or LifecycleConfig()

    def _sla(self, state: dict[str, Any]) -> bool:
        return state["q"] not in self.config.no_sla_queues

    # ------------------------------------------------------------------ inputs

    def on_case(self, case: CaseView, wall_now: float) -> Effects:
        effects = Effects()
        state = self.cases.get(case.case_id)
        pending: list[dict[str, Any]] = []
        if state is not None and "o" in state:
            if case.revision <= state["r"]:
                return effects  # a re-delivered or older revision
            state.update({"r": case.revision, "q": case.queue, "p": case.priority, "d": case.sla_due_at})
            state["dfl"] = state.get("dfl", False) or self._deflectable(case)
            effects.extend(self._from_revision(state, case))
            self.cases[case.case_id] = state
            return effects
        if state is not None:
            pending = state.get("pend", [])
        state = {
            "cid": case.case_id,
            "o": case.updated_at,
            "d": case.sla_due_at,
            "q": case.queue,
            "p": case.priority,
            "b": case.brand,
            "a": case.author_id,
            "r": case.revision,
            "neg": False,
            "resp": None,
            "res": None,
            "nres": 0,
            "br": False,
            "w": wall_now,
            "tm": case.team or "unknown",  # care outcomes count for the team the case was first routed to
            "dfl": self._deflectable(case),
            "ag": any(e["event"] in DESK_AGENT_EVENTS for e in pending),
        }
        if case.brand and self._sla(state):
            repeat = case.repeat_complainer or case.followup_count > 0
            effects.care.append(care_event("opened", state, case.created_at, rep=repeat))
        if case.revision == 1 and case.brand and case.intent != "spam":  # spam is never a ranter
            at = case.mention_at or case.created_at
            if case.label == "negative":
                state["neg"] = True
                value = case.customer_value or self.config.default_customer_value
                effects.activities.append(
                    activity("negative", case.author_id, case.brand, case.case_id, at, case.queue, value)
                )
            elif case.label == "positive":
                effects.activities.append(activity("positive", case.author_id, case.brand, case.case_id, at))
        for parked in sorted(pending, key=lambda e: e["at"]):
            effects.extend(self._apply(state, parked["event"], parked["at"]))
        effects.extend(self._from_revision(state, case))
        self.cases[case.case_id] = state
        return effects

    @staticmethod
    def _deflectable(case: CaseView) -> bool:
        return case.queue in SELF_SERVICE_QUEUES or case.action in SELF_SERVICE_ACTIONS

    def _from_revision(self, state: dict[str, Any], case: CaseView) -> Effects:
        """What a revision itself reports: the brand's own reply is a first response (as a desk's
        ``responded`` event), and a customer's thank-you on the case is a positive mention that
        can turn a ranter into a raver."""
        effects = Effects()
        if case.first_response_at is not None and state["resp"] is None:
            effects.extend(self._apply(state, "responded", case.first_response_at))
        if case.update == "positive_followup" and case.brand and state["neg"]:
            at = case.mention_at or case.updated_at
            # Its own key: a conversion counts a positive mention of another case than the
            # negative one; a follow-up on the same case is that same conversation turning.
            marker = f"{case.case_id}#r{case.revision}"
            effects.activities.append(activity("positive", case.author_id, case.brand, marker, at))
        return effects

    def on_event(self, event: CaseEvent, wall_now: float) -> Effects:
        at = parse_time(event.at, "at")
        state = self.cases.get(event.case_id)
        if state is None or "o" not in state:
            state = state or {"pend": [], "w": wall_now}
            pend = state["pend"]
            if len(pend) < MAX_PENDING_EVENTS:
                pend.append({"event": event.event, "at": at})
            self.cases[event.case_id] = state
            return Effects()
        if event.event in DESK_AGENT_EVENTS:
            state["ag"] = True
        effects = self._apply(state, event.event, at)
        self.cases[event.case_id] = state
        return effects

    def _apply(self, state: dict[str, Any], kind: str, at: float) -> Effects:
        effects = Effects()
        if kind == "assigned":
            state.setdefault("asg", at)
            return effects
        if kind in ("responded", "resolved") and state["resp"] is None:
            # A resolution without a recorded response counts as the first response.
            state["resp"] = at
            effects.first_responses.append((state["q"], max(0.0, at - state["o"])))
            if self._sla(state) and state["b"]:
                # brk: the timer already counted it as breached (unanswered); not counted twice
                effects.care.append(care_event("responded", state, at, sla=at <= state["d"], brk=state["br"]))
            if self._sla(state) and not state["br"] and at > state["d"]:
                state["br"] = True
                effects.breaches.append(
                    Breach(
                        state["cid"],
                        state["b"],
                        state["q"],
                        state["p"],
                        state["d"],
                        at,
                        "late_response",
                        state.get("tm", ""),
                    )
                )
            if state["neg"] and state["b"]:
                effects.activities.append(activity("responded", state["a"], state["b"], state["cid"], at))
        elif kind == "responded" and at < state["resp"]:
            state["resp"] = at  # an earlier response reported late; the first-response metric is already out
        if kind == "resolved":
            if state["res"] is None:
                state["nres"] += 1
                if state["nres"] == 1:
                    effects.resolutions.append((state["q"], max(0.0, at - state["o"])))
                    if self._sla(state) and state["b"]:
                        deflected = bool(state.get("dfl")) and not state.get("ag")
                        effects.care.append(care_event("resolved", state, at, dfl=deflected))
            state["res"] = at
        elif kind == "reopened":
            state["res"] = None
        return effects

    # ------------------------------------------------------------------ timer

    def check(self, case_id: str, clock: float) -> Breach | None:
        """The breach of ``case_id`` if its SLA passed at ``clock`` without a response (at most once)."""
        state = self.cases.get(case_id)
        if state is None or "o" not in state or state["br"] or state["resp"] is not None or not self._sla(state):
            return None
        if clock <= state["d"] + self.config.breach_grace_s:
            return None
        state["br"] = True
        self.cases[case_id] = state  # reassign: the flag must reach the changelog
        return Breach(case_id, state["b"], state["q"], state["p"], state["d"], clock, "timer", state.get("tm", ""))

    def awaiting(self, case_id: str) -> bool:
        state = self.cases.get(case_id)
        return bool(state and "o" in state and not state["br"] and state["resp"] is None and self._sla(state))

    def expire(self, wall_now: float) -> int:
        cutoff = wall_now - self.config.retention_s
        stale = [k for k, v in self.cases.items() if v.get("w", 0.0) < cutoff]
        for key in stale:
            del self.cases[key]
        return len(stale)


# --------------------------------------------------------------------------- author book


@dataclass(slots=True)
class Conversion:
    kind: str  # ranter | raver
    author: str
    brand: str
    queue: str
    value: float
    at: float


class AuthorBook:
    """Ranter -> raver per author and brand (``authors``: author id -> {brand: state})."""

    def __init__(self, authors: MutableMapping[str, Any], raver_window_s: float) -> None:
        self.authors = authors
        self.window = raver_window_s

    def on_activity(self, act: dict[str, Any], wall_now: float) -> list[Conversion]:
        author, brand, case_id, at = act["a"], act["b"], act["c"], float(act["t"])
        record = self.authors.get(author) or {}
        state: dict[str, Any] = record.get(brand) or {"neg": {}, "resp": {}, "pos": [], "rt": None, "rv": None}
        out: list[Conversion] = []
        kind = act["k"]
        if kind == "negative":
            if case_id not in state["neg"]:
                state["neg"][case_id] = [at, act.get("q") or "", float(act.get("v") or 0.0)]
                if len(state["neg"]) > MAX_AUTHOR_CASES:
                    oldest = min(state["neg"], key=lambda c: state["neg"][c][0])
                    state["neg"].pop(oldest)
                    state["resp"].pop(oldest, None)
            if state["rt"] is None:
                queue, value = str(act.get("q") or ""), float(act.get("v") or 0.0)
                state["rt"] = [at, queue, value]
                out.append(Conversion("ranter", author, brand, queue, value, at))
        elif kind == "responded":
            if case_id in state["neg"]:
                known = state["resp"].get(case_id)
                state["resp"][case_id] = at if known is None else min(known, at)
        elif kind == "positive":
            if not any(p[1] == case_id for p in state["pos"]):
                state["pos"] = sorted([*state["pos"], [at, case_id]])[-MAX_AUTHOR_POSITIVES:]
        else:
            raise ValidationError(f"unknown activity kind {kind!r}", "k")
        if state["rt"] is not None and state["rv"] is None:
            converted = self._converted(state)
            if converted is not None:
                state["rv"] = converted
                out.append(Conversion("raver", author, brand, state["rt"][1], state["rt"][2], converted))
        record[brand] = state
        record["_w"] = wall_now
        self.authors[author] = record  # reassign for the changelog
        return out

    def _converted(self, state: dict[str, Any]) -> float | None:
        """The time of the first positive mention that follows a response to a negative case."""
        best: float | None = None
        for case_id, responded in state["resp"].items():
            negative_at = state["neg"][case_id][0]
            for positive_at, positive_case in state["pos"]:
                if positive_case == case_id:
                    continue
                if responded < positive_at <= responded + self.window and positive_at >= negative_at:
                    if best is None or positive_at < best:
                        best = positive_at
                    break
        return best

    def expire(self, wall_now: float) -> int:
        cutoff = wall_now - self.window
        stale = [k for k, v in self.authors.items() if v.get("_w", 0.0) < cutoff]
        for key in stale:
            del self.authors[key]
        return len(stale)
