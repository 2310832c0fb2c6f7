"""A backup proves its documents, doctor proves the vault, leftovers are collected
(issue 13): every row that names a vault file must have it, byte for byte."""

from __future__ import annotations

import io
import json
import os
import tarfile
from pathlib import Path

import pytest
from sqlalchemy import select

from dpo_desk import backup
from dpo_desk.backup import archive
from dpo_desk.cli import main
from dpo_desk.errors import UserError
from dpo_desk.services import doctor, documents
from dpo_desk.services.context import Context
from dpo_desk.store.models import Document
from dpo_desk.store.opening import open_store

from .conftest import add


def _attach(ctx: Context, tmp_path: Path, text: bytes = b"evidence") -> Document:
    ref = add(ctx, name="Proof Person")
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + text + b"\n%%EOF\n")
    documents.attach(ctx, ref, pdf)
    with ctx.db.read() as session:
        return session.scalars(select(Document).order_by(Document.id.desc())).first()  # type: ignore[return-value]


def test_backup_of_a_store_with_a_missing_document_is_refused(ctx: Context, tmp_path: Path) -> None:
    doc = _attach(ctx, tmp_path)
    (ctx.data_dir / "documents" / doc.stored_name).unlink()
    with pytest.raises(UserError, match=f"document {doc.id} .* is missing"):
        backup.create(ctx)
    assert not list((ctx.data_dir / "backups").glob("*.dpobak*"))


def test_backup_of_a_store_with_an_altered_document_is_refused(
    ctx: Context, tmp_path: Path
) -> None:
    doc = _attach(ctx, tmp_path)
    path = ctx.data_dir / "documents" / doc.stored_name
    data = bytearray(path.read_bytes())
    data[12] ^= 0x01  # same size, one bit different
    path.write_bytes(bytes(data))
    with pytest.raises(UserError, match=f"in the vault .*document {doc.id} .* is altered"):
        backup.create(ctx)
    assert not list((ctx.data_dir / "backups").glob("*.dpobak*"))


def _rewrite_without(src: Path, dst: Path, drop: str) -> None:
    """An attacker's (or a bad tool's) copy: one document removed, manifest "fixed"."""
    with src.open("rb") as fh:
        header, header_bytes = archive.read_header(fh)
        offset = fh.tell()
    staging = dst.parent / "unpacked"
    staging.mkdir()
    found = archive.extract(src, archive.PLAIN_KEY, header_bytes, offset, staging)
    manifest = json.loads((staging / archive.MANIFEST).read_text())
    del manifest["members"][drop]
    manifest["documents"] = {"named": 1, "missing": []}
    with dst.open("wb") as out:
        sink = archive.ArchiveWriter(out, header_bytes, archive.PLAIN_KEY)
        with tarfile.open(fileobj=sink, mode="w|", format=tarfile.PAX_FORMAT) as tar:  # type: ignore[call-overload]
            for name in found:
                if name in (drop, archive.MANIFEST):
                    continue
                data = (staging / name).read_bytes()
                info = tarfile.TarInfo(name)
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
            data = json.dumps(manifest).encode()
            info = tarfile.TarInfo(archive.MANIFEST)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        sink.close()


def test_a_backup_without_a_document_and_its_manifest_fixed_is_refused(
    ctx: Context, store, tmp_path: Path
) -> None:
    doc = _attach(ctx, tmp_path)
    info = backup.create(ctx)
    assert info is not None
    forged = tmp_path / "elsewhere" / "forged.dpobak"
    forged.parent.mkdir()
    _rewrite_without(info.path, forged, f"documents/{doc.stored_name}")
    with pytest.raises(backup.BadBackup, match=f"does not hold its documents: document {doc.id}"):
        backup.verify(forged)
    store.close()
    with pytest.raises(backup.BadBackup, match="does not hold its documents"):
        backup.restore(forged, ctx.data_dir, yes=True)
    assert not list(ctx.data_dir.glob(".restore-*"))
    assert (ctx.data_dir / "documents" / doc.stored_name).exists()  # nothing changed


def test_doctor_finds_missing_and_altered_documents_and_counts_leftovers(
    ctx: Context, store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _attach(ctx, tmp_path, b"first")
    assert doctor.check_vault(ctx.data_dir, None).verdict == doctor.OK
    second = _attach(ctx, tmp_path, b"second")
    (ctx.data_dir / "documents" / first.stored_name).unlink()
    (ctx.data_dir / "documents" / second.stored_name).write_bytes(b"%PDF-1.4 not it")
    (ctx.data_dir / "documents" / ("ab" * 16 + ".pdf")).write_bytes(b"stray")
    check = doctor.check_vault(ctx.data_dir, None)
    assert check.verdict == doctor.FAIL
    assert f"document {first.id} " in check.detail and "is missing" in check.detail
    assert f"document {second.id} " in check.detail and "is altered" in check.detail
    store.close()
    assert main(["--data-dir", str(ctx.data_dir), "doctor"]) == 1
    assert "2 of 2 documents are not as recorded" in capsys.readouterr().out


def test_leftover_vault_files_are_collected_at_start_never_a_named_one(
    ctx: Context, store, tmp_path: Path
) -> None:
    doc = _attach(ctx, tmp_path)
    letter = documents.vault(ctx, "letters").put(iter([b"%PDF-1.4 unsaved letter"]), ".pdf")
    stray_tmp = ctx.data_dir / "documents" / ("cd" * 16 + ".tmp")
    stray_tmp.write_bytes(b"half-written")
    template = ctx.data_dir / "letters" / "access-reply-fr.txt"  # an edited template
    template.write_text("Madame, Monsieur,")
    warn = doctor.check_vault(ctx.data_dir, None)
    assert warn.verdict == doctor.WARN and "2 leftover file(s)" in warn.detail
    store.close()
    reopened = open_store(ctx.data_dir)
    try:
        assert reopened.orphans_collected == 2
    finally:
        reopened.close()
    assert not (ctx.data_dir / "letters" / letter.stored_name).exists()
    assert not stray_tmp.exists()
    assert (ctx.data_dir / "documents" / doc.stored_name).exists()
    assert template.exists()


def test_a_restore_still_saves_a_store_that_lost_a_document_first(
    ctx: Context, store, tmp_path: Path
) -> None:
    """The pre-restore backup records the loss instead of blocking the restore that would
    repair it; that backup still verifies (its missing document is recorded as such)."""
    doc = _attach(ctx, tmp_path)
    good = backup.create(ctx)
    assert good is not None
    (ctx.data_dir / "documents" / doc.stored_name).unlink()
    store.close()
    done = backup.restore(good.path, ctx.data_dir, yes=True)
    assert done.applied and done.pre_restore_backup
    pre = backup.verify(ctx.data_dir / "backups" / done.pre_restore_backup)
    assert pre.ok
    assert (ctx.data_dir / "documents" / doc.stored_name).exists()


def test_a_restore_still_saves_a_store_whose_document_was_altered_first(
    ctx: Context, store, tmp_path: Path
) -> None:
    """An altered (bit-rotted) document must not lock the DPO out of the restore that
    brings back its good copy."""
    doc = _attach(ctx, tmp_path)
    good = backup.create(ctx)
    assert good is not None
    path = ctx.data_dir / "documents" / doc.stored_name
    original = path.read_bytes()
    path.write_bytes(original[:-3] + b"XYZ")
    store.close()
    done = backup.restore(good.path, ctx.data_dir, yes=True)
    assert done.applied
    assert backup.verify(ctx.data_dir / "backups" / str(done.pre_restore_backup)).ok
    assert path.read_bytes() == original


def test_stale_hidden_temporaries_are_collected_fresh_ones_kept(ctx: Context, store) -> None:
    """A crash inside an atomic write (key file, journal, index) leaves ``.<name>.*.tmp``;
    an old one is collected at start, a fresh one may be another process's write."""
    old = ctx.data_dir / ".keys.json.abc123.tmp"
    old.write_bytes(b"{}")
    os.utime(old, (1, 1))
    fresh = ctx.data_dir / "backups" / ".index.json.def456.tmp"
    fresh.write_bytes(b"{}")
    store.close()
    open_store(ctx.data_dir).close()
    assert not old.exists() and fresh.exists()


def test_an_evidence_purge_that_does_not_commit_keeps_its_file(
    ctx: Context, store, tmp_path: Path
) -> None:
    """The ID copy's bytes go only once the purge has committed: a purge that fails (or
    is killed) before its commit never leaves a row naming a missing file, which would
    refuse every backup after it; a committed purge does destroy the file."""
    ref = add(ctx, name="Evidence Person")
    pdf = tmp_path / "id.pdf"
    pdf.write_bytes(b"%PDF-1.4\nid copy\n%%EOF\n")
    documents.attach(ctx, ref, pdf, kind="id-evidence")
    with ctx.db.read() as session:
        doc = session.scalars(select(Document)).one()
    path = ctx.data_dir / "documents" / doc.stored_name
    with pytest.raises(RuntimeError), ctx.db.write() as session:
        case = session.get(Document, doc.id).case  # type: ignore[union-attr]
        assert documents.purge_case_evidence(session, ctx, case, "identity verified") == [doc.id]
        raise RuntimeError("the transaction fails after the purge")
    assert path.exists()
    assert doctor.check_vault(ctx.data_dir, None).verdict == doctor.OK
    assert backup.create(ctx) is not None
    with ctx.db.write() as session:
        case = session.get(Document, doc.id).case  # type: ignore[union-attr]
        documents.purge_case_evidence(session, ctx, case, "identity verified")
    assert not path.exists()
    assert doctor.check_vault(ctx.data_dir, None).verdict == doctor.OK


def test_a_file_purged_after_the_snapshot_makes_the_backup_take_a_new_one(
    ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the window open, a purge can commit (and shred its file) between the
    backup's snapshot and its archiving: the backup takes one new snapshot instead of
    failing; a file still missing the second time refuses it."""
    from dpo_desk.backup import creation

    doc = _attach(ctx, tmp_path)
    path = ctx.data_dir / "documents" / doc.stored_name
    away = tmp_path / "away"
    real = creation.migrate_snapshot
    calls: list[int] = []

    def purged_after_the_first_snapshot(db, target):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 2:  # the purge's row is in the second snapshot: file not named
            away.rename(path)  # (here: the file is back, the same thing for the backup)
        real(db, target)
        if len(calls) == 1:
            path.rename(away)

    monkeypatch.setattr(creation, "migrate_snapshot", purged_after_the_first_snapshot)
    info = backup.create(ctx)
    assert info is not None and info.ok and len(calls) == 2
    path.unlink()  # gone for good: both snapshots name it
    monkeypatch.setattr(creation, "migrate_snapshot", real)
    with pytest.raises(
        UserError, match=f"document {doc.id} .* is missing from the vault .1 missing"
    ):
        backup.create(ctx)
    assert [p.name for p in (ctx.data_dir / "backups").glob("*.dpobak*")] == [info.path.name]
    assert not list((ctx.data_dir / "backups").glob(".snapshot-*"))


def test_a_large_document_is_streamed_and_still_checked_against_its_row(
    ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files above ``HELD_IN_MEMORY`` are not read into memory: they are streamed into the
    archive and checked by a second read; an altered one is refused all the same, and a
    sound one gives a backup that verifies."""
    from dpo_desk.backup import contents

    monkeypatch.setattr(contents, "HELD_IN_MEMORY", 0)
    doc = _attach(ctx, tmp_path)
    info = backup.create(ctx)
    assert info is not None and backup.verify(info.path).ok
    path = ctx.data_dir / "documents" / doc.stored_name
    data = bytearray(path.read_bytes())
    data[12] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(UserError, match=f"in the vault .*document {doc.id} .* is altered"):
        backup.create(ctx)
    assert [p.name for p in (ctx.data_dir / "backups").glob("*.dpobak*")] == [info.path.name]
