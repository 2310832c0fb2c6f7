"""The sealed-file format and the key file: round trips, and every tampering detected."""

from __future__ import annotations

import io
import json
import os
import stat
from pathlib import Path

import pytest

from dpo_desk.crypto import kdf, keyfile
from dpo_desk.crypto.errors import GENERIC_UNLOCK_ERROR, DamagedError, WrongSecretError
from dpo_desk.crypto.stream import HEADER_SIZE, TAG, key_id, seal, unseal
from dpo_desk.services import secrets

from .conftest import PASSPHRASE

KEY = os.urandom(32)


def _seal(data: bytes, chunk: int = 64) -> bytes:
    out = io.BytesIO()
    seal(iter([data[i : i + 10] for i in range(0, len(data), 10)] or [b""]), out, KEY, chunk)
    return out.getvalue()


def _open(blob: bytes, key: bytes = KEY) -> bytes:
    return b"".join(unseal(io.BytesIO(blob), {key_id(key): key}.get))


@pytest.mark.parametrize("size", [0, 1, 63, 64, 65, 128, 1000])
def test_round_trip_of_any_size(size: int) -> None:
    data = os.urandom(size)
    assert _open(_seal(data)) == data


def test_every_flipped_byte_is_detected() -> None:
    blob = _seal(os.urandom(200))
    for pos in range(len(blob)):
        bad = bytearray(blob)
        bad[pos] ^= 0x01
        with pytest.raises(DamagedError):
            _open(bytes(bad))


def test_truncation_at_a_chunk_boundary_and_extension_are_detected() -> None:
    blob = _seal(os.urandom(200))  # 4 chunks of 64 bytes: 3 full + 1 of 8
    boundary = HEADER_SIZE + 2 * (64 + TAG)
    for cut in (0, 10, HEADER_SIZE, boundary, len(blob) - 1):
        with pytest.raises(DamagedError):
            _open(blob[:cut])
    with pytest.raises(DamagedError):
        _open(blob + b"x")
    with pytest.raises(DamagedError):
        _open(blob + blob[HEADER_SIZE : HEADER_SIZE + 64 + TAG])


def test_another_key_is_named_as_such() -> None:
    with pytest.raises(DamagedError, match="another key"):
        _open(_seal(b"secret"), os.urandom(32))


def test_recovery_key_has_six_groups_of_five() -> None:
    key = kdf.new_recovery_key()
    groups = key.split("-")
    assert [len(g) for g in groups] == [5] * 6
    assert kdf.normalise_recovery_key(key.lower().replace("-", " ")) == key.replace("-", "")


def test_key_file_is_owner_only_and_holds_no_secret(enc_dir: Path) -> None:
    path = secrets.keys_path(enc_dir)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    keys = secrets.unlocked(enc_dir)
    assert keys is not None
    raw = path.read_bytes()
    assert PASSPHRASE.encode() not in raw
    assert keys.current.key.hex().encode() not in raw
    assert keys.current.db_key()[2:-1].encode() not in raw
    assert list(enc_dir.glob("*.tmp")) == []


def test_wrong_passphrase_gives_one_generic_error(enc_dir: Path) -> None:
    secrets.forget(enc_dir)
    with pytest.raises(WrongSecretError) as info:
        secrets.unlock(enc_dir, secret="not the passphrase", sleep=lambda s: None)
    assert str(info.value) == GENERIC_UNLOCK_ERROR
    assert secrets.unlocked(enc_dir) is None


def test_damaged_or_tampered_key_file_gives_the_same_error(enc_dir: Path) -> None:
    """Both copies altered (the second copy can repair only one): the generic error."""
    path = secrets.keys_path(enc_dir)
    data = json.loads(path.read_text())
    ct = bytearray(kdf.b64d(data["slots"]["passphrase"]["ct"]))
    ct[0] ^= 1
    data["slots"]["passphrase"]["ct"] = kdf.b64e(bytes(ct))
    for target in (path, keyfile.copy_path(path)):
        target.write_text(json.dumps(data))
    with pytest.raises(WrongSecretError, match=GENERIC_UNLOCK_ERROR):
        secrets.unlock(enc_dir, secret=PASSPHRASE, sleep=lambda s: None)
    for target in (path, keyfile.copy_path(path)):
        target.write_text("{not json")
    with pytest.raises(WrongSecretError, match=GENERIC_UNLOCK_ERROR):
        secrets.unlock(enc_dir, secret=PASSPHRASE, sleep=lambda s: None)


def test_lowered_scrypt_parameters_are_refused(enc_dir: Path) -> None:
    path = secrets.keys_path(enc_dir)
    data = json.loads(path.read_text())
    data["slots"]["passphrase"]["n"] = 2
    for target in (path, keyfile.copy_path(path)):
        target.write_text(json.dumps(data))
    with pytest.raises(WrongSecretError):
        secrets.unlock(enc_dir, secret=PASSPHRASE, sleep=lambda s: None)


def test_attempts_are_rate_limited_with_a_persisted_exponential_delay(enc_dir: Path) -> None:
    now = [1000.0]
    slept: list[float] = []

    def sleep(s: float) -> None:
        slept.append(s)
        now[0] += s

    for _ in range(4):
        with pytest.raises(WrongSecretError):
            secrets.unlock(enc_dir, secret="wrong wrong wrong", clock=lambda: now[0], sleep=sleep)
    assert slept == [1.0, 2.0, 4.0]  # the first attempt waits for nothing
    assert keyfile.load(secrets.keys_path(enc_dir)).failures == 4
    with pytest.raises(secrets.RateLimited) as info:
        secrets.unlock(enc_dir, secret=PASSPHRASE, clock=lambda: now[0], wait=False)
    assert info.value.retry_after == 8.0
    secrets.unlock(enc_dir, secret=PASSPHRASE, clock=lambda: now[0], sleep=sleep)
    assert slept[-1] == 8.0
    assert keyfile.load(secrets.keys_path(enc_dir)).failures == 0


def test_recovery_key_unlocks_and_passphrase_change_is_atomic(tmp_path: Path) -> None:
    d = tmp_path / "r"
    result = secrets.setup(d, passphrase=PASSPHRASE, use_keyring=False)
    assert result.recovery_key
    secrets.forget(d)
    secrets.unlock(d, secret=result.recovery_key.lower())
    secrets.change_passphrase(d, "a brand new passphrase")
    secrets.forget(d)
    with pytest.raises(WrongSecretError):
        secrets.unlock(d, secret=PASSPHRASE, sleep=lambda s: None)
    secrets.unlock(d, secret="a brand new passphrase")
    assert [p.name for p in d.iterdir() if p.name.endswith(".tmp")] == []


def test_short_passphrase_is_refused(tmp_path: Path) -> None:
    from dpo_desk.errors import UserError

    with pytest.raises(UserError, match="at least 10"):
        secrets.setup(tmp_path / "s", passphrase="short", use_keyring=False)
