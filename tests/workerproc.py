"""Run real ``mentionflow worker`` processes for integration and fault tests."""

from __future__ import annotations

import os
import signal
import socket
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import orjson


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def worker_env(bootstrap: str, prefix: str, **extra: Any) -> dict[str, str]:
    """Environment for a worker isolated by topic prefix and consumer group."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MENTIONFLOW_")}
    env.update(
        {
            "MENTIONFLOW_KAFKA": bootstrap,
            "MENTIONFLOW_TOPIC_PREFIX": prefix,
            "MENTIONFLOW_APP_ID": f"mf-{prefix.strip('.')}",
            "MENTIONFLOW_TOPIC_PARTITIONS": "4",
            "MENTIONFLOW_DATA_DIR": f"/tmp/mentionflow-test/{prefix.strip('.')}",
            "MENTIONFLOW_LOG_LEVEL": "WARNING",
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update({f"MENTIONFLOW_{k.upper()}": str(v) for k, v in extra.items()})
    return env


class WorkerProcess:
    """A ``mentionflow worker`` subprocess with its web port and log file."""

    def __init__(
        self,
        env: dict[str, str],
        log_path: Path,
        stages: str | None = None,
        *,
        tls: ssl.SSLContext | None = None,
        authorization: str | None = None,
    ) -> None:
        """``tls``: the worker serves HTTPS (MENTIONFLOW_WEB_TLS_CERTFILE) and this context verifies
        it; ``authorization``: the Authorization header every request sends (basic auth)."""
        self.env = dict(env)
        self.port = free_port()
        self.log_path = log_path
        self.stages = stages
        self.tls = tls
        self.authorization = authorization
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def start(self) -> WorkerProcess:
        args = [sys.executable, "-m", "mentionflow.cli", "worker", "--web-port", str(self.port)]
        if self.stages:
            args += ["--stages", self.stages]
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(args, env=self.env, stdout=log, stderr=subprocess.STDOUT)
        return self

    def get(self, path: str, timeout: float = 2.0, authorization: str | None = None) -> tuple[int, bytes]:
        request = urllib.request.Request(self.url + path)
        header = authorization or self.authorization
        if header:
            request.add_header("Authorization", header)
        try:
            with urllib.request.urlopen(request, timeout=timeout, context=self.tls) as resp:
                return resp.status, resp.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()

    def wait_ready(self, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"worker exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                status, _ = self.get("/readyz")
                if status == 200:
                    return
            except (OSError, urllib.error.URLError):
                pass
            time.sleep(0.5)
        raise TimeoutError(f"worker not ready after {timeout}s:\n{self.log_tail()}")

    def metrics(self) -> dict[str, float]:
        """The /metrics exposition as {'name{labels}': value}."""
        _, body = self.get("/metrics")
        values: dict[str, float] = {}
        for line in body.decode().splitlines():
            if line and not line.startswith("#"):
                name, _, value = line.rpartition(" ")
                values[name] = float(value)
        return values

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "<no log>"

    def stop(self, timeout: float = 30.0) -> int | None:
        """Graceful stop (SIGTERM: flush, commit, leave the group); SIGKILL if it hangs."""
        if self.proc is None or self.proc.poll() is not None:
            return None if self.proc is None else self.proc.returncode
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait(10)

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)


def mention(mention_id: str, text: str, **extra: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "schema_version": 1,
        "id": mention_id,
        "channel": "twitter",
        "text": text,
        "created_at": "2026-11-20T09:00:00Z",
        "author": {"id": f"a-{mention_id}", "handle": f"user_{mention_id}", "followers": 120},
    }
    record.update(extra)
    return record


def dumps(record: Any) -> bytes:
    return orjson.dumps(record)
