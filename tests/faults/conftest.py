"""Fixtures for the fault-injection suite (real broker, real ``mentionflow worker`` processes).

The broker fixtures (``kafka_home``, ``kafka_bootstrap``) are in tests/conftest.py. ``second_broker`` runs a throwaway
broker on free ports from a temp home, reusing the session broker's jar cache: the broker-restart
test stops and starts that one, never the shared 127.0.0.1:9092 broker.

Every test appends one row to ``harness.ROWS``; at the end of the session the rows are printed,
and with ``--faults-report docs/reliability.md`` the generated tables in that file are replaced
(see ``harness.render_report``).
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentionflow.procs import free_ports
from mentionflow.tools import kafka_local

_HERE = Path(__file__).resolve().parent
for _path in (_HERE, _HERE.parent / "integration"):  # harness + kafkautil
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import harness  # noqa: E402


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--faults-report",
        default=None,
        metavar="PATH",
        help="write the fault-suite results tables into PATH (docs/reliability.md), between its markers",
    )


def _faults_requested(config: pytest.Config) -> bool:
    """The suite takes minutes of CPU: it runs when asked for (a path inside tests/faults,
    ``-m faults``, or MENTIONFLOW_FAULTS=1), not as part of a plain ``pytest`` over all tests."""
    if os.environ.get("MENTIONFLOW_FAULTS") == "1" or any(
        m in (config.getoption("markexpr") or "") for m in ("faults", "nemesis")
    ):
        return True
    for arg in config.args:
        path = Path(arg.split("::")[0]).resolve()
        if path == _HERE or _HERE in path.parents:
            return True
    return False


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    requested = _faults_requested(config)
    skip = pytest.mark.skip(reason="fault suite: run `pytest tests/faults` (or -m faults, or MENTIONFLOW_FAULTS=1)")
    for item in items:
        if _HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.faults)
            if not requested:
                item.add_marker(skip)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if harness.ROWS or harness.GUARANTEE_ROWS:
        terminalreporter.section("fault suite results")
        for line in harness.results_markdown().splitlines():
            terminalreporter.write_line(line)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    path = session.config.getoption("--faults-report", default=None)
    if path and (harness.ROWS or harness.GUARANTEE_ROWS):
        harness.write_report(Path(path))


@pytest.fixture
def topic_prefix() -> str:
    """A fresh prefix per test: tests never share topics, consumer groups or data."""
    return f"f{uuid.uuid4().hex[:8]}."


@pytest.fixture
def second_broker(kafka_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[harness.SecondBroker]:
    libs = kafka_local.ensure_jars(kafka_home)
    port, cport = free_ports(2)
    # A smaller heap than the shared broker's: CPU and memory are shared with other engineers.
    monkeypatch.setenv("MENTIONFLOW_KAFKA_HEAP", os.environ.get("MENTIONFLOW_FAULTS_KAFKA_HEAP", "-Xmx384m -Xms128m"))
    broker = harness.SecondBroker(f"127.0.0.1:{port}", tmp_path / "kafka-home", libs, cport)
    broker.start()
    try:
        yield broker
    finally:
        broker.stop()  # whatever the test did, leave no broker behind


@pytest.fixture
def workers(kafka_bootstrap: str, topic_prefix: str, tmp_path: Path) -> Iterator[harness.Workers]:
    """Worker processes on the shared broker; whatever is still running is stopped at the end."""
    pool = harness.Workers(kafka_bootstrap, topic_prefix, tmp_path)
    try:
        yield pool
    finally:
        pool.close()
