"""Run real ``mentionflow worker`` processes for integration and fault tests."""

from __future__ import annotations

import os
import ssl
import subprocess
from pathlib import Path
from typing import Any

import orjson

from mentionflow import procs
from mentionflow.procs import free_port

# Switches a whole test run may set for every worker (e.g. `MENTIONFLOW_INTERNAL_BATCHES=true make
# nemesis`); every other MENTIONFLOW_ variable of the caller is dropped so tests stay isolated.
PASSED_THROUGH = frozenset({"MENTIONFLOW_INTERNAL_BATCHES"})


def worker_env(bootstrap: str, prefix: str, **extra: Any) -> dict[str, str]:
    """Environment for a worker isolated by topic prefix and consumer group."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MENTIONFLOW_") or k in PASSED_THROUGH}
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
        args = procs.worker_args("--web-port", str(self.port))
        if self.stages:
            args += ["--stages", self.stages]
        self.proc = procs.spawn(args, self.env, self.log_path)
        return self

    def get(self, path: str, timeout: float = 2.0, authorization: str | None = None) -> tuple[int, bytes]:
        return procs.http_get(
            self.url + path, timeout, context=self.tls, authorization=authorization or self.authorization
        )

    def wait_ready(self, timeout: float = 90.0) -> None:
        procs.wait_ready(
            self.url, self.proc, timeout, log_path=self.log_path, context=self.tls, authorization=self.authorization
        )

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
        return procs.log_tail(self.log_path, lines)

    def stop(self, timeout: float = 30.0) -> int | None:
        """Graceful stop (SIGTERM: flush, commit, leave the group); SIGKILL if it hangs."""
        return None if self.proc is None else procs.stop(self.proc, timeout)

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
