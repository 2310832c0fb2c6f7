"""Start-up with encryption: the set-up dialog on a new data directory (passphrase twice,
recovery key shown once, or a plain warning), the unlock dialog (generic error, the rate
limit as a countdown), the keyring unlocking silently, and no keyring at all."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from dpo_desk.crypto import kdf
from dpo_desk.paths import database_path
from dpo_desk.services import secrets
from dpo_desk.store.opening import open_store
from dpo_desk.ui.security import clipboard
from dpo_desk.ui.security import unlock as unlock_module
from dpo_desk.ui.security.common import strength
from dpo_desk.ui.security.unlock import SetupDialog, UnlockDialog
from tests.ui._wait import settle

PASSPHRASE = "correct horse battery staple"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch, english: None) -> Iterator[None]:
    monkeypatch.setattr(kdf, "SCRYPT_N", kdf.SCRYPT_N_MIN)
    yield
    with secrets._GUARD:
        secrets._UNLOCKED.clear()


class Wall:
    """A fake epoch clock for the rate limit."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def test_setup_dialog_encrypts_a_new_directory_and_shows_the_recovery_key(
    qtbot, tmp_path: Path, type_text
) -> None:
    d = tmp_path / "new"
    dialog = SetupDialog(d)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.use_keyring.isVisible()  # the memory keyring counts as secure
    type_text(dialog.passphrase, "short")
    assert not dialog.encrypt_button.isEnabled()
    assert "Too short" in dialog.strength_label.text()
    dialog.passphrase.clear()
    type_text(dialog.passphrase, PASSPHRASE)
    type_text(dialog.confirm, PASSPHRASE[:-1])
    assert not dialog.encrypt_button.isEnabled()
    assert "differ" in dialog.strength_label.text()
    type_text(dialog.confirm, PASSPHRASE[-1])
    assert dialog.encrypt_button.isEnabled()
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    qtbot.mouseClick(dialog.encrypt_button, LEFT)
    # the recovery key, once; Continue only after the confirmation
    key = dialog.key_label.text()
    assert dialog.pages.currentIndex() == 1 and len(kdf.normalise_recovery_key(key)) == 30
    assert dialog.passphrase.text() == "" and not dialog.continue_button.isEnabled()
    dialog.reject()  # Escape does not dismiss the key unseen
    assert dialog.isVisible()
    dialog.copy_key()
    assert QApplication.clipboard().text() == key
    dialog.written.setChecked(True)
    qtbot.mouseClick(dialog.continue_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert secrets.is_encrypted(d)
    assert PASSPHRASE.encode() not in secrets.keys_path(d).read_bytes()
    store = open_store(d, key=secrets.key_for_open(d))
    store.close()
    secrets.forget(d)
    secrets.unlock(d, secret=key)  # the recovery key opens it too
    secrets.forget(d)
    secrets.unlock(d, secret=PASSPHRASE)
    clipboard.guard().clear_now()


def test_declining_encryption_says_so_plainly_and_continues(qtbot, tmp_path: Path) -> None:
    d = tmp_path / "plain"
    dialog = SetupDialog(d)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.plain_button.click()
    box = dialog.confirm_box
    assert box is not None
    assert "UNENCRYPTED" in box.text() and "stolen" in box.informativeText()
    # "Back" keeps the dialog open; "Store unencrypted" goes on
    back = next(b for b in box.buttons() if b is not dialog.plain_yes)
    back.click()
    assert dialog.isVisible() and dialog.result() == 0
    dialog.plain_button.click()
    dialog.plain_yes.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.result_value is None
    assert not secrets.is_encrypted(d)


def test_unlock_dialog_wrong_then_right_with_the_rate_limit_as_a_countdown(
    qtbot, tmp_path: Path
) -> None:
    d = tmp_path / "enc"
    secrets.setup(d, passphrase=PASSPHRASE, use_keyring=False)
    secrets.forget(d)
    wall = Wall()
    dialog = UnlockDialog(d, wall=wall)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.entry.field.echoMode() == dialog.entry.field.EchoMode.Password
    dialog.entry.field.setText("not my passphrase")
    dialog.unlock_button.click()
    assert dialog.entry.error.text() == "Wrong passphrase or damaged key file."
    assert dialog.entry.countdown.isVisible() and "1 second" in dialog.entry.countdown.text()
    assert not dialog.unlock_button.isEnabled()  # the wait runs, the window stays usable
    dialog.entry.field.setText(PASSPHRASE)
    dialog.try_unlock()  # too early: refused without checking
    settle(qtbot)
    assert secrets.unlocked(d) is None and dialog.isVisible()
    wall.now += 1.5
    dialog.entry.refresh_countdown()
    assert dialog.unlock_button.isEnabled() and not dialog.entry.countdown.isVisible()
    dialog.unlock_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert secrets.unlocked(d) is not None
    assert secrets.load_keyfile(d).failures == 0


def test_the_recovery_key_link_switches_the_field(qtbot, tmp_path: Path) -> None:
    d = tmp_path / "enc"
    result = secrets.setup(d, passphrase=PASSPHRASE, use_keyring=False)
    secrets.forget(d)
    dialog = UnlockDialog(d)
    qtbot.addWidget(dialog)
    dialog.entry.recovery_button.click()
    assert dialog.entry.field.accessibleName() == "Recovery key"
    dialog.entry.field.setText(str(result.recovery_key).lower())
    dialog.try_unlock()
    settle(qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_start_up_unlocks_with_the_keyring_silently_else_asks(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    d = tmp_path / "kr"
    secrets.setup(d, passphrase=PASSPHRASE, use_keyring=True)
    secrets.forget(d)
    asked: list[Path] = []

    def fake_exec(self: UnlockDialog) -> int:
        asked.append(self.data_dir)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(UnlockDialog, "exec", fake_exec)
    store = unlock_module.unlock_and_open(d)
    assert store is not None and not asked
    store.close()
    secrets.forget(d)
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the keyring is gone (F8)
    assert unlock_module.unlock_and_open(d) is None
    assert asked == [d]


def test_new_directory_offers_setup_and_plain_choice_opens_a_plain_store(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    d = tmp_path / "fresh"

    def plain(self: SetupDialog) -> int:
        return QDialog.DialogCode.Accepted.value  # "store unencrypted" confirmed

    monkeypatch.setattr(SetupDialog, "exec", plain)
    store = unlock_module.unlock_and_open(d)
    assert store is not None and not store.encrypted
    store.close()
    assert database_path(d).exists()


def test_without_a_keyring_the_passphrase_path_works_and_writes_no_secret(
    qtbot, tmp_path: Path
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    d = tmp_path / "nokr"
    dialog = SetupDialog(d)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.use_keyring.isVisible() and dialog.no_keyring.isVisible()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirm.setText(PASSPHRASE)
    dialog.encrypt()
    settle(qtbot)
    assert secrets.status(d).slots == ["passphrase", "recovery"]
    for path in d.rglob("*"):
        if path.is_file():
            assert PASSPHRASE.encode() not in path.read_bytes()


def test_strength_hint() -> None:
    assert strength("short") == 0
    assert strength("aaaaaaaaaaaa") == 1
    assert strength("Tr0ub4dor&3x") >= 2
    assert strength(PASSPHRASE) == 3


def test_closing_the_start_up_dialog_quits_without_opening_anything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp
) -> None:
    import sys

    import dpo_desk.app as app_module

    monkeypatch.setattr(app_module, "setup_logging", lambda d: None)
    monkeypatch.setattr(SetupDialog, "exec", lambda self: QDialog.DialogCode.Rejected.value)
    try:
        assert app_module.run(data_dir=tmp_path / "data") == 0
    finally:
        sys.excepthook = sys.__excepthook__
    assert not database_path(tmp_path / "data").exists()
    assert not secrets.is_encrypted(tmp_path / "data")
