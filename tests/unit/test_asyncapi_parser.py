"""docs/asyncapi.yaml through the reference AsyncAPI parser (npm @asyncapi/parser), in Node.

The parser must build the document with no error-level diagnostic, and every message example
must match its payload schema (ajv). Deliberately broken copies must be rejected, so the check
can fail. Needs node and npm (tests/nodeenv.py: skipped locally without them, a failure in CI).
"""

from __future__ import annotations

import json
import subprocess
from typing import Any

import pytest
import yaml

from nodeenv import NODE_DIR, ROOT, node_or_skip

DOC = ROOT / "docs" / "asyncapi.yaml"


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """The parser's report on the document and on two broken copies (one Node process: the
    parser takes seconds to load)."""
    node = node_or_skip()
    folder = tmp_path_factory.mktemp("asyncapi")
    bad_action = yaml.safe_load(DOC.read_text(encoding="utf-8"))
    next(iter(bad_action["operations"].values()))["action"] = "publish"  # AsyncAPI 2's word, not 3's
    bad_example = yaml.safe_load(DOC.read_text(encoding="utf-8"))
    bad_example["components"]["messages"]["routedCase"]["examples"][0]["payload"]["revision"] = "two"
    paths = {"doc": DOC}
    for name, doc in (("bad_action", bad_action), ("bad_example", bad_example)):
        paths[name] = folder / f"{name}.yaml"
        paths[name].write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    result = subprocess.run(
        [node, str(NODE_DIR / "validate-asyncapi.mjs"), *map(str, paths.values())],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    try:
        found = json.loads(result.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"the parser script printed no report (rc {result.returncode}):\n{result.stderr[-3000:]}")
    assert result.returncode == 1  # the broken copies
    return dict(zip(paths, found, strict=True))


def test_the_reference_parser_accepts_the_document(reports: dict[str, dict[str, Any]]) -> None:
    report = reports["doc"]
    errors = [d for d in report["diagnostics"] if d["severity"] == "error"]
    assert report["ok"] and report["parsed"] and not errors and not report["badExamples"], report
    assert report["version"].startswith("3.")
    assert "cases.routed" in report["channels"] and len(report["channels"]) == 12
    assert report["examplesChecked"] >= 12


def test_the_reference_parser_rejects_a_broken_operation(reports: dict[str, dict[str, Any]]) -> None:
    report = reports["bad_action"]
    assert not report["ok"]
    assert any(d["severity"] == "error" and d["path"].endswith(".action") for d in report["diagnostics"]), report


def test_an_example_that_breaks_its_schema_is_rejected(reports: dict[str, dict[str, Any]]) -> None:
    report = reports["bad_example"]
    assert not report["ok"] and report["badExamples"][0]["message"] == "routedCase", report
