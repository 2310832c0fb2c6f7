"""The GDPR's letter facts, in France (with Alsace-Moselle) and in the United Kingdom.

- France and Alsace-Moselle: GDPR Art. 12(3)-(6), 15, 19, 77, 79; loi n° 78-17
  (Informatique et Libertés) art. 8 (the CNIL handles complaints), art. 84-85 (post-mortem).
- United Kingdom: UK GDPR Art. 12, 12A (inserted by the Data (Use and Access) Act 2025:
  the period does not run while the controller awaits information it needs), 77, 79;
  the ICO.
"""

from __future__ import annotations

from dpo_desk.domain.regimes.model import ALL_KINDS, Authority, Bi, Regime

GDPR_GROUNDS: dict[str, Bi] = {
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
    kinds=ALL_KINDS,
    period=("one month", "un mois"),
    identity_stops_clock=True,
    grounds=GDPR_GROUNDS,
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
    kinds=ALL_KINDS - {"directive-ack", "heirs-reply"},
    period=("one month", "un mois"),
    identity_stops_clock=True,
    grounds={k: _uk(v) for k, v in GDPR_GROUNDS.items()},
    own_words=("ICO", "UK GDPR"),
)
