"""What the register PDF and sheets print: the labels in English and French and one
activity's sheet, every text already in the book's language (filled by
``services/register_book.py``, printed by ``letters/register_pdf.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dpo_desk.domain.registers import measure_category, source

__all__ = ["ActivitySheet", "RegisterBook", "label", "measure_category", "source"]

LABELS: dict[str, tuple[str, str]] = {
    "title": ("Record of processing activities", "Registre des activités de traitement"),
    "sheet": ("Processing activity sheet", "Fiche de registre"),
    "ref": ("Ref.", "Réf."),
    "created": ("Created", "Date de création"),
    "updated": ("Last update", "Mise à jour"),
    "actors": ("Actors", "Acteurs"),
    "controller": ("Controller", "Responsable du traitement"),
    "dpo": ("Data protection officer", "Délégué à la protection des données"),
    "department": ("Owning department", "Service responsable"),
    "joint": ("Joint controllers (Art. 26)", "Responsables conjoints (art. 26)"),
    "purposes": ("Purpose(s) of the processing", "Finalité(s) du traitement"),
    "legal_basis": ("Legal basis", "Base légale"),
    "measures": ("Security measures (Art. 32)", "Mesures de sécurité (art. 32)"),
    "data": ("Categories of personal data", "Catégories de données personnelles"),
    "retention": ("Retention period", "Durée de conservation"),
    "subjects": ("Categories of data subjects", "Catégories de personnes concernées"),
    "sources": ("Sources of the data", "Sources des données"),
    "recipients": ("Recipients of the data", "Destinataires des données"),
    "processors": ("Processors (Art. 28)", "Sous-traitants (art. 28)"),
    "transfers": ("Transfers outside the EU", "Transferts hors de l'UE"),
    "dpia": ("Impact assessment (Art. 35)", "Analyse d'impact (art. 35)"),
    "automated": ("Automated decision", "Décision automatisée"),
    "review": ("Reviews", "Révisions"),
    "name": ("Name", "Nom"),
    "category": ("Category", "Catégorie"),
    "description": ("Description", "Description"),
    "country": ("Country", "Pays"),
    "safeguard": ("Safeguard", "Garanties"),
    "document": ("Document", "Document"),
    "tia": ("Transfer impact assessment", "Évaluation de l'impact du transfert"),
    "contract": ("Contract date", "Date du contrat"),
    "clauses": ("Clauses checked", "Clauses vérifiées"),
    "criteria": ("WP248 criteria met", "Critères WP248 remplis"),
    "likely": ("DPIA likely needed", "AIPD probablement requise"),
    "done": ("DPIA done on", "AIPD réalisée le"),
    "link": ("Link", "Lien"),
    "last_review": ("Last review", "Dernière revue"),
    "next_review": ("Next review", "Prochaine revue"),
    "active": ("Active", "Actif"),
    "yes": ("yes", "oui"),
    "no": ("no", "non"),
    "none": ("none", "aucun"),
    "role": ("Role", "Rôle"),
    "activity": ("Activity", "Traitement"),
    "recipient": ("Recipient", "Destinataire"),
    "made": ("Printed on", "Édité le"),
}


def label(key: str, lang: str) -> str:
    en, fr = LABELS[key]
    return fr if lang == "fr" else en


@dataclass(frozen=True)
class ActivitySheet:
    """One activity, every text already in the book's language."""

    ref: str
    name: str
    created: str
    updated: str
    active: bool
    department: str
    joint: tuple[tuple[str, str, str], ...]  # name, contract date, clauses checked
    purposes: str
    legal_basis: str
    measures: tuple[tuple[str, str, str], ...]  # name, category, description
    data: tuple[str, ...]
    retention: str
    subjects: tuple[str, ...]
    sources: str
    recipients: tuple[tuple[str, str, str], ...]  # name, category, country
    processors: tuple[tuple[str, str, str], ...]  # name, contract date, clauses checked
    transfers: tuple[tuple[str, str, str, str, str], ...]  # recipient, country, safeguard,
    # document, TIA ("date: conclusion" or "")
    dpia_criteria: tuple[str, ...]
    dpia_likely: bool
    dpia_done: str
    dpia_link: str
    automated: str
    last_review: str
    next_review: str


@dataclass(frozen=True)
class RegisterBook:
    lang: str
    controller: str
    controller_address: str
    dpo: str
    made_on: date
    activities: tuple[ActivitySheet, ...]
    measures: tuple[tuple[str, str, str], ...]
