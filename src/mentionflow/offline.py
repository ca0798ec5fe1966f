"""``mentionflow process``: the stages over JSONL mentions, no Kafka (what the worker would emit)."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

from mentionflow.settings import load_settings


def process_lines(
    lines: Iterable[bytes], out: BinaryIO, *, until: str = "route", clock: str = "auto", customers: Path | None = None
) -> int:
    """Raw mention lines through the stages up to ``until``; each output record a JSON line on
    ``out``, invalid lines reported on stderr. 0, or 2 when a line was skipped."""
    from mentionflow.core.pipeline import Pipeline, ProcessClock
    from mentionflow.schema import CodecError, decode_raw_mention, encode

    settings = load_settings()
    core = Pipeline.from_settings(settings)
    if customers is not None:
        core.load_customers(customers)
    errors = 0
    process_clock = ProcessClock(clock)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = decode_raw_mention(line.rstrip(b"\r\n"), settings.max_payload_bytes, settings.max_text_chars)
        except CodecError as exc:
            errors += 1
            print(f"line {number}: {exc.code}: {exc}", file=sys.stderr)
            continue
        now = process_clock.now(raw)
        record: Any = core.enrich(raw, now)
        if until != "enrich":
            record = core.score(record)
        if until in ("dedup", "route"):
            try:
                record = core.dedup(record, now)
            except CodecError as exc:  # id_conflict: the worker dead-letters it
                errors += 1
                print(f"line {number}: {exc.code}: {exc}", file=sys.stderr)
                continue
        # Through routing: the mention's case revision, then the member cases an incident
        # escalation re-routes (the worker publishes both on cases.routed).
        outputs = [core.route(record, now), *core.escalations(record, now)] if until == "route" else [record]
        for output in outputs:
            if output is not None:
                out.write(encode(output) + b"\n")
    out.flush()
    if errors:
        print(f"{errors} invalid line(s) skipped", file=sys.stderr)
    return 2 if errors else 0
