"""One DPO action, one transaction (issue 15), for the registers: an incident recorded,
its notice produced and sent, the purge of closed cases and of expired incidents. A
failure injected at the last step leaves nothing of the action, and its reads happen
inside its one write transaction."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from regtools import PDF, chain_ok, new_case
from txtools import Injected, assert_nothing_kept, count_sessions, fail_after, fail_on, snapshot

from dpo_desk.services import (
    documents,
    incident_actions,
    incident_docs,
    incident_retention,
    incidents,
    organisation,
    retention,
    workflow,
)
from dpo_desk.services.context import Context

PARIS = ZoneInfo("Europe/Paris")
AWARE = datetime(2026, 1, 30, 23, 59, tzinfo=PARIS)  # the fixtures' now is 2026-02-02


def _new(**kw: object) -> incidents.NewIncident:
    values: dict[str, object] = {
        "title": "Stolen laptop of the payroll officer",
        "aware_at": AWARE,
        "origin": "device-lost-or-stolen",
        "cause": "external-malicious",
        "people_count": 240,
        "data_categories": ["identity", "financial"],
    }
    values.update(kw)
    return incidents.NewIncident(**values)  # type: ignore[arg-type]


def test_add_incident_failing_at_its_last_step_keeps_nothing(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    organisation.update_profile(ctx, {"name": "Acme SAS"})
    before = snapshot(ctx)
    fail_after(monkeypatch, incidents, "add_incident_in")
    with pytest.raises(Injected):
        incidents.add_incident(ctx, _new())
    assert_nothing_kept(ctx, before)

    monkeypatch.undo()
    counts = count_sessions(monkeypatch, ctx)
    detail = incidents.add_incident(ctx, _new())
    assert counts == {"read": 0, "write": 1}  # before: the profile read 3 times first
    assert detail.summary.reference == "INC-2026-0001"


def test_producing_a_notice_failing_at_its_last_step_keeps_no_pdf(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    organisation.update_profile(ctx, {"name": "Acme SAS"})
    ref = incidents.add_incident(ctx, _new()).reference
    before = snapshot(ctx)
    fail_on(monkeypatch, "incident.document")
    with pytest.raises(Injected):
        incident_docs.produce(ctx, ref, "authority-summary", "en")
    assert_nothing_kept(ctx, before)  # the sealed PDF was deleted with the rollback

    monkeypatch.undo()
    counts = count_sessions(monkeypatch, ctx)
    info, pdf = incident_docs.produce(ctx, ref, "authority-summary", "en")
    assert counts == {"read": 0, "write": 1}  # before: 2 reads (incident, profile), 1 write
    assert incident_docs.read(ctx, info.id) == pdf


def test_sending_a_notice_failing_at_its_last_step_records_no_notice(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    organisation.update_profile(ctx, {"name": "Acme SAS"})
    ref = incidents.add_incident(ctx, _new()).reference
    info, _pdf = incident_docs.produce(ctx, ref, "authority-summary", "en")
    before = snapshot(ctx)
    fail_on(monkeypatch, "incident.document.sent")
    with pytest.raises(Injected):
        incident_docs.mark_sent(ctx, ref, info.id)
    assert_nothing_kept(ctx, before)  # no notice row, the document not frozen
    assert incidents.get_incident(ctx, ref).notices == ()

    monkeypatch.undo()
    counts = count_sessions(monkeypatch, ctx)
    detail = incident_docs.mark_sent(ctx, ref, info.id)
    assert counts == {"read": 0, "write": 1}  # before: the PDF checked in a read first
    assert [n.addressee for n in detail.notices] == ["authority"] and chain_ok(ctx)


def _closed_case_with_a_file(ctx: Context, tmp_path: Path) -> str:
    ref = new_case(ctx)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(PDF)
    documents.attach(ctx, ref, scan)
    workflow.transition(ctx, ref, "answered", "done")
    workflow.transition(ctx, ref, "closed", "reply given by phone")
    return ref


def test_retention_purge_failing_at_its_last_step_keeps_every_case_and_file(
    ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _closed_case_with_a_file(ctx, tmp_path)
    later = Context(
        db=ctx.db,
        data_dir=ctx.data_dir,
        actor="dpo",
        clock=lambda: ctx.now() + timedelta(days=6 * 365),
    )
    before = snapshot(later)
    fail_on(monkeypatch, "case.anonymise")
    with pytest.raises(Injected):
        retention.purge(later, vacuum=False)
    assert_nothing_kept(later, before)  # not anonymised, its file still in the vault

    monkeypatch.undo()
    counts = count_sessions(monkeypatch, later)
    report = retention.purge(later, vacuum=False)
    assert counts == {"read": 0, "write": 1}  # before: the retention period read first
    assert report.cases == 1 and report.documents == 1


def test_incident_retention_purge_failing_at_its_last_step_removes_nothing(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    organisation.update_profile(ctx, {"name": "Acme SAS"})
    old = incidents.add_incident(
        ctx, _new(aware_at=datetime(2020, 6, 1, 9, 0, tzinfo=PARIS), quebec_people=4)
    ).reference
    incident_actions.decide(ctx, old, False, "no risk: data encrypted")
    incident_docs.produce(ctx, old, "authority-summary", "en")
    incident_actions.close(ctx, old)
    before = snapshot(ctx)
    fail_on(monkeypatch, "incident.purge")
    with pytest.raises(Injected):
        incident_retention.purge(ctx, [old])
    assert_nothing_kept(ctx, before)  # the entry, its document row and its PDF remain

    monkeypatch.undo()
    counts = count_sessions(monkeypatch, ctx)
    assert incident_retention.purge(ctx, [old]) == 1
    assert counts == {"read": 0, "write": 1}  # before: what is expired read first
    assert incident_retention.expired(ctx) == []
