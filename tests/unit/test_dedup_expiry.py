"""Dedup's windows expire against event time per partition, never against the wall clock: a
worker that restored a partition's tables and has decided nothing there yet keeps its state,
so a backlog (event times behind the wall clock) still groups as it would have live."""

from __future__ import annotations

from typing import Any

from mentionflow import schema
from mentionflow.core.dedup import DedupConfig, Deduper
from mentionflow.runtime.tables import TableStore

WALL = schema.parse_time("2026-11-20T12:00:00Z")  # processing time: three hours after the traffic
TEXT = "my broadband has been down since 9am and nobody answers the phone"


def scored(mention_id: str, text: str, at: str, author: str = "u1", brand: str = "nimbus") -> schema.ScoredMention:
    mention = schema.RawMention(
        id=mention_id, channel="twitter", text=text, created_at=at, author=schema.Author(author, author)
    )
    enrichment = schema.Enrichment(
        text_clean=text,
        lang="en",
        lang_confidence=0.9,
        lang_reliable=True,
        shouting=False,
        brand=brand,
        entities=schema.Entities(),
        influence=schema.Influence("nano", 0.1),
        customer=schema.CustomerValue(),
    )
    analysis = schema.Analysis(-0.6, "negative", 0.8, "complaint", "major", "outage", True)
    return schema.ScoredMention(mention, enrichment, analysis, schema.Trace(0.0))


def deduper(*stores: Any) -> Deduper:
    seen, authors, incidents, history = stores or ({}, {}, {}, {})
    d = Deduper(seen, authors, incidents, DedupConfig(), history)
    d.wall_clock = lambda: WALL
    return d


def test_a_restored_worker_expires_nothing_before_its_first_mention() -> None:
    before = deduper()
    first = before.decide(scored("m1", TEXT, "2026-11-20T09:00:00Z"), now=WALL)
    reports = [
        before.decide(scored(f"o{i}", "broadband down in leeds since 9am", "2026-11-20T09:01:00Z", a), now=WALL)
        for i, a in enumerate(["u2", "u3", "u4"])
    ]
    incident = reports[-1].incident_id
    assert incident is not None
    # Another worker takes the partition over: its tables restored, no mention decided yet.
    after = deduper(dict(before.seen), dict(before.authors), dict(before.incidents), dict(before.history))
    after.expire(WALL)  # the expiry timer fires before the first mention
    late = after.decide(scored("o9", "broadband down in leeds since 9am", "2026-11-20T09:12:00Z", "u5"), now=WALL)
    assert late.incident_id == incident
    again = after.decide(scored("m2", TEXT + "!!", "2026-11-20T09:10:00Z"), now=WALL)
    assert again.action in ("near_duplicate", "followup") and again.case_id == first.case_id


def test_the_steady_state_still_expires_against_event_time() -> None:
    d = deduper()
    d.decide(scored("m1", TEXT, "2026-11-20T09:00:00Z"), now=WALL)
    d.decide(scored("m2", "the bill charged me twice this month", "2026-11-20T11:30:00Z", "u9"), now=WALL)
    d.expire(WALL)
    assert not any(k.endswith("#u1") for k in d.authors)  # more than the hour before the watermark
    assert any(k.endswith("#u9") for k in d.authors)


class FakeChangelogTopic:
    def get_topic_name(self) -> str:
        return "app-dedup-changelog"


class FakeTable:
    def __init__(self) -> None:
        self.data: dict[str, Any] = {}
        self.changelog_topic = FakeChangelogTopic()

    def send_changelog(self, partition: int, key: str, value: Any, **kwargs: Any) -> None:
        pass


def test_one_partitions_watermark_does_not_expire_anothers_state() -> None:
    current = [0]

    def table() -> TableStore:
        return TableStore(FakeTable(), lambda: {0, 1}, lambda: current[0])  # type: ignore[arg-type]

    d = deduper(table(), table(), table(), table())
    d.partition = lambda: current[0]
    first = d.decide(scored("m1", TEXT, "2026-11-20T09:00:00Z"), now=WALL)  # partition 0: a backlog
    reports = [
        d.decide(scored(f"o{i}", "broadband down in leeds since 9am", "2026-11-20T09:01:00Z", a), now=WALL)
        for i, a in enumerate(["u2", "u3", "u4"])
    ]
    assert reports[-1].incident_id is not None
    current[0] = 1
    live = "the app logs me out every time i open it"
    # Partition 1, another brand (one brand's dedup state is one partition): live traffic.
    d.decide(scored("l1", live, "2026-11-20T11:59:00Z", "u7", brand="aurora"), now=WALL)
    d.expire(WALL)
    current[0] = 0
    late = d.decide(scored("o9", "broadband down in leeds since 9am", "2026-11-20T09:12:00Z", "u5"), now=WALL)
    assert late.incident_id == reports[-1].incident_id
    again = d.decide(scored("m2", TEXT + "!!", "2026-11-20T09:10:00Z"), now=WALL)
    assert again.action in ("near_duplicate", "followup") and again.case_id == first.case_id
    # Partition 0's own watermark, once it passes the hour, expires the author there.
    d.decide(scored("m3", "the bill charged me twice this month", "2026-11-20T11:30:00Z", "u9"), now=WALL)
    d.expire(WALL)
    assert not any(k.endswith("#u1") for k in d.authors)
    assert any(k.endswith("#u7") for k in d.authors)
