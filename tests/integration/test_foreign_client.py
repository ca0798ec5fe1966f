"""A downstream service in another ecosystem reads cases.routed while the sample is replayed.

tests/foreign/node/consume-cases.mjs (Node: kafkajs + ajv) subscribes to cases.routed on the real
broker, validates every record against the published schema and against its released snapshot,
and keeps the highest revision per case_id, as docs/contract.md tells consumers to. This test
starts a worker and the Node consumer, replays the bundled sample with ``mentionflow replay``,
then re-publishes an older revision after a newer one (what a re-delivery may do), and compares
what the Node consumer holds at the end with the cases the pure core makes from the same file.
Needs node and npm (tests/nodeenv.py: skipped locally without them, a failure in CI).
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from mentionflow.contract import RELEASED_DIR, SCHEMA_DIR
from mentionflow.core.pipeline import Pipeline
from mentionflow.schema import decode_raw_mention, encode
from mentionflow.settings import load_settings, packaged_data

from kafkautil import consume_all, produce
from nodeenv import NODE_DIR, node_or_skip
from workerproc import WorkerProcess, worker_env

pytestmark = pytest.mark.integration


def core_revisions() -> list[dict[str, Any]]:
    """Every case revision the pure core makes from the sample, in order."""
    core = Pipeline.from_settings(load_settings())
    now = time.time()
    out = []
    for line in packaged_data("sample_mentions.jsonl").read_bytes().splitlines():
        unique, case = core.run(decode_raw_mention(line), now)
        out += [orjson.loads(encode(r)) for r in [case, *core.escalations(unique, now)] if r is not None]
    return out


def latest_by_case(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The documented rule, in Python: the highest revision per case_id."""
    latest: dict[str, dict[str, Any]] = {}
    for record in records:
        held = latest.get(record["case_id"])
        if held is None or record["revision"] > held["revision"]:
            latest[record["case_id"]] = record
    return {
        cid: {"revision": r["revision"], "update": r["update"], "mention_ids": r["mention_ids"]}
        for cid, r in latest.items()
    }


@pytest.fixture
def worker(kafka_bootstrap: str, topic_prefix: str, tmp_path: Path) -> Iterator[WorkerProcess]:
    # One partition: the worker then sees the file's order, as the pure core does (which mention
    # opens a case and which joins it depends on the order they arrive in).
    env = worker_env(kafka_bootstrap, topic_prefix, topic_partitions=1)
    proc = WorkerProcess(env, tmp_path / "worker.log").start()
    try:
        proc.wait_ready()
        yield proc
    finally:
        proc.stop()


async def test_node_consumer_validates_and_keeps_the_latest_revision(
    kafka_bootstrap: str, topic_prefix: str, worker: WorkerProcess, tmp_path: Path
) -> None:
    node = node_or_skip()
    revisions = core_revisions()
    expected = latest_by_case(revisions)
    topic = f"{topic_prefix}cases.routed"
    schema = "cases.routed.v1.json"
    args = ["--bootstrap", kafka_bootstrap, "--topic", topic, "--deadline-ms", "150000"]
    args += ["--schema", str(SCHEMA_DIR / schema), "--schema", str(RELEASED_DIR / schema)]
    errors = tmp_path / "node.err"
    with errors.open("wb") as err:
        consumer = await asyncio.create_subprocess_exec(
            node,
            str(NODE_DIR / "consume-cases.mjs"),
            *args,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=err,
            env={**os.environ, "KAFKAJS_NO_PARTITIONER_WARNING": "1"},
        )
    assert consumer.stdin is not None and consumer.stdout is not None
    try:
        ready = await asyncio.wait_for(consumer.stdout.readline(), 60)
        assert ready and json.loads(ready) == {"event": "ready"}, errors.read_text()[-3000:]
        started = time.monotonic()
        # The replay runs while the Node consumer is subscribed, through the real CLI.
        replay = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "mentionflow.cli", "replay", "sample", "--quiet", env=worker.env
        )
        assert await asyncio.wait_for(replay.wait(), 120) == 0
        await consume_all(kafka_bootstrap, topic, expected=len(revisions), timeout=90)
        published = await consume_all(kafka_bootstrap, topic, expected=None, timeout=30)
        # A re-delivery may publish an older revision after a newer one: send one again.
        cases = [orjson.loads(r.value) for r in published]
        older = next(r for r, c in zip(published, cases, strict=True) if expected[c["case_id"]]["revision"] > 1)
        await produce(kafka_bootstrap, topic, [older.value], [older.key])
        consumer.stdin.write(json.dumps({"expect_records": len(published) + 1}).encode() + b"\n")
        await consumer.stdin.drain()
        consumer.stdin.close()
        out = await asyncio.wait_for(consumer.stdout.read(), 180)
        await asyncio.wait_for(consumer.wait(), 30)
    finally:
        if consumer.returncode is None:
            consumer.kill()
            await consumer.wait()
    summary = json.loads(out.decode().splitlines()[-1])
    assert summary["event"] == "done", errors.read_text()[-3000:]
    print(
        f"node consumer: {summary['records']} records, {len(summary['cases'])} cases, {summary['stale']} not newer; "
        f"{time.monotonic() - started:.1f}s from the replay's start to the consumer's summary"
    )
    assert summary["invalid"] == [], summary["invalid"][:3]
    assert summary["keyMismatch"] == 0
    assert not summary["timedOut"], worker.log_tail()
    assert summary["stale"] >= 1  # the older revision sent again was ignored
    assert summary["cases"] == latest_by_case(cases) == expected
    # The promise behind the rule: every mention of the sample in exactly one case.
    held_ids = [m for c in summary["cases"].values() for m in c["mention_ids"]]
    assert len(held_ids) == len(set(held_ids))
