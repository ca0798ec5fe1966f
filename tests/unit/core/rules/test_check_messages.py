"""`mentionflow rules check` on 110 broken (and a few valid) rules files: the exact messages.

The expected output is tests/data/rules_check_messages.txt, recorded before core/route.py
became core/rules/ (issue 17); a change in any message, line or exit code shows here. After
an intended change, regenerate it: python tests/unit/core/rules/test_check_messages.py
"""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

from mentionflow.rules_cli import check

from rulesamples import MINIMAL

EXPECTED = Path(__file__).resolve().parents[3] / "data" / "rules_check_messages.txt"

QUEUES = (
    "  care-tier1: {description: Everyday cases, team: tier1}\n  no-response: {description: Not answered, team: none}"
)
W = "    when:\n      all:\n        - {field: intent, eq: spam}\n        - {field: sentiment.score, lte: 1}\n"


def when(cond: str) -> str:
    return MINIMAL.replace(W, f"    when: {cond}\n")


CASES: dict[str, str | bytes] = {
    "ok_minimal": MINIMAL,
    "ok_regex": when("{field: text, matches: '(?i)refund|charge'}"),
    "ok_has_list": when("{field: signals, has: [" + "legal_threat" + "]}"),
    "ok_not_any": when("{not: {any: [{field: channel, in: [email, other]}, {field: brand, exists: false}]}}"),
    "yaml_syntax": MINIMAL.replace("queues:", "queues: [\n"),
    "yaml_tab": MINIMAL.replace("  drop:", "\tdrop:"),
    "yaml_formfeed_comment": MINIMAL.replace("rules:", "# hello \x0c there\nrules:"),
    "yaml_nul": MINIMAL.replace("rules:", "rules:\x00"),
    "yaml_python_tag": MINIMAL.replace("Spam, no response.", "!!python/object:os.system ls"),
    "yaml_merge": MINIMAL.replace(
        "  no-response: {description: Not answered, team: none}",
        "  base: &b {description: x, team: y}\n  no-response: {<<: *b}",
    ),
    "yaml_complex_key": MINIMAL.replace("  drop: Spam, no response.", "  ? [a, b]\n  : x\n  drop: Spam, no response."),
    "yaml_duplicate_key": MINIMAL.replace("  waited: 10", "  waited: 10\n  waited: 11"),
    "yaml_billion_laughs": "a: &a [x,x,x,x,x,x,x,x,x,x]\n"
    + "".join(f"{b}: &{b} [{','.join(['*' + a] * 10)}]\n" for a, b in zip("abcde", "bcdef", strict=True)),
    "yaml_deep_flow": "a: " + "[" * 200 + "]" * 200 + "\n",
    "yaml_deep_block": "".join("  " * i + f"k{i}:\n" for i in range(80)) + "  " * 80 + "v\n",
    "yaml_very_deep": "a: " + "[" * 5000 + "]" * 5000 + "\n",
    "empty": "",
    "only_comment": "# nothing\n",
    "not_mapping": "- a\n- b\n",
    "scalar_doc": "hello\n",
    "bad_utf8": MINIMAL.encode() + b"\n# \xff\xfe\n",
    "bom": b"\xef\xbb\xbf" + MINIMAL.encode(),
    "too_big": "# " + "x" * 1_048_600 + "\n",
    "unknown_top_key": MINIMAL + "extra: 1\n",
    "missing_rules": MINIMAL.split("rules:")[0],
    "bad_version": "version: 2\n" + MINIMAL,
    "bool_version": "version: true\n" + MINIMAL,
    "no_queues": MINIMAL.replace(
        QUEUES,
        "  {}",
    ),
    "queues_list": MINIMAL.replace("queues:\n", "queues:\n  - x\n", 1).replace(
        QUEUES + "\n",
        "",
    ),
    "queue_bad_name": MINIMAL.replace("care-tier1:", "'care tier1':").replace(
        "queue: care-tier1", "queue: 'care tier1'"
    ),
    "queue_missing_team": MINIMAL.replace("{description: Not answered, team: none}", "{description: Not answered}"),
    "queue_not_mapping": MINIMAL.replace("{description: Not answered, team: none}", "hello"),
    "queue_empty_description": MINIMAL.replace("description: Not answered", "description: '  '"),
    "queue_long_team": MINIMAL.replace("team: none", "team: " + "t" * 300),
    "sla_string": MINIMAL.replace("thresholds:", "sla: {P1: fast}\nthresholds:"),
    "sla_too_long": MINIMAL.replace("thresholds:", "sla: {P4: 1000000000000}\nthresholds:"),
    "sla_zero": MINIMAL.replace("thresholds:", "sla: {P2: 0}\nthresholds:"),
    "sla_bool": MINIMAL.replace("thresholds:", "sla: {P2: true}\nthresholds:"),
    "sla_order": MINIMAL.replace("thresholds:", "sla: {P1: 7200, P2: 3600}\nthresholds:"),
    "sla_unknown_prio": MINIMAL.replace("thresholds:", "sla: {P5: 10}\nthresholds:"),
    "sla_list": MINIMAL.replace("thresholds:", "sla: [1, 2]\nthresholds:"),
    "tiers_unknown": MINIMAL.replace("thresholds:", "customer_tiers: {diamond: 1}\nthresholds:"),
    "tiers_steps": MINIMAL.replace("thresholds:", "customer_tiers: {gold: 4}\nthresholds:"),
    "weights_missing": MINIMAL.replace("  waited: 10\n", ""),
    "weights_negative": MINIMAL.replace("waited: 10", "waited: -1"),
    "weights_nan": MINIMAL.replace("waited: 10", "waited: .nan"),
    "weights_huge": MINIMAL.replace("waited: 10", "waited: 1e9"),
    "weights_zero": MINIMAL.replace(": 20\n", ": 0\n")
    .replace(": 25\n", ": 0\n")
    .replace(": 12\n", ": 0\n")
    .replace(": 10\n", ": 0\n")
    .replace(": 8\n", ": 0\n")
    .replace(": 5\n", ": 0\n"),
    "weights_unknown": MINIMAL.replace("  waited: 10", "  waited: 10\n  mood: 3"),
    "thresholds_order": MINIMAL.replace("{P1: 70, P2: 50, P3: 30}", "{P1: 40, P2: 50, P3: 30}"),
    "thresholds_text": MINIMAL.replace("{P1: 70, P2: 50, P3: 30}", "{P1: high, P2: 50, P3: 30}"),
    "thresholds_p4": MINIMAL.replace("{P1: 70, P2: 50, P3: 30}", "{P1: 70, P2: 50, P3: 30, P4: 10}"),
    "thresholds_missing": MINIMAL.replace("{P1: 70, P2: 50, P3: 30}", "{P1: 70, P2: 50}"),
    "action_bad_code": MINIMAL.replace("  drop: Spam", "  'drop it': Spam"),
    "action_empty": MINIMAL.replace("Spam, no response.", "''"),
    "action_long": MINIMAL.replace("Spam, no response.", "x" * 2100),
    "private_unknown": MINIMAL + "private_channel_actions: {drop: nope}\n",
    "positive_unknown_key": MINIMAL + "positive_followup_actions: {nope: drop}\n",
    "rules_empty": MINIMAL.split("rules:")[0] + "rules: []\n",
    "rules_mapping": MINIMAL.split("rules:")[0] + "rules: {a: 1}\n",
    "rule_not_mapping": MINIMAL.replace("  - id: catch-all", "  - hello\n  - id: catch-all"),
    "rule_no_id": MINIMAL.replace("  - id: catch-all\n", "  - description: x\n"),
    "rule_bad_id": MINIMAL.replace("id: spam", "id: 'sp am'"),
    "rule_duplicate_id": MINIMAL.replace("id: catch-all", "id: spam"),
    "rule_unknown_key": MINIMAL.replace("    priority: P4", "    priority: P4\n    colour: red"),
    "rule_unknown_queue": MINIMAL.replace("queue: no-response", "queue: nowhere"),
    "rule_unknown_action": MINIMAL.replace("action: drop", "action: explode"),
    "rule_both_priorities": MINIMAL.replace("    priority: P4", "    priority: P4\n    min_priority: P2"),
    "rule_bad_priority": MINIMAL.replace("priority: P4", "priority: P9"),
    "rule_bad_min_priority": MINIMAL.replace("priority: P4", "min_priority: 1"),
    "rule_catchall_not_last": MINIMAL.replace("  - id: spam\n" + W, "  - id: spam\n"),
    "rule_last_has_when": MINIMAL.replace(
        "  - id: catch-all\n", "  - id: catch-all\n    when: {field: public, eq: true}\n"
    ),
    "cond_unknown_field": when("{field: mood, eq: sad}"),
    "cond_field_not_text": when("{field: 12, eq: sad}"),
    "cond_bad_enum": when("{field: channel, eq: myspace}"),
    "cond_enum_bool": when("{field: severity, eq: no}"),
    "cond_null_not_nullable": when("{field: channel, eq: null}"),
    "cond_bool_field_number": when("{field: public, eq: 1}"),
    "cond_number_field_text": when("{field: waited_s, gt: soon}"),
    "cond_str_field_number": when("{field: brand, eq: 7}"),
    "cond_unknown_op": when("{field: intent, like: spam}"),
    "cond_two_ops": when("{field: intent, eq: spam, ne: rant}"),
    "cond_no_op": when("{field: intent}"),
    "cond_no_field": when("{eq: spam}"),
    "cond_list_eq": when("{field: signals, eq: legal_threat}"),
    "cond_has_non_list": when("{field: intent, has: spam}"),
    "cond_has_empty": when("{field: signals, has: []}"),
    "cond_has_unknown": when("{field: signals, has: [nope]}"),
    "cond_eq_list": when("{field: intent, eq: [spam]}"),
    "cond_in_scalar": when("{field: intent, in: spam}"),
    "cond_in_nested": when("{field: intent, in: [[spam]]}"),
    "cond_in_too_many": when("{field: brand, in: [" + ", ".join(f"b{i}" for i in range(1001)) + "]}"),
    "cond_gt_text_field": when("{field: text, gt: 3}"),
    "cond_gt_nan": when("{field: waited_s, gt: .nan}"),
    "cond_matches_number_field": when("{field: waited_s, matches: x}"),
    "cond_matches_not_text": when("{field: text, matches: 5}"),
    "cond_regex_pcre": when("{field: text, matches: '(?<=a)b'}"),
    "cond_regex_backref": when("{field: text, matches: '(a)\\\\1'}"),
    "cond_regex_too_long": when("{field: text, matches: '" + "a" * 600 + "'}"),
    "cond_regex_bad_paren": when("{field: text, matches: '(abc'}"),
    "cond_exists_text": when("{field: brand, exists: maybe}"),
    "cond_empty": when("{}"),
    "cond_scalar": when("hello"),
    "cond_combinator_extra": when("{all: [{field: public, eq: true}], field: x}"),
    "cond_all_empty": when("{all: []}"),
    "cond_any_scalar": when("{any: 3}"),
    "cond_too_deep": when("{not: " * 20 + "{field: public, eq: true}" + "}" * 20),
    "cond_deep_ok": when("{not: " * 10 + "{field: public, eq: true}" + "}" * 10),
    "rule_too_many": MINIMAL.replace(
        "  - id: catch-all",
        "".join(
            f"  - {{id: r{i}, queue: care-tier1, action: drop, when: {{field: public, eq: true}}}}\n"
            for i in range(1001)
        )
        + "  - id: catch-all",
    ),
    "form_feed_in_value": MINIMAL.replace("Spam, no response.", "'Spam\x0cno response'"),
    "surrogate_text": MINIMAL.replace("Spam, no response.", '"\\ud800 spam"'),
    "lone_cr": MINIMAL.replace("\n", "\r"),
    "crlf": MINIMAL.replace("\n", "\r\n"),
}


def write_files(folder: Path) -> list[Path]:
    """The rules files of CASES in ``folder`` (plus a folder and a missing path), sorted by name."""
    for name, content in CASES.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
        (folder / f"{name}.yaml").write_bytes(data)
    (folder / "a_directory.yaml").mkdir()
    return [*sorted(folder.glob("*.yaml")), folder / "missing.yaml"]


def check_output(folder: Path) -> str:
    """What `rules check` prints for every file, with the folder written as <dir>."""
    lines = []
    for path in write_files(folder):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = check(path)
        lines.append(f"== {path.name} exit {code}\n{out.getvalue()}{err.getvalue()}")
    return "".join(lines).replace(str(folder), "<dir>")


def test_rules_check_messages_are_unchanged(tmp_path: Path) -> None:
    assert check_output(tmp_path) == EXPECTED.read_text(encoding="utf-8")


if __name__ == "__main__":  # regenerate the expected output
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        EXPECTED.write_text(check_output(Path(folder)), encoding="utf-8")
    print(f"wrote {EXPECTED}", file=sys.stderr)
