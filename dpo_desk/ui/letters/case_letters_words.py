"""The words of a case's letters widget: its list, its buttons (text, accessible name,
tooltip) and the preview's placeholder. In the widget's translation context,
``CaseLettersWidget``: the widget and these words are one screen for the translator."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from dpo_desk.ui.widgets.buttons import label_button

if TYPE_CHECKING:
    from dpo_desk.ui.letters.case_letters_layout import CaseLettersLayout


def set_words(widget: CaseLettersLayout) -> None:
    """Set every fixed word of ``widget`` in the current language."""
    widget.list_title.setText(
        QCoreApplication.translate("CaseLettersWidget", "Letters of this case")
    )
    widget.table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("CaseLettersWidget", "Letter"),
            QCoreApplication.translate("CaseLettersWidget", "Language"),
            QCoreApplication.translate("CaseLettersWidget", "Created"),
            QCoreApplication.translate("CaseLettersWidget", "Sent"),
            QCoreApplication.translate("CaseLettersWidget", "Review"),
            QCoreApplication.translate("CaseLettersWidget", "SHA-256"),
        ]
    )
    widget.table.setAccessibleName(
        QCoreApplication.translate("CaseLettersWidget", "Letters of this case")
    )
    widget.table.setToolTip(
        QCoreApplication.translate(
            "CaseLettersWidget", "Drafts and sent letters; a lock marks a sent letter"
        )
    )
    buttons = {
        widget.print_button: (
            QCoreApplication.translate("CaseLettersWidget", "P&rint…"),
            QCoreApplication.translate("CaseLettersWidget", "Print the selected letter"),
            QCoreApplication.translate(
                "CaseLettersWidget", "Print the selected letter (choose the printer)"
            ),
        ),
        widget.save_button: (
            QCoreApplication.translate("CaseLettersWidget", "Sa&ve as PDF…"),
            QCoreApplication.translate("CaseLettersWidget", "Save the selected letter"),
            QCoreApplication.translate(
                "CaseLettersWidget",
                "Write the selected letter to a PDF file (recorded in the audit log)",
            ),
        ),
        widget.sent_button: (
            QCoreApplication.translate("CaseLettersWidget", "&Mark as sent…"),
            QCoreApplication.translate("CaseLettersWidget", "Mark as sent"),
            "",
        ),
        widget.approve_button: (
            QCoreApplication.translate("CaseLettersWidget", "&Approve"),
            QCoreApplication.translate("CaseLettersWidget", "Approve the letter"),
            "",
        ),
        widget.email_button: (
            QCoreApplication.translate("CaseLettersWidget", "E-ma&il…"),
            QCoreApplication.translate("CaseLettersWidget", "Reply by e-mail"),
            QCoreApplication.translate(
                "CaseLettersWidget", "Send the selected letter as a PDF attachment by e-mail"
            ),
        ),
        widget.delivered_button: (
            QCoreApplication.translate("CaseLettersWidget", "&Delivered…"),
            QCoreApplication.translate("CaseLettersWidget", "Record the delivery"),
            QCoreApplication.translate(
                "CaseLettersWidget", "Record the day the sent letter was delivered, with its proof"
            ),
        ),
        widget.regenerate_button: (
            QCoreApplication.translate("CaseLettersWidget", "R&egenerate"),
            QCoreApplication.translate("CaseLettersWidget", "Regenerate"),
            QCoreApplication.translate(
                "CaseLettersWidget",
                "Make a new draft of the same kind and language "
                "from the form; the selected letter is kept",
            ),
        ),
        widget.preview_button: (
            QCoreApplication.translate("CaseLettersWidget", "&Preview"),
            QCoreApplication.translate("CaseLettersWidget", "Preview the letter"),
            QCoreApplication.translate(
                "CaseLettersWidget", "Render the letter from the form without keeping it"
            ),
        ),
        widget.generate_button: (
            QCoreApplication.translate("CaseLettersWidget", "&Generate"),
            QCoreApplication.translate("CaseLettersWidget", "Generate the letter"),
            QCoreApplication.translate(
                "CaseLettersWidget", "Keep the letter as a new draft of this case"
            ),
        ),
    }
    for button, (text, name, tip) in buttons.items():
        label_button(button, text, tip, name)
    widget.caption.setAccessibleName(
        QCoreApplication.translate("CaseLettersWidget", "Shown document")
    )
    widget.status.setAccessibleName(
        QCoreApplication.translate("CaseLettersWidget", "Letters status")
    )
    widget.pdf.set_placeholder(
        QCoreApplication.translate(
            "CaseLettersWidget",
            "Choose a kind of letter and press “Preview”, or select a kept letter to see it here.",
        )
    )
