"""The letter facts of each law (domain.regimes) and the one vocabulary of refusal grounds
(domain.refusals): sources present, every rule set covered, French citations."""

from __future__ import annotations

import pytest

from dpo_desk.domain.deadlines.rulesets import RULESETS
from dpo_desk.domain.lifecycle import IllegalTransition, RefusalReason
from dpo_desk.domain.refusals import GROUND_RIGHTS, GROUND_TEXT, check_refusal
from dpo_desk.domain.regimes import (
    CANADA,
    FRANCE,
    QUEBEC,
    REGIMES,
    french_citation,
    regime_for,
)
from dpo_desk.domain.rights import Right


def test_every_rule_set_has_a_law_with_authority_remedies_and_citations() -> None:
    for rs in RULESETS:
        r = regime_for(rs.code)
        assert r.authority.url and r.authority.address and r.remedies
        for role in ("reply", "identity", "refusal", "access"):
            en, fr = r.cite[role]
            assert en and fr, (rs.code, role)
        assert r.grounds and "identity-not-established" in r.grounds
        assert r.has_kind("extension") == (rs.extension is not None), rs.code


def test_every_ground_has_text_rights_and_a_gdpr_source() -> None:
    for ground in RefusalReason:
        assert GROUND_TEXT[ground] and GROUND_RIGHTS[ground]
        assert ground.value in FRANCE.grounds
    assert all(Right.PROSPECTING_OBJECTION not in rights for rights in GROUND_RIGHTS.values())


def test_quebec_citations_in_french_are_rlrq() -> None:
    assert QUEBEC.citation("reply", "fr") == "RLRQ, c. P-39.1, art. 32"
    assert QUEBEC.citation("reply", "en") == "CQLR, c. P-39.1, s. 32"
    assert "30 jours" in QUEBEC.remedies[0][1] and "art. 42 et 43" in QUEBEC.remedies[0][1]
    assert not QUEBEC.has_kind("extension")


@pytest.mark.parametrize(
    ("source", "french"),
    [
        ("GDPR Art. 6(1)(b)", "art. 6.1.b du RGPD"),
        ("SCC (GDPR Art. 46(2)(c))", "SCC (art. 46.2.c du RGPD)"),
        ("UK GDPR Art. 12A", "art. 12A du UK GDPR"),
        ("Loi 78-17", "Loi 78-17"),
    ],
)
def test_french_citation(source: str, french: str) -> None:
    assert french_citation(source) == french


def test_refusal_checks() -> None:
    with pytest.raises(IllegalTransition, match="absolute"):
        check_refusal("excessive", ["access", "prospecting-objection"], FRANCE)
    with pytest.raises(IllegalTransition, match="does not exist under PIPEDA"):
        check_refusal("compelling-grounds", ["objection"], CANADA)
    with pytest.raises(IllegalTransition, match="cannot answer"):
        check_refusal("compelling-grounds", ["erasure"], FRANCE)
    assert check_refusal("legal-claims", ["erasure", "objection"], FRANCE) is (
        RefusalReason.LEGAL_CLAIMS
    )
    assert {r.key for r in REGIMES} == {regime_for(rs.code).key for rs in RULESETS}
