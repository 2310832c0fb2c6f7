"""A backup of a server made by an encrypted desk is sealed with that desk's key (issue 16).

The desk's folder decides the key, as for a solo desk: the exported snapshot is a
SQLCipher database and the files are sealed with the desk's files key; the backup opens
only with the desk's passphrase and restores into a solo desk with it.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from _crypto_fixtures import PASSPHRASE, enc_ctx, enc_dir, enc_store, fast_scrypt

from dpo_desk import backup
from dpo_desk.backup.archive import read_header
from dpo_desk.services import cases, documents, secrets
from dpo_desk.services.context import Context
from dpo_desk.services.team_migrate import local_vault, migrate_to_server, verify_same
from dpo_desk.store.db import Database, make_engine
from dpo_desk.store.opening import open_store
from tests.conftest import FIXED_NOW
from tests.team.move_pg import needs_pg, new_database

pytestmark = needs_pg
__all__ = ["enc_ctx", "enc_dir", "enc_store", "fast_scrypt", "new_database"]


def test_an_encrypted_desk_backs_up_the_server_sealed_with_its_key(
    enc_ctx: Context, new_database: Callable[[], str], tmp_path: Path
) -> None:
    ref = cases.add_case(
        enc_ctx,
        cases.NewCase(
            name="Zoé Dubois", rights=["access"], received=FIXED_NOW.date(), channel="post"
        ),
    ).reference
    scan = tmp_path / "id.pdf"
    scan.write_bytes(b"%PDF-1.4 an ID copy that must stay sealed\n")
    documents.attach(enc_ctx, ref, scan)
    url = new_database()
    desk = tmp_path / "team-desk"  # the team desk's own folder: its key file, its files
    assert migrate_to_server(enc_ctx, url, files_dir=desk).ok
    shutil.copy2(secrets.keys_path(enc_ctx.data_dir), secrets.keys_path(desk))
    secrets.remember(desk, secrets.require_keys(enc_ctx.data_dir))
    team = Context(Database(make_engine(url)), desk, actor="postgres", clock=lambda: FIXED_NOW)
    try:
        info = backup.create(team, tmp_path / "backups")
        assert info is not None and info.ok and info.encrypted
        with info.path.open("rb") as src:
            assert read_header(src)[0]["encryption"] == "aes-256-gcm"
        assert b"must stay sealed" not in info.path.read_bytes()
        assert not list((tmp_path / "backups").glob(".server-export-*"))  # staging removed

        solo_dir = tmp_path / "solo"
        backup.restore(info.path, solo_dir, yes=True, secret=PASSPHRASE)
        solo = open_store(solo_dir, key=secrets.key_for_open(solo_dir))
        try:
            same = verify_same(
                team.db.engine,
                solo.db.engine,
                local_vault(team),
                local_vault(Context(solo.db, solo_dir)),
            )
            assert {d.what for d in same.differences} == {
                "audit_event: rows",
                "audit_event: sha256",
                "audit chain",
            }, "\n".join(same.table())  # only the restore's own entry
            assert [line for line in same.lines if line.what == "files: count"][0].source == "1"
        finally:
            solo.close()
    finally:
        team.db.dispose()
