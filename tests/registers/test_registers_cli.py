"""``dpo-desk register|recipients|directives``: help, JSON, exit codes 0/1/2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from regtools import PDF

from dpo_desk.cli import main


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    data = tmp_path / "store"

    def _run(*argv: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.mark.parametrize("group", ["register", "recipients", "directives"])
def test_help_everywhere(group: str, capsys: pytest.CaptureFixture[str]) -> None:
    from dpo_desk.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    inner = sub.choices[group]  # type: ignore[index]
    actions = next(a for a in inner._actions if a.dest.endswith("_command")).choices
    assert actions
    for name in [None, *actions]:
        with pytest.raises(SystemExit) as info:
            main([group, "--help"] if name is None else [group, name, "--help"])
        assert info.value.code == 0
        assert "usage: dpo-desk" in capsys.readouterr().out


def test_register_and_recipients_cli(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(
        "recipients",
        "add",
        "--name",
        "Atlas",
        "--category",
        "processor",
        "--country",
        "MA",
        "--json",
    )
    assert code == 0 and json.loads(out)["warnings"]
    code, out, err = run(
        "recipients",
        "transfer-add",
        "Atlas",
        "--country",
        "FR",
        "--safeguard",
        "scc",
        "--scc-module",
        "2",
    )
    assert code == 1 and "not a third-country transfer" in err and out == ""
    code, out, _ = run(
        "recipients",
        "transfer-add",
        "Atlas",
        "--country",
        "MA",
        "--safeguard",
        "scc",
        "--scc-module",
        "2",
        "--document",
        "SCC m2",
        "--json",
    )
    assert code == 0 and json.loads(out)["scc_module"] == "2"
    code, out, _ = run(
        "register",
        "add",
        "--name",
        "Orders",
        "--purposes",
        "Deliver",
        "--legal-basis",
        "contract",
        "--data-category",
        "identity",
        "--recipient",
        "Atlas",
        "--retention-rule",
        '{"from": "order", "years": 5, "archive_years": 5}',
        "--json",
    )
    assert code == 0 and json.loads(out)["recipients"] == ["Atlas"]
    code, _, err = run("register", "add", "--name", "X", "--purposes", "P", "--legal-basis", "whim")
    assert code == 1 and "legal basis: unknown value 'whim'" in err
    code, out, _ = run("register", "list")
    assert code == 0 and "Orders" in out
    code, out, _ = run("register", "show", "orders")
    assert code == 0 and "5 years from the order, then 5 years" in out
    code, out, _ = run("register", "access", "--json")
    assert json.loads(out)[0]["recipients"][0]["transfers"][0]["safeguard"] == "scc"
    code, _, err = run("register", "show", "Nothing")
    assert code == 1 and "no processing activity named 'Nothing'" in err

    for fmt in ("csv", "json"):
        target = tmp_path / f"register.{fmt}"
        assert run("register", "export", str(target))[0] == 0
        code, out, _ = run("register", "import", str(target), "--json")
        assert code == 0 and json.loads(out)["unchanged"] == 1
        assert run("recipients", "export", str(tmp_path / f"rec.{fmt}"))[0] == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("name,purposes\n", "utf-8")
    code, _, err = run("register", "import", str(bad))
    assert code == 1 and "bad.csv, line 1: missing column(s)" in err

    code, out, _ = run(
        "case",
        "add",
        "--name",
        "Jeanne Lefèvre",
        "--right",
        "access",
        "--received",
        "2026-01-20",
        "--json",
    )
    ref = json.loads(out)["reference"]
    code, out, _ = run("recipients", "disclose", ref, "--json")
    assert code == 0 and json.loads(out)["snapshot"][0]["document"] == "SCC m2"
    assert run("recipients", "delete", "Atlas")[0] == 0
    code, out, _ = run("recipients", "disclosures", ref)
    assert code == 0 and "Atlas → MA" in out and "intact" in out
    code, out, _ = run("recipients", "safeguards", "--json")
    assert code == 0 and json.loads(out) == []
    code, out, _ = run("register", "erasure", ref)
    assert code == 0 and "archive" in out and "Simplification" in out
    # usage errors: argparse's exit code 2
    with pytest.raises(SystemExit) as info:
        run("register", "add", "--name", "X")
    assert info.value.code == 2


def test_directives_cli(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(
        "directives",
        "add",
        "--person",
        "Marcel Dufour",
        "--action",
        "delete",
        "--consent-evidence",
        " ",
    )
    assert code == 1 and "specific consent" in err
    code, out, _ = run(
        "directives",
        "add",
        "--person",
        "Marcel Dufour",
        "--action",
        "delete",
        "--consent-evidence",
        "Dedicated form, 2 steps",
        "--registered-on",
        "2025-04-01",
        "--json",
    )
    assert code == 0
    directive = json.loads(out)
    assert directive["active"] is True
    code, out, _ = run("directives", "find", "MARCEL DUFOUR", "--json")
    assert [d["id"] for d in json.loads(out)] == [directive["id"]]

    cert = tmp_path / "cert.pdf"
    cert.write_bytes(PDF)
    code, out, _ = run(
        "directives",
        "notify-death",
        "--deceased",
        "Marcel Dufour",
        "--notifier",
        "Luc Dufour",
        "--capacity",
        "heir",
        "--request",
        "execute-directives",
        "--request",
        "close-accounts",
        "--death-certificate",
        str(cert),
        "--death-date",
        "2026-01-05",
        "--json",
    )
    assert code == 0, out
    notification = json.loads(out)
    assert notification["directive_ids"] == [directive["id"]]
    assert notification["missing_evidence"] == ["capacity-proof"]
    nid = str(notification["id"])
    code, _, err = run("directives", "answer", nid)
    assert code == 1 and "record what was done first" in err
    assert (
        run(
            "directives",
            "action",
            nid,
            "deleted-data",
            "--detail",
            "All data",
            "--directive",
            str(directive["id"]),
        )[0]
        == 0
    )
    code, out, _ = run("directives", "answer", nid, "--json")
    assert code == 0 and json.loads(out)["directive_found"] is True
    code, out, _ = run("directives", "purge-evidence", nid)
    assert code == 0 and "evidence purged (1 file(s))" in out
    code, out, _ = run("directives", "deaths")
    assert code == 0 and "evidence purged" in out

    code, _, err = run(
        "directives",
        "notify-death",
        "--deceased",
        "Nobody Known",
        "--notifier",
        "X",
        "--capacity",
        "heir",
        "--request",
        "delete-data",
    )
    assert code == 1 and "art. 85 II" in err
    code, out, _ = run("directives", "revoke", str(directive["id"]), "--json")
    assert code == 0 and json.loads(out)["active"] is False
    target = tmp_path / "directives.csv"
    assert run("directives", "export", str(target))[0] == 0
    code, out, _ = run("directives", "import", str(target))
    assert code == 0 and "1 unchanged" in out
    code, out, _ = run("directives", "list")
    assert "revoked" in out
