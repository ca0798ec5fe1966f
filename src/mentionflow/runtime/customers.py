"""The customer directory: the ``customers`` topic (compacted, fed by the CRM) copied into a global
table that every worker holds whole, read by enrichment as author id -> directory record."""

from __future__ import annotations

from typing import Any

import faust
import orjson
from faust.types import StreamT
from faust.types.tables import GlobalTableT


class CustomerDirectory:
    """Read-only view of the ``customers`` global table (author id -> directory record)."""

    def __init__(self, table: GlobalTableT) -> None:
        self.table = table

    def get(self, author_id: str, default: Any = None) -> Any:
        raw = self.table.data.get(author_id.encode("utf-8"))
        if raw is None:
            return default
        try:
            value = orjson.loads(raw)
        except (orjson.JSONDecodeError, TypeError):
            return default
        return value if isinstance(value, dict) else default


def customer_directory(app: faust.App, source: faust.TopicT, partitions: int) -> CustomerDirectory:
    """The ``customers`` global table and the agent that copies ``source`` into it.

    Every worker keeps the whole directory: enrichment may read any author on any partition; the
    table's changelog replicates it to all workers."""
    customers = app.GlobalTable(
        "customers",
        default=None,
        key_type=bytes,  # bytes: the raw codec; records are parsed lazily, bad ones ignored
        value_type=bytes,
        partitions=partitions,
    )

    @app.agent(source, name="mentionflow.customers", concurrency=1)
    async def load_customers(stream: StreamT) -> None:
        async for event in stream.events():
            key = event.message.key
            if not key:
                continue
            if event.message.value is None:
                customers.pop(key, None)  # a tombstone: the customer was removed
            else:
                customers[key] = event.message.value

    return CustomerDirectory(customers)
