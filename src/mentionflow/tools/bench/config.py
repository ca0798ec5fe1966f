"""The bench's constants, sizes and targets, and the passthrough chains' hops (set once per run)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from mentionflow.settings import Settings

PARTITIONS = 4  # every topic of every scenario: >= 2 workers x 2 partitions each


def chain_topics(hops: int) -> tuple[str, ...]:
    """The passthrough chains' topics: raw -> t1 .. -> out."""
    return ("raw", *(f"t{i}" for i in range(1, hops)), "out")


# main() gives the chains the pipeline's hops (``pipeline_hops``) or ``--chain-hops``, through
# MENTIONFLOW_BENCH_CHAIN_HOPS so that the role subprocesses build the same chain. set_chain_hops
# rebinds CHAIN_HOPS and HOPS and updates SCENARIO_TITLES: read them as ``config.HOPS``, never
# ``from ...config import HOPS`` (that copy would keep the default).
CHAIN_HOPS = int(os.environ.get("MENTIONFLOW_BENCH_CHAIN_HOPS", "4"))


HOPS = chain_topics(CHAIN_HOPS)


LATENCY_RATE = 1000.0  # mentions/s offered in the latency phase


STAGES = "enrich,sentiment,dedup,route"


# Targets shown next to the results (docs/benchmarks.md).
TARGET_PIPELINE_VS_FAUST = 0.70


TARGET_CORE = 20_000.0


TARGET_P99_MS = 250.0


TARGET_TWO_WORKERS = 1.6


TARGET_RSS_GROWTH_MB = 100.0


@dataclass(frozen=True)
class Sizes:
    warmup: int
    limit: int
    faust_chain: int
    quix_chain: int
    pipeline: int
    latency_s: float
    latency_wait_s: float  # after the paced phase; outputs later than this count as late
    core: int
    core_warmup: int
    stall_s: float


QUICK = Sizes(
    warmup=300,
    limit=20_000,
    faust_chain=3_000,
    quix_chain=5_000,
    pipeline=1_500,
    latency_s=3.0,
    latency_wait_s=8.0,
    core=3_000,
    core_warmup=1_000,
    stall_s=45.0,
)


FULL = Sizes(
    warmup=1_000,
    limit=100_000,
    faust_chain=20_000,
    quix_chain=50_000,
    pipeline=20_000,  # as many as the faust chain: the pipeline fill time weighs the same
    latency_s=15.0,
    latency_wait_s=60.0,
    core=30_000,
    core_warmup=3_000,
    stall_s=90.0,
)


class BenchError(RuntimeError):
    """A scenario could not be measured; the message says why."""


def say(msg: str) -> None:
    print(f"bench: {msg}", file=sys.stderr, flush=True)


SCENARIO_TITLES = {
    "limit": f"limit: raw aiokafka, {CHAIN_HOPS} hops",
    "faust_chain": f"bare faust chain, {CHAIN_HOPS} hops",
    "quix_chain": f"quix-streams passthrough, {CHAIN_HOPS} hops",
    "pipeline_1w": "mentionflow, 1 worker",
    "pipeline_2w": "mentionflow, 2 workers",
}


def pipeline_hops(worker_settings: Settings) -> int:
    """Topic hops a mention takes through the bench's workers (the chains get as many):
    2 fused (enrich+sentiment, dedup+route), 4 staged."""
    return 2 if worker_settings.fused else 4


def set_chain_hops(n: int) -> None:
    """Chains of ``n`` hops, here and in the role processes (they read the environment)."""
    global CHAIN_HOPS, HOPS
    os.environ["MENTIONFLOW_BENCH_CHAIN_HOPS"] = str(n)
    CHAIN_HOPS = n
    HOPS = chain_topics(n)
    SCENARIO_TITLES["limit"] = f"limit: raw aiokafka, {n} hops"
    SCENARIO_TITLES["faust_chain"] = f"bare faust chain, {n} hops"
    SCENARIO_TITLES["quix_chain"] = f"quix-streams passthrough, {n} hops"
