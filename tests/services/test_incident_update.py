"""Completing an incident after intake (GDPR Art. 33(4): information in phases): the
changes are saved in one transaction, audited with the before and after of the changed
fields only; a refusal changes nothing; a closed incident and the awareness instant stay
as they are."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from dpo_desk.errors import NotFound, UserError
from dpo_desk.services import cases, incident_actions, incidents
from dpo_desk.services.context import Context
from dpo_desk.services.incident_update import update_incident
from dpo_desk.services.registers.recipient_rules import NewRecipient
from dpo_desk.services.registers.recipients import add_recipient
from dpo_desk.store.models import AuditEvent

PARIS = ZoneInfo("Europe/Paris")
AWARE = datetime(2026, 1, 30, 23, 59, tzinfo=PARIS)


def _add(ctx: Context, **kw: object) -> str:
    values: dict[str, object] = {
        "title": "Stolen laptop",
        "aware_at": AWARE,
        "origin": "device-lost-or-stolen",
        "people_count": 240,
    }
    values.update(kw)
    return incidents.add_incident(ctx, incidents.NewIncident(**values)).reference  # type: ignore[arg-type]


def _updates(ctx: Context, ref: str) -> list[dict[str, dict[str, object]]]:
    with ctx.db.read() as session:
        return [
            json.loads(s)
            for s in session.scalars(
                select(AuditEvent.summary)
                .where(AuditEvent.record_ref == ref, AuditEvent.operation == "incident.update")
                .order_by(AuditEvent.id)
            )
        ]


def test_facts_arrive_later_and_are_audited_before_after(ctx: Context) -> None:
    ref = _add(ctx)
    add_recipient(ctx, NewRecipient(name="PayCloud SAS", category="processor"))
    case = cases.add_case(
        ctx,
        cases.NewCase(
            name="Jean Dupont",
            rights=["complaint"],
            received=datetime(2026, 2, 1, tzinfo=UTC),
            channel="email",
        ),
    )
    end = datetime(2026, 1, 30, 18, 0, tzinfo=PARIS)
    d = update_incident(
        ctx,
        ref,
        {
            "people_count": 310,
            "records_count": 1200,
            "consequences": "Phishing likely",
            "measures_taken": "Accounts blocked",
            "measures_proposed": "Disk encryption",
            "person_advice": "Watch your bank statements",
            "occurred_to": end,
            "recipients": ["PayCloud SAS"],
            "cases": [case.reference.lower()],
            "title": "Stolen laptop",  # unchanged: not audited
        },
    )
    assert d.summary.people_count == 310 and d.records_count == 1200
    assert d.consequences == "Phishing likely" and d.measures_taken == "Accounts blocked"
    assert d.person_advice == "Watch your bank statements" and d.occurred_to == end
    assert d.recipients == ("PayCloud SAS",) and d.cases == (case.reference,)
    assert incidents.get_incident(ctx, ref).measures_proposed == "Disk encryption"
    (entry,) = _updates(ctx, ref)
    assert set(entry["after"]) == {
        "people_count",
        "records_count",
        "consequences",
        "measures_taken",
        "measures_proposed",
        "person_advice",
        "occurred_to",
        "recipients",
        "cases",
    }
    assert entry["before"]["people_count"] == 240 and entry["after"]["people_count"] == 310
    assert entry["before"]["consequences"] == "" and entry["before"]["recipients"] == []
    assert entry["after"]["cases"] == [case.reference]
    # The clock is the intake's, untouched.
    assert d.summary.aware_at == AWARE.astimezone(UTC)
    # Nothing differs: nothing written, no audit entry.
    update_incident(ctx, ref, {"people_count": 310, "consequences": "Phishing likely"})
    assert len(_updates(ctx, ref)) == 1
    # A count can be cleared; a long text is shortened in the audit entry only.
    long = "x" * 5000
    d = update_incident(ctx, ref, {"records_count": None, "circumstances": long})
    assert d.records_count is None and d.circumstances == long
    last = _updates(ctx, ref)[-1]
    assert last["after"]["records_count"] is None
    assert len(str(last["after"]["circumstances"])) == 201


def test_refusals_change_nothing(ctx: Context) -> None:
    ref = _add(ctx)
    before = incidents.get_incident(ctx, ref)
    refused = [
        ({"origin": "aliens", "consequences": "lost"}, UserError, "unknown origin 'aliens'"),
        ({"people_count": -3}, UserError, "the number of people must be a number"),
        ({"title": "  "}, UserError, "title"),
        (
            {"occurred_from": datetime(2026, 2, 1, tzinfo=UTC)},
            UserError,
            "cannot start after the organisation became aware",
        ),
        (
            {
                "occurred_from": datetime(2026, 1, 29, tzinfo=UTC),
                "occurred_to": datetime(2026, 1, 28, tzinfo=UTC),
            },
            UserError,
            "end before it starts",
        ),
        ({"occurred_to": datetime(2026, 1, 29, 12, 0)}, UserError, "time zone"),
        ({"recipients": ["Nobody"], "people_count": 9}, NotFound, "no recipient"),
        (
            {"aware_at": datetime(2026, 1, 29, tzinfo=UTC)},
            UserError,
            "awareness instant stays as recorded",
        ),
        ({"due_at": datetime(2026, 1, 29, tzinfo=UTC)}, UserError, "due_at: not a field"),
        ({"gdpr": False}, UserError, "falls under the GDPR, the Quebec act, or both"),
        ({}, UserError, "nothing to change"),
    ]
    for changes, kind, message in refused:
        with pytest.raises(kind, match=message):
            update_incident(ctx, ref, changes)
    assert incidents.get_incident(ctx, ref) == before
    assert _updates(ctx, ref) == []
    with pytest.raises(NotFound, match="no incident with reference INC-2026-0099"):
        update_incident(ctx, "INC-2026-0099", {"people_count": 1})


def test_a_closed_incident_is_refused(ctx: Context) -> None:
    ref = _add(ctx)
    incident_actions.decide(ctx, ref, False, "encrypted disk")
    incident_actions.close(ctx, ref)
    with pytest.raises(UserError, match=f"{ref} is closed; a closed incident can no longer"):
        update_incident(ctx, ref, {"consequences": "none"})
    assert incidents.get_incident(ctx, ref).consequences == ""
    assert _updates(ctx, ref) == []


def test_people_in_quebec_bring_the_quebec_act_and_its_retention(ctx: Context) -> None:
    ref = _add(ctx)
    assert not incidents.get_incident(ctx, ref).summary.quebec
    d = update_incident(ctx, ref, {"quebec_people": 12})
    assert d.summary.quebec and d.quebec_people == 12
    assert d.keep_until is not None and d.keep_until.isoformat() == "2031-01-30"
    (entry,) = _updates(ctx, ref)
    assert entry["before"] == {"quebec_people": None, "quebec": False, "keep_until": None}
    assert entry["after"]["keep_until"] == "2031-01-30"
    # Once assessed under the Quebec act, the incident stays under it.
    incident_actions.assess(
        ctx,
        ref,
        qc_sensitivity="high",
        qc_consequences="medium",
        qc_likelihood="high",
        qc_serious=True,
        qc_reasons="bank data",
    )
    with pytest.raises(UserError, match="stays under the Quebec act"):
        update_incident(ctx, ref, {"quebec": False})
