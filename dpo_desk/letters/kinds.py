"""The kinds of letter DPO Desk writes, and the fixed wording the engine adds around them.

The body of each letter comes from an editable template (``resources/letters``); the
strings here are the letter's frame (reference line, table headers, annex title...) and
the wording of the generated blocks, in English and French.
"""

from __future__ import annotations

from dataclasses import dataclass

from dpo_desk.domain.lifecycle import RefusalReason
from dpo_desk.domain.refusals import GROUND_TEXT
from dpo_desk.domain.regimes import FRANCE, Regime

LANGS = ("fr", "en")


@dataclass(frozen=True)
class Kind:
    key: str
    label_en: str
    label_fr: str
    #: Legal basis quoted in the GUI next to the kind.
    basis: str

    def label(self, lang: str) -> str:
        return self.label_fr if lang == "fr" else self.label_en

    def basis_under(self, regime: Regime, lang: str = "en") -> str:
        """The basis as the law of a case cites it: ``basis`` is the GDPR's; a Quebec
        acknowledgement rests on P-39.1 s. 32, not on GDPR Art. 12(3)."""
        if regime.key == FRANCE.key:
            return self.basis
        if regime.key == "uk-gdpr":
            return self.basis.replace("GDPR", "UK GDPR")
        return regime.citation(BASIS_ROLE.get(self.key, ""), lang) or regime.short


#: The regime citation that founds each kind outside the GDPR (see Regime.cite).
BASIS_ROLE = {
    "acknowledgement": "reply",
    "id-request": "identity",
    "extension": "extension",
    "access-reply": "access",
    "confirmation": "rights",
    "refusal": "refusal",
}


KINDS: dict[str, Kind] = {
    k.key: k
    for k in (
        Kind(
            "acknowledgement",
            "Acknowledgement of receipt",
            "Accusé de réception",
            "GDPR Art. 12(3)",
        ),
        Kind(
            "id-request",
            "Request for identity information",
            "Demande d'informations d'identité",
            "GDPR Art. 12(6)",
        ),
        Kind("extension", "Extension of the deadline", "Prolongation du délai", "GDPR Art. 12(3)"),
        Kind(
            "access-reply",
            "Reply to an access request",
            "Réponse à une demande d'accès",
            "GDPR Art. 15",
        ),
        Kind(
            "confirmation",
            "Confirmation that the request was carried out",
            "Confirmation d'exécution de la demande",
            "GDPR Art. 16-19, 21, 7(3)",
        ),
        Kind(
            "refusal",
            "Refusal (no action taken)",
            "Refus (absence de suite)",
            "GDPR Art. 12(4), 77, 79",
        ),
        Kind(
            "safeguards",
            "Copy of transfer safeguards",
            "Copie des garanties de transfert",
            "GDPR Art. 15(2), 46",
        ),
        Kind(
            "directive-ack",
            "Registration of a post-mortem directive",
            "Enregistrement d'une directive post mortem",
            "Loi 78-17 art. 85",
        ),
        Kind(
            "heirs-reply",
            "Reply to heirs or executor",
            "Réponse aux héritiers ou à l'exécuteur",
            "Loi 78-17 art. 85",
        ),
    )
}


def list_kinds() -> list[Kind]:
    """All kinds, in display order."""
    return list(KINDS.values())


#: Refusal grounds: code -> (English, French), with their GDPR source. The one vocabulary
#: is ``domain.lifecycle.RefusalReason``; the wording and the rights each ground answers
#: are in ``domain.refusals``, the citation under each law in ``domain.regimes``.
REFUSAL_REASONS: dict[str, tuple[str, str]] = {
    r.value: (
        f"{GROUND_TEXT[r][0]} ({FRANCE.grounds[r.value][0]})",
        f"{GROUND_TEXT[r][1]} ({FRANCE.grounds[r.value][1]})",
    )
    for r in RefusalReason
}


#: Legal source of each right as quoted in a French letter (``rights.ARTICLES`` is English).
ARTICLES_FR: dict[str, str] = {
    "access": "art. 15 du RGPD",
    "rectification": "art. 16 du RGPD",
    "erasure": "art. 17 du RGPD",
    "restriction": "art. 18 du RGPD",
    "objection": "art. 21.1 du RGPD",
    "prospecting-objection": "art. 21.2 et 21.3 du RGPD",
    "portability": "art. 20 du RGPD",
    "consent-withdrawal": "art. 7.3 du RGPD",
    "human-review": "art. 22.3 du RGPD",
    "complaint": "art. 77 du RGPD / réclamation interne",
    "post-mortem": "loi 78-17, art. 84 et 85",
    "safeguards-copy": "art. 15.2 et 46 du RGPD",
}


def refusal_label(code: str, lang: str) -> str:
    en, fr = REFUSAL_REASONS.get(code, ("", ""))
    return fr if lang == "fr" else en


#: The letter's frame and block wording: key -> (English, French).
STRINGS: dict[str, tuple[str, str]] = {
    "our_ref": ("Our ref.:", "N/Réf. :"),
    "your_request": ("Your request of {date}", "Votre demande du {date}"),
    "subject": ("Subject:", "Objet :"),
    "place_date": ("{city}, {date}", "{city}, le {date}"),
    "page": ("Page {n} / {total}", "Page {n} / {total}"),
    "dpo": ("Data Protection Officer", "Délégué à la protection des données"),
    "dpo_contact": (
        "Data Protection Officer: {who}",
        "Délégué à la protection des données : {who}",
    ),
    "deadline_intro": ("How this date is computed:", "Calcul de cette date :"),
    "annex_title": (
        "Annex: copy of your personal data ({cite})",
        "Annexe : copie de vos données personnelles ({cite})",
    ),
    "annex_intro": (
        "Reference {reference}, extracted on {date}.",
        "Référence {reference}, extraction du {date}.",
    ),
    "copy_in_annex": (
        "The copy of your personal data is in the annex. This first copy is free of charge "
        "({cite}).",
        "La copie des données vous concernant figure en annexe. Cette première copie est "
        "gratuite ({cite}).",
    ),
    "copy_separately": (
        "The copy of your personal data is sent to you separately, by {due} at the latest. "
        "This first copy is free of charge ({cite}).",
        "La copie des données vous concernant vous est adressée séparément, au plus tard le "
        "{due}. Cette première copie est gratuite ({cite}).",
    ),
    "field": ("Field", "Donnée"),
    "value": ("Value", "Valeur"),
    "no_data_copy": (
        "No copy of data is attached to this letter.",
        "Aucune copie de données n'est jointe à ce courrier.",
    ),
    # Row labels of the access reply; under the GDPR each gets its item of Art. 15(1).
    "act_purposes": ("Purposes", "Finalités"),
    "act_basis": ("Legal basis", "Base légale"),
    "act_categories": ("Categories of data", "Catégories de données"),
    "act_subjects": ("Categories of persons", "Catégories de personnes"),
    "act_recipients": ("Recipients", "Destinataires"),
    "act_retention": ("Retention period", "Durée de conservation"),
    "act_source": ("Source of the data", "Source des données"),
    "act_automated": ("Automated decision", "Décision automatisée"),
    "none": ("None", "Aucune"),
    "no_activities": (
        "We found no processing of personal data concerning you.",
        "Nous n'avons trouvé aucun traitement de données personnelles vous concernant.",
    ),
    "rec_name": ("Recipient", "Destinataire"),
    "rec_category": ("Category", "Catégorie"),
    "rec_country": ("Country", "Pays"),
    "rec_safeguard": ("Transfer and safeguard", "Transfert et garantie"),
    "rec_copy": ("Copy of the safeguard", "Copie de la garantie"),
    "eea": ("within the EU/EEA: no transfer", "dans l'UE/EEE : pas de transfert"),
    "third_country": ("third country", "pays tiers"),
    "no_recipients": (
        "Your data are not disclosed to any recipient outside our organisation.",
        "Vos données ne sont communiquées à aucun destinataire extérieur à notre organisme.",
    ),
    "no_transfers": (
        "Your data are not transferred outside the European Union / European Economic Area.",
        "Vos données ne sont pas transférées hors de l'Union européenne / de l'Espace "
        "économique européen.",
    ),
    "automated_intro": (
        "{activity}: {description}",
        "{activity} : {description}",
    ),
    "ad_logic": ("Logic involved", "Logique sous-jacente"),
    "ad_significance": ("Significance", "Importance"),
    "ad_consequences": ("Envisaged consequences for you", "Conséquences envisagées pour vous"),
    "ad_missing": (
        "to be completed by the controller in the register",
        "à compléter par le responsable du traitement dans le registre",
    ),
    "no_automated": (
        "No decision based solely on automated processing, including profiling, producing "
        "legal effects concerning you or similarly significantly affecting you is taken "
        "({cite}).",
        "Aucune décision fondée exclusivement sur un traitement automatisé, y compris le "
        "profilage, produisant des effets juridiques vous concernant ou vous affectant de "
        "manière significative de façon similaire n'est prise ({cite}).",
    ),
    "no_automated_plain": (
        "No decision concerning you is based exclusively on an automated processing of your "
        "personal information.",
        "Aucune décision vous concernant n'est fondée exclusivement sur un traitement "
        "automatisé de vos renseignements personnels.",
    ),
    "no_automated_cited": (
        "No decision concerning you is based exclusively on an automated processing of your "
        "personal information ({cite}).",
        "Aucune décision vous concernant n'est fondée exclusivement sur un traitement "
        "automatisé de vos renseignements personnels ({cite}).",
    ),
    "notified_none": (
        "Your data had not been disclosed to any recipient, so no one else needed to be informed.",
        "Vos données n'avaient été communiquées à aucun destinataire : personne d'autre n'avait "
        "à être informé.",
    ),
    "directive_person": ("Person", "Personne concernée"),
    "directive_registered": ("Registered on", "Enregistrée le"),
    "directive_content": ("Instructions", "Instructions"),
    "directive_executor": ("Person designated to execute it", "Personne désignée pour l'exécuter"),
    "deceased": ("Deceased", "Personne décédée"),
    "death_date": ("Date of death", "Date du décès"),
    "requester": ("Requester", "Demandeur"),
    "directive_found": ("Directive registered with us", "Directive enregistrée auprès de nous"),
    "yes": ("Yes", "Oui"),
    "no": ("No", "Non"),
}


def t(key: str, lang: str) -> str:
    en, fr = STRINGS[key]
    return fr if lang == "fr" else en
