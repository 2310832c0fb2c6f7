"""Register of processing (Art. 30): CRUD, what replies draw from it, import/export."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from regtools import audit_ops, chain_ok, new_case

from dpo_desk.errors import NotFound, UserError
from dpo_desk.services import registers
from dpo_desk.services.context import Context
from dpo_desk.services.registers import csvio
from dpo_desk.services.registers.dto import ActivityView


def test_crud_with_audit(seeded: Context) -> None:
    ctx = seeded
    names = [a.name for a in registers.list_activities(ctx)]
    assert names == [
        "Customer orders and delivery",
        "Instalment payments",
        "Prospecting and newsletters",
    ]
    act = registers.get_activity(ctx, "customer ORDERS and delivery")  # folded lookup
    assert act.recipients == ("Atlas Contact Center SARL", "Customer service (internal)")
    assert act.retention_rule_text == "5 years from the order, then 5 years in intermediate archive"
    assert act.legal_basis_source == "GDPR Art. 6(1)(b)"

    updated = registers.update_activity(
        ctx,
        act.name,
        registers.NewActivity(
            name="Orders",
            purposes=act.purposes,
            legal_basis="contract",
            recipients=["Customer service (internal)"],
            active=False,
        ),
    )
    assert updated.name == "Orders" and not updated.active
    assert [a.name for a in registers.list_activities(ctx, include_inactive=False)] == [
        "Instalment payments",
        "Prospecting and newsletters",
    ]
    registers.delete_activity(ctx, "Orders")
    with pytest.raises(NotFound):
        registers.get_activity(ctx, "Orders")
    ops = audit_ops(ctx)
    assert ops.count("activity.create") == 3
    assert "activity.update" in ops and "activity.delete" in ops
    assert chain_ok(ctx)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"legal_basis": "because"}, "legal basis: unknown value"),
        ({"name": "   "}, "name: is required"),
        ({"purposes": ""}, "purposes: is required"),
        ({"name": "x\x00y"}, "NUL"),
        ({"recipients": ["Nobody Ltd"]}, "unknown recipient(s): Nobody Ltd"),
        ({"retention_rule": {"from": "order", "weeks": 2}}, "unknown key(s) weeks"),
        ({"data_categories": ["identity", "identity"]}, "listed twice"),
    ],
)
def test_add_refusals(seeded: Context, change: dict[str, object], message: str) -> None:
    fields: dict[str, object] = {"name": "New", "purposes": "P", "legal_basis": "consent"}
    fields.update(change)
    with pytest.raises(UserError, match=message.replace("(", r"\(").replace(")", r"\)")):
        registers.add_activity(seeded, registers.NewActivity(**fields))  # type: ignore[arg-type]
    assert len(registers.list_activities(seeded)) == 3


def test_duplicate_name_refused(seeded: Context) -> None:
    with pytest.raises(UserError, match="already exists"):
        registers.add_activity(
            seeded, registers.NewActivity("Instalment payments", "P", "contract")
        )


def test_for_access_reply(seeded: Context) -> None:
    reply = {a.name: a for a in registers.for_access_reply(seeded)}
    orders = reply["Customer orders and delivery"]
    assert orders.purposes.startswith("Take, prepare")
    assert orders.data_categories == ("identity", "postal address", "order history")
    assert orders.retention.startswith("5 years")
    assert orders.source == "The customer, when ordering."
    assert orders.automated_decision is None
    atlas = next(r for r in orders.recipients if r.name.startswith("Atlas"))
    assert atlas.third_country and atlas.country == "MA"
    assert atlas.transfers[0].safeguard == "scc" and atlas.transfers[0].scc_module == "2"
    assert atlas.transfers[0].safeguard_document.startswith("SCC 2021/914")
    assert [r.name for r in orders.third_country_recipients] == ["Atlas Contact Center SARL"]
    internal = next(r for r in orders.recipients if r.category == "internal")
    assert not internal.third_country and internal.transfers == ()
    assert reply["Instalment payments"].automated_decision.startswith("An automated score")
    assert reply["Prospecting and newsletters"].recipients[0].transfers[0].country == "US"


def test_erasure_assessment(seeded: Context) -> None:
    ref = new_case(seeded, rights=("erasure",), received=date(2026, 1, 20))
    result = registers.erasure_assessment(seeded, ref)
    assert result.reference_date == date(2026, 1, 20)
    assert "date of receipt" in result.note
    items = {i.activity: i for i in result.items}
    assert items["Prospecting and newsletters"].decision == "erase"
    assert items["Prospecting and newsletters"].keep_until is None
    orders = items["Customer orders and delivery"]
    assert orders.decision == "archive" and orders.keep_until == date(2036, 1, 20)
    assert "17(3)(b)" in orders.reason
    instal = items["Instalment payments"]
    assert instal.decision == "keep" and instal.keep_until == date(2031, 1, 20)
    with pytest.raises(NotFound):
        registers.erasure_assessment(seeded, "DPO-2026-9999")


def test_erasure_assessment_event_still_ahead(seeded: Context) -> None:
    registers.add_activity(
        seeded,
        registers.NewActivity(
            "Card data",
            "One-click payment",
            "contract",
            retention="Until the card expires plus one day.",
            retention_rule={"from": "card-expiry", "days": 1},
        ),
    )
    ref = new_case(seeded, rights=("erasure",))
    item = next(
        i for i in registers.erasure_assessment(seeded, ref).items if i.activity == "Card data"
    )
    assert item.decision == "review" and item.keep_until is None
    assert "1 day from the card's expiry date" in item.reason


# --- import / export ------------------------------------------------------------------


def _counts(ctx: Context) -> tuple[int, int]:
    return len(registers.list_activities(ctx)), len(registers.list_recipients(ctx))


def _without_ids(views: list[ActivityView]) -> list[dict[str, object]]:
    return [{k: v for k, v in x.to_dict().items() if k != "id"} for x in views]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_reimport_gives_same_register(
    seeded: Context, tmp_path: Path, fmt: str, data_dir: Path
) -> None:
    from dpo_desk.store.opening import open_store

    acts, recs = tmp_path / f"a.{fmt}", tmp_path / f"r.{fmt}"
    assert registers.export_recipients(seeded, recs) == 3
    assert registers.export_activities(seeded, acts) == 3
    # into the same store: nothing changes
    assert registers.import_recipients(seeded, recs).unchanged == 3
    assert registers.import_activities(seeded, acts).unchanged == 3
    # into a fresh store: the same register, byte for byte once exported again
    other = open_store(tmp_path / "other")
    try:
        ctx2 = Context(db=other.db, data_dir=other.data_dir, actor="t", clock=seeded.clock)
        assert registers.import_recipients(ctx2, recs).created == 3
        assert registers.import_activities(ctx2, acts).created == 3
        registers.export_recipients(ctx2, tmp_path / f"r2.{fmt}")
        registers.export_activities(ctx2, tmp_path / f"a2.{fmt}")
        assert (tmp_path / f"r2.{fmt}").read_bytes() == recs.read_bytes()
        assert (tmp_path / f"a2.{fmt}").read_bytes() == acts.read_bytes()
        assert _without_ids(registers.list_activities(ctx2)) == _without_ids(
            registers.list_activities(seeded)
        )
        assert [r.name for r in registers.list_recipients(ctx2)] == [
            r.name for r in registers.list_recipients(seeded)
        ]
        assert chain_ok(ctx2)
    finally:
        other.close()
    assert chain_ok(seeded)


def test_csv_export_neutralises_formulas(seeded: Context, tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    registers.export_activities(seeded, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM for Excel
    text = raw.decode("utf-8-sig")
    assert ",'-Send newsletters; +offers; @contests," in text
    assert "e-mail\\; phone" in text  # a ';' inside a list item is escaped
    recs = tmp_path / "rec.csv"
    registers.export_recipients(seeded, recs)
    assert "'=HYPERLINK" in recs.read_text("utf-8-sig")
    for line in text.splitlines()[1:]:
        for cell in line.split(","):
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_neutralise_round_trip_is_exact() -> None:
    for value in ["=1+2", "'=1", "''@x", "plain", "'quoted'", "-", "", "\tx", "a=b"]:
        assert csvio.restore(csvio.neutralise(value)) == value
    for items in (["a;b", "c\\d", " e "], [], ["x"]):
        assert csvio.split_list(csvio.join_list(items)) == [i.strip() for i in items]


HEADER = (
    "name,purposes,legal_basis,data_categories,subject_categories,sources,retention,"
    "retention_rule,recipients,automated_decision,active"
)
GOOD = "Video,Security of shops,legitimate-interest,images,visitors,Cameras,30 days,,,,yes"


@pytest.mark.parametrize(
    ("body", "where", "reason"),
    [
        ("name,purposes\nVideo,Security\n", "line 1", "missing column(s): legal_basis"),
        (HEADER + ",colour\n" + GOOD + ",red\n", "line 1", "unknown column(s): colour"),
        (
            HEADER + "\n" + GOOD + "\nBad,P,because,,,,,,,,yes\n",
            "line 3",
            "legal basis: unknown value 'because'",
        ),
        (HEADER + "\n" + GOOD + "\nShort,P,consent\n", "line 3", "expected 11 fields, found 3"),
        (
            HEADER + "\n" + GOOD + '\n"Multi\nline",P,consent,,,,,{"from": "x"},,,yes\n',
            "line 3",
            "retention rule: give a period",
        ),
        (HEADER + "\n" + GOOD + "\n=cmd(),P,consent,,,,,,,,yes\n", "line 3", "looks like a"),
        (HEADER + "\n" + GOOD + "\nA,+SUM(1),consent,,,,,,,,yes\n", "line 3", "column purposes"),
        (HEADER + "\n" + GOOD + "\nA,P,consent,,,,,,,@x,yes\n", "line 3", "starts with '@'"),
        (HEADER + "\n" + GOOD + "\nA,-2,consent,,,,,,,,yes\n", "line 3", "starts with '-'"),
        (HEADER + "\n" + GOOD + "\nA,\tP,consent,,,,,,,,yes\n", "line 3", "starts with '\\t'"),
        (HEADER + "\n" + GOOD + '\nA,"\rP",consent,,,,,,,,yes\n', "line 3", "starts with '\\r'"),
        (HEADER + "\n" + GOOD + "\nA,P,consent,,,,,{bad json,,,yes\n", "line 3", "not JSON"),
        (HEADER + "\n" + GOOD + "\nA,P,consent,,,,,,,,maybe\n", "line 3", "expected yes or no"),
        (
            HEADER + "\n" + GOOD + "\nA,P,consent,,,,,,Ghost Corp,,yes\n",
            "line 3",
            "unknown recipient(s): Ghost Corp",
        ),
        (HEADER + "\n" + GOOD + "\n" + GOOD + "\n", "line 3", "already on line 2"),
        (HEADER + "\n" + GOOD + '\nA,"unclosed,consent,,,,,,,,yes\n', "line 3", "malformed CSV"),
    ],
)
def test_malformed_csv_refused_nothing_imported(
    seeded: Context, tmp_path: Path, body: str, where: str, reason: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(body, encoding="utf-8")
    before = _counts(seeded), len(audit_ops(seeded))
    with pytest.raises(csvio.ImportRefused) as info:
        registers.import_activities(seeded, path)
    assert info.value.where == where, str(info.value)
    assert reason in info.value.reason, str(info.value)
    assert "nothing was imported" in str(info.value)
    assert (_counts(seeded), len(audit_ops(seeded))) == before
    assert "Video" not in [a.name for a in registers.list_activities(seeded)]


def test_good_csv_with_or_without_bom(seeded: Context, tmp_path: Path) -> None:
    for i, encoding in enumerate(("utf-8", "utf-8-sig")):
        path = tmp_path / f"ok{i}.csv"
        path.write_text(
            HEADER + "\r\n" + GOOD.replace("Video", f"Video {i}") + "\r\n\r\n", encoding=encoding
        )
        assert registers.import_activities(seeded, path).created == 1
    assert registers.get_activity(seeded, "Video 1").data_categories == ("images",)


def test_semicolon_csv_from_french_excel(seeded: Context, tmp_path: Path) -> None:
    path = tmp_path / "excel-fr.csv"
    path.write_text(
        HEADER.replace(",", ";") + "\r\n"
        'Vidéo;Sécurité;legitimate-interest;"images; sons";visiteurs;;;;;;oui\r\n',
        encoding="utf-8-sig",
    )
    with pytest.raises(csvio.ImportRefused, match="line 2: active: 'oui'"):
        registers.import_activities(seeded, path)
    path.write_text(path.read_text("utf-8-sig").replace(";oui", ";yes"), encoding="utf-8-sig")
    assert registers.import_activities(seeded, path).created == 1
    assert registers.get_activity(seeded, "Vidéo").data_categories == ("images", "sons")


def test_not_utf8_refused_with_line(seeded: Context, tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes((HEADER + "\n" + GOOD + "\nCaf\xe9,P,consent,,,,,,,,yes\n").encode("latin-1"))
    with pytest.raises(csvio.ImportRefused, match="line 3: not UTF-8"):
        registers.import_activities(seeded, path)


def test_huge_file_refused_before_reading(
    seeded: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB of nothing on disk

    def no_read(*_a: object, **_k: object) -> bytes:
        raise AssertionError("the file was read")

    monkeypatch.setattr(Path, "read_bytes", no_read)
    monkeypatch.setattr(Path, "read_text", no_read)
    before = _counts(seeded)
    for importer in (
        registers.import_activities,
        registers.import_recipients,
        registers.import_directives,
    ):
        with pytest.raises(csvio.ImportRefused, match="50 MB; the limit is 10 MB"):
            importer(seeded, path)
    assert _counts(seeded) == before
    assert os.path.getsize(path) == 50 * 1024 * 1024


def test_json_import_refusals(seeded: Context, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "dpo-desk/activities", "entries": [\n{"name": "A"\n', "utf-8")
    with pytest.raises(csvio.ImportRefused, match=r"line 3: not valid JSON"):
        registers.import_activities(seeded, path)
    path.write_text(
        '{"format": "dpo-desk/activities", "entries": [{"name": "A", '
        '"purposes": "P", "legal_basis": "consent"}, {"name": "B", '
        '"purposes": "P", "legal_basis": "nope"}]}',
        "utf-8",
    )
    with pytest.raises(csvio.ImportRefused, match="entry 2: legal basis"):
        registers.import_activities(seeded, path)
    path.write_text('{"format": "dpo-desk/recipients", "entries": []}', "utf-8")
    with pytest.raises(csvio.ImportRefused, match="not dpo-desk/activities"):
        registers.import_activities(seeded, path)
    assert _counts(seeded) == (3, 3)


def test_unknown_format(seeded: Context, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="--format"):
        registers.export_activities(seeded, tmp_path / "register.xlsx")
    assert registers.export_activities(seeded, tmp_path / "register.txt", "json") == 3
