"""The copy of the data (GDPR Art. 15(3); CJEU C-487/21) the DPO extracted from the
business systems, read from a CSV or JSON file and printed as the access reply's annex.

A file that would lose a cell, is not UTF-8, or is empty or huge is refused in words:
the person must get a faithful copy or none.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from dpo_desk.errors import UserError
from dpo_desk.letters import data as L

MAX_DATA_FILE = 20 * 1024 * 1024


def read_data_copy(path: Path) -> L.DataCopy:
    """The copy of the data collected by the DPO from the business systems.

    JSON: ``{"sections": [{"title": "...", "rows": [["field", "value"], ...]}]}``;
    CSV: columns ``section,field,value``.
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UserError(
            "cannot read {file}: {reason}", file=path.name, reason=exc.strerror
        ) from None
    if size == 0 or size > MAX_DATA_FILE:
        raise UserError("{file}: the data file must hold between 1 byte and 20 MB", file=path.name)
    sections: dict[str, list[tuple[str, str]]] = {}
    try:
        text = path.read_text(encoding="utf-8-sig")
        if path.suffix.lower() == ".json":
            raw: Any = json.loads(text)
            for sec in raw["sections"]:
                sections.setdefault(str(sec["title"]), []).extend(
                    (str(k), str(v)) for k, v in sec["rows"]
                )
        else:
            for n, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
                if not {"section", "field", "value"} <= set(row):
                    raise UserError(
                        "{file}: columns section, field, value are required", file=path.name
                    )
                if None in row:  # more cells than columns: never drop a cell silently
                    raise UserError(
                        "{file}: line {n} has more than 3 cells; put a value "
                        "that holds a comma between double quotes",
                        file=path.name,
                        n=n,
                    )
                if row["field"] is None or row["value"] is None:
                    raise UserError(
                        "{file}: line {n} has fewer than 3 cells (section, field, value)",
                        file=path.name,
                        n=n,
                    )
                if not row["section"]:
                    raise UserError("{file}: line {n}: empty section", file=path.name, n=n)
                sections.setdefault(row["section"], []).append((row["field"], row["value"]))
    except UnicodeDecodeError:
        raise UserError(
            "{file}: not UTF-8 text; save the file as CSV UTF-8 or JSON", file=path.name
        ) from None
    except (KeyError, TypeError, ValueError, json.JSONDecodeError) as exc:
        if isinstance(exc, UserError):
            raise
        raise UserError(
            "{file}: not a data copy file ({reason})", file=path.name, reason=exc
        ) from None
    return L.DataCopy(tuple(L.DataSection(t, tuple(rows)) for t, rows in sections.items()))
