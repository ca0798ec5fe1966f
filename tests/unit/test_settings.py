"""Configuration: env and file sources, validation messages that name the setting."""

from __future__ import annotations

import os
import re
import subprocess
import sys
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
        ("MENTIONFLOW_NOT_A_SETTING", "1", "MENTIONFLOW_NOT_A_SETTING"),
        ("MENTIONFLOW_PROCESING_GUARANTEE", "exactly_once", "did you mean MENTIONFLOW_PROCESSING_GUARANTEE"),
        ("MENTIONFLOW_DEDUP_WINDOW_S", "inf", "MENTIONFLOW_DEDUP_WINDOW_S"),
        ("MENTIONFLOW_NEAR_DUP_THRESHOLD", "nan", "MENTIONFLOW_NEAR_DUP_THRESHOLD"),
        ("MENTIONFLOW_BATCH_TIMEOUT_S", "nan", "MENTIONFLOW_BATCH_TIMEOUT_S"),
        ("MENTIONFLOW_EVENT_TIME_MAX_SKEW_S", "inf", "MENTIONFLOW_EVENT_TIME_MAX_SKEW_S"),
        ("MENTIONFLOW_MAX_TEXT_CHARS", "1000000000", "MENTIONFLOW_MAX_TEXT_CHARS"),
    ],
)
def test_bad_values_fail_with_the_setting_named(
    monkeypatch: pytest.MonkeyPatch, env: str, value: str, needle: str
) -> None:
    monkeypatch.setenv(env, value)
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


# --------------------------------------------------------------------------- secrets (issue 15)


@pytest.mark.parametrize(
    "password_line",
    ['sasl_password: "hunter2-secret\nweb_port: 1\n', "sasl_password: *hunter2-secret\n", "sasl_password: @hunter2\n"],
)
def test_a_yaml_syntax_error_does_not_echo_the_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, password_line: str
) -> None:
    config = tmp_path / "mf.yaml"
    config.write_text("security_protocol: SASL_SSL\nsasl_username: svc\n" + password_line)
    monkeypatch.setenv("MENTIONFLOW_CONFIG", str(config))
    with pytest.raises(SettingsError) as info:
        load_settings()
    assert "hunter2" not in str(info.value) and "line" in str(info.value)
    result = subprocess.run(
        [sys.executable, "-m", "mentionflow.cli", "settings", "--check"], capture_output=True, env=dict(os.environ)
    )
    assert result.returncode != 0 and b"hunter2" not in result.stdout + result.stderr
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize("kafka", ["user:pw-secret@broker:9092", "broker:9092,svc:pw-secret@other:9092"])
def test_credentials_in_the_bootstrap_servers_are_rejected_and_masked(
    monkeypatch: pytest.MonkeyPatch, kafka: str
) -> None:
    monkeypatch.setenv("MENTIONFLOW_KAFKA", kafka)
    with pytest.raises(SettingsError) as info:
        load_settings()
    assert "pw-secret" not in str(info.value) and "MENTIONFLOW_SASL_PASSWORD" in str(info.value)


def test_every_mentionflow_variable_the_project_reads_is_known() -> None:
    """A new MENTIONFLOW_* variable must be a setting or listed in OTHER_ENV_NAMES, or workers reject it."""
    from mentionflow.settings import OTHER_ENV_NAMES, Settings

    root = Path(__file__).parents[2]
    known = {f"MENTIONFLOW_{name.upper()}" for name in Settings.model_fields} | set(OTHER_ENV_NAMES)
    found: set[str] = set()
    files = [*root.joinpath("src").rglob("*.py"), *root.joinpath("tests").rglob("*.py"), root / "Makefile"]
    files += [p for d in ("scripts", "deploy") for p in root.joinpath(d).rglob("*") if p.is_file()]
    for path in [*files, root / "docker-compose.yml"]:
        found |= set(re.findall(r"MENTIONFLOW_[A-Z0-9_]*[A-Z0-9]", path.read_text(encoding="utf-8", errors="replace")))
    found -= {"MENTIONFLOW_NOT_A_SETTING", "MENTIONFLOW_PROCESING_GUARANTEE"}  # the tests' own typos
    assert sorted(found - known) == []


def test_secrets_from_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Docker/Kubernetes secrets mounted as files: one per setting, named like its variable."""
    (tmp_path / "mentionflow_sasl_password").write_text("from-a-file\n")
    (tmp_path / "mentionflow_sasl_username").write_text("svc")
    monkeypatch.setenv("MENTIONFLOW_SECRETS_DIR", str(tmp_path))
    monkeypatch.setenv("MENTIONFLOW_SECURITY_PROTOCOL", "SASL_SSL")
    settings = load_settings()
    assert settings.sasl_password is not None and settings.sasl_password.get_secret_value() == "from-a-file"
    assert settings.sasl_username == "svc"
    assert "from-a-file" not in str(settings.redacted())
    monkeypatch.setenv("MENTIONFLOW_SASL_USERNAME", "from-env")  # the environment wins over a file
    assert load_settings().sasl_username == "from-env"


def test_secrets_dir_must_exist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MENTIONFLOW_SECRETS_DIR", str(tmp_path / "nope"))
    with pytest.raises(SettingsError, match=r"MENTIONFLOW_SECRETS_DIR=.*not a folder"):
        load_settings()


def test_pipeline_config_carries_the_settings_the_core_loads_with(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MENTIONFLOW_SLA_P1_S", "600")
    monkeypatch.setenv("MENTIONFLOW_NEAR_DUP_THRESHOLD", "0.7")
    config = load_settings().pipeline_config()
    assert config.catalog_file.name == "catalog.yaml" and config.rules_file.name == "rules.yaml"
    assert config.sla_seconds is not None and config.sla_seconds["P1"] == 600
    assert config.dedup.near_dup_threshold == 0.7
    assert config.signals_file is None and config.replies_file is None
