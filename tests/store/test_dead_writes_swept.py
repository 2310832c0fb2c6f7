"""What a killed export or pack left in the DPO's folder is removed at the next opening of
the store (reliability.md F15), whatever the next export or pack is called.

The next write of the same name already swept it; but the DPO's next pack usually has
another name (the default carries the day's date), so a pack killed at a million cases
left its request log, names included, in a hidden folder for good. Each staged write is
recorded in the data directory while it runs (``fsio.recorded_staging``); a record a
killed process left names what the next opening removes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dpo_desk import fsio
from dpo_desk.store.opening import open_store
from tests._tools import run_until_killed
from tests.inspection.test_pack_killed import _KILLED_PACK
from tests.services.test_register_export import _KILLED_EXPORT


def _records(data_dir: Path) -> list[Path]:
    folder = data_dir / fsio.STAGING_RECORDS
    return sorted(folder.iterdir()) if folder.is_dir() else []


def test_a_killed_pack_and_export_are_removed_when_the_store_opens_again(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    documents = tmp_path / "Documents"
    documents.mkdir()
    run_until_killed(_KILLED_PACK, str(desk), str(documents / "inspection-pack-2026-12-07"))
    (pack,) = documents.iterdir()
    assert pack.name.startswith(".inspection-pack-2026-12-07.partial-")
    assert any(pack.iterdir()) and len(_records(desk)) == 1  # the pack's first file
    mine = documents / "notes.txt"
    mine.write_text("the DPO's own file", encoding="utf-8")

    # the next command opens the store (and removes the pack), then is killed exporting
    run_until_killed(_KILLED_EXPORT, str(desk), str(documents / "registre.csv"))
    assert not pack.exists()
    (export,) = (p for p in documents.iterdir() if p != mine)
    assert export.name.startswith(".registre.csv.") and len(_records(desk)) == 1

    store = open_store(desk)  # as the command line opens it: checked first
    store.close()
    assert [p.name for p in documents.iterdir()] == ["notes.txt"]
    assert _records(desk) == []


def test_the_window_sweeps_once_its_check_passed_and_spares_its_own_writes(
    tmp_path: Path,
) -> None:
    """The window defers its integrity check: the sweep waits for it, and a write this
    process began since the opening (an export started at once) is not touched."""
    desk = tmp_path / "desk"
    documents = tmp_path / "Documents"
    documents.mkdir()
    run_until_killed(_KILLED_EXPORT, str(desk), str(documents / "registre.csv"))
    (dead,) = documents.iterdir()
    past = dead.stat().st_mtime - 5
    for record in _records(desk):
        os.utime(record, (past, past))  # written before this opening, by a dead process

    store = open_store(desk, defer_check=True)
    try:
        live = documents / ".export.csv.0123abcd.partial"
        live.write_bytes(b"rows being written")
        with fsio.recorded_staging(desk, live):
            assert dead.exists()  # nothing removed before the check
            store.finish_check()
            assert not dead.exists()
            assert live.exists() and len(_records(desk)) == 1
    finally:
        store.close()
    assert _records(desk) == []


def test_a_record_never_deletes_what_is_not_a_staged_write(tmp_path: Path) -> None:
    """A record is only a hint: a path not named like a staged file or folder is left
    alone (a damaged or edited record must not delete the DPO's folder), and a record
    that is not a path at all is dropped without stopping the store from opening."""
    desk = tmp_path / "desk"
    (desk / fsio.STAGING_RECORDS).mkdir(parents=True)
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "contract.pdf").write_bytes(b"%PDF")
    for i, path in enumerate([documents, documents / "contract.pdf", tmp_path / "gone.partial"]):
        (desk / fsio.STAGING_RECORDS / f"{i:016x}.path").write_text(str(path), encoding="utf-8")
    (desk / fsio.STAGING_RECORDS / "damaged.path").write_bytes(b"\xff\xfe/no\x00path")
    assert fsio.sweep_recorded(desk) == 0
    assert (documents / "contract.pdf").read_bytes() == b"%PDF"
    assert _records(desk) == []
    (desk / fsio.STAGING_RECORDS / "damaged.path").write_bytes(b"\xff\xfe")
    open_store(desk).close()
    assert _records(desk) == []


def test_a_staged_write_that_cannot_go_now_is_tried_again_at_the_next_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = tmp_path / "desk"
    staged = tmp_path / ".registre.csv.0123abcd.partial"
    staged.write_bytes(b"reference\nDPO-2026-0001\n")
    record = desk / fsio.STAGING_RECORDS / "0123456789abcdef.path"
    record.parent.mkdir(parents=True)
    record.write_text(str(staged), encoding="utf-8")  # as a killed export leaves it

    def refused(_path: object) -> None:
        raise PermissionError(13, "Permission denied")

    with monkeypatch.context() as m:
        m.setattr(Path, "unlink", refused)
        assert fsio.sweep_recorded(desk) == 0
    assert staged.exists() and _records(desk) == [record]
    assert fsio.sweep_recorded(desk) == 1
    assert not staged.exists() and _records(desk) == []
