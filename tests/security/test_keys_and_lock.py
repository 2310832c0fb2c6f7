"""Key sources (keyring or passphrase, F8), the command line's choice, and the app lock."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import pytest
from sqlalchemy import select

from dpo_desk.cli import main
from dpo_desk.crypto.errors import WrongSecretError
from dpo_desk.errors import UserError
from dpo_desk.paths import database_path
from dpo_desk.services import secrets
from dpo_desk.services.context import Context
from dpo_desk.store.models import AuditEvent
from dpo_desk.store.opening import open_store

from .conftest import PASSPHRASE, grep_tree


@pytest.mark.parametrize(
    "backend", [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()]
)
def test_fail_and_null_keyrings_are_not_secure(backend: object) -> None:
    keyring.set_keyring(backend)  # the autouse memory_keyring fixture restores it
    assert secrets.secure_keyring() is None


def test_chainer_without_usable_backend_is_not_secure(monkeypatch: pytest.MonkeyPatch) -> None:
    chain = keyring.backends.chainer.ChainerBackend()
    monkeypatch.setattr(
        keyring.backends.chainer.ChainerBackend,
        "backends",
        property(lambda self: [keyring.backends.fail.Keyring()]),
    )
    keyring.set_keyring(chain)
    assert secrets.secure_keyring() is None


def test_keyring_store_unlocks_without_a_passphrase(tmp_path: Path, memory_keyring) -> None:
    d = tmp_path / "kr"
    result = secrets.setup(d)
    assert result.slots == ["keyring", "recovery"]
    stored = list(memory_keyring.store.values())
    assert len(stored) == 1 and stored[0].encode() not in secrets.keys_path(d).read_bytes()
    secrets.forget(d)
    assert secrets.unlock(d).current.id == result.key_id


def test_no_keyring_means_passphrase_and_nothing_in_plaintext(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """F8: the keyring is missing; without a passphrase set-up is refused with a clear
    message; with DPO_DESK_PASSPHRASE the store is encrypted and no secret is written."""
    keyring.set_keyring(keyring.backends.fail.Keyring())
    d = tmp_path / "nokr"
    with pytest.raises(UserError, match="no secure keyring"):
        secrets.setup(d)
    monkeypatch.setenv(secrets.ENV_PASSPHRASE, PASSPHRASE)
    code = main(
        [
            "--data-dir",
            str(d),
            "case",
            "add",
            "--name",
            "Nadia Keyless",
            "--right",
            "access",
            "--received",
            "2026-01-20",
        ]
    )
    assert code == 0
    err = capsys.readouterr().err
    assert "RECOVERY KEY" in err
    assert secrets.status(d).slots == ["passphrase", "recovery"]
    keys = secrets.unlocked(d)
    assert keys is not None
    assert (
        grep_tree(d, [PASSPHRASE.encode(), keys.current.key.hex().encode(), b"Nadia", b"nadia"])
        == []
    )
    # A second run in a new process would unlock the same way: forget and re-open.
    secrets.forget(d)
    assert main(["--data-dir", str(d), "case", "list"]) == 0
    assert "DPO-2026-0001" in capsys.readouterr().out


def test_cli_without_any_secret_refuses_clearly(
    enc_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secrets.forget(enc_dir)
    assert main(["--data-dir", str(enc_dir), "case", "list"]) == 1
    assert "DPO_DESK_PASSPHRASE" in capsys.readouterr().err


def test_cli_wrong_passphrase_is_one_generic_line(
    enc_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    secrets.forget(enc_dir)
    monkeypatch.setenv(secrets.ENV_PASSPHRASE, "wrong passphrase here")
    assert main(["--data-dir", str(enc_dir), "case", "list"]) == 1
    assert capsys.readouterr().err == "dpo-desk: wrong passphrase or damaged key file\n"


def test_plain_stores_stay_plain_for_the_cli(data_dir: Path) -> None:
    """Existing plain stores (every other test) get no key; a new directory opened
    without a terminal and without DPO_DESK_PASSPHRASE stays plain too."""
    open_store(data_dir).close()
    assert secrets.key_for_cli(data_dir) is None
    assert secrets.key_for_cli(data_dir.parent / "new") is None


def test_second_instance_on_an_encrypted_store_is_refused(enc_store, enc_dir: Path) -> None:
    """F9."""
    from dpo_desk.errors import StoreError

    with pytest.raises(StoreError, match="already open"):
        open_store(enc_dir, key=secrets.key_for_open(enc_dir))


def test_unreadable_location_gives_a_clear_error_not_a_fallback(tmp_path: Path) -> None:
    """F14. The tests run as root, for whom chmod 0500 does not stop writes, so a
    permission-based test would pass vacuously; /proc is a kernel file system where
    nobody, root included, can create a directory: the same refusal path."""
    from dpo_desk.errors import StoreError

    with pytest.raises(StoreError, match="cannot create the data directory"):
        open_store(Path("/proc/dpo-desk-test/data"))
    with pytest.raises(UserError):
        secrets.setup(Path("/proc/dpo-desk-test/data"), passphrase=PASSPHRASE, use_keyring=False)


class FakeClock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def test_lock_on_idle_and_unlock_with_rate_limit_audited(enc_ctx: Context) -> None:
    mono, wall = FakeClock(), FakeClock()
    wall.t = 10_000.0
    lock = secrets.LockState(
        enc_ctx.data_dir, idle_seconds=300, ctx=enc_ctx, clock=mono, wall=wall, sleep=lambda s: None
    )
    assert lock.can_lock
    mono.t = 299
    assert not lock.check_idle()
    lock.touch()
    mono.t = 598
    assert not lock.check_idle()
    mono.t = 599.5
    assert lock.check_idle() and lock.locked
    with pytest.raises(WrongSecretError):
        lock.unlock("not it at all")
    assert lock.locked
    with pytest.raises(secrets.RateLimited):
        lock.unlock(PASSPHRASE)  # too soon after a failure
    assert lock.retry_after() == 1.0
    wall.t += 1.0
    lock.unlock(PASSPHRASE)
    assert not lock.locked
    with enc_ctx.db.read() as session:
        ops = session.scalars(select(AuditEvent.operation).order_by(AuditEvent.id)).all()
    assert ops[-3:] == ["session.lock", "session.unlock-failed", "session.unlock"]


def test_reauthentication_window_before_bulk_actions(enc_ctx: Context) -> None:
    mono = FakeClock()
    lock = secrets.LockState(enc_ctx.data_dir, clock=mono, sleep=lambda s: None)
    with pytest.raises(UserError, match="passphrase again before a restore"):
        lock.require_recent_auth("a restore")
    lock.reauthenticate(PASSPHRASE)
    lock.require_recent_auth("a restore")
    mono.t = 121
    assert not lock.recently_authenticated()


def test_plain_store_cannot_lock(store) -> None:
    lock = secrets.LockState(store.data_dir)
    assert not lock.can_lock
    lock.lock()
    assert not lock.locked
    assert database_path(store.data_dir).exists()
