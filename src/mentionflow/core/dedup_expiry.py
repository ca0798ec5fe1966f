"""Dedup's expiry: what fell out of each window, against the stream's own time.

``seen`` remembers processing time (a replay memory), so it expires against the clock the
caller passes. The windows (authors, incidents, customer history) hold event times, so they
expire against the watermark, the newest event time decided, never against the wall clock:
a backlog, a replay or late data runs behind the wall clock, and its windows must still hold
what the same traffic would have found live.

- Per partition where the store knows its keys' partitions (a ``TableStore``:
  ``owned_items``): one worker's partitions may run at different event times (one live, one
  restored and behind), and one partition's watermark must not expire another's state.
- A partition with no watermark (this worker has decided no mention there since it started,
  e.g. one just taken over with restored tables) expires nothing: its state waits for its
  first mention, and memory stays bounded by what it restored.
- A plain mapping (tests, ``mentionflow process``) is one partition under ``watermark``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, MutableMapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mentionflow.core.dedup import Deduper


def _newest_before(entries: Any, cutoff: float) -> bool:
    # The newest entry decides (one mention dated 1900 last must not expire an active author).
    return not entries or max(e[0] for e in entries) < cutoff


def _clusters_before(clusters: Any, cutoff: float) -> bool:
    return all(c["last_at"] < cutoff for c in clusters)


def _keyed(store: Mapping[str, Any], watermark: float, by_partition: Mapping[int, float]) -> list[tuple[float, str]]:
    """(watermark, key) for each key whose partition has a watermark."""
    owned: Callable[[], Iterable[tuple[int, str]]] | None = getattr(store, "owned_items", None)
    if owned is None:
        return [(watermark, key) for key in list(store)] if watermark else []
    return [(by_partition[p], key) for p, key in list(owned()) if by_partition.get(p)]


def _expire_window(
    store: MutableMapping[str, Any],
    window: float,
    stale: Callable[[Any, float], bool],
    watermark: float,
    by_partition: Mapping[int, float],
) -> int:
    removed = 0
    for wm, key in _keyed(store, watermark, by_partition):
        value = store.get(key)
        if value is not None and stale(value, wm - window):
            del store[key]
            removed += 1
    return removed


def expire(d: Deduper, now: float) -> int:
    """Forget what fell out of every window; returns how many keys were deleted. ``now`` is
    processing time (``seen`` only)."""
    removed = 0
    seen_cutoff = now - d.config.seen_ttl_s
    for mention_id in [k for k, v in d.seen.items() if v[1] < seen_cutoff]:
        del d.seen[mention_id]
        removed += 1
    cfg, wm, by_partition = d.config, d.watermark, d.watermarks
    removed += _expire_window(d.authors, cfg.near_dup_window_s, _newest_before, wm, by_partition)
    removed += _expire_window(d.incidents, cfg.incident_window_s, _clusters_before, wm, by_partition)
    removed += _expire_window(d.history, cfg.customer_memory_s, _newest_before, wm, by_partition)
    return removed
