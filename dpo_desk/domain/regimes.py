"""What each law says to the person in a letter: its authority, remedies and citations.

The deadline engine (``deadlines.rulesets``) knows *when* a reply is due; this module
knows *what a letter must say* under the law of the case, in English and French. Every
fact carries its source in the text itself, because the text is what the letter quotes:

- France and Alsace-Moselle: GDPR Art. 12(3)-(6), 15, 19, 77, 79; loi n° 78-17
  (Informatique et Libertés) art. 8 (the CNIL handles complaints), art. 84-85 (post-mortem).
- United Kingdom: UK GDPR Art. 12, 12A (inserted by the Data (Use and Access) Act 2025:
  the period does not run while the controller awaits information it needs), 77, 79;
  the ICO.
- Quebec: Act respecting the protection of personal information in the private sector
  (CQLR c. P-39.1) s. 27 (access), 30 (identity), 32 (30 days), 34 (a refusal gives its
  reasons, the provision relied on, the remedies and their time limit, and the person in
  charge helps the applicant understand it), 39-40 (grounds), 42-43 (examination of a
  disagreement by the Commission d'accès à l'information, within 30 days). No extension
  clause: the public-sector act has one, P-39.1 has none.
- Canada (federal): PIPEDA s. 8(3)-(7), 9, 11 (complaint to the Privacy Commissioner),
  14 (Federal Court, within one year after the Commissioner's report).
- California: Cal. Civ. Code §1798.100-1798.199.100 (CCPA/CPRA), 11 CCR §7021 (confirm
  receipt within 10 business days; reply within 45 days, once extendable by 45), §7024
  (a denial explains its basis), §7060 (verification); the California Privacy Protection
  Agency and the Attorney General.
- Brazil: LGPD (Lei 13.709/2018) art. 18 (rights; §1 petition to the ANPD; §4 reasons of
  fact or law when the controller cannot act), art. 19 II (15 days), art. 22 (courts).

No Qt, no SQL: the letters and the workflow read these values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dpo_desk.domain.deadlines.rulesets import get_ruleset

#: A text in English and French.
Bi = tuple[str, str]


def pick(text: Bi, lang: str) -> str:
    """The French or English half of a ``Bi``."""
    return text[1] if lang == "fr" else text[0]


@dataclass(frozen=True)
class Authority:
    """The body a person complains to."""

    name: Bi
    address: tuple[str, ...]
    url: str


@dataclass(frozen=True)
class Regime:
    """The letter facts of one law.

    Attributes:
        key: ``gdpr-fr``, ``uk-gdpr``, ``qc``, ``pipeda``, ``ccpa``, ``lgpd``.
        short: The law's short name, for one-line messages.
        law: The law's name as a letter writes it ("RGPD" in French, "GDPR" in English).
        authority: The supervisory authority.
        remedies: Full sentences, one per remedy, with their time limits; ``{authority}``,
            ``{address}`` and ``{url}`` are filled with the authority's details.
        cite: Citations by role (reply, identity, extension, refusal, access, complaint,
            recipients_notice), each in both languages.
        kinds: The letter kinds this law has.
        period: The reply period in words ("un mois", "30 days").
        identity_stops_clock: True where awaiting identity information stops the period.
        help_line: A sentence the refusal adds (Quebec: the person in charge helps).
        grounds: Refusal grounds available under this law, each with its citation.
    """

    key: str
    #: The law's short name in messages ("GDPR", "Quebec P-39.1").
    short: str
    law: Bi
    authority: Authority
    remedies: tuple[Bi, ...]
    cite: dict[str, Bi]
    kinds: frozenset[str]
    period: Bi
    identity_stops_clock: bool
    grounds: dict[str, Bi]
    help_line: Bi = ("", "")
    #: Who answers, as the law names the role ("our Data Protection Officer").
    dpo_role: Bi = ("our Data Protection Officer", "notre délégué à la protection des données")
    #: A sentence the acknowledgement adds under this law (California: 10 business days).
    ack_note: Bi = ("", "")
    #: The other rights a reply tells of, as this law words them (after "You may").
    other_rights: Bi = (
        "request rectification or erasure of your data, restriction of its processing, or "
        "object to its processing",
        "demander la rectification ou l'effacement de vos données, la limitation de leur "
        "traitement, ou vous opposer à leur traitement",
    )
    #: Words that belong to this law only: no letter under another law may print them.
    own_words: tuple[str, ...] = field(default=())

    def has_kind(self, kind: str) -> bool:
        return kind in self.kinds

    def citation(self, role: str, lang: str) -> str:
        return pick(self.cite.get(role, ("", "")), lang)


_ALL_KINDS = frozenset(
    {
        "acknowledgement",
        "id-request",
        "extension",
        "access-reply",
        "confirmation",
        "refusal",
        "safeguards",
        "directive-ack",
        "heirs-reply",
    }
)
_COMMON = frozenset({"acknowledgement", "id-request", "access-reply", "confirmation", "refusal"})

_GDPR_GROUNDS: dict[str, Bi] = {
    "manifestly-unfounded": ("GDPR Art. 12(5)(b)", "art. 12.5.b du RGPD"),
    "excessive": ("GDPR Art. 12(5)(b)", "art. 12.5.b du RGPD"),
    "identity-not-established": ("GDPR Art. 11(2) and 12(2)", "art. 11.2 et 12.2 du RGPD"),
    "no-data": ("GDPR Art. 15(1)", "art. 15.1 du RGPD"),
    "legal-obligation": ("GDPR Art. 17(3)(b)", "art. 17.3.b du RGPD"),
    "legal-claims": ("GDPR Art. 17(3)(e) and 21(1)", "art. 17.3.e et 21.1 du RGPD"),
    "compelling-grounds": ("GDPR Art. 21(1)", "art. 21.1 du RGPD"),
    "rights-of-others": ("GDPR Art. 15(4)", "art. 15.4 du RGPD"),
    "legal-exemption": (
        "GDPR Art. 23 and the national law applying it",
        "art. 23 du RGPD et la loi nationale qui l'applique",
    ),
}


def _uk(text: Bi) -> Bi:
    return (text[0].replace("GDPR", "UK GDPR"), text[1].replace("RGPD", "UK GDPR"))


FRANCE = Regime(
    key="gdpr-fr",
    short="GDPR (France)",
    law=("GDPR", "RGPD"),
    authority=Authority(
        (
            "Commission nationale de l'informatique et des libertés (CNIL)",
            "Commission nationale de l'informatique et des libertés (CNIL)",
        ),
        ("3 place de Fontenoy", "TSA 80715", "75334 Paris Cedex 07"),
        "www.cnil.fr",
    ),
    remedies=(
        (
            "lodge a complaint with the supervisory authority, the {authority}, {address}, or "
            "online at {url} (GDPR Art. 77; loi n° 78-17 Informatique et Libertés, art. 8);",
            "d'introduire une réclamation auprès de la {authority}, {address}, ou en ligne sur "
            "{url} (art. 77 du RGPD ; art. 8 de la loi n° 78-17 du 6 janvier 1978 dite "
            "Informatique et Libertés) ;",
        ),
        (
            "bring proceedings before the competent tribunal judiciaire (GDPR Art. 79).",
            "de former un recours juridictionnel devant le tribunal judiciaire compétent "
            "(art. 79 du RGPD).",
        ),
    ),
    cite={
        "reply": ("GDPR Art. 12(3)", "article 12.3 du RGPD"),
        "identity": ("GDPR Art. 12(6)", "article 12.6 du RGPD"),
        "identity_stop": (
            "décret n° 2019-536, implementing loi n° 78-17",
            "décret n° 2019-536 pris pour l'application de la loi n° 78-17",
        ),
        "extension": ("GDPR Art. 12(3)", "article 12.3 du RGPD"),
        "refusal": ("GDPR Art. 12(4)", "article 12.4 du RGPD"),
        "access": ("GDPR Art. 15", "article 15 du RGPD"),
        "copy": ("GDPR Art. 15(3)", "article 15.3 du RGPD"),
        "rights": ("GDPR Art. 16, 17, 18 and 21", "articles 16, 17, 18 et 21 du RGPD"),
        "recipients_notice": ("GDPR Art. 19", "article 19 du RGPD"),
        "free": ("GDPR Art. 12(5)", "article 12.5 du RGPD"),
        # The item of Art. 15(1) each row of the access reply answers ({x}: a, b, c...).
        "access_item": ("Art. 15(1)({x})", "art. 15.1.{x}"),
        "automated": ("GDPR Art. 22", "article 22 du RGPD"),
    },
    kinds=_ALL_KINDS,
    period=("one month", "un mois"),
    identity_stops_clock=True,
    grounds=_GDPR_GROUNDS,
    own_words=("CNIL", "tribunal judiciaire"),
)

UNITED_KINGDOM = Regime(
    key="uk-gdpr",
    short="UK GDPR",
    law=("UK GDPR", "UK GDPR"),
    authority=Authority(
        ("Information Commissioner's Office (ICO)", "Information Commissioner's Office (ICO)"),
        ("Wycliffe House", "Water Lane", "Wilmslow", "Cheshire SK9 5AF"),
        "ico.org.uk",
    ),
    remedies=(
        (
            "complain to the {authority}, {address}, or online at {url} (UK GDPR Art. 77);",
            "d'introduire une réclamation auprès de l'{authority}, {address}, ou en ligne sur "
            "{url} (art. 77 du UK GDPR) ;",
        ),
        (
            "apply to a court for an order (UK GDPR Art. 79; Data Protection Act 2018, s. 167).",
            "de saisir un tribunal (art. 79 du UK GDPR ; Data Protection Act 2018, art. 167).",
        ),
    ),
    cite={
        **{k: _uk(v) for k, v in FRANCE.cite.items()},
        "identity_stop": ("UK GDPR Art. 12A", "art. 12A du UK GDPR"),
    },
    kinds=_ALL_KINDS - {"directive-ack", "heirs-reply"},
    period=("one month", "un mois"),
    identity_stops_clock=True,
    grounds={k: _uk(v) for k, v in _GDPR_GROUNDS.items()},
    own_words=("ICO", "UK GDPR"),
)

QUEBEC = Regime(
    key="qc",
    short="Quebec, P-39.1",
    law=(
        "Act respecting the protection of personal information in the private sector "
        "(CQLR, c. P-39.1)",
        "Loi sur la protection des renseignements personnels dans le secteur privé "
        "(RLRQ, c. P-39.1)",
    ),
    authority=Authority(
        (
            "Commission d'accès à l'information du Québec",
            "Commission d'accès à l'information du Québec",
        ),
        ("525, boulevard René-Lévesque Est, bureau 2.36", "Québec (Québec) G1R 5S9"),
        "www.cai.gouv.qc.ca",
    ),
    remedies=(
        (
            "apply to the {authority}, {address}, {url}, for the examination of the "
            "disagreement, within 30 days of the refusal or of the expiry of the time to reply "
            "(CQLR, c. P-39.1, ss. 42 and 43).",
            "de soumettre une demande d'examen de mésentente à la {authority}, {address}, "
            "{url}, dans les 30 jours du refus ou de l'expiration du délai pour répondre "
            "(RLRQ, c. P-39.1, art. 42 et 43).",
        ),
    ),
    cite={
        "reply": ("CQLR, c. P-39.1, s. 32", "RLRQ, c. P-39.1, art. 32"),
        "identity": ("CQLR, c. P-39.1, s. 30", "RLRQ, c. P-39.1, art. 30"),
        "refusal": ("CQLR, c. P-39.1, s. 34", "RLRQ, c. P-39.1, art. 34"),
        "access": ("CQLR, c. P-39.1, s. 27", "RLRQ, c. P-39.1, art. 27"),
        "copy": ("CQLR, c. P-39.1, s. 27", "RLRQ, c. P-39.1, art. 27"),
        "rights": ("CQLR, c. P-39.1, ss. 28 and 28.1", "RLRQ, c. P-39.1, art. 28 et 28.1"),
        "free": ("CQLR, c. P-39.1, s. 33", "RLRQ, c. P-39.1, art. 33"),
        # s. 12.1 (Law 25, in force 22 Sept. 2023): a decision based exclusively on an
        # automated processing is disclosed to the person.
        "automated": ("CQLR, c. P-39.1, s. 12.1", "RLRQ, c. P-39.1, art. 12.1"),
    },
    # s. 28: rectify what is inaccurate, incomplete or equivocal; delete what is outdated,
    # not justified by the purpose, or collected against the Act; s. 28.1: cease
    # dissemination. Quebec has no "restriction" or general "objection" right.
    other_rights=(
        "ask that information about you that is inaccurate, incomplete or equivocal be "
        "rectified, that information that is outdated or whose collection is not authorised "
        "by law be deleted, or that its dissemination cease",
        "demander la rectification de renseignements inexacts, incomplets ou équivoques, la "
        "suppression de renseignements périmés ou dont la collecte n'est pas autorisée par la "
        "loi, ou la cessation de leur diffusion",
    ),
    kinds=_COMMON,
    period=("30 days", "30 jours"),
    identity_stops_clock=False,
    grounds={
        "identity-not-established": ("CQLR, c. P-39.1, s. 30", "RLRQ, c. P-39.1, art. 30"),
        "no-data": ("CQLR, c. P-39.1, s. 27", "RLRQ, c. P-39.1, art. 27"),
        "legal-claims": ("CQLR, c. P-39.1, s. 39(2)", "RLRQ, c. P-39.1, art. 39, par. 2"),
        "rights-of-others": ("CQLR, c. P-39.1, s. 40", "RLRQ, c. P-39.1, art. 40"),
    },
    help_line=(
        "The person in charge of the protection of personal information, {dpo_name} "
        "({dpo_email}), will help you understand this refusal if you wish "
        "(CQLR, c. P-39.1, s. 34).",
        "La personne responsable de la protection des renseignements personnels, "
        "{dpo_name} ({dpo_email}), vous prêtera assistance pour comprendre ce refus si vous "
        "le souhaitez (RLRQ, c. P-39.1, art. 34).",
    ),
    dpo_role=(
        "the person in charge of the protection of personal information",
        "la personne responsable de la protection des renseignements personnels",
    ),
    own_words=("Commission d'accès à l'information", "P-39.1"),
)

CANADA = Regime(
    key="pipeda",
    short="PIPEDA",
    law=(
        "Personal Information Protection and Electronic Documents Act (PIPEDA)",
        "Loi sur la protection des renseignements personnels et les documents "
        "électroniques (LPRPDE)",
    ),
    authority=Authority(
        (
            "Office of the Privacy Commissioner of Canada",
            "Commissariat à la protection de la vie privée du Canada",
        ),
        ("30 Victoria Street", "Gatineau, Quebec K1A 1H3"),
        "www.priv.gc.ca",
    ),
    remedies=(
        (
            "file a complaint with the {authority}, {address}, {url} (PIPEDA s. 11);",
            "de déposer une plainte auprès du {authority}, {address}, {url} (LPRPDE, art. 11) ;",
        ),
        (
            "after the Commissioner's report, apply to the Federal Court within one year "
            "(PIPEDA s. 14).",
            "après le rapport du Commissaire, de demander une audience à la Cour fédérale dans "
            "un délai d'un an (LPRPDE, art. 14).",
        ),
    ),
    cite={
        "reply": ("PIPEDA s. 8(3)", "LPRPDE, par. 8(3)"),
        "identity": ("PIPEDA Sch. 1, principle 4.9.2", "LPRPDE, ann. 1, principe 4.9.2"),
        "extension": ("PIPEDA s. 8(4)", "LPRPDE, par. 8(4)"),
        "refusal": ("PIPEDA s. 8(7)", "LPRPDE, par. 8(7)"),
        "access": (
            "PIPEDA s. 8 and Sch. 1, principle 4.9",
            "LPRPDE, art. 8 et ann. 1, principe 4.9",
        ),
        "copy": ("PIPEDA Sch. 1, principle 4.9", "LPRPDE, ann. 1, principe 4.9"),
        "rights": ("PIPEDA Sch. 1, principle 4.9.5", "LPRPDE, ann. 1, principe 4.9.5"),
        "free": ("PIPEDA s. 8(6)", "LPRPDE, par. 8(6)"),
    },
    # Sch. 1, principle 4.9.5: challenge accuracy and completeness, have it amended.
    other_rights=(
        "challenge the accuracy and completeness of the information about you and have it amended",
        "contester l'exactitude et l'intégralité des renseignements vous concernant et les "
        "faire modifier",
    ),
    kinds=_COMMON | {"extension"},
    period=("30 days", "30 jours"),
    identity_stops_clock=False,
    grounds={
        "identity-not-established": (
            "PIPEDA Sch. 1, principle 4.9.2",
            "LPRPDE, ann. 1, principe 4.9.2",
        ),
        "no-data": ("PIPEDA Sch. 1, principle 4.9", "LPRPDE, ann. 1, principe 4.9"),
        "rights-of-others": ("PIPEDA s. 9(1)", "LPRPDE, par. 9(1)"),
        "legal-claims": ("PIPEDA s. 9(3)(a)", "LPRPDE, al. 9(3)a)"),
    },
    dpo_role=(
        "the individual accountable for our compliance with PIPEDA (Privacy Officer)",
        "la personne responsable de notre conformité à la LPRPDE",
    ),
    own_words=("Privacy Commissioner", "PIPEDA"),
)

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
    kinds=_COMMON | {"extension"},
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
    kinds=_COMMON,
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

REGIMES: tuple[Regime, ...] = (FRANCE, UNITED_KINGDOM, QUEBEC, CANADA, CALIFORNIA, BRAZIL)

_BY_RULESET: dict[str, Regime] = {
    "FR": FRANCE,
    "FR-57": FRANCE,
    "FR-67": FRANCE,
    "FR-68": FRANCE,
    "GB": UNITED_KINGDOM,
    "CA-QC": QUEBEC,
    "CA": CANADA,
    "US-CA": CALIFORNIA,
    "BR": BRAZIL,
}


def regime_for(jurisdiction: str) -> Regime:
    """The letter facts of a case's rule set (``FR``, ``CA-QC``...).

    Raises:
        UnknownJurisdiction: no rule set has this code.
    """
    return _BY_RULESET[get_ruleset(jurisdiction).code]


_GDPR_CITE = re.compile(r"(UK )?GDPR Art\. (\d+[A-Z]?)((?:\(\w+\))*)")


def french_citation(text: str) -> str:
    """'GDPR Art. 6(1)(b)' -> 'art. 6.1.b du RGPD' inside a French text (register sources
    are written in English; a French letter says "RGPD", never "GDPR")."""

    def fr(m: re.Match[str]) -> str:
        parts = [m.group(2), *re.findall(r"\((\w+)\)", m.group(3))]
        law = "du UK GDPR" if m.group(1) else "du RGPD"
        return f"art. {'.'.join(parts)} {law}"

    return _GDPR_CITE.sub(fr, text)


def remedy_lines(
    regime: Regime, lang: str, authority_name: str = "", address: str = "", url: str = ""
) -> list[str]:
    """The remedies as sentences, with the authority's details filled in."""
    name = authority_name or pick(regime.authority.name, lang)
    where = address or ", ".join(regime.authority.address)
    return [
        pick(r, lang).format(authority=name, address=where, url=url or regime.authority.url)
        for r in regime.remedies
    ]
