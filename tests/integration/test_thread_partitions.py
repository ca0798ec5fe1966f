"""Two workers, four partitions, on the real broker: a reply that names no brand, answering one of
the brand's accounts (``in_reply_to_handle``), is the brand's whichever partitions and workers its
record and the brand's records take (docs/contract.md, *Threads on several partitions*).

A brandless mention is keyed by its author; the repliers here are picked so that their author key
lands on another ``mentions.scored`` partition than the brand's key under the producer's default
partitioner (murmur2), so only the brand taken from the record brings the reply to the brand's
post and case. (A single worker with the memory store would find them anyway: its tables hold
every partition in one dict.) The pure-core model of the same is
tests/unit/core/test_thread_partitions.py.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import orjson
import pytest
from aiokafka.partitioner import murmur2

from kafkautil import consume_all, create_topics, produce
from workerproc import WorkerProcess, dumps, mention, worker_env

pytestmark = pytest.mark.integration

PARTITIONS = 4  # worker_env's MENTIONFLOW_TOPIC_PARTITIONS


def partition_of(key: str) -> int:
    return (murmur2(key.encode("utf-8")) & 0x7FFFFFFF) % PARTITIONS


def author_away_from(brand: str, stem: str) -> str:
    """An author id whose dedup key (``author:<id>``) is on another partition than ``brand:<brand>``."""
    home = partition_of(f"brand:{brand}")
    return next(f"{stem}{i}" for i in range(100) if partition_of(f"author:{stem}{i}") != home)


def post(mention_id: str, text: str, author: str, handle: str, minute: int, **extra: Any) -> bytes:
    return dumps(
        mention(
            mention_id,
            text,
            channel="facebook",
            created_at=f"2026-11-20T09:{minute:02d}:00Z",
            author={"id": author, "handle": handle, "followers": 150},
            **extra,
        )
    )


async def test_brandless_replies_answering_the_brand_meet_its_post_and_case(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    env = worker_env(kafka_bootstrap, topic_prefix)
    raw_topic = f"{topic_prefix}mentions.raw"
    await create_topics(kafka_bootstrap, [raw_topic], partitions=PARTITIONS)
    first = WorkerProcess(env, tmp_path / "a.log").start()
    second = WorkerProcess(env, tmp_path / "b.log").start()
    commenter = author_away_from("skylark-air", "fb-commenter-")
    customer = author_away_from("skylark-air", "fb-customer-")
    try:
        first.wait_ready()
        second.wait_ready()
        records = [
            # Under the brand's own post: a comment with a problem and no word of the brand.
            post("th-p1", "Weekend fares to Porto from 39 ✈️", "fb-skylark", "SkyLarkAir", 0),
            post(
                "th-c1",
                "my refund for the cancelled Lisbon flight still hasn't arrived after five weeks",
                commenter,
                "rui.m",
                5,
                in_reply_to="th-p1",
                in_reply_to_handle="SkyLarkAir",
            ),
            # A customer's thread with the brand: complaint, the brand's answer, a brandless reply.
            post("th-m1", "@SkyLarkHelp my suitcase came off the belt with a broken handle", customer, "jo.k", 10),
            post(
                "th-r1",
                "@jo.k sorry to hear that! Please send us your file reference by DM",
                "fb-skylark-help",
                "SkyLarkHelp",
                20,
                in_reply_to="th-m1",
            ),
            post(
                "th-m2",
                "sent it yesterday and nobody has answered since",
                customer,
                "jo.k",
                50,
                in_reply_to="th-r1",
                in_reply_to_handle="SkyLarkHelp",
            ),
        ]
        # One at a time, in order, as a platform would post them (each key keeps its order anyway).
        for record in records:
            await produce(kafka_bootstrap, raw_topic, [record])
            await asyncio.sleep(0.5)

        holding: dict[str, dict[str, Any]] = {}
        for _ in range(30):
            holding = {}
            for r in await consume_all(kafka_bootstrap, f"{topic_prefix}cases.routed", expected=None, timeout=10):
                case = orjson.loads(r.value)
                for mention_id in case["mention_ids"]:
                    if case["revision"] >= holding.get(mention_id, {}).get("revision", 0):
                        holding[mention_id] = case
            if {"th-c1", "th-m2"} <= holding.keys() and "th-m2" in holding["th-m1"]["mention_ids"]:
                break
            await asyncio.sleep(2)
        logs = first.log_tail() + second.log_tail()
        assert "th-c1" in holding, logs
        assert holding["th-c1"]["brand"] == "skylark-air"
        assert "th-p1" not in holding and "th-r1" not in holding  # the brand's posts are in no case
        assert "th-m2" in holding and "th-m1" in holding, logs  # with the workers' logs if one never came
        assert holding["th-m2"]["case_id"] == holding["th-m1"]["case_id"], logs
    finally:
        second.stop()
        first.stop()
