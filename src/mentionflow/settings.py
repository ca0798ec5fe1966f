"""Configuration: one place, read from ``MENTIONFLOW_*`` environment variables and an optional file.

Precedence: environment > secret files in ``MENTIONFLOW_SECRETS_DIR`` > file named by
``MENTIONFLOW_CONFIG`` (YAML) > defaults.
A bad value fails at start with a message that names the setting.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Mapping
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args, get_origin

import yaml
from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict, YamlConfigSettingsSource

if TYPE_CHECKING:
    from mentionflow.core.pipeline import PipelineConfig

ALL_STAGES: tuple[str, ...] = ("enrich", "sentiment", "dedup", "route", "metrics", "lifecycle")
CORE_STAGES: tuple[str, ...] = ALL_STAGES[:4]

_MAX_SLA_S = 30 * 86_400  # core.rules.MAX_SLA_S (importing settings loads nothing of the core)


def packaged_data(name: str) -> Path:
    """Path of a file shipped in ``mentionflow/data`` (sample stream, default rules, catalog)."""
    return Path(str(resources.files("mentionflow") / "data" / name))


class TopicNames:
    """Topic names with the configured prefix applied, in one place."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.raw = f"{prefix}mentions.raw"
        self.enriched = f"{prefix}mentions.enriched"
        self.scored = f"{prefix}mentions.scored"
        self.unique = f"{prefix}mentions.unique"
        self.routed = f"{prefix}cases.routed"
        self.metrics = f"{prefix}metrics.rolling"
        self.deadletter = f"{prefix}mentions.deadletter"
        self.events = f"{prefix}cases.events"
        self.alerts = f"{prefix}cases.alerts"
        self.customers = f"{prefix}customers"
        # Internal re-keyings of the metrics and lifecycle stages (same partition count as the rest).
        self.metrics_series = f"{prefix}metrics.by-series"  # case revisions keyed by "<dimension>|<value>"
        self.author_activity = f"{prefix}cases.by-author"  # ranter/raver activity keyed by author id

    def all(self) -> list[str]:
        return [
            self.raw,
            self.enriched,
            self.scored,
            self.unique,
            self.routed,
            self.metrics,
            self.deadletter,
            self.events,
            self.alerts,
            self.customers,
            self.metrics_series,
            self.author_activity,
        ]


# MENTIONFLOW_* variables that are not settings: tooling, tests and the local broker read them.
# Any other MENTIONFLOW_* name is a typo and stops the worker (a unit test keeps this list whole).
OTHER_ENV_NAMES: frozenset[str] = frozenset(
    {
        "MENTIONFLOW_CONFIG",
        "MENTIONFLOW_SHARED_DATA",
        "MENTIONFLOW_PUBLISH_HOST",
        "MENTIONFLOW_FAULTS",
        "MENTIONFLOW_FAULTS_KAFKA_HEAP",
        "MENTIONFLOW_NEMESIS_S",  # tests/faults/test_nemesis.py
        "MENTIONFLOW_NEMESIS_SEED",
        "MENTIONFLOW_NEMESIS_FAULTS",
        "MENTIONFLOW_REBALANCE_RUNS",
        "MENTIONFLOW_BENCH_CHAIN_HOPS",
        "MENTIONFLOW_BENCH_FAUST_SENSORS",  # tools/bench/roles.py: an experiment on the bare faust chain
        "MENTIONFLOW_HOME",
        "MENTIONFLOW_KAFKA_HEAP",
        "MENTIONFLOW_KAFKA_KEEP",
        "MENTIONFLOW_KAFKA_DEPLOY",
        "MENTIONFLOW_KAFKA_CONTROLLER_PORT",
        "MENTIONFLOW_CATEGORIES",
        "MENTIONFLOW_SENTIMENT_MODEL",
        "MENTIONFLOW_TEXT_MODELS",
        "MENTIONFLOW_IMAGE_TAG",
        "MENTIONFLOW_SECRETS_DIR",  # secret files, one per setting (docker/k8s secrets): load_settings
        "MENTIONFLOW_KAFKA_ADVERTISED_HOST",  # docker-compose.yml: the name tools on other hosts use for Kafka
    }
)


def _mask_credentials(servers: str) -> str:
    """``user:pw@host:9092`` -> ``***@host:9092`` in each comma-separated server."""
    return ",".join(f"***@{server.rpartition('@')[2]}" if "@" in server else server for server in servers.split(","))


class Settings(BaseSettings):
    # allow_inf_nan: "inf" or "nan" in a float setting is a typo that would break every window.
    model_config = SettingsConfigDict(env_prefix="MENTIONFLOW_", extra="forbid", frozen=True, allow_inf_nan=False)

    # Kafka connection
    kafka: str = Field("127.0.0.1:9092", description="Bootstrap servers, comma separated.")
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = Field(
        "PLAINTEXT", description="Kafka security protocol (docs/security.md)."
    )
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] = Field(
        "SCRAM-SHA-512", description="SASL mechanism for SASL_* protocols."
    )
    sasl_username: str | None = Field(None, description="SASL user name.")
    sasl_password: SecretStr | None = Field(None, description="SASL password; never logged or exported.")
    ssl_cafile: Path | None = Field(None, description="CA bundle that signed the brokers' certificates.")
    ssl_certfile: Path | None = Field(None, description="Client certificate (mutual TLS).")
    ssl_keyfile: Path | None = Field(None, description="Client private key (mutual TLS).")
    broker_wait_s: float = Field(
        300.0, ge=0, le=3600, description="How long a starting worker waits for a broker to answer before it exits."
    )

    # Topics and scaling
    app_id: str = Field("mentionflow", description="Consumer group and faust app id.")
    topic_prefix: str = Field("", description="Prefix for every topic name, e.g. 'prod.'.")
    topic_partitions: int = Field(
        8, ge=1, le=1024, description="Partitions per topic; the most workers a stage can use."
    )
    topic_replication: int = Field(1, ge=1, le=16, description="Replication factor of created topics.")
    retention_hours: int = Field(168, ge=1, description="Retention of the non-compacted topics.")
    stages: str = Field(",".join(ALL_STAGES), description="Comma-separated stages this worker runs.")
    topology: Literal["auto", "staged", "fused"] = Field(
        "auto",
        description="fused: enrich+sentiment in one hop, dedup+route in the next (a worker runs all four); "
        "staged: a hop per stage (stages on separate workers); auto: fused when this worker runs all four "
        "core stages. One topology per app id (docs/scaling.md).",
    )

    # Files operators edit
    rules_file: Path | None = Field(None, description="Routing rules YAML (default: the packaged rules).")
    catalog_file: Path | None = Field(None, description="Brands and products catalog YAML.")
    categories_file: Path | None = Field(None, description="Complaint category keywords YAML.")
    signals_file: Path | None = Field(None, description="Triage signal phrases YAML (press, legal, churn, ...).")
    replies_file: Path | None = Field(None, description="Suggested first replies YAML (per action and language).")
    data_dir: Path = Field(Path("var/mentionflow"), description="Local state (table stores).")
    store: str = Field("memory://", description="faust table store: memory:// or rocksdb://.")

    # Web / metrics
    web_host: str = Field("127.0.0.1", description="Address of /metrics, /healthz, /readyz (0.0.0.0 in containers).")
    web_port: int = Field(
        6066, ge=1, le=65535, description="Web port; a second worker on one host takes the next free one."
    )
    web_tls_certfile: Path | None = Field(
        None, description="Serve the web endpoints over HTTPS with this certificate (PEM, chain first)."
    )
    web_tls_keyfile: Path | None = Field(None, description="Private key of web_tls_certfile (PEM).")
    web_auth_username: str | None = Field(
        None, description="With web_auth_password: /metrics needs HTTP basic auth (/healthz, /readyz stay open)."
    )
    web_auth_password: SecretStr | None = Field(None, description="Basic auth password; never logged or exported.")

    # Input limits
    max_payload_bytes: int = Field(
        262_144, ge=1024, le=10_000_000, description="Larger raw records go to the dead-letter topic."
    )
    max_text_chars: int = Field(20_000, ge=100, le=100_000, description="Longer mention texts are rejected as invalid.")

    # Dedup and incidents
    dedup_window_s: int = Field(24 * 3600, ge=60, description="How long a mention id is remembered.")
    near_dup_window_s: int = Field(3600, ge=10, description="Event-time window for same-author near-duplicates.")
    near_dup_threshold: float = Field(
        0.8,
        gt=0,
        le=1,
        description="Share of the shorter text's content words found in the other that makes a near-duplicate.",
    )
    incident_window_s: int = Field(1800, ge=60, description="Event-time window in which reports join an incident.")
    incident_threshold: float = Field(
        0.15, gt=0, le=1, description="Share of a report's words found in an incident's vocabulary to join it."
    )
    incident_min_authors: int = Field(3, ge=2, description="Distinct authors that make a cluster an incident.")
    incident_seed_window_s: int = Field(
        600,
        ge=10,
        description="A cluster still short of incident_min_authors stops taking reports after this quiet time.",
    )
    followup_window_s: int = Field(
        24 * 3600,
        ge=60,
        le=30 * 86400,
        description="The same author again on a brand within this long joins their case.",
    )
    customer_memory_s: int = Field(
        30 * 86400, ge=3600, le=366 * 86400, description="How long an author's cases with a brand are remembered."
    )
    repeat_complainer_min: int = Field(
        3, ge=1, le=1000, description="Earlier complaint cases within the memory window that flag a repeat complainer."
    )

    # SLA (seconds) per priority, used when the rules file gives none
    sla_p1_s: int = Field(15 * 60, ge=1, le=_MAX_SLA_S, description="P1 SLA in seconds, when the rules file sets none.")
    sla_p2_s: int = Field(3600, ge=1, le=_MAX_SLA_S, description="P2 SLA in seconds, when the rules file sets none.")
    sla_p3_s: int = Field(
        4 * 3600, ge=1, le=_MAX_SLA_S, description="P3 SLA in seconds, when the rules file sets none."
    )
    sla_p4_s: int = Field(
        24 * 3600, ge=1, le=_MAX_SLA_S, description="P4 SLA in seconds, when the rules file sets none."
    )

    # Metrics and lifecycle
    metrics_emit_interval_s: float = Field(10.0, gt=0, description="How often closed windows are published.")
    raver_window_s: int = Field(
        7 * 24 * 3600,
        ge=60,
        description="A ranter's positive mention within this long after our response makes a raver.",
    )
    default_customer_value: float = Field(
        250.0, ge=0, description="Customer value for ROI when the directory has none."
    )
    spike_z_threshold: float = Field(4.0, gt=0, description="z-score over the EWMA baseline that raises a spike.")
    spike_warmup_windows: int = Field(
        10, ge=1, le=10_000, description="1-minute windows a brand needs before its spike baseline may alert."
    )
    spike_cooldown_windows: int = Field(
        15, ge=0, le=10_000, description="1-minute windows without a repeat alert of one kind for one brand."
    )
    spike_min_count: int = Field(
        5, ge=1, description="Fewest mentions (over the tested one or two windows) that can raise a volume spike."
    )
    spike_max_p_value: float = Field(
        1e-4,
        gt=0,
        lt=1,
        description="A spike must also be this unlikely under the baseline (exact Poisson/binomial tail).",
    )
    trend_threshold: float = Field(
        10.0,
        gt=0,
        description="CUSUM level (log-likelihood ratio) at which a brand's negatives (positives) raise a "
        "negative_storm (positive_surge).",
    )
    trend_cold_incident_size: int = Field(
        5, ge=1, description="Incident size that raises a negative_storm during a brand's spike warm-up."
    )
    metrics_allowed_lateness_s: float = Field(
        120.0, ge=0, le=86_400, description="Event-time seconds a 1-minute window waits for late mentions."
    )
    metrics_idle_flush_s: float = Field(
        30.0,
        gt=0,
        le=86_400,
        description="After this long without input on a caught-up partition, its stream time follows the wall clock.",
    )
    lifecycle_tick_s: float = Field(5.0, gt=0, le=3600, description="How often the SLA timer checks open cases.")
    lifecycle_scan_chunk: int = Field(
        2000, ge=1, le=1_000_000, description="Cases the SLA timer checks before it lets the agents run again."
    )
    sla_breach_grace_s: float = Field(
        60.0, ge=0, le=86_400, description="The SLA timer waits this long past sla_due_at for in-flight desk events."
    )
    event_time_max_skew_s: float = Field(
        3600.0, ge=0, description="Event times further ahead of the wall clock than this are clamped (bad clocks)."
    )
    lifecycle_retention_s: int = Field(
        7 * 86400, ge=3600, description="How long a case's lifecycle state is kept after it opened."
    )

    # Performance knobs (see docs/benchmarks.md)
    processing_guarantee: Literal["at_least_once", "exactly_once"] = Field(
        "at_least_once", description="at_least_once + idempotent dedup (docs/reliability.md)."
    )
    producer_linger_ms: int = Field(5, ge=0, le=1000, description="Producer linger: batches sends, adds latency.")
    producer_max_batch_bytes: int = Field(
        512 * 1024,
        ge=16 * 1024,
        le=1_000_000,
        description="Producer batch size per partition (bytes); larger batches mean fewer produce requests.",
    )
    standby_replicas: int = Field(
        0,
        ge=0,
        le=3,
        description="Standby copies of each table partition on other workers. 1 makes failover skip the "
        "changelog restore, but every worker then also reads the others' changelogs (+50% CPU a mention with "
        "2 workers, docs/benchmarks.md).",
    )
    max_poll_records: int = Field(500, ge=1, description="Most records one consumer poll returns.")
    batch_size: int = Field(200, ge=1, le=10_000, description="Events taken per agent batch.")
    batch_timeout_s: float = Field(0.02, gt=0, le=5, description="Longest wait to fill an agent batch.")
    internal_batches: bool = Field(
        False,
        description="Internal hops carry one envelope per partition per batch (at_least_once only; readers "
        "always take both formats). Off by default: the randomised nemesis lost mentions with it on; one cause "
        "is fixed, another is not found (docs/contract.md).",
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field("INFO", description="Worker log level.")

    @field_validator("stages")
    @classmethod
    def _known_stages(cls, value: str) -> str:
        chosen = [s.strip() for s in value.split(",") if s.strip()]
        unknown = [s for s in chosen if s not in ALL_STAGES]
        if unknown or not chosen:
            raise ValueError(f"unknown stage(s) {unknown or value!r}; choose from {', '.join(ALL_STAGES)}")
        return ",".join(chosen)

    @field_validator("kafka")
    @classmethod
    def _bootstrap(cls, value: str) -> str:
        if "@" in value:  # never echoed: it holds a password
            raise ValueError(
                f"credentials do not belong in the bootstrap servers ({_mask_credentials(value)!r}): "
                "use MENTIONFLOW_SASL_USERNAME and MENTIONFLOW_SASL_PASSWORD"
            )
        for server in value.split(","):
            host, _, port = server.strip().rpartition(":")
            if not host or not port.isdigit():
                raise ValueError(f"expected host:port[,host:port], got {value!r}")
        return value

    @model_validator(mode="after")
    def _fused_needs_the_core_stages(self) -> Settings:
        missing = [s for s in CORE_STAGES if s not in self.stage_list]
        if self.topology == "fused" and missing:
            raise ValueError(
                f"topology fused runs the four core stages in one worker; stages lack {', '.join(missing)}"
            )
        return self

    @model_validator(mode="after")
    def _web_tls_and_auth_come_in_pairs(self) -> Settings:
        if (self.web_tls_certfile is None) != (self.web_tls_keyfile is None):
            raise ValueError("MENTIONFLOW_WEB_TLS_CERTFILE and MENTIONFLOW_WEB_TLS_KEYFILE go together")
        if (self.web_auth_username is None) != (self.web_auth_password is None):
            raise ValueError("MENTIONFLOW_WEB_AUTH_USERNAME and MENTIONFLOW_WEB_AUTH_PASSWORD go together")
        return self

    @model_validator(mode="after")
    def _sasl_needs_credentials(self) -> Settings:
        if self.security_protocol.startswith("SASL") and not (self.sasl_username and self.sasl_password):
            raise ValueError("security_protocol SASL_* needs MENTIONFLOW_SASL_USERNAME and MENTIONFLOW_SASL_PASSWORD")
        return self

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Secret files (MENTIONFLOW_SECRETS_DIR: one file per setting, named like its variable in lower
        # case, e.g. /run/secrets/mentionflow_sasl_password) come after the environment, before the file.
        return (init_settings, env_settings, file_secret_settings, _YamlFileSource(settings_cls))

    @property
    def stage_list(self) -> list[str]:
        return self.stages.split(",")

    @property
    def fused(self) -> bool:
        """Whether this worker runs the core stages in two hops (see ``topology``)."""
        if self.topology == "auto":
            return all(stage in self.stage_list for stage in CORE_STAGES)
        return self.topology == "fused"

    @cached_property
    def topics(self) -> TopicNames:
        return TopicNames(self.topic_prefix)

    @property
    def sla_seconds(self) -> dict[str, int]:
        return {"P1": self.sla_p1_s, "P2": self.sla_p2_s, "P3": self.sla_p3_s, "P4": self.sla_p4_s}

    def path_or_packaged(self, value: Path | None, packaged: str) -> Path:
        return value if value is not None else packaged_data(packaged)

    def pipeline_config(self) -> PipelineConfig:
        """The plain config the core pipeline loads with (the core reads no settings itself)."""
        # Imported here: a settings import must stay light (no text models, no rules engine).
        from mentionflow.core.dedup import DedupConfig
        from mentionflow.core.pipeline import PipelineConfig

        return PipelineConfig(
            catalog_file=self.path_or_packaged(self.catalog_file, "catalog.yaml"),
            rules_file=self.path_or_packaged(self.rules_file, "rules.yaml"),
            sla_seconds=self.sla_seconds,
            signals_file=self.signals_file,
            replies_file=self.replies_file,
            dedup=DedupConfig(
                seen_ttl_s=self.dedup_window_s,
                near_dup_window_s=self.near_dup_window_s,
                near_dup_threshold=self.near_dup_threshold,
                incident_window_s=self.incident_window_s,
                incident_threshold=self.incident_threshold,
                incident_min_authors=self.incident_min_authors,
                incident_seed_window_s=self.incident_seed_window_s,
                followup_window_s=self.followup_window_s,
                customer_memory_s=self.customer_memory_s,
                repeat_complainer_min=self.repeat_complainer_min,
                event_time_max_skew_s=self.event_time_max_skew_s,
            ),
        )

    def redacted(self) -> dict[str, Any]:
        """Settings safe to log: secrets masked."""
        data = self.model_dump()
        for name in ("sasl_password", "web_auth_password"):
            if data.get(name) is not None:
                data[name] = "***"
        data["kafka"] = _mask_credentials(data["kafka"])
        return data


class _YamlFileSource(YamlConfigSettingsSource):
    """pydantic-settings' YAML source on the file named by MENTIONFLOW_CONFIG (keys: setting names
    without prefix), with errors that name the variable and never quote the file: a syntax error's
    line may be the one with the password."""

    def __init__(self, settings_cls: type[BaseSettings]) -> None:
        path = os.environ.get("MENTIONFLOW_CONFIG")
        self._config = path
        if path:
            try:
                Path(path).open("rb").close()  # (pydantic-settings skips a missing file in silence)
            except OSError as exc:
                raise SettingsError(f"MENTIONFLOW_CONFIG={path}: cannot read: {exc.strerror or exc}") from None
        super().__init__(settings_cls, yaml_file=path or None, yaml_file_encoding="utf-8")

    def _read_file(self, file_path: Any) -> dict[str, Any]:
        path = self._config
        try:
            data = super()._read_file(file_path)
        except (OSError, UnicodeError) as exc:
            raise SettingsError(f"MENTIONFLOW_CONFIG={path}: cannot read: {exc}") from None
        except yaml.YAMLError as exc:
            # Never str(exc): PyYAML quotes the offending line, which may be the password's.
            raise SettingsError(f"MENTIONFLOW_CONFIG={path}: {_yaml_problem(exc)}") from None
        if not isinstance(data, dict):
            raise SettingsError(f"MENTIONFLOW_CONFIG={path}: expected a mapping of setting: value")
        return {str(k).lower(): v for k, v in data.items()}


def _yaml_problem(exc: yaml.YAMLError) -> str:
    """Where and what, without the quoted text of the file."""
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        what = " ".join(part for part in (exc.context, exc.problem) if part)
        # Quoted names in a problem can be the file's text ("found undefined alias 'hunter2'"):
        # only a single character ("found character '\t'") is kept.
        what = re.sub(r"'[^']{2,}'", "'...'", what)
        return f"YAML syntax error{where}: {what or 'invalid YAML'}"
    if isinstance(exc, yaml.reader.ReaderError):
        return f"YAML syntax error: unacceptable character #x{exc.character:04x}"
    return "YAML syntax error"


def _check_env_names(environ: Mapping[str, str]) -> list[str]:
    """One line per MENTIONFLOW_* variable that is neither a setting nor a known tool variable."""
    known = {f"MENTIONFLOW_{name.upper()}" for name in Settings.model_fields}
    lines = []
    for name in sorted(environ):
        if name.startswith("MENTIONFLOW_") and name not in known and name not in OTHER_ENV_NAMES:
            close = difflib.get_close_matches(name, sorted(known | OTHER_ENV_NAMES), n=1, cutoff=0.8)
            hint = f"; did you mean {close[0]}?" if close else ""
            lines.append(f"{name}: not a setting{hint}")
    return lines


def settings_table() -> str:
    """The markdown table of every setting (README and docs/settings.md)."""
    return "\n".join(settings_markdown().splitlines()[8:]) + "\n"


def settings_markdown() -> str:
    """docs/settings.md: the table of every setting with a short preface."""
    rows = [
        "# Settings",
        "",
        "Every setting is an environment variable `MENTIONFLOW_<NAME>`, a file `mentionflow_<name>` in the",
        "folder named by `MENTIONFLOW_SECRETS_DIR` (secrets), or a key `<name>` in the YAML file named by",
        "`MENTIONFLOW_CONFIG`, in that order of precedence, then the defaults. A bad value stops the worker.",
        "",
        "Regenerate with `mentionflow settings > docs/settings.md` (a unit test fails when it is stale).",
        "",
        "| variable | type | default | meaning |",
        "|---|---|---|---|",
    ]
    for name, info in Settings.model_fields.items():
        if get_origin(info.annotation) is Literal:
            kind = " \\| ".join(str(a) for a in get_args(info.annotation))
        else:
            kind = getattr(info.annotation, "__name__", None) or str(info.annotation)
            kind = kind.replace("typing.", "").replace("pathlib.", "").replace("pydantic.types.", "")
        default = "" if info.default is None else f"`{info.default}`"
        description = info.description or ""
        kind = kind.replace(" | ", " &#124; ")
        rows.append(f"| `MENTIONFLOW_{name.upper()}` | {kind} | {default} | {description} |")
    return "\n".join(rows) + "\n"


class SettingsError(ValueError):
    """A configuration problem, with a message that names the setting."""


def load_settings(**overrides: Any) -> Settings:
    """Build settings, turning pydantic's error into one line per bad setting."""
    unknown = _check_env_names(os.environ)
    secrets_dir = os.environ.get("MENTIONFLOW_SECRETS_DIR")
    if secrets_dir and not Path(secrets_dir).is_dir():
        raise SettingsError(f"MENTIONFLOW_SECRETS_DIR={secrets_dir}: not a folder")
    try:
        # (_secrets_dir: pydantic-settings' init-time option, which its plugin-less typing does not show)
        options: dict[str, Any] = {"_secrets_dir": secrets_dir or None}
        settings = Settings(**overrides, **options)
    except ValidationError as exc:
        lines = list(unknown)
        for err in exc.errors():
            name = ".".join(str(p) for p in err["loc"]) or "settings"
            env = f"MENTIONFLOW_{name.upper()}" if err["loc"] else name
            lines.append(f"{env}: {err['msg']}")
        raise SettingsError("invalid configuration:\n  " + "\n  ".join(lines)) from None
    if unknown:
        raise SettingsError("invalid configuration:\n  " + "\n  ".join(unknown))
    return settings
