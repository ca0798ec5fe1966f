"""Security on a real broker: SASL_SSL (SCRAM-SHA-512), mutual TLS and least-privilege ACLs.

One secure broker per module (``kafka_local.start(secure=True)`` in a temp home, free ports, the
main home's jar cache), started like ``mentionflow kafka start --secure``. Every client runs as
its own principal with only the ACLs of ``data/acls.yaml`` (applied by the super user mf-admin):

- the worker, ``replay``, ``tail`` and ``topics create`` take the sample end to end, over SASL_SSL
  and again over mutual TLS, with the worker's /metrics served over HTTPS behind basic auth;
- a wrong password, an unknown CA and a missing client certificate make each tool exit at once
  with one line naming the setting (no traceback, no retries);
- a principal without ACLs gets one clear authorization line and the worker exits (no spinning);
- no password or private key shows in any output or in /metrics.
"""

from __future__ import annotations

import base64
import os
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson
import pytest
import yaml

from mentionflow import acls
from mentionflow.procs import free_ports
from mentionflow.settings import packaged_data
from mentionflow.tools import kafka_local

from workerproc import WorkerProcess, worker_env

kafka_secure = pytest.importorskip("mentionflow.tools.kafka_secure", reason="--secure needs the cryptography package")

pytestmark = pytest.mark.integration

SAMPLE_LINES = sum(1 for line in packaged_data("sample_mentions.jsonl").read_bytes().splitlines() if line.strip())
WEB_USER, WEB_PASSWORD = "scraper", "web-Pa55-not-in-logs-9c2d"
FAIL_FAST_S = 20.0  # a refused connection must end a tool well within this


@dataclass
class SecureBroker:
    home: Path
    sasl_ssl: str
    ssl: str
    files: kafka_secure.SecureFiles

    def env(self, principal: str, kind: str) -> dict[str, str]:
        """MENTIONFLOW_* settings connecting as ``principal`` over ``kind`` (sasl | mtls)."""
        return kafka_secure.read_env_file(self.files.folder / f"{principal}.{kind}.env")

    def secrets(self) -> list[str]:
        """Every password and private key (its base64 body) that must never be printed."""
        found = list(self.files.passwords().values())
        for key in sorted(self.files.folder.glob("*.key")):
            body = "".join(line for line in key.read_text().splitlines() if not line.startswith("-----"))
            found += [body, body[:40]]
        return found


@pytest.fixture(scope="module")
def secure_broker(kafka_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecureBroker]:
    home = tmp_path_factory.mktemp("secure-kafka")
    libs = kafka_local.ensure_jars(kafka_home)
    port, cport, sasl_port, ssl_port = free_ports(4)
    t0 = time.monotonic()
    # detach=False: a killed pytest takes this broker with it.
    kafka_local.start(
        f"127.0.0.1:{port}",
        home,
        libs=libs,
        controller_port=cport,
        detach=False,
        secure=True,
        secure_ports=(sasl_port, ssl_port),
    )
    print(f"secure broker ready in {time.monotonic() - t0:.1f}s")
    try:
        files = kafka_secure.SecureFiles(home / "secure")
        yield SecureBroker(home, f"127.0.0.1:{sasl_port}", f"127.0.0.1:{ssl_port}", files)
    finally:
        kafka_local.stop(home)


def run_cli(args: list[str], env: dict[str, str], timeout: float = 120.0) -> tuple[int, str, float]:
    """``mentionflow <args>`` with only ``env``'s MENTIONFLOW_* variables; (rc, output, seconds)."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("MENTIONFLOW_")} | env
    t0 = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "mentionflow.cli", *args], env=full, capture_output=True, timeout=timeout, check=False
    )
    return proc.returncode, (proc.stdout + proc.stderr).decode("utf-8", "replace"), time.monotonic() - t0


def scope(prefix: str) -> dict[str, str]:
    """What every tool of one test shares with its worker (workerproc.worker_env): topics, app id."""
    return {
        "MENTIONFLOW_TOPIC_PREFIX": prefix,
        "MENTIONFLOW_APP_ID": f"mf-{prefix.strip('.')}",
        "MENTIONFLOW_TOPIC_PARTITIONS": "4",
    }


def apply_acls(broker: SecureBroker, prefix: str) -> str:
    rc, out, _ = run_cli(["acls", "apply"], broker.env("mf-admin", "sasl") | scope(prefix))
    assert rc == 0 and "applied" in out, out
    return out


def assert_no_secret(broker: SecureBroker, text: str, *extra: str) -> None:
    for secret in [*broker.secrets(), *extra]:
        assert secret not in text, "a password or private key was printed"


# ----------------------------------------------------------------------------------- end to end


@pytest.mark.parametrize("kind", ["sasl", "mtls"])
def test_sample_end_to_end_as_least_privilege_principals(
    secure_broker: SecureBroker, topic_prefix: str, tmp_path: Path, kind: str
) -> None:
    broker = secure_broker
    outputs = [apply_acls(broker, topic_prefix)]

    rc, out, _ = run_cli(["topics", "create"], broker.env("mf-topics", kind) | scope(topic_prefix))
    outputs.append(out)
    assert rc == 0 and "created 12 topic(s)" in out, out

    # The worker, with its web endpoints over HTTPS (certificate from the same throw-away CA) and
    # basic auth on /metrics.
    cert, key = kafka_secure.write_leaf(
        tmp_path, "web", *_ca_of(broker), server=True
    )  # a server certificate for 127.0.0.1
    env = worker_env(broker.sasl_ssl, topic_prefix) | broker.env("mf-worker", kind) | scope(topic_prefix)
    env |= {
        "MENTIONFLOW_LOG_LEVEL": "INFO",
        "MENTIONFLOW_WEB_TLS_CERTFILE": str(cert),
        "MENTIONFLOW_WEB_TLS_KEYFILE": str(key),
        "MENTIONFLOW_WEB_AUTH_USERNAME": WEB_USER,
        "MENTIONFLOW_WEB_AUTH_PASSWORD": WEB_PASSWORD,
    }
    tls = ssl.create_default_context(cafile=str(broker.files.ca))
    auth = "Basic " + base64.b64encode(f"{WEB_USER}:{WEB_PASSWORD}".encode()).decode()
    worker = WorkerProcess(env, tmp_path / "worker.log", tls=tls, authorization=auth).start()
    try:
        worker.wait_ready()
        rc, out, _ = run_cli(["replay", "sample", "--quiet"], broker.env("mf-replay", kind) | scope(topic_prefix))
        outputs.append(out)
        assert rc == 0 and f"replayed {SAMPLE_LINES} record(s)" in out, out

        rc, out, _ = run_cli(
            ["tail", "cases.routed", "--count", "100", "--timeout", "90"],
            broker.env("mf-tail", kind) | scope(topic_prefix),
        )
        outputs.append(out)
        assert rc == 0, (out[-2000:], worker.log_tail())
        cases = [orjson.loads(line) for line in out.splitlines() if line.startswith("{")]
        assert len(cases) == 100 and all(case["case_id"] and case["queue"] for case in cases)

        # /metrics: HTTPS, basic auth; /healthz and /readyz stay open for the orchestrator's probes.
        status, body = worker.get("/metrics")
        assert status == 200 and b"mentionflow_events_in_total" in body
        assert worker.get("/metrics", authorization="Basic " + base64.b64encode(b"scraper:wrong").decode())[0] == 401
        assert worker.get("/metrics", authorization="Bearer x")[0] == 401
        assert worker.get("/healthz", authorization="")[0] == 200
        assert_no_secret(broker, body.decode(), WEB_PASSWORD)
    finally:
        worker.stop()
    log = worker.log_path.read_text(errors="replace")
    assert "Traceback" not in log, log[-3000:]
    assert "AuthorizationFailed" not in log, log[-3000:]
    assert_no_secret(broker, "\n".join([*outputs, log]), WEB_PASSWORD)


def _ca_of(broker: SecureBroker) -> tuple[object, object]:
    """The home's CA key and certificate, to sign a web server certificate for a test."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    ca_key = serialization.load_pem_private_key(broker.files.ca_key.read_bytes(), password=None)
    return ca_key, x509.load_pem_x509_certificate(broker.files.ca.read_bytes())


# ----------------------------------------------------------------------------------- refused connections


def _commands() -> list[list[str]]:
    return [["worker", "--web-port", "0"], ["topics", "create"], ["replay", "sample", "--quiet"], ["tail", "raw"]]


@pytest.mark.parametrize(
    ("case", "setting"),
    [
        ("wrong_password", "MENTIONFLOW_SASL_PASSWORD"),
        ("unknown_ca", "MENTIONFLOW_SSL_CAFILE"),
        ("no_client_certificate", "MENTIONFLOW_SSL_CERTFILE"),
    ],
)
def test_refused_connection_fails_fast_with_one_line(
    secure_broker: SecureBroker, topic_prefix: str, tmp_path: Path, case: str, setting: str
) -> None:
    broker = secure_broker
    wrong_password = "not-the-password-3b9f"
    if case == "wrong_password":
        env = broker.env("mf-admin", "sasl") | {"MENTIONFLOW_SASL_PASSWORD": wrong_password}
    elif case == "unknown_ca":
        kafka_secure.write_ca(tmp_path / "other-ca", "some other CA")
        env = broker.env("mf-admin", "sasl") | {"MENTIONFLOW_SSL_CAFILE": str(tmp_path / "other-ca" / "ca.pem")}
    else:
        env = {k: v for k, v in broker.env("mf-admin", "mtls").items() if "CERTFILE" not in k and "KEYFILE" not in k}
    env |= scope(topic_prefix) | {"MENTIONFLOW_DATA_DIR": str(tmp_path / "data")}
    for command in _commands():
        rc, out, seconds = run_cli(command, env, timeout=60)
        lines = [line for line in out.splitlines() if line.strip()]
        assert rc == 2, (command, out)
        assert len(lines) == 1, (command, out)  # one line: no traceback, no log line per retry
        assert lines[0].startswith("mentionflow: ") and setting in lines[0], (command, lines[0])
        assert seconds < FAIL_FAST_S, (command, seconds)
        assert_no_secret(broker, out, wrong_password)
        print(f"{case} {command[0]}: {seconds:.1f}s: {lines[0]}")


# ----------------------------------------------------------------------------------- authorization


def test_principal_without_acls_gets_one_clear_line_and_the_worker_stops(
    secure_broker: SecureBroker, topic_prefix: str, tmp_path: Path
) -> None:
    broker = secure_broker
    # No ACLs for this prefix: authenticated, but allowed nothing.
    env = worker_env(broker.sasl_ssl, topic_prefix) | broker.env("mf-worker", "sasl") | scope(topic_prefix)
    worker = WorkerProcess(env, tmp_path / "worker.log").start()
    assert worker.proc is not None
    t0 = time.monotonic()
    rc = worker.proc.wait(timeout=60)
    seconds = time.monotonic() - t0
    lines = [line for line in worker.log_path.read_text().splitlines() if line.strip()]
    assert rc == 2 and len(lines) == 1, lines
    assert "not authorized" in lines[0] and "'mf-worker'" in lines[0] and "acls" in lines[0], lines[0]
    assert seconds < FAIL_FAST_S
    print(f"worker without ACLs: {seconds:.1f}s: {lines[0]}")

    # The pipeline's topics granted, but not faust's own (changelogs, assignor): still one line.
    grants = yaml.safe_load(acls.default_file().read_text())
    grants["grants"] = [g for g in grants["grants"] if g.get("topic_prefix") != "{app_id}-"]
    partial = tmp_path / "acls-without-changelogs.yaml"
    partial.write_text(yaml.safe_dump(grants))
    rc, out, _ = run_cli(
        ["acls", "apply", "--file", str(partial)], broker.env("mf-admin", "sasl") | scope(topic_prefix)
    )
    assert rc == 0, out
    worker = WorkerProcess(env, tmp_path / "worker2.log").start()
    assert worker.proc is not None
    rc = worker.proc.wait(timeout=60)
    lines = [line for line in worker.log_path.read_text().splitlines() if line.strip()]
    assert rc == 2 and "Traceback" not in "\n".join(lines), lines
    assert lines[-1].startswith("mentionflow: not authorized") and "changelog" in lines[-1], lines
    print(f"worker without changelog ACLs: {lines[-1]}")

    # With the ACLs applied, each tool still may only do its own job.
    apply_acls(broker, topic_prefix)
    rc, out, _ = run_cli(["topics", "create"], broker.env("mf-topics", "sasl") | scope(topic_prefix))
    assert rc == 0, out
    checks = [
        ("mf-replay", ["tail", "cases.routed", "--timeout", "5"], "topic"),  # replay may not read
        ("mf-tail", ["replay", "sample", "--quiet", "--topic", f"{topic_prefix}cases.routed"], "topic"),
        ("mf-replay", ["replay", "sample", "--quiet", "--topic", f"{topic_prefix}cases.routed"], "topic"),
        ("mf-tail", ["topics", "create"], "topic"),  # nothing to create, but its topics are hidden
    ]
    for principal, command, _what in checks:
        env = broker.env(principal, "sasl") | scope(topic_prefix)
        if command[0] == "topics":
            env["MENTIONFLOW_TOPIC_PREFIX"] = f"other-{topic_prefix}"
        rc, out, seconds = run_cli(command, env, timeout=60)
        lines = [line for line in out.splitlines() if line.strip()]
        assert rc == 2 and len(lines) == 1, (principal, command, out)
        assert lines[0].startswith("mentionflow: not authorized") and repr(principal) in lines[0], lines[0]
        assert seconds < FAIL_FAST_S
        assert_no_secret(broker, out)
        print(f"{principal} {' '.join(command[:2])}: {lines[0]}")
