"""GDPR Art. 19: the confirmation names only the recipients recorded as told for the case."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from dpo_desk.errors import UserError
from dpo_desk.services import cases, letters, workflow
from dpo_desk.services.registers.notices import recipient_notices, record_notices
from dpo_desk.services.registers.recipients import NewRecipient, add_recipient
from dpo_desk.store.models import AuditEvent
from tests.letters._pdf import flat, pdf_text


def _case(ctx, rights=("erasure",)) -> str:
    ref = cases.add_case(
        ctx,
        cases.NewCase(
            name="Anne Roy",
            rights=list(rights),
            received=date(2026, 1, 26),
            channel="post",
            address="1 rue Basse\n75002 Paris",
        ),
    ).reference
    workflow.transition(ctx, ref, "in-progress")
    return ref


def test_confirmation_names_only_the_recipients_told(ctx) -> None:
    told = add_recipient(ctx, NewRecipient(name="Colis Express SARL", category="processor"))
    add_recipient(ctx, NewRecipient(name="Banque Nord SA", category="third-party"))
    ref = _case(ctx)
    view = record_notices(ctx, ref, [told.id], date(2026, 1, 30), note="e-mail to support")
    assert [(i.name, i.notified_on) for i in view.notified] == [
        ("Colis Express SARL", date(2026, 1, 30))
    ]
    assert len(view.items) == 2 and view.applies
    text = flat(pdf_text(letters.generate(ctx, ref, "confirmation", "fr").pdf))
    assert "Colis Express SARL" in text and "(article 19 du RGPD)" in text
    assert "Banque Nord SA" not in text
    with ctx.db.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.operation == "case.recipients_notified")
        ).one()
        assert json.loads(event.summary)["after"] == ["Colis Express SARL"]


def test_nothing_recorded_names_no_recipient(ctx) -> None:
    add_recipient(ctx, NewRecipient(name="Banque Nord SA", category="third-party"))
    ref = _case(ctx)
    text = flat(pdf_text(letters.generate(ctx, ref, "confirmation", "en").pdf))
    assert "Banque Nord SA" not in text and "their list on request" in text


def test_a_second_record_keeps_the_first_day_and_can_remove(ctx) -> None:
    a = add_recipient(ctx, NewRecipient(name="Colis Express SARL", category="processor"))
    b = add_recipient(ctx, NewRecipient(name="Banque Nord SA", category="third-party"))
    ref = _case(ctx)
    record_notices(ctx, ref, [a.id], date(2026, 1, 28))
    view = record_notices(ctx, ref, [a.id, b.id], date(2026, 2, 1))
    assert {i.name: i.notified_on for i in view.notified} == {
        "Colis Express SARL": date(2026, 1, 28),
        "Banque Nord SA": date(2026, 2, 1),
    }
    view = record_notices(ctx, ref, [b.id])
    assert [i.name for i in view.notified] == ["Banque Nord SA"]
    assert [i.name for i in recipient_notices(ctx, ref).notified] == ["Banque Nord SA"]


def test_refusals(ctx) -> None:
    a = add_recipient(ctx, NewRecipient(name="Colis Express SARL", category="processor"))
    access = _case(ctx, ("access",))
    with pytest.raises(UserError, match="only of a rectification, an erasure or a restriction"):
        record_notices(ctx, access, [a.id])
    ref = _case(ctx)
    with pytest.raises(UserError, match="in the future"):
        record_notices(ctx, ref, [a.id], date(2026, 3, 1))
    with pytest.raises(UserError, match="before the request was received"):
        record_notices(ctx, ref, [a.id], date(2026, 1, 2))
    with pytest.raises(UserError, match="no recipient with id 999"):
        record_notices(ctx, ref, [999])
    assert recipient_notices(ctx, ref).notified == ()
