"""The route stage: ``mentions.unique`` -> ``cases.routed`` (the case book: queue, priority, SLA,
escalations of incident members).

Owns the case table, its expiry and the rules file's hot reload."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from faust.types import EventT

from mentionflow import observability as obs
from mentionflow.core.cases import NO_CASE_ACTIONS
from mentionflow.core.pipeline import Pipeline
from mentionflow.core.route import RulesHolder
from mentionflow.runtime.host import StageHost
from mentionflow.runtime.records import Record
from mentionflow.schema import RoutedCase, UniqueMention, decode_unique, encode, parse_time

log = logging.getLogger("mentionflow")

STAGE = "route"


@dataclass(frozen=True, slots=True)
class Route:
    """What the route handler needs."""

    core: Pipeline
    out: str  # cases.routed
    cases: Callable[..., Any]  # the cases counter by queue, priority, update
    hits: Callable[..., Any]  # the dedup hits counter by kind

    @classmethod
    def of(cls, host: StageHost) -> Route:
        return cls(host.core, host.settings.topics.routed, obs.labelled(obs.CASES), obs.labelled(obs.DEDUP_HITS))


def revision_records(ctx: Route, revisions: Sequence[RoutedCase]) -> list[Record]:
    for revision in revisions:
        ctx.cases(revision.queue, revision.priority, revision.update).inc()
    return [(ctx.out, None, r.case_id.encode("utf-8"), encode(r)) for r in revisions]


# Dedup decisions that name a case it saw opened (a repost or a follow-up may open one).
_KNOWN_CASE_ACTIONS = frozenset({"near_duplicate", "replay"})


def routed_records(ctx: Route, unique: UniqueMention, now: float) -> list[Record]:
    d = unique.dedup
    if d.action in _KNOWN_CASE_ACTIONS and ctx.core.casebook.cases.get(d.case_id) is None:
        # Dedup remembers the case (the original a near-duplicate meets, or the mention itself)
        # and the case book does not: the two states of one partition diverged, and the case
        # opens again at revision 1 without the mentions it had (docs/reliability.md).
        log.warning("case %s (dedup: %s of %s) is not in the case book", d.case_id, d.action, unique.mention.id)
    case = ctx.core.route(unique, now)
    if case is None:
        if unique.dedup.action not in NO_CASE_ACTIONS:  # (own posts and noise are counted by dedup)
            ctx.hits("already_in_case").inc()
        return []
    ctx.cases(case.queue, case.priority, case.update).inc()
    published = time.time()
    obs.PIPELINE_LATENCY.observe(max(0.0, published - unique.trace.ingested_at))
    obs.EVENT_AGE.observe(max(0.0, published - parse_time(unique.mention.created_at)))
    return [(ctx.out, None, case.case_id.encode("utf-8"), encode(case))]


def route(ctx: Route, event: EventT, now: float) -> Sequence[Record]:
    unique = decode_unique(event.message.value)
    if unique.dedup.action == "incident_update":
        return revision_records(ctx, ctx.core.route_update(unique, now))
    return routed_records(ctx, unique, now)


def declare_tables(host: StageHost, name: str = "cases") -> None:
    host.stores.cases = host.table(name, direct=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def declare_timers(host: StageHost) -> None:
    s = host.settings
    rules_path = s.path_or_packaged(s.rules_file, "rules.yaml")
    rules_mtime = [_mtime(rules_path)]
    holders: list[RulesHolder] = []  # made on the first tick: the core is built after registration

    @host.timer(10.0, name="mentionflow.route-rules")
    async def reload_rules() -> None:
        """Operators edit the rules file in place; a bad edit is logged and the rules in force
        stay (RulesHolder keeps them)."""
        if not holders:
            holders.append(RulesHolder(host.core.rules, rules_path, s.sla_seconds))
        mtime = _mtime(rules_path)
        if mtime == rules_mtime[0]:
            return
        rules_mtime[0] = mtime
        holder = holders[0]
        error = holder.reload(rules_path)
        if error is not None:
            log.error("rules file rejected, previous rules stay in force: %s", error)
        else:
            host.core.set_rules(holder.rules)
            log.warning("rules reloaded from %s (sha256 %s)", rules_path, holder.rules.digest[:12])

    @host.timer(60.0, name="mentionflow.route-expire")
    async def expire() -> None:
        host.core.casebook.expire(time.time(), max(s.dedup_window_s, 2 * 86400))
        await host.send("expire", [])  # the tombstones, before yielding


def register(host: StageHost) -> None:
    declare_tables(host)
    declare_timers(host)
    host.run_batches(STAGE, host.topic(host.settings.topics.unique), lambda: functools.partial(route, Route.of(host)))
