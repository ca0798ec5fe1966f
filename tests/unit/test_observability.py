"""The in-process lag gauges and lag clock, and the metrics reference generated from observability.py."""

from __future__ import annotations

import sys
from pathlib import Path

from prometheus_client import Counter, Gauge, Histogram, generate_latest

from mentionflow import observability as obs

ROOT = Path(__file__).resolve().parents[2]


def samples(name: str) -> dict[tuple[tuple[str, str], ...], float]:
    out = {}
    for family in obs.REGISTRY.collect():
        for sample in family.samples:
            if sample.name == name:
                out[tuple(sorted(sample.labels.items()))] = sample.value
    return out


def test_lag_gauges_drop_the_children_of_partitions_that_moved() -> None:
    gauges = obs.LagGauges()
    gauges.publish({("t.lagtest", 0): (5, 2.0), ("t.lagtest", 1): (7, 3.5), ("u.lagtest", 0): (1, 0.5)})
    per_partition = samples("mentionflow_consumer_partition_lag_messages")
    assert per_partition[(("partition", "1"), ("topic", "t.lagtest"))] == 7
    assert samples("mentionflow_consumer_lag_messages")[(("topic", "t.lagtest"),)] == 12
    assert samples("mentionflow_consumer_lag_seconds")[(("partition", "1"), ("topic", "t.lagtest"))] == 3.5

    # A rebalance took partition 1 of t and all of u: their children go, t's sum is partition 0's.
    gauges.publish({("t.lagtest", 0): (4, 1.0)})
    per_partition = samples("mentionflow_consumer_partition_lag_messages")
    assert (("partition", "1"), ("topic", "t.lagtest")) not in per_partition
    assert (("partition", "0"), ("topic", "u.lagtest")) not in per_partition
    assert (("partition", "1"), ("topic", "t.lagtest")) not in samples("mentionflow_consumer_lag_seconds")
    topics = samples("mentionflow_consumer_lag_messages")
    assert topics[(("topic", "t.lagtest"),)] == 4 and (("topic", "u.lagtest"),) not in topics

    # Revoked between two reports: removed at once, not 5 s later.
    gauges.drop([("t.lagtest", 0)])
    assert not [k for k in samples("mentionflow_consumer_partition_lag_messages") if ("topic", "t.lagtest") in k]
    assert (("topic", "t.lagtest"),) not in samples("mentionflow_consumer_lag_messages")
    gauges.drop([("t.lagtest", 0)])  # twice: no error


def test_lag_clock_is_the_age_of_the_next_record() -> None:
    clock = obs.LagClock()
    tp = ("t", 0)
    clock.observe(tp, 100, now=1000.0)  # offsets 0..99 exist at t=1000
    clock.observe(tp, 100, now=1005.0)  # nothing new: no sample
    clock.observe(tp, 150, now=1010.0)  # 100..149 arrived by t=1010
    clock.observe(tp, 200, now=1020.0)
    assert clock.seconds(tp, 200, now=1030.0) == 0.0  # caught up
    assert clock.seconds(tp, 90, now=1030.0) == 30.0  # offset 90 existed at the first sample
    assert clock.seconds(tp, 120, now=1030.0) == 20.0  # offset 120 first seen at t=1010
    assert clock.seconds(tp, 160, now=1031.0) == 11.0
    # Offsets only move forward: what was processed is pruned, the answer stays.
    assert clock.seconds(tp, 160, now=1032.0) == 12.0
    clock.forget(keep=[])
    assert clock.seconds(tp, 160, now=1040.0) == 0.0


def test_lag_clock_keeps_a_bounded_history() -> None:
    clock = obs.LagClock(keep=3)
    for i in range(10):
        clock.observe("p", (i + 1) * 10, now=float(i))
    # Only the last three samples are kept: offset 0 is then dated by the oldest one (t=7).
    assert clock.seconds("p", 0, now=10.0) == 3.0


def test_process_and_platform_collectors_are_registered() -> None:
    text = generate_latest(obs.REGISTRY).decode()
    assert "python_info{" in text
    if sys.platform == "linux":  # the process collector reads procfs
        assert "process_resident_memory_bytes" in text and "process_cpu_seconds_total" in text
    assert "python_gc_objects_collected_total" in text


def test_families_list_every_metric_of_the_module() -> None:
    defined = {id(v) for v in vars(obs).values() if isinstance(v, Counter | Gauge | Histogram)}
    assert defined == {id(m) for m in obs.FAMILIES}
    assert len(obs.METRIC_NAMES) == len(obs.FAMILIES)


def test_metrics_reference_in_docs_is_up_to_date() -> None:
    text = (ROOT / "docs" / "metrics.md").read_text(encoding="utf-8")
    start = text.index(obs.REFERENCE_START)
    end = text.index(obs.REFERENCE_END) + len(obs.REFERENCE_END) + 1
    assert text[start:end] == obs.metrics_reference(), "run: python scripts/update_docs.py"
    for name in obs.METRIC_NAMES:
        assert f"| `{name}` |" in text, name
