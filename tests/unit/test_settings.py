"""Configuration: env and file sources, validation messages that name the setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentionflow.settings import SettingsError, load_settings, settings_markdown

DOCS = Path(__file__).parents[2] / "docs" / "settings.md"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for key in list(os.environ):
        if key.startswith("MENTIONFLOW_"):
            monkeypatch.delenv(key)


def test_defaults() -> None:
    s = load_settings()
    assert s.kafka == "127.0.0.1:9092"
    assert s.web_host == "127.0.0.1" and s.web_port == 6066
    assert s.topics.raw == "mentions.raw" and s.topics.routed == "cases.routed"
    assert s.processing_guarantee == "at_least_once"


def test_env_wins_over_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "mf.yaml"
    config.write_text("topic_prefix: prod.\nweb_port: 7000\nstages: enrich,sentiment\n")
    monkeypatch.setenv("MENTIONFLOW_CONFIG", str(config))
    monkeypatch.setenv("MENTIONFLOW_WEB_PORT", "7100")
    s = load_settings()
    assert s.topic_prefix == "prod." and s.topics.routed == "prod.cases.routed"
    assert s.web_port == 7100
    assert s.stage_list == ["enrich", "sentiment"]


@pytest.mark.parametrize(
    ("env", "value", "needle"),
    [
        ("MENTIONFLOW_WEB_PORT", "abc", "MENTIONFLOW_WEB_PORT"),
        ("MENTIONFLOW_TOPIC_PARTITIONS", "0", "MENTIONFLOW_TOPIC_PARTITIONS"),
        ("MENTIONFLOW_STAGES", "enrich,teleport", "teleport"),
        ("MENTIONFLOW_KAFKA", "no-port", "MENTIONFLOW_KAFKA"),
        ("MENTIONFLOW_SECURITY_PROTOCOL", "SASL_SSL", "SASL"),
        ("MENTIONFLOW_NOT_A_SETTING", "1", None),
    ],
)
def test_bad_values_fail_with_the_setting_named(
    monkeypatch: pytest.MonkeyPatch, env: str, value: str, needle: str | None
) -> None:
    monkeypatch.setenv(env, value)
    if needle is None:  # unknown env vars are ignored (only fields are read from the environment)
        load_settings()
        return
    with pytest.raises(SettingsError) as info:
        load_settings()
    assert needle in str(info.value)


def test_unknown_key_in_file_is_rejected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "mf.yaml"
    config.write_text("web_prot: 7000\n")
    monkeypatch.setenv("MENTIONFLOW_CONFIG", str(config))
    with pytest.raises(SettingsError, match=r"(?i)web_prot"):
        load_settings()


def test_password_is_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MENTIONFLOW_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("MENTIONFLOW_SASL_USERNAME", "svc")
    monkeypatch.setenv("MENTIONFLOW_SASL_PASSWORD", "hunter2-secret")
    s = load_settings()
    assert "hunter2-secret" not in repr(s)
    assert "hunter2-secret" not in str(s.redacted())


def test_docs_table_is_current() -> None:
    assert DOCS.read_text(encoding="utf-8") == settings_markdown(), "run: python scripts/update_docs.py"


def test_readme_has_the_settings_table() -> None:
    from mentionflow.settings import settings_table

    readme = (DOCS.parents[1] / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- settings-table")
    section = readme[readme.index("\n", start) + 1 : readme.index("<!-- /settings-table -->")]
    assert section == settings_table(), "run: python scripts/update_docs.py"


def test_topology_auto_fuses_a_worker_that_runs_the_four_core_stages() -> None:
    assert load_settings().fused  # every stage
    assert load_settings(stages="enrich,sentiment,dedup,route").fused
    assert not load_settings(stages="enrich,sentiment").fused
    assert not load_settings(topology="staged").fused


def test_topology_fused_needs_the_four_core_stages() -> None:
    with pytest.raises(SettingsError, match="stages lack dedup, route"):
        load_settings(stages="enrich,sentiment", topology="fused")
