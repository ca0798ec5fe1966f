"""``mentionflow worker``: create the missing topics, check the topology and the worker's access,
then run the faust worker (it exits the process when it stops)."""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path

from mentionflow.procs import port_or_next_free
from mentionflow.settings import Settings


def run_worker(settings: Settings, web_port: int | None = None) -> int:
    """Run the stages of ``settings`` with the web server on ``web_port`` (default: the
    configured port, or the next free one)."""
    from mentionflow.kafka_client import (
        check_topology,
        create_topics_when_reachable,
        retry_bootstrap,
        until_reachable,
    )

    aiokafka_log = logging.getLogger("aiokafka")
    if settings.log_level != "DEBUG":  # an unreachable broker: one line from main(), not two
        aiokafka_log.setLevel(logging.CRITICAL)
    created = asyncio.run(create_topics_when_reachable(settings))
    # The broker may go away again before faust's clients connect (a restart): they wait for it too.
    retry_bootstrap(settings.broker_wait_s)
    asyncio.run(until_reachable(lambda: check_topology(settings), settings.broker_wait_s))
    aiokafka_log.setLevel(logging.NOTSET)
    if created:
        print(f"created topics: {', '.join(created)}", file=sys.stderr)
    port = web_port or port_or_next_free(settings.web_host, settings.web_port)
    from faust import Worker

    from mentionflow.app import build_app

    mf = build_app(settings, web_port=port)
    from mentionflow.kafka_client import check_worker_access

    asyncio.run(until_reachable(lambda: check_worker_access(settings, mf.internal_topics()), settings.broker_wait_s))
    Path(settings.data_dir).mkdir(parents=True, exist_ok=True)
    worker = Worker(mf.app, loglevel=settings.log_level.lower(), quiet=True)
    # faust's terminal spinner sets the root logger to DEBUG (faust/worker.py
    # _setup_spinner_handler): every aiokafka debug call then builds a LogRecord, ~10% of the
    # worker's CPU under load (py-spy, docs/benchmarks.md). No spinner, no DEBUG records.
    worker.spinner = None
    scheme = "https" if settings.web_tls_certfile else "http"
    print(
        f"mentionflow worker: stages={settings.stages} kafka={settings.kafka} web={scheme}://{settings.web_host}:{port}",
        file=sys.stderr,
        flush=True,
    )
    worker.execute_from_commandline()  # exits the process when the worker stops
    return 0
