"""The mentionflow command without Kafka: process, rules check, settings; and the adapters."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import orjson
import pytest

import mentionflow
from mentionflow.adapters import AdapterError, csv_text, from_x_v2
from mentionflow.procs import free_port
from mentionflow.schema import raw_mention_from_dict
from mentionflow.settings import packaged_data

SHARED = Path(__file__).parents[3] / "shared" / "data"


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "mentionflow.cli", *args], input=stdin, capture_output=True, timeout=120
    )


def test_process_until_enrich_is_one_record_per_mention_in_order() -> None:
    lines = packaged_data("sample_mentions.jsonl").read_bytes().splitlines()[:40]
    result = run("process", "--until", "enrich", stdin=b"\n".join(lines) + b"\n")
    assert result.returncode == 0, result.stderr.decode()
    out = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert [r["mention"]["id"] for r in out] == [orjson.loads(line)["id"] for line in lines]
    assert all("lang" in r["enrichment"] for r in out)


def test_process_until_route_writes_cases_and_reports_bad_lines() -> None:
    lines = packaged_data("sample_mentions.jsonl").read_bytes().splitlines()[:20]
    result = run("process", "--until", "route", stdin=b"\n".join([*lines, b"{not json"]) + b"\n")
    assert result.returncode == 2
    assert b"line 21: malformed_json" in result.stderr
    cases = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert cases and all(c["case_id"].startswith("case-") and c["queue"] for c in cases)


def test_process_until_route_includes_incident_escalations() -> None:
    sample = packaged_data("sample_mentions.jsonl").read_bytes()
    result = run("process", "--until", "route", stdin=sample)
    assert result.returncode == 0, result.stderr.decode()
    cases = [orjson.loads(line) for line in result.stdout.splitlines()]
    escalated = [c for c in cases if c["update"] == "incident_escalated"]
    # The sample's outage re-routes earlier reporters' cases, as the worker would publish them.
    assert escalated and all(c["incident_id"] for c in escalated)


def test_rules_check() -> None:
    ok = run("rules", "check", str(packaged_data("rules.yaml")))
    assert ok.returncode == 0 and b"OK" in ok.stdout


def test_rules_check_rejects_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "rules.yaml"
    bad.write_text("intnet_weights: 3\n" + packaged_data("rules.yaml").read_text())
    result = run("rules", "check", str(bad))
    assert result.returncode == 1
    assert b"line 1" in result.stderr and b"intnet" in result.stderr


@pytest.mark.parametrize(
    "text",
    [
        "# form feed \x0c in a comment\n" + packaged_data("rules.yaml").read_text(),
        "[" * 500 + "]" * 500,
        packaged_data("rules.yaml").read_text().replace("P4: 86400 ", "P4: 1000000000000 "),
    ],
    ids=["form-feed", "nested", "sla"],
)
def test_rules_check_prints_one_line_for_any_bad_file(tmp_path: Path, text: str) -> None:
    bad = tmp_path / "rules.yaml"
    bad.write_text(text)
    result = run("rules", "check", str(bad))
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr
    assert result.stderr.startswith(b"ERROR: ") and result.stderr.count(b"\n") == 1, result.stderr


def test_x_v2_tweet_adapter() -> None:
    payload = {
        "data": {
            "id": "1860000000001",
            "text": "RT @jo: @NimbusHelp no signal",
            "author_id": "42",
            "created_at": "2026-11-20T09:00:00.000Z",
            "lang": "en",
            "referenced_tweets": [{"type": "retweeted", "id": "1859999999999"}],
            "public_metrics": {"like_count": 3, "retweet_count": 1, "reply_count": 0},
        },
        "includes": {
            "users": [{"id": "42", "username": "sam", "verified": True, "public_metrics": {"followers_count": 1200}}]
        },
    }
    m = raw_mention_from_dict(from_x_v2(payload))
    assert m.id == "tw-1860000000001" and m.reposted_id == "tw-1859999999999"
    assert m.author.handle == "sam" and m.author.followers == 1200 and m.author.verified
    with pytest.raises(AdapterError):
        from_x_v2({"data": {"text": "no id"}})


def test_csv_adapters_on_known_shapes() -> None:
    airline = (
        "tweet_id,airline_sentiment,airline,name,text,tweet_created\n"
        '570306133677760513,neutral,Virgin America,cairdin,"@VirginAmerica What @dhepburn said.",'
        "2015-02-24 11:35:52 -0800\n"
    )
    m = raw_mention_from_dict(next(csv_text(airline)))
    assert m.brand == "Virgin America" and m.created_at == "2015-02-24T19:35:52.000Z"
    twcs = (
        "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
        "1,sprintcare,False,Tue Oct 31 22:10:47 +0000 2017,reply,,\n"
        "2,115712,True,Tue Oct 31 22:11:45 +0000 2017,@sprintcare help,1,\n"
    )
    rows = list(csv_text(twcs))
    assert [r["id"] for r in rows] == ["tw-2"]  # the brand's own replies are not mentions
    with pytest.raises(AdapterError):
        list(csv_text("a,b\n1,2\n"))


@pytest.mark.skipif(not SHARED.exists(), reason="shared data not present")
def test_shared_csvs_map_to_valid_mentions() -> None:
    for path in [SHARED / "airline_sentiment" / "Tweets.csv", SHARED / "twcs_customer_support" / "twcs_random5000.csv"]:
        with path.open(encoding="utf-8", newline="") as fh:
            from mentionflow.adapters import csv_mentions

            mentions = [raw_mention_from_dict(m) for m in csv_mentions(fh)]
        assert len(mentions) > 1000


# ----------------------------------------------------------------------------- user errors: one line


def run_env(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None, stdin: bytes = b"") -> Any:
    base = {k: v for k, v in os.environ.items() if not k.startswith("MENTIONFLOW_")}
    return subprocess.run(
        [sys.executable, "-m", "mentionflow.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        env={**base, **(env or {})},
        cwd=cwd,
    )


def one_line(result: Any) -> str:
    """The whole of stderr, which must be one line and no traceback."""
    err = result.stderr.decode()
    assert "Traceback" not in err, err
    assert len(err.strip().splitlines()) == 1, err
    return err.strip()


def closed_port() -> int:
    return free_port()  # free: nothing listens there


@pytest.mark.parametrize(
    "args",
    [("topics", "create"), ("tail", "cases.routed", "--timeout", "2"), ("replay", "sample"), ("worker",)],
    ids=["topics", "tail", "replay", "worker"],
)
def test_unreachable_kafka_is_one_line_and_exit_2(args: tuple[str, ...], tmp_path: Path) -> None:
    bootstrap = f"127.0.0.1:{closed_port()}"
    # (a worker waits MENTIONFLOW_BROKER_WAIT_S for a broker that is not up yet; here: not at all)
    env = {"MENTIONFLOW_KAFKA": bootstrap, "MENTIONFLOW_DATA_DIR": str(tmp_path), "MENTIONFLOW_BROKER_WAIT_S": "0"}
    result = run_env(*args, env=env)
    assert result.returncode == 2
    line = one_line(result)
    assert line.startswith("mentionflow: MENTIONFLOW_KAFKA: cannot reach bootstrap server " + bootstrap), line


def test_replay_of_a_missing_file_fails_before_connecting(tmp_path: Path) -> None:
    # The broker address is unreachable too: the file error must come first (nothing connects).
    env = {"MENTIONFLOW_KAFKA": f"127.0.0.1:{closed_port()}"}
    result = run_env("replay", str(tmp_path / "nope.jsonl"), env=env)
    assert result.returncode == 2
    assert one_line(result) == f"mentionflow: {tmp_path / 'nope.jsonl'}: No such file or directory"


@pytest.mark.parametrize("setting", ["RULES_FILE", "CATALOG_FILE", "SIGNALS_FILE", "REPLIES_FILE"])
def test_missing_data_file_is_one_line(setting: str, tmp_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    result = run_env("process", env={f"MENTIONFLOW_{setting}": str(missing)})
    assert result.returncode == 2
    line = one_line(result)
    assert str(missing) in line and "No such file" in line, line


def test_missing_customers_file_is_one_line(tmp_path: Path) -> None:
    result = run_env("process", "--customers", str(tmp_path / "nope.jsonl"))
    assert result.returncode == 2
    assert "nope.jsonl: No such file or directory" in one_line(result)


def test_process_into_a_closed_pipe_exits_quietly() -> None:
    """`mentionflow process | head -1`: the reader goes away; no BrokenPipeError traceback."""
    sample = packaged_data("sample_mentions.jsonl")
    base = {k: v for k, v in os.environ.items() if not k.startswith("MENTIONFLOW_")}
    with sample.open("rb") as stdin:
        proc = subprocess.Popen(
            [sys.executable, "-m", "mentionflow.cli", "process"],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=base,
        )
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.readline()
        proc.stdout.close()  # what `head -1` does after its line
        err = proc.stderr.read().decode()
        code = proc.wait(120)
    assert code == 141 and err == "", (code, err)


def test_version() -> None:
    from mentionflow import __version__

    result = run("--version")
    assert result.returncode == 0 and result.stdout.decode().strip() == f"mentionflow {__version__}"


def test_every_option_has_help() -> None:
    from mentionflow.cli import build_parser

    parser = build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    missing = []
    for name, subparser in sub.choices.items():
        assert sub.choices[name].description or any(c.dest == name and c.help for c in sub._choices_actions), name
        for action in subparser._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            if not action.help:
                missing.append(f"{name} {'/'.join(action.option_strings) or action.dest}")
    assert not missing, f"options without help text: {missing}"
    for action in parser._actions:
        assert action.help or isinstance(action, argparse._SubParsersAction), action


# ----------------------------------------------------------------------------- outside a checkout


@pytest.fixture
def installed(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """The package copied to a folder of its own and run from elsewhere: what a wheel install sees
    (no deploy/, no tests/, no docs/ beside it)."""
    site = tmp_path / "site"
    shutil.copytree(Path(mentionflow.__file__).parent, site / "mentionflow")
    work = tmp_path / "work"
    work.mkdir()
    return {"PYTHONPATH": str(site), "MENTIONFLOW_HOME": str(tmp_path / "home")}, work


def test_installed_package_ships_the_broker_files(installed: tuple[dict[str, str], Path]) -> None:
    env, work = installed
    code = (
        "import mentionflow.tools.kafka_local as k; "
        "print(k._deploy_file('pom.xml')); print(k._deploy_file('server.properties.template'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, timeout=60, env={**os.environ, **env}, cwd=work
    )
    assert result.returncode == 0, result.stderr.decode()
    site = env["PYTHONPATH"]
    assert result.stdout.decode().split() == [
        f"{site}/mentionflow/tools/kafka/pom.xml",
        f"{site}/mentionflow/tools/kafka/server.properties.template",
    ]
    pyproject = (Path(__file__).parents[2] / "pyproject.toml").read_text()
    assert '"tools/kafka/*"' in pyproject  # ... and the wheel carries them


def test_installed_kafka_status_runs(installed: tuple[dict[str, str], Path]) -> None:
    env, work = installed
    result = run_env("kafka", "status", env={**env, "MENTIONFLOW_KAFKA": f"127.0.0.1:{closed_port()}"}, cwd=work)
    assert result.returncode == 3  # not running (systemctl's code), said in one line
    assert b"not running" in result.stdout and b"Traceback" not in result.stderr


def test_installed_evaluate_says_what_it_needs(installed: tuple[dict[str, str], Path], tmp_path: Path) -> None:
    env, work = installed
    result = run_env("evaluate", "--data", str(tmp_path / "none"), env=env, cwd=work)
    assert result.returncode == 2 and "--data DIR or set MENTIONFLOW_SHARED_DATA" in one_line(result)
    data = tmp_path / "data"
    (data / "airline_sentiment").mkdir(parents=True)
    (data / "airline_sentiment" / "Tweets.csv").write_text("")
    result = run_env("evaluate", "--data", str(data), env=env, cwd=work)
    assert result.returncode == 2 and "--out FILE" in one_line(result)
    result = run_env("evaluate", "--scenarios", env=env, cwd=work)
    assert result.returncode == 2 and "pass --scenarios DIR" in one_line(result)


def test_train_only_harm_retrains_the_harm_model_alone(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from mentionflow.tools import train_harm, train_sentiment, train_text_models

    calls: list[list[str]] = []
    monkeypatch.setattr(train_harm, "main", lambda argv: calls.append(list(argv)) or 0)
    monkeypatch.setattr(train_sentiment, "main", lambda argv: pytest.fail("sentiment retrained"))
    monkeypatch.setattr(train_text_models, "main", lambda argv: pytest.fail("text models retrained"))
    assert train_text_models.train_all(["--data", str(tmp_path)], only="harm") == 0
    assert len(calls) == 1 and calls[0][-1].endswith("harm_model.json")


def test_train_only_intensity_retunes_the_weight_alone(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from mentionflow.tools import train_sentiment, train_text_models

    calls: list[Path] = []
    monkeypatch.setattr(train_text_models, "retune_intensity", lambda data, path: calls.append(path) or 0)
    monkeypatch.setattr(train_sentiment, "main", lambda argv: pytest.fail("sentiment retrained"))
    monkeypatch.setattr(train_text_models, "main", lambda argv: pytest.fail("text models retrained"))
    assert train_text_models.train_all(["--data", str(tmp_path)], only="intensity") == 0
    assert len(calls) == 1 and calls[0].name == "text_models.json"
