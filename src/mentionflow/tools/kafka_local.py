"""The project's own single-node Apache Kafka (KRaft), for development, tests and CI.

No Docker and no tarball download are available on our machines, only Maven Central, so the broker
is the ``kafka_2.13`` jars fetched by Maven (``mentionflow/tools/kafka/pom.xml``, package data) and run with ``java``.

Layout of the Kafka home (``$MENTIONFLOW_HOME`` or ``<repo>/.kafka``)::

    libs/               broker jars (cache, shared by every start)
    data/               KRaft metadata + topic logs (formatted once)
    server.properties   rendered from mentionflow/tools/kafka/server.properties.template on each start
    log4j.properties    written on each start
    kafka.log           broker stdout/stderr
    kafka.pid           {"pid": .., "port": .., ...} of the broker this home started

Usage: ``python -m mentionflow.tools.kafka_local start|stop|status`` (also wired into the
``mentionflow kafka`` CLI). Pure standard library on purpose: it must run before anything else of
the project is importable or installed, and from CI shell scripts.

``start --secure`` also opens a SASL_SSL listener (SCRAM-SHA-512 users created at storage format
time) on broker port + 2 and a mutual-TLS listener on broker port + 3, turns on KRaft's
StandardAuthorizer and generates a throw-away CA, certificates and passwords in ``<home>/secure``
(``kafka_secure.py``, which needs the ``cryptography`` package). docs/security.md.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import signal
import socket
import string
import struct
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Keep in sync with <kafka.version> in mentionflow/tools/kafka/pom.xml. 3.9 is the last line that keeps every
# old protocol version (Kafka 4.0 removed some, KIP-896): aiokafka >= 0.13 negotiates around that,
# older aiokafka (still allowed by pyproject) was never checked on 4.x, and faust's CI only covers
# 3.x fully. See the comment in mentionflow/tools/kafka/pom.xml.
KAFKA_VERSION = "3.9.2"
DEFAULT_BOOTSTRAP = "127.0.0.1:9092"
# Small heap: the broker shares a 2-core machine with faust workers and pytest. Override with
# $MENTIONFLOW_KAFKA_HEAP (e.g. "-Xmx1g").
DEFAULT_HEAP = "-Xmx768m -Xms256m"
START_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 30.0
NODE_ID = 1

_PID_FILE = "kafka.pid"
_LOG_FILE = "kafka.log"
_LIBS_STAMP = ".complete"  # written last by ensure_jars(): a half-done download never counts

# Popen handles of brokers started by *this* process. Holding them lets us reap the child after a
# stop (a dead-but-unreaped child still answers os.kill(pid, 0)) and avoids a ResourceWarning when
# a Popen object is collected while the broker keeps running on purpose.
_CHILDREN: dict[int, subprocess.Popen[bytes]] = {}


class KafkaLocalError(RuntimeError):
    """Starting, stopping or probing the local broker failed; the message says why."""


# --------------------------------------------------------------------------------------------
# Defaults and paths


def _say(msg: str) -> None:
    print(f"kafka: {msg}", flush=True)


def repo_root() -> Path | None:
    """The mentionflow checkout this runs from (this file lives in <repo>/src/mentionflow/tools), or the
    one the current directory is in; None for an installed package run elsewhere."""
    for base in (Path(__file__).resolve().parent, Path.cwd().resolve()):
        for cand in (base, *base.parents):
            if (cand / "pyproject.toml").is_file() and (cand / "src" / "mentionflow").is_dir():
                return cand
    return None


def default_home() -> Path:
    env = os.environ.get("MENTIONFLOW_HOME")
    if env:
        return Path(env).expanduser()
    root = repo_root()
    return (root if root is not None else Path.cwd()) / ".kafka"


def default_bootstrap() -> str:
    return os.environ.get("MENTIONFLOW_KAFKA", DEFAULT_BOOTSTRAP)


def parse_bootstrap(bootstrap: str) -> tuple[str, int]:
    """``"kafka://127.0.0.1:9092"`` / ``"127.0.0.1:9092"`` -> ("127.0.0.1", 9092); first server."""
    first = bootstrap.split(",")[0].strip()
    if "://" in first:  # faust style broker URLs
        first = first.split("://", 1)[1]
    host, sep, port = first.rpartition(":")
    if not sep or not port.isdigit():
        raise KafkaLocalError(f"bootstrap {bootstrap!r} is not host:port")
    return host or "127.0.0.1", int(port)


def controller_port_for(broker_port: int) -> int:
    env = os.environ.get("MENTIONFLOW_KAFKA_CONTROLLER_PORT")
    return int(env) if env else broker_port + 1


def _deploy_file(name: str) -> Path:
    """The broker's pom and config template: shipped with the package (``mentionflow/tools/kafka/``), so
    ``mentionflow kafka start`` works from an installed wheel too; $MENTIONFLOW_KAFKA_DEPLOY overrides."""
    env_dir = os.environ.get("MENTIONFLOW_KAFKA_DEPLOY")
    candidates = [Path(env_dir) / name] if env_dir else []
    candidates.append(Path(__file__).resolve().parent / "kafka" / name)
    for c in candidates:
        if c.is_file():
            return c
    raise KafkaLocalError(
        f"cannot find the broker file {name} (package data mentionflow/tools/kafka/, or $MENTIONFLOW_KAFKA_DEPLOY): "
        "reinstall mentionflow"
    )


def _java() -> str:
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").is_file():
        return str(Path(java_home) / "bin" / "java")
    found = shutil.which("java")
    if not found:
        raise KafkaLocalError("java not found (Kafka needs Java 17+); install it or set JAVA_HOME")
    return found


@contextlib.contextmanager
def _locked(home: Path, name: str) -> Iterator[None]:
    """Serialise start/stop/ensure_jars across processes (two `make` targets, pytest + CLI)."""
    home.mkdir(parents=True, exist_ok=True)
    with open(home / f".{name}.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


# --------------------------------------------------------------------------------------------
# Jars


def _libs_dir(home: Path, libs: Path | None) -> Path:
    return libs if libs is not None else home / "libs"


def _pom_digest(pom: Path) -> str:
    return hashlib.sha256(pom.read_bytes()).hexdigest()[:16]


def ensure_jars(home: Path, *, libs: Path | None = None) -> Path:
    """Fetch the broker jars into ``home/libs`` once (Maven Central via ``mvn``); return the dir.

    The stamp file records the pom's digest, so editing the pom (e.g. a version bump) re-fetches.
    """
    libs_dir = _libs_dir(home, libs)
    stamp = libs_dir / _LIBS_STAMP
    if libs is not None:  # caller-provided cache (tests): use as is, never download into it
        if not stamp.is_file():
            raise KafkaLocalError(f"{libs_dir} has no complete jar cache ({_LIBS_STAMP} missing)")
        return libs_dir
    pom = _deploy_file("pom.xml")
    digest = _pom_digest(pom)
    if stamp.is_file() and stamp.read_text().strip() == digest:
        return libs_dir
    with _locked(home, "jars"):
        if stamp.is_file() and stamp.read_text().strip() == digest:
            return libs_dir  # another process fetched them while we waited
        mvn = shutil.which("mvn")
        if not mvn:
            raise KafkaLocalError("mvn (Apache Maven) not found; it fetches the Kafka jars")
        # Download into a temp dir and rename: an interrupted fetch leaves no half cache behind.
        tmp = home / "libs.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        _say(f"fetching Kafka {KAFKA_VERSION} jars with Maven into {libs_dir} ...")
        t0 = time.monotonic()
        cmd = [mvn, "-q", "-B", "-Dstyle.color=never", "-f", str(pom)]
        cmd += ["dependency:copy-dependencies", f"-DoutputDirectory={tmp}"]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=900, check=False)
        if proc.returncode != 0 or not any(tmp.glob("kafka_2.13-*.jar")):
            raise KafkaLocalError(f"mvn failed (exit {proc.returncode}):\n{(proc.stdout + proc.stderr)[-3000:]}")
        shutil.rmtree(libs_dir, ignore_errors=True)
        tmp.rename(libs_dir)
        stamp.write_text(digest + "\n")
        _say(f"jars ready in {time.monotonic() - t0:.1f}s")
    return libs_dir


def installed_version(libs_dir: Path) -> str | None:
    """Kafka version of the jar cache, read from the kafka_2.13-<version>.jar file name."""
    for jar in libs_dir.glob("kafka_2.13-*.jar"):
        return jar.name[len("kafka_2.13-") : -len(".jar")]
    return None


# --------------------------------------------------------------------------------------------
# Kafka wire protocol probe (stdlib only): ApiVersions v0 + Metadata v1


def _kafka_request(sock: socket.socket, api_key: int, api_version: int, corr: int, body: bytes) -> bytes:
    client_id = b"mentionflow-kafka-local"
    header = struct.pack(">hhih", api_key, api_version, corr, len(client_id)) + client_id
    payload = header + body
    sock.sendall(struct.pack(">i", len(payload)) + payload)
    size = struct.unpack(">i", _recv_exact(sock, 4))[0]
    resp = _recv_exact(sock, size)
    if struct.unpack(">i", resp[:4])[0] != corr:
        raise OSError("correlation id mismatch")
    return resp[4:]


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise OSError("connection closed by peer")
        buf += chunk
    return bytes(buf)


def probe(bootstrap: str, timeout: float = 2.0) -> dict[str, Any] | None:
    """Ask ``bootstrap`` real Kafka questions; None if nothing (or not Kafka) answers.

    A KRaft broker only opens its client listener once it has caught up with the metadata log,
    and we also require Metadata to list at least one broker, so "answers" means "usable".
    """
    host, port = parse_bootstrap(bootstrap)
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.settimeout(timeout)
            # ApiVersions v0: every broker version accepts it. Body is empty.
            resp = _kafka_request(sock, 18, 0, 1, b"")
            error_code, n = struct.unpack(">hi", resp[:6])
            if error_code != 0:
                return None
            apis: dict[int, tuple[int, int]] = {}
            for i in range(n):
                k, lo, hi = struct.unpack(">hhh", resp[6 + 6 * i : 12 + 6 * i])
                apis[k] = (lo, hi)
            # Metadata v1 with a null topic list (= no topics, just brokers + controller).
            resp = _kafka_request(sock, 3, 1, 2, struct.pack(">i", -1))
            (n_brokers,) = struct.unpack(">i", resp[:4])
    except (OSError, struct.error):
        return None
    if n_brokers < 1:
        return None
    return {
        "api_count": len(apis),
        "produce_versions": list(apis.get(0, (-1, -1))),
        # Fetch's lowest version tells a 3.x broker (v0) from a 4.x one (v4, KIP-896). Produce's
        # doesn't: 4.0 still advertises Produce v0 (though it rejects v0-v2) for old clients.
        "fetch_versions": list(apis.get(1, (-1, -1))),
        "brokers": n_brokers,
    }


def _port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


# --------------------------------------------------------------------------------------------
# Process bookkeeping


def _read_pidfile(home: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((home / _PID_FILE).read_text())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("pid"), int) else None


def _alive(pid: int) -> bool:
    """True if ``pid`` is a running (not zombie) Kafka broker JVM."""
    child = _CHILDREN.get(pid)
    if child is not None:
        return child.poll() is None
    with contextlib.suppress(ChildProcessError, OSError):
        # Our own child from a Popen we no longer hold: reap it if it died.
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # exists, owned by someone else
    proc = Path(f"/proc/{pid}")
    if proc.is_dir():  # Linux: reject zombies and recycled pids that are not our broker
        try:
            state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
            cmdline = (proc / "cmdline").read_bytes()
        except OSError:
            return False
        return state != "Z" and b"kafka.Kafka" in cmdline
    return True


def _log_tail(home: Path, lines: int = 40) -> str:
    try:
        text = (home / _LOG_FILE).read_text(errors="replace")
    except OSError:
        return "(no log)"
    return "\n".join(text.splitlines()[-lines:])


def secure_ports_for(broker_port: int) -> tuple[int, int]:
    """(SASL_SSL, SSL) listener ports of a secure broker: the two after the controller's."""
    return broker_port + 2, broker_port + 3


def _render_config(home: Path, broker_port: int, controller_port: int, secure: dict[str, Any] | None = None) -> Path:
    values: dict[str, Any] = {
        "broker_port": broker_port,
        "controller_port": controller_port,
        "node_id": NODE_ID,
        "data_dir": str((home / "data").resolve()),
    }
    names = ["server.properties.template"]
    if secure is not None:
        values |= secure
        names.append("secure.properties.template")
    parts = []
    for name in names:
        template_path = _deploy_file(name)
        try:
            parts.append(string.Template(template_path.read_text()).substitute(values))
        except (KeyError, ValueError) as exc:
            raise KafkaLocalError(f"bad placeholder in {template_path}: {exc}") from exc
    conf = "\n".join(parts)
    path = home / "server.properties"
    path.write_text(conf)
    # Everything to stdout (-> kafka.log); chatty internals at WARN so the log stays readable.
    (home / "log4j.properties").write_text(
        "log4j.rootLogger=INFO, stdout\n"
        "log4j.appender.stdout=org.apache.log4j.ConsoleAppender\n"
        "log4j.appender.stdout.layout=org.apache.log4j.PatternLayout\n"
        "log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n\n"
        "log4j.logger.kafka.request.logger=WARN\n"
        "log4j.logger.org.apache.kafka.clients=WARN\n"
        "log4j.logger.state.change.logger=WARN\n"
        "log4j.logger.kafka.log.LogCleaner=WARN\n"
    )
    return path


def _jvm_base(home: Path, libs_dir: Path, heap: str) -> list[str]:
    return [
        _java(),
        *heap.split(),
        # The stock kafka-run-class.sh GC flags, plus: die on OOM rather than limp along.
        "-XX:+UseG1GC",
        "-XX:MaxGCPauseMillis=20",
        "-XX:InitiatingHeapOccupancyPercent=35",
        "-XX:+ExplicitGCInvokesConcurrent",
        "-XX:+ExitOnOutOfMemoryError",
        "-Djava.awt.headless=true",
        f"-Dlog4j.configuration=file:{(home / 'log4j.properties').resolve()}",
        f"-Dkafka.logs.dir={(home / 'logs').resolve()}",
        "-cp",
        str(libs_dir.resolve() / "*"),
    ]


_SCRAM_MARKER = "scram-users"  # in data/: this storage was formatted with the SCRAM users


def _format_storage(home: Path, libs_dir: Path, config: Path, scram_args: list[str] | None = None) -> None:
    """Format KRaft storage once; a formatted data dir keeps its cluster id across restarts.

    ``scram_args`` (secure mode): ``--add-scram`` options; SCRAM users can only be created at
    format time without a running broker, so a home formatted without them cannot turn secure."""
    log_dir = home / "data" / "kraft-combined-logs"
    if (log_dir / "meta.properties").is_file():
        if scram_args is not None and not (home / "data" / _SCRAM_MARKER).is_file():
            raise KafkaLocalError(
                f"{home / 'data'} was formatted without --secure, so it has no SCRAM users; "
                f"stop the broker and delete that folder, or use another MENTIONFLOW_HOME"
            )
        return
    # Kafka's Uuid.randomUuid() format: url-safe base64 of 16 random bytes, no padding.
    # Never a leading "-", as Kafka's own Uuid.randomUuid(): the tool would take it for an option.
    cluster_id = "-"
    while cluster_id.startswith("-"):
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
    cmd = [
        *_jvm_base(home, libs_dir, "-Xmx256m"),
        *("kafka.tools.StorageTool", "format", "-t", cluster_id, "-c", str(config)),
        *(scram_args or []),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    if proc.returncode != 0:
        # The arguments hold the SCRAM passwords: never echo the command, only the tool's output.
        raise KafkaLocalError(f"kafka-storage format failed:\n{(proc.stdout + proc.stderr)[-3000:]}")
    if scram_args is not None:
        (home / "data" / _SCRAM_MARKER).write_text("formatted with --add-scram\n")
    _say(f"formatted KRaft storage in {log_dir} (cluster id {cluster_id})")


# --------------------------------------------------------------------------------------------
# Public API


def start(
    bootstrap: str,
    home: Path,
    *,
    timeout: float = START_TIMEOUT_S,
    controller_port: int | None = None,
    libs: Path | None = None,
    detach: bool = True,
    secure: bool = False,
    secure_ports: tuple[int, int] | None = None,
) -> None:
    """Start the broker for ``bootstrap`` from ``home``, unless it already runs; wait until ready.

    Idempotent: a live broker recorded in ``home/kafka.pid``, or any Kafka already answering on
    the port, means nothing is started. ``libs`` points at an existing jar cache (tests use it to
    run a second broker from a temp home without re-downloading). ``detach=False`` keeps the JVM
    in the caller's process group, so a signal to that group (CI timeout, Ctrl-C) also ends it:
    for throwaway brokers that must not outlive a killed test run. ``secure`` also opens the
    SASL_SSL and mutual-TLS listeners on ``secure_ports`` (default: ``secure_ports_for(port)``)
    with the authorizer on (module docstring).
    """
    home = Path(home)
    host, port = parse_bootstrap(bootstrap)
    cport = controller_port if controller_port is not None else controller_port_for(port)
    sasl_port, ssl_port = secure_ports if secure_ports is not None else secure_ports_for(port)
    with _locked(home, "broker"):
        rec = _read_pidfile(home)
        if rec is not None and _alive(rec["pid"]):
            if rec.get("port") != port:
                raise KafkaLocalError(
                    f"home {home} already runs a broker on port {rec.get('port')} "
                    f"(pid {rec['pid']}); stop it or use another MENTIONFLOW_HOME"
                )
            if secure and not rec.get("secure"):
                raise KafkaLocalError(
                    f"home {home} already runs a broker without --secure (pid {rec['pid']}); stop it first"
                )
            _wait_ready(bootstrap, home, rec["pid"], timeout)  # may still be starting
            _say(f"already running at {host}:{port} (pid {rec['pid']})")
            return
        if rec is not None:  # stale pid file from a crash / reboot
            (home / _PID_FILE).unlink(missing_ok=True)
        if probe(bootstrap) is not None:
            _say(f"a Kafka broker already answers at {host}:{port} (not started by {home}); using it")
            return
        for p in (port, cport, *((sasl_port, ssl_port) if secure else ())):
            if _port_open(host, p):
                raise KafkaLocalError(f"port {host}:{p} is in use by something that is not Kafka")

        t0 = time.monotonic()
        libs_dir = ensure_jars(home, libs=libs)
        secure_values: dict[str, Any] | None = None
        scram_args: list[str] | None = None
        if secure:
            secure_values, scram_args = _prepare_secure(home, host, sasl_port, ssl_port)
        config = _render_config(home, port, cport, secure_values)
        _format_storage(home, libs_dir, config, scram_args)
        heap = os.environ.get("MENTIONFLOW_KAFKA_HEAP", DEFAULT_HEAP)
        cmd = [*_jvm_base(home, libs_dir, heap), "kafka.Kafka", str(config.resolve())]
        log_path = home / _LOG_FILE
        if log_path.is_file() and log_path.stat().st_size > 50 * 1024 * 1024:
            log_path.replace(log_path.with_name(_LOG_FILE + ".1"))  # keep one old log, bounded
        with open(log_path, "ab") as log:
            # New session (detach): the broker outlives this process (make / CLI) and ignores
            # its Ctrl-C.
            proc = subprocess.Popen(
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=detach,
                cwd=home,
            )
        _CHILDREN[proc.pid] = proc
        (home / _PID_FILE).write_text(
            json.dumps(
                {
                    "pid": proc.pid,
                    "port": port,
                    "controller_port": cport,
                    "bootstrap": f"{host}:{port}",
                    "started_at": time.time(),
                    **(
                        {"secure": True, "sasl_ssl": f"{host}:{sasl_port}", "ssl": f"{host}:{ssl_port}"}
                        if secure
                        else {}
                    ),
                }
            )
        )
        try:
            _wait_ready(bootstrap, home, proc.pid, timeout)
        except KafkaLocalError:
            _terminate(home, proc.pid, 10.0)  # leave nothing half-started behind
            (home / _PID_FILE).unlink(missing_ok=True)
            raise
        _say(
            f"started Kafka {installed_version(libs_dir)} at {host}:{port} "
            f"(pid {proc.pid}, {time.monotonic() - t0:.1f}s, log {home / _LOG_FILE})"
        )
        if secure:
            folder = home / "secure"
            _say(
                f"secure listeners: SASL_SSL {host}:{sasl_port}, mutual TLS {host}:{ssl_port}; "
                f"CA, certificates and per-principal settings in {folder} "
                f"(e.g. set -a; . {folder / 'mf-worker.sasl.env'})"
            )


def _prepare_secure(home: Path, host: str, sasl_port: int, ssl_port: int) -> tuple[dict[str, Any], list[str]]:
    """Certificates, passwords and env files of ``home``; the template values and format args."""
    try:
        from mentionflow.tools import kafka_secure
    except ImportError as exc:  # cryptography is a dev dependency
        raise KafkaLocalError(f"--secure needs the cryptography package ({exc}); pip install -e '.[dev]'") from None
    files = kafka_secure.ensure_secure_files(home)
    kafka_secure.write_env_files(files, f"{host}:{sasl_port}", f"{host}:{ssl_port}")
    values = {
        "sasl_ssl_port": sasl_port,
        "ssl_port": ssl_port,
        "secure_dir": str(files.folder.resolve()),
        "super_users": ";".join(f"User:{name}" for name in kafka_secure.SUPER_USERS),
    }
    return values, kafka_secure.scram_format_args(files)


def _wait_ready(bootstrap: str, home: Path, pid: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if probe(bootstrap, timeout=1.0) is not None:
            return
        if not _alive(pid):
            raise KafkaLocalError(
                f"broker (pid {pid}) exited during startup; last log lines ({home / _LOG_FILE}):\n{_log_tail(home)}"
            )
        time.sleep(0.25)
    raise KafkaLocalError(
        f"broker (pid {pid}) not answering at {bootstrap} after {timeout:.0f}s; last log lines "
        f"({home / _LOG_FILE}):\n{_log_tail(home)}"
    )


def _terminate(home: Path, pid: int, timeout: float) -> bool:
    """SIGTERM (controlled shutdown), then SIGKILL the process group; True if it needed a kill."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _alive(pid):
            break
        time.sleep(0.2)
    killed = False
    if _alive(pid):
        killed = True
        with contextlib.suppress(ProcessLookupError, PermissionError):
            if os.getpgid(pid) == pid:  # detached: its own group, take any helpers with it
                os.killpg(pid, signal.SIGKILL)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        for _ in range(50):
            if not _alive(pid):
                break
            time.sleep(0.1)
    child = _CHILDREN.pop(pid, None)
    if child is not None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(timeout=5)
    return killed


def stop(home: Path, *, timeout: float = STOP_TIMEOUT_S) -> None:
    """Stop the broker started from ``home`` (idempotent: no broker is not an error)."""
    home = Path(home)
    with _locked(home, "broker"):
        rec = _read_pidfile(home)
        if rec is None:
            _say(f"not running (no {home / _PID_FILE})")
            return
        pid = rec["pid"]
        if not _alive(pid):
            (home / _PID_FILE).unlink(missing_ok=True)
            _CHILDREN.pop(pid, None)
            _say(f"not running (removed stale pid file for pid {pid})")
            return
        t0 = time.monotonic()
        killed = _terminate(home, pid, timeout)
        (home / _PID_FILE).unlink(missing_ok=True)
        how = f"killed after {timeout:.0f}s without exiting" if killed else "stopped"
        _say(f"{how} (pid {pid}, {time.monotonic() - t0:.1f}s)")


def status(bootstrap: str, home: Path) -> dict[str, Any]:
    """What runs where: ``running`` means a Kafka broker answers at ``bootstrap`` (ours or not)."""
    home = Path(home)
    host, port = parse_bootstrap(bootstrap)
    rec = _read_pidfile(home)
    pid = rec["pid"] if rec is not None and _alive(rec["pid"]) else None
    info = probe(bootstrap)
    libs_dir = home / "libs"
    return {
        "running": info is not None,
        "managed": pid is not None,  # started from this home and still alive
        "pid": pid,
        "bootstrap": f"{host}:{port}",
        "port": port,
        "controller_port": rec.get("controller_port") if rec else controller_port_for(port),
        "version": installed_version(libs_dir) if (libs_dir / _LIBS_STAMP).is_file() else None,
        "api_count": info["api_count"] if info else None,
        "produce_versions": info["produce_versions"] if info else None,
        "fetch_versions": info["fetch_versions"] if info else None,
        "home": str(home),
        "log": str(home / _LOG_FILE),
        # Secure listeners of the broker this home started (None: plain only, or not ours).
        "sasl_ssl": rec.get("sasl_ssl") if rec and pid else None,
        "ssl": rec.get("ssl") if rec and pid else None,
    }


def format_status(st: dict[str, Any]) -> str:
    if st["running"]:
        who = f"pid {st['pid']}" if st["managed"] else "not started from this home"
        return (
            f"running at {st['bootstrap']} ({who}, Kafka {st['version'] or '?'}, "
            f"{st['api_count']} APIs, log {st['log']})"
            + (f"; SASL_SSL {st['sasl_ssl']}, mutual TLS {st['ssl']}" if st.get("sasl_ssl") else "")
        )
    extra = f", pid {st['pid']} alive but not answering" if st["pid"] else ""
    return f"not running at {st['bootstrap']}{extra} (home {st['home']})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m mentionflow.tools.kafka_local", description="Local single-node Kafka (KRaft)."
    )
    parser.add_argument("command", choices=["start", "stop", "status", "fetch"])
    parser.add_argument("--bootstrap", default=default_bootstrap(), help="host:port ($MENTIONFLOW_KAFKA)")
    parser.add_argument("--home", type=Path, default=default_home(), help="jar cache + data ($MENTIONFLOW_HOME)")
    parser.add_argument("--timeout", type=float, default=None, help="seconds to wait")
    parser.add_argument("--json", action="store_true", help="status as JSON")
    parser.add_argument(
        "--secure",
        action="store_true",
        help="start: also SASL_SSL (port+2) and mutual TLS (port+3) listeners, ACLs enforced",
    )
    args = parser.parse_args(argv)
    try:
        if args.command == "start":
            start(args.bootstrap, args.home, timeout=args.timeout or START_TIMEOUT_S, secure=args.secure)
        elif args.command == "stop":
            stop(args.home, timeout=args.timeout or STOP_TIMEOUT_S)
        elif args.command == "fetch":
            _say(f"jars in {ensure_jars(args.home)}")
        else:
            st = status(args.bootstrap, args.home)
            print(json.dumps(st, indent=2) if args.json else f"kafka: {format_status(st)}")
            return 0 if st["running"] else 3  # like `systemctl status`: 3 = not running
    except KafkaLocalError as exc:
        print(f"kafka: error: {exc}", file=sys.stderr, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
