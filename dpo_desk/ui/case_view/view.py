"""The case panel: a header with the deadline badge, the actions allowed now, and tabs."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.letter_rules import ARTICLE_19
from dpo_desk.domain.lifecycle import CaseState, allowed_targets, is_open
from dpo_desk.domain.team import Action, action_of_move
from dpo_desk.domain.text import show_controls
from dpo_desk.services import case_list, cases, documents
from dpo_desk.services.dto import CaseDetail, DocumentInfo
from dpo_desk.ui import crash, roles
from dpo_desk.ui.background import BackgroundOp, Lane
from dpo_desk.ui.case_view.documents import DocumentsTab
from dpo_desk.ui.case_view.empty import empty_label, empty_text
from dpo_desk.ui.case_view.identity import IdentityTab
from dpo_desk.ui.case_view.overview import OverviewTab
from dpo_desk.ui.case_view.scope import ScopeTab
from dpo_desk.ui.case_view.timeline import TimelineTab
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.assign import AssignDialog, assign_button
from dpo_desk.ui.dialogs.case_actions import ExtendDialog, TransitionDialog
from dpo_desk.ui.dialogs.identity import (
    FailIdentityDialog,
    ReceiveIdentityDialog,
    RequestIdentityDialog,
    VerifyIdentityDialog,
)
from dpo_desk.ui.letters_availability import LETTERS_TAB, letters_available
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.confirm import ask_destructive
from dpo_desk.ui.widgets.deadline import COLOURS, summary_badge
from dpo_desk.ui.widgets.flow import FlowLayout
from dpo_desk.ui.widgets.lazy_tab import LazyTab

if TYPE_CHECKING:
    from dpo_desk.ui.case_view.viewer import DocumentViewer

# States reached through their own action, not through a plain transition button.
_OWN_ACTION = {CaseState.AWAITING_IDENTITY, CaseState.EXTENDED}


class CaseView(QWidget):
    """Signals:
    loaded(int): a case was shown (its id), after loading or a change.
    """

    loaded = Signal(int)

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.detail: CaseDetail | None = None
        self.dialog: QDialog | None = None
        self.viewer: DocumentViewer | None = None
        self.confirm_box: QMessageBox | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.empty = empty_label()
        self.stack.addWidget(self.empty)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 0, 0, 0)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a name is data, never markup
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        head = QHBoxLayout()
        self.badge = QLabel()
        self.badge.setTextFormat(Qt.TextFormat.PlainText)
        head.addWidget(self.badge)
        head.addStretch(1)
        layout.addLayout(head)
        self.role_note = QLabel()  # why actions are missing, on a team desk
        self.role_note.setWordWrap(True)
        layout.addWidget(self.role_note)
        self.actions_row = FlowLayout()  # wraps: five French actions outgrow a laptop
        layout.addLayout(self.actions_row)
        self.action_buttons: dict[str, QPushButton] = {}
        self.tabs = QTabWidget()
        self.overview = OverviewTab()
        self.identity = IdentityTab()
        self.timeline = TimelineTab()
        self.documents = DocumentsTab()
        self.scope = ScopeTab(app)
        self.tabs.addTab(self.overview, "")
        self.tabs.addTab(self.identity, "")
        self.tabs.addTab(self.timeline, "")
        self.tabs.addTab(self.documents, "")
        self.tabs.addTab(self.scope, "")
        # The letters tab is built when first needed (a case shown, the tab clicked, or
        # the window's warm-up after its first paint): its imports (reportlab, the
        # registers, the mail) cost 0.2 s before the first rows otherwise (issue 19).
        self._letters: LazyTab | None = None
        if letters_available():
            self._letters = LazyTab(
                self.tabs,
                lambda: importlib.import_module(LETTERS_TAB).LettersTab(app),
                self._letters_built,
            )
        layout.addWidget(self.tabs, 1)
        self.stack.addWidget(body)
        self.identity.action.connect(self._identity_action)
        self.documents.attach_files.connect(self.attach)
        self.identity.attach_files.connect(self.attach)
        self.documents.open_document.connect(self.open_document)
        self.documents.export_document.connect(self.export_document)
        self.documents.delete_document.connect(self.delete_document)
        self._hide_forbidden()
        self.retranslate()

    @property
    def letters(self) -> QWidget | None:
        """The letters tab (built on this first use), or None when letters are not
        available in this build."""
        return None if self._letters is None else self._letters.page()

    @property
    def has_letters(self) -> bool:
        return self._letters is not None

    def warm_up(self) -> None:
        """Build what was left for later (the letters tab), while the DPO reads the list."""
        if self._letters is not None:
            self._letters.page()

    def _letters_built(self, letters: Any) -> None:
        """The new tab (worded in the current language by its constructor) gets the
        role's limits and the case already shown."""
        self._hide_forbidden_letters(letters)
        if self.detail is not None:
            letters.set_detail(self.detail)

    def _hide_forbidden(self) -> None:
        """What the role may not do is not offered (``ui.roles``); the server refuses it too."""
        app = self.app
        roles.show_if(app, Action.DOCUMENTS, self.documents.attach_button)
        roles.show_if(app, Action.DOCUMENTS, self.documents.delete_button)
        roles.show_if(app, Action.INTAKE, *self.identity.buttons.values(), self.identity.attach_id)
        roles.show_if(app, Action.EDIT_CASE, self.scope.suggest_button, self.scope.save_button)
        if self._letters is not None and self._letters.built is not None:
            self._hide_forbidden_letters(self._letters.built)

    def _hide_forbidden_letters(self, letters: Any) -> None:
        app = self.app
        if hasattr(letters, "sent_button"):
            roles.show_if(app, Action.DRAFT, letters.generate_button, letters.regenerate_button)
            roles.show_if(
                app,
                Action.MARK_SENT,
                letters.sent_button,
                letters.email_button,
                letters.delivered_button,
            )

    # -- loading ------------------------------------------------------------------

    @property
    def reference(self) -> str | None:
        return self.detail.reference if self.detail else None

    def show_case(
        self,
        reference: str | None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Load and show ``reference``; ``on_error`` replaces the refusal box (a live
        refresh of a case another desk deleted)."""
        if not reference:
            self.detail = None
            self.stack.setCurrentIndex(0)
            return
        ctx = self.app.ctx
        self.app.tasks.run(
            lambda: (cases.get_case(ctx, reference), case_list.timeline(ctx, reference)),
            self._loaded,
            on_error,
            parent=self,
        )

    def reload(self) -> None:
        if self.detail:
            self.show_case(self.detail.reference)

    def _loaded(self, result: tuple[CaseDetail, list[case_list.TimelineEntry]]) -> None:
        detail, entries = result
        self.set_detail(detail)
        self.timeline.set_entries(entries)

    def set_detail(self, detail: CaseDetail) -> None:
        self.detail = detail
        today = self.app.ctx.today()
        s = detail.summary
        self.title.setText(f"{s.reference} — {s.subject_name}")
        level, text = summary_badge(s, today)
        bg, fg = COLOURS[level]
        self.badge.setText(f"{labels.state(s.status)} · {text}")
        self.badge.setStyleSheet(
            f"background: {bg}; color: {fg}; border-radius: 6px;"
            " padding: 4px 10px; font-weight: 600;"
        )
        self.badge.setAccessibleName(self.tr("Status and deadline"))
        self.overview.set_detail(detail, today)
        self.identity.set_detail(detail)
        self.documents.set_detail(detail)
        self.scope.set_detail(detail)
        if self._letters is not None:
            letters: Any = self._letters.built
            if letters is None:
                self._letters.page()  # built now, and given this case by _letters_built
            else:
                letters.set_detail(detail)
        self._build_actions(detail)
        self.stack.setCurrentIndex(1)
        self.loaded.emit(s.id)

    # -- actions ------------------------------------------------------------------

    def _targets(self, detail: CaseDetail) -> list[str]:
        status = detail.summary.status
        out = [t.value for t in allowed_targets(status) if t not in _OWN_ACTION]
        if (
            CaseState.IN_PROGRESS in allowed_targets(status)
            and CaseState.ANSWERED.value not in out
            and status != "awaiting-identity"
        ):
            out.insert(0, CaseState.ANSWERED.value)  # the service steps through in-progress
        return out

    def _build_actions(self, detail: CaseDetail) -> None:
        while self.actions_row.count():
            item = self.actions_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.action_buttons.clear()
        for target in self._targets(detail):
            if not roles.allowed(self.app, action_of_move(target)):
                continue
            button = QPushButton(labels.state_action(target))
            button.setAccessibleName(labels.state_action(target))
            button.setToolTip(self.tr("Move the case to “%1”").replace("%1", labels.state(target)))
            button.clicked.connect(lambda _=False, t=target: self.open_transition(t))
            self.action_buttons[target] = button
            self.actions_row.addWidget(button)
        if roles.allowed(self.app, Action.EDIT_CASE):  # an auditor assigns nothing
            assign = assign_button(lambda: self._open(AssignDialog(self.app, detail, self)))
            self.action_buttons["assign"] = assign
            self.actions_row.addWidget(assign)
        status = detail.summary.status
        if (
            is_open(status)
            and detail.extended_on is None
            and status != "awaiting-identity"
            and roles.allowed(self.app, Action.EXTEND)
        ):
            button = QPushButton(self.tr("E&xtend…"))
            button.setAccessibleName(self.tr("Extend the deadline"))
            button.setToolTip(
                self.tr(
                    "Extend the period (reasons required); shows the new dates before confirming"
                )
            )
            button.clicked.connect(self.open_extend)
            self.action_buttons["extend"] = button
            self.actions_row.addWidget(button)
        # Telling the recipients (GDPR Art. 19) is a communication sent, as a letter is.
        if set(detail.summary.rights) & {r.value for r in ARTICLE_19} and roles.allowed(
            self.app, Action.MARK_SENT
        ):
            button = QPushButton(self.tr("Recipients &notified…"))
            button.setAccessibleName(self.tr("Recipients notified"))
            button.setToolTip(
                self.tr(
                    "Record which recipients were told of the rectification, "
                    "erasure or restriction (GDPR Art. 19)"
                )
            )
            button.clicked.connect(self.open_notices)
            self.action_buttons["notified"] = button
            self.actions_row.addWidget(button)

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.succeeded.connect(self._action_done)  # type: ignore[attr-defined]
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def open_transition(self, target: str) -> QDialog | None:
        if self.detail is None:
            return None
        return self._open(TransitionDialog(self.app, self.detail, target, self))

    def open_notices(self) -> QDialog | None:
        if self.detail is None:
            return None
        from dpo_desk.ui.dialogs.recipient_notices import RecipientNoticesDialog

        return self._open(RecipientNoticesDialog(self.app, self.detail, self))

    def open_extend(self) -> QDialog | None:
        if self.detail is None:
            return None
        return self._open(ExtendDialog(self.app, self.detail, self))

    def _identity_action(self, key: str) -> None:
        if self.detail is None:
            return
        kinds: dict[str, Any] = {
            "request": RequestIdentityDialog,
            "receive": ReceiveIdentityDialog,
            "verify": VerifyIdentityDialog,
            "fail": FailIdentityDialog,
        }
        self._open(kinds[key](self.app, self.detail, self))

    def _action_done(self, result: Any) -> None:
        warning = getattr(result, "warning", None)
        detail = getattr(result, "detail", result)
        if isinstance(detail, CaseDetail):
            self.set_detail(detail)
            self.app.signals.case_changed.emit(detail.reference)
            self.reload()
        if warning:
            crash.show_refusal(warning, self).setWindowTitle(self.tr("Identity policy warning"))

    def attach(self, paths: list[Path], kind: str = "attachment") -> None:
        if self.detail is None:
            return
        ctx, ref = self.app.ctx, self.detail.reference

        def op() -> CaseDetail:
            # All or none, one transaction: a refused file attaches nothing (issue 15).
            return documents.attach_files(ctx, ref, [(path, kind) for path in paths])

        def refused(text: str) -> None:
            crash.show_refusal(self.tr("Not attached:\n%1").replace("%1", text), self)

        BackgroundOp(self, lambda _h: op()).success(self._action_done).refusal(refused).run_in(
            Lane.DB, self.app.tasks
        )

    def _document(self, document_id: int) -> DocumentInfo | None:
        docs = self.detail.documents if self.detail else []
        return next((d for d in docs if d.id == document_id), None)

    def open_document(self, document_id: int) -> None:
        """Show the file in the desk's viewer; the view is audited by the service."""
        doc = self._document(document_id)
        if doc is None:
            return
        ctx = self.app.ctx

        def done(result: tuple[str, bytes]) -> None:
            # The viewer brings Qt PDF, a third of a second of imports: loaded when a
            # document is first opened, not before the window's first paint (issue 19).
            from dpo_desk.ui.case_view.viewer import DocumentViewer

            name, data = result
            self.viewer = DocumentViewer(name, doc.media_type, data, self)
            self.viewer.open()
            self.reload()  # the timeline shows the view

        self.app.tasks.run(
            lambda: documents.read_document(ctx, document_id, audited=True),
            done,
            parent=self,
        )

    def export_document(self, document_id: int, target: Path | None = None) -> None:
        """Save a plain copy where the DPO chooses (audited: it leaves the store)."""
        doc = self._document(document_id)
        if doc is None:
            return
        if target is None:
            suggested = Path.home() / (Path(doc.original_name).name or f"document-{doc.id}")
            chosen, _f = QFileDialog.getSaveFileName(
                self, self.tr("Export a plain copy"), str(suggested)
            )
            if not chosen:
                return
            target = Path(chosen)
        ctx, out = self.app.ctx, target

        def done(written: Path) -> None:
            self.documents.hint.setText(self.tr("Exported to %1").replace("%1", str(written)))
            self.reload()

        BackgroundOp(self, lambda _h: documents.export_document(ctx, document_id, out)).success(
            done
        ).refusal(self.documents.show_error).run_in(Lane.DB, self.app.tasks)

    def delete_document(self, document_id: int) -> None:
        """Destroy the file after a confirmation whose safe answer is the default."""
        doc = self._document(document_id)
        if doc is None:
            return
        ctx = self.app.ctx

        def answered(yes: bool) -> None:
            if yes:
                reason = "deleted by the DPO"
                BackgroundOp(
                    self, lambda _h: documents.delete_document(ctx, document_id, reason)
                ).success(self._action_done).refusal(self.documents.show_error).run_in(
                    Lane.DB, self.app.tasks
                )

        self.confirm_box, _yes = ask_destructive(
            self,
            self.tr("Delete a document"),
            self.tr("Destroy “%1” for good?").replace("%1", show_controls(doc.original_name)),
            self.tr(
                "The file is overwritten and removed; only the fact that it existed stays in "
                "the case and the audit log. It will not be in the next backups."
            ),
            self.tr("Delete the file"),
            self.tr("Keep it"),
            answered,
        )

    def show_letters(self) -> bool:
        letters = self.letters
        if letters is None or self.detail is None:
            return False
        self.tabs.setCurrentWidget(letters)
        return True

    # -- language -----------------------------------------------------------------

    def retranslate(self) -> None:
        self.empty.setText(empty_text())
        names = [
            self.tr("&Overview"),
            self.tr("&Identity"),
            self.tr("&Timeline"),
            self.tr("&Documents"),
            self.tr("&Scope"),
        ]
        if self.has_letters:
            names.append(self.tr("&Letters"))
        for i, name in enumerate(names):
            self.tabs.setTabText(i, name)
        self.tabs.setAccessibleName(self.tr("Case details"))
        self.role_note.setText(roles.note(self.app))
        self.role_note.setVisible(bool(self.role_note.text()))
        self.overview.retranslate()
        self.identity.retranslate()
        self.timeline.retranslate()
        self.documents.retranslate()
        self.scope.retranslate()
        letters: Any = self._letters.built if self._letters is not None else None
        if letters is not None:
            letters.retranslate()
        if self.detail is not None:
            self.set_detail(self.detail)
