"""A worker's Kafka clients wait for a broker that went away after the start-up checks found it
(issue 15, "the broker unavailable when the worker starts"; the fault test is
tests/faults/test_fault_broker_unavailable.py::test_worker_started_while_the_broker_restarts)."""

from __future__ import annotations

import socket
import time

import pytest
from aiokafka.client import AIOKafkaClient
from aiokafka.errors import KafkaConnectionError

from mentionflow.kafka_client import retry_bootstrap, until_reachable


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_bootstrap_retries_until_the_wait_is_spent(monkeypatch: pytest.MonkeyPatch) -> None:
    from faust.transport.drivers.aiokafka import Transport

    monkeypatch.setattr(AIOKafkaClient, "bootstrap", AIOKafkaClient.bootstrap)  # restored afterwards
    monkeypatch.setattr(Transport, "_create_topic", Transport._create_topic)
    calls = 0
    original = AIOKafkaClient.bootstrap

    async def counting(self: AIOKafkaClient) -> None:
        nonlocal calls
        calls += 1
        await original(self)

    monkeypatch.setattr(AIOKafkaClient, "bootstrap", counting)
    retry_bootstrap(2.0)
    retry_bootstrap(2.0)  # idempotent: one layer of retries
    client = AIOKafkaClient(bootstrap_servers=f"127.0.0.1:{_closed_port()}")
    started = time.monotonic()
    with pytest.raises(KafkaConnectionError):
        await client.bootstrap()
    await client.close()
    assert calls == 3  # at 0, 0.5 and 1.5 s; the next (3.5 s) would pass the 2 s wait
    assert 1.4 < time.monotonic() - started < 3.0


async def test_a_step_is_tried_again_while_the_broker_is_gone_and_other_errors_raise() -> None:
    tries = 0

    async def flaky() -> str:
        nonlocal tries
        tries += 1
        if tries < 3:
            raise KafkaConnectionError("gone")
        return "ok"

    assert await until_reachable(flaky, 5.0) == "ok"
    assert tries == 3

    async def refused() -> None:
        raise PermissionError("not authorized")

    with pytest.raises(PermissionError):
        await until_reachable(refused, 5.0)
    with pytest.raises(KafkaConnectionError):
        await until_reachable(lambda: flaky_forever(), 0.2)


async def flaky_forever() -> None:
    raise KafkaConnectionError("gone")


async def test_faust_topic_declaration_waits_for_a_broker_that_went_away(monkeypatch: pytest.MonkeyPatch) -> None:
    """CI, stop 28: the broker died after faust's clients bootstrapped and before its leader
    assignor declared the leader topic; NodeNotReadyError from ``_get_controller_node`` ended the
    worker. The declaration is tried again; an error that is not a missing broker still raises."""
    from aiokafka.errors import NodeNotReadyError
    from faust.transport.drivers.aiokafka import Transport

    tries: list[str] = []

    async def flaky(self: object, owner: object, client: object, topic: str, *args: object, **kwargs: object) -> None:
        tries.append(topic)
        if topic == "refused":
            raise PermissionError("not authorized")
        if len(tries) < 3:
            raise NodeNotReadyError("Attempt to send a request to node which is not ready (node id 1).")

    monkeypatch.setattr(Transport, "_create_topic", flaky)  # restored afterwards
    monkeypatch.setattr(AIOKafkaClient, "bootstrap", AIOKafkaClient.bootstrap)
    retry_bootstrap(5.0)
    transport = object.__new__(Transport)
    await transport._create_topic(None, None, "leader", 1, 1)  # type: ignore[arg-type]
    assert tries == ["leader"] * 3
    with pytest.raises(PermissionError):
        await transport._create_topic(None, None, "refused", 1, 1)  # type: ignore[arg-type]
