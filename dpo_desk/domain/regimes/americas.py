"""The letter facts of California's and Brazil's laws.

- California: Cal. Civ. Code §1798.100-1798.199.100 (CCPA/CPRA), 11 CCR §7021 (confirm
  receipt within 10 business days; reply within 45 days, once extendable by 45), §7024
  (a denial explains its basis), §7060 (verification); the California Privacy Protection
  Agency and the Attorney General.
- Brazil: LGPD (Lei 13.709/2018) art. 18 (rights; §1 petition to the ANPD; §4 reasons of
  fact or law when the controller cannot act), art. 19 II (15 days), art. 22 (courts).
"""

from __future__ import annotations

from dpo_desk.domain.regimes.model import COMMON_KINDS, Authority, Regime

CALIFORNIA = Regime(
    key="ccpa",
    short="CCPA",
    law=("California Consumer Privacy Act (CCPA)", "California Consumer Privacy Act (CCPA)"),
    authority=Authority(
        ("California Privacy Protection Agency", "California Privacy Protection Agency"),
        ("2101 Arena Blvd", "Sacramento, CA 95834"),
        "cppa.ca.gov",
    ),
    remedies=(
        (
            "file a complaint with the {authority}, {address}, {url} "
            "(Cal. Civ. Code §1798.199.45);",
            "de déposer une plainte auprès de la {authority}, {address}, {url} "
            "(Cal. Civ. Code §1798.199.45) ;",
        ),
        (
            "report the matter to the California Attorney General, oag.ca.gov/privacy "
            "(Cal. Civ. Code §1798.199.90).",
            "de signaler les faits au procureur général de Californie, oag.ca.gov/privacy "
            "(Cal. Civ. Code §1798.199.90).",
        ),
    ),
    cite={
        "reply": ("11 CCR §7021(b)", "11 CCR §7021(b)"),
        "confirm": ("11 CCR §7021(a)", "11 CCR §7021(a)"),
        "identity": ("11 CCR §7060", "11 CCR §7060"),
        "extension": ("11 CCR §7021(b)", "11 CCR §7021(b)"),
        "refusal": ("11 CCR §7024", "11 CCR §7024"),
        "access": ("Cal. Civ. Code §1798.110", "Cal. Civ. Code §1798.110"),
        "copy": ("Cal. Civ. Code §1798.130(a)(2)", "Cal. Civ. Code §1798.130(a)(2)"),
        "rights": (
            "Cal. Civ. Code §1798.105, 1798.106 and 1798.120",
            "Cal. Civ. Code §1798.105, 1798.106 et 1798.120",
        ),
        "free": ("Cal. Civ. Code §1798.130(a)(2)", "Cal. Civ. Code §1798.130(a)(2)"),
    },
    # §1798.105 (delete), §1798.106 (correct), §1798.120 (opt out of sale or sharing).
    other_rights=(
        "request that we delete or correct your personal information, or opt out of its "
        "sale or sharing",
        "demander la suppression ou la correction de vos renseignements personnels, ou vous "
        "opposer à leur vente ou à leur partage",
    ),
    kinds=COMMON_KINDS | {"extension"},
    period=("45 days", "45 jours"),
    identity_stops_clock=False,
    grounds={
        "identity-not-established": ("11 CCR §7024(a)", "11 CCR §7024(a)"),
        "no-data": ("Cal. Civ. Code §1798.110", "Cal. Civ. Code §1798.110"),
        "legal-obligation": (
            "Cal. Civ. Code §1798.105(d) and 1798.145(a)",
            "Cal. Civ. Code §1798.105(d) et 1798.145(a)",
        ),
        "legal-claims": ("Cal. Civ. Code §1798.145(a)(4)", "Cal. Civ. Code §1798.145(a)(4)"),
        "manifestly-unfounded": (
            "Cal. Civ. Code §1798.145(h)(3)",
            "Cal. Civ. Code §1798.145(h)(3)",
        ),
        "excessive": ("Cal. Civ. Code §1798.145(h)(3)", "Cal. Civ. Code §1798.145(h)(3)"),
    },
    dpo_role=("our privacy team", "notre équipe chargée de la protection de la vie privée"),
    ack_note=(
        "This letter confirms receipt of your request within the 10 business days "
        "required by 11 CCR §7021(a), and explains how we will verify and process it.",
        "Ce courrier vous confirme la réception de votre demande dans les 10 jours "
        "ouvrables prévus par 11 CCR §7021(a), et vous indique comment nous la "
        "vérifierons et la traiterons.",
    ),
    own_words=("California Privacy Protection Agency", "CCPA"),
)

BRAZIL = Regime(
    key="lgpd",
    short="LGPD",
    law=("LGPD (Lei 13.709/2018)", "LGPD (loi brésilienne n° 13.709/2018)"),
    authority=Authority(
        (
            "Autoridade Nacional de Proteção de Dados (ANPD)",
            "Autoridade Nacional de Proteção de Dados (ANPD)",
        ),
        ("Brasília - DF",),
        "www.gov.br/anpd",
    ),
    remedies=(
        (
            "petition the {authority}, {address}, {url} (LGPD art. 18 §1);",
            "d'adresser une pétition à l'{authority}, {address}, {url} (LGPD, art. 18 §1) ;",
        ),
        (
            "bring your rights before the courts (LGPD art. 22).",
            "de faire valoir vos droits en justice (LGPD, art. 22).",
        ),
    ),
    cite={
        "reply": ("LGPD art. 19 II", "LGPD, art. 19 II"),
        "identity": ("LGPD art. 18 §6 and 19", "LGPD, art. 18 §6 et 19"),
        "refusal": ("LGPD art. 18 §4", "LGPD, art. 18 §4"),
        "access": ("LGPD art. 18 II and 19", "LGPD, art. 18 II et 19"),
        "copy": ("LGPD art. 19 §3", "LGPD, art. 19 §3"),
        "rights": ("LGPD art. 18", "LGPD, art. 18"),
        "free": ("LGPD art. 18 §5", "LGPD, art. 18 §5"),
        # Art. 20: review of decisions taken solely on automated processing.
        "automated": ("LGPD art. 20", "LGPD, art. 20"),
    },
    # LGPD art. 18 III-VI and IX: correction; anonymisation, blocking or deletion;
    # deletion of data processed with consent; revocation of consent.
    other_rights=(
        "request correction of incomplete, inaccurate or outdated data, anonymisation, "
        "blocking or deletion of unnecessary or excessive data, deletion of data processed "
        "with your consent, or revoke your consent",
        "demander la correction de données incomplètes, inexactes ou périmées, "
        "l'anonymisation, le blocage ou la suppression de données inutiles ou excessives, la "
        "suppression des données traitées avec votre consentement, ou révoquer votre "
        "consentement",
    ),
    kinds=COMMON_KINDS,
    period=("15 days", "15 jours"),
    identity_stops_clock=False,
    grounds={
        "identity-not-established": ("LGPD art. 18 §4", "LGPD, art. 18 §4"),
        "no-data": ("LGPD art. 18 §4 I", "LGPD, art. 18 §4 I"),
        "legal-obligation": ("LGPD art. 16 I", "LGPD, art. 16 I"),
    },
    dpo_role=(
        "our data protection officer (encarregado, LGPD art. 41)",
        "notre délégué à la protection des données (encarregado, LGPD, art. 41)",
    ),
    own_words=("ANPD", "LGPD"),
)
