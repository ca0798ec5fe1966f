"""A fused worker's dead letters name the stage that failed (no Kafka: the handler path only)."""

from __future__ import annotations

import os
from types import SimpleNamespace
from typing import Any

import orjson

from mentionflow import observability as obs
from mentionflow.app import build_app
from mentionflow.runtime.records import StageFailed
from mentionflow.settings import load_settings


def event(value: bytes) -> Any:
    message = SimpleNamespace(topic="mentions.raw", partition=0, offset=7, key=b"m-1", value=value, timestamp=1.0)
    return SimpleNamespace(message=message)


def dead_letter_count(stage: str, reason: str) -> float:
    return obs.DEADLETTERS.labels(stage=stage, reason=reason)._value.get()


def test_a_failure_in_the_second_stage_of_a_fused_hop_is_that_stages_dead_letter(monkeypatch: Any) -> None:
    for key in [k for k in os.environ if k.startswith("MENTIONFLOW_")]:
        monkeypatch.delenv(key)
    mf = build_app(load_settings(), web_port=6199)
    assert mf.fused

    def scoring_fails(event: Any, now: float) -> list[Any]:
        raise StageFailed("sentiment", RuntimeError("model exploded"))

    before = dead_letter_count("sentiment", "processing_error")
    (output,) = mf.handle_batch([event(b"{}")], scoring_fails, "enrich", 0.0)
    topic, partition, key, value = output
    assert topic == mf.settings.topics.deadletter and partition is None and key == b"m-1"
    assert value is not None
    record = orjson.loads(value)
    assert record["stage"] == "sentiment", record
    assert record["error_code"] == "processing_error"
    assert dead_letter_count("sentiment", "processing_error") == before + 1

    # Anything else a fused handler raises is the hop's first stage (decode, enrich).
    def decoding_fails(event: Any, now: float) -> list[Any]:
        raise ValueError("not json")

    (output,) = mf.handle_batch([event(b"{")], decoding_fails, "enrich", 0.0)
    assert orjson.loads(output[3] or b"")["stage"] == "enrich"
