"""A real Prometheus scrapes mentionflow's /metrics, loads alerts.yml and runs the dashboard's queries.

Needs the Prometheus server binary (Debian/Ubuntu: `apt-get install -y prometheus`, which gives
/usr/bin/prometheus and /usr/bin/promtool); skips without it. No Kafka needed.

The scrape target comes from the `metrics_target` fixture. Here it serves the real
`mentionflow.observability` registry with prometheus_client's HTTP server; to test a live worker
instead, override the fixture to start `mentionflow worker` and return its "host:port", e.g.

    @pytest.fixture
    def metrics_target(kafka_bootstrap, topic_prefix, tmp_path):
        worker = WorkerProcess(worker_env(kafka_bootstrap, topic_prefix), tmp_path / "w.log").start()
        worker.wait_ready()
        yield f"127.0.0.1:{worker.port}"
        worker.stop()
"""

from __future__ import annotations

import json
import os
import re
import shutil
import string
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
import yaml

from mentionflow import observability
from mentionflow.procs import free_port, spawn, stop

ROOT = Path(__file__).resolve().parents[2]
PROM_DIR = ROOT / "deploy" / "prometheus"
TEMPLATE = PROM_DIR / "prometheus-local.yml.tmpl"
DASHBOARD = ROOT / "deploy" / "grafana" / "dashboards" / "mentionflow.json"


def _prometheus_binary() -> str | None:
    for candidate in (shutil.which("prometheus"), "/usr/bin/prometheus"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


PROMETHEUS = _prometheus_binary()
pytestmark = pytest.mark.skipif(
    PROMETHEUS is None, reason="Prometheus server not installed: apt-get install -y prometheus"
)

T = TypeVar("T")


def wait_for(what: str, probe: Callable[[], T | None], timeout: float = 30.0, interval: float = 0.25) -> T:
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        try:
            result = probe()
        except (OSError, ValueError, KeyError) as exc:  # not up yet, or not scraped yet
            last_error = exc
        else:
            if result is not None:
                return result
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what} (last error: {last_error!r})")


def get_json(url: str) -> dict[str, Any]:
    with urllib.request.urlopen(url, timeout=5) as response:
        return json.loads(response.read())


@pytest.fixture
def metrics_target() -> Iterator[str]:
    """host:port of a /metrics endpoint serving mentionflow's registry, with a non-zero counter."""
    from prometheus_client import start_http_server

    observability.EVENTS_IN.labels(stage="enrich").inc(3)
    port = free_port()
    server, thread = start_http_server(port, addr="127.0.0.1", registry=observability.REGISTRY)
    try:
        yield f"127.0.0.1:{port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def prometheus(metrics_target: str, tmp_path: Path) -> Iterator[str]:
    """Base URL of a throw-away Prometheus on loopback scraping `metrics_target` every second."""
    assert PROMETHEUS is not None
    config = tmp_path / "prometheus.yml"
    config.write_text(
        string.Template(TEMPLATE.read_text(encoding="utf-8")).substitute(
            target=metrics_target, scrape_interval="1s", rule_file=str(PROM_DIR / "alerts.yml")
        ),
        encoding="utf-8",
    )
    port = free_port()
    args = [
        PROMETHEUS,
        f"--config.file={config}",
        f"--storage.tsdb.path={tmp_path / 'data'}",
        f"--web.listen-address=127.0.0.1:{port}",
        "--log.level=warn",
    ]
    proc = spawn(args, dict(os.environ), tmp_path / "prometheus.log", append=False)
    base = f"http://127.0.0.1:{port}"
    try:

        def ready() -> bool | None:
            if proc.poll() is not None:
                raise AssertionError(
                    f"prometheus exited with {proc.returncode}:\n{(tmp_path / 'prometheus.log').read_text()}"
                )
            with urllib.request.urlopen(f"{base}/-/ready", timeout=2) as response:
                return True if response.status == 200 else None

        wait_for("prometheus /-/ready", ready)
        yield base
    finally:
        stop(proc, timeout=15)


def query(base: str, promql: str) -> list[dict[str, Any]]:
    url = f"{base}/api/v1/query?" + urllib.parse.urlencode({"query": promql})
    try:
        body = get_json(url)
    except urllib.error.HTTPError as exc:  # 400/422: bad expression
        raise AssertionError(f"{promql}: {exc.read().decode()}") from None
    assert body["status"] == "success", body
    return body["data"]["result"]


def test_prometheus_scrapes_mentionflow_metrics(prometheus: str) -> None:
    def scraped() -> float | None:
        result = query(prometheus, 'mentionflow_events_in_total{job="mentionflow", stage="enrich"}')
        value = float(result[0]["value"][1]) if result else 0.0
        return value if value > 0 else None

    assert wait_for("a scrape with mentionflow_events_in_total > 0", scraped) >= 3
    (up,) = query(prometheus, 'up{job="mentionflow"}')
    assert up["value"][1] == "1"
    # A family the app defines but this target has not touched is still exposed (no labels).
    assert query(prometheus, 'mentionflow_incidents_open{job="mentionflow"}')


def test_prometheus_loads_the_alert_rules(prometheus: str) -> None:
    expected = {
        rule["alert"]
        for group in yaml.safe_load((PROM_DIR / "alerts.yml").read_text())["groups"]
        for rule in group["rules"]
    }

    def evaluated() -> dict[str, str] | None:
        groups = get_json(f"{prometheus}/api/v1/rules")["data"]["groups"]
        health = {r["name"]: r["health"] for g in groups for r in g["rules"]}
        return health if set(health) == expected and "unknown" not in health.values() else None

    health = wait_for("every alert rule evaluated", evaluated)
    assert set(health.values()) == {"ok"}, health


def test_dashboard_queries_run(prometheus: str) -> None:
    board = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    exprs = [t["expr"] for p in board["panels"] for t in p.get("targets", [])]
    assert exprs
    for expr in exprs:
        promql = expr.replace("$__rate_interval", "1m").replace("$__range", "5m")
        query(prometheus, re.sub(r"\$\{?\w+\}?", ".*", promql))
