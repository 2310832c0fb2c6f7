"""The case list's first page before the services are loaded (issue 19): what
``store.first_page`` reads with the standard library, as the list's summaries. Only
light modules here: the window paints these rows before SQLAlchemy is imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dpo_desk.services.dto import CaseSummary, summary_of_row
from dpo_desk.store import first_page as raw


@dataclass(frozen=True)
class FirstPage:
    ids: list[int]
    rows: list[CaseSummary]
    timezone: str
    #: The profile's language; None while no profile was saved.
    language: str | None


def first_page(data_dir: Path, first_ids: int, page_size: int) -> FirstPage | None:
    """The first ``first_ids`` ids of the list the cases page opens on and the summaries
    of the first ``page_size``; None when the store cannot be read this way (the usual
    opening then runs, and says what is wrong)."""
    found = raw.read(data_dir, first_ids, page_size)
    if found is None:
        return None
    rows = [summary_of_row(r, found.rights.get(r[0], ())) for r in found.rows]
    return FirstPage(found.ids, rows, found.timezone, found.language)
