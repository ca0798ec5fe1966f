"""How far behind the worker is, per input partition: the one lag computation behind /readyz,
the lag gauges and the stages' "caught up" checks (metrics' idle flush, lifecycle's SLA clock)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from faust.types import TP

from mentionflow import observability as obs


def records_behind(highwater: int, last: int | None, committed: int | None) -> int | None:
    """Records not processed yet on a partition whose end offset is ``highwater``, where the
    worker last processed offset ``last`` (None: nothing yet) and the group committed
    ``committed``; None when unknown (nothing read yet, no committed offset, records there)."""
    if last is not None:
        return max(0, highwater - (last + 1))
    if highwater == 0:
        return 0
    # Nothing read yet on this partition: the committed position is the best guess.
    return None if committed is None else max(0, highwater - committed)


class Lag:
    """Lag of the partitions assigned to this worker, from the offsets its stages processed
    (``processed``, written by the batch path) and the consumer's end offsets."""

    def __init__(self, consumer: Callable[[], Any]) -> None:
        self._consumer = consumer
        self.processed: dict[TP, int] = {}  # tp -> last offset a stage processed
        self._clock = obs.LagClock()
        self._gauges = obs.LagGauges()
        self._reported: set[TP] = set()

    def _highwater(self, tp: TP) -> int | None:
        try:
            highwater = self._consumer().highwater(tp)
        except Exception:
            return None
        return None if highwater is None else int(highwater)

    def _behind(self, tp: TP, highwater: int) -> int | None:
        committed = getattr(self._consumer(), "_committed_offset", {}).get(tp)
        return records_behind(highwater, self.processed.get(tp), committed)

    def partition(self, topic: str, partition: int) -> int | None:
        """Records not processed yet on one partition; None when unknown (not fetched yet)."""
        tp = TP(topic, partition)
        highwater = self._highwater(tp)
        return None if highwater is None else self._behind(tp, highwater)

    def caught_up(self, topics: Iterable[str], partition: int) -> bool:
        """Partition ``partition`` of every topic in ``topics`` is known to be fully processed."""
        return all(self.partition(topic, partition) == 0 for topic in topics)

    def by_partition(self) -> dict[TP, tuple[int, int]]:
        """Every assigned partition whose end offset is known: (records behind (0 when
        unknown), end offset)."""
        lag: dict[TP, tuple[int, int]] = {}
        try:
            assignment = self._consumer().assignment()
        except Exception:
            return lag
        for tp in assignment:
            highwater = self._highwater(tp)
            if highwater is None:
                continue
            lag[tp] = (self._behind(tp, highwater) or 0, highwater)
        return lag

    def by_topic(self) -> dict[str, int]:
        lag: dict[str, int] = {}
        for tp, (behind, _) in self.by_partition().items():
            lag[tp.topic] = lag.get(tp.topic, 0) + behind
        return lag

    def report(self, now: float) -> None:
        """Lag gauges for the partitions held now (stale children removed), in messages and seconds."""
        lags: dict[tuple[str, int], tuple[int, float]] = {}
        for tp, (behind, highwater) in self.by_partition().items():
            self._clock.observe(tp, highwater, now)
            lags[(tp.topic, tp.partition)] = (behind, self._clock.seconds(tp, highwater - behind, now))
        self._reported = {TP(topic, partition) for topic, partition in lags}
        self._clock.forget(self._reported)
        self._gauges.publish(lags)

    def on_assigned(self, assignment: Iterable[TP]) -> None:
        """A new assignment (all of it): gauges of partitions no longer held go."""
        self._gauges.drop([(tp.topic, tp.partition) for tp in self._reported - set(assignment)])

    def on_revoked(self, revoked: Iterable[TP]) -> None:
        self._gauges.drop([(tp.topic, tp.partition) for tp in revoked])
