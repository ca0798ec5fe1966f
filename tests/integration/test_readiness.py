"""Readiness on the real broker: joined and recovered is ready; holding no partition is not a fault."""

from __future__ import annotations

import asyncio
from pathlib import Path

import orjson
import pytest

from kafkautil import produce
from workerproc import WorkerProcess, dumps, worker_env

pytestmark = pytest.mark.integration


def readyz(worker: WorkerProcess) -> tuple[int, dict[str, object]]:
    status, body = worker.get("/readyz")
    return status, orjson.loads(body)


def lag_children(worker: WorkerProcess, topic: str) -> dict[str, float]:
    return {
        k: v
        for k, v in worker.metrics().items()
        if k.startswith("mentionflow_consumer_partition_lag_messages{") and f'topic="{topic}"' in k
    }


async def test_spare_worker_with_no_partition_is_ready(kafka_bootstrap: str, topic_prefix: str, tmp_path: Path) -> None:
    # One partition per topic and a stage that reads one topic: the second worker holds nothing.
    env = worker_env(kafka_bootstrap, topic_prefix, topic_partitions=1)
    unique = f"{topic_prefix}mentions.unique"
    first = WorkerProcess(env, tmp_path / "first.log", stages="route").start()
    spare = WorkerProcess(env, tmp_path / "spare.log", stages="route")
    try:
        first.wait_ready()
        # Undecodable records: the route stage dead-letters them, enough to see lag move.
        await produce(kafka_bootstrap, unique, [dumps({"not": "a unique mention", "n": i}) for i in range(50)])
        spare.start()
        spare.wait_ready()  # 200 while it holds no partition (it used to be 503 for ever)
        status, body = readyz(spare)
        assert status == 200 and body["ready"] is True, body
        assert not body["assigned"].get(unique), body  # type: ignore[union-attr]
        for _ in range(40):  # the group settles: the first worker keeps the only partition
            status, body = readyz(first)
            if status == 200 and body["assigned"].get(unique) == [0]:  # type: ignore[union-attr]
                break
            await asyncio.sleep(0.5)
        assert status == 200 and body["assigned"].get(unique) == [0], body  # type: ignore[union-attr]
        assert spare.metrics()["mentionflow_worker_ready"] == 1.0  # (/readyz above set it)
        # Lag gauges: the holder reports its partition (messages and seconds), the spare none.
        for _ in range(20):
            if lag_children(first, unique):
                break
            await asyncio.sleep(0.5)
        assert list(lag_children(first, unique)) == [
            f'mentionflow_consumer_partition_lag_messages{{partition="0",topic="{unique}"}}'
        ]
        assert f'mentionflow_consumer_lag_seconds{{partition="0",topic="{unique}"}}' in first.metrics()
        assert lag_children(spare, unique) == {}

        # The holder leaves: the spare takes the partition over and stays ready.
        assert first.stop() == 0
        for _ in range(60):
            status, body = readyz(spare)
            if status == 200 and body["assigned"].get(unique) == [0]:  # type: ignore[union-attr]
                break
            await asyncio.sleep(0.5)
        assert status == 200 and body["assigned"].get(unique) == [0], (body, spare.log_tail())
    finally:
        spare.stop()
        first.stop()
