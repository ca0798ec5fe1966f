"""A route worker refuses to start on the other topology's case book (the split compose profile on
a fused deployment's state, or back), on the real broker."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kafkautil import create_topics, produce
from workerproc import WorkerProcess, worker_env

pytestmark = pytest.mark.integration


def start_and_wait(env: dict[str, str], stages: str | None, log: Path, timeout: float = 90) -> tuple[int, str]:
    args = [sys.executable, "-m", "mentionflow.cli", "worker"] + (["--stages", stages] if stages else [])
    result = subprocess.run(args, env=env, capture_output=True, timeout=timeout, check=False)
    log.write_bytes(result.stdout + result.stderr)
    return result.returncode, result.stderr.decode()


@pytest.mark.parametrize(
    ("held_by", "stages", "refused_as"),
    [("cases", None, "staged"), ("cases-by-dedup-key", "route", "fused")],
    ids=["fused-on-staged-state", "staged-on-fused-state"],
)
async def test_route_worker_refuses_the_other_topologys_case_book(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path, held_by: str, stages: str | None, refused_as: str
) -> None:
    env = worker_env(kafka_bootstrap, topic_prefix)
    app_id = env["MENTIONFLOW_APP_ID"]
    changelog = f"{app_id}-{held_by}-changelog"
    await create_topics(kafka_bootstrap, [changelog], partitions=4)
    await produce(kafka_bootstrap, changelog, [b'[0, {"case": 1}]'], [b'"case-1"'])
    code, err = start_and_wait(env, stages, tmp_path / "worker.log")
    assert code == 2, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert f"holds the case book of the {refused_as} topology ({changelog}: 1 record(s))" in err, err
    assert f"delete topic {changelog}" in err


async def test_route_worker_starts_when_the_other_case_book_is_empty(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    """A topic without records (created, never written) is no state: the worker starts."""
    env = worker_env(kafka_bootstrap, topic_prefix)
    await create_topics(kafka_bootstrap, [f"{env['MENTIONFLOW_APP_ID']}-cases-changelog"], partitions=4)
    worker = WorkerProcess(env, tmp_path / "ok.log").start()
    try:
        worker.wait_ready()
    finally:
        worker.stop()
