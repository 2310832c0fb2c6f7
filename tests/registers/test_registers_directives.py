"""Post-mortem directives and death notifications, end to end (Loi 78-17 art. 85)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from regtools import audit_ops, chain_ok, new_case
from sqlalchemy import select

from dpo_desk.errors import NotFound, UserError
from dpo_desk.services import cases, registers
from dpo_desk.services.context import Context
from dpo_desk.services.registers import csvio
from dpo_desk.store.models import DataSubject, Document


def _directive(ctx: Context, **changes: object) -> registers.NewDirective:
    fields: dict[str, object] = {
        "person_name": "Thérèse Lambert",
        "action": "communicate",
        "consent_evidence": "Signed form received by post, specific to these directives",
        "registered_on": date(2024, 3, 5),
        "person_email": "therese.lambert@example.fr",
        "person_birth_date": date(1941, 7, 14),
        "scope": "Order history and reviews",
        "instructions": "Send my order history to my daughter, then delete my account.",
        "designated_person": "Sophie Lambert",
        "designated_contact": "sophie.lambert@example.fr",
    }
    fields.update(changes)
    return registers.NewDirective(**fields)  # type: ignore[arg-type]


def test_consent_evidence_required(ctx: Context) -> None:
    for evidence in ("", "   "):
        with pytest.raises(UserError, match="specific consent, not mere acceptance of terms"):
            registers.add_directive(ctx, _directive(ctx, consent_evidence=evidence))
    with pytest.raises(UserError, match="designated person: required"):
        registers.add_directive(ctx, _directive(ctx, designated_person=""))
    with pytest.raises(UserError, match="action: unknown"):
        registers.add_directive(ctx, _directive(ctx, action="sell"))
    with pytest.raises(UserError, match="in the future"):
        registers.add_directive(ctx, _directive(ctx, registered_on=date(2026, 3, 1)))
    assert registers.list_directives(ctx) == []
    assert audit_ops(ctx) == []


def test_register_link_find_revoke(ctx: Context) -> None:
    new_case(ctx, name="Thérèse LAMBERT", email="Therese.Lambert@example.fr")
    d = registers.add_directive(ctx, _directive(ctx))
    assert d.subject_id is not None and d.active and d.action_label.startswith("Communicate")
    unlinked = registers.add_directive(
        ctx,
        _directive(
            ctx,
            person_name="Marcel Dufour",
            person_email="",
            action="delete",
            person_birth_date=None,
            designated_person="",
        ),
    )
    assert unlinked.subject_id is None

    assert [x.id for x in registers.find_directives(ctx, "therese lambert")] == [d.id]
    assert [x.id for x in registers.find_directives(ctx, "X", "THERESE.lambert@example.fr")] == [
        d.id
    ]
    assert registers.find_directives(ctx, "Thérèse Lambert", birth_date=date(1950, 1, 1)) == []
    assert [
        x.id
        for x in registers.find_directives(ctx, "Thérèse Lambert", birth_date=date(1941, 7, 14))
    ] == [d.id]
    with pytest.raises(UserError, match="name or an e-mail"):
        registers.find_directives(ctx, " ")

    revoked = registers.revoke_directive(ctx, d.id, date(2025, 6, 1), "Changed her mind")
    assert not revoked.active and revoked.revoked_on == date(2025, 6, 1)
    with pytest.raises(UserError, match="already revoked"):
        registers.revoke_directive(ctx, d.id)
    with pytest.raises(UserError, match="before the directive was registered"):
        registers.revoke_directive(ctx, unlinked.id, date(2020, 1, 1))
    with pytest.raises(NotFound):
        registers.revoke_directive(ctx, 999)
    # kept for history, found, but marked revoked
    assert [x.active for x in registers.find_directives(ctx, "Therese Lambert")] == [False]
    assert [x.id for x in registers.list_directives(ctx, include_revoked=False)] == [unlinked.id]
    assert audit_ops(ctx).count("directive.create") == 2
    assert "directive.revoke" in audit_ops(ctx)
    assert chain_ok(ctx)


def csvio_columns() -> tuple[str, ...]:
    from dpo_desk.services.registers.directives import CSV_COLUMNS

    return CSV_COLUMNS


def _documents(ctx: Context) -> list[Document]:
    with ctx.db.read() as session:
        return list(session.scalars(select(Document).order_by(Document.id)))


def test_death_with_directive_end_to_end(ctx: Context, evidence: dict[str, Path]) -> None:
    ref_old = new_case(
        ctx, name="Thérèse Lambert", email="therese.lambert@example.fr", rights=("rectification",)
    )
    d = registers.add_directive(ctx, _directive(ctx))
    revoked = registers.add_directive(
        ctx, _directive(ctx, action="keep", registered_on=date(2023, 1, 1))
    )
    registers.revoke_directive(ctx, revoked.id, date(2024, 3, 5))
    assert registers.marketing_allowed(ctx, "therese.lambert@example.fr")

    n = registers.notify_death(
        ctx,
        registers.DeathNotice(
            deceased_name="THERESE LAMBERT",
            deceased_email="",
            death_date=date(2026, 1, 10),
            notifier_name="Sophie Lambert",
            capacity="executor",
            notifier_contact="sophie.lambert@example.fr",
            requests=["execute-directives", "close-accounts"],
            death_certificate=evidence["death-certificate"],
            capacity_proof=evidence["capacity-proof"],
        ),
    )
    assert n.directive_ids == (d.id,)  # the revoked one is never executed
    assert n.flagged_cases == (ref_old,)
    assert n.missing_evidence == ()
    assert [e.kind for e in n.evidence] == ["death-certificate", "capacity-proof"]
    case = cases.get_case(ctx, n.case_reference)
    assert case.summary.rights == ("post-mortem",)
    assert case.subject_deceased and case.subject_id == n.subject_id
    assert cases.get_case(ctx, ref_old).summary.flagged == "subject deceased"
    with ctx.db.read() as session:
        subject = session.get(DataSubject, n.subject_id)
        assert subject is not None
        assert (subject.deceased, subject.deceased_on, subject.no_marketing) == (
            True,
            date(2026, 1, 10),
            True,
        )
    assert not registers.marketing_allowed(ctx, n.subject_id or 0)
    assert not registers.marketing_allowed(ctx, "Therese.Lambert@example.fr")
    assert registers.marketing_allowed(ctx, "someone.else@example.fr")

    with pytest.raises(UserError, match="not answered yet"):
        registers.purge_death_evidence(ctx, n.id)
    with pytest.raises(UserError, match="record what was done first"):
        registers.answer_heirs(ctx, n.id)
    with pytest.raises(UserError, match="not among those found"):
        registers.record_action(ctx, n.id, "kept-data", directive_id=revoked.id)
    with pytest.raises(UserError, match="detail: required"):
        registers.record_action(ctx, n.id, "communicated-data")
    registers.record_action(
        ctx, n.id, "communicated-data", "Order history sent to Sophie Lambert", directive_id=d.id
    )
    n = registers.record_action(ctx, n.id, "closed-accounts", "Customer account closed")
    assert [a["action"] for a in n.actions] == ["communicated-data", "closed-accounts"]

    reply = registers.answer_heirs(ctx, n.id)
    assert reply.answered_on == date(2026, 2, 2)
    assert reply.directive_found and reply.directives[0].designated_person == "Sophie Lambert"
    assert reply.notifier_capacity_label.startswith("Executor")
    assert reply.actions_done == (
        "2026-02-02: Data communicated — Order history sent to Sophie Lambert",
        "2026-02-02: Accounts closed — Customer account closed",
    )
    assert reply.request_labels[0] == "Execute the deceased's directives"
    assert cases.get_case(ctx, n.case_reference).summary.status == "answered"
    with pytest.raises(UserError, match="already answered"):
        registers.answer_heirs(ctx, n.id)
    with pytest.raises(UserError, match="record actions before answering"):
        registers.record_action(ctx, n.id, "other", "late")

    stored = [ctx.data_dir / "documents" / doc.stored_name for doc in _documents(ctx)]
    assert all(p.exists() for p in stored) and len(stored) == 2
    purged = registers.purge_death_evidence(ctx, n.id)
    assert not any(p.exists() for p in stored)
    assert purged.evidence_purged_at is not None
    assert all(e.purged_at is not None for e in purged.evidence)
    assert all(doc.original_name == "" and doc.sha256 for doc in _documents(ctx))
    again = registers.purge_death_evidence(ctx, n.id)  # safe to repeat
    assert again.evidence_purged_at == purged.evidence_purged_at
    # the facts remain
    facts = registers.get_notification(ctx, n.id)
    assert facts.actions == purged.actions and facts.directive_ids == (d.id,)
    assert registers.heirs_reply(ctx, n.id).actions_done == reply.actions_done
    ops = audit_ops(ctx)
    for op in (
        "subject.deceased",
        "death.notify",
        "case.flag",
        "death.evidence",
        "death.action",
        "death.answer",
        "document.purge",
        "death.purge-evidence",
    ):
        assert op in ops, op
    assert ops.count("document.purge") == 2
    assert chain_ok(ctx)


def test_death_without_directives_heirs_requests_only(
    ctx: Context, evidence: dict[str, Path]
) -> None:
    notice = registers.DeathNotice(
        deceased_name="Paul Inconnu",
        death_date=date(2026, 1, 2),
        notifier_name="Anne Inconnu",
        capacity="heir",
        requests=["close-accounts", "communicate-data"],
        death_certificate=evidence["death-certificate"],
    )
    with pytest.raises(UserError, match=r"communicate-data refused.*art\. 85 II"):
        registers.notify_death(ctx, notice)
    assert cases.list_cases(ctx) == [] and audit_ops(ctx) == []  # nothing opened

    for bad, message in [
        ({"capacity": "friend"}, "capacity: unknown"),
        ({"requests": ["dance"]}, "request 'dance': unknown"),
        ({"requests": []}, "requests: say what"),
        ({"death_date": date(2026, 5, 1)}, "in the future"),
        ({"capacity_proof": evidence["death-certificate"].with_name("missing.pdf")}, "cannot read"),
    ]:
        fields = {**notice.__dict__, "requests": ["close-accounts"], **bad}
        with pytest.raises(UserError, match=message):
            registers.notify_death(ctx, registers.DeathNotice(**fields))
    assert cases.list_cases(ctx) == []

    notice.requests = ["close-accounts", "object", "succession"]
    n = registers.notify_death(ctx, notice)
    assert n.directive_ids == () and n.flagged_cases == ()
    assert n.missing_evidence == ("capacity-proof",)
    n = registers.attach_death_evidence(ctx, n.id, evidence["capacity-proof"], "capacity-proof")
    assert n.missing_evidence == ()
    detail = cases.get_case(ctx, n.case_reference)
    assert detail.summary.subject_name == "Paul Inconnu" and detail.subject_deceased
    assert "Anne Inconnu (heir)" in detail.notes
    registers.record_action(ctx, n.id, "information-given", "List of open orders")
    reply = registers.answer_heirs(ctx, n.id)
    assert not reply.directive_found and reply.directives == ()
    assert registers.purge_death_evidence(ctx, n.id).evidence_purged_at is not None
    assert [p for p in (ctx.data_dir / "documents").iterdir()] == []
    assert [x.id for x in registers.list_notifications(ctx)] == [n.id]
    assert registers.list_notifications(ctx, open_only=True) == []
    assert chain_ok(ctx)


def test_directive_export_import_round_trip(ctx: Context, tmp_path: Path) -> None:
    d = registers.add_directive(ctx, _directive(ctx, scope="=all data"))
    registers.add_directive(
        ctx,
        _directive(
            ctx,
            person_name="Marcel Dufour",
            action="delete",
            person_email="",
            person_birth_date=None,
            designated_person="",
        ),
    )
    registers.revoke_directive(ctx, d.id, date(2025, 1, 1), "new directive coming")
    for fmt in ("csv", "json"):
        path = tmp_path / f"d.{fmt}"
        assert registers.export_directives(ctx, path) == 2
        assert registers.import_directives(ctx, path).unchanged == 2
    text = (tmp_path / "d.csv").read_text("utf-8-sig")
    assert "'=all data" in text
    before = [x.to_dict() for x in registers.list_directives(ctx)]

    header = ",".join(csvio_columns())
    bad = tmp_path / "bad.csv"
    bad.write_text(
        header + "\n"
        "New Person,,,2025-05-01,delete,,,,,Dedicated signed form,,\n"
        "Other Person,,,2025-05-01,delete,,,,,,,\n",
        "utf-8",
    )
    with pytest.raises(csvio.ImportRefused, match="line 3: consent evidence: required"):
        registers.import_directives(ctx, bad)
    bad.write_text(header + "\nNew Person,,1990-02-30,2025-05-01,delete,,,,,Form,,\n", "utf-8")
    with pytest.raises(csvio.ImportRefused, match="line 2: person_birth_date: '1990-02-30'"):
        registers.import_directives(ctx, bad)
    undo = tmp_path / "undo.csv"
    undo.write_text(text.replace("2025-01-01,new directive coming", ","), "utf-8")
    with pytest.raises(csvio.ImportRefused, match="cannot be undone"):
        registers.import_directives(ctx, undo)
    assert [x.to_dict() for x in registers.list_directives(ctx)] == before
    assert chain_ok(ctx)
