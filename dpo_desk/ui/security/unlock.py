"""Start-up with an encrypted store: the keyring silently, else the unlock dialog; on a
NEW data directory, the set-up dialog that offers to encrypt it.

``unlock_and_open(data_dir)`` is the one call ``app.run`` makes; it returns the open
store, or None when the DPO closed the dialog (the program then quits, nothing changed).
The set-up dialog itself is in ``setup_dialog`` (re-exported here).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from dpo_desk.errors import StoreError, UserError
from dpo_desk.paths import database_path
from dpo_desk.services import secrets
from dpo_desk.services.session import Store, finish_interrupted_restore, open_store
from dpo_desk.ui import i18n
from dpo_desk.ui.security.common import SecretEntry
from dpo_desk.ui.security.setup_dialog import SetupDialog
from dpo_desk.ui.widgets.text import paragraph as _intro
from dpo_desk.ui.widgets.text import title_label as _title
from dpo_desk.ui.window_settings import saved_language

__all__ = ["SetupDialog", "UnlockDialog", "set_up_new", "unlock_and_open", "unlock_keys"]

log = logging.getLogger(__name__)

Clock = Callable[[], float]


def _retry_after(data_dir: Path, wall: Clock) -> Callable[[], float]:
    def wait() -> float:
        if not secrets.is_encrypted(data_dir):
            return 0.0
        return secrets.load_keyfile(data_dir).wait_seconds(wall())

    return wait


class UnlockDialog(QDialog):
    """The passphrase (or recovery key) of an encrypted data directory, at start-up.

    A wrong secret gives one generic message; after it, the key file's rate limit runs as
    a countdown (the window stays responsive). Accepted once the keys are unlocked.
    """

    def __init__(
        self,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        wall: Clock = time.time,
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.wall = wall
        self.setWindowTitle(self.tr("Unlock DPO Desk"))
        self.setMinimumWidth(500)
        self.heading = _title(self.tr("Your data is encrypted"), self)
        self.intro = _intro(
            self.tr(
                "Type the passphrase that protects the data in %1. If you have lost it, "
                "use the recovery key you wrote down when the encryption was set up."
            ).replace("%1", str(self.data_dir)),
            self,
        )
        self.entry = SecretEntry(_retry_after(self.data_dir, wall), parent=self)
        self.entry.submitted.connect(self.try_unlock)
        self.buttons = QDialogButtonBox(self)
        self.unlock_button = self.buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = self.buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.unlock_button.setDefault(True)
        self.unlock_button.setToolTip(self.tr("Open the data with this passphrase"))
        self.quit_button.setToolTip(self.tr("Close DPO Desk without opening the data"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.quit_button.setAccessibleName(self.tr("Quit"))
        self.unlock_button.clicked.connect(self.try_unlock)
        self.quit_button.clicked.connect(self.reject)
        self.entry.ready_changed.connect(self.unlock_button.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(self.entry)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.entry.field.setFocus()
        self.entry.refresh_countdown()

    def try_unlock(self) -> None:
        data_dir, wall = self.data_dir, self.wall
        self.entry.attempt(
            lambda s: secrets.unlock(data_dir, secret=s, wait=False, clock=wall),
            lambda _keys: self.accept(),
        )


# -- the start-up sequence -------------------------------------------------------------------


def _startup_language(data_dir: Path) -> None:
    """The dialogs speak the language the window will (saved choice, else the system)."""
    try:
        saved = saved_language(data_dir)
    except Exception:  # noqa: BLE001 - the language is a nicety
        saved = None
    i18n.install(saved or i18n.system_language())


def unlock_keys(data_dir: Path, parent: QWidget | None = None) -> bool:
    """Make the keys of ``data_dir`` available: already unlocked, the keyring, else the
    unlock dialog. False when the DPO quit. Plain or new directories: True at once."""
    if not secrets.is_encrypted(data_dir) or secrets.unlocked(data_dir) is not None:
        return True
    try:
        secrets.unlock(data_dir)  # the keyring, silently
        return True
    except UserError as exc:  # NeedSecret, or a keyring entry that no longer fits
        log.info("keyring cannot unlock %s: %s", data_dir, type(exc).__name__)
    scripted = os.environ.get(secrets.ENV_PASSPHRASE)
    if scripted:  # scripts and kiosks (docs/security.md explains the risk)
        try:
            secrets.unlock(data_dir, secret=scripted, wait=False)
            return True
        except UserError:
            log.warning("%s does not unlock %s", secrets.ENV_PASSPHRASE, data_dir)
    dialog = UnlockDialog(data_dir, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def set_up_new(data_dir: Path, parent: QWidget | None = None) -> bool:
    """On a new data directory, the set-up dialog. False when the DPO closed it."""
    if secrets.is_encrypted(data_dir) or database_path(data_dir).exists():
        return True
    dialog = SetupDialog(data_dir, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def unlock_and_open(data_dir: Path, *, defer_check: bool = False) -> Store | None:
    """The store of ``data_dir``, opened with its key once the DPO has unlocked (or set
    up) the encryption; None when the DPO closed the dialog.

    ``defer_check``: see ``open_store`` (the caller then runs ``Store.finish_check``).

    Raises:
        StoreError: the store cannot be opened (shown by the caller, then exit 1).
    """
    data_dir = Path(data_dir)
    _startup_language(data_dir)
    if data_dir.is_dir():  # an interrupted restore may replace keys.json: finish it first
        finish_interrupted_restore(data_dir)
    if not set_up_new(data_dir) or not unlock_keys(data_dir):
        return None
    try:
        key = secrets.key_for_open(data_dir)
    except StoreError:
        raise
    except UserError as exc:  # e.g. finishing an interrupted conversion failed
        raise StoreError.carrying(exc) from exc
    return open_store(data_dir, key=key, defer_check=defer_check)
