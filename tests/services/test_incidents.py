"""The incident register through the services: intake with its clock, links, assessment,
notices, decisions, audit in the same transaction, export, and the trip through a backup."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from dpo_desk import backup
from dpo_desk.errors import NotFound, UserError
from dpo_desk.services import cases, incident_actions, incidents, organisation
from dpo_desk.services.context import Context
from dpo_desk.services.registers.recipient_rules import NewRecipient
from dpo_desk.services.registers.recipients import add_recipient
from dpo_desk.store.models import AuditEvent, Incident
from dpo_desk.store.opening import open_store

PARIS = ZoneInfo("Europe/Paris")
# FIXED_NOW of the fixtures is 2026-02-02 10:00 UTC.
AWARE = datetime(2026, 1, 30, 23, 59, tzinfo=PARIS)


def _new(**kw: object) -> incidents.NewIncident:
    values: dict[str, object] = {
        "title": "Stolen laptop of the payroll officer",
        "aware_at": AWARE,
        "origin": "device-lost-or-stolen",
        "cause": "external-malicious",
        "people_count": 240,
        "data_categories": ["identity", "financial", "health"],
    }
    values.update(kw)
    return incidents.NewIncident(**values)  # type: ignore[arg-type]


def _ops(ctx: Context, ref: str) -> list[str]:
    with ctx.db.read() as session:
        return list(
            session.scalars(
                select(AuditEvent.operation)
                .where(AuditEvent.record_ref == ref)
                .order_by(AuditEvent.id)
            )
        )


def test_intake_records_the_clock_and_a_reference(ctx: Context) -> None:
    d = incidents.add_incident(ctx, _new())
    assert d.reference == "INC-2026-0001"
    assert d.summary.due_at == AWARE.astimezone(UTC) + timedelta(hours=72)
    assert d.reading == "elapsed" and d.summary.clock_running
    assert d.sensitive == ("financial", "health")
    assert d.keep_until is None  # GDPR only: no legal minimum
    assert incidents.add_incident(ctx, _new(title="second")).reference == "INC-2026-0002"
    assert _ops(ctx, "INC-2026-0001") == ["incident.create"]


def test_the_organisation_reading_is_used_and_recorded(ctx: Context) -> None:
    organisation.update_profile(ctx, {"name": "Acme SAS"}, readings={"breach_hours": "reg-1182-71"})
    d = incidents.add_incident(ctx, _new())
    assert d.reading == "reg-1182-71"
    # 23:59 CET: the hour of awareness is left out, 72 hours from midnight.
    assert d.summary.due_at == datetime(2026, 2, 3, 0, 0, tzinfo=PARIS).astimezone(UTC)
    assert "leaves out the hour of awareness" in d.explanation[1]["text_en"]


def test_links_to_recipients_and_cases(ctx: Context) -> None:
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
    d = incidents.add_incident(
        ctx, _new(recipients=["PayCloud SAS"], cases=[case.reference], reporter="processor")
    )
    assert d.recipients == ("PayCloud SAS",) and d.cases == (case.reference,)


def test_refusals_change_nothing(ctx: Context) -> None:
    with pytest.raises(NotFound, match="no recipient or processor named 'Nobody'"):
        incidents.add_incident(ctx, _new(recipients=["Nobody"]))
    with pytest.raises(UserError, match="unknown origin 'aliens'"):
        incidents.add_incident(ctx, _new(origin="aliens"))
    with pytest.raises(UserError, match="in the future"):
        incidents.add_incident(ctx, _new(aware_at=datetime(2026, 3, 1, tzinfo=UTC)))
    with pytest.raises(UserError, match="time zone or a UTC offset"):
        incidents.add_incident(ctx, _new(aware_at=datetime(2026, 1, 30, 12, 0)))
    with ctx.db.read() as session:
        assert session.scalar(select(func.count(Incident.id))) == 0
        assert (
            session.scalar(
                select(func.count(AuditEvent.id)).where(AuditEvent.operation.like("incident.%"))
            )
            == 0
        )


def test_assess_notify_and_phased_notices(ctx: Context) -> None:
    ref = incidents.add_incident(ctx, _new()).reference
    d = incident_actions.assess(ctx, ref, "high", "health data, no encryption")
    assert d.summary.risk_level == "high" and d.risk_reasons == "health data, no encryption"
    sent = AWARE + timedelta(hours=30)
    d = incident_actions.record_notice(
        ctx, ref, "authority", sent, "initial", channel="CNIL online service"
    )
    assert not d.summary.clock_running and d.summary.decision == "notify"
    assert d.summary.authority_notified_at == sent.astimezone(UTC)
    with pytest.raises(UserError, match="already sent"):
        incident_actions.record_notice(ctx, ref, "authority", sent, "initial")
    d = incident_actions.record_notice(
        ctx, ref, "authority", sent + timedelta(hours=20), "complementary"
    )
    d = incident_actions.record_notice(ctx, ref, "persons", sent + timedelta(hours=21))
    assert [(n.addressee, n.kind) for n in d.notices] == [
        ("authority", "initial"),
        ("authority", "complementary"),
        ("persons", ""),
    ]
    assert _ops(ctx, ref) == [
        "incident.create",
        "incident.assess",
        "incident.notice",
        "incident.notice",
        "incident.notice",
    ]


def test_late_notice_requires_reasons(ctx: Context) -> None:
    ref = incidents.add_incident(
        ctx, _new(aware_at=datetime(2026, 1, 20, 9, 0, tzinfo=PARIS))
    ).reference
    late = datetime(2026, 1, 24, 9, 0, tzinfo=PARIS)
    with pytest.raises(UserError, match="reasons for the delay are required"):
        incident_actions.record_notice(ctx, ref, "authority", late)
    assert incidents.get_incident(ctx, ref).notices == ()
    d = incident_actions.record_notice(
        ctx, ref, "authority", late, delay_reasons="the processor told us on day 3"
    )
    assert d.notices[0].late and d.notices[0].delay_reasons.startswith("the processor")


def test_decision_not_to_notify_needs_reasons_and_stops_the_clock(ctx: Context) -> None:
    ref = incidents.add_incident(ctx, _new()).reference
    with pytest.raises(UserError, match="before closing"):
        incident_actions.close(ctx, ref)
    with pytest.raises(UserError, match="reasons for not notifying"):
        incident_actions.decide(ctx, ref, False, "")
    d = incident_actions.decide(ctx, ref, False, "encrypted disk, key not on the device")
    assert d.summary.decision == "no-notify" and not d.summary.clock_running
    assert incident_actions.close(ctx, ref).summary.status == "closed"


def test_quebec_entry_kept_five_years_and_its_own_clock(ctx: Context) -> None:
    d = incidents.add_incident(ctx, _new(quebec_people=12))
    assert d.summary.quebec and d.summary.quebec_running
    assert d.keep_until is not None and d.keep_until.isoformat() == "2031-01-30"
    d = incident_actions.assess(
        ctx,
        d.reference,
        qc_sensitivity="high",
        qc_consequences="medium",
        qc_likelihood="high",
        qc_serious=True,
        qc_reasons="banking data in clear",
    )
    assert d.summary.qc_serious and d.qc_sensitivity == "high"
    d = incident_actions.record_notice(ctx, d.reference, "cai", ctx.now())
    assert not d.summary.quebec_running
    gdpr_only = incidents.add_incident(ctx, _new())
    with pytest.raises(UserError, match="does not fall under the Quebec act"):
        incident_actions.record_notice(ctx, gdpr_only.reference, "cai", ctx.now())


def test_running_clocks_come_first(ctx: Context) -> None:
    done = incidents.add_incident(
        ctx, _new(title="old, decided", aware_at=datetime(2026, 1, 1, tzinfo=PARIS))
    )
    incident_actions.decide(ctx, done.reference, False, "no personal data after all")
    later = incidents.add_incident(ctx, _new(title="later", aware_at=AWARE))
    sooner = incidents.add_incident(ctx, _new(title="sooner", aware_at=AWARE - timedelta(hours=5)))
    rows = incidents.list_incidents(ctx)
    assert [r.reference for r in rows] == [sooner.reference, later.reference, done.reference]
    running = incidents.list_incidents(ctx, incidents.IncidentFilter(running_only=True))
    assert done.reference not in [r.reference for r in running]


def test_export_of_the_register_is_inert_in_a_spreadsheet(ctx: Context, tmp_path: Path) -> None:
    ref = incidents.add_incident(
        ctx, _new(title='=HYPERLINK("http://x")', quebec_people=2)
    ).reference
    incident_actions.assess(ctx, ref, "risk", "contact data")
    out = tmp_path / "register.csv"
    res = incident_actions.export_register(ctx, "csv", out)
    assert res.rows == 1
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))
    assert rows[0]["reference"] == ref and rows[0]["title"].startswith("'=")
    assert rows[0]["risk_reasons"] == "contact data" and rows[0]["keep_until"] == "2031-01-30"
    xlsx = incident_actions.export_register(ctx, "xlsx", tmp_path / "register.xlsx")
    assert xlsx.rows == 1 and (tmp_path / "register.xlsx").read_bytes()[:2] == b"PK"
    with pytest.raises(UserError, match="unknown format 'doc'"):
        incident_actions.export_register(ctx, "doc", tmp_path / "x.doc")
    pdf = tmp_path / "register.pdf"
    assert incident_actions.export_register(ctx, "pdf", pdf, "fr").rows == 1
    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(pdf).pages).split())
    assert "Registre des violations et incidents de confidentialité" in text
    assert f"{ref} " in text and "Préjudice sérieux (Québec)" in text
    assert "risque — contact data" in text  # the level in French, with its reasons


def test_incidents_travel_in_backups_and_come_back_on_restore(ctx: Context, store) -> None:
    kept = incidents.add_incident(ctx, _new(title="in the backup")).reference
    incident_actions.assess(ctx, kept, "high", "reasons kept")
    info = backup.create(ctx)
    assert info is not None
    incidents.add_incident(ctx, _new(title="after the backup"))
    store.close()
    assert backup.restore(info.path, ctx.data_dir, yes=True).applied
    s = open_store(ctx.data_dir)
    try:
        restored = Context(db=s.db, data_dir=ctx.data_dir, clock=ctx.clock)
        rows = incidents.list_incidents(restored)
        assert [r.title for r in rows] == ["in the backup"]
        assert incidents.get_incident(restored, kept).risk_reasons == "reasons kept"
    finally:
        s.close()


def test_an_incident_document_survives_a_restart_and_a_backup(ctx: Context, store) -> None:
    # Regression: the notice PDF lives in letters/ under a row of kind "incident-notice";
    # the orphan collector at start and the backup must both count it as a live file.
    from dpo_desk.services import incident_docs

    organisation.update_profile(ctx, {"name": "Acme SAS"})
    ref = incidents.add_incident(ctx, _new()).reference
    info, pdf = incident_docs.produce(ctx, ref, "authority-summary", "en")
    store.close()
    reopened = open_store(ctx.data_dir)
    try:
        assert reopened.orphans_collected == 0
        again = Context(db=reopened.db, data_dir=ctx.data_dir, clock=ctx.clock)
        assert incident_docs.read(again, info.id) == pdf
        made = backup.create(again)
        assert made is not None
        incident_docs.produce(again, ref, "authority-summary", "fr")  # after the backup
    finally:
        reopened.close()
    assert backup.restore(made.path, ctx.data_dir, yes=True).applied
    restored = open_store(ctx.data_dir)
    try:
        back = Context(db=restored.db, data_dir=ctx.data_dir, clock=ctx.clock)
        assert incident_docs.read(back, info.id) == pdf
        assert [d.id for d in incident_docs.documents_of(back, ref)] == [info.id]
    finally:
        restored.close()


def test_quebec_entries_can_be_removed_only_after_five_years(ctx: Context, tmp_path: Path) -> None:
    from dpo_desk.services import incident_docs, incident_retention

    organisation.update_profile(ctx, {"name": "Acme SAS"})
    old = incidents.add_incident(
        ctx,
        _new(
            aware_at=datetime(2020, 6, 1, 9, 0, tzinfo=PARIS),
            quebec_people=4,
            consequences="none expected",
            circumstances="laptop stolen",
            measures_taken="laptop wiped remotely",
            person_advice="nothing to do",
        ),
    )
    incident_actions.decide(ctx, old.reference, False, "no risk: data encrypted")
    info, _ = incident_docs.produce(ctx, old.reference, "persons-notice", "fr")
    recent = incidents.add_incident(ctx, _new(quebec_people=1))
    incident_actions.decide(ctx, recent.reference, False, "no risk")
    gdpr_only = incidents.add_incident(ctx, _new(aware_at=datetime(2019, 1, 1, tzinfo=PARIS)))
    incident_actions.decide(ctx, gdpr_only.reference, False, "no risk")
    for ref in (old.reference, recent.reference, gdpr_only.reference):
        incident_actions.close(ctx, ref)
    # 2020-06-01 + 5 years = 2025-06-01 < today (2026-02-02); the others are not due.
    assert [e.reference for e in incident_retention.expired(ctx)] == [old.reference]
    with pytest.raises(UserError, match="cannot be removed"):
        incident_retention.purge(ctx, [old.reference, recent.reference])
    assert incidents.get_incident(ctx, old.reference)  # nothing removed
    assert incident_retention.purge(ctx, [old.reference]) == 1
    with pytest.raises(NotFound):
        incidents.get_incident(ctx, old.reference)
    with pytest.raises(UserError, match="no incident document"):
        incident_docs.read(ctx, info.id + 1000)
    with pytest.raises(UserError, match="was purged"):  # the bytes are gone
        incident_docs.read(ctx, info.id)
    assert _ops(ctx, old.reference)[-1] == "incident.purge"


def test_a_notice_to_persons_says_what_the_law_requires_or_is_refused(ctx: Context) -> None:
    from dpo_desk.services import incident_docs
    from tests.letters._pdf import flat, pdf_text

    organisation.update_profile(
        ctx,
        {
            "name": "Acme SAS",
            "dpo_name": "Claire Martin",
            "dpo_title": "Déléguée à la protection des données",
            "language": "fr",
        },
    )
    bare = incidents.add_incident(ctx, _new(quebec_people=2)).reference
    with pytest.raises(UserError) as refused:
        incident_docs.produce(ctx, bare, "persons-notice", "fr")
    assert refused.value.render("fr").startswith(
        f"{bare} : l'avis aux personnes doit indiquer ce qui s'est passé, les conséquences "
        "probables, les mesures prises ou envisagées, ce que la personne peut faire"
    )
    assert incident_docs.documents_of(ctx, bare) == []  # nothing kept
    gdpr_only = incidents.add_incident(
        ctx,
        _new(
            circumstances="portable volé dans une voiture",
            consequences="usage frauduleux possible",
            measures_taken="compte désactivé",
        ),
    ).reference
    _, pdf = incident_docs.produce(ctx, gdpr_only, "persons-notice", "fr")
    text = flat(pdf_text(pdf))
    assert "comme la loi l'exige (article 34 du RGPD)" in text  # no Quebec law for it
    assert "Québec" not in text
    # The profile's title, in the body and the signature alike (gender agrees).
    assert "Notre déléguée à la protection des données, Claire Martin" in text
    assert (
        text.rstrip().endswith("Déléguée à la protection des données")
        or "Claire Martin Déléguée à la protection des données" in text
    )


def test_a_cai_notice_needs_a_serious_injury_and_names_the_authority_once(ctx: Context) -> None:
    from dpo_desk.services import incident_docs
    from tests.letters._pdf import flat, pdf_text

    organisation.update_profile(ctx, {"name": "Acme SAS", "authority_name": "CNIL"})
    ref = incidents.add_incident(ctx, _new(quebec_people=3)).reference
    incident_actions.assess(
        ctx,
        ref,
        "risk",
        "e-mail addresses",
        qc_sensitivity="low",
        qc_consequences="low",
        qc_likelihood="low",
        qc_serious=False,
        qc_reasons="little sensitive",
    )
    with pytest.raises(UserError, match="risk of serious injury"):
        incident_docs.produce(ctx, ref, "cai-notice", "en")
    assert incident_docs.documents_of(ctx, ref) == []
    for kind, when in (
        ("initial", AWARE + timedelta(hours=20)),
        ("complementary", AWARE + timedelta(hours=40)),
    ):
        incident_actions.record_notice(ctx, ref, "authority", when, kind)
    incident_actions.assess(
        ctx,
        ref,
        "risk",
        "e-mail addresses",
        qc_sensitivity="high",
        qc_consequences="medium",
        qc_likelihood="high",
        qc_serious=True,
        qc_reasons="phishing likely",
    )
    text = flat(pdf_text(incident_docs.produce(ctx, ref, "cai-notice", "en")[1]))
    assert "Other bodies notified CNIL" in text and "CNIL, CNIL" not in text


def test_people_in_quebec_are_told_they_may_complain_to_the_cai(ctx: Context) -> None:
    from dpo_desk.services import incident_docs
    from tests.letters._pdf import flat, pdf_text

    organisation.update_profile(ctx, {"name": "Acme SAS", "authority_name": "CNIL"})
    both = incidents.add_incident(
        ctx,
        _new(
            quebec_people=3,
            circumstances="laptop stolen",
            consequences="phishing",
            measures_taken="account disabled",
            person_advice="watch your statements",
        ),
    ).reference
    fr = flat(pdf_text(incident_docs.produce(ctx, both, "persons-notice", "fr")[1]))
    assert (
        "auprès de l'autorité de contrôle (CNIL) ou, si vous résidez au Québec, auprès "
        "de la Commission d'accès à l'information du Québec."
    ) in fr
    gdpr = incidents.add_incident(
        ctx,
        _new(
            circumstances="laptop stolen",
            consequences="phishing",
            measures_taken="account disabled",
        ),
    ).reference
    en = flat(pdf_text(incident_docs.produce(ctx, gdpr, "persons-notice", "en")[1]))
    assert "lodge a complaint with the supervisory authority (CNIL)." in en
    assert "Commission d'accès" not in en
