"""Two workers on the real broker: both get partitions, one leaves, nothing is lost."""

from __future__ import annotations

import asyncio
from pathlib import Path

import orjson
import pytest

from kafkautil import consume_all, create_topics, produce
from workerproc import WorkerProcess, dumps, mention, worker_env

pytestmark = pytest.mark.integration

TEXTS = [
    "my {n} order from @ParceloEats never arrived and support closed the chat",
    "@SkyLarkAir flight {n} delayed again, no information at the gate",
    "@BrightbankCare card {n} declined at the shop even though I have money",
    "thanks @NimbusHelp for sorting my bill {n} so quickly",
]


def mentions(start: int, count: int) -> list[bytes]:
    return [
        dumps(mention(f"rb-{i}", TEXTS[i % len(TEXTS)].format(n=i), author={"id": f"a{i}", "handle": f"u{i}"}))
        for i in range(start, start + count)
    ]


def owned(worker: WorkerProcess, topic: str) -> list[int]:
    status, body = worker.get("/readyz")
    return list(orjson.loads(body).get("assigned", {}).get(topic, [])) if status in (200, 503) else []


async def test_two_workers_share_partitions_and_survive_one_leaving(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    env = worker_env(kafka_bootstrap, topic_prefix)
    raw_topic = f"{topic_prefix}mentions.raw"
    await create_topics(kafka_bootstrap, [raw_topic], partitions=4)
    first = WorkerProcess(env, tmp_path / "a.log").start()
    second = WorkerProcess(env, tmp_path / "b.log")
    try:
        first.wait_ready()
        await produce(kafka_bootstrap, raw_topic, mentions(0, 100))
        second.start()
        second.wait_ready()
        # Both hold part of every stage's input once the group settled.
        for _ in range(60):
            a, b = owned(first, raw_topic), owned(second, raw_topic)
            if a and b:
                break
            await asyncio.sleep(0.5)
        assert a and b and sorted(a + b) == [0, 1, 2, 3], (a, b)

        await produce(kafka_bootstrap, raw_topic, mentions(100, 100))
        assert second.stop() == 0  # graceful: flush, commit, leave the group -> rebalance
        await produce(kafka_bootstrap, raw_topic, mentions(200, 100))
        for _ in range(60):
            if sorted(owned(first, raw_topic)) == [0, 1, 2, 3]:
                break
            await asyncio.sleep(0.5)
        assert sorted(owned(first, raw_topic)) == [0, 1, 2, 3]

        expected = {f"rb-{i}" for i in range(300)}
        ids: dict[str, set[str]] = {}
        for _ in range(30):  # the survivor may still be working through the backlog
            ids = {}
            records = await consume_all(kafka_bootstrap, f"{topic_prefix}cases.routed", expected=None, timeout=10)
            for record in records:
                case = orjson.loads(record.value)
                for mention_id in case["mention_ids"]:
                    ids.setdefault(mention_id, set()).add(case["case_id"])
            if expected <= ids.keys():
                break
            await asyncio.sleep(2)
        missing = expected - ids.keys()
        assert not missing, f"{len(missing)} lost, e.g. {sorted(missing)[:5]}\n{first.log_tail()}"
        assert all(len(cases) == 1 for cases in ids.values())
    finally:
        second.stop()
        first.stop()
