"""mentionflow.procs: the one home of the free-port, spawn, wait-for-/readyz and stop helpers."""

from __future__ import annotations

import http.server
import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentionflow import procs


def test_free_ports_are_distinct_and_bindable() -> None:
    ports = procs.free_ports(4)
    assert len(set(ports)) == 4
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", procs.free_port()))


def test_port_or_next_free_skips_a_taken_port() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        port = taken.getsockname()[1]
        assert procs.port_or_next_free("127.0.0.1", port) != port
        with pytest.raises(SystemExit, match="no free port"):
            procs.port_or_next_free("127.0.0.1", port, tries=1)


def test_spawn_logs_and_stop_terminates(tmp_path: Path) -> None:
    log = tmp_path / "child.log"
    log.write_text("before\n")
    code = "import sys, time; print('hello', flush=True); time.sleep(60)"
    proc = procs.spawn([sys.executable, "-c", code], {}, log)
    try:
        with pytest.raises(TimeoutError, match="not ready after 1"):
            procs.wait_ready(f"http://127.0.0.1:{procs.free_port()}", proc, timeout=1.0, log_path=log)
    finally:
        assert procs.stop(proc, timeout=10.0) == -15  # SIGTERM
    assert procs.log_tail(log) == "before\nhello"  # appended
    assert procs.stop(proc) == -15  # already stopped: its code again


def test_wait_ready_says_when_the_process_exits(tmp_path: Path) -> None:
    log = tmp_path / "child.log"
    proc = procs.spawn([sys.executable, "-c", "print('boom')"], {}, log, append=False)
    with pytest.raises(RuntimeError, match="worker exited with 0:\nboom"):
        procs.wait_ready(f"http://127.0.0.1:{procs.free_port()}", proc, timeout=30.0, log_path=log)
    assert procs.log_tail(tmp_path / "missing.log") == "<no log>"


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200 if self.path == "/readyz" else 503)
        self.end_headers()
        self.wfile.write(self.headers.get("Authorization", "-").encode())

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_http_get_and_ready(server: str) -> None:
    assert procs.http_get(server + "/metrics") == (503, b"-")  # an error status is returned, not raised
    assert procs.http_get(server + "/readyz", authorization="Basic x") == (200, b"Basic x")
    assert procs.is_ready(server)
    procs.wait_ready(server, timeout=5.0)
    assert not procs.is_ready(f"http://127.0.0.1:{procs.free_port()}")
