"""Child processes, in one place: free ports, spawning a ``mentionflow worker``, waiting for its
``/readyz``, reading its web endpoints, stopping it.

Used by the ``mentionflow worker`` command (its web port), the demo, the bench and the tests'
worker harness (``tests/workerproc.py``, ``tests/integration``). Standard library only.
"""

from __future__ import annotations

import contextlib
import signal
import socket
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path

LOOPBACK = "127.0.0.1"


def free_port(host: str = LOOPBACK) -> int:
    """A port the OS says is free now (it may be taken again before it is used)."""
    return free_ports(1, host)[0]


def free_ports(count: int, host: str = LOOPBACK) -> list[int]:
    """``count`` distinct free ports (all bound at once, so no two are the same)."""
    socks = [socket.socket(socket.AF_INET, socket.SOCK_STREAM) for _ in range(count)]
    try:
        for sock in socks:
            sock.bind((host, 0))
        return [int(sock.getsockname()[1]) for sock in socks]
    finally:
        for sock in socks:
            sock.close()


def port_or_next_free(host: str, start: int, tries: int = 32) -> int:
    """The configured port, or the next free one: two workers on one host share the setting."""
    for port in range(start, start + tries):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind((host, port))
            except OSError:
                continue
            return port
    raise SystemExit(f"no free port for the web server in {start}..{start + tries - 1} on {host}")


def worker_args(*extra: str) -> list[str]:
    """The command line of a ``mentionflow worker`` with this interpreter."""
    return [sys.executable, "-m", "mentionflow.cli", "worker", *extra]


def spawn(args: Sequence[str], env: dict[str, str], log_path: Path, *, append: bool = True) -> subprocess.Popen[bytes]:
    """Start ``args`` with stdout and stderr into ``log_path`` (appended, or truncated first) and
    no stdin."""
    log = log_path.open("ab" if append else "wb")
    try:
        return subprocess.Popen(list(args), env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    finally:
        log.close()


def stop(proc: subprocess.Popen[bytes], timeout: float = 30.0, sig: int = signal.SIGTERM) -> int | None:
    """Stop ``proc``: ``sig`` (SIGTERM: a worker flushes, commits and leaves its group), then
    SIGKILL if it has not exited after ``timeout`` s. Its exit code; None if even SIGKILL hangs."""
    if proc.poll() is not None:
        return proc.returncode
    with contextlib.suppress(ProcessLookupError):
        proc.send_signal(sig)
    try:
        return proc.wait(timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            proc.kill()
        try:
            return proc.wait(10)
        except subprocess.TimeoutExpired:
            return None


def http_get(
    url: str, timeout: float = 2.0, *, context: ssl.SSLContext | None = None, authorization: str | None = None
) -> tuple[int, bytes]:
    """(status, body) of a GET; an HTTP error status is returned, not raised. Connection errors
    raise (OSError, URLError)."""
    request = urllib.request.Request(url)
    if authorization:
        request.add_header("Authorization", authorization)
    try:
        with urllib.request.urlopen(request, timeout=timeout, context=context) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def is_ready(base_url: str, *, context: ssl.SSLContext | None = None, authorization: str | None = None) -> bool:
    """Whether ``base_url``/readyz answers 200 now."""
    try:
        status, _ = http_get(base_url + "/readyz", context=context, authorization=authorization)
    except (OSError, urllib.error.URLError):
        return False
    return status == 200


def wait_ready(
    base_url: str,
    proc: subprocess.Popen[bytes] | None = None,
    timeout: float = 90.0,
    *,
    log_path: Path | None = None,
    context: ssl.SSLContext | None = None,
    authorization: str | None = None,
) -> None:
    """Poll ``base_url``/readyz until it answers 200. RuntimeError if ``proc`` exits first,
    TimeoutError after ``timeout`` s; both end with the log's last lines when ``log_path`` is given."""
    tail = (lambda: ":\n" + log_tail(log_path, 40)) if log_path is not None else (lambda: "")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"worker exited with {proc.returncode}{tail()}")
        if is_ready(base_url, context=context, authorization=authorization):
            return
        time.sleep(0.5)
    raise TimeoutError(f"worker not ready after {timeout}s{tail()}")


def log_tail(path: Path, lines: int = 30) -> str:
    """The last ``lines`` lines of a log file ("<no log>" if it cannot be read)."""
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "<no log>"
