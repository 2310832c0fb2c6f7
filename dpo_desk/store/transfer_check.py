"""Proving that two stores hold the same data: after a move, a backup of a server, a
restore into a server.

What is compared, side by side, and printed as a table: per table the number of rows and
a SHA-256 over every row's canonical values (in primary-key order; a date, a time, a
JSON value or a flag reads the same whichever database holds it); every file a document
row names, read back in full through each side's vault (its SHA-256 against the row's);
and the audit chain, verified on each side, with its count and head hash. The two sides
are read independently: the check never trusts what the copy said it did.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from dpo_desk.store import audit
from dpo_desk.store.transfer import VaultOf, named_in, tables


@dataclass(frozen=True)
class Line:
    """One thing compared: what, on each side, and whether they agree."""

    what: str
    source: str
    destination: str

    @property
    def same(self) -> bool:
        return self.source == self.destination

    def to_dict(self) -> dict[str, Any]:
        return {
            "what": self.what,
            "source": self.source,
            "destination": self.destination,
            "same": self.same,
        }


@dataclass
class Comparison:
    lines: list[Line] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(line.same for line in self.lines)

    @property
    def differences(self) -> list[Line]:
        return [line for line in self.lines if not line.same]

    def table(self) -> list[str]:
        """The comparison as text lines, for the terminal."""
        width = max([len(line.what) for line in self.lines] + [10])
        out = [f"{'compared':<{width}}  {'source':<26}  {'destination':<26}  same"]
        for line in self.lines:
            mark = "yes" if line.same else "NO"
            out.append(
                f"{line.what:<{width}}  {line.source[:26]:<26}  {line.destination[:26]:<26}  {mark}"
            )
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "lines": [line.to_dict() for line in self.lines]}


def canonical(value: Any) -> Any:
    """A value as JSON that reads the same from SQLite and from PostgreSQL."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, Decimal):
        return str(value.normalize())
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    if isinstance(value, dict):
        return {str(k): canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [canonical(v) for v in value]
    return str(value)


def table_digest(conn: Connection, table_name: str) -> tuple[int, str]:
    """Rows and SHA-256 of the canonical values of one table, in primary-key order."""
    table = next(t for t in tables() if t.name == table_name)
    digest = hashlib.sha256()
    count = 0
    stmt = select(table).order_by(*table.primary_key.columns)
    for row in conn.execution_options(yield_per=2000).execute(stmt).mappings():
        values = [canonical(row[c.name]) for c in table.columns]
        digest.update(json.dumps(values, ensure_ascii=False, sort_keys=True).encode("utf-8"))
        digest.update(b"\n")
        count += 1
    return count, digest.hexdigest()


def _files_digest(conn: Connection, vault_of: VaultOf) -> tuple[int, str, list[str]]:
    """Every named file read in full through ``vault_of``: how many, one digest over
    (name, SHA-256) pairs, and the files that are missing or not the row's bytes."""
    digest = hashlib.sha256()
    wrong: list[str] = []
    named = named_in(conn)
    for item in named:
        try:
            got = hashlib.sha256(vault_of(item.folder).read(item.stored_name)).hexdigest()
        except Exception:  # noqa: BLE001 - missing or damaged: reported as a difference
            got = "unreadable"
        if item.sha256 and got != item.sha256:
            wrong.append(item.member)
        digest.update(f"{item.member} {got}\n".encode())
    return len(named), digest.hexdigest(), wrong


def _chain(conn: Connection) -> str:
    with Session(bind=conn) as session:
        report = audit.verify(session)
    state = "intact" if report.ok else f"BROKEN at {report.first_broken_id}"
    return f"{state}, {report.count}, {report.head[:12]}"


def compare(src: Connection, dst: Connection, src_vault: VaultOf, dst_vault: VaultOf) -> Comparison:
    """Compare two stores in full; the result says what differs, if anything."""
    result = Comparison()
    for table in tables():
        n_src, h_src = table_digest(src, table.name)
        n_dst, h_dst = table_digest(dst, table.name)
        result.lines.append(Line(f"{table.name}: rows", str(n_src), str(n_dst)))
        result.lines.append(Line(f"{table.name}: sha256", h_src[:16], h_dst[:16]))
    f_src, d_src, bad_src = _files_digest(src, src_vault)
    f_dst, d_dst, bad_dst = _files_digest(dst, dst_vault)
    result.lines.append(Line("files: count", str(f_src), str(f_dst)))
    result.lines.append(Line("files: sha256 of each", d_src[:16], d_dst[:16]))
    result.lines.append(
        Line(
            "files: as their rows say",
            "all" if not bad_src else f"{len(bad_src)} not",
            "all" if not bad_dst else f"{len(bad_dst)} not",
        )
    )
    result.lines.append(Line("audit chain", _chain(src), _chain(dst)))
    return result
