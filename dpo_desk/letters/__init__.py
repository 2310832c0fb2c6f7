"""The letter engine: LetterData -> PDF with reportlab. Pure Python: no Qt, no SQL.

Typical use (services layer)::

    from dpo_desk.letters import LetterData, render_letter
    result = render_letter(data, out_dir / "DPO-2026-0042-ack.pdf",
                           templates_dir=user_dir / "letters")

The names below load with their module on first use (PEP 562): importing a light part of
the package, such as :mod:`dpo_desk.letters.resources` for the fonts the window registers
at start, must not import reportlab (0.09 s before the first paint, issue 19).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dpo_desk.lazy import lazy_names

if TYPE_CHECKING:
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

_MODULES = {
    "data": (
        "CaseInfo",
        "DataCopy",
        "DataSection",
        "DirectiveInfo",
        "HeirsInfo",
        "LetterData",
        "Organisation",
        "ProcessingActivity",
        "Recipient",
        "RecipientEntry",
    ),
    "kinds": ("KINDS", "REFUSAL_REASONS", "Kind", "list_kinds"),
    "render": ("RenderResult", "format_letter_date", "render_letter", "render_letter_bytes"),
    "resources": ("resource_dir",),
    "templates": ("BLOCKS", "FIELDS", "export_template_for_editing", "template_path"),
}

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


__getattr__, __dir__ = lazy_names(__name__, _MODULES)
