"""The register's part of a letter: processing activities, recipients, transfers and
their safeguards, in the letter's language (GDPR Art. 15(1)(a)-(h), 15(2)).

An access reply tells what concerns this person only: the activities, recipients and
transfers of the case's scope (EDPB Guidelines 01/2022 on the right of access, §4.3;
CJEU C-154/21 on the actual recipients). Split from ``build`` (the letter data of each
kind), which calls these.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from dpo_desk.domain.registers import EEA, LEGAL_BASES, RECIPIENT_CATEGORIES, SAFEGUARDS
from dpo_desk.errors import UserError
from dpo_desk.letters import data as L
from dpo_desk.services.registers.scope import chosen_scope
from dpo_desk.store.models import Case, ProcessingActivity, Recipient

ADEQUACY_LABELS: dict[str, tuple[str, str]] = {
    "adequate": ("adequacy decision", "décision d'adéquation"),
    "partial": ("partial adequacy decision", "décision d'adéquation partielle"),
    "not-adequate": ("no adequacy decision", "pas de décision d'adéquation"),
}


def label_in(table: dict[str, tuple[str, str]], key: str, fr: bool) -> str:
    """The English or French label of ``key`` in ``table`` (the key itself if unknown)."""
    en_fr = table.get(key)
    return (en_fr[1] if fr else en_fr[0]) if en_fr else key


def text_lines(text: str) -> tuple[str, ...]:
    """The non-blank lines of a multi-line field (an address, a signature), stripped."""
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


_CITE = re.compile(r"GDPR Art\. (\d+)(?:\((\d+)\))?(?:\(([a-z])\))?")


def cite(source: str, lang: str) -> str:
    """A register citation in the letter's language: "GDPR Art. 6(1)(a)" is written
    "art. 6.1.a du RGPD" in French, as French letters cite the regulation."""
    if lang != "fr":
        return source
    return _CITE.sub(lambda m: "art. " + ".".join(p for p in m.groups() if p) + " du RGPD", source)


def _country_is_third(country: str) -> bool:
    return bool(country) and country.upper() not in EEA


def register_text(row: Any, name: str, lang: str) -> str:
    """A register text in the letter's language: French from ``texts_fr``, English from
    the plain column, each falling back to the other when missing (issue 11: no English
    register text in a French letter when a French one exists)."""
    plain = getattr(row, name)
    plain = "; ".join(plain) if isinstance(plain, list) else (plain or "")
    french = str((getattr(row, "texts_fr", None) or {}).get(name) or "")
    return (french or plain) if lang == "fr" else (plain or french)


def _categories(
    row: ProcessingActivity, lang: str, name: str = "data_categories"
) -> tuple[str, ...]:
    text = register_text(row, name, lang)
    return tuple(part.strip() for part in text.split(";") if part.strip())


def scoped_activities(
    session: Session, case: Case, acts: list[ProcessingActivity]
) -> tuple[list[ProcessingActivity], set[tuple[str, int]]]:
    """The activities in the case's scope, and the scope: an access reply tells only what
    concerns this person (GDPR Art. 15(1); EDPB Guidelines 01/2022 §4.3; CJEU C-154/21,
    the actual recipients). No scope chosen: no reply, one clear message."""
    scope = chosen_scope(session, case)
    chosen = [a for a in acts if ("activity", a.id) in scope]
    if not chosen:
        raise UserError(
            "choose first which processing activities, recipients and transfers concern "
            "{name} (Scope tab of the case, or dpo-desk case-scope): an access reply "
            "tells only those",
            name=case.subject.full_name,
        )
    return chosen, scope


def recipient_entries(
    recipients: list[Recipient],
    lang: str,
    dpo_email: str,
    scope: set[tuple[str, int]] | None = None,
) -> tuple[L.RecipientEntry, ...]:
    fr = lang == "fr"
    out = []
    for rec in recipients:
        transfers = [t for t in rec.transfers if scope is None or ("transfer", t.id) in scope]
        transfer = transfers[0] if transfers else None
        third = _country_is_third(rec.country)
        safeguard = ""
        if transfer:
            en_label, fr_label, source = SAFEGUARDS.get(
                transfer.safeguard, (transfer.safeguard,) * 3
            )
            safeguard = f"{fr_label if fr else en_label} ({cite(source, lang)})"
            if transfer.scc_module:
                safeguard += f", module {transfer.scc_module}"
        out.append(
            L.RecipientEntry(
                name=register_text(rec, "name", lang),
                category=label_in(RECIPIENT_CATEGORIES, rec.category, fr),
                country=rec.country,
                third_country=third,
                adequacy_status=_adequacy_status(transfer, fr),
                safeguard_kind=safeguard,
                safeguard_document=register_text(transfer, "safeguard_document", lang)
                if transfer
                else "",
                copy_how=(f"sur demande à {dpo_email}" if fr else f"on request to {dpo_email}")
                if transfer and dpo_email
                else "",
            )
        )
    return tuple(out)


def _adequacy_status(transfer: Any, fr: bool) -> str:
    """The country's adequacy status beside the safeguard, unless the safeguard is the
    adequacy decision itself (GDPR Art. 45): the letter said the same fact twice."""
    if transfer is None:
        return ""
    if transfer.safeguard == "adequacy" and transfer.adequacy_status == "adequate":
        return ""
    return label_in(ADEQUACY_LABELS, transfer.adequacy_status, fr)


def activity_entries(
    acts: list[ProcessingActivity], lang: str, scope: set[tuple[str, int]] | None = None
) -> tuple[L.ProcessingActivity, ...]:
    fr = lang == "fr"
    out = []
    for a in acts:
        en, fr_label, source = LEGAL_BASES.get(a.legal_basis, (a.legal_basis,) * 3)
        purposes = register_text(a, "purposes", lang)
        out.append(
            L.ProcessingActivity(
                name=register_text(a, "name", lang),
                purposes=text_lines(purposes) or (purposes,),
                legal_basis=f"{fr_label if fr else en} ({cite(source, lang)})",
                data_categories=_categories(a, lang),
                subject_categories=_categories(a, lang, "subject_categories"),
                source=register_text(a, "sources", lang),
                retention=register_text(a, "retention", lang),
                recipients=tuple(
                    register_text(r, "name", lang)
                    for r in a.recipients
                    if scope is None or ("recipient", r.id) in scope
                ),
                automated_decision=register_text(a, "automated_decision", lang) or None,
                decision_logic=register_text(a, "ad_logic", lang),
                decision_significance=register_text(a, "ad_significance", lang),
                decision_consequences=register_text(a, "ad_consequences", lang),
            )
        )
    return tuple(out)


def subject_section(case: Case, lang: str) -> L.DataSection:
    fr = lang == "fr"
    s = case.subject
    rows = [
        ("Nom" if fr else "Name", s.full_name),
        ("Courriel" if fr else "E-mail", s.email),
        ("Adresse" if fr else "Address", " / ".join(text_lines(s.postal_address))),
        ("Téléphone" if fr else "Phone", s.phone),
    ]
    title = (
        "Données enregistrées pour traiter votre demande"
        if fr
        else "Data recorded to handle your request"
    )
    return L.DataSection(title, tuple((k, v) for k, v in rows if v))
