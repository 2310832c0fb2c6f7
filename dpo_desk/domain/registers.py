"""Vocabulary of the registers, with the articles each word stands for."""

from __future__ import annotations

#: GDPR Art. 6(1) legal bases.
LEGAL_BASES: dict[str, tuple[str, str, str]] = {
    # word: (English, French, source)
    "consent": ("Consent", "Consentement", "GDPR Art. 6(1)(a)"),
    "contract": ("Performance of a contract", "Exécution d'un contrat", "GDPR Art. 6(1)(b)"),
    "legal-obligation": ("Legal obligation", "Obligation légale", "GDPR Art. 6(1)(c)"),
    "vital-interests": ("Vital interests", "Intérêts vitaux", "GDPR Art. 6(1)(d)"),
    "public-task": ("Public task", "Mission d'intérêt public", "GDPR Art. 6(1)(e)"),
    "legitimate-interest": ("Legitimate interest", "Intérêt légitime", "GDPR Art. 6(1)(f)"),
}

RECIPIENT_CATEGORIES: dict[str, tuple[str, str]] = {
    "internal": ("Internal department", "Service interne"),
    "processor": ("Processor", "Sous-traitant"),
    "third-party": ("Third party", "Tiers"),
}

#: Chapter V safeguards for a transfer to a third country.
SAFEGUARDS: dict[str, tuple[str, str, str]] = {
    "adequacy": ("Adequacy decision", "Décision d'adéquation", "GDPR Art. 45"),
    "scc": (
        "Standard contractual clauses (Decision 2021/914)",
        "Clauses contractuelles types (décision 2021/914)",
        "GDPR Art. 46(2)(c)",
    ),
    "bcr": ("Binding corporate rules", "Règles d'entreprise contraignantes", "GDPR Art. 47"),
    "art49": (
        "Derogation for a specific situation",
        "Dérogation pour une situation particulière",
        "GDPR Art. 49",
    ),
}

ADEQUACY_STATUSES = ("adequate", "partial", "not-adequate")

#: EEA members: a recipient there is not a third-country transfer (GDPR Chapter V).
EEA = frozenset(
    {
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
        "IS",
        "LI",
        "NO",
    }
)

DIRECTIVE_ACTIONS: dict[str, tuple[str, str]] = {
    "keep": ("Keep the data", "Conserver les données"),
    "delete": ("Delete the data", "Supprimer les données"),
    "communicate": (
        "Communicate the data to a designated person",
        "Communiquer les données à une personne désignée",
    ),
}

#: Who may notify a death and act (Loi 78-17 art. 85).
NOTIFIER_CAPACITIES: dict[str, tuple[str, str]] = {
    "heir": ("Heir", "Héritier"),
    "executor": ("Executor designated in the directives", "Personne désignée"),
    "notary": ("Notary", "Notaire"),
}

#: What heirs may ask without directives (Loi 78-17 art. 85 II).
HEIRS_REQUESTS: dict[str, tuple[str, str]] = {
    "succession": (
        "Information needed to settle the succession",
        "Informations utiles au règlement de la succession",
    ),
    "close-accounts": ("Close the deceased's accounts", "Clôture des comptes du défunt"),
    "object": ("Object to further processing", "Opposition à la poursuite des traitements"),
    "update": (
        "Have the death taken into account (update)",
        "Prise en compte du décès (mise à jour)",
    ),
}

#: Usual categories of the security measures list (GDPR Art. 32(1)); another word prints
#: as typed.
MEASURE_CATEGORIES: dict[str, tuple[str, str]] = {
    "access": ("Access control", "Contrôle d'accès"),
    "encryption": ("Encryption", "Chiffrement"),
    "backup": ("Backup", "Sauvegarde"),
    "logging": ("Logging", "Journalisation"),
    "organisational": ("Organisational", "Organisationnelle"),
    "physical": ("Physical security", "Sécurité physique"),
    "network": ("Network security", "Sécurité des réseaux"),
}


def measure_category(word: str, lang: str) -> str:
    en, fr = MEASURE_CATEGORIES.get(word, (word, word))
    return fr if lang == "fr" else en


def source(text: str, lang: str) -> str:
    """A source as French readers cite it ("RGPD, art. 6(1)(b)")."""
    return text.replace("GDPR Art.", "RGPD, art.") if lang == "fr" else text
