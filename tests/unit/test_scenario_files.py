"""Structural check of the labelled care scenarios (tests/data/scenarios/*.yaml).

Fast and router-free: it only checks that every file follows the scenario format and the
triage taxonomy, so a typo in a label fails here rather than as a silent router "miss".
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

SCENARIO_DIR = Path(__file__).resolve().parents[1] / "data" / "scenarios"

BEHAVIOURS = {
    "harm",
    "own_accounts",
    "noise",
    "conversations",
    "customer_memory",
    "reach",
    "teams",
    "sla_clock",
    "ranter_raver",
    "irony",
    "baseline",
}
LANGUAGES = {"en", "es", "fr", "de", "it", "pt"}
CHANNELS = {"twitter", "facebook", "instagram", "reddit", "youtube", "review", "forum", "email", "other"}
BRANDS = {"skylark-air", "nimbus-mobile", "parcelo", "brightbank"}
TIERS = {"platinum", "gold", "silver", "standard"}
PRIORITIES = {"P1", "P2", "P3", "P4"}
QUEUE_TEAM = {
    "safety-escalations": "safety",
    "crisis": "pr-media",
    "pr-media": "pr-media",
    "legal-regulatory": "legal",
    "retention": "retention",
    "product-feedback": "product",
    "sales": "sales",
    "marketing-advocacy": "marketing",
    "care-escalations": "care-tier2",
    "care-tier1": "care-tier1",
    "self-service": "care-self-service",
    "no-response": "none",
}
TEAMS = set(QUEUE_TEAM.values())
ACTIONS = {
    "acknowledge_then_private",
    "point_to_self_service",
    "answer_question",
    "listen_only",
    "thank_and_amplify",
    "drop",
    "crisis_playbook",
    "review_in_language",
    "review_and_respond",
    "refer_to_pr",
    "refer_to_legal",
    "retention_save",
    "log_feedback",
    "sales_lead",
    "thank_directly",
}
INTENTS = {"complaint", "question", "praise", "rant", "spam", "other"}
UPDATES = {
    "created",
    "duplicate_folded",
    "repost_attached",
    "mention_attached",
    "incident_escalated",
    "followup_attached",
    "positive_followup",
    "responded",
}
FLAGS = {"harm", "late_on_arrival", "first_response", "repeat_complainer", "language_supported"}

SCENARIO_KEYS = {"id", "language", "why", "start", "customers", "mentions", "expect"}
CUSTOMER_KEYS = {"author_id", "brand", "tier", "lifetime_value", "open_cases"}
MENTION_KEYS = {
    "id",
    "at",
    "delay",
    "channel",
    "author",
    "text",
    "brand",
    "in_reply_to",
    "reposted_id",
    "engagement",
}
AUTHOR_KEYS = {"id", "handle", "followers", "verified"}
ENGAGEMENT_KEYS = {"likes", "reposts", "replies"}
EXPECT_KEYS = {
    "mention",
    "after",
    "case",
    "priority",
    "queue",
    "team",
    "action",
    "not_action",
    "intent",
    "update",
    "same_case_as",
    "different_case_from",
    "flags",
    "min_priority_than",
    "max_sla_minutes",
}
# list-valued expectation keys and the vocabulary each must come from
EXPECT_VOCAB: dict[str, set[str]] = {
    "priority": PRIORITIES,
    "queue": set(QUEUE_TEAM),
    "team": TEAMS,
    "action": ACTIONS,
    "not_action": ACTIONS,
    "intent": INTENTS,
    "update": UPDATES,
}


def _load_all() -> list[tuple[str, dict[str, Any]]]:
    files = sorted(SCENARIO_DIR.glob("*.yaml"))
    return [(f.name, yaml.safe_load(f.read_text(encoding="utf-8"))) for f in files]


ALL = _load_all()


def _scenarios() -> list[tuple[str, str, dict[str, Any]]]:
    return [(name, doc["behaviour"], sc) for name, doc in ALL for sc in doc["scenarios"]]


def test_every_behaviour_has_a_file() -> None:
    behaviours = {doc["behaviour"] for _, doc in ALL}
    assert behaviours == BEHAVIOURS
    for name, doc in ALL:
        assert set(doc) == {"behaviour", "scenarios"}, name
        assert name == f"{doc['behaviour']}.yaml"
        assert isinstance(doc["scenarios"], list) and doc["scenarios"], name


def test_at_least_200_scenarios_with_unique_ids() -> None:
    ids = [sc["id"] for _, _, sc in _scenarios()]
    assert len(ids) >= 200
    dupes = [i for i, n in Counter(ids).items() if n > 1]
    assert not dupes, dupes


def test_languages_per_behaviour() -> None:
    per: dict[str, set[str]] = {}
    for _, behaviour, sc in _scenarios():
        per.setdefault(behaviour, set()).add(sc["language"])
    for behaviour, langs in per.items():
        if behaviour != "noise":
            assert len(langs) >= 5, (behaviour, langs)


def _check_scenario(sc: dict[str, Any]) -> None:
    assert set(sc) <= SCENARIO_KEYS, set(sc) - SCENARIO_KEYS
    assert {"id", "language", "why", "mentions", "expect"} <= set(sc)
    assert sc["language"] in LANGUAGES
    assert isinstance(sc["why"], str) and sc["why"].strip()
    if "start" in sc:
        assert str(sc["start"]).endswith("Z") or hasattr(sc["start"], "year")
    for cust in sc.get("customers") or []:
        assert set(cust) <= CUSTOMER_KEYS and {"author_id", "brand"} <= set(cust)
        assert cust["brand"] in BRANDS
        assert cust.get("tier", "standard") in TIERS

    mention_ids: list[str] = []
    last_at = None
    for m in sc["mentions"]:
        assert set(m) <= MENTION_KEYS, set(m) - MENTION_KEYS
        assert {"id", "at", "channel", "author", "text"} <= set(m)
        assert isinstance(m["text"], str)
        assert m["channel"] in CHANNELS
        assert set(m["author"]) <= AUTHOR_KEYS and "id" in m["author"]
        assert isinstance(m["at"], int) and m["at"] >= 0
        assert isinstance(m.get("delay", 0), int) and m.get("delay", 0) >= 0
        arrival = m["at"] + m.get("delay", 0)
        assert last_at is None or arrival >= last_at, f"{m['id']} arrives out of order"
        last_at = arrival
        if "brand" in m:
            assert m["brand"] in BRANDS
        if "engagement" in m:
            assert set(m["engagement"]) <= ENGAGEMENT_KEYS
        for ref in ("in_reply_to", "reposted_id"):
            if ref in m:
                assert m[ref] in mention_ids, f"{m['id']}.{ref} -> {m[ref]} not an earlier id"
        mention_ids.append(m["id"])
    assert len(set(mention_ids)) == len(mention_ids), "mention ids repeat"

    assert sc["expect"], "no expectations"
    for e in sc["expect"]:
        assert set(e) <= EXPECT_KEYS, set(e) - EXPECT_KEYS
        assert e["mention"] in mention_ids
        for ref in ("after", "same_case_as", "different_case_from", "min_priority_than"):
            if ref in e:
                assert e[ref] in mention_ids, f"{ref} -> {e[ref]}"
        for key, vocab in EXPECT_VOCAB.items():
            if key in e:
                assert isinstance(e[key], list) and e[key], key
                assert set(e[key]) <= vocab, (key, set(e[key]) - vocab)
        if "queue" in e and "team" in e:
            assert {QUEUE_TEAM[q] for q in e["queue"]} <= set(e["team"])
        if "case" in e:
            assert isinstance(e["case"], bool)
        if "flags" in e:
            assert set(e["flags"]) <= FLAGS and all(isinstance(v, bool) for v in e["flags"].values())
        if "max_sla_minutes" in e:
            assert isinstance(e["max_sla_minutes"], int) and e["max_sla_minutes"] > 0


@pytest.mark.parametrize(("sc"), [sc for _, _, sc in _scenarios()], ids=[sc["id"] for _, _, sc in _scenarios()])
def test_scenario_structure(sc: dict[str, Any]) -> None:
    _check_scenario(sc)
