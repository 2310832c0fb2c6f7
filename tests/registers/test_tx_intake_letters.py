"""One DPO action, one transaction (issue 15), for the case side: the intake with its
files, attaching several files, a letter generated, sent and exported, an identity
request, the settings and the register export. A failure injected at the last step of
each leaves nothing of it: no case, no document row, no vault file, no audit entry."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from regtools import PDF, chain_ok, new_case
from txtools import (
    Injected,
    assert_nothing_kept,
    count_sessions,
    fail_after,
    fail_on,
    snapshot,
    vault_files,
)

from dpo_desk.errors import UserError
from dpo_desk.services import cases, documents, exports, identity, intake, letters, settings
from dpo_desk.services.context import Context
from dpo_desk.services.letters import archive


@pytest.fixture
def two_files(tmp_path: Path) -> list[tuple[Path, str]]:
    letter = tmp_path / "request-letter.pdf"
    letter.write_bytes(PDF)
    scan = tmp_path / "id-scan.pdf"
    scan.write_bytes(PDF.replace(b"1 0 obj", b"2 0 obj"))
    return [(letter, "attachment"), (scan, "id-evidence")]


def _request() -> cases.NewCase:
    return cases.NewCase(
        name="Jeanne Lefèvre",
        email="jeanne@example.fr",
        rights=["access"],
        received=date(2026, 1, 20),
        channel="email",
    )


def test_intake_with_two_files_is_one_write_transaction(
    ctx: Context, two_files: list[tuple[Path, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = count_sessions(monkeypatch, ctx)
    detail = intake.take_in_request(ctx, _request(), two_files)
    # before: add_case, then documents.attach once per file (3 writes)
    assert counts == {"read": 0, "write": 1}
    assert sorted(d.kind for d in detail.documents) == ["attachment", "id-evidence"]
    assert len(vault_files(ctx)) == 2 and chain_ok(ctx)


def test_intake_failing_after_its_last_file_keeps_no_case_row_or_file(
    ctx: Context, two_files: list[tuple[Path, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(ctx)
    calls = fail_after(monkeypatch, documents, "add_document", nth=2)
    with pytest.raises(Injected):
        intake.take_in_request(ctx, _request(), two_files)
    assert calls == [2]  # both files were sealed and their rows written, then it failed
    assert_nothing_kept(ctx, before)  # no case, no subject, no document, no file, no entry
    assert cases.list_cases(ctx) == []

    monkeypatch.undo()
    detail = intake.take_in_request(ctx, _request(), two_files)  # saved again, once
    assert detail.reference.endswith("-0001") and chain_ok(ctx)


def test_intake_with_a_refused_file_saves_nothing(
    ctx: Context, two_files: list[tuple[Path, str]], tmp_path: Path
) -> None:
    link = tmp_path / "link.pdf"
    link.symlink_to(two_files[0][0])
    before = snapshot(ctx)
    with pytest.raises(UserError, match="link"):
        intake.take_in_request(ctx, _request(), [two_files[0], (link, "attachment")])
    assert_nothing_kept(ctx, before)  # the first file, already sealed, was deleted again


def test_attach_files_is_all_or_none(
    ctx: Context, two_files: list[tuple[Path, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = new_case(ctx)
    before = snapshot(ctx)
    fail_after(monkeypatch, documents, "add_document", nth=2)
    with pytest.raises(Injected):
        documents.attach_files(ctx, ref, two_files)
    assert_nothing_kept(ctx, before)
    assert cases.get_case(ctx, ref).documents == []

    monkeypatch.undo()
    counts = count_sessions(monkeypatch, ctx)
    detail = documents.attach_files(ctx, ref, two_files)
    assert counts == {"read": 0, "write": 1}  # before: one write per file
    assert len(detail.documents) == 2


def test_letter_generate_failing_at_its_last_step_keeps_no_letter(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = new_case(ctx)
    before = snapshot(ctx)
    fail_after(monkeypatch, archive, "keep_letter")  # the row and its audit entry written
    with pytest.raises(Injected):
        letters.generate(ctx, ref, "acknowledgement", "en")
    assert_nothing_kept(ctx, before)  # no letter row, no sealed PDF, no entry

    monkeypatch.undo()
    counts = count_sessions(monkeypatch, ctx)
    letter = letters.generate(ctx, ref, "acknowledgement", "en")
    assert counts == {"read": 0, "write": 1}  # before: 2 reads (data, facts), 1 write
    assert [d.id for d in letters.letters_of(ctx, ref)] == [letter.document_id]


def test_letter_generate_refused_keeps_nothing(ctx: Context) -> None:
    ref = new_case(ctx)
    before = snapshot(ctx)
    with pytest.raises(UserError):
        letters.generate(ctx, ref, "extension", "en")  # no extension decided: not true now
    assert_nothing_kept(ctx, before)


def test_letter_export_is_one_transaction(
    ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = new_case(ctx)
    letter = letters.generate(ctx, ref, "acknowledgement", "en")
    counts = count_sessions(monkeypatch, ctx)
    out = letters.export_pdf(ctx, letter.document_id, tmp_path / "out.pdf")
    assert counts == {"read": 0, "write": 1}  # before: a read, then the audit write
    assert out.read_bytes() == letter.pdf


def test_identity_request_failing_at_its_last_step_leaves_the_case_as_it_was(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = new_case(ctx)
    before = snapshot(ctx)
    fail_on(monkeypatch, "identity.request")
    with pytest.raises(Injected):
        identity.request_identity(ctx, ref, "the e-mail differs from the one we know")
    assert_nothing_kept(ctx, before)  # no transition, no suspension, no check row
    assert cases.get_case(ctx, ref).summary.status == "received"

    monkeypatch.undo()
    counts = count_sessions(monkeypatch, ctx)
    identity.request_identity(ctx, ref, "the e-mail differs from the one we know")
    assert counts == {"read": 0, "write": 1}  # before: the policy read on its own
    assert cases.get_case(ctx, ref).summary.status == "awaiting-identity"


def test_settings_save_failing_at_its_last_step_changes_nothing(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.save(ctx, {"name": "Acme SAS"})
    before = snapshot(ctx)
    fail_on(monkeypatch, "organisation.update")
    with pytest.raises(Injected):
        settings.save(ctx, {"name": "Acme Group"}, settings={"retention_days": 400})
    assert_nothing_kept(ctx, before)

    monkeypatch.undo()
    counts = count_sessions(monkeypatch, ctx)
    snap = settings.save(ctx, {"name": "Acme Group"})
    assert counts == {"read": 0, "write": 1}  # before: the snapshot read again after
    assert snap.profile.name == "Acme Group"
    assert settings.get_snapshot(ctx) == snap  # what it returns is what was committed


def test_register_export_reads_one_snapshot_and_writes_once(
    ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One read (the snapshot streamed to the file, holding no writer's lock: minutes at
    a million cases), then one write (the audit entry, the file put in place); the count
    audited is the count written."""
    new_case(ctx)
    counts = count_sessions(monkeypatch, ctx)
    result = exports.export_requests(ctx, "csv", tmp_path / "register.csv")
    assert counts == {"read": 1, "write": 1}
    assert result.rows == 1
