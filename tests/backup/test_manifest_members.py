"""The read-back compares the archive's members with its manifest, name for name and
SHA-256 for SHA-256: a member missing, one too many or one altered makes the backup bad.
An edited letter template (a file no row names) travels under its own name."""

from __future__ import annotations

import io
import json
import tarfile
from collections.abc import Callable
from pathlib import Path

import pytest

from dpo_desk import backup
from dpo_desk.backup import archive, tar_writer
from dpo_desk.services import documents
from dpo_desk.services.context import Context

from .conftest import add

Edit = Callable[[dict[str, bytes], dict], None]


def _repack(src: Path, dst: Path, edit: Edit) -> None:
    """A copy of ``src`` whose members and manifest ``edit`` changed (a bad tool's copy)."""
    with src.open("rb") as fh:
        _header, header_bytes = archive.read_header(fh)
        offset = fh.tell()
    staging = dst.parent / (dst.name + ".unpacked")
    staging.mkdir()
    found = archive.extract(src, archive.PLAIN_KEY, header_bytes, offset, staging)
    manifest = json.loads((staging / archive.MANIFEST).read_text())
    members = {n: (staging / n).read_bytes() for n in found if n != archive.MANIFEST}
    edit(members, manifest)
    with dst.open("wb") as out:
        sink = archive.ArchiveWriter(out, header_bytes, archive.PLAIN_KEY)
        tar = tar_writer.TarWriter(sink)
        for name, data in [*members.items(), (archive.MANIFEST, json.dumps(manifest).encode())]:
            tar.add(name, len(data), 0, io.BytesIO(data))
        tar.close()
        sink.close()


@pytest.fixture
def made(ctx: Context, tmp_path: Path) -> tuple[Path, str]:
    ref = add(ctx, name="Member Check")
    pdf = tmp_path / "id.pdf"
    pdf.write_bytes(b"%PDF-1.4\nidentity\n%%EOF\n")
    documents.attach(ctx, ref, pdf)
    info = backup.create(ctx)
    assert info is not None
    with tarfile.open(fileobj=_plain(info.path), mode="r|") as tar:
        names = [m.name for m in tar]
    doc = next(n for n in names if n.startswith("documents/"))
    return info.path, doc


def _plain(path: Path) -> io.BytesIO:
    with path.open("rb") as fh:
        _header, header_bytes = archive.read_header(fh)
        offset = fh.tell()
    staging = path.parent / ".plain"
    staging.mkdir(exist_ok=True)
    found = archive.extract(path, archive.PLAIN_KEY, header_bytes, offset, staging)
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name in found:
            tar.add(staging / name, arcname=name)
    buf.seek(0)
    return buf


def _forged(tmp_path: Path, made: tuple[Path, str], edit: Edit) -> Path:
    forged = tmp_path / "forged" / "copy.dpobak"
    forged.parent.mkdir()
    _repack(made[0], forged, edit)
    return forged


def test_the_untouched_copy_verifies(tmp_path: Path, made) -> None:  # type: ignore[no-untyped-def]
    assert backup.verify(_forged(tmp_path, made, lambda _m, _j: None)).ok


def test_a_member_the_manifest_lists_but_the_archive_lacks(tmp_path: Path, made) -> None:  # type: ignore[no-untyped-def]
    def drop(members: dict[str, bytes], _manifest: dict) -> None:
        del members[made[1]]

    with pytest.raises(backup.BadBackup, match="members differ from the manifest"):
        backup.verify(_forged(tmp_path, made, drop))


def test_a_member_the_manifest_does_not_list(tmp_path: Path, made) -> None:  # type: ignore[no-untyped-def]
    def extra(members: dict[str, bytes], _manifest: dict) -> None:
        members["documents/" + "ef" * 16 + ".pdf"] = b"%PDF-1.4 slipped in"

    with pytest.raises(backup.BadBackup, match="members differ from the manifest"):
        backup.verify(_forged(tmp_path, made, extra))


def test_a_renamed_member_with_the_count_unchanged(tmp_path: Path, made) -> None:  # type: ignore[no-untyped-def]
    def rename(members: dict[str, bytes], _manifest: dict) -> None:
        members["documents/" + "ab" * 16 + ".pdf"] = members.pop(made[1])

    with pytest.raises(backup.BadBackup, match="members differ from the manifest"):
        backup.verify(_forged(tmp_path, made, rename))


def test_an_altered_member(tmp_path: Path, made) -> None:  # type: ignore[no-untyped-def]
    def alter(members: dict[str, bytes], _manifest: dict) -> None:
        data = bytearray(members[made[1]])
        data[-3] ^= 0x01
        members[made[1]] = bytes(data)

    with pytest.raises(backup.BadBackup, match=f"{made[1]} does not match its SHA-256"):
        backup.verify(_forged(tmp_path, made, alter))


def test_an_edited_template_is_carried_and_restored(ctx: Context, store, tmp_path: Path) -> None:
    template = ctx.data_dir / "letters" / "access-reply-fr.txt"
    template.parent.mkdir(exist_ok=True)
    template.write_text("Madame, Monsieur, votre demande d'accès…", encoding="utf-8")
    add(ctx, name="Template Keeper")
    info = backup.create(ctx)
    assert info is not None
    with tarfile.open(fileobj=_plain(info.path), mode="r|") as tar:
        names = [m.name for m in tar]
    assert "letters/access-reply-fr.txt" in names
    template.write_text("overwritten", encoding="utf-8")
    store.close()
    backup.restore(info.path, ctx.data_dir, yes=True)
    assert template.read_text(encoding="utf-8") == "Madame, Monsieur, votre demande d'accès…"
