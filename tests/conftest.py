"""Fixtures shared by every folder that needs the real local Kafka broker (integration, faults).

``make test`` starts the broker before pytest; when pytest runs alone, the session fixture starts
it (and stops it again at the end, so a standalone run leaves nothing behind; set
MENTIONFLOW_KAFKA_KEEP=1 to keep it running for the next run). Unit tests never ask for it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentionflow.tools import kafka_local


@pytest.fixture(scope="session")
def kafka_home() -> Path:
    return kafka_local.default_home()


@pytest.fixture(scope="session")
def kafka_bootstrap(kafka_home: Path) -> Iterator[str]:
    """``host:port`` of a running broker ($MENTIONFLOW_KAFKA, default 127.0.0.1:9092)."""
    bootstrap = kafka_local.default_bootstrap()
    started_here = False
    if not kafka_local.status(bootstrap, kafka_home)["running"]:
        kafka_local.start(bootstrap, kafka_home)
        started_here = True
    yield bootstrap
    if started_here and not os.environ.get("MENTIONFLOW_KAFKA_KEEP"):
        kafka_local.stop(kafka_home)
