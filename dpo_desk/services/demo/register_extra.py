"""The demonstration organisation's security measures list (GDPR Art. 32) and, per
activity, its department, processors' contracts, DPIA screening and reviews (the register
complete, issue 18), so a demo register prints as a DPO's would."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

MEASURES: list[dict[str, Any]] = [
    {
        "name": "Named accounts and least privilege",
        "category": "access",
        "description": "One account per person; rights reviewed every six months.",
        "texts_fr": {
            "name": "Comptes nominatifs et moindre privilège",
            "description": "Un compte par personne ; droits revus tous les six mois.",
        },
    },
    {
        "name": "Encryption at rest and in transit",
        "category": "encryption",
        "description": "AES-256 disks and databases; TLS 1.2 or later.",
        "texts_fr": {
            "name": "Chiffrement au repos et en transit",
            "description": "Disques et bases chiffrés AES-256 ; TLS 1.2 ou plus.",
        },
    },
    {
        "name": "Verified daily backups",
        "category": "backup",
        "description": "Encrypted, restored monthly as a test.",
        "texts_fr": {
            "name": "Sauvegardes quotidiennes vérifiées",
            "description": "Chiffrées, restauration testée chaque mois.",
        },
    },
    {
        "name": "Access logging",
        "category": "logging",
        "description": "Who read or changed what, kept 6 months (CNIL deliberation 2021-122).",
        "texts_fr": {
            "name": "Journalisation des accès",
            "description": "Qui a lu ou modifié quoi, conservé 6 mois "
            "(délibération CNIL 2021-122).",
        },
    },
    {
        "name": "Staff confidentiality undertaking",
        "category": "organisational",
        "description": "Signed on hiring; yearly awareness session.",
        "texts_fr": {
            "name": "Engagement de confidentialité du personnel",
            "description": "Signé à l'embauche ; sensibilisation annuelle.",
        },
    },
]

_ALL = [m["name"] for m in MEASURES]

#: activity name -> details (dates as offsets in days before today).
DETAILS: dict[str, dict[str, Any]] = {
    "Customer orders and delivery": {
        "department": "Sales / Ventes",
        "measures": _ALL[:4],
        "parties": [
            ("processor", "Colis Express", 900, True),
            ("processor", "Atlas Contact Center SARL", 700, True),
        ],
        "dpia_criteria": ["large-scale"],
        "review": 120,
    },
    "Instalment payments": {
        "department": "Finance",
        "measures": _ALL[:3] + _ALL[4:],
        "parties": [("joint-controller", "PayLater Europe Ltd", 500, True)],
        "dpia_criteria": ["evaluation", "automated-decision", "large-scale"],
        "dpia_done": 480,
        "dpia_link": "DPIA-2024-03 (intranet/dpo/aipd/paiement-fractionne)",
        "review": 60,
    },
    "Video surveillance in shops": {
        "department": "Security / Sûreté",
        "measures": [_ALL[0], _ALL[3], _ALL[4]],
        "dpia_criteria": ["monitoring"],
        "review": 300,
    },
}


def details_for(name: str, today: date) -> dict[str, Any]:
    """Column values of the demo details of one activity (empty when it has none)."""
    spec = DETAILS.get(name)
    if not spec:
        return {}
    last = today - timedelta(days=spec["review"])
    return {
        "department": spec["department"],
        "parties": [
            {
                "role": r,
                "name": n,
                "contract_on": (today - timedelta(days=d)).isoformat(),
                "clauses_checked": c,
            }
            for r, n, d, c in spec.get("parties", [])
        ],
        "dpia_criteria": spec["dpia_criteria"],
        "dpia_done_on": today - timedelta(days=spec["dpia_done"]) if "dpia_done" in spec else None,
        "dpia_link": spec.get("dpia_link", ""),
        "last_review_on": last,
        "next_review_on": last + timedelta(days=365),
    }
