"""The people already known, offered while the DPO types a requester's name or e-mail:
choosing one files the request under that person, and a typed detail that differs from
the one on file is shown for the DPO to keep or not.

A mixin of ``IntakeDialog``; its words use that dialog's translation context."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from dpo_desk.services import case_list
from dpo_desk.services.case_list import SubjectMatch
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.intake_checks import differences
from dpo_desk.ui.dialogs.intake_layout import IntakeLayout


class IntakeKnownPeople(IntakeLayout):
    """Search, list, choose and unchoose a known person (``subject``)."""

    app: AppContext
    subject: SubjectMatch | None
    # The dialog's own method: its plural "%n earlier request(s)" keeps its context.
    _show_matches: Callable[[list[SubjectMatch]], None]

    def _search(self) -> None:
        """Known people by the typed name *and* by the typed e-mail: a person writing from
        a new address is still found by name."""
        texts = [t for t in (self.name.text().strip(), self.email.text().strip()) if t]
        ctx = self.app.ctx

        def op() -> list[SubjectMatch]:
            found: dict[int, SubjectMatch] = {}
            for text in texts:
                for match in case_list.find_subjects(ctx, text):
                    found.setdefault(match.id, match)
            return list(found.values())

        dialog = cast(QWidget, self)  # mixed into the dialog, a QWidget
        self.app.tasks.run(op, self._show_matches, parent=dialog)

    def _use_match(self, item: QListWidgetItem | None) -> None:
        """File the request under a known person. What was typed for the e-mail and the
        address is kept (never replaced by the stored details): a difference is shown, and
        the DPO says whether the new details become the person's own."""
        if item is None:
            return
        match: SubjectMatch = item.data(Qt.ItemDataRole.UserRole)
        self.subject = match
        self.name.setText(match.full_name)
        self.name.setEnabled(False)
        if not self.email.text().strip():
            self.email.setText(match.email)
        if not self.address.toPlainText().strip():
            self.address.setPlainText(match.postal_address)
        self.update_contact.setChecked(True)
        self._update_chosen()

    def _clear_match(self) -> None:
        self.subject = None
        self.name.setEnabled(True)
        self._update_chosen()

    def contact_differences(self) -> list[tuple[str, str, str]]:
        """(what, on file, typed) for each detail typed that differs from the person's."""
        found = differences(self.subject, self.email.text(), self.address.toPlainText())
        names = {
            "email": QCoreApplication.translate("IntakeDialog", "E-mail"),
            "address": QCoreApplication.translate("IntakeDialog", "Postal address"),
        }
        return [(names[key], before, typed) for key, before, typed in found]

    def _show_contact_difference(self) -> None:
        diffs = self.contact_differences()
        if not diffs:
            self.contact_diff.hide()
            self.update_contact.hide()
            return
        lines = [
            QCoreApplication.translate(
                "IntakeDialog",
                "Not the details on file (this request's letters go to the new ones):",
            )
        ]
        for what, before, typed in diffs:
            lines.append(
                QCoreApplication.translate("IntakeDialog", "%1: %2 on file, now %3")
                .replace("%1", what)
                .replace(
                    "%2",
                    before.replace("\n", ", ")
                    or QCoreApplication.translate("IntakeDialog", "(none)"),
                )
                .replace("%3", typed.replace("\n", ", "))
            )
        self.contact_diff.setText("\n".join(lines))
        self.contact_diff.show()

        self.update_contact.show()

    def _update_chosen(self) -> None:
        self._show_contact_difference()
        listed = self.matches.count() > 0 and self.subject is None
        for w in (self.matches, self.matches_label, self.use_match):
            w.setVisible(listed)
        if self.subject is None:
            self.chosen.setText("")
            self.chosen.hide()
            self.new_person.setVisible(False)
            return
        self.chosen.setText(
            QCoreApplication.translate("IntakeDialog", "Filed under the known person: %1").replace(
                "%1", self.subject.full_name
            )
        )
        self.chosen.show()
        self.new_person.setVisible(True)
