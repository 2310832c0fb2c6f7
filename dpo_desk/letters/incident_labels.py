"""The wording of incident documents: the labels of the forms' rows and the vocabulary
(origins, causes, natures, levels...) in English and French, as a French DPO writes it
to the CNIL ("violation de données", "RGPD") or the CAI ("incident de confidentialité")."""

from __future__ import annotations

_WORDS: dict[str, tuple[str, str]] = {
    # notice types (CNIL form) and addressees
    "initial": ("initial notification", "notification initiale"),
    "complementary": ("complementary notification", "notification complémentaire"),
    "complete": ("complete notification", "notification complète"),
    "authority": ("supervisory authority", "autorité de contrôle"),
    "cai": ("Commission d'accès à l'information", "Commission d'accès à l'information"),
    "persons": ("persons concerned", "personnes concernées"),
    # reporters
    "internal": ("internal detection", "détection interne"),
    "processor": (
        "reported by a processor (GDPR Art. 33(2))",
        "signalée par un sous-traitant (art. 33.2 du RGPD)",
    ),
    "third-party": ("reported by a third party", "signalée par un tiers"),
    "data-subject": ("reported by a person concerned", "signalée par une personne concernée"),
    # natures
    "confidentiality": ("loss of confidentiality", "perte de confidentialité"),
    "integrity": ("loss of integrity", "perte d'intégrité"),
    "availability": ("loss of availability", "perte de disponibilité"),
    # origins (CNIL form)
    "device-lost-or-stolen": ("lost or stolen device", "équipement perdu ou volé"),
    "paper-lost-or-stolen": (
        "lost or stolen paper documents",
        "papier perdu, volé ou laissé accessible",
    ),
    "mail-lost-or-opened": ("lost or opened mail", "courrier perdu ou ouvert"),
    "hacking": ("hacking", "piratage"),
    "malware": ("malware or ransomware", "logiciel malveillant ou rançongiciel"),
    "phishing": ("phishing", "hameçonnage"),
    "wrong-recipient": (
        "data sent to the wrong recipient",
        "données envoyées à un mauvais destinataire",
    ),
    "accidental-publication": ("accidental publication", "publication involontaire"),
    "improper-disposal": ("improper disposal", "mauvaise destruction ou mise au rebut"),
    "verbal-disclosure": ("verbal disclosure", "divulgation orale"),
    "unauthorised-access": ("unauthorised access", "accès non autorisé"),
    "other": ("other", "autre"),
    # causes
    "internal-malicious": ("internal malicious act", "acte interne malveillant"),
    "internal-accidental": ("internal accidental act", "acte interne accidentel"),
    "external-malicious": ("external malicious act", "acte externe malveillant"),
    "external-accidental": ("external accidental act", "acte externe accidentel"),
    "unknown": ("unknown", "inconnue"),
    # decisions and answers (the register)
    "notify": ("notify", "notifier"),
    "no-notify": ("do not notify", "ne pas notifier"),
    "yes": ("yes", "oui"),
    "no": ("no", "non"),
    # levels
    "none": ("no risk", "aucun risque"),
    "risk": ("risk", "risque"),
    "high": ("high", "niveau élevé"),
    "low": ("low", "niveau faible"),
    "medium": ("medium", "niveau moyen"),
    # data categories
    "identity": ("civil status, identity", "état civil, identité"),
    "contact": ("contact details", "coordonnées"),
    "identification-number": ("identification numbers", "numéros d'identification"),
    "financial": ("financial or banking data", "données financières ou bancaires"),
    "location": ("location data", "données de localisation"),
    "credentials": ("login credentials", "identifiants de connexion"),
    "official-documents": ("official documents", "documents officiels"),
    "health": ("health data", "données de santé"),
    "biometric": ("biometric data", "données biométriques"),
    "genetic": ("genetic data", "données génétiques"),
    "racial-ethnic": ("racial or ethnic origin", "origine raciale ou ethnique"),
    "political": ("political opinions", "opinions politiques"),
    "religious": (
        "religious or philosophical beliefs",
        "convictions religieuses ou philosophiques",
    ),
    "trade-union": ("trade-union membership", "appartenance syndicale"),
    "sex-life": ("sex life or orientation", "vie ou orientation sexuelle"),
    "criminal": ("criminal convictions and offences", "condamnations et infractions"),
    "minors": ("data of minors", "données de mineurs"),
}

_LABELS: dict[str, tuple[str, str]] = {
    "notice_type": ("Type of notification", "Type de notification"),
    "organisation": ("Organisation", "Organisme"),
    "contact": ("Contact (DPO), Art. 33(3)(b)", "Contact (DPO), art. 33.3.b"),
    "occurred": ("Date of the breach", "Date de la violation"),
    "aware_at": ("Date of awareness", "Date de prise de connaissance"),
    "due_at": ("72-hour deadline", "Échéance des 72 heures"),
    "discovery": ("How it was discovered", "Mode de découverte"),
    "nature": ("Nature of the breach", "Nature de la violation"),
    "origin": ("Origin (circumstances)", "Origine (circonstances)"),
    "cause": ("Cause", "Cause"),
    "circumstances": ("Description of the incident", "Description de l'incident"),
    "subject_categories": (
        "Categories of persons, Art. 33(3)(a)",
        "Catégories de personnes, art. 33.3.a",
    ),
    "people": ("Approximate number of persons", "Nombre approximatif de personnes"),
    "data_categories": ("Categories of data", "Catégories de données"),
    "records": ("Approximate number of records", "Nombre approximatif d'enregistrements"),
    "consequences": ("Likely consequences, Art. 33(3)(c)", "Conséquences probables, art. 33.3.c"),
    "severity": ("Severity (risk to the persons)", "Gravité (risque pour les personnes)"),
    "measures_taken": ("Measures taken, Art. 33(3)(d)", "Mesures prises, art. 33.3.d"),
    "measures_proposed": ("Measures proposed", "Mesures envisagées"),
    "processors": (
        "Processors and recipients involved",
        "Sous-traitants et destinataires concernés",
    ),
    "persons_informed": (
        "Information of the persons (Art. 34)",
        "Information des personnes (art. 34)",
    ),
    "delay_reasons": ("Reasons for the delay (Art. 33(1))", "Motifs du retard (art. 33.1)"),
    "not_yet": ("not yet", "pas encore"),
    "people_qc": (
        "Persons concerned / living in Quebec",
        "Personnes concernées / résidant au Québec",
    ),
    "serious_injury": (
        "Risk of serious injury: factors and reasons",
        "Risque de préjudice sérieux : facteurs et motifs",
    ),
    "qc_sensitivity": ("sensitivity", "sensibilité"),
    "qc_consequences": ("anticipated consequences", "conséquences appréhendées"),
    "qc_likelihood": (
        "likelihood of misuse",
        "probabilité d'utilisation à des fins préjudiciables",
    ),
    "persons_measures": ("Notice to the persons (dates)", "Avis aux personnes (dates)"),
    "others_notified": ("Other bodies notified", "Autres organismes avisés"),
    "dpo": ("Data protection officer", "Délégué à la protection des données"),
    # The CAI notice speaks the Quebec regulation's words, not the GDPR's (r. 3.1 s. 3).
    "cai_organisation": (
        "Name of the enterprise (and Quebec enterprise number)",
        "Nom de l'entreprise (et numéro d'entreprise du Québec)",
    ),
    "cai_contact": (
        "Person to contact about the incident",
        "Personne à joindre au sujet de l'incident",
    ),
    "cai_information": ("Personal information concerned", "Renseignements personnels visés"),
    "cai_circumstances": (
        "Circumstances of the incident and its cause",
        "Circonstances de l'incident et sa cause",
    ),
    "cai_occurred": ("Date or period of the incident", "Date ou période de l'incident"),
    "cai_aware": ("Date or period of awareness", "Date ou période de la prise de connaissance"),
    "cai_measures": (
        "Measures taken or planned to reduce the risk of injury",
        "Mesures prises ou envisagées pour diminuer les risques de préjudice",
    ),
}


def label(word: str, lang: str) -> str:
    """The word in ``lang``; an unknown word prints as it is."""
    pair = _WORDS.get(word)
    if pair is None:
        return word
    return pair[1] if lang == "fr" else pair[0]


def labels(lang: str) -> dict[str, str]:
    """The row labels in ``lang``."""
    return {k: (fr if lang == "fr" else en) for k, (en, fr) in _LABELS.items()}
