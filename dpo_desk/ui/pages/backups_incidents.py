"""The incident register entries whose retention has ended, on the Backups page's
retention box: Quebec entries are kept five years from awareness (CQLR c. P-39.1, r. 3.1,
s. 7); once that has passed and the incident is closed, the DPO may remove them.

A controller of its own (its class name is the translation context of its words), like
``backups_actions.RegisterAndRetention``: the passphrase is asked again, then a
confirmation whose safe answer is the default, then ``incident_retention.purge``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QListWidgetItem

from dpo_desk.services import incident_retention
from dpo_desk.ui.background import BackgroundOp, Lane
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.buttons import label_button

if TYPE_CHECKING:
    from dpo_desk.ui.pages.backups import BackupsPage


class IncidentRetention(QObject):
    """List the expired incident entries; remove the ticked ones (asks first)."""

    def __init__(self, page: BackupsPage) -> None:
        super().__init__(page)
        self.page = page
        self.app = page.app
        self.entries: list[incident_retention.Expired] = []
        page.remove_incidents_button.clicked.connect(self.remove)

    def retranslate(self) -> None:
        label_button(
            self.page.remove_incidents_button,
            self.tr("Re&move…"),
            self.tr("Remove the ticked incident register entries for good (asks first)"),
        )
        self.page.expired_incidents.setAccessibleName(
            self.tr("Incident register entries whose retention has ended")
        )
        self._show(self.entries)

    def load(self) -> None:
        """Read the expired entries on the worker."""
        ctx = self.app.ctx
        (
            BackgroundOp(self.page, lambda _h: incident_retention.expired(ctx))
            .success(self._show)
            .refusal(self.page.status.error)
            .run_in(Lane.DB, self.app.tasks)
        )

    def _show(self, entries: list[incident_retention.Expired]) -> None:
        self.entries = entries
        box = self.page.expired_incidents
        box.clear()
        for e in entries:
            item = QListWidgetItem(
                self.tr("%1 — %2 — kept until %3")
                .replace("%1", e.reference)
                .replace("%2", e.title)
                .replace("%3", labels.fmt_date(e.keep_until))
            )
            item.setData(Qt.ItemDataRole.UserRole, e.reference)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            box.addItem(item)
        if entries:
            text = self.tr(
                "%n closed incident register entry(ies) kept five years from awareness "
                "(Quebec, r. 3.1 s. 7) may now be removed:",
                "",
                len(entries),
            )
        else:
            text = self.tr(
                "Incident register: no closed entry has passed its five years from "
                "awareness (Quebec, r. 3.1 s. 7); GDPR-only entries are kept."
            )
        self.page.expired_incidents_label.setText(text)
        box.setVisible(bool(entries))
        self.page.remove_incidents_button.setEnabled(bool(entries))

    def ticked(self) -> list[str]:
        box = self.page.expired_incidents
        return [
            str(box.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(box.count())
            if box.item(i).checkState() == Qt.CheckState.Checked
        ]

    def remove(self) -> None:
        refs = self.ticked()
        if not refs:
            self.page.status.error(self.tr("Tick the incident entries to remove first."))
            return
        self.page.with_auth(self.tr("removing incident register entries"), lambda: self._ask(refs))

    def _ask(self, refs: list[str]) -> None:
        self.page.confirm(
            self.tr("Remove incident register entries"),
            self.tr("Remove %n incident register entry(ies)?", "", len(refs)),
            self.tr(
                "%1\n\nTheir notices, links and documents are deleted for good; the audit "
                "trail keeps that they were removed. Backups made before keep them until "
                "thinning removes those backups."
            ).replace("%1", ", ".join(refs)),
            self.tr("Remove"),
            lambda: self._remove(refs),
        )

    def _remove(self, refs: list[str]) -> None:
        ctx = self.app.ctx

        def done(count: int) -> None:
            self.page.status.ok(self.tr("%n incident register entry(ies) removed.", "", count))
            self.load()

        (
            BackgroundOp(self.page, lambda _h: incident_retention.purge(ctx, refs))
            .success(done)
            .refusal(self.page.status.error)
            .run_in(Lane.DB, self.app.tasks)
        )
