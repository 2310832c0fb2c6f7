"""``dpo-desk case import``: dry run, refusals with lines, the mapping option."""

from __future__ import annotations

import json
from pathlib import Path

from dpo_desk.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_dry_run_lists_mapping_and_refusals_then_import(capsys, tmp_path: Path) -> None:
    d = str(tmp_path / "d")
    bad = tmp_path / "form.csv"
    bad.write_text(
        "Date;Name;E-mail;Request\n2025-01-31;Ann Lee;a@x.org;access\n"
        "2025-13-01;Bob Ray;b@x.org;access\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "--data-dir", d, "case", "import", str(bad), "--dry-run")
    assert code == 1
    assert "received     <- Date" in out and "rights       <- Request" in out
    assert "line 3: received: '2025-13-01' is not a date" in out
    code, _, err = run(capsys, "--data-dir", d, "case", "import", str(bad))
    assert code == 1 and "line 3" in err and "nothing was imported" in err
    code, out, _ = run(capsys, "--data-dir", d, "case", "list", "--json")
    assert json.loads(out) == []
    good = tmp_path / "good.csv"
    good.write_text("Quand,Qui,Quoi\n2025-01-31,Ann Lee,erasure\n", encoding="utf-8")
    code, out, _ = run(
        capsys,
        "--data-dir",
        d,
        "case",
        "import",
        str(good),
        "--map",
        "received=Quand",
        "--map",
        "name=Qui",
        "--map",
        "rights=Quoi",
    )
    assert code == 0 and "1 requests imported (DPO-2025-0001" in out
    code, out, _ = run(capsys, "--data-dir", d, "case", "list", "--json")
    assert [r["subject_name"] for r in json.loads(out)] == ["Ann Lee"]
