"""Overview tab: who asked what, when, where the case stands, and how its deadline was
reached (the explanation steps, in the program's language, with their sources)."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.deadlines.explain import source_fr
from dpo_desk.services.dto import CaseDetail
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.deadline import badge_text


def _value() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class OverviewTab(QScrollArea):
    FIELDS = (
        "reference",
        "requester",
        "contact",
        "rights",
        "channel",
        "received",
        "status",
        "assigned",
        "jurisdiction",
        "due",
        "notice",
        "extended",
        "outcome",
        "notes",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        outer = QVBoxLayout(body)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for key in self.FIELDS:
            caption, value = QLabel(), _value()
            caption.setBuddy(value)
            self.values[key], self.captions[key] = value, caption
            self.form.addRow(caption, value)
        outer.addLayout(self.form)
        self.steps_box = QGroupBox()
        steps_layout = QVBoxLayout(self.steps_box)
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        steps_layout.addWidget(self.steps)
        self.sources = QLabel()
        self.sources.setWordWrap(True)
        self.sources.setStyleSheet("color: #505050;")
        steps_layout.addWidget(self.sources)
        outer.addWidget(self.steps_box)
        outer.addStretch(1)
        self.setWidget(body)
        self.detail: CaseDetail | None = None
        self.today: date | None = None
        self.retranslate()

    def retranslate(self) -> None:
        captions = {
            "reference": self.tr("Reference:"),
            "requester": self.tr("Requester:"),
            "contact": self.tr("Contact:"),
            "rights": self.tr("Rights exercised:"),
            "channel": self.tr("Channel:"),
            "received": self.tr("Received:"),
            "status": self.tr("Status:"),
            "assigned": self.tr("Assigned to:"),
            "jurisdiction": self.tr("Jurisdiction:"),
            "due": self.tr("Deadline:"),
            "notice": self.tr("Extension notice by:"),
            "extended": self.tr("Extension:"),
            "outcome": self.tr("Outcome:"),
            "notes": self.tr("Notes:"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
            self.values[key].setAccessibleName(text.rstrip(":"))
        self.steps_box.setTitle(self.tr("How the deadline was computed"))
        self.steps.setAccessibleName(self.tr("How the deadline was computed"))
        if self.detail is not None and self.today is not None:
            self.set_detail(self.detail, self.today)

    def set_detail(self, detail: CaseDetail, today: date) -> None:
        self.detail, self.today = detail, today
        s = detail.summary
        v = self.values
        v["reference"].setText(s.reference)
        name = s.subject_name + ("  ✝" if detail.subject_deceased else "")
        v["requester"].setText(name)
        contact = [x for x in (s.email, detail.phone, detail.address) if x]
        v["contact"].setText("\n".join(contact) or "—")
        v["rights"].setText("\n".join(labels.right_with_article(r) for r in s.rights))
        v["channel"].setText(labels.channel(s.channel))
        v["received"].setText(
            f"{labels.fmt_datetime(detail.received_at, detail.received_tz)}  ({detail.received_tz})"
        )
        v["status"].setText(labels.state(s.status) + (f" — {s.flagged}" if s.flagged else ""))
        v["assigned"].setText(s.assigned_to or self.tr("nobody"))
        v["jurisdiction"].setText(s.jurisdiction)
        v["due"].setText(badge_text(s.status, s.due, today))
        v["notice"].setText(
            labels.fmt_long_date(detail.extension_notice_by)
            if detail.extension_notice_by and not detail.extended_on
            else "—"
        )
        if detail.extended_on:
            v["extended"].setText(
                self.tr("Decided on %1, new deadline %2. Reasons: %3")
                .replace("%1", labels.fmt_date(detail.extended_on))
                .replace("%2", labels.fmt_long_date(detail.extended_due_date))
                .replace("%3", detail.extension_reason)
            )
        else:
            v["extended"].setText(self.tr("Not extended"))
        outcome = labels.state(detail.outcome) if detail.outcome else "—"
        if detail.outcome_reason:
            reason = labels.refusal(detail.outcome_reason)
            outcome += f" — {reason}"
        if detail.refusal_facts:
            outcome += " — " + self.tr("Facts: %1").replace("%1", detail.refusal_facts)
        if detail.answered_on:
            outcome = self.tr("Answered on %1").replace("%1", labels.fmt_date(detail.answered_on))
        if detail.close_reason:
            outcome += " — " + self.tr("closed without a reply sent: %1").replace(
                "%1", detail.close_reason
            )
        v["outcome"].setText(outcome)
        v["notes"].setText(detail.notes or "—")
        lang = labels.language()
        items = "".join(
            f"<li>{html.escape(str(step.get('text_fr' if lang == 'fr' else 'text_en', '')))}"
            f" <i>({html.escape(str(step.get('source_fr' if lang == 'fr' else 'source', '')))})"
            "</i></li>"
            for step in detail.explanation
        )
        self.steps.setText(f"<ol style='margin-left: -20px'>{items}</ol>")
        sources = [source_fr(x) if lang == "fr" else x for x in detail.sources]
        self.sources.setText(self.tr("Sources: %1").replace("%1", "; ".join(sources)))
