"""The request register export and the retention purge of the Backups page.

A controller of its own (with its own translation context) so that the page keeps the
backups themselves; it works on the page's widgets and asks the passphrase again through
the page before an export or a purge (reliability.md, access control).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from dpo_desk.services import exports, retention
from dpo_desk.ui.background import BackgroundOp, Lane
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.buttons import label_button

if TYPE_CHECKING:
    from dpo_desk.ui.pages.backups import BackupsPage


class RegisterAndRetention(QObject):
    """Export the request register; preview and run the retention purges."""

    def __init__(self, page: BackupsPage) -> None:
        super().__init__(page)
        self.page = page
        self.app = page.app

    def retranslate(self) -> None:
        """The words of the export and retention widgets (this class's context)."""
        page = self.page
        texts = {
            page.export_button: (
                self.tr("&Export the request register…"),
                self.tr("For an auditor: no names, no e-mails, no notes"),
            ),
            page.preview_button: (
                self.tr("&Preview"),
                self.tr("List the closed cases a purge would anonymise now; nothing changes"),
            ),
            page.purge_button: (
                self.tr("&Anonymise…"),
                self.tr("Anonymise the listed cases for good (asks first)"),
            ),
            page.evidence_button: (
                self.tr("Destroy spent &evidence…"),
                self.tr(
                    "Destroy the ID copies, death certificates and capacity proofs of "
                    "closed cases (their purpose is met)"
                ),
            ),
        }
        for button, (text, tip) in texts.items():
            label_button(button, text, tip)
        page.export_box.setTitle(self.tr("Request register"))
        page.export_intro.setText(
            self.tr(
                "One line per request: dates, rights, status, outcome. No name, no "
                "e-mail, no notes. Spreadsheet formulas are neutralised."
            )
        )
        page.export_format_label.setText(self.tr("F&ormat:"))
        page.export_format.setAccessibleName(self.tr("Export format"))
        page.export_format.setToolTip(self.tr("The file format of the export"))
        page.retention_box.setTitle(self.tr("Retention"))
        page.candidates.setAccessibleName(self.tr("Cases a purge would anonymise"))

    def choose_export_path(self, fmt: str) -> Path | None:
        """Where to write the export: a save dialog."""
        default = Path.home() / f"dpo-desk-requests-{date.today().isoformat()}.{fmt}"
        name, _filter = QFileDialog.getSaveFileName(
            self.page,
            self.tr("Export the request register"),
            str(default),
            f"{fmt.upper()} (*.{fmt})",
        )
        return Path(name) if name else None

    def export_register(self) -> None:
        fmt = str(self.page.export_format.currentData())
        self.page.with_auth(self.tr("exporting the request register"), lambda: self._export(fmt))

    def _export(self, fmt: str) -> None:
        path = self.page.ask_export_path(fmt)
        if path is None:
            return
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        ctx = self.app.ctx
        # On the pool, with its own read: at a million cases the export takes minutes,
        # and the list, the case view and the saves go on meanwhile (services/exports).
        (
            BackgroundOp(
                self.page,
                lambda h: exports.export_requests(ctx, fmt, path, h.report, lambda: h.cancelled),
            )
            .with_progress(self.tr("Exporting the request register…"))
            .success(
                lambda result: self.page.status.ok(
                    self.tr("%Ln request(s) exported to %1.", "", result.rows).replace(
                        "%1", str(result.path)
                    )
                )
            )
            .refusal(self.page.status.error)
            .run_in(Lane.POOL, self.app.tasks)
        )

    # -- retention -------------------------------------------------------------------

    def preview_retention(self) -> None:
        ctx = self.app.ctx
        (
            BackgroundOp(self.page, lambda _h: retention.preview(ctx))
            .success(self._previewed)
            .refusal(self.page.status.error)
            .run_in(Lane.DB, self.app.tasks)
        )

    def _previewed(self, candidates: list[retention.Candidate]) -> None:
        self.page.candidates.clear()
        for c in candidates:
            self.page.candidates.addItem(
                self.tr("%1 — closed on %2 — %n file(s)", "", c.documents)
                .replace("%1", c.reference)
                .replace("%2", labels.fmt_date(labels.local_day(c.closed_at)))
            )
        if candidates:
            self.page.candidates_label.setText(
                self.tr("%n closed case(s) would be anonymised now:", "", len(candidates))
            )
        else:
            self.page.candidates_label.setText(
                self.tr("No closed case has passed the retention period: nothing to anonymise.")
            )
        self.page.purge_button.setEnabled(bool(candidates))
        self.page.candidates.setVisible(bool(candidates))

    def purge(self) -> None:
        self.page.with_auth(self.tr("anonymising old cases"), self._ask_purge)

    def _ask_purge(self) -> None:
        ctx = self.app.ctx

        def ask(candidates: list[retention.Candidate]) -> None:
            self._previewed(candidates)
            if not candidates:
                return
            self.page.confirm(
                self.tr("Anonymise old cases"),
                self.tr("Anonymise %n closed case(s)?", "", len(candidates)),
                self.tr(
                    "Names, contact details, notes and files of these cases are erased for "
                    "good. Dates, rights and outcomes stay for statistics. Backups made "
                    "before keep them until thinning removes those backups (up to about "
                    "12 months)."
                ),
                self.tr("Anonymise"),
                self._purge,
            )

        (
            BackgroundOp(self.page, lambda _h: retention.preview(ctx))
            .success(ask)
            .refusal(self.page.status.error)
            .run_in(Lane.DB, self.app.tasks)
        )

    def _purge(self) -> None:
        ctx = self.app.ctx

        def done(report: retention.PurgeReport) -> None:
            self.page.status.ok(
                self.tr("%n case(s) anonymised", "", report.cases)
                + "; "
                + self.tr("%n file(s) destroyed.", "", report.documents)
            )
            self.app.signals.case_changed.emit("")
            self.preview_retention()

        (
            BackgroundOp(self.page, lambda _h: retention.purge(ctx))
            .success(done)
            .refusal(self.page.status.error)
            .run_in(Lane.DB, self.app.tasks)
        )

    def purge_evidence(self) -> None:
        self.page.with_auth(self.tr("destroying evidence"), self._ask_evidence)

    def _ask_evidence(self) -> None:
        self.page.confirm(
            self.tr("Destroy spent evidence"),
            self.tr(
                "Destroy the ID copies, death certificates and capacity proofs of closed cases?"
            ),
            self.tr(
                "Their purpose is met once the case is closed. Each destruction is recorded "
                "in the audit trail; the files cannot be recovered (except from older backups)."
            ),
            self.tr("Destroy"),
            self._purge_evidence,
        )

    def _purge_evidence(self) -> None:
        ctx = self.app.ctx

        def done(count: int) -> None:
            self.page.status.ok(self.tr("%n file(s) destroyed.", "", count))
            self.app.signals.case_changed.emit("")

        (
            BackgroundOp(self.page, lambda _h: retention.purge_spent_evidence(ctx))
            .success(done)
            .refusal(self.page.status.error)
            .run_in(Lane.DB, self.app.tasks)
        )
