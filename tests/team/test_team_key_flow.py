"""The team key through a team's life, end to end on a real server (issue 16, "Files
and encryption"): team init → the first DPO creates the key → add-member grants it with
an initial passphrase → the assistant's desk unlocks it, sets their own, drafts a letter
→ the DPO reads it → remove-member rotates → what the assistant held opens nothing."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import pytest
from sqlalchemy import Connection, make_url, select, text

from dpo_desk.cli import main
from dpo_desk.crypto.errors import DamagedError
from dpo_desk.errors import UserError
from dpo_desk.keys import team_key as tk
from dpo_desk.services import cases, documents, letters
from dpo_desk.services.team_session import open_team
from dpo_desk.store.db import make_engine
from dpo_desk.store.db_vault import open_bytes
from dpo_desk.store.models import Document, MemberKeySlot, SealedBlob
from tests.team.roles_setup import URL

pytestmark = pytest.mark.skipif(not URL, reason="DPO_DESK_TEST_PG is not set (see .ci/run)")
DPO_KEY = "the DPO's own team passphrase"
FIRST = "initial passphrase from the DPO"
OWN = "the assistant's own passphrase"
NO_TLS = "?sslmode=disable"  # the throw-away test server has no certificate


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _blob(conn: Connection, name: str) -> bytes:
    """The sealed bytes as the server stores them (what a dump shows)."""
    return bytes(conn.execute(select(SealedBlob.content).where(SealedBlob.name == name)).one()[0])


def test_a_member_joins_works_and_leaves_with_the_team_key(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    admin = make_engine(URL)
    with admin.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    server = make_url(URL).render_as_string(False)
    d = str(tmp_path)
    login = f"t_flow_{uuid.uuid4().hex[:8]}"
    as_assistant = make_url(URL).set(username=login).render_as_string(False)
    try:
        assert run(capsys, "--data-dir", d, "team", "init", "--server", server)[0] == 0
        monkeypatch.setattr("sys.stdin", io.StringIO(DPO_KEY + "\n"))
        code, out, err = run(
            capsys, "--data-dir", d, "team", "key-create", "--passphrase-stdin", "--server",
            server,
        )  # fmt: skip
        assert code == 0, err
        assert "created; you hold it" in out
        # a second key is refused: it would split the team's files in two
        monkeypatch.setattr("sys.stdin", io.StringIO(DPO_KEY + "\n"))
        code, _, err = run(
            capsys, "--data-dir", d, "team", "key-create", "--passphrase-stdin", "--server",
            server,
        )  # fmt: skip
        assert code == 1 and "already has a team key" in err

        monkeypatch.setenv("DPO_DESK_TEAM_PASSPHRASE", DPO_KEY)  # the DPO's desk unlocks
        monkeypatch.setattr("sys.stdin", io.StringIO(f"login-password\n{FIRST}\n"))
        code, out, err = run(
            capsys, "--data-dir", d, "team", "add-member", login, "--role", "assistant",
            "--password-stdin", "--server", server,
        )  # fmt: skip
        assert code == 0, err
        with admin.connect() as conn:
            assert conn.execute(
                select(MemberKeySlot.login).order_by(MemberKeySlot.login)
            ).scalars().all() == sorted(["postgres", login])

        # the assistant's desk: no slot opens with a wrong passphrase, then the initial one
        with pytest.raises(UserError, match="wrong passphrase"):
            open_team(as_assistant + NO_TLS, tmp_path / "a", ask_key=lambda: "not it at all")
        # the assistant replaces the DPO's initial passphrase with their own
        monkeypatch.setenv("DPO_DESK_TEAM_PASSPHRASE", FIRST)
        monkeypatch.setattr("sys.stdin", io.StringIO(OWN + "\n"))
        code, out, err = run(
            capsys, "--data-dir", d, "team", "key-passphrase", "--passphrase-stdin",
            "--server", as_assistant,
        )  # fmt: skip
        assert code == 0, err
        assert "now opens with your new passphrase" in out
        monkeypatch.setenv("DPO_DESK_TEAM_PASSPHRASE", DPO_KEY)
        desk = open_team(as_assistant + NO_TLS, tmp_path / "a", ask_key=lambda: OWN)
        try:
            ref = cases.add_case(
                desk,
                cases.NewCase(
                    name="Jeanne Martin", rights=["access"], received=desk.today(), channel="post"
                ),
            ).reference
            drafted = letters.generate(desk, ref, "acknowledgement", "en")
            with desk.db.read() as session:
                slot = session.get(MemberKeySlot, login)
                assert slot is not None
                held = tk.open_team_key(tk.unlocked(desk.db), slot.team_key, slot.key_id)
        finally:
            desk.db.dispose()
        with pytest.raises(UserError, match="wrong passphrase"):  # the initial one is gone
            open_team(as_assistant + NO_TLS, tmp_path / "a", ask_key=lambda: FIRST).db.dispose()

        # the DPO reads the assistant's letter; the server's row is not the PDF
        dpo = open_team(server + NO_TLS, tmp_path / "d", ask_key=lambda: DPO_KEY)
        try:
            _name, pdf = documents.read_document(dpo, drafted.document_id)
            assert pdf == drafted.pdf and pdf.startswith(b"%PDF")
        finally:
            dpo.db.dispose()
        with admin.connect() as conn:
            stored = conn.execute(
                select(Document.stored_name).where(Document.id == drafted.document_id)
            ).scalar_one()
            sealed = _blob(conn, stored)
        assert b"%PDF" not in sealed
        assert open_bytes(tk.files_sealer(held), sealed) == drafted.pdf  # what they held

        code, out, err = run(
            capsys, "--data-dir", d, "team", "remove-member", login, "--server", server
        )
        assert code == 0, err
        assert "Team key rotated" in out
        with admin.connect() as conn:
            resealed = _blob(conn, stored)
            assert conn.execute(select(MemberKeySlot.login)).scalars().all() == ["postgres"]
        with pytest.raises(DamagedError, match="another key"):  # what they held opens nothing
            open_bytes(tk.files_sealer(held), resealed)
        dpo = open_team(server + NO_TLS, tmp_path / "d", ask_key=lambda: DPO_KEY)
        try:
            assert documents.read_document(dpo, drafted.document_id)[1] == drafted.pdf
        finally:
            dpo.db.dispose()
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        admin.dispose()
