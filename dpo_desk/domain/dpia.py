"""When a data protection impact assessment is likely needed (GDPR Art. 35).

Source: Article 29 Working Party, *Guidelines on Data Protection Impact Assessment
(DPIA) and determining whether processing is "likely to result in a high risk"*,
WP248 rev.01 (4 October 2017), endorsed by the EDPB on 25 May 2018, section III.B.a:
nine criteria; "in most cases, a data controller can consider that a processing
meeting two criteria would require a DPIA to be carried out". One criterion may
suffice in some cases and the CNIL's list (deliberation 2018-327) makes some
processing mandatory: so the rule below gives "likely needed", and the DPO decides.
"""

from __future__ import annotations

from dataclasses import dataclass

#: WP248 rev.01 III.B.a, criteria 1-9: key -> (English, French).
CRITERIA: dict[str, tuple[str, str]] = {
    "evaluation": (
        "Evaluation or scoring, incl. profiling",
        "Évaluation ou notation, y compris le profilage",
    ),
    "automated-decision": (
        "Automated decision with legal or similar significant effect",
        "Décision automatique avec effet juridique ou similaire",
    ),
    "monitoring": ("Systematic monitoring", "Surveillance systématique"),
    "sensitive": (
        "Sensitive or highly personal data",
        "Données sensibles ou à caractère hautement personnel",
    ),
    "large-scale": ("Data processed on a large scale", "Données traitées à grande échelle"),
    "matching": (
        "Matching or combining datasets",
        "Croisement ou combinaison d'ensembles de données",
    ),
    "vulnerable": (
        "Data concerning vulnerable data subjects",
        "Données concernant des personnes vulnérables",
    ),
    "innovative": (
        "Innovative use or new technological solutions",
        "Usage innovant ou nouvelle solution technologique",
    ),
    "prevents-rights": (
        "Processing that prevents exercising a right or using a service",
        "Traitement empêchant d'exercer un droit ou de bénéficier d'un service",
    ),
}

#: WP248: "a processing meeting two criteria would require a DPIA".
THRESHOLD = 2

SOURCE = "GDPR Art. 35; WP248 rev.01 (EDPB-endorsed), III.B.a"


class DpiaError(ValueError):
    """An unknown screening criterion."""


@dataclass(frozen=True)
class Screening:
    """The outcome of the WP248 screening of one activity."""

    criteria: tuple[str, ...]
    likely_needed: bool


def screen(criteria: list[str] | tuple[str, ...]) -> Screening:
    """Screen an activity against WP248: two criteria or more, a DPIA is likely needed.

    Duplicates count once; an unknown key is refused (``DpiaError``).
    """
    unknown = [c for c in criteria if c not in CRITERIA]
    if unknown:
        raise DpiaError(", ".join(unknown))
    kept = tuple(k for k in CRITERIA if k in set(criteria))
    return Screening(kept, len(kept) >= THRESHOLD)


def label(key: str, lang: str = "en") -> str:
    en, fr = CRITERIA[key]
    return fr if lang == "fr" else en
