"""Throw-away PKI and users for the local broker's secure listeners (``kafka start --secure``).

Generated once per Kafka home into ``<home>/secure`` (mode 0700, files 0600) and never committed:
a CA, the broker's key + certificate (SAN 127.0.0.1 and localhost), a client certificate per
principal (CN = the principal name, mapped to ``User:<name>`` by the broker), and a random SCRAM
password per principal. ``<principal>.sasl.env`` / ``<principal>.mtls.env`` hold the
``MENTIONFLOW_*`` settings that connect as that principal (``set -a; . file``).

Needs the ``cryptography`` package (a dev dependency); only the secure mode imports this module.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

# The broker's own principal (controller + inter-broker listeners, certificate only) and the
# cluster admin (applies ACLs) are super users; everyone else gets only deploy/kafka/acls.yaml.
BROKER_PRINCIPAL = "mf-broker"
ADMIN_PRINCIPAL = "mf-admin"
SUPER_USERS: tuple[str, ...] = (BROKER_PRINCIPAL, ADMIN_PRINCIPAL)
# Principals with a SCRAM password and a client certificate (deploy/kafka/acls.yaml names them).
CLIENT_PRINCIPALS: tuple[str, ...] = (ADMIN_PRINCIPAL, "mf-worker", "mf-replay", "mf-tail", "mf-topics")
SCRAM_MECHANISM = "SCRAM-SHA-512"
_VALID_DAYS = 30


@dataclass(frozen=True)
class SecureFiles:
    """Paths of one home's secure material."""

    folder: Path

    @property
    def ca(self) -> Path:
        return self.folder / "ca.pem"

    @property
    def ca_key(self) -> Path:
        return self.folder / "ca.key"

    @property
    def broker_keystore(self) -> Path:
        """Key + certificate chain in one PEM file (Kafka's ``ssl.keystore.type=PEM``)."""
        return self.folder / "broker.pem"

    @property
    def users(self) -> Path:
        return self.folder / "users.json"

    def cert(self, principal: str) -> Path:
        return self.folder / f"{principal}.pem"

    def key(self, principal: str) -> Path:
        return self.folder / f"{principal}.key"

    def passwords(self) -> dict[str, str]:
        data = json.loads(self.users.read_text())
        return {str(k): str(v) for k, v in data.items()}

    def complete(self) -> bool:
        return all(p.is_file() for p in (self.ca, self.ca_key, self.broker_keystore, self.users)) and all(
            self.cert(p).is_file() and self.key(p).is_file() for p in CLIENT_PRINCIPALS
        )


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def new_ca(common_name: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=_VALID_DAYS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def issue(
    ca_key: ec.EllipticCurvePrivateKey,
    ca_cert: x509.Certificate,
    common_name: str,
    *,
    server: bool,
) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    """A leaf certificate signed by the CA: server (SAN 127.0.0.1 + localhost) and/or client use."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    usages = [ExtendedKeyUsageOID.CLIENT_AUTH] + ([ExtendedKeyUsageOID.SERVER_AUTH] if server else [])
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=_VALID_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage(usages), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_cert.public_key()),  # type: ignore[arg-type]
            critical=False,
        )
    )
    if server:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
    return key, builder.sign(ca_key, hashes.SHA256())


def write_leaf(
    folder: Path, name: str, ca_key: ec.EllipticCurvePrivateKey, ca_cert: x509.Certificate, *, server: bool
) -> tuple[Path, Path]:
    """``<name>.pem`` (certificate) and ``<name>.key`` (unencrypted PKCS#8, mode 0600)."""
    key, cert = issue(ca_key, ca_cert, name, server=server)
    cert_path, key_path = folder / f"{name}.pem", folder / f"{name}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    _write_private(key_path, _key_pem(key))
    return cert_path, key_path


def write_ca(folder: Path, common_name: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    folder.mkdir(parents=True, exist_ok=True)
    key, cert = new_ca(common_name)
    (folder / "ca.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    _write_private(folder / "ca.key", _key_pem(key))
    return key, cert


def ensure_secure_files(home: Path) -> SecureFiles:
    """Create the CA, certificates and passwords of ``home`` unless they exist (kept across
    restarts: the SCRAM credentials live in the formatted metadata log)."""
    files = SecureFiles(home / "secure")
    if files.complete():
        return files
    files.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(files.folder, 0o700)
    ca_key, ca_cert = write_ca(files.folder, f"mentionflow local CA {secrets.token_hex(4)}")
    broker_key, broker_cert = issue(ca_key, ca_cert, BROKER_PRINCIPAL, server=True)
    _write_private(
        files.broker_keystore,
        _key_pem(broker_key)
        + broker_cert.public_bytes(serialization.Encoding.PEM)
        + ca_cert.public_bytes(serialization.Encoding.PEM),
    )
    for principal in CLIENT_PRINCIPALS:
        write_leaf(files.folder, principal, ca_key, ca_cert, server=False)
    # Hex: no character that the storage tool's "[name=..,password=..]" syntax would need quoted.
    passwords = {principal: secrets.token_hex(16) for principal in CLIENT_PRINCIPALS}
    _write_private(files.users, json.dumps(passwords, indent=2).encode())
    return files


def scram_format_args(files: SecureFiles) -> list[str]:
    """``kafka-storage format`` arguments that create every client principal's SCRAM user."""
    args: list[str] = []
    for principal, password in files.passwords().items():
        args += ["--add-scram", f"{SCRAM_MECHANISM}=[name={principal},password={password}]"]
    return args


def write_env_files(files: SecureFiles, sasl_ssl: str, ssl: str) -> None:
    """Per principal, the settings that connect over SASL_SSL and over mutual TLS."""
    passwords = files.passwords()
    for principal in CLIENT_PRINCIPALS:
        sasl = {
            "MENTIONFLOW_KAFKA": sasl_ssl,
            "MENTIONFLOW_SECURITY_PROTOCOL": "SASL_SSL",
            "MENTIONFLOW_SASL_MECHANISM": SCRAM_MECHANISM,
            "MENTIONFLOW_SASL_USERNAME": principal,
            "MENTIONFLOW_SASL_PASSWORD": passwords[principal],
            "MENTIONFLOW_SSL_CAFILE": str(files.ca.resolve()),
        }
        mtls = {
            "MENTIONFLOW_KAFKA": ssl,
            "MENTIONFLOW_SECURITY_PROTOCOL": "SSL",
            "MENTIONFLOW_SSL_CAFILE": str(files.ca.resolve()),
            "MENTIONFLOW_SSL_CERTFILE": str(files.cert(principal).resolve()),
            "MENTIONFLOW_SSL_KEYFILE": str(files.key(principal).resolve()),
        }
        for kind, env in (("sasl", sasl), ("mtls", mtls)):
            text = "".join(f"{k}={v}\n" for k, v in env.items())
            _write_private(files.folder / f"{principal}.{kind}.env", text.encode())


def read_env_file(path: Path) -> dict[str, str]:
    env = {}
    for line in path.read_text().splitlines():
        name, sep, value = line.partition("=")
        if sep:
            env[name.strip()] = value.strip()
    return env
