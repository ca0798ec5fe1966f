"""The least-privilege ACL file (data/acls.yaml) and its kafka-acls.sh rendering (docs/security.md).

Applied on a real secure broker by tests/integration/test_secure_kafka.py; here: what it grants."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mentionflow import acls
from mentionflow.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("MENTIONFLOW_"):
            monkeypatch.delenv(key)


def grants(settings: Settings, principal: str) -> set[tuple[str, str, str, str]]:
    return {
        (a.resource, a.name, a.pattern, a.operation)
        for a in acls.load(acls.default_file(), settings)
        if a.principal == principal
    }


def test_each_tool_gets_only_its_job() -> None:
    s = Settings(topic_prefix="prod.", app_id="care")
    replay = grants(s, "User:mf-replay")
    assert replay == {("topic", "prod.mentions.raw", "literal", op) for op in ("Write", "Describe")}
    tail = grants(s, "User:mf-tail")
    assert {op for *_, op in tail} == {"Read", "Describe"}  # reads, never writes or creates
    assert ("topic", "prod.cases.routed", "literal", "Read") in tail
    topics = grants(s, "User:mf-topics")
    assert {op for *_, op in topics} == {"Create", "Describe"}
    assert {name for _, name, *_ in topics} == set(s.topics.all())


def test_worker_reads_inputs_writes_outputs_and_owns_its_group_and_changelogs() -> None:
    s = Settings(topic_prefix="prod.", app_id="care")
    worker = grants(s, "User:mf-worker")
    assert ("topic", "prod.mentions.raw", "literal", "Read") in worker
    assert ("topic", "prod.mentions.raw", "literal", "Write") not in worker  # replay's job
    assert ("topic", "prod.customers", "literal", "Write") not in worker  # the CRM's
    assert ("topic", "prod.cases.events", "literal", "Write") not in worker  # the desk's
    for output in ("prod.cases.routed", "prod.mentions.deadletter", "prod.cases.alerts", "prod.metrics.rolling"):
        assert ("topic", output, "literal", "Write") in worker
    for op in ("Read", "Write", "Create", "Describe"):
        assert ("topic", "care-", "prefixed", op) in worker  # faust changelogs, assignor topic
    assert ("group", "care", "literal", "Read") in worker
    assert not any(resource in ("cluster", "transactional_id") for resource, *_ in worker)
    # Nothing outside the prefix and app id.
    assert all(name.startswith(("prod.", "care")) for _, name, *_ in worker)


def test_exactly_once_adds_transactional_ids() -> None:
    s = Settings(app_id="care", processing_guarantee="exactly_once")
    worker = grants(s, "User:mf-worker")
    assert {("transactional_id", "care", "prefixed", op) for op in ("Write", "Describe")} <= worker


def test_principal_override() -> None:
    loaded = acls.load(acls.default_file(), Settings(), {"worker": "User:svc-care"})
    assert {a.principal for a in loaded} == {"User:svc-care", "User:mf-replay", "User:mf-tail", "User:mf-topics"}


@pytest.mark.parametrize(
    ("grant", "message"),
    [
        ("{principal: worker, topics: [rawz], operations: [Read]}", "unknown topic 'rawz'"),
        ("{principal: worker, topics: [raw], operations: [Reed]}", "unknown operation"),
        ("{principal: nobody, topics: [raw], operations: [Read]}", "unknown principal 'nobody'"),
        ("{principal: worker, operations: [Read]}", "names no resource"),
        ("{principal: worker, group: '{nope}', operations: [Read]}", "unknown placeholder"),
    ],
)
def test_bad_grants_are_named(tmp_path: Path, grant: str, message: str) -> None:
    path = tmp_path / "acls.yaml"
    path.write_text(f"principals: {{worker: 'User:w'}}\ngrants:\n  - {grant}\n")
    with pytest.raises(acls.AclFileError, match=message) as info:
        acls.load(path, Settings())
    assert "grant 1" in str(info.value)


def test_deploy_script_is_the_rendered_file() -> None:
    """deploy/kafka/acls.sh is `mentionflow acls print` for the default prefix and app id."""
    expected = acls.render_commands(acls.load(acls.default_file(), Settings()))
    assert (ROOT / "deploy" / "kafka" / "acls.sh").read_text() == expected, (
        "run: mentionflow acls print > deploy/kafka/acls.sh"
    )
    assert (
        "--group mentionflow" in expected and "--topic mentionflow- \\\n  --resource-pattern-type prefixed" in expected
    )
    assert "--transactional-id" not in expected  # at_least_once, the default
