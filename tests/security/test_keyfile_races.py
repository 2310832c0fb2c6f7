"""``keys.json`` changed by several processes at once, and kept in two copies (issue 13).

Before the lock, a wrong passphrase typed while ``secure recovery`` ran undid the renewal
(the printed key did not unlock, the revoked one still did) and parallel wrong guesses
lost counter updates. These tests run real processes against one data directory.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dpo_desk.crypto import keyfile
from dpo_desk.crypto.errors import WrongSecretError
from dpo_desk.services import secrets

from .conftest import PASSPHRASE

GUESSER = """
import sys, time
from pathlib import Path
from dpo_desk.crypto.errors import WrongSecretError
from dpo_desk.services import secrets
d, go, n = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
while not go.exists():
    time.sleep(0.005)
for _ in range(n):
    try:
        secrets.unlock(d, secret="not the passphrase at all", sleep=lambda s: None)
    except WrongSecretError:
        pass
"""

RENEWER = """
import sys, time
from pathlib import Path
from dpo_desk.services import secrets
d, go, ready, rounds = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
secrets.unlock(d, secret=sys.argv[5])
ready.touch()
while not go.exists():
    time.sleep(0.005)
keys = []
for _ in range(rounds):
    keys.append(secrets.new_recovery_key(d))
    time.sleep(0.01)
print("\\n".join(keys))
"""


def _spawn(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True)


def test_parallel_wrong_guesses_and_a_renewal_lose_nothing(tmp_path: Path) -> None:
    d = tmp_path / "race"
    first = secrets.setup(d, passphrase=PASSPHRASE, use_keyring=False).recovery_key
    assert first
    secrets.forget(d)
    go, ready = tmp_path / "go", tmp_path / "ready"
    renewer = _spawn(RENEWER, str(d), str(go), str(ready), "3", PASSPHRASE)
    deadline = time.monotonic() + 60
    while not ready.exists():
        assert renewer.poll() is None and time.monotonic() < deadline
        time.sleep(0.01)
    guessers = [_spawn(GUESSER, str(d), str(go), "2") for _ in range(6)]
    go.touch()
    for proc in guessers:
        assert proc.wait(timeout=120) == 0
    out, _ = renewer.communicate(timeout=120)
    assert renewer.returncode == 0
    printed = out.split()
    assert len(printed) == 3

    kf = keyfile.load(secrets.keys_path(d))
    assert kf.failures == 12  # every one of the 6 × 2 wrong guesses counted
    assert keyfile.load_copy(secrets.keys_path(d)) == kf  # the second copy is in step
    for revoked in [first, *printed[:-1]]:
        with pytest.raises(WrongSecretError):
            secrets.unlock(d, secret=revoked, sleep=lambda s: None)
    secrets.unlock(d, secret=printed[-1], sleep=lambda s: None)  # the last printed key
    assert list(d.glob("*.tmp")) == [] and list(d.glob(".*.tmp")) == []


@pytest.mark.parametrize("damage", ["deleted", "garbage", "flipped wrap"])
def test_a_lost_or_damaged_key_file_is_rebuilt_from_its_copy(
    enc_dir: Path, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = secrets.keys_path(enc_dir)
    if damage == "deleted":
        path.unlink()
    elif damage == "garbage":
        path.write_bytes(b"\x00" * 40)
    else:
        data = json.loads(path.read_text())
        ct = data["slots"]["passphrase"]["ct"]
        # A different first character (a fixed "A" left 1 key in 64 undamaged: a flaky test)
        data["slots"]["passphrase"]["ct"] = ("B" if ct[0] == "A" else "A") + ct[1:]
        path.write_text(json.dumps(data))
    secrets.forget(enc_dir)
    assert secrets.is_encrypted(enc_dir)
    secrets.unlock(enc_dir, secret=PASSPHRASE)
    assert "rebuilt from its second copy" in caplog.text
    assert keyfile.load(path) == keyfile.load_copy(path)  # keys.json is whole again


def test_backup_list_says_which_key_opens_which_backup_after_a_renewal(
    enc_ctx, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each backup keeps the wraps of its time: after ``secure recovery`` an older backup
    opens elsewhere only with the recovery key of its time, and the list says so."""
    from dpo_desk import backup
    from dpo_desk.cli import main
    from dpo_desk.errors import UserError
    from dpo_desk.services.secrets import backup_keys

    from .conftest import add

    d = enc_ctx.data_dir
    add(enc_ctx)
    old_backup = backup.create(enc_ctx)
    old_recovery = secrets.new_recovery_key(d)  # a known "old" key for this test
    old_backup = backup.create(enc_ctx)
    new_recovery = secrets.new_recovery_key(d)
    add(enc_ctx, "Bob Durand")
    new_backup = backup.create(enc_ctx)
    assert old_backup and new_backup
    current = backup_keys.current_keyfile(d)
    old_says = backup_keys.opens_with(backup_keys.backup_header(old_backup.path), current)
    new_says = backup_keys.opens_with(backup_keys.backup_header(new_backup.path), current)
    assert new_says == "today's passphrase or today's recovery key"
    assert old_says.startswith("today's passphrase or the recovery key set on 20")
    assert backup_keys.needing_old_secrets(d) >= 1

    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(d), "backup", "list"]) == 0
    out = capsys.readouterr().out
    assert (
        f"{old_backup.path.name}" in out
        and "opens with today's passphrase or the recovery key set on" in out
    )

    # On another computer: the old backup opens with the old recovery key only.
    for file, good, bad in (
        (old_backup.path, old_recovery, new_recovery),
        (new_backup.path, new_recovery, old_recovery),
    ):
        with pytest.raises(UserError):
            backup.restore(file, tmp_path / f"bad-{file.name}", yes=True, secret=bad)
        plan = backup.restore(file, tmp_path / f"ok-{file.name}", yes=True, secret=good)
        assert plan.applied


def test_lost_key_file_and_copy_are_rebuilt_from_a_backup_with_the_recovery_key(
    enc_ctx, enc_store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from dpo_desk import backup
    from dpo_desk.cli import main
    from dpo_desk.store.opening import open_store

    from .conftest import add

    d = enc_ctx.data_dir
    recovery = secrets.new_recovery_key(d)
    add(enc_ctx, "Claire Petit")
    assert backup.create(enc_ctx)
    enc_store.close()
    path = secrets.keys_path(d)
    path.unlink()
    keyfile.copy_path(path).unlink()
    secrets.forget(d)
    assert not secrets.is_encrypted(d)

    monkeypatch.setenv("DPO_DESK_PASSPHRASE", "not the right one at all")
    assert main(["--data-dir", str(d), "secure", "rebuild-keys"]) == 1
    assert "no backup of" in capsys.readouterr().err and not path.exists()

    monkeypatch.setenv("DPO_DESK_PASSPHRASE", recovery)
    assert main(["--data-dir", str(d), "secure", "rebuild-keys"]) == 0
    assert "keys.json rebuilt from the backup" in capsys.readouterr().out
    secrets.forget(d)
    secrets.unlock(d, secret=recovery)
    store = open_store(d, key=secrets.key_for_open(d))
    store.close()
    assert keyfile.load_copy(path) is not None
