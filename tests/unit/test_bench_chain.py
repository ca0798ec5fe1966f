"""The bench's passthrough chains: their hop count is an option (what one faust hop costs)."""

from __future__ import annotations

import os

import pytest

from mentionflow.settings import load_settings
from mentionflow.tools.bench import config
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
