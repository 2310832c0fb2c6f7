"""One incident in tabs, like a case: the overview with its clock explained, the risk
assessment (GDPR and Quebec) with the decision not to notify, and the documents (produce,
mark sent)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain import incidents as rules
from dpo_desk.errors import render_error
from dpo_desk.letters.incident_labels import label
from dpo_desk.services import incident_actions, incident_docs
from dpo_desk.services.incident_dto import IncidentDetail
from dpo_desk.services.incidents import get_incident
from dpo_desk.ui import i18n
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.incidents.intake import named
from dpo_desk.ui.letters.pdf_view import PdfView
from dpo_desk.ui.widgets import labels

DOC_KINDS = ("authority-summary", "cai-notice", "persons-notice")


def _levels(name: str, words: tuple[str, ...]) -> QComboBox:
    box = named(QComboBox(), name)
    box.addItem("—", "")
    for word in words:
        box.addItem(label(word, i18n.current()), word)
    return box


class IncidentView(QTabWidget):
    """The tabs of one incident.

    Signals:
        changed(str): the incident (by reference) was changed here.
    """

    changed = Signal(str)

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.detail: IncidentDetail | None = None
        self.setObjectName("incident_view")
        self.overview = named(QLabel(), "incident_overview")
        self.overview.setWordWrap(True)
        self.overview.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.overview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.addTab(self.overview, "")
        self.addTab(self._assessment_tab(), "")
        self.addTab(self._documents_tab(), "")
        self.message = named(QLabel(), "incident_message")
        self.message.setWordWrap(True)
        self.setCornerWidget(self.message)
        self.retranslate()
        self.setEnabled(False)

    # -- building -----------------------------------------------------------------

    def _assessment_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.level = _levels("incident_level", ("none", "risk", "high"))
        self.reasons = named(QPlainTextEdit(), "incident_reasons")
        self.qc_sensitivity = _levels("incident_qc_sensitivity", ("low", "medium", "high"))
        self.qc_consequences = _levels("incident_qc_consequences", ("low", "medium", "high"))
        self.qc_likelihood = _levels("incident_qc_likelihood", ("low", "medium", "high"))
        self.qc_serious = named(QCheckBox(), "incident_qc_serious")
        self.qc_reasons = named(QPlainTextEdit(), "incident_qc_reasons")
        self.assess_button = named(QPushButton(), "incident_assess")
        self.assess_button.clicked.connect(self.assess)
        self.decision_reasons = named(QLineEdit(), "incident_decision_reasons")
        self.no_notify_button = named(QPushButton(), "incident_no_notify")
        self.no_notify_button.clicked.connect(self.decide_not_to_notify)
        self.form_labels = [QLabel() for _ in range(9)]
        rows = (
            self.level,
            self.reasons,
            self.qc_sensitivity,
            self.qc_consequences,
            self.qc_likelihood,
            self.qc_serious,
            self.qc_reasons,
            self.assess_button,
            self.decision_reasons,
        )
        for lab, widget in zip(self.form_labels, rows, strict=True):
            form.addRow(lab, widget)
        form.addRow("", self.no_notify_button)
        return tab

    def _documents_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.doc_kind = named(QComboBox(), "incident_doc_kind")
        self.doc_kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.doc_lang = named(QComboBox(), "incident_doc_lang")
        self.doc_lang.addItem("Français", "fr")
        self.doc_lang.addItem("English", "en")
        self.produce_button = named(QPushButton(), "incident_produce")
        self.produce_button.clicked.connect(self.produce)
        for w in (self.doc_kind, self.doc_lang, self.produce_button):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        self.docs = named(QTableWidget(0, 5), "incident_documents")
        self.docs.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.docs.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.docs.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.docs.verticalHeader().hide()
        self.docs.horizontalHeader().setStretchLastSection(True)
        self.docs.itemSelectionChanged.connect(self._preview)
        # The document as it will be sent, read before it is marked sent.
        self.pdf = PdfView()
        self.pdf.setObjectName("incident_pdf")
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.docs)
        split.addWidget(self.pdf)
        split.setSizes([420, 560])
        layout.addWidget(split, 1)
        sent = QHBoxLayout()
        self.delay_reasons = named(QLineEdit(), "incident_delay_reasons")
        self.sent_button = named(QPushButton(), "incident_mark_sent")
        self.sent_button.clicked.connect(self.mark_sent)
        sent.addWidget(self.delay_reasons, 1)
        sent.addWidget(self.sent_button)
        layout.addLayout(sent)
        return tab

    def retranslate(self) -> None:
        for i, text in enumerate(
            (self.tr("Overview"), self.tr("Assessment"), self.tr("Documents"))
        ):
            self.setTabText(i, text)
        for lab, text in zip(
            self.form_labels,
            (
                self.tr("GDPR risk"),
                self.tr("Reasons"),
                self.tr("Quebec: sensitivity"),
                self.tr("Quebec: anticipated consequences"),
                self.tr("Quebec: likelihood of misuse"),
                self.tr("Quebec: serious injury"),
                self.tr("Quebec: reasons"),
                "",
                self.tr("Reasons not to notify"),
            ),
            strict=True,
        ):
            lab.setText(text)
        self.qc_serious.setText(self.tr("Risk of serious injury"))
        self.assess_button.setText(self.tr("Record the assessment"))
        self.no_notify_button.setText(self.tr("Decide not to notify"))
        self.produce_button.setText(self.tr("Produce"))
        self.sent_button.setText(self.tr("Mark sent"))
        self.delay_reasons.setPlaceholderText(self.tr("Reasons for a late notice (Art. 33(1))"))
        self.doc_kind.clear()
        for kind, text in zip(
            DOC_KINDS,
            (
                self.tr("Notification summary (authority)"),
                self.tr("Notice to the CAI"),
                self.tr("Notice to the persons"),
            ),
            strict=True,
        ):
            self.doc_kind.addItem(text, kind)
        self.docs.setHorizontalHeaderLabels(
            [
                self.tr("Document"),
                self.tr("Language"),
                self.tr("Notice"),
                self.tr("Produced"),
                self.tr("Sent"),
            ]
        )
        if self.detail is not None:
            self.show_detail(self.detail)

    # -- showing ------------------------------------------------------------------

    def show_detail(self, d: IncidentDetail) -> None:
        self.detail = d
        self.setEnabled(True)
        s, lang = d.summary, i18n.current()
        now = self.app.ctx.now()
        if s.clock_running:
            clock = rules.notification_clock(s.aware_at, s.aware_tz, d.reading)
            state = rules.countdown_text(clock, now, lang)
        elif s.authority_notified_at:
            state = self.tr("authority notified on %1").replace(
                "%1", rules.local_text(s.authority_notified_at, s.aware_tz)
            )
        else:
            state = self.tr("no clock running")
        facts = [
            (self.tr("Reference"), s.reference),
            (self.tr("Aware on"), rules.local_text(s.aware_at, s.aware_tz)),
            (self.tr("Notice due"), rules.local_text(s.due_at, s.aware_tz) if s.gdpr else "—"),
            (self.tr("Clock"), state),
            (self.tr("Origin"), label(d.origin, lang)),
            (self.tr("Cause"), label(d.cause, lang)),
            (self.tr("People"), "?" if s.people_count is None else str(s.people_count)),
            (self.tr("Data"), ", ".join(label(c, lang) for c in d.data_categories) or "—"),
            (self.tr("Risk"), label(s.risk_level, lang) if s.risk_level else "—"),
        ]
        if d.records_count is not None:
            facts.append((self.tr("Records"), str(d.records_count)))
        # The facts completed after intake (Art. 33(4)), shortened: the form has them whole.
        for name, text in (
            (self.tr("Likely consequences"), d.consequences),
            (self.tr("Measures taken"), d.measures_taken),
            (self.tr("Measures proposed"), d.measures_proposed),
            (self.tr("What the persons can do"), d.person_advice),
        ):
            if text.strip():
                facts.append((name, text if len(text) <= 300 else text[:300] + "…"))
        facts.append((self.tr("Processors and recipients"), ", ".join(d.recipients) or "—"))
        facts.append((self.tr("Linked cases"), ", ".join(d.cases) or "—"))
        facts.append(
            (
                self.tr("Notices sent"),
                "; ".join(
                    f"{label(n.addressee, lang)} {rules.local_text(n.sent_at, s.aware_tz)}"
                    + (f" ({label(n.kind, lang)})" if n.kind else "")
                    for n in d.notices
                )
                or "—",
            )
        )
        if s.quebec:
            elapsed = rules.format_duration(rules.elapsed_since(s.aware_at, now), lang)
            facts.append((self.tr("Quebec: time since awareness"), elapsed))
        rows = "".join(
            f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in facts
        )
        steps = "".join(f"<li>{escape(step['text_' + lang])}</li>" for step in d.explanation)
        # A tr() call inside an f-string is not seen by lupdate: the heading is a variable.
        explained = escape(self.tr("The 72 hours explained"))
        self.overview.setText(
            f"<h3>{escape(s.title)}</h3><table cellpadding='3'>{rows}"
            f"</table><p><b>{explained}</b></p><ol>{steps}</ol>"
        )
        self._fill_docs()

    def _fill_docs(self) -> None:
        """Load the documents' list on the worker, never on the GUI thread."""
        if self.detail is None:
            return
        ctx, ref = self.app.ctx, self.detail.reference
        self.app.tasks.run(
            lambda: incident_docs.documents_of(ctx, ref),
            self._set_docs,
            lambda exc: self.message.setText(render_error(exc, i18n.current())),
        )

    def _set_docs(self, rows: list[incident_docs.IncidentDocument]) -> None:
        self.docs.setRowCount(len(rows))
        for r, doc in enumerate(rows):
            values = (
                self.doc_kind.itemText(DOC_KINDS.index(doc.kind)),
                doc.lang,
                label(doc.notice_type, i18n.current()) if doc.notice_type else "",
                labels.fmt_datetime(doc.created_at),
                labels.fmt_datetime(doc.sent_at) if doc.sent_at else "",
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, doc.id)
                self.docs.setItem(r, c, item)
        self.docs.resizeColumnsToContents()
        if rows:
            self.docs.selectRow(len(rows) - 1)

    def _show_pdf(self, data: bytes) -> None:
        self.pdf.set_pdf(data)

    def _preview(self) -> None:
        doc_id = self.selected_document()
        if doc_id is None:
            return
        ctx = self.app.ctx
        self.app.tasks.run(
            lambda: incident_docs.read(ctx, doc_id),
            self._show_pdf,
            lambda exc: self.message.setText(render_error(exc, i18n.current())),
        )

    # -- actions ------------------------------------------------------------------

    def _run(self, op: object, done_text: str) -> None:
        def finished(detail: IncidentDetail) -> None:
            self.message.setStyleSheet("color: #1b5e20;")
            self.message.setText(done_text)
            self.show_detail(detail)
            self.changed.emit(detail.reference)

        def failed(exc: BaseException) -> None:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(render_error(exc, i18n.current()))

        self.app.tasks.run(op, finished, failed)  # type: ignore[arg-type]

    def assess(self) -> None:
        assert self.detail is not None
        ref, ctx = self.detail.reference, self.app.ctx
        serious = self.qc_serious.isChecked() if self.qc_sensitivity.currentData() else None
        factors = (
            str(self.qc_sensitivity.currentData()),
            str(self.qc_consequences.currentData()),
            str(self.qc_likelihood.currentData()),
        )
        qc_reasons = self.qc_reasons.toPlainText()
        level, reasons = str(self.level.currentData()), self.reasons.toPlainText()
        self._run(
            lambda: incident_actions.assess(
                ctx,
                ref,
                level,
                reasons,
                qc_sensitivity=factors[0],
                qc_consequences=factors[1],
                qc_likelihood=factors[2],
                qc_serious=serious,
                qc_reasons=qc_reasons,
            ),
            self.tr("Assessment recorded."),
        )

    def decide_not_to_notify(self) -> None:
        assert self.detail is not None
        ref, ctx, why = self.detail.reference, self.app.ctx, self.decision_reasons.text()
        self._run(
            lambda: incident_actions.decide(ctx, ref, False, why),
            self.tr("Decision not to notify recorded."),
        )

    def produce(self) -> None:
        assert self.detail is not None
        ref, ctx = self.detail.reference, self.app.ctx
        kind, lang = str(self.doc_kind.currentData()), str(self.doc_lang.currentData())

        def op() -> IncidentDetail:
            incident_docs.produce(ctx, ref, kind, lang)
            return get_incident(ctx, ref)

        self._run(op, self.tr("Document produced; check it, then mark it sent."))

    def selected_document(self) -> int | None:
        items = self.docs.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def mark_sent(self) -> None:
        assert self.detail is not None
        doc_id = self.selected_document()
        if doc_id is None:
            self.message.setText(self.tr("Select a document first."))
            return
        ref, ctx, why = self.detail.reference, self.app.ctx, self.delay_reasons.text()
        self._run(
            lambda: incident_docs.mark_sent(ctx, ref, doc_id, delay_reasons=why),
            self.tr("Marked sent; the notice is recorded."),
        )
