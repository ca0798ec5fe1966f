"""Kafka connection settings shared by the faust app and the plain aiokafka tools.

Also the one place that turns a failed connection or a refused request into one line naming the
setting to check (``KafkaAccessError``): aiokafka itself logs each attempt and then raises
"Unable to bootstrap", which says nothing about a wrong password, CA or client certificate.
"""

from __future__ import annotations

import asyncio
import ssl
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.conn import create_conn
from aiokafka.errors import (
    ClusterAuthorizationFailedError,
    CoordinatorLoadInProgressError,
    GroupAuthorizationFailedError,
    GroupCoordinatorNotAvailableError,
    KafkaConnectionError,
    KafkaError,
    KafkaTimeoutError,
    NodeNotReadyError,
    NotCoordinatorError,
    RequestTimedOutError,
    SaslAuthenticationFailed,
    TopicAlreadyExistsError,
    TopicAuthorizationFailedError,
    UnsupportedSaslMechanismError,
    for_code,
)

from mentionflow.schema import DEADLETTER_TOPIC_MAX_BYTES
from mentionflow.settings import Settings

T = TypeVar("T")
CONNECT_TIMEOUT_S = 10.0
_AUTHORIZATION_ERRORS = (TopicAuthorizationFailedError, GroupAuthorizationFailedError, ClusterAuthorizationFailedError)
# TLS alerts a broker sends when it rejects (or misses) the client's certificate.
_CLIENT_CERT_ALERTS = (
    "BAD_CERTIFICATE",
    "CERTIFICATE_REQUIRED",
    "UNKNOWN_CA",
    "CERTIFICATE_UNKNOWN",
    "HANDSHAKE_FAILURE",
)


class KafkaAccessError(RuntimeError):
    """The cluster cannot be reached or refuses us; the message is one line naming the setting."""


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    if "SSL" not in settings.security_protocol:
        return None
    try:
        context = ssl.create_default_context(cafile=str(settings.ssl_cafile) if settings.ssl_cafile else None)
    except (OSError, ssl.SSLError) as exc:
        raise KafkaAccessError(f"MENTIONFLOW_SSL_CAFILE: cannot load {settings.ssl_cafile}: {_reason(exc)}") from None
    if settings.ssl_certfile:
        try:
            context.load_cert_chain(
                str(settings.ssl_certfile), str(settings.ssl_keyfile) if settings.ssl_keyfile else None
            )
        except (OSError, ssl.SSLError) as exc:
            raise KafkaAccessError(
                f"MENTIONFLOW_SSL_CERTFILE / MENTIONFLOW_SSL_KEYFILE: cannot load {settings.ssl_certfile} "
                f"with key {settings.ssl_keyfile}: {_reason(exc)}"
            ) from None
    return context


def _reason(exc: BaseException) -> str:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return str(exc.verify_message)
    if isinstance(exc, ssl.SSLError) and exc.reason:
        return str(exc.reason)
    if isinstance(exc, OSError) and exc.strerror:
        return str(exc.strerror)
    return str(exc) or type(exc).__name__


def explain_connection_error(settings: Settings, server: str, exc: BaseException) -> str:
    """One line for a failed connection to ``server``, naming the setting that is likely wrong."""
    tls = "SSL" in settings.security_protocol
    cause = exc.__cause__ or exc.__context__
    ssl_error = exc if isinstance(exc, ssl.SSLError) else cause if isinstance(cause, ssl.SSLError) else None
    if isinstance(exc, SaslAuthenticationFailed):
        return (
            f"MENTIONFLOW_SASL_USERNAME / MENTIONFLOW_SASL_PASSWORD: {server} rejected user "
            f"{settings.sasl_username!r} ({settings.sasl_mechanism}): wrong user name or password"
        )
    if isinstance(exc, UnsupportedSaslMechanismError):
        return f"MENTIONFLOW_SASL_MECHANISM: {server} does not accept {settings.sasl_mechanism}"
    if isinstance(ssl_error, ssl.SSLCertVerificationError):
        cafile = settings.ssl_cafile or "the system CA bundle"
        return (
            f"MENTIONFLOW_SSL_CAFILE: the certificate of {server} is not trusted by {cafile} "
            f"({_reason(ssl_error)}); set it to the CA that signed the brokers' certificates"
        )
    if ssl_error is not None and any(alert in str(ssl_error.reason or "") for alert in _CLIENT_CERT_ALERTS):
        if settings.ssl_certfile is None:
            return (
                f"MENTIONFLOW_SSL_CERTFILE: {server} requires a client certificate (mutual TLS) and none is set "
                f"(TLS alert {ssl_error.reason})"
            )
        return (
            f"MENTIONFLOW_SSL_CERTFILE: {server} rejected the client certificate {settings.ssl_certfile} "
            f"(TLS alert {ssl_error.reason}); is it signed by a CA the brokers trust?"
        )
    if ssl_error is not None:
        return (
            f"MENTIONFLOW_SECURITY_PROTOCOL: TLS with {server} failed ({_reason(ssl_error)}); "
            f"is {server} a {settings.security_protocol} listener?"
        )
    if isinstance(exc, TimeoutError):
        return (
            f"MENTIONFLOW_KAFKA: bootstrap server {server} did not answer within {CONNECT_TIMEOUT_S:.0f}s "
            f"(is it a {settings.security_protocol} listener?)"
        )
    if isinstance(exc, KafkaConnectionError) and "closed" in str(exc):
        return (
            f"MENTIONFLOW_SECURITY_PROTOCOL: {server} closed the connection during the "
            f"{'TLS ' if tls else ''}handshake; is it a {settings.security_protocol} listener?"
        )
    return f"MENTIONFLOW_KAFKA: cannot reach bootstrap server {server}: {_reason(exc)}"


async def check_connection(settings: Settings) -> None:
    """Connect (and authenticate) to a bootstrap server once, before any client starts.

    Raises ``KafkaAccessError`` with one line naming the setting when no server accepts us: no
    retries, and none of aiokafka's per-attempt error logs."""
    kwargs = client_kwargs(settings)
    first: str | None = None
    for server in (s.strip() for s in settings.kafka.split(",")):
        host, _, port = server.rpartition(":")
        try:
            conn = await create_conn(
                host,
                int(port),
                client_id="mentionflow-preflight",
                request_timeout_ms=int(CONNECT_TIMEOUT_S * 1000),
                security_protocol=settings.security_protocol,
                ssl_context=kwargs.get("ssl_context"),
                sasl_mechanism=kwargs.get("sasl_mechanism", "PLAIN"),
                sasl_plain_username=kwargs.get("sasl_plain_username"),
                sasl_plain_password=kwargs.get("sasl_plain_password"),
            )
        except (TimeoutError, OSError, KafkaError) as exc:
            first = first or explain_connection_error(settings, server, exc)
            continue
        conn.close()
        return
    raise KafkaAccessError(first or "MENTIONFLOW_KAFKA: no bootstrap server")


def explain_kafka_error(settings: Settings, exc: KafkaError) -> str:
    """One line for an error a started client got from the cluster (authorization above all)."""
    who = principal_of(settings)
    if isinstance(exc, _AUTHORIZATION_ERRORS):
        what = {
            TopicAuthorizationFailedError: "topic",
            GroupAuthorizationFailedError: "consumer group",
            ClusterAuthorizationFailedError: "cluster",
        }[type(exc)]
        detail = f": {exc.args[0]}" if exc.args and exc.args[0] else ""
        return (
            f"not authorized: {who} lacks an ACL on a {what}{detail}; "
            f"apply the ACLs (mentionflow acls print/apply, docs/security.md)"
        )
    return f"Kafka error for {who}: {type(exc).__name__}: {exc}"


def principal_of(settings: Settings) -> str:
    """Who we connect as, for messages: the SASL user, the client certificate, or anonymous."""
    if settings.security_protocol.startswith("SASL"):
        return f"SASL user {settings.sasl_username!r}"
    if settings.ssl_certfile:
        return f"the client certificate {settings.ssl_certfile}"
    return "the anonymous principal"


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


async def create_topics(settings: Settings, names: set[str] | None = None) -> list[str]:
    """Create missing topics (all of them, or those in ``names``); returns the names created.

    Existing topics are left alone. Checks the connection first and raises ``KafkaAccessError``
    when it fails or when the principal may not create a missing topic."""
    await check_connection(settings)
    admin = AIOKafkaAdminClient(**client_kwargs(settings))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        wanted = [spec for spec in topic_specs(settings) if names is None or spec.name in names]
        missing = [spec for spec in wanted if spec.name not in existing]
        created = []
        if missing:
            response: Any = await admin.create_topics(missing)
            refused = []
            for name, code, *_ in response.topic_errors:
                # Another worker or the init job may win the race (already exists): that is fine.
                if code == 0:
                    created.append(name)
                elif code != TopicAlreadyExistsError.errno:
                    refused.append((name, for_code(code)))
            if refused:
                name, error = refused[0]
                shown = sorted(n for n, _ in refused)
                names_text = ", ".join(shown[:3]) + (f" and {len(shown) - 3} more" if len(shown) > 3 else "")
                if issubclass(error, _AUTHORIZATION_ERRORS):
                    raise KafkaAccessError(
                        f"not authorized: {principal_of(settings)} may not create (or describe) topic(s) "
                        f"{names_text}; apply the ACLs (mentionflow acls print/apply, docs/security.md) "
                        f"or have an admin run `mentionflow topics create`"
                    )
                raise KafkaAccessError(f"creating topic(s) {names_text} failed: {error.__name__}")
        return created
    finally:
        await admin.close()


async def check_worker_access(settings: Settings, internal_topics: list[str]) -> None:
    """Before faust starts: may this principal use the consumer group and create faust's own topics
    (changelogs, the assignor's)? Without, faust stops with a traceback (topics) or keeps retrying
    (group); this says it in one line. CreateTopics with validate_only creates nothing."""
    admin = AIOKafkaAdminClient(**client_kwargs(settings))
    await admin.start()
    try:
        try:
            await _describe_group(admin, settings.app_id)
        except GroupAuthorizationFailedError:
            raise KafkaAccessError(
                f"not authorized: {principal_of(settings)} may not use consumer group {settings.app_id!r} "
                f"(MENTIONFLOW_APP_ID); apply the ACLs (mentionflow acls print/apply, docs/security.md)"
            ) from None
        if not internal_topics:
            return
        specs = [NewTopic(name, settings.topic_partitions, settings.topic_replication) for name in internal_topics]
        response: Any = await admin.create_topics(specs, validate_only=True)
        refused = sorted(
            name
            for name, code, *_ in response.topic_errors
            if code and issubclass(for_code(code), _AUTHORIZATION_ERRORS)
        )
        if refused:
            shown = ", ".join(refused[:3]) + (f" and {len(refused) - 3} more" if len(refused) > 3 else "")
            raise KafkaAccessError(
                f"not authorized: {principal_of(settings)} may not create faust's topic(s) {shown} "
                f"(prefix {settings.app_id}-, MENTIONFLOW_APP_ID); apply the ACLs (mentionflow acls print/apply, "
                f"docs/security.md)"
            )
    finally:
        await admin.close()


async def _describe_group(admin: AIOKafkaAdminClient, group: str, within: float = 20.0) -> None:
    """DescribeGroups, waiting out a fresh cluster's coordinator start (__consumer_offsets being
    created); authorization errors raise at once. Gives up quietly: faust then does its own retries."""
    deadline = time.monotonic() + within
    while True:
        try:
            await admin.describe_consumer_groups([group])
            return
        except (GroupCoordinatorNotAvailableError, CoordinatorLoadInProgressError, NotCoordinatorError):
            if time.monotonic() > deadline:
                return
            await asyncio.sleep(0.5)


class TopologyConflict(RuntimeError):
    """The app id holds case state of the other topology: starting would fork every open case."""


def case_changelog(settings: Settings, fused: bool) -> str:
    """The changelog topic of the case book of a topology (faust: ``<app id>-<table>-changelog``)."""
    return f"{settings.app_id}-{'cases-by-dedup-key' if fused else 'cases'}-changelog"


async def check_topology(settings: Settings) -> None:
    """Refuse to start a route worker of one topology on an app id whose case book the other holds.

    The fused and staged layouts keep the case book in different tables (docs/scaling.md): a staged
    route worker on a fused deployment's state finds no case and opens a second revision 1 for every
    case the fused one holds, and the other way round. Raises TopologyConflict with what to do."""
    if "route" not in settings.stage_list:
        return
    other = case_changelog(settings, fused=not settings.fused)
    consumer = AIOKafkaConsumer(**client_kwargs(settings), group_id=None, enable_auto_commit=False)
    try:
        await consumer.start()
        metadata = await consumer._client.fetch_all_metadata()
        partitions = metadata.partitions_for_topic(other)
        if not partitions:
            return
        tps = [TopicPartition(other, p) for p in partitions]
        ends = await consumer.end_offsets(tps)
        starts = await consumer.beginning_offsets(tps)
        records = sum(ends[tp] - starts[tp] for tp in tps)
    finally:
        await consumer.stop()
    if records > 0:
        mine, theirs = ("fused", "staged") if settings.fused else ("staged", "fused")
        raise TopologyConflict(
            f"MENTIONFLOW_APP_ID={settings.app_id} holds the case book of the {theirs} topology ({other}: "
            f"{records} record(s)) and this worker would route {mine} (stages {settings.stages}, topology "
            f"{settings.topology}): every open case would get a second revision 1. Run the {theirs} topology "
            f"(MENTIONFLOW_TOPOLOGY={theirs}, or the same compose profile as before), or switch deliberately: drain, "
            f"stop every worker, delete topic {other}, then start (deploy/README.md, 'Switching topology')."
        )


async def create_topics_when_reachable(settings: Settings, wait_s: float | None = None) -> list[str]:
    """``create_topics`` once a broker answers: a worker started before its broker (a fresh
    compose stack, a broker restart during a deploy) waits for it instead of exiting. Only an
    unreachable broker is waited for; a refused login or ACL fails at once. After ``wait_s``
    (``broker_wait_s``) without a broker: KafkaAccessError, the one line that names the setting."""
    wait_s = settings.broker_wait_s if wait_s is None else wait_s
    started = time.monotonic()
    delay = 0.5
    while True:
        try:
            return await create_topics(settings)
        except (KafkaAccessError, KafkaConnectionError) as exc:
            if isinstance(exc, KafkaAccessError) and "cannot reach" not in str(exc):
                raise
            waited = time.monotonic() - started
            if waited >= wait_s:
                raise KafkaAccessError(f"{exc} (no broker answered for {waited:.0f}s)") from None
            if delay == 0.5:
                print(f"kafka: no broker answers yet; waiting up to {wait_s:.0f}s: {exc}", file=sys.stderr, flush=True)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)


def retry_bootstrap(wait_s: float) -> None:
    """Make every Kafka client of this process wait up to ``wait_s`` for a broker at start.

    ``create_topics_when_reachable`` waits for a broker before the worker's checks, but the broker
    can go away after them (a broker restart during a deploy): faust's producer and consumer then
    fail ``AIOKafkaClient.bootstrap`` ("Unable to bootstrap") once, and the worker exits. With this,
    a bootstrap that reaches no broker is tried again (0.5 s, doubling to 5 s) until ``wait_s`` has
    passed since that client's first try; then it raises as before. Idempotent; for worker processes.
    """
    from aiokafka.client import AIOKafkaClient

    original = AIOKafkaClient.bootstrap
    if getattr(original, "_mf_retries", False):
        return

    async def bootstrap(self: AIOKafkaClient) -> None:
        started = time.monotonic()
        delay = 0.5
        while True:
            try:
                return await original(self)
            except KafkaConnectionError as exc:
                waited = time.monotonic() - started
                if waited + delay > wait_s:
                    raise
                if delay == 0.5:
                    print(
                        f"kafka: no broker answers a starting client; waiting up to {wait_s:.0f}s: {exc}",
                        file=sys.stderr,
                        flush=True,
                    )
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)

    bootstrap._mf_retries = True  # type: ignore[attr-defined]
    AIOKafkaClient.bootstrap = bootstrap
    _retry_faust_topic_creation(wait_s)


def _retry_faust_topic_creation(wait_s: float) -> None:
    """faust declares its own topics (the leader topic, changelogs) after its clients bootstrap; a
    broker that dies between the two fails ``_get_controller_node`` with NodeNotReadyError once, and
    the worker exits (CI, stop 28). Declaring is tried again while the broker is gone, up to ``wait_s``."""
    from faust.transport.drivers.aiokafka import Transport

    original = Transport._create_topic
    if getattr(original, "_mf_retries", False):
        return

    async def create_topic(self: Transport, *args: Any, **kwargs: Any) -> None:
        await until_reachable(lambda: original(self, *args, **kwargs), wait_s)

    create_topic._mf_retries = True  # type: ignore[attr-defined]
    Transport._create_topic = create_topic  # type: ignore[method-assign]


_BROKER_GONE = (KafkaConnectionError, NodeNotReadyError, RequestTimedOutError, KafkaTimeoutError, TimeoutError)


async def until_reachable(step: Callable[[], Awaitable[T]], wait_s: float) -> T:
    """``await step()``, again while it fails because the broker went away mid-way (a restart during
    a worker's start-up checks), for up to ``wait_s``; any other error raises at once."""
    started = time.monotonic()
    delay = 0.5
    while True:
        try:
            return await step()
        except _BROKER_GONE:
            if time.monotonic() - started + delay > wait_s:
                raise
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)
