"""py-spy's collapsed stacks, summarised: where a worker's busy time goes."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

# Inside a stage handler (decode + core + encode), the leaf frame's file names the work.
_HANDLER_LEAF: tuple[tuple[str, str], ...] = (
    ("mentionflow/core/sentiment.py", "core: sentiment"),
    ("mentionflow/core/dedup.py", "core: dedup"),
    ("mentionflow/core/similarity.py", "core: dedup"),
    ("mentionflow/core/cases.py", "core: route"),
    ("mentionflow/core/route.py", "core: route"),
    ("mentionflow/core/rules/", "core: route"),
    ("<routing rules>", "core: route"),
    ("mentionflow/core/enrich.py", "core: enrich"),
    ("mentionflow/core/catalog.py", "core: enrich"),
    ("mentionflow/core/lang.py", "core: enrich"),
    ("fasttext", "core: enrich"),
    ("mentionflow/core/text.py", "core: text normalise (enrich, sentiment)"),
    ("mentionflow/schema.py", "codec (orjson + record classes)"),
    ("prometheus_client", "metrics (prometheus_client)"),
)


# Elsewhere, the first marker found on the stack (innermost frame first).
_FRAMEWORK: tuple[tuple[str, str], ...] = (
    ("prometheus_client", "metrics (prometheus_client)"),
    ("Topic.send ", "faust: send path (Topic.send -> producer)"),
    ("Topic.publish_message", "faust: send path (Topic.send -> producer)"),
    ("aiokafka/producer", "aiokafka: produce requests"),
    ("aiokafka/consumer", "aiokafka: fetch + group"),
    ("aiokafka/", "aiokafka: protocol, connection"),
    ("faust/", "faust: streams, agents, consumer"),
    ("mode/", "faust: streams, agents, consumer"),
    ("asyncio/", "asyncio event loop"),
)


# A stage handler's frame: a module-level function (or a method) of mentionflow/stages/*.py, which
# the worker's batch path calls per event (``enrich``, ``sentiment``, ``dedup``, ``route``, the fused
# ``enrich_and_score`` / ``dedup_and_route``, the lifecycle and metrics handlers) and the helpers
# they call there. Not the timers those modules declare (``declare_timers.<locals>.expire``): a
# timer's time is filed by what it runs (its sends go to the faust/aiokafka categories).
_HANDLER_FRAME = re.compile(r"^\s*[\w.]+ \([^()]*mentionflow/stages/\w+\.py:\d+\)\s*$")

# The bench's faust-chain agents (tools/bench/roles.py, renamed ``hop<i>``) only decode and encode.
# py-spy names a frame by its code's qualname (``faust_chain_app.<locals>.make_agent.<locals>.agent``).
_CODEC_AGENT = re.compile(
    r"(?:^|\s|\.)(?:make_agent\.<locals>\.agent|hop\d+) \([^()]*mentionflow/tools/bench/roles\.py:"
)


def _frame_file(frame: str) -> str:
    m = re.search(r"\(([^()]*):\d+\)\s*$", frame)
    return m.group(1) if m else frame


def _frame_short(frame: str) -> str:
    m = re.match(r"\s*(.*?) \((.*):(\d+)\)\s*$", frame)
    if not m:
        return frame.strip()
    path = m.group(2)
    for marker in ("site-packages/", "lib/python3.11/", "src/"):
        if marker in path:
            path = path.split(marker, 1)[1]
    return f"{m.group(1)} ({path}:{m.group(3)})"


def _category(stack: list[str]) -> str:
    """Where one py-spy sample's time goes, judged on the frames of the callback the event loop
    is running (below its last ``Handle._run``), so the worker's root frames do not count."""
    leaf = stack[-1]
    if "selectors.py" in leaf and "select" in leaf:
        return "idle (waiting in epoll)"
    dispatch = [i for i, f in enumerate(stack) if "Handle._run" in f]
    own = stack[dispatch[-1] + 1 :] if dispatch else stack
    if not own:
        return "asyncio event loop"
    joined = ";".join(own)
    if "logging/__init__.py" in joined:
        return "logging (DEBUG records: faust's spinner sets the root logger to DEBUG)"
    if "send_changelog" in joined or "TableStore.__setitem__" in joined or "TableStore.__delitem__" in joined:
        return "tables: changelog writes"
    if "ProducerBuffer._handle_pending" in joined or "ProducerBuffer._send_pending" in joined:
        return "tables: changelog writes"  # send_soon: only the tables' changelogs use it here
    if any(_HANDLER_FRAME.search(f) for f in own):
        leaf_file = _frame_file(leaf)
        for marker, cat in _HANDLER_LEAF:
            if marker in leaf_file:
                return cat
        return "handler: other (stages/, runtime/, dataclasses, builtins)"
    if _CODEC_AGENT.search(leaf):
        return "codec (orjson loads + dumps)"
    for marker, cat in _FRAMEWORK:
        if marker in joined:
            return cat
    return "asyncio event loop" if "asyncio/" in leaf else "other"


# The framework's share, by the nearest framework frame to the leaf (the part of faust, mode or
# aiokafka whose own code, or what it called, was running): first match wins.
_FRAMEWORK_PARTS: tuple[tuple[str, str], ...] = (
    ("mentionflow/runtime/", "mentionflow runtime (batch loop, offset audit, RecordSender)"),
    ("faust/sensors/", "faust: sensors (Monitor)"),
    ("mode/threads.py", "faust: consumer thread hand-off (mode threads)"),
    ("ThreadDelegateConsumer", "faust: consumer thread hand-off (mode threads)"),
    ("run_coroutine_threadsafe", "faust: consumer thread hand-off (mode threads)"),
    ("faust/transport/conductor.py", "faust: conductor (topic -> streams)"),
    ("faust/events.py", "faust: Event objects"),
    ("faust/types/tuples.py", "faust: Message / FutureMessage objects"),
    ("Consumer.ack ", "faust: acks"),
    ("Stream.ack ", "faust: acks"),
    ("_on_message_out", "faust: acks"),
    ("faust/transport/consumer.py", "faust: consumer (getmany, offsets, commit)"),
    ("faust/transport/drivers/aiokafka.py", "faust: aiokafka driver (records -> messages, produce)"),
    ("faust/topics.py", "faust: Topic.send / publish (producer futures)"),
    ("faust/channels.py", "faust: Channel (send, queue)"),
    ("faust/transport/producer.py", "faust: producer buffer"),
    ("faust/streams.py", "faust: Stream (iteration, take_events, timers)"),
    ("faust/agents/", "faust: Agent"),
    ("faust/", "faust: other"),
    ("mode/", "mode (services, timers, queues)"),
    ("aiokafka/producer", "aiokafka: producer"),
    ("aiokafka/consumer", "aiokafka: consumer (fetcher)"),
    ("aiokafka/", "aiokafka: protocol, connection"),
)


def _framework_part(stack: list[str]) -> str | None:
    """The part of the framework one sample is in, judged below the event loop's last
    ``Handle._run`` (the callback it runs): the innermost framework frame there; none there (the
    loop's own scheduling, selecting, socket writes) is the event loop."""
    dispatch = [i for i, f in enumerate(stack) if "Handle._run" in f or "BaseEventLoop._run_once" in f]
    own = stack[dispatch[-1] + 1 :] if dispatch else stack
    for frame in reversed(own):  # innermost first
        for marker, part in _FRAMEWORK_PARTS:
            if marker in frame:
                return part
    return "asyncio event loop (scheduling, callbacks, socket writes)" if dispatch else None


def summarise_pyspy(raw: str) -> dict[str, Any]:
    """py-spy ``--format raw`` (collapsed stacks) to shares per category and top frames."""
    cats: Counter[str] = Counter()
    parts: Counter[str] = Counter()
    leaf: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    total = 0
    for line in raw.splitlines():
        stack_s, _, count_s = line.rpartition(" ")
        if not stack_s or not count_s.isdigit():
            continue
        count = int(count_s)
        stack = [f for f in stack_s.split(";") if f and not f.startswith("process ") and not f.startswith("thread ")]
        if not stack:
            continue
        total += count
        cat = _category(stack)
        cats[cat] += count
        if not cat.startswith("idle"):
            if cat.startswith(("faust", "aiokafka", "asyncio", "other")):
                parts[_framework_part(stack) or cat] += count
            leaf[_frame_short(stack[-1])] += count
            for fr in {_frame_short(f) for f in stack}:
                inclusive[fr] += count
    if not total:
        return {"tool": "py-spy", "samples": 0}
    busy = total - cats.get("idle (waiting in epoll)", 0)
    return {
        "tool": "py-spy",
        "samples": total,
        "busy_share": round(busy / total, 3),
        "categories_of_busy": {
            k: round(v / max(1, busy), 3) for k, v in cats.most_common() if not k.startswith("idle")
        },
        # The framework categories above, split by the nearest framework frame to the leaf.
        "framework_parts_of_busy": {k: round(v / max(1, busy), 3) for k, v in parts.most_common()},
        "top_self": [{"frame": k, "share": round(v / max(1, busy), 3)} for k, v in leaf.most_common(15)],
        "top_inclusive": [
            {"frame": k, "share": round(v / max(1, busy), 3)}
            for k, v in inclusive.most_common(40)
            if "mentionflow" in k or "faust" in k or "aiokafka" in k or "mode/" in k
        ][:20],
    }
