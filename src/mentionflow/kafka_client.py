"""Kafka connection settings shared by the faust app and the plain aiokafka tools."""

from __future__ import annotations

import contextlib
import ssl
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from mentionflow.schema import DEADLETTER_TOPIC_MAX_BYTES
from mentionflow.settings import Settings


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    if "SSL" not in settings.security_protocol:
        return None
    context = ssl.create_default_context(cafile=str(settings.ssl_cafile) if settings.ssl_cafile else None)
    if settings.ssl_certfile:
        context.load_cert_chain(str(settings.ssl_certfile), str(settings.ssl_keyfile) if settings.ssl_keyfile else None)
    return context


def client_kwargs(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for AIOKafkaProducer/Consumer/AdminClient. The password stays a
    SecretStr until this call so that no log line or repr can show it."""
    kwargs: dict[str, Any] = {
        "bootstrap_servers": settings.kafka,
        "security_protocol": settings.security_protocol,
    }
    context = ssl_context(settings)
    if context is not None:
        kwargs["ssl_context"] = context
    if settings.security_protocol.startswith("SASL"):
        kwargs["sasl_mechanism"] = settings.sasl_mechanism
        kwargs["sasl_plain_username"] = settings.sasl_username
        kwargs["sasl_plain_password"] = settings.sasl_password.get_secret_value() if settings.sasl_password else None
    return kwargs


def topic_specs(settings: Settings) -> list[NewTopic]:
    """Every topic with its partitions, replication and cleanup policy."""
    retention_ms = str(settings.retention_hours * 3600 * 1000)
    topics = settings.topics
    specs = []
    for name in topics.all():
        if name == topics.customers:
            config = {"cleanup.policy": "compact"}
        else:
            config = {"cleanup.policy": "delete", "retention.ms": retention_ms}
        if name == topics.deadletter:
            # Dead letters keep the original payload (up to ~900 kB) with its envelope.
            config["max.message.bytes"] = str(DEADLETTER_TOPIC_MAX_BYTES)
        specs.append(
            NewTopic(
                name=name,
                num_partitions=settings.topic_partitions,
                replication_factor=settings.topic_replication,
                topic_configs=config,
            )
        )
    return specs


async def create_topics(settings: Settings) -> list[str]:
    """Create missing topics; returns the names created. Existing topics are left alone."""
    admin = AIOKafkaAdminClient(**client_kwargs(settings))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [spec for spec in topic_specs(settings) if spec.name not in existing]
        if missing:
            # Another worker or the init job may win the race: that is fine.
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(missing)
        return [spec.name for spec in missing]
    finally:
        await admin.close()
