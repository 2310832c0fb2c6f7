"""A team server's address: parsed, checked, turned into a URL; the password only in the
keyring, never in the settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from dpo_desk.errors import UserError
from dpo_desk.keys import server
from dpo_desk.keys.server import ServerProfile
from tests.conftest import MemoryKeyring


def test_a_url_becomes_a_profile_with_verify_full_by_default() -> None:
    profile = server.parse("postgresql://marie@db.example.org:6543/dpo_team")
    assert profile == ServerProfile("db.example.org", 6543, "dpo_team", "marie", "verify-full")
    assert profile.label() == "marie@db.example.org:6543/dpo_team"


def test_the_tls_options_and_the_password_of_a_url() -> None:
    profile, password = server.parse_with_password(
        "postgresql+psycopg://marie:s%40cret@db:5432/team?sslmode=verify-ca&sslrootcert=/etc/ca.pem"
    )
    assert password == "s@cret"
    assert profile.sslmode == "verify-ca"
    assert profile.sslrootcert == Path("/etc/ca.pem")
    # and back: the URL carries the password only when it is given
    assert "s%40cret" in profile.url("s@cret")
    assert "cret" not in profile.url()
    assert server.parse(profile.url()) == profile


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("db.example.org/team", "is not a server address"),
        ("postgresql://marie@db:99999/team", "is not a valid port"),
        ("postgresql://marie@db:port/team", "is not a server address"),
        ("mysql://marie@db/team", "is not a PostgreSQL address"),
        ("postgresql://marie@db/team?sslmode=sometimes", "is not a TLS mode"),
        ("postgresql://marie@/team", "host name is missing"),
    ],
)
def test_a_malformed_url_is_refused_in_words(url: str, words: str) -> None:
    with pytest.raises(UserError, match=words):
        server.parse(url)


def test_a_bad_port_typed_in_a_form_is_refused() -> None:
    with pytest.raises(UserError, match="'70000' is not a valid port|70000 is not a valid port"):
        server.parse_port("70000")
    with pytest.raises(UserError, match="is not a valid port"):
        server.parse_port("five")
    assert server.parse_port(" 5433 ") == 5433


def test_the_password_lives_in_the_keyring_never_in_the_settings(
    memory_keyring: MemoryKeyring,
) -> None:
    profile = ServerProfile("db", 5432, "team", "marie", sslrootcert=Path("/etc/ca.pem"))
    server.remember_password(profile, "hunter2")
    assert server.stored_password(profile) == "hunter2"
    assert "hunter2" in memory_keyring.store.values()
    saved = profile.to_dict()
    assert "hunter2" not in repr(saved)
    assert ServerProfile.from_dict(saved) == profile
    server.forget_password(profile)
    assert server.stored_password(profile) is None


def test_without_a_secure_keyring_the_password_is_not_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(server, "secure_keyring", lambda: None)
    profile = ServerProfile("db", 5432, "team", "marie")
    with pytest.raises(UserError, match="no system keyring"):
        server.remember_password(profile, "hunter2")
    assert server.stored_password(profile) is None


def test_libpqs_password_refusal_becomes_words() -> None:
    """The test server trusts 127.0.0.1 (no password asked), so libpq's own sentence
    (PostgreSQL 15, auth.c) stands in for a real wrong password here."""
    profile = ServerProfile("db.example.org", 5432, "team", "marie")
    libpq = (
        'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  '
        'password authentication failed for user "marie"'
    )
    refusal = server.connection_refusal(Exception(libpq), profile)
    assert str(refusal) == (
        "the server marie@db.example.org:5432/team refused the password for marie: check "
        "the password (or ask the administrator to reset it)"
    )
    assert "hunter" not in refusal.render("fr")
