"""Encryption at rest: the canary name is in no file; sealed files detect tampering;
plain stores convert without loss; re-keying keeps everything readable."""

from __future__ import annotations

from pathlib import Path

import pytest

from dpo_desk import backup
from dpo_desk.cli import main
from dpo_desk.crypto.errors import DamagedError
from dpo_desk.keys import conversion as convert
from dpo_desk.paths import database_path
from dpo_desk.services import documents, secrets
from dpo_desk.services.cases import get_case
from dpo_desk.services.context import Context
from dpo_desk.store.opening import open_store

from .conftest import CANARY, FIXED_NOW, PASSPHRASE, add, grep_tree

NEEDLES = [CANARY.encode(), CANARY.lower().encode(), CANARY.encode("utf-16-le")]


def _plant(ctx: Context, tmp_path: Path) -> tuple[str, int]:
    ref = add(ctx, name=f"Ivana {CANARY}", notes=f"called about {CANARY}'s account")
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + f"Identity of {CANARY}\n".encode() * 50 + b"%%EOF\n")
    detail = documents.attach(ctx, ref, pdf)
    return ref, detail.documents[-1].id


def test_canary_is_in_no_file_of_an_encrypted_store_nor_its_backup(
    enc_ctx: Context, enc_store, tmp_path: Path
) -> None:
    ref, doc_id = _plant(enc_ctx, tmp_path)
    (tmp_path / "letter.pdf").unlink()
    info = backup.create(enc_ctx)
    assert info is not None
    # While open: the -wal and -shm are there too, and are checked.
    assert grep_tree(enc_ctx.data_dir, NEEDLES) == []
    assert documents.read_document(enc_ctx, doc_id)[1].count(CANARY.encode()) == 50
    enc_store.close()
    assert grep_tree(enc_ctx.data_dir, NEEDLES) == []
    assert grep_tree(info.path.parent, NEEDLES) == []


def test_a_flipped_byte_in_a_sealed_document_is_a_clear_error(
    enc_ctx: Context, tmp_path: Path
) -> None:
    ref, doc_id = _plant(enc_ctx, tmp_path)
    stored = next((enc_ctx.data_dir / "documents").iterdir())
    raw = bytearray(stored.read_bytes())
    raw[len(raw) // 2] ^= 0x20
    stored.write_bytes(bytes(raw))
    with pytest.raises(DamagedError, match="integrity check"):
        documents.read_document(enc_ctx, doc_id)


def test_new_files_are_owner_only(enc_ctx: Context, tmp_path: Path) -> None:
    _plant(enc_ctx, tmp_path)
    for path in [
        database_path(enc_ctx.data_dir),
        secrets.keys_path(enc_ctx.data_dir),
        *(enc_ctx.data_dir / "documents").iterdir(),
    ]:
        assert path.stat().st_mode & 0o077 == 0, path


def test_plain_store_converts_without_loss_and_the_canary_leaves(
    ctx: Context,
    store,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ref, doc_id = _plant(ctx, tmp_path)
    (tmp_path / "letter.pdf").unlink()
    before = get_case(ctx, ref)
    store.close()
    data_dir = ctx.data_dir
    assert grep_tree(data_dir, NEEDLES)  # plain: the name is readable on disk
    monkeypatch.setenv(secrets.ENV_PASSPHRASE, PASSPHRASE)
    secrets.forget(data_dir)
    assert main(["--data-dir", str(data_dir), "secure", "encrypt", "--no-keyring"]) == 0
    assert "RECOVERY KEY" in capsys.readouterr().out
    assert grep_tree(data_dir, NEEDLES) == []
    assert not (data_dir / convert.STAGE).exists()
    secrets.forget(data_dir)
    reopened = open_store(data_dir, key=secrets.key_for_cli(data_dir))
    try:
        c2 = Context(db=reopened.db, data_dir=data_dir, clock=lambda: FIXED_NOW)
        assert get_case(c2, ref).to_dict() == before.to_dict()
        assert CANARY.encode() in documents.read_document(c2, doc_id)[1]
    finally:
        reopened.close()


def test_an_interrupted_encryption_finishes_at_next_unlock(
    ctx: Context, store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref, doc_id = _plant(ctx, tmp_path)
    store.close()
    calls = []
    real = convert._replace_db

    def crash(*args: object) -> None:
        calls.append(1)
        raise KeyboardInterrupt("power cut")  # after the commit point, before the swap

    monkeypatch.setattr(convert, "_replace_db", crash)
    with pytest.raises(KeyboardInterrupt):
        convert.encrypt_store(ctx.data_dir, passphrase=PASSPHRASE, use_keyring=False)
    assert secrets.status(ctx.data_dir).state == "encrypting"
    monkeypatch.setattr(convert, "_replace_db", real)
    secrets.forget(ctx.data_dir)
    monkeypatch.setenv(secrets.ENV_PASSPHRASE, PASSPHRASE)
    key = secrets.key_for_cli(ctx.data_dir)
    assert secrets.status(ctx.data_dir).state == "ready"
    reopened = open_store(ctx.data_dir, key=key)
    try:
        c2 = Context(db=reopened.db, data_dir=ctx.data_dir, clock=lambda: FIXED_NOW)
        assert get_case(c2, ref).reference == ref
        assert CANARY.encode() in documents.read_document(c2, doc_id)[1]
    finally:
        reopened.close()
    assert grep_tree(ctx.data_dir, NEEDLES) == []


def test_rekey_changes_every_key_and_keeps_the_data(
    enc_ctx: Context, enc_store, tmp_path: Path
) -> None:
    ref, doc_id = _plant(enc_ctx, tmp_path)
    old = secrets.unlocked(enc_ctx.data_dir)
    assert old is not None
    enc_store.close()
    result = convert.rekey(enc_ctx.data_dir, passphrase=PASSPHRASE)
    assert result.files == 1 and result.key_id != old.current.id and result.recovery_key
    db = database_path(enc_ctx.data_dir)
    assert not convert.opens_with(db, old.current.db_key())
    secrets.forget(enc_ctx.data_dir)
    secrets.unlock(enc_ctx.data_dir, secret=PASSPHRASE)
    reopened = open_store(enc_ctx.data_dir, key=secrets.key_for_open(enc_ctx.data_dir))
    try:
        c2 = Context(db=reopened.db, data_dir=enc_ctx.data_dir, clock=lambda: FIXED_NOW)
        assert CANARY.encode() in documents.read_document(c2, doc_id)[1]
    finally:
        reopened.close()
