"""TLS with ``sslmode=verify-full``: the desk reaches the server only when its certificate
chains to the CA file given *and* names the host typed; otherwise a refusal in words.

The test server (``DPO_DESK_TEST_PG``) is given a certificate made here (``cryptography``):
the files are written by the server itself (``COPY ... TO``, so they belong to its user,
mode 0600 as PostgreSQL demands), then ``ssl`` is switched on by a reload and back off at
the end. Other tests keep connecting: ``host`` lines of pg_hba.conf accept TLS and plain.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from dpo_desk.errors import UserError
from dpo_desk.keys.server import ServerProfile
from dpo_desk.services.team_session import try_connection
from dpo_desk.store.db import make_engine
from tests.team._srv_fixtures import URL, admin_url, needs_pg

pytestmark = needs_pg


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _ca(common: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common))
        .issuer_name(_name(common))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _server_cert(
    ca_key: ec.EllipticCurvePrivateKey, ca: x509.Certificate, host: str
) -> tuple[str, str]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(host))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    return cert.public_bytes(serialization.Encoding.PEM).decode(), key_pem


def _pem(cert: x509.Certificate, path: Path) -> Path:
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """The test server with TLS on, certificate for "localhost"; yields (right CA, other CA)."""
    ca_key, ca = _ca("DPO Desk test CA")
    _, other = _ca("Somebody else's CA")
    cert_pem, key_pem = _server_cert(ca_key, ca, "localhost")
    stem = f"srv_tls_{uuid.uuid4().hex[:8]}"
    admin = make_engine(admin_url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        folder = Path(str(conn.execute(text("SHOW data_directory")).scalar()))
        for suffix, pem in ((".crt", cert_pem), (".key", key_pem)):
            lines = ", ".join(f"('{line}')" for line in pem.strip().splitlines())
            target = folder / f"{stem}{suffix}"
            conn.execute(text(f"COPY (SELECT * FROM (VALUES {lines}) AS t) TO '{target}'"))
            target.chmod(0o600)  # PostgreSQL refuses a key others may read
        conn.execute(text(f"ALTER SYSTEM SET ssl_cert_file = '{folder / stem}.crt'"))
        conn.execute(text(f"ALTER SYSTEM SET ssl_key_file = '{folder / stem}.key'"))
        conn.execute(text("ALTER SYSTEM SET ssl = on"))
        conn.execute(text("SELECT pg_reload_conf()"))
    _wait_for_tls()
    try:
        yield _pem(ca, tmp_path / "ca.pem"), _pem(other, tmp_path / "other-ca.pem")
    finally:
        with admin.connect() as conn:
            for setting in ("ssl", "ssl_cert_file", "ssl_key_file"):
                conn.execute(text(f"ALTER SYSTEM RESET {setting}"))
            conn.execute(text("SELECT pg_reload_conf()"))
        admin.dispose()
        for suffix in (".crt", ".key"):  # tidy when this process may (same machine)
            with contextlib.suppress(OSError):
                (folder / f"{stem}{suffix}").unlink(missing_ok=True)


def _wait_for_tls() -> None:
    """The reload is a signal: wait (at most 5 s) until new connections get TLS."""
    url = make_url(URL).update_query_dict({"sslmode": "require"})
    deadline = time.monotonic() + 5
    while True:
        engine = make_engine(url.render_as_string(hide_password=False))
        try:
            with engine.connect():
                return
        except OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
        finally:
            engine.dispose()


def _profile(host: str, ca: Path) -> ServerProfile:
    url = make_url(URL)
    return ServerProfile(
        host,
        url.port or 5432,
        url.database or "postgres",
        url.username or "postgres",
        "verify-full",
        ca,
    )


def test_verify_full_with_the_right_ca_and_host(tls_server: tuple[Path, Path]) -> None:
    ca, _ = tls_server
    identity = try_connection(_profile("localhost", ca), None)
    assert identity.user == "postgres"


def test_a_certificate_from_another_ca_is_refused(tls_server: tuple[Path, Path]) -> None:
    _, other = tls_server
    with pytest.raises(UserError, match="is not signed by the CA file given"):
        try_connection(_profile("localhost", other), None)


def test_a_certificate_for_another_host_is_refused(tls_server: tuple[Path, Path]) -> None:
    ca, _ = tls_server
    with pytest.raises(UserError, match="certificate is not made out to 127.0.0.1"):
        try_connection(_profile("127.0.0.1", ca), None)


def test_a_missing_ca_file_is_named(tls_server: tuple[Path, Path], tmp_path: Path) -> None:
    with pytest.raises(UserError, match="the CA file .*nowhere.pem cannot be read"):
        try_connection(_profile("localhost", tmp_path / "nowhere.pem"), None)
