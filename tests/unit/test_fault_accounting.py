"""The fault suite's accounting (tests/faults/harness.py) must be able to fail: a revision
published twice with different contents is divergent, not just "re-published"."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

_TESTS = Path(__file__).resolve().parent.parent
for _path in (_TESTS / "faults", _TESTS / "integration"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from harness import account, build_dataset  # noqa: E402


def case(case_id: str, revision: int, mention_ids: list[str], **fields: Any) -> dict[str, Any]:
    return {
        "case_id": case_id,
        "revision": revision,
        "mention_ids": mention_ids,
        "text": "t",
        "author": {"handle": "h"},
        "priority": "P3",
        "updated_at": "2026-11-20T09:00:00Z",
        **fields,
    }


def test_a_revision_published_twice_with_other_mentions_is_divergent() -> None:
    ds = build_dataset("acc", 8)
    ids = sorted(ds.valid_ids)
    cases = [case(f"c{i}", 1, [mid]) for i, mid in enumerate(ids)]
    same_again = [*cases, case("c0", 1, [ids[0]], updated_at="2026-11-20T09:05:00Z")]
    acc = account(ds, same_again, [])
    assert acc.divergent == 0 and acc.republished == 1 and not acc.problems
    other_again = [*cases, case("c0", 1, [ids[0]], priority="P1")]
    acc = account(ds, other_again, [])
    assert acc.divergent == 1
    assert any("divergent: c0 revision 1" in p and "priority" in p for p in acc.problems)


def test_every_valid_new_mention_of_the_fault_data_opens_a_case() -> None:
    """The fault suite counts a mention without a case as lost, so its data must be mentions the
    core turns into cases: a text it rightly reads as no brand (the bare "Parcelo", a verb in es/pt,
    before random syllables read as Portuguese: nemesis seed 666) is a false loss."""
    from mentionflow.schema import decode_raw_mention, parse_time
    from mentionflow.tools import scenarios

    make_core = scenarios.core_factory_from_settings()
    without_case = []
    for seed in (6, 666, 1234):
        for chunk in range(2):
            ds = build_dataset(f"nm{chunk}", 276, n_invalid=12, n_reposts=9, n_near_dups=9, seed=seed)
            for item in ds.valid:
                if item.label != "valid:new" or item.payload is None:
                    continue
                core = make_core()
                raw = decode_raw_mention(item.payload)
                now = parse_time(raw.created_at)
                if core.route(core.dedup(core.score(core.enrich(raw, now)), now), now) is None:
                    without_case.append((seed, raw.text))
    assert not without_case
