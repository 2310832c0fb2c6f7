"""``dpo-desk case import-mail``: per message the case created or the refusal; an mbox
backlog of 1,000 messages read and imported in bounded time (issue 17)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from dpo_desk.cli import main
from dpo_desk.mail.read import read_mbox
from tests.mail._samples import mbox_of, outlook_msg, request_eml


def run(capsys, *argv: str) -> tuple[int, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, _err = capsys.readouterr()
    return code, out


def test_import_eml_and_msg_then_the_same_again(capsys, tmp_path: Path) -> None:
    d = str(tmp_path / "d")
    eml, msg = tmp_path / "zoe.eml", tmp_path / "jean.msg"
    eml.write_bytes(request_eml())
    msg.write_bytes(outlook_msg())
    code, out = run(capsys, "--data-dir", d, "case", "import-mail", str(eml), str(msg))
    assert code == 0
    assert "zoe.eml: new case DPO-2026-0001" in out
    assert "jean.msg: new case DPO-2026-0002" in out
    assert "2 imported, 0 refused" in out
    code, out = run(capsys, "--data-dir", d, "case", "import-mail", str(eml), "--json")
    rows = json.loads(out)
    assert code == 1
    assert "already imported (case DPO-2026-0001)" in rows[0]["refused"]
    code, out = run(capsys, "--data-dir", d, "case", "show", "DPO-2026-0002", "--json")
    case = json.loads(out)
    assert case["subject_name"] == "Jean Dupont" and case["channel"] == "email"


@pytest.mark.slow
def test_an_mbox_of_1000_messages(capsys, tmp_path: Path) -> None:
    box = tmp_path / "backlog.mbox"
    box.write_bytes(mbox_of(1000))
    start = time.perf_counter()
    read = list(read_mbox(box))
    read_s = time.perf_counter() - start
    assert len(read) == 1000 and all(not isinstance(m, Exception) for m in read)
    assert read[999].sender_email == "p999@example.org"  # type: ignore[union-attr]
    assert ">From the desk" in read[0].body  # type: ignore[union-attr]
    d = str(tmp_path / "d")
    start = time.perf_counter()
    code, out = run(capsys, "--data-dir", d, "case", "import-mail", str(box))
    import_s = time.perf_counter() - start
    with capsys.disabled():
        print(f"\nmbox 1000: read {read_s:.2f} s, import {import_s:.2f} s")  # noqa: T201
    assert code == 0 and "1000 imported, 0 refused" in out
    assert "backlog.mbox #1000: new case DPO-2026-1000" in out
    # bounded: well under a second per message on a loaded 2-core machine
    assert read_s < 10 and import_s < 300
    code, out = run(capsys, "--data-dir", d, "case", "import-mail", str(box))
    assert code == 1 and "0 imported, 1000 refused" in out


def test_refusals_in_french_with_lang_fr(capsys, tmp_path: Path) -> None:
    empty = tmp_path / "vide.eml"
    empty.write_bytes(b"")
    code, out = run(
        capsys, "--lang", "fr", "--data-dir", str(tmp_path / "d"), "case", "import-mail", str(empty)
    )
    assert code == 1
    assert "refused: vide.eml : le message est vide (0 octet) ; rien n'a été importé" in out
