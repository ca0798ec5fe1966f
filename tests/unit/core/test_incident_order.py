"""An incident's case and id do not depend on the order its reports are read in.

Reports of one incident come to the dedup stage from several upstream partitions, so the order
they are processed in is not the order they were posted in. Until a report has folded into the
incident's case, that case is the EARLIEST plain report's (event time, then mention id), and the
incident's id is its earliest report's until it opens; an exact re-delivery changes nothing."""

from __future__ import annotations

from itertools import permutations

import pytest

from mentionflow.core.dedup import Deduper, case_id_for
from mentionflow.schema import DedupDecision

from .test_dedup import deduper, scored

KEY = "brand:nimbus"

# Own sentences: one outage, four languages' worth of wording kept within one language per set
# (cross-language joining is tested elsewhere); five customers each.
REPORTS = {
    "en": [
        "nimbus broadband down in york, no internet since 7",
        "no internet in york since 7, nimbus broadband down",
        "york broadband down again, no internet at all nimbus",
        "nimbus no internet here in york, broadband down",
        "broadband down york no internet, nimbus please fix",
    ],
    "es": [
        "nimbus sin internet en york desde las 7, fibra caída",
        "fibra caída en york, sin internet desde las 7 nimbus",
        "otra vez sin internet en york, la fibra caída nimbus",
        "nimbus sin internet aquí en york, fibra caída",
        "fibra caída york sin internet, nimbus arreglad esto",
    ],
}


def _run(d: Deduper, lang: str, order: tuple[int, ...]) -> dict[int, DedupDecision]:
    out: dict[int, DedupDecision] = {}
    for step, i in enumerate(order):
        m = scored(f"r{i}", REPORTS[lang][i], author=f"a{i}", minute=i)
        m.enrichment.lang = lang
        out[i] = d.decide(m, now=1000 + step)
    return out


@pytest.mark.parametrize("lang", sorted(REPORTS))
def test_any_read_order_of_the_opening_reports_gives_one_grouping_one_case_and_one_id(lang: str) -> None:
    reference = _run(deduper(incident_min_authors=3), lang, (0, 1, 2, 3, 4))
    first_case = case_id_for(KEY, "r0")
    assert [reference[i].action for i in range(5)] == ["new_case"] * 3 + ["incident_report"] * 2
    assert reference[3].case_id == reference[4].case_id == first_case
    incident_id = reference[4].incident_id
    assert incident_id is not None
    for opening in permutations((0, 1, 2)):
        got = _run(deduper(incident_min_authors=3), lang, (*opening, 3, 4))
        assert {i: (d.action, d.case_id) for i, d in got.items()} == {
            i: (d.action, d.case_id) for i, d in reference.items()
        }, opening
        assert got[4].incident_id == incident_id and got[4].incident_size == 5, opening


@pytest.mark.parametrize("lang", sorted(REPORTS))
def test_every_read_order_folds_later_reports_into_the_earliest_reports_case(lang: str) -> None:
    first_case = case_id_for(KEY, "r0")
    reference_id = _run(deduper(incident_min_authors=3), lang, (0, 1, 2, 3, 4))[4].incident_id
    for order in permutations(range(4)):
        got = _run(deduper(incident_min_authors=3), lang, (*order, 4))
        assert (got[4].action, got[4].case_id) == ("incident_report", first_case), order
        folded = [i for i, d in got.items() if d.action == "incident_report"]
        assert all(got[i].case_id == first_case for i in folded), order
        # Every other report keeps a case of its own (its own id's), whatever the order.
        assert all(got[i].case_id == case_id_for(KEY, f"r{i}") for i in got if i not in folded), order
        if order.index(0) < 3:  # the earliest report was read before the incident opened
            assert got[4].incident_id == reference_id, order


def test_same_time_reports_are_ordered_by_mention_id() -> None:
    cases = set()
    for order in permutations(range(3)):
        d = deduper(incident_min_authors=3)
        for i in order:  # all posted in the same minute
            d.decide(scored(f"r{i}", REPORTS["en"][i], author=f"a{i}", minute=5), now=1000 + i)
        late = d.decide(scored("r9", REPORTS["en"][3], author="a9", minute=6), now=2000)
        assert late.action == "incident_report"
        cases.add(late.case_id)
    assert cases == {case_id_for(KEY, "r0")}


def test_a_redelivered_report_lands_on_the_same_case_after_the_incident_case_moved() -> None:
    d = deduper(incident_min_authors=3)
    first = _run(d, "en", (1, 0, 2, 3))
    assert first[3].case_id == case_id_for(KEY, "r0")  # r0, read second, is the earliest
    for i in (1, 0, 2, 3):
        again = d.decide(scored(f"r{i}", REPORTS["en"][i], author=f"a{i}", minute=i), now=5000 + i)
        assert (again.action, again.case_id) == ("replay", first[i].case_id), i
    fifth = d.decide(scored("r4", REPORTS["en"][4], author="a4", minute=4), now=6000)
    assert (fifth.action, fifth.case_id) == ("incident_report", case_id_for(KEY, "r0"))


def test_once_a_report_folded_in_the_incidents_case_stays() -> None:
    # Negative control: an earlier report read after a fold does not move the published case.
    d = deduper(incident_min_authors=3)
    got = _run(d, "en", (1, 2, 3, 4, 0))
    assert got[4].action == "incident_report" and got[4].case_id == case_id_for(KEY, "r1")
    assert (got[0].action, got[0].case_id) == ("incident_report", case_id_for(KEY, "r1"))


def test_a_late_earlier_report_of_a_matter_of_its_own_does_not_become_the_incidents_case() -> None:
    # Negative control: only a plain report is the incident's case; a legal threat keeps its own.
    d = deduper(incident_min_authors=3)
    _run(d, "en", (1, 2, 3))
    legal = scored("r0", REPORTS["en"][0] + ", my lawyer will hear of this", author="a0", minute=0)
    legal.analysis.signals = ["legal"]
    assert d.decide(legal, now=3000).case_id == case_id_for(KEY, "r0")
    fifth = d.decide(scored("r4", REPORTS["en"][4], author="a4", minute=4), now=4000)
    assert (fifth.action, fifth.case_id) == ("incident_report", case_id_for(KEY, "r1"))
