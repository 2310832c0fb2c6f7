"""Reply letters of a case: built from the case and the registers, rendered, archived.

Every generation is a new document (a draft); marking one as sent freezes it for good —
its bytes, sealed in ``letters/``, and its SHA-256 never change, and nothing replaces it.
"""

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
