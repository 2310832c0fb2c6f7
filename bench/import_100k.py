"""How long a 100,000-row web-form export takes to import, CSV and XLSX (issue 17).

Usage: python bench/import_100k.py [ROWS]   (default 100000)

Each format is imported into a fresh store in /tmp; the phases (reading the file,
checking the rows, writing them in one transaction) are timed separately, and the
audit chain is verified afterwards (its time is reported too, it is not the import's).
Prints one JSON line per format.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openpyxl import Workbook  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from dpo_desk.services import audit  # noqa: E402
from dpo_desk.services.case_import import import_cases  # noqa: E402
from dpo_desk.services.context import Context  # noqa: E402
from dpo_desk.services.import_table import read_table  # noqa: E402
from dpo_desk.store.models import Case  # noqa: E402
from dpo_desk.store.opening import open_store  # noqa: E402

HEADER = ["Horodatage", "Nom complet", "Adresse e-mail", "Type de demande", "Votre message"]
RIGHTS = ["Accès", "Suppression", "Opposition", "access; erasure", "Portabilité"]


def rows(n: int) -> list[list[str]]:
    return [
        [
            f"{1 + i % 28:02d}/{1 + i % 12:02d}/2025 {i % 24:02d}:{i % 60:02d}",
            f"Personne Numéro {i}",
            f"p{i}@example.fr",
            RIGHTS[i % len(RIGHTS)],
            "Merci de traiter ma demande." if i % 3 else "",
        ]
        for i in range(n)
    ]


def write_csv(path: Path, data: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write(";".join(HEADER) + "\n")
        for r in data:
            fh.write(";".join(r) + "\n")


def write_xlsx(path: Path, data: list[list[str]]) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(HEADER)
    for r in data:
        sheet.append(r)
    book.save(path)


def run(kind: str, n: int, root: Path) -> dict[str, object]:
    data = rows(n)
    path = root / f"export.{kind}"
    (write_csv if kind == "csv" else write_xlsx)(path, data)
    t0 = time.perf_counter()
    read_table(path)
    read_s = time.perf_counter() - t0
    store = open_store(root / f"data-{kind}")
    ctx = Context(
        db=store.db,
        data_dir=store.data_dir,
        actor="bench",
        clock=lambda: datetime(2026, 2, 2, 10, tzinfo=UTC),
    )
    marks: dict[str, float] = {}

    def progress(done: int, total: int) -> None:
        if done >= n and "checked" not in marks:
            marks["checked"] = time.perf_counter()

    t1 = time.perf_counter()
    report = import_cases(ctx, path, progress=progress)
    total_s = time.perf_counter() - t1
    with store.db.read() as s:
        count = s.scalar(select(func.count(Case.id)))
        t2 = time.perf_counter()
        chain_ok = audit.verify(s).ok
        verify_s = time.perf_counter() - t2
    store.close()
    return {
        "format": kind,
        "rows": n,
        "imported": report.imported,
        "cases": count,
        "file_mb": round(path.stat().st_size / 1e6, 1),
        "read_only_s": round(read_s, 2),
        "read_and_check_s": round(marks.get("checked", t1) - t1, 2),
        "import_total_s": round(total_s, 2),
        "audit_chain_ok": chain_ok,
        "audit_verify_s": round(verify_s, 2),
    }


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    root = Path(tempfile.mkdtemp(prefix="imp_bench_"))
    try:
        for kind in ("csv", "xlsx"):
            print(json.dumps(run(kind, n, root)), flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
