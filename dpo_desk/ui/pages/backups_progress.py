"""What the progress dialogs of a backup and of a restore say at each stage.

At a million cases a backup takes minutes and a restore more: every stage says what it
does, with a count that moves where one is known (bytes, audit entries). The words are
the Backups page's (its translation context)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QProgressDialog

# Stages whose ``done`` and ``total`` count bytes, with their words ("%1 of %2").
_BACKUP_BYTES = {
    "archive": QT_TRANSLATE_NOOP("BackupsPage", "Compressing and writing the backup: %1 of %2"),
    "verify": QT_TRANSLATE_NOOP("BackupsPage", "Reading the backup back to verify it: %1 of %2"),
}
# Stages with no count to show, with their words.
_BACKUP_WAITS = {
    "verify": QT_TRANSLATE_NOOP("BackupsPage", "Reading the backup back to verify it…"),
    "waiting": QT_TRANSLATE_NOOP("BackupsPage", "Waiting for the check of the data to finish…"),
    "snapshot": QT_TRANSLATE_NOOP("BackupsPage", "Copying the database…"),
}
_RESTORE_WAITS = {
    "pre-restore": QT_TRANSLATE_NOOP("BackupsPage", "Saving the current data first…"),
    "switch": QT_TRANSLATE_NOOP("BackupsPage", "Putting the restored data in place…"),
    "check": QT_TRANSLATE_NOOP("BackupsPage", "Checking the restored data…"),
}


def _tr(text: object) -> str:
    """The page's words for a text marked with ``QT_TRANSLATE_NOOP`` above."""
    return QCoreApplication.translate("BackupsPage", str(text))


def _bar(dialog: QProgressDialog, done: int, total: int, text: str) -> None:
    """A bar of 1000 steps: a QProgressDialog counts in a 32-bit int, the bytes of a
    million cases do not fit. The words first: ``setValue`` of a modal dialog processes
    events, a later report among them, whose words must not be overwritten by these."""
    dialog.setLabelText(text)
    dialog.setRange(0, 1000)
    dialog.setValue(min(1000, int(1000 * done / total)))


def _spinner(dialog: QProgressDialog, text: str) -> None:
    dialog.setLabelText(text)
    dialog.setRange(0, 0)


def _of(text: str, done: str, total: str) -> str:
    return text.replace("%1", done).replace("%2", total)


def show_backup(dialog: QProgressDialog, stage: str, done: int, total: int) -> None:
    """A backup's stage (``backup.create``'s ``progress``) in ``dialog``."""
    locale = QLocale()
    size = locale.formattedDataSize
    if stage in _BACKUP_BYTES and total > 0 and (done > 0 or stage == "archive"):
        _bar(dialog, done, total, _of(_tr(_BACKUP_BYTES[stage]), size(done), size(total)))
    elif stage == "audit" and total > 0:  # half a minute at a million cases
        text = QCoreApplication.translate(
            "BackupsPage", "Checking the audit trail: %1 of %2 entries"
        )
        _bar(dialog, done, total, _of(text, locale.toString(done), locale.toString(total)))
    elif stage in _BACKUP_WAITS:
        _spinner(dialog, _tr(_BACKUP_WAITS[stage]))


def show_restore(dialog: QProgressDialog, stage: str, done: int, total: int) -> None:
    """A restore's stage (``backup.restore``'s ``progress``) in ``dialog``."""
    size = QLocale().formattedDataSize
    if stage == "read":
        text = QCoreApplication.translate("BackupsPage", "Reading and checking the backup: %1 read")
        _spinner(dialog, text.replace("%1", size(done)))
    elif stage == "pre-restore" and total > 0:
        text = QCoreApplication.translate("BackupsPage", "Saving the current data first: %1 of %2")
        _bar(dialog, done, total, _of(text, size(done), size(total)))
    elif stage in _RESTORE_WAITS:
        _spinner(dialog, _tr(_RESTORE_WAITS[stage]))
