"""Backups written before zstd (version 1: one zlib stream) still verify and restore.

``fixtures/v1-plain-demo.dpobak`` was made on 2026-12-07 by ``dpo-desk backup create``
of DPO Desk at commit 3c1b4e6 (the last to write version 1), on a plain store loaded
with ``dpo-desk demo`` (32 cases) and one acknowledgement letter sent for
DPO-2026-0026. A DPO who upgrades keeps years of such files: each must still restore.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dpo_desk import backup
from dpo_desk.backup import archive
from dpo_desk.cli import main
from dpo_desk.services import audit
from dpo_desk.store.models import Case, Document
from dpo_desk.store.opening import open_store

FIXTURE = Path(__file__).parent / "fixtures" / "v1-plain-demo.dpobak"
#: SHA-256 of the letter PDF archived in the fixture, taken when it was written.
LETTER_SHA256 = "76f2f769b7e3f38d06baeaa04eb9e026384a3726a920fb8f94f1bef88bc76c73"


def _version(path: Path) -> int:
    with path.open("rb") as fh:
        header, _ = archive.read_header(fh)
    return int(header["version"])


def _restored_facts(data_dir: Path) -> tuple[int, list[str], bool]:
    store = open_store(data_dir)
    try:
        with store.db.read() as session:
            cases = session.scalar(select(func.count()).select_from(Case))
            letters = [
                d.stored_name
                for d in session.scalars(select(Document).where(Document.kind == "letter"))
            ]
            chain = audit.verify(session)
    finally:
        store.close()
    digests = [
        hashlib.sha256((data_dir / "letters" / name).read_bytes()).hexdigest() for name in letters
    ]
    return int(cases or 0), digests, chain.ok


def test_a_version_1_backup_verifies(tmp_path: Path) -> None:
    copy = tmp_path / FIXTURE.name
    shutil.copyfile(FIXTURE, copy)
    assert _version(copy) == 1 and archive.VERSION == 2
    info = backup.verify(copy)
    assert info.ok and info.counts.get("cases") == 32


def test_a_version_1_backup_restores_and_the_next_backup_is_version_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / FIXTURE.name
    shutil.copyfile(FIXTURE, copy)
    fresh = tmp_path / "fresh"
    assert main(["--data-dir", str(fresh), "backup", "restore", str(copy), "--yes"]) == 0
    assert "Restored" in capsys.readouterr().out
    assert _restored_facts(fresh) == (32, [LETTER_SHA256], True)

    assert main(["--data-dir", str(fresh), "backup", "create", "--to", str(tmp_path / "new")]) == 0
    (made,) = (tmp_path / "new").glob("*.dpobak")
    assert _version(made) == 2
    again = tmp_path / "again"
    assert main(["--data-dir", str(again), "backup", "restore", str(made), "--yes"]) == 0
    assert _restored_facts(again) == (32, [LETTER_SHA256], True)


def test_a_version_1_backup_cut_short_is_refused(tmp_path: Path) -> None:
    cut = tmp_path / "cut.dpobak"
    cut.write_bytes(FIXTURE.read_bytes()[:-200])
    with pytest.raises(backup.BadBackup, match="damaged"):
        backup.verify(cut)
