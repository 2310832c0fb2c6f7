"""The letter facts of Quebec's private-sector act and of Canada's federal law.

- Quebec: Act respecting the protection of personal information in the private sector
  (CQLR c. P-39.1) s. 27 (access), 30 (identity), 32 (30 days), 34 (a refusal gives its
  reasons, the provision relied on, the remedies and their time limit, and the person in
  charge helps the applicant understand it), 39-40 (grounds), 42-43 (examination of a
  disagreement by the Commission d'accès à l'information, within 30 days). No extension
  clause: the public-sector act has one, P-39.1 has none.
- Canada (federal): PIPEDA s. 8(3)-(7), 9, 11 (complaint to the Privacy Commissioner),
  14 (Federal Court, within one year after the Commissioner's report).
"""

from __future__ import annotations

from dpo_desk.domain.regimes.model import COMMON_KINDS, Authority, Regime

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
    kinds=COMMON_KINDS,
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
    kinds=COMMON_KINDS | {"extension"},
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
