"""The register complete (GDPR Art. 30(1), CNIL model): measures list (Art. 32), parties
(Art. 26, 28), department, DPIA screening (Art. 35, WP248), reviews, TIAs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from regtools import audit_ops, chain_ok

from dpo_desk.errors import UserError
from dpo_desk.services import registers
from dpo_desk.services.context import Context

ORDERS = "Customer orders and delivery"


def _details(**kw: object) -> registers.ActivityDetails:
    base = registers.ActivityDetails(
        department="Sales",
        parties=[registers.Party("processor", "Atlas Contact Center SARL", date(2023, 3, 1), True)],
        dpia_criteria=["large-scale", "evaluation"],
        dpia_done_on=date(2024, 5, 2),
        dpia_link="https://intranet/dpia/orders",
        last_review_on=date(2025, 11, 3),
        next_review_on=date(2026, 11, 3),
        measures=["Access control", "Encrypted backups"],
    )
    return replace(base, **kw)  # type: ignore[arg-type]


@pytest.fixture
def measured(seeded: Context) -> Context:
    registers.add_measure(
        seeded, registers.NewMeasure("Access control", "access", "Named accounts, least privilege")
    )
    registers.add_measure(seeded, registers.NewMeasure("Encrypted backups", "backup"))
    return seeded


def _with_details(ctx: Context, details: registers.ActivityDetails) -> registers.NewActivity:
    act = registers.get_activity(ctx, ORDERS)
    return registers.NewActivity(
        name=act.name,
        purposes=act.purposes,
        legal_basis=act.legal_basis,
        data_categories=list(act.data_categories),
        subject_categories=list(act.subject_categories),
        recipients=list(act.recipients),
        details=details,
    )


def test_details_saved_and_read_back(measured: Context) -> None:
    registers.update_activity(measured, ORDERS, _with_details(measured, _details()))
    got = registers.get_activity(measured, ORDERS)
    assert got.department == "Sales"
    assert got.measures == ("Access control", "Encrypted backups")
    assert got.parties[0] == {
        "role": "processor",
        "name": "Atlas Contact Center SARL",
        "contract_on": "2023-03-01",
        "clauses_checked": True,
    }
    assert got.dpia_criteria == ("evaluation", "large-scale")
    assert got.dpia_likely_needed is True
    assert (got.last_review_on, got.next_review_on) == (date(2025, 11, 3), date(2026, 11, 3))
    assert audit_ops(measured)[-1] == "activity.update"
    assert chain_ok(measured)
    assert [m.activities for m in registers.list_measures(measured)] == [1, 1]


def test_one_criterion_is_not_enough(measured: Context) -> None:
    registers.update_activity(
        measured, ORDERS, _with_details(measured, _details(dpia_criteria=["sensitive"]))
    )
    assert registers.get_activity(measured, ORDERS).dpia_likely_needed is False


@pytest.mark.parametrize(
    "bad",
    [
        {"measures": ["Shredding"]},
        {"dpia_criteria": ["astrology"]},
        {"next_review_on": date(2025, 1, 1)},
        {"dpia_done_on": date(2030, 1, 1)},
        {"parties": [registers.Party("landlord", "X")]},
        {"parties": [registers.Party("processor", "X"), registers.Party("processor", "X")]},
    ],
)
def test_bad_details_refused_nothing_changed(measured: Context, bad: dict[str, object]) -> None:
    before = registers.get_activity(measured, ORDERS)
    with pytest.raises(UserError):
        registers.update_activity(measured, ORDERS, _with_details(measured, _details(**bad)))
    assert registers.get_activity(measured, ORDERS) == before


def test_measure_in_use_cannot_be_deleted_then_can(measured: Context) -> None:
    registers.update_activity(measured, ORDERS, _with_details(measured, _details()))
    with pytest.raises(UserError, match="applied to"):
        registers.delete_measure(measured, "Access control")
    registers.update_activity(
        measured, ORDERS, _with_details(measured, _details(measures=["Encrypted backups"]))
    )
    registers.delete_measure(measured, "Access control")
    assert [m.name for m in registers.list_measures(measured)] == ["Encrypted backups"]


def test_rename_measure_follows_activities(measured: Context) -> None:
    registers.update_activity(measured, ORDERS, _with_details(measured, _details()))
    registers.update_measure(
        measured, "Access control", registers.NewMeasure("Access control (RBAC)", "access")
    )
    assert "Access control (RBAC)" in registers.get_activity(measured, ORDERS).measures
    with pytest.raises(UserError, match="already exists"):
        registers.add_measure(measured, registers.NewMeasure("Encrypted backups"))


def test_transfer_impact_assessment(measured: Context) -> None:
    transfer = registers.get_recipient(measured, "Atlas Contact Center SARL").transfers[0]
    view = registers.set_transfer_tia(
        measured, transfer.id, "2025-09-01", "SCC sufficient with encryption in transit"
    )
    assert view.tia_on == date(2025, 9, 1)
    assert "encryption" in view.tia_conclusion
    assert audit_ops(measured)[-1] == "transfer.tia"
    with pytest.raises(UserError):
        registers.set_transfer_tia(measured, transfer.id, None, "a conclusion without a date")
