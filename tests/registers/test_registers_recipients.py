"""Recipients, transfers, disclosures frozen on cases, safeguard copies."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from regtools import audit_ops, chain_ok, new_case

from dpo_desk.errors import NotFound, UserError
from dpo_desk.services import registers
from dpo_desk.services.context import Context
from dpo_desk.services.registers import csvio


def test_recipient_crud(ctx: Context) -> None:
    rec = registers.add_recipient(
        ctx, registers.NewRecipient("Colis Express", "processor", "Parcel delivery", "fr")
    )
    assert rec.country == "FR" and not rec.third_country and rec.warnings == ()
    with pytest.raises(UserError, match="already exists"):
        registers.add_recipient(ctx, registers.NewRecipient("Colis Express", "processor"))
    for bad, message in [
        (registers.NewRecipient("X", "friend"), "category: unknown value"),
        (registers.NewRecipient("X", "processor", country="FRA"), "ISO 3166"),
        (registers.NewRecipient("", "processor"), "name: is required"),
    ]:
        with pytest.raises(UserError, match=message):
            registers.add_recipient(ctx, bad)
    moved = registers.update_recipient(
        ctx,
        "colis express",
        registers.NewRecipient("Colis Express", "processor", "Parcel delivery", "US"),
    )
    assert moved.third_country
    assert moved.warnings == ("based in US, outside the EEA, but no transfer to US is recorded",)
    registers.delete_recipient(ctx, "Colis Express")
    with pytest.raises(NotFound):
        registers.get_recipient(ctx, "Colis Express")
    assert audit_ops(ctx) == ["recipient.create", "recipient.update", "recipient.delete"]
    assert chain_ok(ctx)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"country": "DE", "safeguard": "scc", "scc_module": "2"}, "not a third-country transfer"),
        ({"country": "NO", "safeguard": "scc", "scc_module": "2"}, "not a third-country transfer"),
        ({"country": "US", "safeguard": "scc"}, "need their module"),
        ({"country": "US", "safeguard": "scc", "scc_module": "5"}, "need their module"),
        ({"country": "US", "safeguard": "bcr", "scc_module": "1"}, "only for standard contractual"),
        ({"country": "US", "safeguard": "magic"}, "safeguard: unknown value"),
        ({"country": "US", "safeguard": "adequacy"}, "recorded as not adequate"),
        (
            {"country": "US", "safeguard": "scc", "scc_module": "1", "adequacy_status": "meh"},
            "adequacy status: unknown",
        ),
        (
            {
                "country": "US",
                "safeguard": "scc",
                "scc_module": "1",
                "valid_from": date(2025, 1, 1),
                "valid_until": date(2024, 1, 1),
            },
            "before valid from",
        ),
        (
            {
                "country": "US",
                "safeguard": "scc",
                "scc_module": "1",
                "adequacy_checked_on": date(2027, 1, 1),
            },
            "in the future",
        ),
    ],
)
def test_transfer_refusals(seeded: Context, fields: dict[str, object], message: str) -> None:
    with pytest.raises(UserError, match=message):
        registers.add_transfer(seeded, "CloudMail Inc.", registers.NewTransfer(**fields))  # type: ignore[arg-type]
    assert len(registers.get_recipient(seeded, "CloudMail Inc.").transfers) == 1


def test_transfer_warnings(seeded: Context) -> None:
    t = registers.add_transfer(
        seeded,
        "Atlas Contact Center SARL",
        registers.NewTransfer(
            country="US",
            safeguard="scc",
            scc_module="module 3",
            adequacy_checked_on=date(2026, 1, 5),
            safeguard_document="SCC module 3",
            valid_from=date(2022, 1, 1),
            valid_until=date(2025, 12, 31),
        ),
    )
    assert t.scc_module == "3"
    assert t.warnings == ("validity ended on 2025-12-31",)
    cloud = registers.get_recipient(seeded, "CloudMail Inc.").transfers[0]
    assert cloud.warnings == ("adequacy checked more than a year ago (2024-06-01)",)
    atlas = registers.get_recipient(seeded, "Atlas Contact Center SARL")
    assert atlas.transfers[0].warnings == ()  # checked 2025-12-01, still valid
    updated = registers.update_transfer(
        seeded,
        t.id,
        registers.NewTransfer(
            country="US",
            safeguard="scc",
            scc_module="3",
            adequacy_checked_on=date(2026, 2, 1),
            safeguard_document="SCC module 3, renewed",
            valid_from=date(2026, 1, 1),
        ),
    )
    assert updated.warnings == ()
    registers.delete_transfer(seeded, t.id)
    assert len(registers.get_recipient(seeded, "Atlas Contact Center SARL").transfers) == 1
    assert {"transfer.update", "transfer.delete"} <= set(audit_ops(seeded))


def test_disclosure_unchanged_by_later_register_edits(seeded: Context) -> None:
    ref = new_case(seeded)
    disclosed = registers.disclose_transfers(seeded, ref, "Jeanne Lefèvre")
    assert [
        (s["recipient"], s["country"], s["safeguard"], s["scc_module"]) for s in disclosed.snapshot
    ] == [("Atlas Contact Center SARL", "MA", "scc", "2"), ("CloudMail Inc.", "US", "adequacy", "")]
    assert disclosed.snapshot[0]["document"] == "SCC 2021/914 module 2, signed 2023-03-01"
    assert disclosed.snapshot[1]["adequacy_checked_on"] == "2024-06-01"
    assert disclosed.intact and len(disclosed.sha256) == 64
    frozen = json.dumps(disclosed.to_dict(), ensure_ascii=False, sort_keys=True)

    atlas = registers.get_recipient(seeded, "Atlas Contact Center SARL")
    registers.update_transfer(
        seeded,
        atlas.transfers[0].id,
        registers.NewTransfer(
            country="MA",
            safeguard="bcr",
            safeguard_document="Group BCR",
            adequacy_checked_on=date(2026, 2, 1),
        ),
    )
    registers.update_recipient(
        seeded,
        "Atlas Contact Center SARL",
        registers.NewRecipient("Atlas Group", "third-party", "Call centre", "MA"),
    )
    registers.delete_recipient(seeded, "CloudMail Inc.")

    [again] = registers.disclosures_of(seeded, ref)
    assert json.dumps(again.to_dict(), ensure_ascii=False, sort_keys=True) == frozen
    assert again.intact
    # a second disclosure shows the register as it is now
    now = registers.disclose_transfers(seeded, ref, recipient_names=["Atlas Group"])
    assert [s["safeguard"] for s in now.snapshot] == ["bcr"]
    assert now.disclosed_to == "Jeanne Lefèvre"  # default: the case's subject
    assert [d.id for d in registers.disclosures_of(seeded, ref)] == [again.id, now.id]
    assert audit_ops(seeded).count("transfer.disclose") == 2
    assert chain_ok(seeded)


def test_tampered_disclosure_detected(seeded: Context) -> None:
    from dpo_desk.store.models import TransferDisclosure

    ref = new_case(seeded)
    d = registers.disclose_transfers(seeded, ref)
    with seeded.db.write() as session:
        row = session.get(TransferDisclosure, d.id)
        assert row is not None
        row.snapshot = [{**row.snapshot[0], "safeguard": "adequacy"}, *row.snapshot[1:]]
    assert not registers.disclosures_of(seeded, ref)[0].intact


def test_safeguards_for(seeded: Context) -> None:
    docs = registers.safeguards_for(seeded)
    assert [(d.recipient, d.document) for d in docs] == [
        ("Atlas Contact Center SARL", "SCC 2021/914 module 2, signed 2023-03-01"),
        ("CloudMail Inc.", "EU-US Data Privacy Framework (Decision 2023/1795)"),
    ]
    assert docs[0].safeguard_source == "GDPR Art. 46(2)(c)"
    only = registers.safeguards_for(seeded, ["cloudmail inc."])
    assert [d.recipient for d in only] == ["CloudMail Inc."]
    assert registers.safeguards_for(seeded, ["Customer service (internal)"]) == []
    with pytest.raises(NotFound):
        registers.safeguards_for(seeded, ["Nobody"])


RHEADER = (
    "name,category,service,country,transfer_country,adequacy_status,"
    "adequacy_checked_on,safeguard,scc_module,safeguard_document,valid_from,"
    "valid_until,transfer_notes"
)


@pytest.mark.parametrize(
    ("rows", "where", "reason"),
    [
        ("Z,processor,,FR,DE,not-adequate,,scc,1,,,,", "line 3", "not a third-country transfer"),
        (
            "Z,processor,,US,US,not-adequate,2025-02-30,scc,1,,,,",
            "line 3",
            "'2025-02-30' is not a valid date",
        ),
        ("Z,processor,,US,US,not-adequate,,scc,,,,,", "line 3", "need their module"),
        ("Z,processor,,US,,,,scc,1,,,,", "line 3", "transfer_country: required"),
        (
            "Z,processor,,US,US,not-adequate,,scc,1,,,,\nZ,third-party,,US,,,,,,,,,",
            "line 4",
            "differs from line 3",
        ),
        ("Z,processor,,US,US,not-adequate,,scc,1,@doc,,,", "line 3", "formula"),
        ("Z,processor,,US,US,not-adequate,,scc,1,,,", "line 3", "expected 13 fields, found 12"),
    ],
)
def test_malformed_recipient_csv(
    seeded: Context, tmp_path: Path, rows: str, where: str, reason: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(RHEADER + "\nOK Ltd,processor,,FR,,,,,,,,,\n" + rows + "\n", "utf-8")
    before = [r.to_dict() for r in registers.list_recipients(seeded)]
    with pytest.raises(csvio.ImportRefused) as info:
        registers.import_recipients(seeded, path)
    assert info.value.where == where, str(info.value)
    assert reason in info.value.reason, str(info.value)
    assert [r.to_dict() for r in registers.list_recipients(seeded)] == before


def test_recipient_import_replaces_transfers(seeded: Context, tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(
        RHEADER + "\n"
        "CloudMail Inc.,processor,Newsletters,US,US,adequate,2026-01-15,adequacy,"
        ",DPF,2023-07-10,,\n"
        "CloudMail Inc.,processor,Newsletters,US,IN,not-adequate,2026-01-15,scc,2,"
        "SCC module 2,2024-01-01,2026-12-31,backup site\n"
        "New Co,third-party,,CH,,,,,,,,,\n",
        "utf-8",
    )
    report = registers.import_recipients(seeded, path)
    assert (report.created, report.updated, report.unchanged) == (1, 1, 0)
    cloud = registers.get_recipient(seeded, "CloudMail Inc.")
    assert [(t.country, t.safeguard) for t in cloud.transfers] == [
        ("US", "adequacy"),
        ("IN", "scc"),
    ]
    assert cloud.transfers[1].notes == "backup site"
    assert registers.get_recipient(seeded, "New Co").warnings  # CH without a transfer
    assert "register.import" in audit_ops(seeded)
    assert chain_ok(seeded)
