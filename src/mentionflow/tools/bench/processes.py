"""The bench's child processes (every exit path stops them) and their CPU and memory from /proc."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from mentionflow import procs
from mentionflow.settings import Settings

CLK_TCK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


_CHILDREN: list[subprocess.Popen[bytes]] = []


def track(proc: subprocess.Popen[bytes]) -> subprocess.Popen[bytes]:
    """Remember ``proc`` so that every exit path stops it (stop_all_children)."""
    _CHILDREN.append(proc)
    return proc


def spawn(args: list[str], env: dict[str, str], log_path: Path) -> subprocess.Popen[bytes]:
    """procs.spawn, tracked."""
    return track(procs.spawn(args, env, log_path))


def stop_process(proc: subprocess.Popen[bytes], timeout: float = 10.0, sig: int = signal.SIGTERM) -> None:
    procs.stop(proc, timeout, sig)
    if proc in _CHILDREN:
        _CHILDREN.remove(proc)


def stop_all_children() -> None:
    for proc in list(_CHILDREN):
        stop_process(proc, timeout=5.0)


def proc_status_kb(pid: int, field_name: str) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field_name + ":"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def proc_cpu_s(pid: int) -> float | None:
    """utime + stime of a process, in seconds (/proc/<pid>/stat)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        fields = stat[stat.rindex(")") + 2 :].split()
        return (int(fields[11]) + int(fields[12])) / CLK_TCK
    except (OSError, ValueError, IndexError):
        return None


def machine_cpu_s() -> tuple[float, float] | None:
    """(busy, idle) CPU seconds of the whole machine since boot, all cores (/proc/stat)."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / CLK_TCK, idle / CLK_TCK


def broker_pid(settings: Settings) -> int | None:
    """The local broker's pid when this home started it (None: an external broker)."""
    with contextlib.suppress(Exception):
        from mentionflow.tools import kafka_local

        pid = kafka_local.status(settings.kafka.split(",")[0], kafka_local.default_home()).get("pid")
        return pid if isinstance(pid, int) else None
    return None


def procs_cpu_s(procs: Sequence[subprocess.Popen[bytes]]) -> list[float]:
    """CPU seconds of each process under test (0.0 for one already gone)."""
    return [proc_cpu_s(p.pid) or 0.0 for p in procs]


def cpu_snapshot(procs: Sequence[subprocess.Popen[bytes]], broker: int | None) -> dict[str, float]:
    snap = {f"worker{i + 1}": cpu for i, cpu in enumerate(procs_cpu_s(procs))}
    if broker is not None:
        snap["broker"] = proc_cpu_s(broker) or 0.0
    snap["bench"] = time.process_time()  # the loader and the collector run in this process
    machine = machine_cpu_s()
    if machine is not None:
        snap["machine_busy"], snap["machine_idle"] = machine
    return snap


def cpu_split(before: dict[str, float], after: dict[str, float], wall_s: float) -> dict[str, float]:
    """Cores each party kept busy over ``wall_s`` (workers, broker, the bench itself, the
    rest of the machine, idle): where the machine's cores went while the system ran."""
    used = {k: max(0.0, after[k] - before[k]) for k in before if k in after}
    out = {k: round(v / wall_s, 2) for k, v in used.items() if k not in ("machine_busy", "machine_idle")}
    if "machine_busy" in used:
        others = used["machine_busy"] - sum(v for k, v in used.items() if k not in ("machine_busy", "machine_idle"))
        out["other"] = round(max(0.0, others) / wall_s, 2)
        out["idle"] = round(used["machine_idle"] / wall_s, 2)
    return out


def start_py_spy(py_spy: str, pid: int, out: Path) -> subprocess.Popen[bytes]:
    """Sample ``pid`` (not paused: --nonblocking) until SIGINT; collapsed stacks to ``out``."""
    args = [py_spy, "record", "--pid", str(pid), "--rate", "200", "--format", "raw", "--output", str(out)]
    args += ["--nonblocking", "--idle", "--duration", "3600"]
    return track(subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))


def mark_ready(path: Path, ready: bool) -> None:
    if ready:
        path.touch()
    else:
        path.unlink(missing_ok=True)


def find_py_spy() -> str | None:
    for cand in (os.environ.get("PY_SPY"), shutil.which("py-spy"), str(Path(sys.executable).parent / "py-spy")):
        if cand and Path(cand).is_file() and os.access(cand, os.X_OK):
            return cand
    return None
