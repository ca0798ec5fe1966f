"""Node.js for the tests that run a foreign client or the AsyncAPI reference parser.

The packages (kafkajs, ajv, @asyncapi/parser) are pinned in tests/foreign/node/package-lock.json
and installed with ``npm ci`` into tests/foreign/node/node_modules (gitignored) the first time a
test needs them, and again only when the lock file changes. npm's download cache is the clone's
.cache/npm, so a warm machine installs offline.

Locally, a machine without node or npm skips these tests; under CI (``CI`` set, as .ci/run does)
that is a failure: .ci/run installs them.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NODE_DIR = ROOT / "tests" / "foreign" / "node"
_STAMP = NODE_DIR / "node_modules" / ".mentionflow-package-lock.json"


def node_or_skip() -> str:
    """The node executable, with the packages installed; skips (fails under CI) without node/npm."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        message = "node and npm are not installed"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; CI must have them (.ci/run installs them)")
        pytest.skip(message)
    install_packages(npm)
    return node


def install_packages(npm: str) -> None:
    lock = (NODE_DIR / "package-lock.json").read_bytes()
    if _STAMP.exists() and _STAMP.read_bytes() == lock:
        return
    cache = ROOT / ".cache"
    cache.mkdir(exist_ok=True)
    with (cache / "npm-install.lock").open("a") as guard:
        fcntl.flock(guard, fcntl.LOCK_EX)  # two test processes: one installs, the other waits
        if _STAMP.exists() and _STAMP.read_bytes() == lock:
            return
        started = time.monotonic()
        result = subprocess.run(
            [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--cache", str(cache / "npm")],
            cwd=NODE_DIR,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if result.returncode != 0:
            pytest.fail(f"npm ci failed in {NODE_DIR}:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
        _STAMP.write_bytes(lock)
        print(f"npm ci in {NODE_DIR}: {time.monotonic() - started:.1f}s")
