"""E-mails dropped on the window, the case list or the intake (issue 17).

One ``.eml`` or ``.msg`` opens the intake prefilled from the message; the DPO confirms
the rights and saves. A reply to a message already imported joins its case at once (it
opens no request); the same message twice is refused in words. Several messages, or an
mbox backlog, open the list of messages to import (``MailBatchDialog``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from dpo_desk.errors import UserError
from dpo_desk.mail.read import is_mail_file, kind_of, read_one
from dpo_desk.services import mail_import
from dpo_desk.services.mail_import import MailDraft, MailResult
from dpo_desk.ui import crash, i18n
from dpo_desk.ui.background import BackgroundOp, Lane
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.mail_batch import MailBatchDialog

if TYPE_CHECKING:
    from dpo_desk.ui.dialogs.intake import IntakeDialog


def _draft_of(app: AppContext, path: Path) -> Callable[[], MailDraft]:
    ctx, lang = app.ctx, i18n.current()
    return lambda: mail_import.draft(ctx, read_one(path), lang)


def _already(draft: MailDraft) -> str:
    return QCoreApplication.translate(
        "MailDrop", "This message was already imported (case %1); it was not imported again."
    ).replace("%1", draft.duplicate_case)


def read_into(dialog: IntakeDialog, path: Path) -> None:
    """Read ``path`` in the background and fill ``dialog`` from it."""

    def done(draft: MailDraft) -> None:
        if draft.duplicate_case:
            dialog.show_error(_already(draft))
        else:
            dialog.load_mail(draft)

    draft_of = _draft_of(dialog.app, path)
    BackgroundOp(dialog, lambda _h: draft_of()).success(done).refusal(dialog.show_error).run_in(
        Lane.DB, dialog.app.tasks
    )


def open_mail_files(
    parent: QWidget, app: AppContext, paths: list[Path], new_request: Callable[[], IntakeDialog]
) -> MailBatchDialog | None:
    """Open what the dropped ``paths`` ask for; returns the list of messages when one was
    opened (several files, or an mbox)."""
    mails = [p for p in paths if is_mail_file(p)]
    if not mails:
        crash.show_refusal(
            QCoreApplication.translate(
                "MailDrop",
                "Drop e-mails here (.eml, .msg or .mbox) to open requests; "
                "attach other files from a case's Documents tab.",
            ),
            parent,
        )
        return None
    if len(mails) > 1 or _is_mbox(mails[0]):
        batch = MailBatchDialog(app, mails, parent)
        batch.open()
        return batch

    def done(draft: MailDraft) -> None:
        if draft.duplicate_case:
            crash.show_refusal(_already(draft), parent)
        elif draft.thread_case:
            _add_reply(parent, app, draft)
        else:
            new_request().load_mail(draft)

    app.tasks.run(_draft_of(app, mails[0]), done, parent=parent)
    return None


def _is_mbox(path: Path) -> bool:
    try:
        return kind_of(path) == "mbox"
    except UserError:  # unreadable: read_one says why, in words
        return False


def _add_reply(parent: QWidget, app: AppContext, draft: MailDraft) -> None:
    """A reply in a known thread: added to its case (document and note), then shown."""
    ctx = app.ctx

    def done(result: MailResult) -> None:
        app.signals.case_changed.emit(result.reference)
        app.signals.open_case.emit(result.reference)
        text = QCoreApplication.translate(
            "MailDrop",
            "This message answers case %1: it was added to that case (the "
            "message sealed, its text in the notes).",
        ).replace("%1", result.reference)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("MailDrop", "Reply added"),
            text,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("reply_added")
        box.open()

    app.tasks.run(lambda: mail_import.import_mail(ctx, draft.mail), done, parent=parent)
