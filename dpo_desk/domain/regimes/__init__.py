"""What each law says to the person in a letter: its authority, remedies and citations.

The deadline engine (``deadlines.rulesets``) knows *when* a reply is due; this package
knows *what a letter must say* under the law of the case, in English and French. Every
fact carries its source in the text itself, because the text is what the letter quotes:

- ``gdpr``: France (with Alsace-Moselle) and the United Kingdom;
- ``canada``: Quebec (CQLR c. P-39.1) and Canada (PIPEDA);
- ``americas``: California (CCPA/CPRA) and Brazil (LGPD);

each module lists the articles it relies on, and ``model`` defines what a law's facts are.
No Qt, no SQL: the letters and the workflow read these values.
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
