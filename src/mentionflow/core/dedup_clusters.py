"""Incident clusters beyond ``core/dedup.py``: which open incident a service-failure report joins
when its words barely overlap (reports of one failure in six languages share few words, but they
name the same thing failing); merging two clusters; and choosing the incident's id and case by
event time, not by processing order.

Order: reports of one incident reach the dedup stage from several upstream partitions, so their
processing order is not their posting order. Until the incident is published (its id on a case,
a report folded into its case), its id and its case are its EARLIEST report's (event time, then
mention id), so any read order of the same opening reports gives the same incident id and case.
What is published stays: a report that comes later than that keeps the published choice.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Any, Final

from mentionflow.core import similarity

# What fails ("=payment", "=login", "=call", "=card"): the concept words a report of a failing
# service names the failing thing by, whatever the language ("pago", "paiement", "Zahlung").
_ACTIONS: Final = similarity.SERVICE_ACTION_CONCEPTS


def same_failing_action(
    clusters: list[dict[str, Any]], words: AbstractSet[str], min_authors: int, typical_share: float
) -> dict[str, Any] | None:
    """The most recently joined open incident (``min_authors`` distinct authors at least) in
    ``clusters`` of which most reports name a failing thing this report names too ("paiement
    refusé partout" during an open incident of "payment failed", "Zahlung fehlgeschlagen", "pago
    rechazado"). ``words``: the report's concept-mapped stems. A report of another failing thing
    (a login during a payment incident) shares no action and joins none; a report naming none
    ("app down") is left to the word share."""
    actions = _ACTIONS & words
    if not actions:
        return None
    best: dict[str, Any] | None = None
    for cluster in clusters:
        if cluster["author_count"] < min_authors:
            continue
        typical = cluster["size"] * typical_share
        vocab = cluster["vocab"]
        if any(vocab.get(a, 0) >= typical for a in actions) and (best is None or cluster["last_at"] > best["last_at"]):
            best = cluster
    return best


def _precedes(ts: float, mention_id: str, at: Sequence[Any] | None) -> bool:
    """Whether a report at event time ``ts`` with ``mention_id`` comes before ``at`` ([ts, id];
    None: nothing known, so yes). Ties of event time go to the smaller mention id."""
    return at is None or (ts, mention_id) < (float(at[0]), str(at[1]))


def earliest_seed(cluster: dict[str, Any], ts: float, mention_id: str) -> bool:
    """Before the incident opens (its id is on no case yet), a report earlier than its seed is
    its new seed: True when the caller must give the cluster that report's incident id.
    Clusters stored before the seed was kept (no "seed") keep their id."""
    if cluster.get("level", 0) == 0 and "seed" in cluster and _precedes(ts, mention_id, cluster["seed"]):
        cluster["seed"] = [ts, mention_id]
        return True
    return False


def claim_case(cluster: dict[str, Any], case_id: str, ts: float, mention_id: str) -> bool:
    """Offer a plain report's own case as the incident's case; True when it is (now) the one.

    Until a report has folded into it ("case_fixed"), the incident's case is its earliest plain
    report's: an earlier report read late takes it over (and keeps its own case, as the first
    report does). A case stored before "case_at" was kept stays, as it was chosen."""
    if cluster.get("case") is None:
        cluster["case"], cluster["case_at"] = case_id, [ts, mention_id]
        return True
    if cluster.get("case_fixed") or "case_at" not in cluster or not _precedes(ts, mention_id, cluster["case_at"]):
        return False
    cluster["case"], cluster["case_at"] = case_id, [ts, mention_id]
    return True


def _case_wins(other: dict[str, Any], into: dict[str, Any]) -> bool:
    """Whether ``other``'s incident case is the merged cluster's: a case a report already folded
    into stays the incident's; otherwise the earlier report's."""
    if other.get("case") is None:
        return False
    if into.get("case") is None:
        return True
    if into.get("case_fixed") or other.get("case_fixed"):
        return not into.get("case_fixed")
    at = other.get("case_at")
    return at is not None and "case_at" in into and _precedes(float(at[0]), str(at[1]), into["case_at"])


def merge_cluster(into: dict[str, Any], other: dict[str, Any], max_authors: int, max_members: int) -> None:
    """Fold cluster ``other`` into ``into`` (a report matched both: they are one incident)."""
    into["first_at"] = min(into["first_at"], other["first_at"])
    into["last_at"] = max(into["last_at"], other["last_at"])
    into["size"] += other["size"]
    authors: list[str] = into["authors"]
    known_authors = set(authors)  # the lists hold up to 64 authors and 200 cases: no list scans
    for author in other["authors"]:
        if author not in known_authors:
            into["author_count"] += 1
            if len(authors) < max_authors:
                authors.append(author)
                known_authors.add(author)
    into["author_count"] = max(into["author_count"], len(authors))
    vocab = into["vocab"]
    for word, count in other["vocab"].items():
        vocab[word] = vocab.get(word, 0) + count
    into["joins"] = sorted([*into["joins"], *other["joins"]])[-100:]
    # Neither published yet: the earlier seed's id, whichever cluster was read first.
    if into.get("level", 0) == 0 and other.get("level", 0) == 0 and "seed" in into and "seed" in other:
        seed = other["seed"]
        if _precedes(float(seed[0]), str(seed[1]), into["seed"]):
            into["id"], into["seed"] = other["id"], seed
    if _case_wins(other, into):
        for field in ("case", "case_at", "case_fixed"):
            if field in other:
                into[field] = other[field]
            else:
                into.pop(field, None)
    members = into.setdefault("cases", [])
    known_members = set(members)
    for case_id in other.get("cases", ()):
        if case_id not in known_members and len(members) < max_members:
            members.append(case_id)
            known_members.add(case_id)
