"""The faust composition root: the app, the stages this worker runs, its web endpoints.

Each stage is a module of ``mentionflow.stages`` with one ``register(host)``: it declares its
topics, tables, agents and timers on the ``StageHost`` this app is (``runtime/worker.py``: the
batch-and-send path every stage shares, dead letters, offsets, lag). Here: the faust app and its
settings, which stage modules to register, the core (built once their tables are declared), the
counters at 0, /metrics, /healthz and /readyz, and the start-up freeze.
"""

from __future__ import annotations

import base64
import gc
import hmac
import logging
import ssl
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import faust

from mentionflow import __version__
from mentionflow import observability as obs
from mentionflow.kafka_client import ssl_context
from mentionflow.runtime.host import StageHost
from mentionflow.runtime.worker import WorkerHost
from mentionflow.settings import Settings, SettingsError
from mentionflow.stages import dedup, enrich, fused, lifecycle, metrics, route, sentiment

log = logging.getLogger("mentionflow")

Register = Callable[[StageHost], None]


def stream_settings(s: Settings) -> dict[str, Any]:
    """The faust settings that decide how records flow (delivery, batching, serializers).

    Shared by the worker and the bench's bare faust chain, so the bench compares like with like."""
    return {
        "processing_guarantee": s.processing_guarantee,
        "topic_allow_declare": True,
        "consumer_auto_offset_reset": "earliest",
        "producer_linger": s.producer_linger_ms / 1000.0,
        # aiokafka's 16 KB default holds 4-8 of our records: a produce request every few.
        "producer_max_batch_size": s.producer_max_batch_bytes,
        "producer_max_request_size": 4 * 1024 * 1024,
        "consumer_max_fetch_size": 4 * 1024 * 1024,
        "broker_max_poll_records": s.max_poll_records,
        "stream_buffer_maxsize": max(4096, s.batch_size * 4),
        "autodiscover": False,
        "key_serializer": "raw",
        "value_serializer": "raw",
        "version": 1,
    }


def stage_modules(settings: Settings) -> list[Register]:
    """The ``register`` of each stage module this worker runs, in the order they register."""
    stages = settings.stage_list
    chosen: list[Register] = []
    if settings.fused:
        chosen.append(fused.register)
    else:
        staged = {"enrich": enrich, "sentiment": sentiment, "dedup": dedup, "route": route}
        chosen.extend(module.register for stage, module in staged.items() if stage in stages)
    # Stages over the case stream: rolling metrics; lifecycle, SLA and alerts.
    if "metrics" in stages:
        chosen.append(metrics.register)
    if "lifecycle" in stages:
        chosen.append(lifecycle.register)
    return chosen


class MentionflowApp(WorkerHost):
    """The faust app for the stages this worker runs (the ``StageHost`` they register on)."""

    def __init__(self, settings: Settings, web_port: int | None = None) -> None:
        self.web_port = web_port or settings.web_port
        super().__init__(settings, self._make_app(settings, self.web_port))
        self._joined = False  # set by the first partition assignment (an empty one too)
        for register in stage_modules(settings):
            register(self)
        self.build_core()  # after the stages declared their tables (the core holds them)
        self._declare_web()
        self._declare_timers()
        self.guard()
        obs.BUILD_INFO.labels(version=__version__, stages=",".join(sorted(self.stages))).set(1)
        self._zero_counters()

    def _zero_counters(self) -> None:
        """Create every label combination at 0, so that rate() and increase() in the alert
        rules see the first event of a fresh worker instead of a series appearing from nowhere."""
        for stage in sorted(self.stages):
            obs.EVENTS_IN.labels(stage=stage)
            obs.EVENTS_OUT.labels(stage=stage)
        for queue in self.core.rules.queues:
            for priority in ("P1", "P2", "P3", "P4"):
                obs.SLA_BREACHES.labels(queue=queue, priority=priority)
        for kind in ("sla_breach", "volume_spike", "negative_spike", "negative_storm"):
            for brand in sorted(self.core.catalog.brands):
                obs.ALERTS.labels(kind=kind, brand=brand)
        for kind in (
            "replay",
            "repost",
            "near_duplicate",
            "followup",
            "incident_report",
            "response",
            "own_post",
            "no_brand",
            "already_in_case",
        ):
            obs.DEDUP_HITS.labels(kind=kind)

    @staticmethod
    def _make_app(s: Settings, web_port: int) -> faust.App:
        credentials: Any = None
        if s.security_protocol.startswith("SASL"):
            credentials = faust.SASLCredentials(
                username=s.sasl_username,
                password=s.sasl_password.get_secret_value() if s.sasl_password else None,
                mechanism=s.sasl_mechanism,
                ssl_context=ssl_context(s),
            )
        elif s.security_protocol == "SSL":
            credentials = faust.SSLCredentials(ssl_context(s))
        datadir = Path(s.data_dir) / f"{s.app_id}-{web_port}"
        return faust.App(
            s.app_id,
            broker=[f"kafka://{server.strip()}" for server in s.kafka.split(",")],
            broker_credentials=credentials,
            store=s.store,
            datadir=str(datadir),
            topic_partitions=s.topic_partitions,
            topic_replication_factor=s.topic_replication,
            table_standby_replicas=s.standby_replicas,
            web_host=s.web_host,
            web_bind=s.web_host,  # the listening address; without it faust binds 0.0.0.0
            web_port=web_port,
            web_ssl_context=web_ssl_context(s),
            web_enabled=True,
            web_tables_enabled=False,
            **stream_settings(s),
            # faust also reads settings from unprefixed environment variables (WEB_BIND, WEB_PORT,
            # BROKER_URL, PROCESSING_GUARANTEE, APP_WEB_TABLES_ENABLED, ...) that override the
            # arguments above. Namespaced, a stray variable cannot re-open the bind address or
            # the table views; FAUST_<NAME> still tunes faust (docs/security.md).
            env_prefix="FAUST_",
        )

    def internal_topics(self) -> list[str]:
        """faust's own topics: every table's changelog and the leader assignor's topic."""
        names = [table.changelog_topic.get_topic_name() for table in self.app.tables.values()]
        return sorted({*names, f"{self.app.conf.id}-__assignor-__leader"})

    # ------------------------------------------------------------------ web and timers

    def is_ready(self) -> bool:
        """Joined and recovered: the worker has had its first assignment (an empty one counts: a
        spare worker is ready to take partitions over), no rebalance is under way and its tables
        are restored. Lag is not readiness: a backlog must not hold a rollout back or pull a
        worker out of its service (it has metrics and an alert of its own)."""
        app = self.app
        if not self._joined or app.rebalancing or getattr(app, "in_recovery", False):
            return False
        recovery = cast(Any, app.tables).recovery
        return not (app.tables and not recovery.completed.is_set())

    def _on_assigned(self, sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> None:
        """faust's on_partitions_assigned signal: ``args[0]`` is the whole new assignment."""
        self._joined = True
        self.lag_tracker.on_assigned(args[0])

    def _on_revoked(self, sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> None:
        """faust's on_partitions_revoked signal: ``args[0]`` are the partitions taken away."""
        self.lag_tracker.on_revoked(args[0])

    def _assigned_by_topic(self) -> dict[str, list[int]]:
        """Active partitions this worker owns, per topic (what /readyz reports)."""
        owned: dict[str, list[int]] = {}
        try:
            actives = self.app.assignor.assigned_actives()
        except Exception:
            return owned
        for tp in sorted(actives):
            owned.setdefault(tp.topic, []).append(tp.partition)
        return owned

    def _declare_web(self) -> None:
        app = self.app

        check_auth = basic_auth_checker(self.settings)

        @app.page("/metrics")
        async def metrics(web: Any, request: Any) -> Any:
            if not check_auth(request.headers.get("Authorization")):
                return web.bytes(
                    b"authentication required\n",
                    status=401,
                    headers={"WWW-Authenticate": 'Basic realm="mentionflow", charset="UTF-8"'},
                )
            body, content_type = obs.exposition()
            # As a header: aiohttp rejects a content_type argument that carries a charset.
            return web.bytes(body, headers={"Content-Type": content_type})

        @app.page("/healthz")
        async def healthz(web: Any, request: Any) -> Any:
            return web.json({"status": "ok", "version": __version__})

        @app.page("/readyz")
        async def readyz(web: Any, request: Any) -> Any:
            ready = self.is_ready()
            obs.WORKER_READY.set(1 if ready else 0)
            return web.json(
                {
                    "ready": ready,
                    "rebalancing": bool(app.rebalancing),
                    "assigned": self._assigned_by_topic(),
                    "lag": self.lag_tracker.by_topic(),
                },
                status=200 if ready else 503,
            )

    def _declare_timers(self) -> None:
        app = self.app

        @app.task
        async def freeze_startup_objects() -> None:
            """Move what start-up built (modules, models, rules, faust's own objects) out of
            the collector's reach: gen-2 collections then scan only what processing keeps.
            The text, harm and language models are loaded first (lazily they would load with
            the first mention, after the freeze, and every full collection would walk them)."""
            # Only the models this worker's stages use (a route-only worker loads none).
            self.core.preload(language="enrich" in self.stages, text="sentiment" in self.stages)
            gc.freeze()

        app.on_partitions_assigned.connect(self._on_assigned)
        app.on_partitions_revoked.connect(self._on_revoked)

        @app.timer(interval=5.0)
        async def report_lag() -> None:
            self.lag_tracker.report(time.time())
            obs.WORKER_READY.set(1 if self.is_ready() else 0)


def web_ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """Server-side TLS for /metrics, /healthz and /readyz (MENTIONFLOW_WEB_TLS_CERTFILE + _KEYFILE), or None."""
    if settings.web_tls_certfile is None:
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        context.load_cert_chain(str(settings.web_tls_certfile), str(settings.web_tls_keyfile))
    except (OSError, ssl.SSLError) as exc:
        raise SettingsError(
            f"MENTIONFLOW_WEB_TLS_CERTFILE / MENTIONFLOW_WEB_TLS_KEYFILE: cannot load {settings.web_tls_certfile}: "
            f"{getattr(exc, 'reason', None) or getattr(exc, 'strerror', None) or exc}"
        ) from None
    return context


def basic_auth_checker(settings: Settings) -> Callable[[str | None], bool]:
    """``check(authorization_header) -> allowed``; always allowed without MENTIONFLOW_WEB_AUTH_USERNAME."""
    if settings.web_auth_username is None or settings.web_auth_password is None:
        return lambda header: True
    expected = "Basic " + base64.b64encode(
        f"{settings.web_auth_username}:{settings.web_auth_password.get_secret_value()}".encode()
    ).decode("ascii")

    def check(header: str | None) -> bool:
        # Constant time: the comparison must not tell how much of a guess was right.
        return header is not None and hmac.compare_digest(header.encode(), expected.encode())

    return check


def build_app(settings: Settings, web_port: int | None = None) -> MentionflowApp:
    return MentionflowApp(settings, web_port)
