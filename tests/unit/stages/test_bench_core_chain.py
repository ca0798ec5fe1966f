"""The bench's in-process chain (``tools/bench/chain.py``) is the worker's stages, not a copy of them:
the stage modules the worker registers, their handlers, the worker's batch path; and it gives the
cases the handlers give when called one by one."""

from __future__ import annotations

import inspect
from typing import Any

import orjson
import pytest
from chains import Clock, fused_chain, sample_lines, staged

from mentionflow.app import stage_modules
from mentionflow.runtime.records import Record
from mentionflow.runtime.worker import WorkerHost
from mentionflow.settings import load_settings
from mentionflow.stages import dedup, enrich, fused, route, sentiment
from mentionflow.tools.bench.chain import ChainHost
from mentionflow.tools.bench.config import STAGES

LINES = sample_lines()

HANDLERS = {
    "fused": [fused.enrich_and_score, fused.dedup_and_route],
    "staged": [enrich.enrich, sentiment.sentiment, dedup.dedup, route.route],
}


def chain_host(topology: str) -> ChainHost:
    return ChainHost(load_settings(stages=STAGES, topology=topology))


def cases(records: list[Record]) -> dict[tuple[str, int], bytes]:
    out: dict[tuple[str, int], bytes] = {}
    for topic, _partition, key, value in records:
        assert topic == "cases.routed"
        case = orjson.loads(value or b"")
        assert key == case["case_id"].encode()
        assert out.setdefault((case["case_id"], case["revision"]), value or b"") == value
    return out


def test_the_chain_runs_the_worker_batch_path_not_its_own() -> None:
    for name in ("handle_batch", "changelog_records", "dead_letter", "table", "topic"):
        assert getattr(ChainHost, name) is getattr(WorkerHost, name), name
    # Stages register through the worker's signature: a change there must reach the bench.
    assert inspect.signature(ChainHost.run_batches) == inspect.signature(WorkerHost.run_batches)


@pytest.mark.parametrize("topology", ["fused", "staged"])
def test_the_chain_registers_the_worker_stage_modules_and_their_handlers(topology: str) -> None:
    host = chain_host(topology)
    assert host.modules == stage_modules(host.settings)
    handlers = [agent.make_handler() for agent in host.agents]
    assert [getattr(h, "func", h) for h in handlers] == HANDLERS[topology]
    described = host.describe()
    assert described["topology"] == topology
    assert [a["handler"].rsplit(".", 1)[-1] for a in described["agents"]] == [f.__name__ for f in HANDLERS[topology]]


@pytest.mark.parametrize(("topology", "by_hand"), [("fused", fused_chain), ("staged", staged)])
async def test_the_chain_gives_the_cases_of_the_stage_handlers(topology: str, by_hand: Any) -> None:
    host = chain_host(topology)
    clock = Clock()
    out: list[Record] = []
    for line in LINES:  # one mention a batch, on the replay clock the by-hand chains use
        out.extend(host.run([(orjson.loads(line)["id"].encode(), line)], clock.tick(line)))
    assert cases(out) == cases(by_hand(LINES))
    assert sum(agent.events for agent in host.agents[:1]) == len(LINES)


async def test_batches_reach_every_agent_and_every_step_is_timed() -> None:
    host = chain_host("fused")
    records = [(orjson.loads(line)["id"].encode(), line) for line in LINES]
    out = [r for i in range(0, len(records), 100) for r in host.run(records[i : i + 100])]
    assert {r[0] for r in out} == {"cases.routed"} and len(out) >= len(LINES) * 0.9
    assert [agent.events > 0 for agent in host.agents] == [True, True]
    assert set(host.cpu_by_step()) == {"enrich", "sentiment", "dedup", "route", "batch path"}


def test_the_chain_needs_a_running_loop() -> None:
    with pytest.raises(RuntimeError):
        chain_host("fused").run([(b"k", LINES[0])])
