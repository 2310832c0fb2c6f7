"""The letter engine: LetterData -> PDF with reportlab. Pure Python: no Qt, no SQL.

Typical use (services layer)::

    from dpo_desk.letters import LetterData, render_letter
    result = render_letter(data, out_dir / "DPO-2026-0042-ack.pdf",
                           templates_dir=user_dir / "letters")
"""

from dpo_desk.letters.data import (
    CaseInfo,
    DataCopy,
    DataSection,
    DirectiveInfo,
    HeirsInfo,
    LetterData,
    Organisation,
    ProcessingActivity,
    Recipient,
    RecipientEntry,
)
from dpo_desk.letters.kinds import KINDS, REFUSAL_REASONS, Kind, list_kinds
from dpo_desk.letters.render import (
    RenderResult,
    format_letter_date,
    render_letter,
    render_letter_bytes,
)
from dpo_desk.letters.resources import resource_dir
from dpo_desk.letters.templates import (
    BLOCKS,
    FIELDS,
    export_template_for_editing,
    template_path,
)

__all__ = [
    "BLOCKS",
    "FIELDS",
    "KINDS",
    "REFUSAL_REASONS",
    "CaseInfo",
    "DataCopy",
    "DataSection",
    "DirectiveInfo",
    "HeirsInfo",
    "Kind",
    "LetterData",
    "Organisation",
    "ProcessingActivity",
    "Recipient",
    "RecipientEntry",
    "RenderResult",
    "export_template_for_editing",
    "format_letter_date",
    "list_kinds",
    "render_letter",
    "render_letter_bytes",
    "resource_dir",
    "template_path",
]
