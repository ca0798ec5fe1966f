"""Which open incident a service-failure report joins when its words barely overlap: reports of
one failure in six languages share few words, but they name the same thing failing."""

from __future__ import annotations

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
