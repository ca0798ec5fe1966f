"""What the bench replays: the airline tweets (or the bundled sample), cycled with unique ids; the run's context."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from mentionflow.settings import Settings, load_settings, packaged_data
from mentionflow.tools.bench.config import LATENCY_RATE, BenchError, Sizes, say


def default_data_dir() -> Path:
    env = os.environ.get("MENTIONFLOW_SHARED_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[5] / "shared" / "data"


@dataclass
class BenchData:
    """Base mentions and the cycling rule: record ``seq`` is base[seq % n] with id
    ``<id>-<seq>`` and its event time shifted by ``(seq // n) * shift_s``."""

    source: str
    base: list[dict[str, Any]]
    base_ts: list[float]
    shift_s: float
    note: str = ""

    @classmethod
    def load(cls, data_dir: Path | None = None) -> BenchData:
        from mentionflow.schema import parse_time

        csv_path = (data_dir or default_data_dir()) / "airline_sentiment" / "Tweets.csv"
        note = ""
        base: list[dict[str, Any]] = []
        if csv_path.is_file():
            from mentionflow.adapters import csv_mentions

            with csv_path.open(encoding="utf-8", newline="") as fh:
                base = list(csv_mentions(fh))
            source = str(csv_path)
        else:
            note = (
                f"{csv_path} not found (set MENTIONFLOW_SHARED_DATA to the shared data dir): "
                "falling back to the bundled sample_mentions.jsonl, cycled"
            )
            say(note)
            sample = packaged_data("sample_mentions.jsonl")
            with sample.open("rb") as fh:
                for line in fh:
                    if line.strip():
                        with contextlib.suppress(orjson.JSONDecodeError):
                            obj = orjson.loads(line)
                            if isinstance(obj, dict) and obj.get("id") and obj.get("created_at"):
                                base.append(obj)
            source = f"{sample} (fallback)"
        if not base:
            raise BenchError(f"no mentions to replay from {source}")
        kept = _case_mentions(base)
        if len(kept) < len(base):
            note = (note + "; " if note else "") + (
                f"{len(base) - len(kept)} of {len(base)} mentions left out: they open or join no case "
                "(the brand's own posts, mentions that name no brand), so no output would count them"
            )
            base = kept
        base_ts = [parse_time(m["created_at"]) for m in base]
        span = max(base_ts) - min(base_ts)
        shift = (int(span // 86400) + 2) * 86400.0  # the span plus at least a day, whole days
        return cls(source=source, base=base, base_ts=base_ts, shift_s=shift, note=note)

    def mention(self, seq: int) -> dict[str, Any]:
        from mentionflow.schema import utc_iso

        cycle, idx = divmod(seq, len(self.base))
        m = dict(self.base[idx])
        m["id"] = f"{m['id']}-{seq}"
        if cycle:
            m["created_at"] = utc_iso(self.base_ts[idx] + cycle * self.shift_s)
        return m

    def records(self, start: int, count: int) -> list[tuple[bytes, bytes]]:
        """(key, value) for ``seq`` in [start, start + count): key = mention id."""
        out = []
        for seq in range(start, start + count):
            m = self.mention(seq)
            out.append((m["id"].encode("utf-8"), orjson.dumps(m)))
        return out


def _case_mentions(base: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The mentions the core puts in a case revision as its newest mention: the bench counts a
    mention's output by the last id of a revision of ``cases.routed``."""
    from mentionflow.core.pipeline import Pipeline
    from mentionflow.schema import CodecError, parse_time, raw_mention_from_dict

    core = Pipeline.from_settings(load_settings())
    kept = []
    for seq, obj in enumerate(base):
        try:
            # As the bench sends it: its id carries the sequence number (so an in_reply_to names
            # no mention the bench sent).
            raw = raw_mention_from_dict({**obj, "id": f"{obj['id']}-{seq}"})
        except CodecError:
            continue
        _, case = core.run(raw, parse_time(raw.created_at) + 5)
        if case is not None and case.mention_ids[-1] == raw.id:
            kept.append(obj)
    return kept


def seq_of(mention_id: str | bytes | None) -> int | None:
    if mention_id is None:
        return None
    if isinstance(mention_id, bytes):
        mention_id = mention_id.decode("utf-8", "replace")
    _, _, tail = mention_id.rpartition("-")
    return int(tail) if tail.isdigit() else None


@dataclass
class RunContext:
    settings: Settings
    data: BenchData
    sizes: Sizes
    run_id: str
    tmp: Path
    profile: bool = False
    py_spy: str | None = None
    latency_rate: float = LATENCY_RATE
    next_seq: int = 0
    results: dict[str, Any] = field(default_factory=dict)
    broker_pid: int | None = None  # for the CPU split; None with an external broker
