"""Issue 16, "Files and encryption": on a team server the documents and letters are rows
sealed on the client with the team key; a dump of the database without a member's secret
shows none of them; a member reads them through their own slot; removing a member
rotates the key so that their old secret opens nothing.
"""

from __future__ import annotations

import glob
import shutil
import subprocess
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, make_url, select, text

from dpo_desk.crypto.errors import DamagedError
from dpo_desk.errors import UserError
from dpo_desk.keys import team_key as tk
from dpo_desk.services import (
    audit,
    cases,
    documents,
    identity,
    letters,
    retention,
    team_keys,
    workflow,
)
from dpo_desk.services.context import Context
from dpo_desk.store.db import Database
from dpo_desk.store.db_vault import open_bytes
from dpo_desk.store.models import AuditEvent, Document, MemberKeySlot, SealedBlob
from tests.conftest import FIXED_NOW
from tests.team.conftest import PG_URL, needs_pg

pytestmark = needs_pg
DPO_SECRET = "dpo team passphrase 1"  # noqa: S105 - test secrets
B_SECRET = "member b passphrase"  # noqa: S105
SECRET_LINE = b"PASSPORT No 19XK42QZ7 - Zephyrine Quartermaine"


def _id_copy(tmp_path: Path) -> Path:
    """An uncompressed PDF whose text is readable in its bytes (worst case for a leak)."""
    body = b"BT /F1 12 Tf 72 720 Td (" + SECRET_LINE + b") Tj ET"
    pdf = (
        b"%PDF-1.4\n1 0 obj<</Length "
        + str(len(body)).encode()
        + b">>stream\n"
        + body
        + b"\nendstream endobj\ntrailer<<>>\n%%EOF\n"
    )
    path = tmp_path / "passport.pdf"
    path.write_bytes(pdf)
    return path


def _new_case(ctx: Context, name: str = "Zephyrine Quartermaine") -> str:
    new = cases.NewCase(name=name, rights=["access"], received=date(2026, 1, 20), channel="post")
    return cases.add_case(ctx, new).reference


def _member(engine: Engine, tmp_path: Path, login: str) -> Context:
    """Another desk on the same server, as ``login`` (its own Database, own unlocked key)."""
    return Context(Database(engine), tmp_path, actor=login, clock=lambda: FIXED_NOW)


def _raw_scan(engine: Engine) -> bytes:
    """Every bytea, text, varchar and JSON value of every table, as the server holds it."""
    out = bytearray()
    with engine.connect() as conn:
        columns = conn.execute(
            text(
                "SELECT table_name, column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = 'public' AND data_type IN "
                "('bytea', 'text', 'character varying', 'json', 'jsonb')"
            )
        ).all()
        for table, column, kind in columns:
            for (value,) in conn.execute(text(f'SELECT "{column}" FROM "{table}"')):
                if value is None:
                    continue
                out += bytes(value) if kind == "bytea" else str(value).encode("utf-8")
                out += b"\n"
    assert len(columns) > 50  # the whole schema was read
    return bytes(out)


def _pg_dump() -> bytes:
    found = shutil.which("pg_dump") or next(
        iter(sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"), reverse=True)), None
    )
    assert found, "pg_dump is needed (the PostgreSQL client tools)"
    url = make_url(PG_URL)
    args = [found, "-h", url.host or "127.0.0.1", "-p", str(url.port or 5432)]
    args += ["-U", url.username or "postgres", "-d", url.database or "postgres"]
    return subprocess.run(args, check=True, capture_output=True, timeout=120).stdout  # noqa: S603


def _windows(data: bytes, size: int = 40) -> list[bytes]:
    """Slices of ``data`` from start to end: any one found in a dump is a leak."""
    return [data[i : i + size] for i in range(0, max(1, len(data) - size), max(1, len(data) // 12))]


def test_a_dump_holds_no_file_and_members_read_through_their_own_key(
    team_ctx: Context, team_engine: Engine, tmp_path: Path
) -> None:
    ctx = team_ctx
    team_keys.create_team_key(ctx, DPO_SECRET)
    ref = _new_case(ctx)
    scan = _id_copy(tmp_path)
    documents.attach(ctx, ref, scan, kind="id-evidence")
    letter = letters.generate(ctx, ref, "acknowledgement", "fr")
    with ctx.db.read() as s:
        docs = {d.kind: d for d in s.scalars(select(Document))}
        blobs = s.scalar(select(func.count()).select_from(SealedBlob))
    assert blobs == 2 and not (tmp_path / "documents").exists()  # in the database only
    id_doc, letter_doc = docs["id-evidence"], docs["letter"]
    pdf = documents.vault(ctx, "letters").read(letter_doc.stored_name)
    assert pdf.startswith(b"%PDF") and letter_doc.id == letter.document_id

    # The server's view: no file bytes, no line of the ID copy, no slice of the letter.
    scan_bytes = scan.read_bytes()
    raw, dump = _raw_scan(team_engine), _pg_dump()
    assert b"Zephyrine Quartermaine" in raw  # the scanner sees plaintext where it is
    assert b"CREATE TABLE public.sealed_blob" in dump
    for place in (raw, dump, dump.lower()):
        assert SECRET_LINE not in place and b"19XK42QZ7" not in place
        assert scan_bytes not in place
        for part in _windows(pdf) + _windows(scan_bytes):
            assert part not in place and part.hex().encode() not in place

    # A second member, granted by the DPO, reads the exact bytes with their own secret.
    team_keys.grant_member_key(ctx, "member_b", B_SECRET)
    b_desk = _member(team_engine, tmp_path, "member_b")
    with pytest.raises(UserError, match="locked on this desk"):
        documents.read_document(b_desk, id_doc.id)
    team_keys.unlock_team_key(b_desk, B_SECRET)
    assert documents.read_document(b_desk, id_doc.id)[1] == scan_bytes
    assert documents.vault(b_desk, "letters").read(letter_doc.stored_name) == pdf

    # A wrong passphrase: a clear message, and nothing changed on the server.
    with ctx.db.read() as s:
        before = (audit.count(s), sorted(s.scalars(select(MemberKeySlot.key_id))))
    other_desk = _member(team_engine, tmp_path, "member_b")
    with pytest.raises(UserError) as refused:
        team_keys.unlock_team_key(other_desk, "not the passphrase")
    assert str(refused.value) == (
        "wrong passphrase for the team key of member_b: nothing was opened"
    )
    assert tk.unlocked(other_desk.db) is None
    with ctx.db.read() as s:
        assert (audit.count(s), sorted(s.scalars(select(MemberKeySlot.key_id)))) == before

    # What member_b could have kept before leaving: its unlocked key and its old slot.
    with ctx.db.read() as s:
        old_slot = s.get(MemberKeySlot, "member_b")
        assert old_slot is not None
        kept_sealed, kept_id = dict(old_slot.team_key), old_slot.key_id
    kept_member = tk.unlocked(b_desk.db)
    assert kept_member is not None
    old_team_key = tk.open_team_key(kept_member, kept_sealed, kept_id)

    rotation = team_keys.revoke_member_key(ctx, "member_b")
    assert (rotation.resealed, rotation.members) == (2, 1) and rotation.key_id != kept_id

    # After the rotation: the old secret opens no slot, the old team key opens no file.
    with pytest.raises(UserError, match="member_b holds no team key"):
        team_keys.unlock_team_key(_member(team_engine, tmp_path, "member_b"), B_SECRET)
    with pytest.raises(UserError, match="member_b holds no team key"):
        documents.read_document(b_desk, id_doc.id)  # its desk, still open, is cut off too
    with ctx.db.read() as s:
        sealed = [bytes(b) for b in s.scalars(select(SealedBlob.content))]
    for blob in sealed:
        with pytest.raises(DamagedError):
            open_bytes(tk.files_sealer(old_team_key), blob)
    # The DPO, and a desk opening afresh with the DPO's passphrase, read the same bytes.
    assert documents.read_document(ctx, id_doc.id)[1] == scan_bytes
    fresh = _member(team_engine, tmp_path, ctx.actor)
    team_keys.unlock_team_key(fresh, DPO_SECRET)
    assert documents.vault(fresh, "letters").read(letter_doc.stored_name) == pdf
    with ctx.db.read() as s:
        ops = list(s.scalars(select(AuditEvent.operation).where(AuditEvent.entity == "team_key")))
        assert audit.verify(s).ok
    assert ops == ["team.key_create", "team.key_grant", "team.key_rotate"]


def test_refusals_change_nothing(team_ctx: Context, team_engine: Engine, tmp_path: Path) -> None:
    ctx = team_ctx
    with pytest.raises(UserError, match="at least 10 characters"):
        team_keys.create_team_key(ctx, "short")
    with pytest.raises(UserError, match="holds no team key"):  # documents need a key
        documents.vault(ctx).put(iter([b"x"]))
    team_keys.create_team_key(ctx, DPO_SECRET)
    with pytest.raises(UserError, match="already has a team key"):
        team_keys.create_team_key(ctx, DPO_SECRET)
    with pytest.raises(UserError, match="your own team key"):
        team_keys.revoke_member_key(ctx, ctx.actor)
    with pytest.raises(UserError, match="nobody holds no team key"):
        team_keys.revoke_member_key(ctx, "nobody")
    team_keys.grant_member_key(ctx, "member_c", "member c passphrase")
    with pytest.raises(UserError, match="already holds the team key"):
        team_keys.grant_member_key(ctx, "member_c", "another passphrase")
    team_keys.grant_member_key(ctx, "rené", "passphrase de rené")  # any login PostgreSQL takes
    rene = _member(team_engine, tmp_path, "rené")
    team_keys.unlock_team_key(rene, "passphrase de rené")
    with ctx.db.read() as s:
        assert sorted(s.scalars(select(MemberKeySlot.login))) == sorted(
            [ctx.actor, "member_c", "rené"]
        )
        assert audit.verify(s).ok


def test_the_keyring_holds_a_members_secret(
    team_ctx: Context, team_engine: Engine, tmp_path: Path
) -> None:
    ctx = team_ctx
    team_keys.create_team_key(ctx, DPO_SECRET)
    team_keys.grant_member_key(ctx, "member_d", "initial passphrase d")
    d_desk = _member(team_engine, tmp_path, "member_d")
    team_keys.unlock_team_key(d_desk, "initial passphrase d")
    team_keys.set_own_secret(d_desk, team_keys.keyring_secret(d_desk, "member_d"), "keyring")
    reopened = _member(team_engine, tmp_path, "member_d")
    team_keys.unlock_team_key(reopened)  # no passphrase typed: from this computer's keyring
    stored = documents.vault(ctx).put(iter([b"shared note"]))
    assert documents.vault(reopened).read(stored.stored_name) == b"shared note"
    with pytest.raises(UserError, match="wrong passphrase"):  # the initial one is gone
        team_keys.unlock_team_key(
            _member(team_engine, tmp_path, "member_d"), "initial passphrase d"
        )


def test_identity_and_retention_purges_delete_the_rows(team_ctx: Context, tmp_path: Path) -> None:
    ctx = team_ctx
    team_keys.create_team_key(ctx, DPO_SECRET)
    ref = _new_case(ctx)
    identity.request_identity(ctx, ref, "Address differs", date(2026, 1, 21))
    documents.attach(ctx, ref, _id_copy(tmp_path), kind="id-evidence")
    other = _new_case(ctx, "Another Person")
    documents.attach(ctx, other, _id_copy(tmp_path), kind="attachment")

    def names() -> set[str]:
        with ctx.db.read() as s:
            return set(s.scalars(select(SealedBlob.name)))

    with ctx.db.read() as s:
        stored = {d.case.reference: d.stored_name for d in s.scalars(select(Document))}
    assert names() == set(stored.values())
    identity.verify_identity(ctx, ref, "document", "passport")  # the ID copy is purged
    assert names() == {stored[other]}
    workflow.transition(ctx, other, "answered", "done")
    workflow.transition(ctx, other, "closed", "reply sent")
    later = Context(ctx.db, ctx.data_dir, ctx.actor, lambda: FIXED_NOW + timedelta(days=6 * 365))
    assert retention.purge(later, vacuum=False).cases == 1
    assert names() == set()


def test_orphan_rows_are_collected_once_old(team_ctx: Context, tmp_path: Path) -> None:
    """A desk killed between sealing a file and committing its row leaves a row no
    document names: collected when a desk opens, but only once an hour old."""
    ctx = team_ctx
    team_keys.create_team_key(ctx, DPO_SECRET)
    ref = _new_case(ctx)
    documents.attach(ctx, ref, _id_copy(tmp_path), kind="attachment")
    stray = documents.vault(ctx).put(iter([b"sealed, then the desk was killed"]))
    assert team_keys.collect_orphans(ctx) == 0  # too recent: maybe a file in flight
    with ctx.db.engine.begin() as conn:  # two hours pass on the server
        conn.execute(text("UPDATE sealed_blob SET created_at = created_at - interval '2 hours'"))
    assert team_keys.collect_orphans(ctx) == 1
    with ctx.db.read() as s:
        left = set(s.scalars(select(SealedBlob.name)))
        named = set(s.scalars(select(Document.stored_name)))
    assert stray.stored_name not in left and left == named and len(left) == 1


def test_a_desk_keeps_writing_while_the_key_rotates(
    team_ctx: Context, team_engine: Engine, tmp_path: Path
) -> None:
    """Another desk seals and reads files throughout a rotation: none is sealed with the
    key being replaced (shared/exclusive file lock), and it never has to unlock again."""
    ctx = team_ctx
    team_keys.create_team_key(ctx, DPO_SECRET)
    for n in range(6):
        documents.vault(ctx).put(iter([b"before %d" % n * 2000]))
    team_keys.grant_member_key(ctx, "member_b", B_SECRET)
    team_keys.grant_member_key(ctx, "member_c", "member c passphrase")
    b_desk = _member(team_engine, tmp_path, "member_b")
    team_keys.unlock_team_key(b_desk, B_SECRET)
    written: dict[str, bytes] = {}
    errors: list[BaseException] = []
    stop, flowing = threading.Event(), threading.Event()

    def keep_writing() -> None:
        box = documents.vault(b_desk)
        n = after = 0
        try:
            while after < 2:  # two files begun once the rotation has committed
                after += stop.is_set()
                content = b"during %d " % n * 500
                written[box.put(iter([content])).stored_name] = content
                for name in list(written)[-3:]:
                    assert box.read(name) == written[name]
                n += 1
                if n == 3:
                    flowing.set()
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    worker = threading.Thread(target=keep_writing)
    worker.start()
    assert flowing.wait(60)
    rotations = [team_keys.revoke_member_key(ctx, "member_c")]
    stop.set()
    worker.join(60)
    assert not errors and not worker.is_alive()
    # the other desk's files sealed before the rotation were re-sealed; the ones begun
    # after it were sealed with the new key
    assert rotations[0].members == 2 and 6 + 3 <= rotations[0].resealed < 6 + len(written)
    for name, content in written.items():  # every file of the other desk: the new key
        assert documents.vault(ctx).read(name) == content
        assert documents.vault(b_desk).read(name) == content
