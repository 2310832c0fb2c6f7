"""Reply letters of a case: built from the case and the registers, rendered, archived.

Every generation is a new document (a draft); marking one as sent freezes it for good —
its bytes, sealed in ``letters/``, and its SHA-256 never change, and nothing replaces it.

The names below load with their module on first use (PEP 562): the case view's letters
tab is built with the cases screen, before the first paint, and reportlab (which the
archive and the builder import) would cost it 0.2 s there (issue 19).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dpo_desk.lazy import lazy_names

if TYPE_CHECKING:
    from dpo_desk.services.letters.archive import (
        GeneratedLetter,
        available_kinds,
        export_pdf,
        generate,
        letters_of,
        mark_sent,
        preview,
    )
    from dpo_desk.services.letters.build import build_letter_data
    from dpo_desk.services.letters.delivery import record_delivery
    from dpo_desk.services.letters.review import approval_refusal, approve_letter

_MODULES = {
    "archive": (
        "GeneratedLetter",
        "available_kinds",
        "export_pdf",
        "generate",
        "letters_of",
        "mark_sent",
        "preview",
    ),
    "build": ("build_letter_data",),
    "delivery": ("record_delivery",),
    "review": ("approval_refusal", "approve_letter"),
}

__all__ = [
    "GeneratedLetter",
    "approval_refusal",
    "approve_letter",
    "available_kinds",
    "build_letter_data",
    "export_pdf",
    "generate",
    "letters_of",
    "mark_sent",
    "preview",
    "record_delivery",
]


__getattr__, __dir__ = lazy_names(__name__, _MODULES)
