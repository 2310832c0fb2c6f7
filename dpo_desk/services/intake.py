"""Taking in a request: the case and the files that came with it, in one transaction.

The intake window collects the request and the documents received with it (the letter,
a copy of an ID); saving them is one DPO action, so it is one commit (issue 15): a file
refused, a full disk or a failure while writing leaves no case, no document row, no
vault file and no audit entry, and the DPO corrects the form and saves again. Apart from
``cases`` because ``documents`` reads cases: this module composes both.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from dpo_desk.services import cases, documents
from dpo_desk.services.context import Context
from dpo_desk.services.dto import CaseDetail


def take_in_request(
    ctx: Context, new: cases.NewCase, files: Sequence[tuple[Path, str]] = ()
) -> CaseDetail:
    """Register the request ``new`` with ``files`` (path, kind) attached, all or nothing.

    The files are checked and sealed into the vault first (outside the writer lock);
    ``documents.new_files`` deletes them again if anything fails before the commit.
    """
    with documents.new_files(ctx) as files_:
        sealed = documents.seal_all(files_, files)
        with ctx.db.write() as session:
            case = cases.add_case_in(session, ctx, new)
            for new_file, kind in sealed:
                documents.add_document(session, ctx, case, new_file, kind)
            return cases.detail_of(case, ctx.today())
