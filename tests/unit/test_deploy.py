"""Static checks of the deployment files: docker compose, Dockerfile, Kubernetes, Prometheus, Grafana.

No running app or broker needed. Checks that need a tool skip, with the reason, when it is absent:
  - `docker compose config -q`: the docker CLI with its compose plugin (no engine needed);
  - promtool (rules syntax, rule unit tests, dashboard PromQL): `apt-get install -y prometheus`
    (Debian/Ubuntu; gives /usr/bin/promtool and /usr/bin/prometheus);
  - strict Kubernetes schema validation: the `kubernetes-validate` package (offline schemas).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from prometheus_client import Counter, Gauge, Histogram

from mentionflow import observability
from mentionflow.settings import ALL_STAGES, Settings, load_settings

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "deploy" / "docker" / "Dockerfile"
DOCKERIGNORE = ROOT / ".dockerignore"
K8S = ROOT / "deploy" / "k8s"
PROM = ROOT / "deploy" / "prometheus"
GRAFANA = ROOT / "deploy" / "grafana"
DASHBOARD = GRAFANA / "dashboards" / "mentionflow.json"
RUNBOOK = ROOT / "docs" / "runbook.md"
LAG_GROUP = "mentionflow.kafka-lag"  # the alert group that reads the kminion exporter

ALERTS_REQUIRED = {
    "MentionflowWorkerDown",
    "MentionflowConsumerLagGrowing",
    "MentionflowNoThroughput",
    "MentionflowDeadLettersHigh",
    "MentionflowSLABreached",
    "MentionflowCrisisAlert",
    "MentionflowPipelineLatencyHigh",
}
HISTOGRAM_SUFFIXES = ("_bucket", "_sum", "_count")
METRIC_RE = re.compile(r"\bmentionflow_[a-z_]+")
# Labels Prometheus adds to every scraped series, plus `le` on histogram buckets.
TARGET_LABELS = {"job", "instance", "service"}


def promtool() -> str:
    path = shutil.which("promtool")
    if path is None:
        pytest.skip("promtool not installed: apt-get update && apt-get install -y prometheus")
    return path


def run(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False, **kwargs)


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def k8s_docs() -> list[tuple[Path, dict[str, Any]]]:
    docs = []
    for path in sorted(K8S.glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            if doc:
                docs.append((path, doc))
    return docs


def by_kind(kind: str) -> list[dict[str, Any]]:
    return [doc for _, doc in k8s_docs() if doc.get("kind") == kind]


def interpolate(value: str) -> str:
    """Compose-style ${VAR:-default} / ${VAR} with the defaults (no variables set)."""
    return re.sub(r"\$\{[A-Z0-9_]+(?::?-([^}]*))?\}", lambda m: m.group(1) or "", value)


def settings_fields() -> set[str]:
    return {f"MENTIONFLOW_{name.upper()}" for name in Settings.model_fields}


# Read by load_settings itself (where settings come from), not settings.
SETTINGS_SOURCES = {"MENTIONFLOW_CONFIG", "MENTIONFLOW_SECRETS_DIR"}


def check_settings_env(env: dict[str, str], monkeypatch: pytest.MonkeyPatch, where: str) -> Settings:
    allowed = settings_fields() | SETTINGS_SOURCES
    unknown = sorted(k for k in env if k.startswith("MENTIONFLOW_") and k not in allowed)
    assert not unknown, f"{where}: not a mentionflow setting: {unknown}"
    for key in list(os.environ):
        if key.startswith("MENTIONFLOW_"):
            monkeypatch.delenv(key)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return load_settings()


# ----------------------------------------------------------------------------- docker compose


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return load_yaml(COMPOSE)


def test_compose_has_the_services(compose: dict[str, Any]) -> None:
    services = compose["services"]
    for name in ("kafka", "topics-init", "worker", "prometheus", "grafana", "replay"):
        assert name in services, name
    assert services["replay"]["profiles"] == ["demo"]
    for stage in ("enrich", "sentiment", "dedup", "route"):
        assert services[f"worker-{stage}"]["profiles"] == ["split"]
    assert set(compose["volumes"]) >= {"kafka-data", "prometheus-data", "grafana-data"}


def test_compose_every_service_has_a_healthcheck(compose: dict[str, Any]) -> None:
    for name, service in compose["services"].items():
        check = service.get("healthcheck")
        assert check and not check.get("disable") and check.get("test"), f"{name}: no healthcheck"


def test_compose_images_pinned(compose: dict[str, Any]) -> None:
    """By digest, or by an exact version tag (x.y.z, not a moving x.y or latest)."""
    for name, service in compose["services"].items():
        image = interpolate(service["image"])
        if "@sha256:" in image:
            assert re.fullmatch(r"[\w./-]+(:[\w.-]+)?@sha256:[0-9a-f]{64}", image), f"{name}: {image!r}"
            continue
        repo, _, tag = image.rpartition(":")
        assert repo and re.fullmatch(r"v?\d+\.\d+\.\d+", tag), f"{name}: not pinned to an exact version: {image!r}"
    assert compose["services"]["kafka"]["image"] == "apache/kafka:3.9.1"


def test_compose_limits_and_log_rotation(compose: dict[str, Any]) -> None:
    for name, service in compose["services"].items():
        limits = service.get("deploy", {}).get("resources", {}).get("limits", {})
        assert limits.get("cpus") and limits.get("memory"), f"{name}: no CPU/memory limit"
        logging = service.get("logging", {})
        assert logging.get("driver") == "json-file", name
        assert logging["options"]["max-size"] and int(logging["options"]["max-file"]) >= 1, name


def test_compose_prometheus_has_no_lifecycle_endpoint(compose: dict[str, Any]) -> None:
    command = " ".join(compose["services"]["prometheus"]["command"])
    assert "--web.enable-lifecycle" not in command and "--web.enable-admin-api" not in command


def test_compose_grafana_password_required_without_default(compose: dict[str, Any]) -> None:
    env = compose["services"]["grafana"]["environment"]
    password = env["GF_SECURITY_ADMIN_PASSWORD"]
    assert re.fullmatch(r"\$\{GRAFANA_ADMIN_PASSWORD:\?[^}]+\}", password), password  # required, no default
    assert ":-" not in password and "GF_SECURITY_ADMIN_PASSWORD__FILE" not in env


def test_compose_kafka_advertised_host_is_configurable(compose: dict[str, Any]) -> None:
    listeners = compose["services"]["kafka"]["environment"]["KAFKA_ADVERTISED_LISTENERS"]
    assert "HOST://${MENTIONFLOW_KAFKA_ADVERTISED_HOST:-localhost}:29092" in listeners
    from mentionflow.settings import OTHER_ENV_NAMES

    assert "MENTIONFLOW_KAFKA_ADVERTISED_HOST" in OTHER_ENV_NAMES  # a shell that sets it still runs the CLI


def test_compose_lag_exporter(compose: dict[str, Any]) -> None:
    kminion = compose["services"]["kminion"]
    assert kminion["environment"]["KAFKA_BROKERS"] == "kafka:9092"
    assert interpolate(kminion["environment"]["MINION_CONSUMERGROUPS_ALLOWEDGROUPS"]) == "mentionflow"
    config = load_yaml(PROM / "prometheus.yml")
    (job,) = [j for j in config["scrape_configs"] if j["job_name"] == "kminion"]
    assert job["static_configs"][0]["targets"] == ["kminion:8080"]


def test_compose_kafka_kraft_and_volume(compose: dict[str, Any]) -> None:
    kafka = compose["services"]["kafka"]
    env = kafka["environment"]
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert "kafka-broker-api-versions.sh" in " ".join(kafka["healthcheck"]["test"])
    assert any(v.startswith("kafka-data:") for v in kafka["volumes"])
    assert any(v.endswith(env["KAFKA_LOG_DIRS"]) for v in kafka["volumes"])


def test_compose_startup_order(compose: dict[str, Any]) -> None:
    services = compose["services"]
    init = services["topics-init"]
    assert init["command"] == ["topics", "create"]
    assert init["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert init["restart"] == "no"
    for name, service in services.items():
        if name.startswith("worker") or name == "replay":
            assert service["depends_on"]["topics-init"]["condition"] == "service_completed_successfully"


def test_compose_workers_are_scalable(compose: dict[str, Any]) -> None:
    for name, service in compose["services"].items():
        if not name.startswith("worker"):
            continue
        assert "ports" not in service and "container_name" not in service, name
        assert "6066" in [str(p) for p in service["expose"]], name
        assert service["environment"]["MENTIONFLOW_WEB_HOST"] == "0.0.0.0", name
        assert "/healthz" in " ".join(service["healthcheck"]["test"]), name
    stages = [s for n, s in compose["services"].items() if n.startswith("worker-")]
    covered = {st for s in stages for st in s["environment"]["MENTIONFLOW_STAGES"].split(",")}
    assert covered == set(ALL_STAGES), "the split profile must run every stage"
    assert set(compose["services"]["worker"]["environment"]["MENTIONFLOW_STAGES"].split(",")) == set(ALL_STAGES)


def test_compose_prometheus_discovers_every_worker_service(compose: dict[str, Any]) -> None:
    config = load_yaml(PROM / "prometheus.yml")
    (job,) = [j for j in config["scrape_configs"] if j["job_name"] == "mentionflow"]
    names = {n for sd in job["dns_sd_configs"] for n in sd["names"]}
    workers = {n for n in compose["services"] if n.startswith("worker")}
    assert names == workers
    assert all(sd["port"] == 6066 for sd in job["dns_sd_configs"])


def test_compose_env_names_are_settings(compose: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    for name, service in compose["services"].items():
        env = {k: interpolate(str(v)) for k, v in (service.get("environment") or {}).items()}
        if any(k.startswith("MENTIONFLOW_") for k in env):
            settings = check_settings_env(env, monkeypatch, f"docker-compose.yml {name}")
            assert settings.kafka == "kafka:9092"


def docker_compose() -> str:
    docker = shutil.which("docker")
    if docker is None:
        pytest.skip("docker CLI not on PATH")
    if run([docker, "compose", "version"]).returncode != 0:
        pytest.skip("docker compose plugin not installed")
    return docker


def compose_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MENTIONFLOW_", "GRAFANA_"))}
    return {**env, **extra}


def test_docker_compose_config() -> None:
    docker = docker_compose()
    env = compose_env(GRAFANA_ADMIN_PASSWORD="a-test-password")
    for profiles in ([], ["--profile", "split", "--profile", "demo"]):
        result = run([docker, "compose", "-f", str(COMPOSE), *profiles, "config", "-q"], cwd=ROOT, env=env)
        assert result.returncode == 0, result.stderr


def test_docker_compose_refuses_to_start_without_a_grafana_password() -> None:
    result = run([docker_compose(), "compose", "-f", str(COMPOSE), "config", "-q"], cwd=ROOT, env=compose_env())
    assert result.returncode != 0 and "GRAFANA_ADMIN_PASSWORD" in result.stderr, result.stderr


def test_docker_compose_renders_the_advertised_host() -> None:
    env = compose_env(GRAFANA_ADMIN_PASSWORD="x", MENTIONFLOW_KAFKA_ADVERTISED_HOST="kafka.example.net")
    result = run([docker_compose(), "compose", "-f", str(COMPOSE), "config", "--format", "json"], cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr
    listeners = json.loads(result.stdout)["services"]["kafka"]["environment"]["KAFKA_ADVERTISED_LISTENERS"]
    assert listeners == "PLAINTEXT://kafka:9092,HOST://kafka.example.net:29092"


# ----------------------------------------------------------------------------- image build


def runtime_requirements() -> set[str]:
    """Every package the installed mentionflow needs at run time, transitively (no extras)."""
    from importlib import metadata

    from packaging.requirements import Requirement

    seen: set[str] = set()
    todo = ["mentionflow"]
    while todo:
        name = todo.pop()
        for text in metadata.distribution(name).requires or []:
            req = Requirement(text)
            key = re.sub(r"[-_.]+", "-", req.name).lower()
            if (req.marker and not req.marker.evaluate({"extra": ""})) or key in seen:
                continue
            seen.add(key)
            todo.append(req.name)
    return seen


def test_constraints_pin_every_runtime_dependency() -> None:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, sep, version = line.partition("==")
            assert sep and re.fullmatch(r"[\w.+!-]+", version), f"not an exact pin: {line!r}"
            pins[re.sub(r"[-_.]+", "-", name).lower()] = version
    missing = sorted(runtime_requirements() - pins.keys())
    assert not missing, f"constraints.txt lacks {missing}"
    steps = " ".join(rest for word, rest in dockerfile_instructions() if word in {"COPY", "RUN"})
    assert "constraints.txt" in steps and "-c constraints.txt" in steps


# ----------------------------------------------------------------------------- Dockerfile


def dockerfile_instructions() -> list[tuple[str, str]]:
    text = DOCKERFILE.read_text(encoding="utf-8").replace("\\\n", " ")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


def test_dockerfile_multi_stage_non_root_healthcheck() -> None:
    instructions = dockerfile_instructions()
    froms = [rest for word, rest in instructions if word == "FROM"]
    assert len(froms) >= 2 and any(" AS builder" in f for f in froms), froms
    final = max(i for i, (word, _) in enumerate(instructions) if word == "FROM")
    last_stage = instructions[final:]
    users = [rest for word, rest in last_stage if word == "USER"]
    assert users and users[-1].split(":")[0] not in {"root", "0"}, users
    assert any(word == "HEALTHCHECK" and "/healthz" in rest for word, rest in last_stage)
    assert ("ENTRYPOINT", '["mentionflow"]') in last_stage
    assert ("CMD", '["worker"]') in last_stage
    assert any(word == "COPY" and "--from=builder" in rest for word, rest in last_stage)


def test_dockerfile_base_image_pinned() -> None:
    args = dict(rest.split("=", 1) for word, rest in dockerfile_instructions() if word == "ARG" and "=" in rest)
    image = args["PYTHON_IMAGE"]
    assert re.fullmatch(r"python:3\.11\.\d+-slim(-\w+)?", image), image


def test_dockerfile_env_names_are_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    env: dict[str, str] = {}
    for word, rest in dockerfile_instructions():
        if word == "ENV":
            env.update(re.findall(r"(\w+)=(\S+)", rest))
    check_settings_env({k: v for k, v in env.items() if k.startswith("MENTIONFLOW_")}, monkeypatch, "Dockerfile")


def test_dockerignore() -> None:
    entries = {line.strip() for line in DOCKERIGNORE.read_text().splitlines() if line.strip()}
    for required in (".venv", ".git", ".kafka", "var/", ".pytest_cache", "tests/"):
        assert required in entries, required
    assert "src" not in entries and "pyproject.toml" not in entries


# ----------------------------------------------------------------------------- Kubernetes


def test_k8s_manifests_parse_and_kinds() -> None:
    kinds = [doc["kind"] for _, doc in k8s_docs()]
    assert kinds.count("Deployment") == 5
    for kind in ("ConfigMap", "Secret", "Service", "HorizontalPodAutoscaler", "Job", "Kustomization"):
        assert kind in kinds, kind
    for path, doc in k8s_docs():
        assert "namespace" not in doc.get("metadata", {}), f"{path.name}: must stay namespace-agnostic"


def test_k8s_kustomization_lists_files() -> None:
    kustomization = load_yaml(K8S / "kustomization.yaml")
    listed = set(kustomization["resources"])
    on_disk = {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml"}
    assert listed == on_disk - {"secret-example.yaml"}, "list every manifest except the Secret example"


def pod_specs() -> list[tuple[str, dict[str, Any]]]:
    specs = [(d["metadata"]["name"], d["spec"]["template"]["spec"]) for d in by_kind("Deployment")]
    specs += [(j["metadata"]["name"], j["spec"]["template"]["spec"]) for j in by_kind("Job")]
    return specs


def test_k8s_pods_run_as_non_root() -> None:
    for name, spec in pod_specs():
        pod = spec["securityContext"]
        assert pod["runAsNonRoot"] is True and pod["runAsUser"] != 0, name
        for container in spec["containers"]:
            sc = container["securityContext"]
            assert sc["allowPrivilegeEscalation"] is False, name
            assert sc["readOnlyRootFilesystem"] is True, name
            assert sc["capabilities"]["drop"] == ["ALL"], name
            assert container["resources"]["requests"] and container["resources"]["limits"], name


def test_k8s_deployments_probes_and_stages() -> None:
    covered: set[str] = set()
    for deployment in by_kind("Deployment"):
        name = deployment["metadata"]["name"]
        (container,) = deployment["spec"]["template"]["spec"]["containers"]
        assert container["livenessProbe"]["httpGet"]["path"] == "/healthz", name
        assert container["readinessProbe"]["httpGet"]["path"] == "/readyz", name
        readiness = container["readinessProbe"]
        # A rebalance pauses readiness for seconds: it must not pull the pod out of its Service.
        assert readiness["periodSeconds"] * readiness["failureThreshold"] >= 30, name
        assert container["startupProbe"]["httpGet"]["path"] == "/healthz", name
        assert container["args"] == ["worker"], name
        env = {e["name"]: e["value"] for e in container["env"]}
        covered |= set(env["MENTIONFLOW_STAGES"].split(","))
        refs = {next(iter(r)): r[next(iter(r))]["name"] for r in container["envFrom"]}
        assert refs == {"configMapRef": "mentionflow-config", "secretRef": "mentionflow-kafka-credentials"}
        labels = deployment["spec"]["template"]["metadata"]["labels"]
        assert deployment["spec"]["selector"]["matchLabels"].items() <= labels.items(), name
    assert covered == set(ALL_STAGES)


def test_k8s_service_selects_workers() -> None:
    (service,) = by_kind("Service")
    assert service["spec"]["clusterIP"] == "None"
    selector = service["spec"]["selector"].items()
    for deployment in by_kind("Deployment"):
        assert selector <= deployment["spec"]["template"]["metadata"]["labels"].items()


def test_k8s_hpa_within_partitions() -> None:
    (config,) = by_kind("ConfigMap")
    partitions = int(config["data"]["MENTIONFLOW_TOPIC_PARTITIONS"])
    deployments = {d["metadata"]["name"] for d in by_kind("Deployment")}
    for hpa in by_kind("HorizontalPodAutoscaler"):
        assert hpa["spec"]["scaleTargetRef"]["name"] in deployments
        assert hpa["spec"]["maxReplicas"] <= partitions


def test_k8s_job_creates_topics() -> None:
    (job,) = by_kind("Job")
    (container,) = job["spec"]["template"]["spec"]["containers"]
    assert container["args"] == ["topics", "create"]
    assert job["spec"]["template"]["spec"]["restartPolicy"] in {"OnFailure", "Never"}


def test_k8s_env_names_are_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    (config,) = by_kind("ConfigMap")
    (secret,) = by_kind("Secret")
    assert all("CHANGE-ME" in v for v in secret["stringData"].values()), "the Secret example holds placeholders only"
    env = {**config["data"], **secret["stringData"]}
    for deployment in by_kind("Deployment"):
        (container,) = deployment["spec"]["template"]["spec"]["containers"]
        stage_env = {**env, **{e["name"]: e["value"] for e in container["env"]}}
        check_settings_env(stage_env, monkeypatch, deployment["metadata"]["name"])
    # The SASL variant the Secret is there for.
    settings = check_settings_env({**env, "MENTIONFLOW_SECURITY_PROTOCOL": "SASL_SSL"}, monkeypatch, "SASL")
    assert settings.sasl_password is not None


def test_k8s_strict_schema() -> None:
    kubernetes_validate = pytest.importorskip("kubernetes_validate", reason="pip install kubernetes-validate")
    for _path, doc in k8s_docs():
        if doc["kind"] != "Kustomization":
            kubernetes_validate.validate(doc, "1.30", strict=True)


# ----------------------------------------------------------------------------- metric names


def metric_objects() -> dict[str, Any]:
    """Family name (as exported, counters with _total) -> prometheus_client metric."""
    out = {}
    for value in vars(observability).values():
        if isinstance(value, Counter | Gauge | Histogram):
            out[value._name + ("_total" if isinstance(value, Counter) else "")] = value
    return out


def family(name: str) -> str:
    if name in observability.METRIC_NAMES:
        return name
    for suffix in HISTOGRAM_SUFFIXES:
        if name.endswith(suffix) and name[: -len(suffix)] in observability.METRIC_NAMES:
            return name[: -len(suffix)]
    return name


def alert_rules() -> list[dict[str, Any]]:
    return [rule for group in load_yaml(PROM / "alerts.yml")["groups"] for rule in group["rules"]]


def dashboard() -> dict[str, Any]:
    return json.loads(DASHBOARD.read_text(encoding="utf-8"))


def dashboard_exprs() -> list[str]:
    board = dashboard()
    exprs = [t["expr"] for p in board["panels"] for t in p.get("targets", [])]
    exprs += [v["definition"] for v in board["templating"]["list"] if v.get("type") == "query"]
    return exprs


def grafana_to_promql(expr: str) -> str:
    expr = expr.replace("$__rate_interval", "1m").replace("$__range", "5m").replace("$__interval", "1m")
    return re.sub(r"\$\{?\w+\}?", ".*", expr)


@pytest.mark.parametrize(
    "source",
    ["alerts.yml", "alerts_test.yml", "dashboard"],
)
def test_every_metric_name_is_exported(source: str) -> None:
    exprs = dashboard_exprs() if source == "dashboard" else [(PROM / source).read_text(encoding="utf-8")]
    text = "\n".join(exprs)
    names = set(METRIC_RE.findall(text))
    assert names, source
    unknown = sorted(n for n in names if family(n) not in observability.METRIC_NAMES)
    assert not unknown, f"{source} uses metrics that mentionflow.observability does not export: {unknown}"
    metrics = metric_objects()
    for name in names:
        if name != family(name):
            assert isinstance(metrics[family(name)], Histogram), f"{name}: suffix on a non-histogram"


@pytest.mark.parametrize("source", ["alerts", "dashboard"])
def test_selector_labels_exist(source: str) -> None:
    """Every label matched in `metric{label=...}` is a label of that metric."""
    exprs = [r["expr"] for r in alert_rules()] if source == "alerts" else dashboard_exprs()
    metrics = metric_objects()
    for expr in exprs:
        for name, body in re.findall(r"\b(mentionflow_[a-z_]+)\{([^}]*)\}", expr):
            allowed = set(metrics[family(name)]._labelnames) | TARGET_LABELS
            if name.endswith("_bucket"):
                allowed.add("le")
            used = set(re.findall(r"(\w+)\s*(?:=~|!~|!=|=)", body))
            assert used <= allowed, f"{expr}: {sorted(used - allowed)} not labels of {name}"


def test_dashboard_covers_the_required_metrics() -> None:
    used = {family(n) for n in METRIC_RE.findall("\n".join(dashboard_exprs()))}
    for required in (
        "mentionflow_events_out_total",
        "mentionflow_pipeline_latency_seconds",
        "mentionflow_consumer_lag_messages",
        "mentionflow_deadletters_total",
        "mentionflow_cases_total",
        "mentionflow_sla_breaches_total",
        "mentionflow_sentiment_mean",
        "mentionflow_negative_share_ratio",
        "mentionflow_ravers_total",
        "mentionflow_ranters_total",
        "mentionflow_incidents_open",
        "mentionflow_alerts_total",
    ):
        assert required in used, required


def test_dashboard_has_a_panel_for_every_metric() -> None:
    """Every metric mentionflow exports is read by at least one panel (an unseen metric is dead weight)."""
    panels = [t["expr"] for p in dashboard()["panels"] for t in p.get("targets", [])]
    used = {family(n) for n in METRIC_RE.findall("\n".join(panels))}
    assert sorted(observability.METRIC_NAMES - used) == [], "metrics with no dashboard panel"
    # ... and the process collector's, for the SRE.
    assert {"process_cpu_seconds_total", "process_resident_memory_bytes"} <= set(
        re.findall(r"\bprocess_\w+", str(panels))
    )


# ----------------------------------------------------------------------------- Grafana


def test_grafana_dashboard_and_provisioning() -> None:
    board = dashboard()
    datasources = load_yaml(GRAFANA / "provisioning" / "datasources" / "prometheus.yml")["datasources"]
    (uid,) = [d["uid"] for d in datasources if d["type"] == "prometheus"]
    ids = [p["id"] for p in board["panels"]]
    assert len(ids) == len(set(ids)), "panel ids must be unique"
    for panel in board["panels"]:
        if panel["type"] == "row":
            continue
        assert panel["datasource"]["uid"] == uid, panel["title"]
        assert panel["targets"], panel["title"]
        for target in panel["targets"]:
            assert target["datasource"]["uid"] == uid, panel["title"]
    providers = load_yaml(GRAFANA / "provisioning" / "dashboards" / "mentionflow.yml")["providers"]
    assert providers[0]["options"]["path"] == "/etc/grafana/dashboards"


def test_grafana_panels_do_not_overlap() -> None:
    taken: set[tuple[int, int]] = set()
    for panel in dashboard()["panels"]:
        g = panel["gridPos"]
        assert g["x"] + g["w"] <= 24, panel["title"]
        cells = {(x, y) for x in range(g["x"], g["x"] + g["w"]) for y in range(g["y"], g["y"] + g["h"])}
        assert not cells & taken, f"{panel['title']} overlaps another panel"
        taken |= cells


def test_dashboard_promql_parses(tmp_path: Path) -> None:
    tool = promtool()
    rules = {
        "groups": [
            {
                "name": "dashboard",
                "rules": [
                    {"record": f"dashboard:expr_{i}", "expr": grafana_to_promql(e)}
                    for i, e in enumerate(dashboard_exprs())
                    if not e.startswith("label_values(")
                ],
            }
        ]
    }
    path = tmp_path / "dashboard_rules.yml"
    path.write_text(yaml.safe_dump(rules), encoding="utf-8")
    result = run([tool, "check", "rules", str(path)])
    assert result.returncode == 0, result.stdout + result.stderr


# ----------------------------------------------------------------------------- Prometheus rules


def test_alert_rules_are_complete() -> None:
    rules = {r["alert"]: r for r in alert_rules()}
    assert set(rules) >= ALERTS_REQUIRED
    external = {
        r["alert"] for g in load_yaml(PROM / "alerts.yml")["groups"] for r in g["rules"] if g["name"] == LAG_GROUP
    }
    for name, rule in rules.items():
        assert rule["labels"]["severity"], name
        assert {"summary", "description", "runbook", "runbook_url"} <= set(rule["annotations"]), name
        # The workers' rules select their job; the broker-side lag rules select the exporter's.
        job = 'job="kminion"' if name in external else 'job="mentionflow"'
        assert job in rule["expr"], f"{name}: select {job}"
    assert external >= {"MentionflowTopicNotConsumed", "MentionflowGroupLagGrowing", "MentionflowLagExporterDown"}


def markdown_anchors(path: Path) -> set[str]:
    """GitHub's anchors of a markdown file's headings (lower case, punctuation dropped, spaces to -)."""
    anchors = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            anchors.add(re.sub(r"[^a-z0-9 _-]", "", title).replace(" ", "-"))
    return anchors


def test_every_alert_links_its_runbook_section() -> None:
    anchors = markdown_anchors(RUNBOOK)
    for rule in alert_rules():
        url = rule["annotations"]["runbook_url"]
        doc, _, anchor = url.partition("#")
        assert doc == "docs/runbook.md" and anchor == rule["alert"].lower(), url
        assert anchor in anchors, f"{rule['alert']}: no section {anchor!r} in docs/runbook.md"


def test_every_alert_has_firing_and_quiet_tests() -> None:
    tests = load_yaml(PROM / "alerts_test.yml")["tests"]
    firing: set[str] = set()
    quiet: set[str] = set()
    for test in tests:
        for case in test.get("alert_rule_test", []):
            (firing if case.get("exp_alerts") else quiet).add(case["alertname"])
    names = {r["alert"] for r in alert_rules()}
    assert names - firing == set(), f"no firing test: {sorted(names - firing)}"
    assert names - quiet == set(), f"no not-firing test: {sorted(names - quiet)}"


def test_promtool_check_rules() -> None:
    result = run([promtool(), "check", "rules", str(PROM / "alerts.yml")])
    assert result.returncode == 0, result.stdout + result.stderr


def test_promtool_check_config() -> None:
    result = run([promtool(), "check", "config", str(PROM / "prometheus.yml")])
    assert result.returncode == 0, result.stdout + result.stderr


def test_promtool_test_rules() -> None:
    result = run([promtool(), "test", "rules", str(PROM / "alerts_test.yml")])
    assert result.returncode == 0, result.stdout + result.stderr


def test_prometheus_tls_scrape_config() -> None:
    """The scrape config for workers behind HTTPS + basic auth (docs/security.md) is valid and says so."""
    config = load_yaml(PROM / "prometheus-tls.yml")
    (job,) = [j for j in config["scrape_configs"] if j["job_name"] == "mentionflow"]
    assert job["scheme"] == "https" and job["tls_config"]["ca_file"]
    assert job["basic_auth"]["username"] and job["basic_auth"]["password_file"]
    assert "password" not in job["basic_auth"]  # the secret lives in a file, never in the config
    with tempfile.TemporaryDirectory() as folder:
        # promtool resolves the referenced files: give it the same layout with placeholders.
        copy = Path(folder) / "prometheus.yml"
        text = (PROM / "prometheus-tls.yml").read_text().replace("/etc/prometheus/secrets/", f"{folder}/")
        copy.write_text(text)
        shutil.copy(PROM / "alerts.yml", Path(folder) / "alerts.yml")
        (Path(folder) / "mentionflow-web-password").write_text("placeholder\n")
        (Path(folder) / "mentionflow-web-ca.pem").write_text("")
        proc = subprocess.run([promtool(), "check", "config", str(copy)], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_operator_walkthrough_covers_the_tasks() -> None:
    """deploy/README.md walks an operator through start, scaling, split, switching, secrets, upgrades."""
    text = (ROOT / "deploy" / "README.md").read_text(encoding="utf-8")
    for heading in (
        "## Quick start (Docker Compose)",
        "### Scaling",
        "### One service per stage (profile `split`)",
        "### Switching topology",
        "### Secrets",
        "### Upgrades",
        "## Runbook",
    ):
        assert heading in text, heading
    for needle in ("GRAFANA_ADMIN_PASSWORD", "MENTIONFLOW_KAFKA_ADVERTISED_HOST", "MENTIONFLOW_SECRETS_DIR"):
        assert needle in text, needle
    for rule in alert_rules():
        assert f"`{rule['alert']}`" in text, f"{rule['alert']} missing from the runbook table"
