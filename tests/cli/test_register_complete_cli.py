"""``register details|measures|tia`` and ``export register|inspection|verify-pack`` as
a DPO types them (issue 18)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from dpo_desk.cli import main
from dpo_desk.services import registers
from dpo_desk.services.demo import load_demo
from dpo_desk.store.opening import open_store


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    from dpo_desk.services.context import Context

    store = open_store(data_dir)
    try:
        load_demo(Context(db=store.db, data_dir=store.data_dir, actor="t"))
    finally:
        store.close()
    return data_dir


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def test_details_measures_and_tia(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run(demo_dir, "register", "measures", "add", "Clean desk", "--category", "organisational")
        == 0
    )
    assert "Clean desk: added." in capsys.readouterr().out
    assert (
        run(
            demo_dir,
            "register",
            "details",
            "Fraud prevention",
            "--department",
            "Risk",
            "--measure",
            "Clean desk",
            "--party",
            "processor:Atlas Contact Center SARL:2024-01-10:checked",
            "--dpia-criterion",
            "evaluation",
            "--dpia-criterion",
            "matching",
            "--next-review",
            "2027-01-01",
            "--json",
        )
        == 0
    )
    shown = json.loads(capsys.readouterr().out)
    assert shown["department"] == "Risk" and shown["dpia_likely_needed"] is True
    assert shown["parties"][0]["clauses_checked"] is True
    # options not given keep their values; 'none' empties a list
    assert (
        run(demo_dir, "register", "details", "Fraud prevention", "--measure", "none", "--json") == 0
    )
    shown = json.loads(capsys.readouterr().out)
    assert shown["measures"] == [] and shown["department"] == "Risk"
    assert run(demo_dir, "register", "details", "Fraud prevention", "--party", "landlord") == 1
    assert "ROLE:NAME" in capsys.readouterr().err
    assert run(demo_dir, "register", "measures", "remove", "Clean desk") == 0
    assert "removed from the measures list" in capsys.readouterr().out
    assert (
        run(
            demo_dir,
            "register",
            "tia",
            "1",
            "--on",
            "2025-10-01",
            "--conclusion",
            "SCC effective",
            "--json",
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["tia_on"] == "2025-10-01"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_export_register_pdf_and_xlsx(demo_dir: Path, tmp_path: Path, lang: str) -> None:
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    assert run(demo_dir, "export", "register", "--lang", lang, "--out", str(pdf)) == 0
    assert (
        run(demo_dir, "export", "register", "--format", "xlsx", "--lang", lang, "--out", str(xlsx))
        == 0
    )
    store = open_store(demo_dir)
    try:
        from dpo_desk.services.context import Context

        acts = registers.list_activities(Context(db=store.db, data_dir=demo_dir))
    finally:
        store.close()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    text = " ".join(text.split())
    title = "Fiche de registre" if lang == "fr" else "Processing activity sheet"
    assert text.count(title) == len(acts) == 7
    assert (
        "Mesures de sécurité (art. 32)" if lang == "fr" else "Security measures (Art. 32)"
    ) in text
    rows = list(openpyxl.load_workbook(xlsx).worksheets[0].iter_rows(values_only=True))
    assert len(rows) == 1 + len(acts)


def test_inspection_and_verify_pack(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "pack"
    assert (
        run(demo_dir, "export", "inspection", "--to", str(pack), "--sheets", "ods", "--json") == 0
    )
    made = json.loads(capsys.readouterr().out)
    assert len(made["files"]) == 7
    assert run(demo_dir, "export", "verify-pack", str(pack)) == 0
    assert made["fingerprint"] in capsys.readouterr().out
    (pack / "incident-register.ods").write_bytes(b"changed")
    assert run(demo_dir, "export", "verify-pack", str(pack)) == 1
    assert "incident-register.ods: changed" in capsys.readouterr().out
    # a second pack into the same, now non-empty folder is refused
    assert run(demo_dir, "export", "inspection", "--to", str(pack)) == 1
