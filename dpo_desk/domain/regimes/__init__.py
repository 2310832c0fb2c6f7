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

One module per family of laws (``gdpr``, ``canada``, ``americas``), on the model of
``model``. No Qt, no SQL: the letters and the workflow read these values.
"""

from __future__ import annotations

import re

from dpo_desk.domain.deadlines.rulesets import get_ruleset
from dpo_desk.domain.regimes.americas import BRAZIL, CALIFORNIA
from dpo_desk.domain.regimes.canada import CANADA, QUEBEC
from dpo_desk.domain.regimes.gdpr import FRANCE, UNITED_KINGDOM
from dpo_desk.domain.regimes.model import Authority, Bi, Regime, pick

__all__ = [
    "BRAZIL",
    "CALIFORNIA",
    "CANADA",
    "FRANCE",
    "QUEBEC",
    "REGIMES",
    "UNITED_KINGDOM",
    "Authority",
    "Bi",
    "Regime",
    "french_citation",
    "pick",
    "regime_for",
    "remedy_lines",
]

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
