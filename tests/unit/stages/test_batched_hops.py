"""The internal hop with micro-batch envelopes, without faust or a broker: the handlers through
the worker's one batch path (``WorkerHost.handle_batch``), each mention of an envelope on its own.

- fused with envelopes == staged (the same cases, whatever the batch size or envelope split);
- a bad mention inside an envelope is dead-lettered alone, with its reason, stage and key;
- a record that cannot be unpacked is dead-lettered whole;
- the per-mention format (an older producer) is read as before, and gives the same cases;
- a replayed envelope (a crash after its outputs were sent, before the commit), or the same
  mentions packed differently (the first hop replayed too), makes no new case and no new revision.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from typing import Any

import orjson
import pytest
from chains import ROUTED, SCORED, Clock, contexts, fresh_core, fused_batched, passed_on, sample_lines, staged
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_fused_equals_staged import by_revision, streams

from mentionflow.app import MentionflowApp, build_app
from mentionflow.runtime.records import Record, event_of, unpack
from mentionflow.schema import encode_batch
from mentionflow.settings import load_settings
from mentionflow.stages import fused

LINES = sample_lines()
DEADLETTER = "mentions.deadletter"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(streams(), st.integers(1, 64), st.sampled_from([None, 6_000, 20_000]))
def test_fused_with_envelopes_gives_the_cases_staged_gives(
    lines: list[bytes], batch_size: int, envelope_bytes: int | None
) -> None:
    assert by_revision(fused_batched(lines, batch_size, envelope_bytes)) == by_revision(staged(lines))


def test_the_whole_sample_in_envelopes_gives_the_same_cases() -> None:
    assert by_revision(fused_batched(LINES, 200)) == by_revision(staged(LINES))


# --------------------------------------------------------------------------- the worker's batch path


@pytest.fixture
def mf(monkeypatch: pytest.MonkeyPatch) -> Iterator[MentionflowApp]:
    for key in [k for k in os.environ if k.startswith("MENTIONFLOW_")]:
        monkeypatch.delenv(key)
    yield build_app(load_settings(), web_port=6198)


class Hops:
    """The fused hops over one fresh core; ``scored`` is what the first hop sent, per mention."""

    def __init__(self, lines: list[bytes]) -> None:
        e, se, d, r = contexts(fresh_core())
        self.first = fused.EnrichAndScore(e, se, {"enrich": 0.0, "sentiment": 0.0})
        self.second = functools.partial(fused.dedup_and_route, fused.DedupAndRoute(d, r, {"dedup": 0.0, "route": 0.0}))
        clock = Clock()
        self.now = 0.0
        self.scored: list[Record] = []
        for offset, line in enumerate(lines):
            self.now = clock.tick(line)
            self.scored.extend(fused.enrich_and_score(self.first, event_of(line, "mentions.raw", 0, offset), self.now))
        passed_on(self.scored, SCORED)


def envelope(records: list[Record]) -> bytes:
    return encode_batch([r[2] for r in records], [r[3] or b"" for r in records])


def cases_of(outputs: list[Record]) -> dict[str, set[str]]:
    """case_id -> the mention ids in it, over every revision in ``outputs``."""
    out: dict[str, set[str]] = {}
    for topic, _, _, value in outputs:
        if topic == ROUTED:
            case = orjson.loads(value or b"")
            out.setdefault(case["case_id"], set()).update(case["mention_ids"])
    return out


def revisions(outputs: list[Record]) -> set[tuple[str, int]]:
    return {(c["case_id"], c["revision"]) for c in (orjson.loads(v or b"") for t, _, _, v in outputs if t == ROUTED)}


def letters(outputs: list[Record]) -> list[dict[str, Any]]:
    return [orjson.loads(v or b"") for t, _, _, v in outputs if t == DEADLETTER]


def test_a_bad_mention_in_an_envelope_is_dead_lettered_alone(mf: MentionflowApp) -> None:
    hops = Hops(LINES[:3])
    bad = orjson.loads(hops.scored[1][3] or b"")
    del bad["analysis"]
    records = [hops.scored[0], (SCORED, None, hops.scored[1][2], orjson.dumps(bad)), hops.scored[2]]
    batch = [event_of(envelope(records), SCORED, 2, 17, b"k")]
    outputs = mf.handle_batch(batch, hops.second, "dedup", hops.now, unpack)
    assert mf.items_handled == 3
    (letter,) = letters(outputs)
    assert letter["stage"] == "dedup" and letter["error_code"] == "invalid_field"
    assert (letter["source"]["topic"], letter["source"]["partition"], letter["source"]["offset"]) == (SCORED, 2, 17)
    assert letter["source"]["key"] == hops.scored[1][2].decode()  # its own key, not the envelope's
    assert orjson.loads(letter["payload"]) == bad  # that mention alone
    ids = {orjson.loads(r[3] or b"")["mention"]["id"] for r in (hops.scored[0], hops.scored[2])}
    assert set().union(*cases_of(outputs).values()) >= ids  # the others made their cases


def test_a_failure_in_the_second_stage_names_it_and_spares_the_rest(mf: MentionflowApp) -> None:
    hops = Hops(LINES[:3])
    calls: list[int] = []

    def route_fails_once(event: Any, now: float) -> Any:
        calls.append(event.message.index)
        if event.message.index == 0:
            from mentionflow.runtime.records import StageFailed

            raise StageFailed("route", RuntimeError("rules exploded"))
        return hops.second(event, now)

    outputs = mf.handle_batch([event_of(envelope(hops.scored), SCORED, 0, 3)], route_fails_once, "dedup", 0.0, unpack)
    assert calls == [0, 1, 2]
    (letter,) = letters(outputs)
    assert letter["stage"] == "route" and letter["error_code"] == "processing_error"
    assert orjson.loads(letter["payload"]) == orjson.loads(hops.scored[0][3] or b"")


@pytest.mark.parametrize(
    "value",
    [b"{", b'{"schema_version":2,"count":3,"keys":[],"rest":[]}', b'{"schema_version":7}', None],
    ids=["malformed", "cut", "unknown-version", "tombstone"],
)
def test_a_record_that_cannot_be_unpacked_is_dead_lettered_whole(mf: MentionflowApp, value: bytes | None) -> None:
    hops = Hops(LINES[:1])
    (output,) = mf.handle_batch([event_of(value, SCORED, 1, 5, b"k")], hops.second, "dedup", 0.0, unpack)
    (letter,) = letters([output])
    assert letter["stage"] == "dedup" and letter["source"]["offset"] == 5
    assert letter["payload_bytes"] == len(value or b"")
    assert mf.items_handled == 0


def test_the_per_mention_format_of_an_older_producer_gives_the_same_cases(mf: MentionflowApp) -> None:
    lines = LINES[:60]
    single = Hops(lines)
    old = [event_of(r[3], SCORED, 0, i, r[2]) for i, r in enumerate(single.scored)]
    from_old = mf.handle_batch(old, single.second, "dedup", single.now, unpack)
    assert mf.items_handled == len(old) and not letters(from_old)
    batched = Hops(lines)
    half = len(batched.scored) // 2
    mixed = [  # a rolling upgrade: an old producer's records, then a new one's envelope
        *[event_of(r[3], SCORED, 0, i, r[2]) for i, r in enumerate(batched.scored[:half])],
        event_of(envelope(batched.scored[half:]), SCORED, 0, half, b"k"),
    ]
    from_mixed = mf.handle_batch(mixed, batched.second, "dedup", batched.now, unpack)
    assert by_revision(from_old) == by_revision(from_mixed)
    assert cases_of(from_old) == cases_of(from_mixed)


def test_a_replayed_envelope_makes_no_new_case_and_no_new_revision(mf: MentionflowApp) -> None:
    hops = Hops(LINES[:120])
    first = mf.handle_batch([event_of(envelope(hops.scored), SCORED, 0, 0)], hops.second, "dedup", hops.now, unpack)
    made, made_revisions = cases_of(first), revisions(first)
    assert made
    # The same envelope again (its outputs were sent, its offset not committed) ...
    again = mf.handle_batch([event_of(envelope(hops.scored), SCORED, 0, 0)], hops.second, "dedup", hops.now, unpack)
    # ... and the same mentions packed otherwise (the first hop replayed too: other batches).
    halves = [hops.scored[::2], hops.scored[1::2]]
    repacked = mf.handle_batch(
        [event_of(envelope(h), SCORED, 0, 1 + i) for i, h in enumerate(halves)], hops.second, "dedup", hops.now, unpack
    )
    for outputs in (again, repacked):
        assert revisions(outputs) <= made_revisions  # re-published at most, never new
        for case_id, ids in cases_of(outputs).items():
            assert ids <= made[case_id]
        assert not letters(outputs)


def test_a_stage_reading_an_internal_topic_with_an_external_one_unpacks_only_the_internal(
    mf: MentionflowApp,
) -> None:
    """The metrics stage reads mentions.unique (its posting times) with cases.routed."""
    from mentionflow.stages import metrics

    names = mf.settings.topics
    assert mf.unpacks([names.raw]) is None and mf.unpacks([names.routed, names.events]) is None
    assert mf.unpacks([names.scored]) is unpack
    unpacks = mf.unpacks([names.routed, names.unique])
    assert unpacks is not None
    hops = Hops(LINES[:4])
    _, _, d, _ = contexts(fresh_core())
    uniques = [u for r in hops.scored for u in dedup_records(d, r, hops.now)]
    case = b'{"case_id": "c-1", "schema_version": 1}'
    routed_event = event_of(case, names.routed, 0, 1, b"c-1")
    assert list(unpacks(routed_event)) == [routed_event]  # as it is: bytes, one event
    items = unpacks(event_of(envelope(uniques), names.unique, 0, 2))
    assert len(items) == len(uniques) and all(isinstance(i.message.value, dict) for i in items)
    rekey = metrics.Rekey(names.routed, names.unique, names.metrics_series, 60.0)
    for item in items:
        assert metrics.to_series(rekey, item, hops.now) == []
    ids = {orjson.loads(u[3] or b"")["mention"]["id"] for u in uniques}
    assert ids <= set(rekey.times._times)  # each mention's posting time noted


def dedup_records(d: Any, scored: Record, now: float) -> list[Record]:
    from mentionflow.stages import dedup

    return list(dedup.dedup(d, event_of(scored[3], SCORED, 0, 0, scored[2]), now))
