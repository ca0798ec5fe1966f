"""The bench's passthrough chains: their hop count is an option (what one faust hop costs); the
quix-streams peer (skipped without the bench extra) and each scenario's ratios to the limit and the peer."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Any

import pytest

from mentionflow.settings import load_settings
from mentionflow.tools.bench import config, report, scenarios, systems
from mentionflow.tools.bench.data import RunContext
from mentionflow.tools.bench.main import parse_args


@pytest.fixture
def restore_hops(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "HOPS", config.HOPS)
    monkeypatch.setattr(config, "CHAIN_HOPS", config.CHAIN_HOPS)
    monkeypatch.setattr(config, "SCENARIO_TITLES", dict(config.SCENARIO_TITLES))
    monkeypatch.delenv("MENTIONFLOW_BENCH_CHAIN_HOPS", raising=False)


def test_the_chains_get_the_pipelines_hops() -> None:
    assert config.pipeline_hops(load_settings(stages=config.STAGES)) == 2  # auto: fused
    assert config.pipeline_hops(load_settings(stages=config.STAGES, topology="staged")) == 4
    assert config.HOPS == ("raw", "t1", "t2", "t3", "out")  # the module's default: 4


@pytest.mark.usefixtures("restore_hops")
@pytest.mark.parametrize(("hops", "topics"), [(1, ("raw", "out")), (2, ("raw", "t1", "out"))])
def test_chain_hops_option(hops: int, topics: tuple[str, ...], monkeypatch: pytest.MonkeyPatch) -> None:
    args = parse_args(["--chain-hops", str(hops)])
    config.set_chain_hops(args.chain_hops)
    assert topics == config.HOPS
    assert config.SCENARIO_TITLES["limit"] == f"limit: raw aiokafka, {hops} hops"
    # The role subprocesses build their chain from the environment.
    assert os.environ["MENTIONFLOW_BENCH_CHAIN_HOPS"] == str(hops)


def test_chain_hops_out_of_range_is_refused() -> None:
    with pytest.raises(SystemExit):
        parse_args(["--chain-hops", "0"])


def test_the_quix_peer_gets_the_chains_hops_too(restore_hops: None) -> None:
    config.set_chain_hops(2)
    assert config.SCENARIO_TITLES["quix_chain"] == "quix-streams passthrough, 2 hops"


async def test_without_quixstreams_the_peer_row_is_skipped_with_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "quixstreams" else real(name, *a))
    assert "pip install -e '.[bench]'" in (systems.quix_missing() or "")
    ctx = RunContext(load_settings(), None, config.QUICK, "run", tmp_path)  # type: ignore[arg-type]
    await scenarios.run_all(ctx, {"quix_chain"})  # starts nothing: no broker needed
    row = ctx.results["scenarios"]["quix_chain"]
    assert "quixstreams is not installed" in row["skipped"]
    assert [r[:2] for r in report.table_rows(ctx.results)] == [[config.SCENARIO_TITLES["quix_chain"], "skipped"]]


def test_every_scenario_shows_its_ratio_to_the_limit_and_to_the_quix_peer() -> None:
    def scenario(rate: float) -> dict[str, Any]:
        return {"throughput": {"mentions_per_s": rate, "mentions": 10}}

    sc = {"limit": scenario(20_000), "faust_chain": scenario(1_000), "quix_chain": scenario(10_000)}
    results: dict[str, Any] = {"scenarios": {**sc, "pipeline_1w": scenario(2_500)}}
    top = report.summarise(results)
    assert top["quix_chain_mentions_per_s"] == 10_000
    assert top["pipeline_vs_quix_ratio"] == 0.25 and top["faust_vs_quix_ratio"] == 0.1
    rows = {r[0]: r for r in report.table_rows(results)}
    vs_limit, vs_quix = report.HEADER.index("vs limit"), report.HEADER.index("vs quix")
    assert rows[config.SCENARIO_TITLES["pipeline_1w"]][vs_limit] == "0.12"
    assert rows[config.SCENARIO_TITLES["pipeline_1w"]][vs_quix] == "0.25"
    assert rows[config.SCENARIO_TITLES["quix_chain"]][vs_quix] == "1.00"
