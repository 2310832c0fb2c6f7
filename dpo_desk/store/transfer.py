"""Copying a whole store from one database to another, rows and files, ids kept.

Used to move a solo desk onto a team server (``team migrate``) and, the other way, to
take a server's data into a SQLite snapshot that the ordinary backup seals (a backup of
a server), or back into an empty server (a restore to a server). Whatever the two
databases, the copy is the same: the tables of the models in dependency order, each in
batches ordered by its primary key, ids kept so that every foreign key and the audit
chain (whose hashes cover the ids' order) hold unchanged; then the files each document
row names, read and written through the ``Vault`` interface (never a folder copy: on a
server the files live in the database). ``store.transfer_check`` proves the result.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, Integer, Table, bindparam, func, inspect, select, text

from dpo_desk.errors import UserError
from dpo_desk.store.models import Base
from dpo_desk.store.vault import FileStore, vault_folder
from dpo_desk.store.vault_check import Named

#: ``vault_of(folder)``: the vault of a store's ``documents`` or ``letters``.
VaultOf = Callable[[str], FileStore]
#: ``progress(stage, done, total)``, as the backup's.
Progress = Callable[[str, int, int], None]

BATCH = 2000


def _silent(stage: str, done: int, total: int) -> None:
    del stage, done, total


#: Not copied as rows: files go through the vault interface (each side seals with its own
#: key) and a member's key slot belongs to one server (a new server gets a new team key).
PER_STORE = frozenset({"sealed_blob", "member_key_slot"})


def tables() -> list[Table]:
    """The app's tables, each after the tables it refers to."""
    return [t for t in Base.metadata.sorted_tables if t.name not in PER_STORE]


def row_counts(conn: Connection) -> dict[str, int]:
    return {t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0) for t in tables()}


def check_empty(engine: Engine, where: str) -> None:
    """Refuse a destination that already holds data: a move or a restore never mixes two
    stores (ids would clash, and two audit chains cannot be one).

    Raises:
        UserError: a table of the app holds rows, or the database holds other tables.
    """
    with engine.connect() as conn:
        present = set(inspect(conn).get_table_names())
        every = list(Base.metadata.sorted_tables)  # a server's own files and slots too
        ours = {t.name for t in every} | {"alembic_version"}
        foreign = sorted(n for n in present - ours if not n.startswith("case_search"))
        if foreign:
            raise UserError(
                "{where} is not empty: it holds tables DPO Desk does not know ({tables}); "
                "use a new, empty database",
                where=where,
                tables=", ".join(foreign[:5]),
            )
        held = {}
        for table in every:
            if table.name in present:
                n = int(conn.scalar(select(func.count()).select_from(table)) or 0)
                if n:
                    held[table.name] = n
        if held:
            raise UserError(
                "{where} is not empty ({count} rows, e.g. in {table}): DPO Desk moves a store "
                "only into an empty database; nothing was copied",
                where=where,
                count=sum(held.values()),
                table=next(iter(held)),
            )


def _batches(conn: Connection, table: Table, size: int) -> Iterator[list[dict[str, object]]]:
    """The rows of ``table`` in primary-key order, ``size`` at a time (keyset paging, so
    that a large table is never read into memory at once)."""
    stmt = select(table).order_by(*table.primary_key.columns)
    result = conn.execution_options(yield_per=size).execute(stmt)
    for part in result.mappings().partitions(size):
        yield [dict(row) for row in part]


def _self_refs(table: Table) -> list[str]:
    """Columns that refer to the same table (a letter's delivery proof is a document
    added later): inserted empty, then filled once every row of the table exists."""
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def copy_rows(
    src: Connection, dst: Connection, progress: Progress = _silent, batch: int = BATCH
) -> dict[str, int]:
    """Copy every row of every app table from ``src`` to ``dst`` (in the callers'
    transactions); returns the rows copied per table."""
    counts = row_counts(src)
    total = sum(counts.values())
    done = 0
    copied: dict[str, int] = {}
    for table in tables():
        later = _self_refs(table)
        pk = list(table.primary_key.columns)
        fixes: list[dict[str, object]] = []
        n = 0
        for rows in _batches(src, table, batch):
            for row in rows:
                for col in later:
                    if row[col] is not None:
                        fixes.append({"_pk": row[pk[0].name], "_col": col, "_v": row[col]})
                        row[col] = None
            dst.execute(table.insert(), rows)
            n += len(rows)
            done += len(rows)
            progress(f"rows: {table.name}", done, total)
        for col in later:
            updates = [{"_pk": f["_pk"], "_v": f["_v"]} for f in fixes if f["_col"] == col]
            if updates:
                stmt = (
                    table.update().where(pk[0] == bindparam("_pk")).values({col: bindparam("_v")})
                )
                dst.execute(stmt, updates)
        copied[table.name] = n
    if dst.dialect.name == "postgresql":
        reset_sequences(dst)
    elif dst.dialect.name == "sqlite":
        rebuild_search(dst)
    return copied


def reset_sequences(conn: Connection) -> None:
    """Set each PostgreSQL id sequence past the highest id copied: the next case, entry
    or document gets a new id, never one a copied row holds."""
    for table in tables():
        pk = list(table.primary_key.columns)
        # Only integer ids have a sequence (a member's key slot is keyed by its login).
        if len(pk) != 1 or not pk[0].autoincrement or not isinstance(pk[0].type, Integer):
            continue
        conn.execute(
            text(
                "SELECT setval(seq, coalesce((SELECT max({col}) FROM {tbl}), 1), "  # noqa: S608
                "(SELECT max({col}) FROM {tbl}) IS NOT NULL) "
                "FROM (SELECT pg_get_serial_sequence(:tbl, :col) AS seq) s "
                "WHERE seq IS NOT NULL".format(col=f'"{pk[0].name}"', tbl=f'"{table.name}"')
            ),
            {"tbl": table.name, "col": pk[0].name},
        )


def rebuild_search(conn: Connection) -> None:
    """Fill SQLite's FTS5 index from the copied rows, as ``services.search.index_case``
    does one case at a time (anonymised cases are not indexed: retention unindexes them)."""
    if not inspect(conn).has_table("case_search"):
        return
    conn.execute(text("DELETE FROM case_search"))
    conn.execute(
        text(
            "INSERT INTO case_search (rowid, reference, name, email, notes, case_id) "
            "SELECT c.id, replace(c.reference, '-', ' ') || ' ' || c.reference, s.full_name, "
            "s.email, c.notes, c.id FROM cases c JOIN data_subject s ON s.id = c.subject_id "
            "WHERE NOT c.anonymised"
        )
    )


@dataclass(frozen=True)
class CopiedFile:
    named: Named
    sha256: str  # of the plaintext read from the source


def copy_files(
    named: list[Named],
    src_vault: VaultOf,
    dst_vault: VaultOf,
    progress: Progress = _silent,
    *,
    written: list[Named] | None = None,
) -> list[CopiedFile]:
    """Copy each named file, under its own name, through the vaults (each seals with its
    own key: a solo desk's, a server's team key). A file whose bytes are not those its row
    recorded is refused: a move must not carry damage silently. ``written`` receives each
    file once it is in the destination (for the caller's clean-up after a failure).

    Raises:
        UserError: a source file is missing, damaged or altered.
        DamagedError: from ``Vault.read``.
    """
    out: list[CopiedFile] = []
    for i, item in enumerate(named, 1):
        data = src_vault(item.folder).read(item.stored_name)
        digest = hashlib.sha256(data).hexdigest()
        if item.sha256 and digest != item.sha256:
            raise UserError(
                "document {document} ({file}) is not the file its record describes: nothing "
                "was moved; run 'dpo-desk doctor'",
                document=item.id,
                file=item.member,
            )
        dst_vault(item.folder).put(iter([data]), stored_name=item.stored_name)
        if written is not None:
            written.append(item)
        out.append(CopiedFile(item, digest))
        progress("files", i, len(named))
    return out


def named_in(conn: Connection) -> list[Named]:
    """The live rows naming a vault file (``vault_check.named_files``, through SQLAlchemy
    so that it reads a server as well as a SQLite file)."""
    rows = conn.execute(
        text(
            "SELECT id, kind, stored_name, size, sha256 FROM document "
            "WHERE stored_name != '' AND purged_at IS NULL ORDER BY id"
        )
    ).all()
    return [
        Named(int(r[0]), vault_folder(str(r[1])), str(r[2]), int(r[3] or 0), str(r[4] or ""))
        for r in rows
    ]
