"""The fused topology (two hops) and the staged one (four hops, each record handed on as bytes)
give the same cases for the same mentions: the same (case_id, revision) with the same content."""

from __future__ import annotations

from typing import Any

import orjson
from chains import fused_chain, sample_lines, staged
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

LINES = sample_lines()


def by_revision(records: list[Any]) -> dict[tuple[str, int], bytes]:
    """Each (case_id, revision) and its content. A revision published twice (the fused hop
    re-publishes an escalation on a replay) must be the same record both times."""
    out: dict[tuple[str, int], bytes] = {}
    for topic, partition, key, value in records:
        assert topic == "cases.routed" and partition is None
        case = orjson.loads(value)
        assert key == case["case_id"].encode()
        revision = (case["case_id"], case["revision"])
        assert out.setdefault(revision, value) == value, revision
    return out


@st.composite
def streams(draw: Any) -> list[bytes]:
    """A stretch of the sample stream (incidents need mentions close in time), with some of its
    mentions delivered again (replays) at random places."""
    start = draw(st.integers(0, len(LINES) - 1))
    length = draw(st.integers(1, 150))
    lines = LINES[start : start + length]
    for _ in range(draw(st.integers(0, 8))):
        again = lines[draw(st.integers(0, len(lines) - 1))]
        lines.insert(draw(st.integers(0, len(lines))), again)
    return lines


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(streams())
def test_fused_and_staged_give_the_same_cases(lines: list[bytes]) -> None:
    assert by_revision(fused_chain(lines)) == by_revision(staged(lines))


def test_the_whole_sample_gives_the_same_cases_and_escalates_incidents() -> None:
    fused, stepwise = by_revision(fused_chain(LINES)), by_revision(staged(LINES))
    assert fused == stepwise
    assert any(orjson.loads(v).get("update") == "incident_escalated" for v in fused.values()), "no escalation exercised"
