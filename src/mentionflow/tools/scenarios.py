"""Care scenarios: labelled conversations run through the whole core, as ``mentionflow process
--until route`` runs them, and checked against what a care lead expects.

A scenario file (``tests/data/scenarios/*.yaml``, format in that folder's README) holds
mentions in arrival order and expectations about the cases they end up in: priority band,
queue, team, action, intent, revision kind, flags and grouping. Each scenario runs on a fresh
core (empty state, the packaged catalog, rules and signals) with its own customer directory;
processing time is the mention's posting time plus its ``delay``.

``mentionflow evaluate --scenarios`` prints the pass rate per behaviour and writes it into
docs/quality.md; tests/unit/test_scenarios.py keeps them passing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import orjson
import yaml

from mentionflow.core.dedup import dedup_key
from mentionflow.core.pipeline import Pipeline, Stores
from mentionflow.schema import CodecError, decode_raw_mention, encode, parse_time, utc_iso

DEFAULT_START: Final = "2026-11-20T09:00:00Z"
_RANK: Final = {"P1": 0, "P2": 1, "P3": 2, "P4": 3}
_FLAG_FIELDS: Final = {
    "harm": lambda c: c.get("harm") is not None,
    "late_on_arrival": lambda c: bool(c.get("late_on_arrival")),
    "first_response": lambda c: c.get("first_response_at") is not None,
    "repeat_complainer": lambda c: bool(c.get("repeat_complainer")),
    "language_supported": lambda c: c.get("language_supported") is not False,
}


@dataclass(slots=True)
class Result:
    scenario: str
    behaviour: str
    language: str
    failures: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.failures


def load_scenarios(folder: Path) -> list[tuple[str, dict[str, Any]]]:
    """(behaviour, scenario) for every scenario of every file in ``folder``, in file order."""
    out: list[tuple[str, dict[str, Any]]] = []
    for path in sorted(folder.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for scenario in doc.get("scenarios") or []:
            out.append((str(doc.get("behaviour") or path.stem), scenario))
    return out


def _raw_json(scenario_id: str, mention: Mapping[str, Any], start: float, handles: Mapping[str, str]) -> bytes:
    """``handles``: the handle of each earlier mention's author, by its id in the scenario. A reply
    carries its answered post's author (``in_reply_to_handle``), as producers give it."""

    def qualified(mention_id: Any) -> str | None:
        return f"{scenario_id}/{mention_id}" if mention_id else None

    author = dict(mention.get("author") or {})
    record: dict[str, Any] = {
        "schema_version": 1,
        "id": qualified(mention["id"]),
        "channel": mention.get("channel", "twitter"),
        "text": mention.get("text", ""),
        "created_at": utc_iso(start + float(mention.get("at", 0))),
        "author": {
            "id": str(author.get("id", "anon")),
            "handle": str(author.get("handle", "anon")),
            "followers": author.get("followers"),
            "verified": bool(author.get("verified", False)),
        },
        "in_reply_to": qualified(mention.get("in_reply_to")),
        "reposted_id": qualified(mention.get("reposted_id")),
    }
    replied = handles.get(str(mention.get("in_reply_to")))
    if replied is not None:
        record["in_reply_to_handle"] = replied
    for key in ("brand", "lang", "url"):
        if mention.get(key) is not None:
            record[key] = mention[key]
    if mention.get("engagement"):
        record["engagement"] = mention["engagement"]
    return orjson.dumps(record)


def run_scenario(core_factory: Any, scenario: Mapping[str, Any], partitioned: bool = False) -> dict[str, Any]:
    """Run one scenario. Returns the case snapshots after each mention and the final cases:
    {"after": {mention id: {case id: revision}}, "cases": {case id: revision}}.

    ``partitioned``: as a worker with many partitions would, at worst: dedup and route run on
    stores of the mention's dedup key alone (each key its own partition, as the fused topology
    keys them); what only meets on one shared store (a brandless reply and the post it answers,
    without the brand on the record) is then lost, as it is in a deployment."""
    sid = str(scenario["id"])
    core: Pipeline = core_factory()
    customers = {str(c["author_id"]): dict(c) for c in scenario.get("customers") or []}
    core.stores.customers = customers
    by_key: dict[str, Pipeline] = {}
    start = parse_time(str(scenario.get("start") or DEFAULT_START))
    cases: dict[str, dict[str, Any]] = {}
    after: dict[str, dict[str, dict[str, Any]]] = {}
    handles: dict[str, str] = {}
    for mention in scenario.get("mentions") or []:
        data = _raw_json(sid, mention, start, handles)
        handles[str(mention["id"])] = str((mention.get("author") or {}).get("handle", "anon"))
        try:
            raw = decode_raw_mention(data)
        except CodecError:
            after[str(mention["id"])] = dict(cases)  # invalid input: a dead letter, no case
            continue
        now = parse_time(raw.created_at) + float(mention.get("delay", 0))
        scored = core.score(core.enrich(raw, now))
        stage = core
        if partitioned:
            stage = by_key.setdefault(dedup_key(scored), core_factory())
            stage.stores.customers = customers
        unique = stage.dedup(scored, now)
        for revision in [stage.route(unique, now), *stage.escalations(unique, now)]:
            if revision is not None:
                record = orjson.loads(encode(revision))
                cases[record["case_id"]] = record
        after[str(mention["id"])] = dict(cases)
    return {"after": after, "cases": cases}


def _case_holding(cases: Mapping[str, dict[str, Any]], mention_id: str) -> dict[str, Any] | None:
    for case in cases.values():
        if mention_id in case["mention_ids"]:
            return case
    return None


def _allowed(name: str, expected: Any, got: Any) -> str | None:
    values = expected if isinstance(expected, list) else [expected]
    return None if got in values else f"{name} {got!r} not in {values}"


def check_scenario(behaviour: str, scenario: Mapping[str, Any], run: Mapping[str, Any]) -> Result:
    sid = str(scenario["id"])
    result = Result(sid, behaviour, str(scenario.get("language", "en")))

    def qid(mention_id: Any) -> str:
        return f"{sid}/{mention_id}"

    for exp in scenario.get("expect") or []:
        mention = str(exp["mention"])
        when = str(exp.get("after", mention))
        snapshot = run["after"].get(when, {})
        case = _case_holding(snapshot, qid(mention))
        where = f"{mention}" + (f" after {when}" if when != mention else "")
        wants_case = exp.get("case", True)
        if case is None:
            if wants_case:
                result.failures.append(f"{where}: in no case")
            continue
        if not wants_case:
            result.failures.append(f"{where}: in case {case['case_id']} ({case['queue']}/{case['priority']})")
            continue
        checks = (
            ("priority", case["priority"]),
            ("queue", case["queue"]),
            ("team", case.get("team")),
            ("action", case["recommended_action"]["code"]),
            ("intent", case["intent"]),
            ("update", case["update"]),
        )
        for key, got in checks:
            if key in exp:
                problem = _allowed(key, exp[key], got)
                if problem:
                    result.failures.append(f"{where}: {problem} (rule {case['rule']})")
        if "not_action" in exp and case["recommended_action"]["code"] in exp["not_action"]:
            result.failures.append(f"{where}: action {case['recommended_action']['code']} is forbidden")
        for flag, want in (exp.get("flags") or {}).items():
            got_flag = _FLAG_FIELDS[flag](case)
            if got_flag != bool(want):
                result.failures.append(f"{where}: {flag} is {got_flag}, expected {bool(want)}")
        if "max_sla_minutes" in exp:
            minutes = (parse_time(case["sla_due_at"]) - parse_time(case["created_at"])) / 60.0
            if minutes > float(exp["max_sla_minutes"]) + 1e-6:
                result.failures.append(f"{where}: SLA {minutes:.0f} min > {exp['max_sla_minutes']}")
        if "min_priority_than" in exp:
            other = str(exp["min_priority_than"])
            before = _case_holding(run["after"].get(other, {}), qid(other))
            if before is not None and _RANK[case["priority"]] > _RANK[before["priority"]]:
                result.failures.append(f"{where}: priority {case['priority']} below {other}'s {before['priority']}")
        final = _case_holding(run["cases"], qid(mention))
        for key, same in (("same_case_as", True), ("different_case_from", False)):
            if key in exp:
                other_case = _case_holding(run["cases"], qid(exp[key]))
                together = final is not None and other_case is not None and final["case_id"] == other_case["case_id"]
                if together != same:
                    result.failures.append(f"{where}: {key} {exp[key]} does not hold")
    return result


def evaluate(folder: Path, core_factory: Any, partitioned: bool = False) -> list[Result]:
    results = []
    for behaviour, scenario in load_scenarios(folder):
        results.append(check_scenario(behaviour, scenario, run_scenario(core_factory, scenario, partitioned)))
    return results


def core_factory_from_settings() -> Any:
    """Fresh cores sharing the loaded catalog, rules and signals (state is per scenario)."""
    from mentionflow.settings import load_settings

    template = Pipeline.from_settings(load_settings())

    def make() -> Pipeline:
        return Pipeline(
            template.catalog, template.rules, Stores(), template.deduper.config, template.signals, template.replies
        )

    return make


def summary(results: Iterable[Result]) -> dict[str, tuple[int, int]]:
    """behaviour -> (passed, total), plus "all"."""
    table: dict[str, list[int]] = {}
    for r in results:
        for key in (r.behaviour, "all"):
            row = table.setdefault(key, [0, 0])
            row[0] += r.passed
            row[1] += 1
    return {k: (v[0], v[1]) for k, v in table.items()}


def markdown(results: list[Result], folder: str = "tests/data/scenarios") -> str:
    table = summary(results)
    by_language: dict[str, list[int]] = {}
    for r in results:
        row = by_language.setdefault(r.language, [0, 0])
        row[0] += r.passed
        row[1] += 1
    lines = [
        "## Care scenarios (triage)",
        "",
        f"`mentionflow evaluate --scenarios` over `{folder}` ({table.get('all', (0, 0))[1]} scenarios written from "
        "care practice; each runs through the whole core as `mentionflow process --until route` does).",
        "",
        "| behaviour | passed | total | pass rate |",
        "|---|---|---|---|",
    ]
    for behaviour in sorted(k for k in table if k != "all"):
        ok, total = table[behaviour]
        lines.append(f"| {behaviour} | {ok} | {total} | {ok / total:.1%} |")
    ok, total = table.get("all", (0, 0))
    lines.append(f"| **all** | **{ok}** | **{total}** | **{(ok / total if total else 0):.1%}** |")
    lines += ["", "| language | passed | total |", "|---|---|---|"]
    for language in sorted(by_language):
        ok, total = by_language[language]
        lines.append(f"| {language} | {ok} | {total} |")
    failed = [r for r in results if not r.passed]
    if failed:
        lines += ["", "Failing scenarios (first reason):", ""]
        lines += [f"- `{r.scenario}`: {r.failures[0]}" for r in failed]
    return "\n".join(lines) + "\n"


def blind_sets_markdown(data_dir: Path) -> str:
    """The blind sets (``blind_sets.yaml`` beside the scenario folders): pass counts on arrival,
    at the session start they were measured against, and now."""
    index = data_dir / "blind_sets.yaml"
    if not index.is_file():
        return ""
    sets = (yaml.safe_load(index.read_text(encoding="utf-8")) or {}).get("sets") or []
    lines = [
        "",
        "### Blind scenario sets",
        "",
        "Written by writers who read only the triage contract and the file format, never the router "
        "nor our scenarios (`tests/data/blind_sets.yaml`). *On arrival* is the one run before anyone "
        "read the set's failures: the honest estimate for scenarios the router has never seen.",
        "",
        "| set | writer | scenarios | at session start | on arrival (blind) | now |",
        "|---|---|---|---|---|---|",
    ]
    factory = core_factory_from_settings()
    for entry in sets:
        folder = data_dir / str(entry["folder"])
        if not folder.is_dir():
            continue
        results = evaluate(folder, factory)
        total = len(results)
        now = sum(r.passed for r in results)
        start, arrival = int(entry["start"]), int(entry["arrival"])
        lines.append(
            f"| `{entry['folder']}` | {entry['writer']} | {total} | {start} ({start / total:.0%}) "
            f"| {arrival} ({arrival / total:.0%}) | {now} ({now / total:.0%}) |"
        )
    return "\n".join(lines) + "\n"


START_MARK: Final = "<!-- scenarios: generated by `mentionflow evaluate --scenarios` -->"
END_MARK: Final = "<!-- /scenarios -->"


def default_folder() -> Path:
    """tests/data/scenarios of the checkout this package runs from."""
    return Path(__file__).resolve().parents[3] / "tests" / "data" / "scenarios"


def write_section(path: Path, section: str) -> None:
    """Put the scenarios section into ``path`` (docs/quality.md), replacing an earlier one."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Quality\n"
    block = f"{START_MARK}\n{section}{END_MARK}\n"
    if START_MARK in text and END_MARK in text:
        head, rest = text.split(START_MARK, 1)
        text = head + block + rest.split(END_MARK, 1)[1].lstrip("\n")
    else:
        text = text.rstrip("\n") + "\n\n" + block
    path.write_text(text, encoding="utf-8")


def report(folder: Path, out: Path | None = None) -> int:
    if not folder.is_dir():
        print(f"mentionflow: no scenario folder at {folder}")
        return 2
    results = evaluate(folder, core_factory_from_settings())
    for behaviour, (ok, total) in sorted(summary(results).items()):
        print(f"{behaviour:16} {ok:4d}/{total:<4d} {ok / total:6.1%}")
    target = out or Path(__file__).resolve().parents[3] / "docs" / "quality.md"
    write_section(target, markdown(results) + blind_sets_markdown(folder.parent))
    print(f"wrote {target}")
    return 0
