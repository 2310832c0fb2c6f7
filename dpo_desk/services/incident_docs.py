"""The documents of an incident: build the facts in the document's language, render,
keep the PDF in the vault like a letter, and mark it sent (which records the notice).

Forms (the rows of ``[[form]]``):

* authority summary: GDPR Art. 33(3)(a)-(d) and the rubrics of the CNIL's online
  notification form (type of notification, organisation, contact, dates of the breach and
  of awareness, how it was discovered, nature, circumstances and cause, people and data
  concerned, consequences, severity, measures, information of the persons, reasons for a
  late notice);
* CAI notice: the items of s. 3 of the Regulation respecting confidentiality incidents
  (CQLR c. P-39.1, r. 3.1);
* notice to the persons: prose (template), with the facts of Art. 34(2) and s. 5.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from dpo_desk.errors import Both, UserError
from dpo_desk.letters.context import format_letter_date, our_dpo
from dpo_desk.letters.incident_docs import DOC_KINDS, LANGS, IncidentDoc, render_incident_doc
from dpo_desk.letters.incident_labels import label, labels
from dpo_desk.services import audit, documents
from dpo_desk.services.context import Context
from dpo_desk.services.incident_actions import add_notice
from dpo_desk.services.incident_dto import IncidentDetail
from dpo_desk.services.incidents import detail_of, load_incident
from dpo_desk.services.organisation import OrganisationProfile, dpo_title, profile_in
from dpo_desk.store.models import Document
from dpo_desk.store.types import utcnow

#: Which notice a document records when it is marked sent.
ADDRESSEE = {"authority-summary": "authority", "cai-notice": "cai", "persons-notice": "persons"}


def _when(instant: datetime | None, tz: str, lang: str) -> str:
    if instant is None:
        return ""
    local = instant.astimezone(ZoneInfo(tz))
    day = format_letter_date(local.date(), lang)
    return (
        f"{day} à {local:%H} h {local:%M} ({local:%Z})"
        if lang == "fr"
        else f"{day} at {local:%H:%M} ({local:%Z})"
    )


def _occurred(d: IncidentDetail, lang: str) -> str:
    tz = d.summary.aware_tz
    start, end = _when(d.occurred_from, tz, lang), _when(d.occurred_to, tz, lang)
    fr = lang == "fr"
    if start and end:
        text = f"entre le {start} et le {end}" if fr else f"between {start} and {end}"
    elif start:
        text = f"le {start}" if fr else f"on {start}"
    else:
        text = "à une date encore inconnue" if fr else "on a date not yet known"
    return f"{text} ({d.occurred_note})" if d.occurred_note else text


def _count(value: int | None, lang: str) -> str:
    if value is None:
        return "inconnu" if lang == "fr" else "unknown"
    return f"environ {value}" if lang == "fr" else f"about {value}"


def _data(d: IncidentDetail, lang: str) -> str:
    text = ", ".join(label(c, lang) for c in d.data_categories)
    if d.sensitive:
        flag = "dont données sensibles" if lang == "fr" else "including sensitive data"
        text += f" ({flag} : " if lang == "fr" else f" ({flag}: "
        text += ", ".join(label(c, lang) for c in d.sensitive) + ")"
    return text


def _contact(org: OrganisationProfile, lang: str) -> str:
    """``dpo@x.fr or on +33...`` (the phone only when there is one)."""
    if not org.dpo_phone:
        return org.dpo_email
    if not org.dpo_email:
        return org.dpo_phone
    return (
        f"{org.dpo_email} ou au {org.dpo_phone}"
        if lang == "fr"
        else f"{org.dpo_email} or on {org.dpo_phone}"
    )


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


#: Why the persons are told, by the law of the incident (GDPR Art. 34; P-39.1 s. 3.5).
_PERSONS_LAW = {
    (True, False): ("GDPR Article 34", "article 34 du RGPD"),
    (False, True): (
        "section 3.5 of the Act respecting the protection of personal "
        "information in the private sector",
        "article 3.5 de la Loi sur la protection des renseignements personnels "
        "dans le secteur privé",
    ),
    (True, True): (
        "GDPR Article 34; in Quebec, section 3.5 of the Act respecting the "
        "protection of personal information in the private sector",
        "article 34 du RGPD ; au Québec, article 3.5 de la Loi sur la protection "
        "des renseignements personnels dans le secteur privé",
    ),
}


def _dpo_role(org: OrganisationProfile, lang: str) -> tuple[str, str]:
    """(who answers at the start of a sentence, the title that signs): one title from
    the profile, so "Notre déléguée" and the signature agree in gender."""
    title = dpo_title(org, lang) or labels(lang)["dpo"]
    if lang == "fr":
        role = our_dpo(title) or "notre délégué à la protection des données"
        return role[0].upper() + role[1:], title
    return "Our data protection officer", title


_CAI = "Commission d'accès à l'information du Québec"


def _complaint_to(gdpr: bool, quebec: bool, authority: str, lang: str) -> str:
    """Where a person may complain, by the incident's law: the supervisory authority (GDPR
    Art. 77), and for people living in Quebec the Commission d'accès à l'information
    (P-39.1 s. 81), never the CNIL alone for a Quebec resident."""
    eu = (
        (
            f"l'autorité de contrôle ({authority})"
            if lang == "fr"
            else f"the supervisory authority ({authority})"
        )
        if authority
        else ("l'autorité de contrôle" if lang == "fr" else "the supervisory authority")
    )
    qc = f"la {_CAI}" if lang == "fr" else f"the {_CAI}"
    if gdpr and quebec:
        return (
            f"{eu} ou, si vous résidez au Québec, auprès de {qc}"
            if lang == "fr"
            else f"{eu} or, if you live in Quebec, with {qc}"
        )
    return qc if quebec else eu


def _missing_for_persons(d: IncidentDetail) -> tuple[list[str], list[str]]:
    """What a notice to the persons must say and the incident does not yet: GDPR
    Art. 34(2) (the consequences and measures of Art. 33(3)(c)-(d)); for Quebec, CQLR
    c. P-39.1, r. 3.1, s. 5 (also what the person can do to reduce the risk)."""
    en: list[str] = []
    fr: list[str] = []
    if not d.circumstances.strip():  # Art. 34(2): "describe ... the nature of the breach"
        en.append("what happened")
        fr.append("ce qui s'est passé")
    if not d.consequences.strip():
        en.append("the likely consequences")
        fr.append("les conséquences probables")
    if not (d.measures_taken.strip() or d.measures_proposed.strip()):
        en.append("the measures taken or proposed")
        fr.append("les mesures prises ou envisagées")
    if d.summary.quebec and not d.person_advice.strip():
        en.append("what the person can do")
        fr.append("ce que la personne peut faire")
    return en, fr


def _fields(
    d: IncidentDetail, org: OrganisationProfile, lang: str, notice_type: str
) -> dict[str, str]:
    s = d.summary
    law = _PERSONS_LAW.get((bool(s.gdpr), bool(s.quebec)), _PERSONS_LAW[(True, False)])
    return {
        "complaint_to": _complaint_to(s.gdpr, s.quebec, org.authority_name, lang),
        "dpo_role": _dpo_role(org, lang)[0],
        "persons_law": law[1] if lang == "fr" else law[0],
        "dpo_contact": _contact(org, lang),
        "reference": s.reference,
        "document_date": "",
        "title": s.title,
        "organisation_name": org.name,
        "organisation_address": org.address.replace("\n", ", "),
        "dpo_name": org.dpo_name,
        "dpo_email": org.dpo_email,
        "dpo_phone": org.dpo_phone,
        "authority_name": org.authority_name,
        "city": org.city,
        "aware_at": _when(s.aware_at, s.aware_tz, lang),
        "occurred": _occurred(d, lang),
        "circumstances": d.circumstances,
        "data_description": _capital(", ".join(label(c, lang) for c in d.data_categories)),
        "consequences": d.consequences,
        "measures_taken": d.measures_taken,
        "measures_proposed": d.measures_proposed,
        "person_advice": d.person_advice,
        "notice_type": label(notice_type, lang) if notice_type else "",
    }


def _authority_rows(
    d: IncidentDetail, org: OrganisationProfile, lang: str, notice_type: str
) -> list[tuple[str, str]]:
    s, L = d.summary, labels(lang)
    late = [n for n in d.notices if n.addressee == "authority" and n.late]
    persons = [n for n in d.notices if n.addressee == "persons"]
    return [
        (L["notice_type"], label(notice_type, lang)),
        (
            L["organisation"],
            ", ".join(
                x for x in (org.name, org.registration, org.address.replace("\n", ", ")) if x
            ),
        ),
        (L["contact"], ", ".join(x for x in (org.dpo_name, org.dpo_email, org.dpo_phone) if x)),
        (L["occurred"], _occurred(d, lang)),
        (L["aware_at"], _when(s.aware_at, s.aware_tz, lang)),
        (L["due_at"], _when(s.due_at, s.aware_tz, lang)),
        (L["discovery"], " — ".join(x for x in (label(d.reporter, lang), d.reporter_detail) if x)),
        (L["nature"], ", ".join(label(n, lang) for n in d.natures)),
        (L["origin"], label(d.origin, lang)),
        (L["cause"], label(d.cause, lang)),
        (L["circumstances"], d.circumstances),
        (L["subject_categories"], ", ".join(d.subject_categories)),
        (L["people"], _count(s.people_count, lang)),
        (L["data_categories"], _data(d, lang)),
        (L["records"], _count(d.records_count, lang)),
        (L["consequences"], d.consequences),
        (
            L["severity"],
            " — ".join(
                x for x in (label(s.risk_level, lang) if s.risk_level else "", d.risk_reasons) if x
            ),
        ),
        (L["measures_taken"], d.measures_taken),
        (L["measures_proposed"], d.measures_proposed),
        (L["processors"], ", ".join(d.recipients)),
        (
            L["persons_informed"],
            ", ".join(_when(n.sent_at, s.aware_tz, lang) for n in persons) or L["not_yet"],
        ),
        (L["delay_reasons"], late[0].delay_reasons if late else ""),
    ]


def _cai_rows(d: IncidentDetail, org: OrganisationProfile, lang: str) -> list[tuple[str, str]]:
    s, L = d.summary, labels(lang)
    persons = [n for n in d.notices if n.addressee == "persons"]
    factors = (" ; " if lang == "fr" else "; ").join(
        f"{L[k]} : {label(v, lang)}" if lang == "fr" else f"{L[k]}: {label(v, lang)}"
        for k, v in (
            ("qc_sensitivity", d.qc_sensitivity),
            ("qc_consequences", d.qc_consequences),
            ("qc_likelihood", d.qc_likelihood),
        )
        if v
    )
    return [
        (L["cai_organisation"], ", ".join(x for x in (org.name, org.registration) if x)),
        (L["cai_contact"], ", ".join(x for x in (org.dpo_name, org.dpo_email, org.dpo_phone) if x)),
        (L["cai_information"], _data(d, lang)),
        (
            L["cai_circumstances"],
            " — ".join(x for x in (d.circumstances, label(d.cause, lang)) if x),
        ),
        (L["cai_occurred"], _occurred(d, lang)),
        (L["cai_aware"], _when(s.aware_at, s.aware_tz, lang)),
        (L["people_qc"], f"{_count(s.people_count, lang)} / {_count(d.quebec_people, lang)}"),
        (L["serious_injury"], " — ".join(x for x in (factors, d.qc_reasons) if x)),
        (
            L["persons_measures"],
            ", ".join(_when(n.sent_at, s.aware_tz, lang) for n in persons) or L["not_yet"],
        ),
        (L["cai_measures"], " ".join(x for x in (d.measures_taken, d.measures_proposed) if x)),
        # The authority once, by its name, however many phases its notice had.
        (
            L["others_notified"],
            (org.authority_name or label("authority", lang))
            if any(n.addressee == "authority" for n in d.notices)
            else "—",
        ),
    ]


def build_doc(
    ctx: Context, reference: str, kind: str, lang: str, notice_type: str = ""
) -> IncidentDoc:
    """The document's content, in ``lang``; refused for a regime the incident lacks."""
    with ctx.db.read() as session:
        return build_doc_in(session, ctx, reference, kind, lang, notice_type)


def build_doc_in(
    session: Session, ctx: Context, reference: str, kind: str, lang: str, notice_type: str = ""
) -> IncidentDoc:
    """``build_doc`` in the caller's transaction (the incident and the profile read
    together; ``produce`` keeps the document in the same transaction)."""
    if kind not in DOC_KINDS:
        raise UserError(
            "unknown incident document {kind!r}; use one of: {choices}",
            kind=kind,
            choices=", ".join(DOC_KINDS),
        )
    if lang not in LANGS:
        raise UserError("unknown language {lang!r}; use fr or en", lang=lang)
    d = detail_of(load_incident(session, reference))
    if kind == "cai-notice" and not d.summary.quebec:
        raise UserError("{reference} does not fall under the Quebec act", reference=reference)
    if kind == "cai-notice" and d.summary.qc_serious is not True:
        # P-39.1 s. 3.5: the Commission is told of an incident that presents a risk of
        # serious injury; the notice says so, so the assessment must have concluded it.
        raise UserError(
            "{reference}: the notice to the Commission d'accès à l'information "
            "is for an incident assessed as presenting a risk of serious injury "
            "(P-39.1 s. 3.5); record that assessment first",
            reference=reference,
        )
    if kind == "persons-notice":
        en, fr = _missing_for_persons(d)
        if en:
            raise UserError(
                "{reference}: the notice to the persons must say {missing} (GDPR Art. 34(2) "
                "and 33(3)(c)-(d); CQLR c. P-39.1, r. 3.1, s. 5); complete the incident first",
                reference=reference,
                missing=Both(", ".join(en), ", ".join(fr)),
            )
    org = profile_in(session)
    if kind == "authority-summary" and not notice_type:
        notice_type = (
            "complementary" if any(n.addressee == "authority" for n in d.notices) else "initial"
        )
    fields = _fields(d, org, lang, notice_type)
    fields["document_date"] = format_letter_date(ctx.today(), lang)
    form: list[tuple[str, str]] = []
    if kind == "authority-summary":
        form = _authority_rows(d, org, lang, notice_type)
    elif kind == "cai-notice":
        form = _cai_rows(d, org, lang)
    head = (org.name, *[line for line in org.address.splitlines() if line.strip()])
    # The title in the document's language (the profile's may be in the other one).
    sign = tuple(x for x in (org.dpo_name, _dpo_role(org, lang)[1]) if x)
    return IncidentDoc(kind, lang, fields, tuple(form), head, sign, notice_type)


@dataclass(frozen=True)
class IncidentDocument:
    id: int
    reference: str
    kind: str
    lang: str
    notice_type: str
    sha256: str
    created_at: datetime
    sent_at: datetime | None


def produce(
    ctx: Context, reference: str, kind: str, lang: str, notice_type: str = ""
) -> tuple[IncidentDocument, bytes]:
    """Render the document and keep it (a new draft each time, never replacing one):
    read, rendered, sealed and kept in one transaction."""
    vault = documents.vault(ctx, "letters")
    stored_name = ""
    try:
        with ctx.db.write() as session:
            doc = build_doc_in(session, ctx, reference, kind, lang, notice_type)
            pdf = render_incident_doc(doc, ctx.data_dir)
            stored = vault.put(iter([pdf]), ".pdf")
            stored_name = stored.stored_name
            row = load_incident(session, reference)
            kept = Document(
                kind="incident-notice",
                letter_kind=kind,
                lang=lang,
                purpose=doc.notice_type,
                original_name=f"{row.reference}-{kind}-{lang}.pdf",
                stored_name=stored.stored_name,
                media_type="application/pdf",
                size=stored.size,
                sha256=stored.sha256,
            )
            row.documents.append(kept)
            session.flush()
            audit.record(
                session,
                ctx,
                "incident.document",
                "incident",
                row.reference,
                {"document": kept.id, "kind": kind, "lang": lang, "sha256": stored.sha256},
            )
            return _info(row.reference, kept), pdf
    except BaseException:
        if stored_name:  # sealed, but its row never committed: no orphan file
            vault.delete(stored_name)
        raise


def _info(reference: str, d: Document) -> IncidentDocument:
    return IncidentDocument(
        d.id, reference, d.letter_kind, d.lang, d.purpose, d.sha256, d.created_at, d.sent_at
    )


def documents_of(ctx: Context, reference: str) -> list[IncidentDocument]:
    with ctx.db.read() as session:
        row = load_incident(session, reference)
        return [_info(row.reference, d) for d in row.documents]


def read(ctx: Context, document_id: int) -> bytes:
    """The kept PDF, checked against its fingerprint."""
    with ctx.db.read() as session:
        return read_in(session, ctx, document_id)


def read_in(session: Session, ctx: Context, document_id: int) -> bytes:
    """``read`` in the caller's transaction."""
    doc = session.get(Document, document_id)
    if doc is None or doc.kind != "incident-notice":
        raise UserError("no incident document with id {id}", id=document_id)
    if doc.purged_at is not None:
        raise UserError("document {id} was purged with its register entry", id=document_id)
    content = documents.vault(ctx, "letters").read(doc.stored_name)
    if hashlib.sha256(content).hexdigest() != doc.sha256:
        raise UserError(
            "document {id} does not match its fingerprint; produce it again", id=document_id
        )
    return content


def mark_sent(
    ctx: Context,
    reference: str,
    document_id: int,
    sent_at: datetime | None = None,
    delay_reasons: str = "",
    channel: str = "",
) -> IncidentDetail:
    """Freeze the document as sent and record the notice it carries, in one transaction
    (a late first notice to the authority needs the reasons, GDPR Art. 33(1))."""
    when = sent_at or ctx.now()
    with ctx.db.write() as session:
        content = read_in(session, ctx, document_id)  # checked in the same transaction
        row = load_incident(session, reference)
        doc = next((x for x in row.documents if x.id == document_id), None)
        if doc is None:
            raise UserError(
                "document {id} is not one of {reference}'s", id=document_id, reference=row.reference
            )
        if doc.sent_at is not None:
            raise UserError("document {id} was already sent; produce a new one", id=document_id)
        assert hashlib.sha256(content).hexdigest() == doc.sha256
        add_notice(
            session,
            ctx,
            row,
            ADDRESSEE[doc.letter_kind],
            when,
            doc.purpose or ("initial" if doc.letter_kind == "authority-summary" else ""),
            delay_reasons,
            channel,
            note=f"document {doc.id}",
        )
        doc.sent_at = utcnow()
        audit.record(
            session,
            ctx,
            "incident.document.sent",
            "incident",
            row.reference,
            {"document": doc.id, "kind": doc.letter_kind, "sha256": doc.sha256},
        )
        session.flush()
        return detail_of(row)
