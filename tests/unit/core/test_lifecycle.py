"""Case lifecycle core: first response, resolution, SLA breaches (timer and late response), ranter -> raver."""

from __future__ import annotations

from typing import Any

import pytest

from mentionflow.core.lifecycle import AuthorBook, CaseLedger, LifecycleConfig, case_view
from mentionflow.schema import CaseEvent, SchemaVersionError, ValidationError, parse_time, utc_iso

OPENED = parse_time("2026-11-24T10:00:00Z")  # the case's first revision (processing time)
SLA = 900.0
GRACE = 30.0
WALL = OPENED


def routed(case_id: str = "c1", revision: int = 1, **extra: Any) -> Any:
    record: dict[str, Any] = {
        "schema_version": 1,
        "case_id": case_id,
        "revision": revision,
        "update": "created" if revision == 1 else "duplicate_folded",
        "mention_ids": ["m1"],
        "brand": "skylark-air",
        "author": {"id": "author-1", "handle": "h", "customer_lifetime_value": 0.0},
        "channel": "twitter",
        "language": "en",
        "sentiment": {"score": -0.7, "label": "negative"},
        "intent": "complaint",
        "severity": "major",
        "category": "delay",
        "priority": "P1",
        "queue": "crisis",
        "sla_due_at": utc_iso(OPENED + SLA),
        "incident_id": None,
        "created_at": "2026-11-20T09:00:00Z",  # the mention was posted days before a replay opened it
        "updated_at": utc_iso(OPENED),
    }
    record.update(extra)
    return case_view(record)


def desk(event: str, at: float, case_id: str = "c1") -> CaseEvent:
    return CaseEvent(case_id=case_id, event=event, at=utc_iso(at), by="agent-7", channel="twitter")


def ledger() -> CaseLedger:
    return CaseLedger({}, LifecycleConfig(breach_grace_s=GRACE, default_customer_value=250.0))


def test_breach_by_timer_with_no_event_exactly_once() -> None:
    book = ledger()
    book.on_case(routed(), WALL)
    assert book.check("c1", OPENED + SLA) is None  # due, not past due
    assert book.check("c1", OPENED + SLA + GRACE) is None  # inside the grace for in-flight events
    breach = book.check("c1", OPENED + SLA + GRACE + 1)
    assert breach is not None and breach.by == "timer"
    alert = breach.alert(WALL)
    assert alert.kind == "sla_breach" and alert.subject == "c1" and alert.alert_id == "sla_breach:c1"
    assert alert.evidence["queue"] == "crisis" and alert.evidence["priority"] == "P1"
    assert alert.evidence["overdue_s"] == pytest.approx(GRACE + 1)
    assert book.check("c1", OPENED + 10 * SLA) is None  # exactly one breach per case
    # A response after the breach does not breach again.
    effects = book.on_event(desk("responded", OPENED + 2 * SLA), WALL)
    assert effects.breaches == [] and effects.first_responses == [("crisis", 2 * SLA)]


def test_breach_state_survives_a_restart() -> None:
    store: dict[str, Any] = {}
    first = CaseLedger(store, LifecycleConfig(breach_grace_s=GRACE))
    first.on_case(routed(), WALL)
    assert first.check("c1", OPENED + SLA + GRACE + 1) is not None
    restarted = CaseLedger(store, LifecycleConfig(breach_grace_s=GRACE))  # state restored from the changelog
    assert restarted.check("c1", OPENED + SLA + GRACE + 100) is None


def test_response_before_due_means_no_breach_and_gives_first_response_time() -> None:
    book = ledger()
    book.on_case(routed(), WALL)
    effects = book.on_event(desk("responded", OPENED + 120), WALL)
    assert effects.first_responses == [("crisis", 120.0)] and effects.breaches == []
    assert book.check("c1", OPENED + 100 * SLA) is None
    # A second response is not a first response.
    assert book.on_event(desk("responded", OPENED + 300), WALL).first_responses == []


def test_late_response_breaches_when_it_arrives() -> None:
    book = ledger()
    book.on_case(routed(), WALL)
    effects = book.on_event(desk("responded", OPENED + SLA + 5), WALL)
    assert [b.by for b in effects.breaches] == ["late_response"]
    assert effects.breaches[0].case_id == "c1"
    assert effects.first_responses == [("crisis", SLA + 5)]
    assert book.check("c1", OPENED + 10 * SLA) is None


def test_no_response_queue_has_no_sla() -> None:
    book = ledger()
    book.on_case(routed(queue="no-response", priority="P4"), WALL)
    assert book.check("c1", OPENED + 100 * SLA) is None
    assert book.on_event(desk("responded", OPENED + 100 * SLA), WALL).breaches == []


def test_priority_escalation_moves_the_due_time() -> None:
    book = ledger()
    book.on_case(routed(priority="P3", sla_due_at=utc_iso(OPENED + 4 * 3600)), WALL)
    assert book.check("c1", OPENED + SLA + GRACE + 1) is None
    book.on_case(routed(revision=2, priority="P1", sla_due_at=utc_iso(OPENED + SLA)), WALL)
    # A re-delivered older revision changes nothing.
    book.on_case(routed(revision=1, priority="P3", sla_due_at=utc_iso(OPENED + 4 * 3600)), WALL)
    breach = book.check("c1", OPENED + SLA + GRACE + 1)
    assert breach is not None and breach.priority == "P1"


def test_resolution_time_and_reopen() -> None:
    book = ledger()
    book.on_case(routed(), WALL)
    book.on_event(desk("assigned", OPENED + 10), WALL)
    book.on_event(desk("responded", OPENED + 60), WALL)
    effects = book.on_event(desk("resolved", OPENED + 3600), WALL)
    assert effects.resolutions == [("crisis", 3600.0)]
    book.on_event(desk("reopened", OPENED + 4000), WALL)
    assert book.on_event(desk("resolved", OPENED + 5000), WALL).resolutions == []  # first resolution only


def test_resolution_without_response_counts_as_the_response() -> None:
    book = ledger()
    book.on_case(routed(), WALL)
    effects = book.on_event(desk("resolved", OPENED + 200), WALL)
    assert effects.first_responses == [("crisis", 200.0)] and effects.resolutions == [("crisis", 200.0)]
    assert book.check("c1", OPENED + 100 * SLA) is None


def test_desk_event_before_its_case_is_parked() -> None:
    book = ledger()
    assert book.on_event(desk("responded", OPENED + 30), WALL).first_responses == []
    assert book.check("c1", OPENED + 100 * SLA) is None  # no case yet: nothing to breach
    effects = book.on_case(routed(), WALL)
    assert effects.first_responses == [("crisis", 30.0)]
    assert book.check("c1", OPENED + 100 * SLA) is None


def test_cases_emit_author_activity() -> None:
    book = ledger()
    negative = book.on_case(routed(), WALL)
    assert [(a["k"], a["a"], a["b"], a["q"], a["v"]) for a in negative.activities] == [
        ("negative", "author-1", "skylark-air", "crisis", 250.0)  # CLV 0 -> default customer value
    ]
    assert negative.activities[0]["t"] == parse_time("2026-11-20T09:00:00Z")  # the mention's time
    responded = book.on_event(desk("responded", OPENED + 60), WALL)
    assert [(a["k"], a["c"], a["t"]) for a in responded.activities] == [("responded", "c1", OPENED + 60)]
    positive = book.on_case(
        routed(
            "c2",
            sentiment={"score": 0.9, "label": "positive"},
            author={"id": "author-1", "handle": "h", "customer_lifetime_value": 900.0},
        ),
        WALL,
    )
    assert [a["k"] for a in positive.activities] == ["positive"]
    # Responses to a non-negative case are not raver material.
    assert book.on_event(desk("responded", OPENED + 60, "c2"), WALL).activities == []


def test_expire_forgets_old_cases() -> None:
    book = CaseLedger({}, LifecycleConfig(retention_s=3600))
    book.on_case(routed(), WALL)
    assert book.expire(WALL + 10) == 0
    assert book.expire(WALL + 3601) == 1 and book.cases == {}


def test_case_view_rejects_bad_records() -> None:
    with pytest.raises(SchemaVersionError):
        routed(schema_version=2)
    with pytest.raises(ValidationError) as err:
        case_view({"case_id": "x"})
    assert err.value.field == "author"
    with pytest.raises(ValidationError):
        routed(sla_due_at="not a time")


# --------------------------------------------------------------------------- ranter -> raver

RANT = parse_time("2026-11-20T09:00:00Z")
WINDOW = 7 * 86400.0


def act(
    kind: str, at: float, case_id: str, author: str = "a1", brand: str = "skylark-air", **extra: Any
) -> dict[str, Any]:
    return {
        "k": kind,
        "a": author,
        "b": brand,
        "c": case_id,
        "t": at,
        "q": extra.get("q", ""),
        "v": extra.get("v", 0.0),
    }


def authors() -> AuthorBook:
    return AuthorBook({}, WINDOW)


def kinds(convs: list[Any]) -> list[str]:
    return [c.kind for c in convs]


def test_ranter_answered_then_positive_is_a_raver() -> None:
    book = authors()
    ranter = book.on_activity(act("negative", RANT, "c1", q="crisis", v=400.0), WALL)
    assert kinds(ranter) == ["ranter"] and (ranter[0].queue, ranter[0].value) == ("crisis", 400.0)
    assert book.on_activity(act("responded", RANT + 600, "c1"), WALL) == []
    raver = book.on_activity(act("positive", RANT + 3600, "c9"), WALL)
    assert kinds(raver) == ["raver"]
    assert (raver[0].brand, raver[0].queue, raver[0].value, raver[0].at) == (
        "skylark-air",
        "crisis",
        400.0,
        RANT + 3600,
    )
    # Once: more praise does not make another raver, another rant not another ranter.
    assert book.on_activity(act("positive", RANT + 7200, "c10"), WALL) == []
    assert book.on_activity(act("negative", RANT + 9000, "c11"), WALL) == []


def test_response_after_the_positive_mention_does_not_count() -> None:
    book = authors()
    book.on_activity(act("negative", RANT, "c1"), WALL)
    book.on_activity(act("positive", RANT + 600, "c2"), WALL)
    assert book.on_activity(act("responded", RANT + 1200, "c1"), WALL) == []


def test_event_times_decide_not_arrival_order() -> None:
    book = authors()
    book.on_activity(act("negative", RANT, "c1"), WALL)
    # The positive mention (from another partition) is processed before the response event,
    # but the response was made first: still a raver.
    assert book.on_activity(act("positive", RANT + 3600, "c2"), WALL) == []
    assert kinds(book.on_activity(act("responded", RANT + 600, "c1"), WALL)) == ["raver"]


def test_positive_outside_the_raver_window_or_before_the_rant() -> None:
    book = authors()
    book.on_activity(act("positive", RANT - 60, "c0"), WALL)  # praise before the rant
    book.on_activity(act("negative", RANT, "c1"), WALL)
    book.on_activity(act("responded", RANT + 600, "c1"), WALL)
    assert book.on_activity(act("positive", RANT + 600 + WINDOW + 1, "c2"), WALL) == []


def test_ranters_are_per_brand_and_need_a_response_to_their_own_negative_case() -> None:
    book = authors()
    book.on_activity(act("negative", RANT, "c1"), WALL)
    # A response to a case that is not one of the author's negative cases is ignored.
    book.on_activity(act("responded", RANT + 60, "c-other"), WALL)
    assert book.on_activity(act("positive", RANT + 600, "c2"), WALL) == []
    # Another brand: a separate ranter, and praise of the first brand does not convert it.
    assert kinds(book.on_activity(act("negative", RANT, "c3", brand="parcelo"), WALL)) == ["ranter"]
    book.on_activity(act("responded", RANT + 60, "c3", brand="parcelo"), WALL)
    assert book.on_activity(act("positive", RANT + 600, "c4", brand="skylark-air"), WALL) == []
    assert kinds(book.on_activity(act("positive", RANT + 700, "c5", brand="parcelo"), WALL)) == ["raver"]


def test_redelivered_activity_is_idempotent() -> None:
    book = authors()
    first = [act("negative", RANT, "c1"), act("responded", RANT + 60, "c1"), act("positive", RANT + 120, "c2")]
    out = [c for a in first for c in book.on_activity(a, WALL)]
    assert kinds(out) == ["ranter", "raver"]
    assert [c for a in first for c in book.on_activity(a, WALL)] == []


def test_author_state_expires_after_the_raver_window() -> None:
    book = authors()
    book.on_activity(act("negative", RANT, "c1"), WALL)
    assert book.expire(WALL + WINDOW - 1) == 0
    assert book.expire(WALL + WINDOW + 1) == 1


def test_config_defaults_are_the_worker_defaults() -> None:
    from mentionflow.settings import load_settings

    s, cfg = load_settings(), LifecycleConfig()
    assert (cfg.breach_grace_s, cfg.retention_s, cfg.default_customer_value) == (
        s.sla_breach_grace_s,
        s.lifecycle_retention_s,
        s.default_customer_value,
    )
