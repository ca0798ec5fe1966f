"""The care lead's report, computed from a replayed stream with desk events.

The bundled sample goes through the pure pipeline; every case gets a deterministic desk
history (answered in time, answered late, never answered, closed with no agent); the case
ledger turns revisions and desk events into care outcomes, which the rolling metrics count
on the brand series. Each rate is checked against a count made independently from the
cases and the desk history.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import jsonschema
import orjson
import pytest

from mentionflow.core.lifecycle import CaseLedger, case_view
from mentionflow.core.metrics import (
    DEFAULT_CUSTOMER_VALUE,
    RollingMetrics,
    care_series,
    metric_event,
    series_of,
)
from mentionflow.core.spikes import SpikeDetector
from mentionflow.schema import CaseEvent, encode, parse_time, utc_iso
from mentionflow.settings import load_settings, packaged_data

SCHEMA = Path(__file__).resolve().parents[2] / "src" / "mentionflow" / "schemas" / "metrics.rolling.v1.json"


def routed_sample() -> list[dict[str, Any]]:
    """Every case revision of the bundled sample, in order (as cases.routed would carry them)."""
    from mentionflow.core.pipeline import Pipeline
    from mentionflow.schema import raw_mention_from_dict

    core = Pipeline.from_settings(load_settings())
    out: list[dict[str, Any]] = []
    for line in packaged_data("sample_mentions.jsonl").read_bytes().splitlines():
        raw = raw_mention_from_dict(orjson.loads(line))
        now = parse_time(raw.created_at) + 5  # routed as it is posted: the desk's clock is the stream's
        unique, case = core.run(raw, now)
        revisions = [case] if case is not None else []
        revisions += [c for c in (core.route(u, now) for u in core.incident_updates(unique)) if c is not None]
        out += [orjson.loads(encode(r)) for r in revisions]
    return out


def desk_plan(case_ids: list[str]) -> dict[str, str]:
    """in_time | late | never | no_agent, in turn by first appearance."""
    plans = ("in_time", "late", "never", "no_agent")
    return {cid: plans[i % 4] for i, cid in enumerate(case_ids)}


@pytest.fixture(scope="module")
def replay() -> dict[str, Any]:
    revisions = routed_sample()
    first: dict[str, dict[str, Any]] = {}
    latest: dict[str, dict[str, Any]] = {}
    for rev in revisions:
        first.setdefault(rev["case_id"], rev)
        latest[rev["case_id"]] = rev
    plan = desk_plan(list(first))
    ledger = CaseLedger({})
    rm = RollingMetrics({}, {}, {}, SpikeDetector())
    care: list[dict[str, Any]] = []
    wall = 0.0
    for rev in revisions:
        view = case_view(rev)
        effects = ledger.on_case(view, wall)
        care += effects.care
        ev = metric_event(view, view.mention_at or view.created_at)
        for key in series_of(ev):
            rm.add(key, ev)
    # Desk events, after the replay (a desk works on the cases it sees).
    for cid, what in plan.items():
        state = ledger.cases[cid]
        opened, due = state["o"], state["d"]
        events: list[tuple[str, float]] = []
        if what == "in_time":
            events = [("assigned", opened + 30), ("responded", opened + 60), ("resolved", opened + 120)]
        elif what == "late":
            events = [("assigned", opened + 30), ("responded", due + 600), ("resolved", due + 900)]
        elif what == "no_agent":
            events = [("resolved", opened + 90)]
        for kind, at in events:
            care += ledger.on_event(CaseEvent(cid, kind, utc_iso(at), "desk"), wall).care
    horizon = max(s["d"] for s in ledger.cases.values()) + 86400
    for cid in plan:
        breach = ledger.check(cid, horizon)
        if breach is not None and breach.care() is not None:
            care.append(breach.care() or {})
    for record in care:
        for key in care_series(record):
            assert rm.add(key, record) == "counted"
    names = sorted({c["brand"] for c in first.values() if c.get("brand")})
    snapshots = {b: rm.close(f"brand|{b}", 4e9, 0.0).snapshots for b in names}
    return {"first": first, "latest": latest, "plan": plan, "ledger": ledger, "snapshots": snapshots}


def brand_snapshots(replay: dict[str, Any], brand: str) -> list[Any]:
    return list(replay["snapshots"][brand])


def expected(replay: dict[str, Any], brand: str) -> dict[str, dict[str, int]]:
    """Counts made from the cases and the desk plan alone, per team."""
    ledger: CaseLedger = replay["ledger"]
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for cid, rev in replay["first"].items():
        if rev.get("brand") != brand or rev["queue"] == "no-response":
            continue
        state = ledger.cases[cid]
        team = state["tm"]
        c = out[team]
        what = replay["plan"][cid]
        c["cases"] += 1
        c["repeat"] += bool(rev.get("repeat_complainer") or rev.get("followup_count"))
        own_reply = any(r.get("first_response_at") for r in [replay["latest"][cid]])
        answered = what != "never" or own_reply
        c["responded"] += answered
        if what == "in_time" or what == "no_agent":
            c["in_sla"] += 1  # answered (or resolved) within a minute or two, far inside any SLA
        elif what == "never" and own_reply:
            c["in_sla"] += state["resp"] <= state["d"]
        c["breached"] += not answered
        if what in ("in_time", "late", "no_agent"):
            c["resolved"] += 1
            deflectable = rev["queue"] == "self-service" or rev["recommended_action"]["code"] == "point_to_self_service"
            latest = replay["latest"][cid]
            deflectable = deflectable or latest["queue"] == "self-service"
            deflectable = deflectable or latest["recommended_action"]["code"] == "point_to_self_service"
            c["deflected"] += what == "no_agent" and deflectable
    return {team: dict(c) for team, c in out.items()}


def brands(replay: dict[str, Any]) -> list[str]:
    return sorted({c["brand"] for c in replay["first"].values() if c.get("brand")})


def test_care_report_matches_the_desk_history(replay: dict[str, Any]) -> None:
    checked = 0
    for brand in brands(replay):
        snaps = [s for s in brand_snapshots(replay, brand) if s.care is not None]
        assert snaps, f"no care report for {brand}"
        care = snaps[-1].care
        want = expected(replay, brand)
        for team, counts in want.items():
            got = care["by_team"][team]
            for name, n in counts.items():
                assert got[name] == n, (brand, team, name)
            decided = got["responded"] + got["breached"] - got["answered_after_breach"]
            assert got["sla_attainment"] == round(got["in_sla"] / decided, 4)
            assert got["response_rate"] == round(got["responded"] / got["cases"], 4)
            if got["resolved"]:
                assert got["deflection_rate"] == round(got["deflected"] / got["resolved"], 4)
            assert got["repeat_contact_rate"] == round(got["repeat"] / got["cases"], 4)
            checked += 1
        assert care["cases"] == sum(c["cases"] for c in want.values())
    assert checked >= 4
    # The replay exercises every outcome somewhere.
    totals: Counter[str] = Counter()
    for brand in brands(replay):
        care = [s for s in brand_snapshots(replay, brand) if s.care is not None][-1].care
        totals.update({k: care[k] for k in ("deflected", "breached", "in_sla", "responded", "resolved")})
    assert all(totals[k] > 0 for k in ("deflected", "breached", "in_sla")), totals
    assert totals["responded"] > totals["in_sla"]  # some answered late


def test_pain_points_rank_categories_and_incidents_by_cases_and_value(replay: dict[str, Any]) -> None:
    incident_seen = False
    for brand in brands(replay):
        hours = [s for s in brand_snapshots(replay, brand) if s.window == "1h" and s.pain_points]
        for snap in hours:
            pain = snap.pain_points
            vols = [p["cases"] for p in pain["by_volume"]]
            vals = [p["value_at_risk"] for p in pain["by_value"]]
            assert vols == sorted(vols, reverse=True) and vals == sorted(vals, reverse=True)
            assert len(pain["by_volume"]) <= 5
            incident_seen |= any(p["kind"] == "incident" for p in pain["by_volume"])
    assert incident_seen, "the sample's outage incident is not a pain point"
    # Independent count for the busiest hour of the outage brand.
    first = replay["first"]
    inc_cases = Counter(c["incident_id"] for c in replay["latest"].values() if c.get("incident_id"))
    top_incident, _ = inc_cases.most_common(1)[0]
    brand = next(c["brand"] for c in replay["latest"].values() if c.get("incident_id") == top_incident)
    best = max(
        (s for s in brand_snapshots(replay, brand) if s.window == "1h" and s.pain_points),
        key=lambda s: next((p["cases"] for p in s.pain_points["by_volume"] if p["name"] == top_incident), 0),
    )
    point = next(p for p in best.pain_points["by_volume"] if p["name"] == top_incident)
    assert point["value_at_risk"] >= point["cases"] * min(
        DEFAULT_CUSTOMER_VALUE,
        min((c["author"].get("customer_lifetime_value") or DEFAULT_CUSTOMER_VALUE) for c in first.values()),
    )


def test_snapshots_with_the_care_report_match_the_v1_schema(replay: dict[str, Any]) -> None:
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    n = 0
    for brand in brands(replay):
        for snap in brand_snapshots(replay, brand):
            validator.validate(orjson.loads(encode(snap)))
            n += snap.care is not None
    assert n > 0


def routed(cid: str, queue: str, action: str, revision: int = 1, **extra: Any) -> Any:
    t0 = parse_time("2026-11-20T09:00:00Z")
    record = {
        "schema_version": 1,
        "case_id": cid,
        "revision": revision,
        "update": "created" if revision == 1 else "responded",
        "mention_ids": [f"m-{cid}"],
        "brand": "parcelo",
        "author": {"id": f"a-{cid}", "handle": "h", "customer_lifetime_value": 0.0},
        "channel": "twitter",
        "language": "en",
        "sentiment": {"score": -0.2, "label": "neutral"},
        "intent": "question",
        "severity": None,
        "category": "app",
        "priority": "P4",
        "queue": queue,
        "team": {"self-service": "care-self-service", "no-response": "none"}.get(queue, "care-tier1"),
        "recommended_action": {"code": action},
        "sla_due_at": utc_iso(t0 + 3600),
        "incident_id": None,
        "created_at": utc_iso(t0),
        "updated_at": utc_iso(t0 + 2),
    }
    return case_view(record | extra)


def test_deflection_is_self_service_resolved_without_an_agent() -> None:
    ledger = CaseLedger({})
    t = parse_time("2026-11-20T09:00:00Z")
    out: list[dict[str, Any]] = []
    # The brand's own reply with the help link, then closed: deflected.
    out += ledger.on_case(routed("own", "self-service", "point_to_self_service"), 0).care
    out += ledger.on_case(
        routed("own", "self-service", "point_to_self_service", 2, first_response_at=utc_iso(t + 60)), 0
    ).care
    out += ledger.on_event(CaseEvent("own", "resolved", utc_iso(t + 600)), 0).care
    # An agent picked it up: not deflected.
    out += ledger.on_case(routed("agent", "self-service", "point_to_self_service"), 0).care
    out += ledger.on_event(CaseEvent("agent", "assigned", utc_iso(t + 30)), 0).care
    out += ledger.on_event(CaseEvent("agent", "resolved", utc_iso(t + 600)), 0).care
    # A minor complaint pointed to self-service from tier 1, closed by the customer's thanks: deflected.
    out += ledger.on_case(routed("tier1", "care-tier1", "point_to_self_service"), 0).care
    out += ledger.on_event(CaseEvent("tier1", "resolved", utc_iso(t + 600)), 0).care
    # A question for an agent, closed without one: resolved, not deflected.
    out += ledger.on_case(routed("q", "care-tier1", "answer_question"), 0).care
    out += ledger.on_event(CaseEvent("q", "resolved", utc_iso(t + 600)), 0).care
    # No-response cases are not care work.
    out += ledger.on_case(routed("spam", "no-response", "drop"), 0).care
    resolved = {r["c"]: r["dfl"] for r in out if r["e"] == "resolved"}
    assert resolved == {"own": True, "agent": False, "tier1": True, "q": False}
    assert "spam" not in {r["c"] for r in out}
    assert {r["tm"] for r in out if r["c"] == "own"} == {"care-self-service"}


def test_a_case_answered_after_its_breach_is_decided_once() -> None:
    ledger = CaseLedger({})
    t = parse_time("2026-11-20T09:00:00Z")
    opened = ledger.on_case(routed("late", "care-tier1", "answer_question"), 0).care
    breach = ledger.check("late", t + 7200)
    assert breach is not None and breach.care() is not None
    records = [
        *opened,
        breach.care() or {},
        *ledger.on_event(CaseEvent("late", "responded", utc_iso(t + 9000)), 0).care,
    ]
    rm = RollingMetrics({}, {}, {}, SpikeDetector())
    rm.add("brand|parcelo", metric_event(routed("late", "care-tier1", "answer_question"), t))
    for record in records:
        rm.add("brand|parcelo", record)
    care = next(s for s in rm.close("brand|parcelo", t + 4000, 0).snapshots if s.care).care
    assert (care["responded"], care["breached"], care["answered_after_breach"], care["in_sla"]) == (1, 1, 1, 0)
    assert care["sla_attainment"] == 0.0 and care["response_rate"] == 1.0


def test_demo_prints_the_care_lead_summary() -> None:
    from mentionflow.tools.demo import care_lead_summary

    exposition = (
        'mentionflow_ranters_total{brand="parcelo",queue="care-tier1"} 4.0\n'
        'mentionflow_ravers_total{brand="parcelo",queue="care-tier1"} 1.0\n'
        'mentionflow_raver_customer_value_total{brand="parcelo",queue="care-tier1"} 250.0\n'
    )
    text = care_lead_summary(routed_sample(), exposition, now=4e9)
    lines = text.splitlines()
    assert lines[0].startswith("care lead")
    rows = [line.split() for line in lines[2 : lines.index("top pain points:")]]
    assert {r[0] for r in rows} >= {"parcelo", "nimbus-mobile", "skylark-air", "brightbank"}
    assert all(r[2].isdigit() and r[3].endswith("%") for r in rows)
    assert any("nimbus-mobile" in line and "by cases:" in line for line in lines)
    assert lines[-1] == "ranter -> raver: 4 ranters, 1 ravers, ROI 250 (ravers' customer value)"
