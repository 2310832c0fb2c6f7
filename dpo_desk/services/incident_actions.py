"""What a DPO does on a recorded incident: assess the risk, record a notice as sent,
decide not to notify, close it, and export the register for the authority.

Each function is one transaction with its audit entry; a refusal changes nothing.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy.orm import Session

from dpo_desk.domain import incidents as rules
from dpo_desk.domain.text import NAME_MAX, clean
from dpo_desk.errors import UserError
from dpo_desk.letters.incident_docs import render_register
from dpo_desk.letters.incident_labels import label
from dpo_desk.services import audit
from dpo_desk.services.context import Context
from dpo_desk.services.exports import ExportResult, to_csv, to_xlsx, write_export
from dpo_desk.services.incident_dto import IncidentDetail
from dpo_desk.services.incidents import (
    IncidentFilter,
    checked,
    detail_of,
    get_incident,
    list_incidents,
    load_incident,
    refusals,
)
from dpo_desk.services.organisation import get_profile, update_profile
from dpo_desk.store.models import Incident, IncidentNotice


class Addressee(StrEnum):
    """Who a notice goes to."""

    AUTHORITY = "authority"  # GDPR Art. 33 (the CNIL in France)
    CAI = "cai"  # Commission d'accès à l'information, P-39.1 s. 3.5
    PERSONS = "persons"  # GDPR Art. 34; P-39.1 s. 3.5; r. 3.1 s. 5


def assess(
    ctx: Context,
    reference: str,
    level: str = "",
    reasons: str = "",
    persons_exception: str = "",
    *,
    qc_sensitivity: str = "",
    qc_consequences: str = "",
    qc_likelihood: str = "",
    qc_serious: bool | None = None,
    qc_reasons: str = "",
) -> IncidentDetail:
    """Record the GDPR risk level and/or the Quebec serious-injury assessment, with reasons.

    Raises:
        UserError: an unknown level, missing reasons, or an assessment for a regime the
            incident does not fall under.
    """
    with ctx.db.write() as session:
        row = load_incident(session, reference)
        before = {"risk_level": row.risk_level, "qc_serious": row.qc_serious}
        if level:
            if not row.gdpr:
                raise UserError("{reference} does not fall under the GDPR", reference=row.reference)
            gdpr = checked(rules.assess_gdpr, level, reasons, persons_exception)
            row.risk_level, row.risk_reasons = str(gdpr.level), gdpr.reasons
            row.persons_exception = str(gdpr.persons_exception)
        if qc_serious is not None:
            if not row.quebec:
                raise UserError(
                    "{reference} does not fall under the Quebec act", reference=row.reference
                )
            qc = checked(
                rules.assess_quebec,
                qc_sensitivity,
                qc_consequences,
                qc_likelihood,
                qc_serious,
                qc_reasons,
            )
            row.qc_sensitivity, row.qc_consequences = str(qc.sensitivity), str(qc.consequences)
            row.qc_likelihood, row.qc_serious = str(qc.likelihood), qc.serious_injury
            row.qc_reasons = qc.reasons
        if not level and qc_serious is None:
            raise UserError("nothing to assess: give a risk level or the Quebec conclusion")
        audit.record(
            session,
            ctx,
            "incident.assess",
            "incident",
            row.reference,
            {
                "before": before,
                "after": {"risk_level": row.risk_level, "qc_serious": row.qc_serious},
            },
        )
        session.flush()
        return detail_of(row)


def add_notice(
    session: Session,
    ctx: Context,
    row: Incident,
    addressee: str,
    sent_at: datetime,
    kind: str = "",
    delay_reasons: str = "",
    channel: str = "",
    note: str = "",
) -> IncidentNotice:
    """Record a notice inside the caller's transaction (audited), or refuse it.

    Notices to the authority follow GDPR Art. 33(4) (initial, complementary, complete) and
    a late first notice carries the reasons for the delay (Art. 33(1)).
    """
    who = checked(rules.parse_word, Addressee, addressee, "addressee")
    if sent_at.tzinfo is None:
        raise UserError("the time of the notice needs a time zone or a UTC offset")
    if sent_at > ctx.now():
        raise UserError("a notice cannot be marked sent in the future")
    late = False
    if who is Addressee.AUTHORITY:
        if not row.gdpr:
            raise UserError("{reference} does not fall under the GDPR", reference=row.reference)
        clock = rules.notification_clock(row.aware_at, row.aware_tz, row.reading)
        previous = tuple(n.kind for n in row.notices if n.addressee == "authority")
        with refusals():
            check = rules.check_authority_notice(
                clock, sent_at, kind or "initial", previous, delay_reasons
            )
        kind, late = str(check.kind), check.late
    else:
        if who is Addressee.CAI and not row.quebec:
            raise UserError(
                "{reference} does not fall under the Quebec act", reference=row.reference
            )
        if sent_at < row.aware_at:
            raise UserError(
                "a notice cannot be sent before the organisation became aware of the incident"
            )
        kind = ""
    notice = IncidentNotice(
        addressee=str(who),
        kind=kind,
        sent_at=sent_at,
        late=late,
        delay_reasons=delay_reasons.strip() if late else "",
        channel=clean(channel, "channel", max_len=32),
        note=clean(note, "note", max_len=NAME_MAX * 10, multiline=True),
    )
    row.notices.append(notice)
    if row.decision == "" and who is not Addressee.PERSONS:
        row.decision = "notify"
    session.flush()
    audit.record(
        session,
        ctx,
        "incident.notice",
        "incident",
        row.reference,
        {"addressee": str(who), "kind": kind, "sent_at": sent_at, "late": late},
    )
    return notice


def record_notice(
    ctx: Context,
    reference: str,
    addressee: str,
    sent_at: datetime,
    kind: str = "",
    delay_reasons: str = "",
    channel: str = "",
    note: str = "",
) -> IncidentDetail:
    """Mark a notice as sent (to the authority, the CAI or the persons); one transaction."""
    with ctx.db.write() as session:
        row = load_incident(session, reference)
        add_notice(session, ctx, row, addressee, sent_at, kind, delay_reasons, channel, note)
        return detail_of(row)


def decide(ctx: Context, reference: str, notify: bool, reasons: str) -> IncidentDetail:
    """Record the decision to notify or not; not notifying needs reasons (Art. 33(5))."""
    decision = checked(rules.decide, notify, reasons)
    with ctx.db.write() as session:
        row = load_incident(session, reference)
        if not decision.notify and any(n.addressee in ("authority", "cai") for n in row.notices):
            raise UserError(
                "{reference} has already been notified; a decision not to "
                "notify can no longer be recorded",
                reference=row.reference,
            )
        before = row.decision
        row.decision = "notify" if decision.notify else "no-notify"
        row.decision_reasons = decision.reasons
        audit.record(
            session,
            ctx,
            "incident.decide",
            "incident",
            row.reference,
            {"before": before, "after": row.decision},
        )
        session.flush()
        return detail_of(row)


def close(ctx: Context, reference: str) -> IncidentDetail:
    """Close an incident once handled: its clock stops showing; the entry stays."""
    with ctx.db.write() as session:
        row = load_incident(session, reference)
        if row.gdpr and row.decision == "" and row.risk_level != "none":
            raise UserError(
                "{reference}: record the notice or the decision not to notify before closing",
                reference=row.reference,
            )
        row.status = "closed"
        audit.record(session, ctx, "incident.close", "incident", row.reference, {})
        session.flush()
        return detail_of(row)


#: The register as the authority may ask for it (GDPR Art. 33(5); r. 3.1 s. 6).
COLUMNS = (
    "reference",
    "title",
    "occurred",
    "aware_at",
    "due_at",
    "regimes",
    "reporter",
    "natures",
    "origin",
    "cause",
    "circumstances",
    "people",
    "records",
    "quebec_people",
    "data_categories",
    "consequences",
    "measures_taken",
    "risk_level",
    "risk_reasons",
    "qc_factors",
    "qc_serious",
    "qc_reasons",
    "decision",
    "decision_reasons",
    "authority_notices",
    "cai_notices",
    "persons_notices",
    "keep_until",
)


def _row(d: IncidentDetail) -> dict[str, str]:
    s = d.summary

    def notices(who: str) -> str:
        return "; ".join(
            f"{n.kind or 'sent'} {n.sent_at.isoformat()}" + (" (late)" if n.late else "")
            for n in d.notices
            if n.addressee == who
        )

    def num(v: int | None) -> str:
        return "" if v is None else str(v)

    occurred = " – ".join(x.isoformat() for x in (d.occurred_from, d.occurred_to) if x)
    return {
        "reference": s.reference,
        "title": s.title,
        "occurred": (occurred + " " + d.occurred_note).strip(),
        "aware_at": s.aware_at.isoformat(),
        "due_at": s.due_at.isoformat() if s.gdpr else "",
        "regimes": "+".join(x for x, on in (("GDPR", s.gdpr), ("Quebec", s.quebec)) if on),
        "reporter": d.reporter,
        "natures": ", ".join(d.natures),
        "origin": d.origin,
        "cause": d.cause,
        "circumstances": d.circumstances,
        "people": num(s.people_count),
        "records": num(d.records_count),
        "quebec_people": num(d.quebec_people),
        "data_categories": ", ".join(d.data_categories),
        "consequences": d.consequences,
        "measures_taken": d.measures_taken,
        "risk_level": s.risk_level,
        "risk_reasons": d.risk_reasons,
        "qc_factors": "/".join(
            x for x in (d.qc_sensitivity, d.qc_consequences, d.qc_likelihood) if x
        ),
        "qc_serious": "" if s.qc_serious is None else ("yes" if s.qc_serious else "no"),
        "qc_reasons": d.qc_reasons,
        "decision": s.decision,
        "decision_reasons": d.decision_reasons,
        "authority_notices": notices("authority"),
        "cai_notices": notices("cai"),
        "persons_notices": notices("persons"),
        "keep_until": d.keep_until.isoformat() if d.keep_until else "",
    }


def _pdf_row(d: IncidentDetail, lang: str) -> list[str]:
    """One register line in ``lang``: instants in the organisation's zone, words translated
    (the items of r. 3.1 s. 6 and of GDPR Art. 33(5))."""
    s, tz = d.summary, d.summary.aware_tz

    def notices(who: str) -> str:
        return "; ".join(
            rules.local_text(n.sent_at, tz) + (f" ({label(n.kind, lang)})" if n.kind else "")
            for n in d.notices
            if n.addressee == who
        )

    occurred = " – ".join(rules.local_text(x, tz) for x in (d.occurred_from, d.occurred_to) if x)
    serious = "" if s.qc_serious is None else label("yes" if s.qc_serious else "no", lang)
    return [
        s.reference,
        (occurred + " " + d.occurred_note).strip(),
        rules.local_text(s.aware_at, tz),
        " ".join(x for x in (s.title, d.circumstances) if x),
        ", ".join(label(c, lang) for c in d.data_categories),
        "" if s.people_count is None else str(s.people_count),
        " — ".join(
            x for x in (label(s.risk_level, lang) if s.risk_level else "", d.risk_reasons) if x
        ),
        " — ".join(x for x in (serious, d.qc_reasons) if x),
        " — ".join(
            x for x in (label(s.decision, lang) if s.decision else "", d.decision_reasons) if x
        ),
        notices("authority"),
        notices("cai"),
        notices("persons"),
        d.measures_taken,
    ]


def _pdf(ctx: Context, details: list[IncidentDetail], lang: str) -> bytes:
    fr = lang == "fr"
    header = (
        (
            "Référence",
            "Survenance",
            "Prise de connaissance",
            "Circonstances",
            "Données",
            "Personnes",
            "Risque (RGPD)",
            "Préjudice sérieux (Québec)",
            "Décision",
            "Notification à l'autorité",
            "Avis à la CAI",
            "Avis aux personnes",
            "Mesures prises",
        )
        if fr
        else (
            "Reference",
            "Occurred",
            "Aware",
            "Circumstances",
            "Data",
            "People",
            "Risk (GDPR)",
            "Serious injury (Quebec)",
            "Decision",
            "Authority notice",
            "CAI notice",
            "Notice to persons",
            "Measures taken",
        )
    )
    org = get_profile(ctx).name
    title = (
        f"Registre des violations et incidents de confidentialité — {org}"
        if fr
        else f"Register of breaches and confidentiality incidents — {org}"
    )
    return render_register(
        title, header, [_pdf_row(d, lang) for d in details], f"{org} — {ctx.today().isoformat()}"
    )


def export_register(ctx: Context, fmt: str, out: Path, lang: str = "fr") -> ExportResult:
    """Write the incident register to ``out`` (CSV, XLSX or PDF); audited (format, count)."""
    if fmt not in ("csv", "xlsx", "pdf"):
        raise UserError("unknown format {fmt!r}; use one of: csv, xlsx, pdf", fmt=fmt)
    refs = [s.reference for s in list_incidents(ctx, IncidentFilter())]
    details = [get_incident(ctx, ref) for ref in sorted(refs)]
    rows = [_row(d) for d in details]
    if fmt == "pdf":
        data = _pdf(ctx, details, lang)
    else:
        data = to_csv(rows, COLUMNS) if fmt == "csv" else to_xlsx(rows, COLUMNS)
    write_export(Path(out), data)
    with ctx.db.write() as session:
        audit.record(session, ctx, "export.incidents", "export", fmt, {"rows": len(rows)})
    return ExportResult(Path(out), fmt, len(rows))


def set_reading(ctx: Context, reading: str) -> str:
    """Set the organisation's reading of "72 hours" (``elapsed``, the earlier deadline, or
    ``reg-1182-71``); audited with the profile. Incidents already recorded keep theirs."""
    chosen = checked(rules.check_reading, reading)
    update_profile(ctx, {}, readings={"breach_hours": chosen})
    return chosen
