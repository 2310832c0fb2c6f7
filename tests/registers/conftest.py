"""Fixtures of the register tests: a small register like the demo organisation's."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from regtools import PDF

from dpo_desk.services import registers
from dpo_desk.services.context import Context


@pytest.fixture
def seeded(ctx: Context) -> Context:
    """Three recipients (one in Morocco under SCC module 2) and three activities."""
    registers.add_recipient(
        ctx,
        registers.NewRecipient(
            "Customer service (internal)", "internal", "Orders and returns", "FR"
        ),
    )
    registers.add_recipient(
        ctx, registers.NewRecipient("Atlas Contact Center SARL", "processor", "Call centre", "MA")
    )
    registers.add_transfer(
        ctx,
        "Atlas Contact Center SARL",
        registers.NewTransfer(
            country="MA",
            safeguard="scc",
            scc_module="2",
            adequacy_status="not-adequate",
            adequacy_checked_on=date(2025, 12, 1),
            safeguard_document="SCC 2021/914 module 2, signed 2023-03-01",
            valid_from=date(2023, 3, 1),
        ),
    )
    registers.add_recipient(
        ctx, registers.NewRecipient("CloudMail Inc.", "processor", '=HYPERLINK("http://x")', "US")
    )
    registers.add_transfer(
        ctx,
        "CloudMail Inc.",
        registers.NewTransfer(
            country="US",
            safeguard="adequacy",
            adequacy_status="adequate",
            adequacy_checked_on=date(2024, 6, 1),
            safeguard_document="EU-US Data Privacy Framework (Decision 2023/1795)",
            valid_from=date(2023, 7, 10),
        ),
    )
    registers.add_activity(
        ctx,
        registers.NewActivity(
            name="Customer orders and delivery",
            legal_basis="contract",
            purposes="Take, prepare, deliver and invoice orders.",
            data_categories=["identity", "postal address", "order history"],
            subject_categories=["customers"],
            sources="The customer, when ordering.",
            retention="5 years after the order, then 5 years of intermediate archive.",
            retention_rule={"from": "order", "years": 5, "archive_years": 5},
            recipients=["Customer service (internal)", "Atlas Contact Center SARL"],
        ),
    )
    registers.add_activity(
        ctx,
        registers.NewActivity(
            name="Prospecting and newsletters",
            legal_basis="consent",
            purposes="-Send newsletters; +offers; @contests",
            data_categories=["identity", "e-mail; phone"],
            subject_categories=["prospects"],
            sources="The person, when subscribing.",
            retention="3 years from the last contact.",
            retention_rule={"from": "last-contact", "years": 3},
            recipients=["CloudMail Inc."],
        ),
    )
    registers.add_activity(
        ctx,
        registers.NewActivity(
            name="Instalment payments",
            legal_basis="legal-obligation",
            purposes='Instalments with a scoring.\nSecond line, with "quotes", commas',
            data_categories=["bank details", "scoring result"],
            subject_categories=["customers"],
            sources="The customer and the payment partner.",
            retention="Until the last payment, then 5 years.",
            retention_rule={"from": "last-payment", "years": 5},
            automated_decision="An automated score accepts or declines; human review on request.",
        ),
    )
    return ctx


@pytest.fixture
def evidence(tmp_path: Path) -> dict[str, Path]:
    cert = tmp_path / "acte de décès.pdf"
    cert.write_bytes(PDF)
    proof = tmp_path / "attestation.pdf"
    proof.write_bytes(PDF.replace(b"1 0 obj", b"2 0 obj"))
    return {"death-certificate": cert, "capacity-proof": proof}
