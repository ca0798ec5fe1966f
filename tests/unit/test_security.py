"""Security settings and guarantees, without a broker (docs/security.md).

- SASL_SSL / SCRAM and TLS settings turn into the right aiokafka keyword arguments (the plain
  tools) and the right faust broker credentials (the worker);
- the SASL password never shows: not in ``repr(settings)``, ``settings.redacted()``, the log of a
  worker start, or any metric label;
- the web server (metrics, health) listens on MENTIONFLOW_WEB_HOST only;
- case text and author handles are stripped of control and bidi characters.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import shutil
import socket
import ssl
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import faust
import pytest
from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth
from hypothesis import given, settings
from hypothesis import strategies as st

from mentionflow import observability as obs
from mentionflow import procs
from mentionflow.app import build_app
from mentionflow.core.cases import safe_text
from mentionflow.core.pipeline import Pipeline
from mentionflow.kafka_client import client_kwargs, ssl_context
from mentionflow.schema import raw_mention_from_dict
from mentionflow.settings import Settings, SettingsError, load_settings

SECRET = "s3cr3t-Pa55-do-not-log-7f1e"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("MENTIONFLOW_"):
            monkeypatch.delenv(key)


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """A throwaway CA certificate and a client certificate + key (openssl)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl not installed")
    folder = tmp_path_factory.mktemp("tls")
    ca_key, ca, key, csr, cert = (folder / n for n in ("ca.key", "ca.pem", "client.key", "client.csr", "client.pem"))
    run = lambda *args: subprocess.run(["openssl", *args], check=True, capture_output=True)  # noqa: E731
    run(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        str(ca_key),
        "-out",
        str(ca),
        "-days",
        "2",
        "-subj",
        "/CN=mentionflow-test-ca",
    )
    run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(csr), "-subj", "/CN=mentionflow")
    run(
        "x509",
        "-req",
        "-in",
        str(csr),
        "-CA",
        str(ca),
        "-CAkey",
        str(ca_key),
        "-CAcreateserial",
        "-out",
        str(cert),
        "-days",
        "2",
    )
    return ca, cert, key


def sasl_ssl_env(ca: Path, cert: Path | None = None, key: Path | None = None) -> dict[str, str]:
    env = {
        "MENTIONFLOW_KAFKA": "kafka-1.internal:9096,kafka-2.internal:9096",
        "MENTIONFLOW_SECURITY_PROTOCOL": "SASL_SSL",
        "MENTIONFLOW_SASL_MECHANISM": "SCRAM-SHA-512",
        "MENTIONFLOW_SASL_USERNAME": "mentionflow-svc",
        "MENTIONFLOW_SASL_PASSWORD": SECRET,
        "MENTIONFLOW_SSL_CAFILE": str(ca),
    }
    if cert is not None and key is not None:
        env |= {"MENTIONFLOW_SSL_CERTFILE": str(cert), "MENTIONFLOW_SSL_KEYFILE": str(key)}
    return env


@pytest.fixture
def sasl_settings(tls_files: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch) -> Settings:
    for name, value in sasl_ssl_env(*tls_files).items():
        monkeypatch.setenv(name, value)
    return load_settings()


# --------------------------------------------------------------------------------------- settings → clients


def test_sasl_ssl_settings_build_aiokafka_kwargs(sasl_settings: Settings) -> None:
    kwargs = client_kwargs(sasl_settings)
    assert kwargs["bootstrap_servers"] == "kafka-1.internal:9096,kafka-2.internal:9096"
    assert kwargs["security_protocol"] == "SASL_SSL"
    assert kwargs["sasl_mechanism"] == "SCRAM-SHA-512"
    assert kwargs["sasl_plain_username"] == "mentionflow-svc"
    assert kwargs["sasl_plain_password"] == SECRET  # the one place the secret is unwrapped
    context = kwargs["ssl_context"]
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname  # brokers are verified
    assert any("mentionflow-test-ca" in str(c.get("subject")) for c in context.get_ca_certs())


def test_sasl_ssl_settings_build_faust_credentials(sasl_settings: Settings) -> None:
    app = build_app(sasl_settings, web_port=6199).app
    credentials = app.conf.broker_credentials
    assert isinstance(credentials, faust.SASLCredentials)
    assert credentials.username == "mentionflow-svc" and credentials.password == SECRET
    assert credentials.mechanism.value == "SCRAM-SHA-512"
    assert isinstance(credentials.ssl_context, ssl.SSLContext)
    assert [str(url) for url in app.conf.broker] == ["kafka://kafka-1.internal:9096", "kafka://kafka-2.internal:9096"]
    # What faust's aiokafka transport hands to AIOKafkaConsumer/Producer:
    auth = credentials_to_aiokafka_auth(credentials)
    assert auth["security_protocol"] == "SASL_SSL" and auth["sasl_mechanism"] == "SCRAM-SHA-512"
    assert auth["sasl_plain_username"] == "mentionflow-svc" and auth["sasl_plain_password"] == SECRET
    assert auth["ssl_context"] is credentials.ssl_context


@pytest.mark.parametrize("mechanism", ["SCRAM-SHA-256", "PLAIN"])
def test_sasl_plaintext_has_no_tls(mechanism: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MENTIONFLOW_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
    monkeypatch.setenv("MENTIONFLOW_SASL_MECHANISM", mechanism)
    monkeypatch.setenv("MENTIONFLOW_SASL_USERNAME", "u")
    monkeypatch.setenv("MENTIONFLOW_SASL_PASSWORD", SECRET)
    s = load_settings()
    kwargs = client_kwargs(s)
    assert kwargs["security_protocol"] == "SASL_PLAINTEXT" and "ssl_context" not in kwargs
    assert kwargs["sasl_mechanism"] == mechanism
    auth = credentials_to_aiokafka_auth(build_app(s, web_port=6198).app.conf.broker_credentials)
    assert auth["security_protocol"] == "SASL_PLAINTEXT" and auth["sasl_mechanism"] == mechanism


def test_tls_only_with_client_certificate(tls_files: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    ca, cert, key = tls_files
    monkeypatch.setenv("MENTIONFLOW_SECURITY_PROTOCOL", "SSL")
    monkeypatch.setenv("MENTIONFLOW_SSL_CAFILE", str(ca))
    monkeypatch.setenv("MENTIONFLOW_SSL_CERTFILE", str(cert))
    monkeypatch.setenv("MENTIONFLOW_SSL_KEYFILE", str(key))
    s = load_settings()
    kwargs = client_kwargs(s)
    assert kwargs["security_protocol"] == "SSL" and isinstance(kwargs["ssl_context"], ssl.SSLContext)
    assert not any(k.startswith("sasl") for k in kwargs)
    credentials = build_app(s, web_port=6197).app.conf.broker_credentials
    assert isinstance(credentials, faust.SSLCredentials)
    assert credentials_to_aiokafka_auth(credentials)["security_protocol"] == "SSL"


def test_plaintext_is_the_default_and_has_no_credentials() -> None:
    s = load_settings()
    assert client_kwargs(s) == {"bootstrap_servers": "127.0.0.1:9092", "security_protocol": "PLAINTEXT"}
    assert ssl_context(s) is None
    assert build_app(s, web_port=6196).app.conf.broker_credentials is None


def test_sasl_without_credentials_fails_at_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MENTIONFLOW_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("MENTIONFLOW_SASL_USERNAME", "u")
    with pytest.raises(SettingsError, match="MENTIONFLOW_SASL_PASSWORD"):
        load_settings()


# --------------------------------------------------------------------------------------- the secret stays secret


def test_password_not_in_repr_str_or_redacted(sasl_settings: Settings) -> None:
    assert SECRET not in repr(sasl_settings)
    assert SECRET not in str(sasl_settings)
    redacted = sasl_settings.redacted()
    assert redacted["sasl_password"] == "***"
    assert SECRET not in json.dumps(redacted, default=str)
    assert SECRET not in sasl_settings.model_dump_json()
    assert SECRET not in repr(build_app(sasl_settings, web_port=6195).app.conf.broker_credentials)


def test_password_not_in_logs_of_app_build(sasl_settings: Settings, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    mf = build_app(sasl_settings, web_port=6194)
    logging.getLogger("mentionflow").info("settings: %s", sasl_settings.redacted())
    logging.getLogger("mentionflow").debug("settings: %r", sasl_settings)
    logging.getLogger("mentionflow").debug("credentials: %r", mf.app.conf.broker_credentials)
    assert caplog.records  # something was logged
    assert SECRET not in caplog.text


def test_password_not_in_worker_start_output(tls_files: tuple[Path, Path, Path], tmp_path: Path) -> None:
    """A real ``mentionflow worker`` start at DEBUG against a broker that is not there: everything
    it prints (settings, connection attempts, the error it stops with) is free of the password."""
    port = procs.free_port()  # a port nobody listens on
    env = {k: v for k, v in os.environ.items() if not k.startswith("MENTIONFLOW_")}
    env |= sasl_ssl_env(*tls_files)
    env |= {
        "MENTIONFLOW_KAFKA": f"127.0.0.1:{port}",
        "MENTIONFLOW_LOG_LEVEL": "DEBUG",
        "MENTIONFLOW_DATA_DIR": str(tmp_path / "data"),
        "MENTIONFLOW_BROKER_WAIT_S": "2",
        "PYTHONUNBUFFERED": "1",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "mentionflow.cli", "worker", "--web-port", "0"],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    output = (proc.stdout + proc.stderr).decode("utf-8", "replace")
    assert proc.returncode != 0 and "bootstrap" in output, output  # it ran, failed to connect, said so
    assert SECRET not in output
    assert SECRET.encode().hex() not in output


def test_password_not_in_any_metric(sasl_settings: Settings) -> None:
    build_app(sasl_settings, web_port=6193)
    body, _ = obs.exposition()
    assert SECRET not in body.decode()
    for metric in obs.REGISTRY.collect():
        for sample in metric.samples:
            assert all(SECRET not in str(v) for v in sample.labels.values()), sample


# --------------------------------------------------------------------------------------- web server binding


def _listening(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1.0):
            return True
    except OSError:
        return False


@pytest.fixture
def free_port() -> Iterator[int]:
    yield procs.free_port()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs 127.0.0.2 on the loopback (Linux)")
async def test_web_server_binds_to_web_host_only(free_port: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Bound to 127.0.0.2, the server must not answer on 127.0.0.1 (faust binds 0.0.0.0 unless
    told otherwise: ``web_bind``)."""
    monkeypatch.setenv("MENTIONFLOW_WEB_HOST", "127.0.0.2")
    s = load_settings()
    app = build_app(s, web_port=free_port).app
    assert app.conf.web_bind == "127.0.0.2" and app.conf.web_host == "127.0.0.2"
    web = app.web
    await web.start_server()
    try:
        assert await asyncio.to_thread(_listening, "127.0.0.2", free_port)
        assert not await asyncio.to_thread(_listening, "127.0.0.1", free_port)
    finally:
        await web.stop_server()


def test_stray_faust_environment_variables_do_not_override_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """faust reads its settings from unprefixed variables too (WEB_BIND, BROKER_URL, ...); the app
    namespaces them (FAUST_<NAME>), so a variable meant for something else changes nothing."""
    stray = {
        "WEB_BIND": "0.0.0.0",
        "WEB_PORT": "1234",
        "APP_WEB_TABLES_ENABLED": "true",
        "BROKER_URL": "kafka://evil.example:9092",
        "BROKER_CREDENTIALS": "nope",
        "PROCESSING_GUARANTEE": "exactly_once",
    }
    for name, value in stray.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("FAUST_BROKER_SESSION_TIMEOUT", "11")  # the deliberate, namespaced way
    conf = build_app(load_settings(), web_port=6191).app.conf
    assert conf.web_bind == "127.0.0.1" and conf.web_port == 6191
    assert conf.web_tables_enabled is False
    assert [str(u) for u in conf.broker] == ["kafka://127.0.0.1:9092"] and conf.broker_credentials is None
    assert conf.processing_guarantee.value == "at_least_once"
    assert conf.broker_session_timeout == 11.0


def test_default_web_host_is_loopback() -> None:
    app = build_app(load_settings(), web_port=6192).app
    assert app.conf.web_bind == "127.0.0.1"


# --------------------------------------------------------------------------------------- safe text

BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Also stripped today: zero-width space/joiners, word joiner and invisible operators, BOM,
# interlinear annotation marks. (Stripping U+200D splits emoji ZWJ sequences such as a family
# emoji into its parts; see docs/security.md.)
INVISIBLE_FORMAT = "\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\u2065\ufeff\ufff9\ufffa\ufffb"


def _unsafe(ch: str) -> bool:
    """What must never reach a case: control characters (tab and newline are fine) and bidi controls."""
    return (unicodedata.category(ch) == "Cc" and ch not in "\t\n") or ch in BIDI_CONTROLS


def test_safe_text_strips_every_control_and_bidi_character() -> None:
    every = "".join(chr(c) for c in range(0x20)) + "".join(chr(c) for c in range(0x7F, 0xA0)) + BIDI_CONTROLS
    cleaned = safe_text("a" + every + INVISIBLE_FORMAT + "z")
    assert cleaned == "a\t\nz"


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        st.characters(blacklist_categories=("Cs",))
        | st.sampled_from(list(BIDI_CONTROLS + INVISIBLE_FORMAT + "\x00\x85"))
    )
)
def test_safe_text_keeps_everything_else_in_order(text: str) -> None:
    cleaned = safe_text(text, limit=10_000)
    assert not any(_unsafe(ch) for ch in cleaned)
    expected = "".join(ch for ch in text if not _unsafe(ch) and ch not in INVISIBLE_FORMAT)
    assert cleaned == expected[:10_000]


def test_case_text_and_handle_are_sanitised_end_to_end() -> None:
    record = {
        "id": "sec-1",
        "channel": "twitter",
        "text": "\u202eevil\u202c @SkyLarkAir \u2066lost\u2069 my bag\x1b[2J\u061c\x00 again",
        "created_at": "2026-11-20T09:00:00Z",
        "author": {"id": "a-sec", "handle": "\u202egnp.exe\u202c\u200fadmin\x07", "followers": 10},
    }
    _, case = Pipeline.from_settings(load_settings()).run(raw_mention_from_dict(record), 1_795_000_000.0)
    assert case is not None
    assert case.text == "evil @SkyLarkAir lost my bag[2J again"
    assert case.author.handle == "gnp.exeadmin"
    assert not re.search("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\x00-\x08\x0b-\x1f\x7f-\x9f]", case.text)


def test_only_catalog_brands_become_metric_labels() -> None:
    from mentionflow.observability import brand_label

    catalog = {"skylark-air": object()}
    assert brand_label("skylark-air", catalog) == "skylark-air"
    assert brand_label("made-up-brand-123", catalog) == "other"
    assert brand_label(None, catalog) == brand_label("", catalog) == "unknown"


# ------------------------------------------------------------------------------- one line per refused connection


def _settings(**values: str) -> Settings:
    return Settings(**values)  # type: ignore[arg-type]


def test_refused_connections_name_the_setting(tls_files: tuple[Path, Path, Path]) -> None:
    from aiokafka.errors import KafkaConnectionError, SaslAuthenticationFailed

    from mentionflow.kafka_client import explain_connection_error

    ca, cert, key = tls_files
    sasl = _settings(security_protocol="SASL_SSL", sasl_username="svc", sasl_password=SECRET, ssl_cafile=str(ca))
    mtls = _settings(security_protocol="SSL", ssl_cafile=str(ca), ssl_certfile=str(cert), ssl_keyfile=str(key))
    no_cert = _settings(security_protocol="SSL", ssl_cafile=str(ca))
    bad_cert = ssl.SSLError(1, "[SSL: SSLV3_ALERT_BAD_CERTIFICATE] sslv3 alert bad certificate")
    bad_cert.reason = "SSLV3_ALERT_BAD_CERTIFICATE"
    closed = KafkaConnectionError("Connection at h:9 closed")
    closed.__cause__ = bad_cert
    unverified = ssl.SSLCertVerificationError(1, "certificate verify failed")
    unverified.verify_message = "unable to get local issuer certificate"
    cases = [
        (sasl, SaslAuthenticationFailed("invalid credentials"), "MENTIONFLOW_SASL_PASSWORD", "'svc'"),
        (sasl, unverified, "MENTIONFLOW_SSL_CAFILE", "unable to get local issuer certificate"),
        (no_cert, closed, "MENTIONFLOW_SSL_CERTFILE", "requires a client certificate"),
        (mtls, closed, "MENTIONFLOW_SSL_CERTFILE", "rejected the client certificate"),
        (sasl, ConnectionRefusedError(111, "Connection refused"), "MENTIONFLOW_KAFKA", "bootstrap server h:9"),
        (sasl, TimeoutError(), "MENTIONFLOW_KAFKA", "did not answer"),
        (sasl, KafkaConnectionError("Connection at h:9 closed"), "MENTIONFLOW_SECURITY_PROTOCOL", "SASL_SSL"),
    ]
    for settings_, exc, setting, detail in cases:
        line = explain_connection_error(settings_, "h:9", exc)
        assert "\n" not in line and line.split(": ")[0].endswith(setting) and detail in line, (exc, line)
        assert SECRET not in line


def test_unreadable_tls_files_name_the_setting(tmp_path: Path) -> None:
    from mentionflow.kafka_client import KafkaAccessError

    missing = tmp_path / "nope.pem"
    with pytest.raises(KafkaAccessError, match=r"^MENTIONFLOW_SSL_CAFILE: cannot load"):
        ssl_context(_settings(security_protocol="SSL", ssl_cafile=str(missing)))
    with pytest.raises(KafkaAccessError, match=r"^MENTIONFLOW_SSL_CERTFILE / MENTIONFLOW_SSL_KEYFILE: cannot load"):
        ssl_context(_settings(security_protocol="SSL", ssl_certfile=str(missing), ssl_keyfile=str(missing)))


# --------------------------------------------------------------------------------------- web: TLS and basic auth


def test_web_tls_and_auth_settings_come_in_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MENTIONFLOW_WEB_AUTH_USERNAME", "prometheus")
    with pytest.raises(SettingsError, match="MENTIONFLOW_WEB_AUTH_PASSWORD go together"):
        load_settings()
    monkeypatch.delenv("MENTIONFLOW_WEB_AUTH_USERNAME")
    monkeypatch.setenv("MENTIONFLOW_WEB_TLS_CERTFILE", "/x.pem")
    with pytest.raises(SettingsError, match="MENTIONFLOW_WEB_TLS_KEYFILE go together"):
        load_settings()


def test_web_auth_password_never_shows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MENTIONFLOW_WEB_AUTH_USERNAME", "prometheus")
    monkeypatch.setenv("MENTIONFLOW_WEB_AUTH_PASSWORD", SECRET)
    s = load_settings()
    assert s.redacted()["web_auth_password"] == "***"
    assert SECRET not in repr(s) and SECRET not in s.model_dump_json()


def test_basic_auth_checker() -> None:
    import base64

    from mentionflow.app import basic_auth_checker

    open_ = basic_auth_checker(load_settings())
    assert open_(None) and open_("anything")  # no credentials set: /metrics stays open
    check = basic_auth_checker(_settings(web_auth_username="prometheus", web_auth_password=SECRET))
    good = "Basic " + base64.b64encode(f"prometheus:{SECRET}".encode()).decode()
    assert check(good)
    assert not check(None) and not check("") and not check(good + "x") and not check(good.replace("Basic", "Bearer"))
    assert not check("Basic " + base64.b64encode(b"prometheus:wrong").decode())


def test_web_tls_files_are_checked_at_start(tls_files: tuple[Path, Path, Path], tmp_path: Path) -> None:
    from mentionflow.app import web_ssl_context

    _, cert, key = tls_files
    assert web_ssl_context(load_settings()) is None
    context = web_ssl_context(_settings(web_tls_certfile=str(cert), web_tls_keyfile=str(key)))
    assert context is not None and context.minimum_version == ssl.TLSVersion.TLSv1_2
    with pytest.raises(SettingsError, match="MENTIONFLOW_WEB_TLS_CERTFILE"):
        web_ssl_context(_settings(web_tls_certfile=str(tmp_path / "x.pem"), web_tls_keyfile=str(key)))


# --------------------------------------------------------------------------------------- local broker's throw-away PKI


def test_secure_files_are_private_and_chain_to_the_ca(tmp_path: Path) -> None:
    kafka_secure = pytest.importorskip("mentionflow.tools.kafka_secure")
    files = kafka_secure.ensure_secure_files(tmp_path)
    assert files.complete() and (files.folder.stat().st_mode & 0o777) == 0o700
    for private in [
        files.ca_key,
        files.broker_keystore,
        files.users,
        *(files.key(p) for p in kafka_secure.CLIENT_PRINCIPALS),
    ]:
        assert (private.stat().st_mode & 0o777) == 0o600, private
    # Every client certificate loads with its key and verifies against the CA (as the broker will).
    for principal in kafka_secure.CLIENT_PRINCIPALS:
        context = ssl.create_default_context(cafile=str(files.ca))
        context.load_cert_chain(str(files.cert(principal)), str(files.key(principal)))
    args = kafka_secure.scram_format_args(files)
    assert args.count("--add-scram") == len(kafka_secure.CLIENT_PRINCIPALS)
    assert all(f"name={p}," in " ".join(args) for p in kafka_secure.CLIENT_PRINCIPALS)
    before = files.passwords()
    assert kafka_secure.ensure_secure_files(tmp_path).passwords() == before  # kept across restarts
