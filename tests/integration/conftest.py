"""Fixtures for tests that need the real local Kafka broker (see mentionflow.kafka_local).

``make test`` starts the broker before pytest; when pytest runs alone, the session fixture starts
it (and stops it again at the end, so a standalone run leaves nothing behind; set
MENTIONFLOW_KAFKA_KEEP=1 to keep it running for the next run).
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentionflow import kafka_local

# Test modules here do `from kafkautil import ...`; put this folder on sys.path explicitly so that
# works whether or not tests/ gets __init__.py files and under any pytest --import-mode.
_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)


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


@pytest.fixture
def topic_prefix() -> str:
    """A fresh prefix per test (``t1a2b3c4d.``): tests never share topics or see old data."""
    return f"t{uuid.uuid4().hex[:8]}."
