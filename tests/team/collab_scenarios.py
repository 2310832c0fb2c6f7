"""Scenarios of working together, run on SQLite and on PostgreSQL (issue 16).

Each takes Contexts already open on the same store (two desks, two people) and asserts
what the second desk sees; ``test_collab.py`` runs them on SQLite, ``test_collab_pg.py``
on a PostgreSQL server.
"""

from __future__ import annotations

import json
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from dpo_desk.errors import UserError
from dpo_desk.services import (
    audit,
    cases,
    collab,
    letters,
    mail_reply,
    registers,
    settings,
    workflow,
)
from dpo_desk.services.case_list import timeline
from dpo_desk.services.context import Context
from dpo_desk.services.versions import ConflictError
from dpo_desk.store.models import AuditEvent, Case


def new_case(ctx: Context, name: str = "Élodie Lefèvre") -> str:
    new = cases.NewCase(
        name=name,
        rights=["access"],
        received=ctx.today() - timedelta(days=3),
        channel="email",
        email="e@example.fr",
    )
    return cases.add_case(ctx, new).reference


def ops(ctx: Context) -> list[tuple[str, str, dict]]:
    with ctx.db.read() as session:
        assert audit.verify(session).ok
        rows = session.scalars(select(AuditEvent).order_by(AuditEvent.id))
        return [(r.operation, r.actor, json.loads(r.summary or "{}")) for r in rows]


def case_conflict(first: Context, second: Context) -> None:
    """Both desks load the same case; the second save is refused with the first's change."""
    ref = new_case(first)
    loaded_first = cases.get_case(first, ref).summary.version
    loaded_second = cases.get_case(second, ref).summary.version
    assert loaded_first == loaded_second >= 1
    collab.assign_case(first, ref, first.actor, version=loaded_first)
    with pytest.raises(ConflictError) as caught:
        collab.assign_case(second, ref, second.actor, version=loaded_second)
    exc = caught.value
    assert exc.other is not None
    assert exc.other.actor == first.actor
    assert exc.other.fields == ("assigned_to",)
    assert first.actor in str(exc) and "(changed: assigned to)" in str(exc)
    assert "nothing of yours was written" in str(exc)
    # when, in the reader's language and the organisation's time zone (not an ISO stamp)
    local = exc.other.at.astimezone(ZoneInfo(second.timezone))
    assert f"at {local:%H:%M}" in str(exc) and f"à {local:%H:%M}" in exc.render("fr")
    assert str(local.year) in exc.render("fr") and "-" + f"{local:%m}" + "-" not in str(exc)
    # the first change is kept, nothing overwritten
    kept = cases.get_case(second, ref).summary
    assert kept.assigned_to == first.actor
    assert kept.version == exc.current_version == loaded_first + 1
    assert [o for o, _a, _s in ops(first)].count("case.assign") == 1
    # knowingly saving again over it (with the version now stored) is allowed
    collab.assign_case(second, ref, second.actor, version=exc.current_version)
    assert cases.get_case(first, ref).summary.assigned_to == second.actor


def conflict_after_a_status_change(first: Context, second: Context) -> None:
    """The other change is the last one to the case's row: a status change, not the
    letter written after it (a letter leaves the row as it is)."""
    ref = new_case(first)
    loaded = cases.get_case(second, ref).summary.version
    workflow.transition(first, ref, "in-progress")
    letters.generate(first, ref, "acknowledgement", "en")
    with pytest.raises(ConflictError) as caught:
        collab.assign_case(second, ref, second.actor, version=loaded)
    assert caught.value.other is not None
    assert caught.value.other.operation == "case.transition"
    assert "(changed: status)" in str(caught.value)
    assert cases.get_case(first, ref).summary.assigned_to == ""


def recipient_conflict(first: Context, second: Context) -> None:
    """A register row: the second person's typed change is refused, the first's kept."""
    registers.add_recipient(first, registers.NewRecipient("Payroll", "internal", "pays"))
    mine = registers.get_recipient(first, "Payroll")
    theirs = registers.get_recipient(second, "Payroll")
    registers.update_recipient(
        first,
        "Payroll",
        registers.NewRecipient("Payroll", "internal", "pays salaries"),
        version=mine.version,
    )
    with pytest.raises(ConflictError) as caught:
        registers.update_recipient(
            second,
            "Payroll",
            registers.NewRecipient("Payroll", "internal", "pays", country="DE"),
            version=theirs.version,
        )
    assert caught.value.other is not None
    assert caught.value.other.actor == first.actor
    assert caught.value.other.fields == ("service",)
    now = registers.get_recipient(second, "Payroll")
    assert (now.service, now.country) == ("pays salaries", "FR")
    assert now.version == theirs.version + 1


def my_cases(alice: Context, bob: Context) -> None:
    """'My cases' lists the cases assigned to the person at the desk, no one else's."""
    refs = [new_case(alice, f"Person {i}") for i in range(3)]
    collab.assign_case(alice, refs[0], alice.actor)
    collab.assign_case(alice, refs[2], bob.actor)
    mine = cases.list_cases(alice, cases.CaseFilter(assigned_to=alice.actor))
    assert [c.reference for c in mine] == [refs[0]]
    theirs = cases.list_cases(bob, cases.CaseFilter(assigned_to=bob.actor))
    assert [(c.reference, c.assigned_to) for c in theirs] == [(refs[2], bob.actor)]
    collab.assign_case(alice, refs[2], None)  # unassigned: on nobody's list
    assert cases.list_cases(bob, cases.CaseFilter(assigned_to=bob.actor)) == []
    entries = [e for e in timeline(alice, refs[2]) if e.operation == "case.assign"]
    assert [e.details["assigned_to"]["to"] for e in entries] == [bob.actor, ""]


def four_eyes(dpo: Context, deputy: Context, assistant: Context) -> None:
    """A letter drafted by one person is marked sent only after another DPO/deputy
    approved it; both names are in the audit, the timeline and the letters list."""
    settings.save(dpo, profile={"name": "Mairie de Lyon"}, settings={"four_eyes": True})
    ref = new_case(assistant)
    drafted = letters.generate(assistant, ref, "acknowledgement", "en")
    with pytest.raises(UserError, match="not approved yet") as refused:
        letters.mark_sent(dpo, drafted.document_id)
    assert assistant.actor in str(refused.value)
    # nor by e-mail: refused before the message can leave (nothing written, nothing sent)
    folder = dpo.data_dir / "eml-out"
    with pytest.raises(UserError, match="not approved yet"):
        mail_reply.write_eml(
            dpo, mail_reply.MailDraft(drafted.document_id, "e@example.fr", "S", "B"), folder
        )
    assert not list(folder.glob("*.eml")) if folder.exists() else True
    assert letters.letters_of(dpo, ref)[0].email_state == ""
    with pytest.raises(UserError, match="only a DPO or a deputy"):
        letters.approve_letter(assistant, drafted.document_id)
    own = letters.generate(deputy, ref, "acknowledgement", "fr")
    with pytest.raises(UserError, match="you drafted letter"):
        letters.approve_letter(deputy, own.document_id)
    approved = letters.approve_letter(deputy, drafted.document_id)
    assert (approved.drafted_by, approved.approved_by) == (assistant.actor, deputy.actor)
    with pytest.raises(UserError, match="already approved by"):
        letters.approve_letter(dpo, drafted.document_id)
    sent = letters.mark_sent(dpo, drafted.document_id, sent_on=dpo.today())
    assert sent.sent_at is not None
    with pytest.raises(UserError, match="not approved yet"):  # the deputy's own draft
        letters.mark_sent(dpo, own.document_id)
    trail = ops(dpo)
    approve = [(a, s) for o, a, s in trail if o == "letter.approve"]
    assert len(approve) == 1
    assert approve[0][0] == deputy.actor
    assert approve[0][1]["drafted_by"] == assistant.actor
    sent_entry = [(a, s) for o, a, s in trail if o == "letter.sent"]
    assert sent_entry[0][0] == dpo.actor
    assert sent_entry[0][1]["drafted_by"] == assistant.actor
    assert sent_entry[0][1]["approved_by"] == deputy.actor
    line = [e for e in timeline(dpo, ref) if e.operation == "letter.approve"]
    assert line[0].actor == deputy.actor and line[0].details["drafted_by"] == assistant.actor
    listed = {d.id: d for d in letters.letters_of(assistant, ref)}
    assert listed[drafted.document_id].approved_by == deputy.actor
    assert listed[own.document_id].drafted_by == deputy.actor
    assert listed[own.document_id].approved_by == ""


def version_moves_with_every_change(ctx: Context) -> None:
    """Any save of the case (not only through a versioned service) raises its version,
    so a window holding the older one is told."""
    ref = new_case(ctx)
    with ctx.db.write() as session:
        case = session.scalars(select(Case).where(Case.reference == ref)).one()
        before = case.version
        case.notes = "called back"
    with ctx.db.read() as session:
        assert session.scalars(select(Case.version).where(Case.reference == ref)).one() == (
            before + 1
        )
