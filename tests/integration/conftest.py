"""Fixtures for the integration tests; the broker fixtures are in tests/conftest.py."""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

import pytest

# Test modules here do `from kafkautil import ...`; put this folder on sys.path explicitly so that
# works whether or not tests/ gets __init__.py files and under any pytest --import-mode.
_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)


@pytest.fixture
def topic_prefix() -> str:
    """A fresh prefix per test (``t1a2b3c4d.``): tests never share topics or see old data."""
    return f"t{uuid.uuid4().hex[:8]}."
