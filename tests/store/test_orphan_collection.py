"""Orphans found at start from hashes of the named files (issue 19: memory at a million
cases), with the same answer as the full comparison ``doctor`` makes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dpo_desk.store import vault_check


def _store(tmp_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(tmp_path / "db.sqlite3")
    conn.execute(
        "CREATE TABLE document (id INTEGER PRIMARY KEY, kind TEXT, stored_name TEXT, "
        "size INTEGER, sha256 TEXT, purged_at TEXT)"
    )
    return conn


def _file(tmp_path: Path, folder: str, name: str) -> Path:
    path = tmp_path / folder / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(b"x")
    return path


def test_the_lean_walk_finds_exactly_the_orphans_the_full_comparison_finds(
    tmp_path: Path,
) -> None:
    conn = _store(tmp_path)
    kept_doc = _file(tmp_path, "documents", "a" * 32 + ".pdf")
    kept_letter = _file(tmp_path, "letters", "b" * 32 + ".pdf")
    purged = _file(tmp_path, "documents", "c" * 32 + ".jpg")
    wrong_folder = _file(tmp_path, "letters", "d" * 32 + ".pdf")  # its row is an ID copy
    unnamed = _file(tmp_path, "letters", "e" * 32)
    crash_tmp = _file(tmp_path, "documents", "whatever.tmp")
    template = _file(tmp_path, "letters", "access-reply-fr.txt")
    (tmp_path / "documents" / ("f" * 32)).symlink_to(kept_doc)  # never followed, never collected
    conn.executemany(
        "INSERT INTO document (kind, stored_name, size, sha256, purged_at) VALUES (?, ?, 1, '', ?)",
        [
            ("attachment", kept_doc.name, None),
            ("letter", kept_letter.name, None),
            ("id_document", purged.name, "2026-01-01"),
            ("id_document", wrong_folder.name, None),
            ("attachment", "", None),
        ],
    )
    named = vault_check.named_files(conn)
    expected = set(vault_check.orphans(tmp_path, named))
    lean = set(vault_check._orphans_lean(tmp_path, vault_check._named_keys(conn)))
    assert lean == expected == {purged, wrong_folder, unnamed, crash_tmp}
    assert kept_doc not in lean and kept_letter not in lean and template not in lean


def test_collecting_shreds_the_orphans_and_keeps_every_named_file(tmp_path: Path) -> None:
    conn = _store(tmp_path)
    named = [_file(tmp_path, "documents", f"{i:032x}.pdf") for i in range(200)]
    strays = [_file(tmp_path, "documents", f"{i:032x}.pdf") for i in range(200, 230)]
    conn.executemany(
        "INSERT INTO document (kind, stored_name, size, sha256) VALUES ('attachment', ?, 1, '')",
        [(p.name,) for p in named],
    )
    count, size = vault_check.collect_orphans(tmp_path, conn)
    assert (count, size) == (30, 30)
    assert all(p.exists() for p in named)
    assert not any(p.exists() for p in strays)


def test_a_store_without_the_document_table_names_nothing(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "db.sqlite3")
    assert len(vault_check._named_keys(conn)) == 0


def test_named_keys_are_sorted_in_pieces_into_one_sorted_array() -> None:
    """Sorted piece by piece and merged, so that the window keeps running (issue 19):
    the same array as one ``sorted``, at and around the pieces' size."""
    import random

    piece = vault_check.SORT_PIECE
    rng = random.Random(19)
    for size in (0, 1, piece - 1, piece, piece + 1, 3 * piece + 7):
        keys = [rng.randrange(-(2**63), 2**63) for _ in range(size)]
        keys += keys[: size // 10]  # two rows can share a key
        got = vault_check._sorted_keys(iter(keys))
        assert got.typecode == "q"
        assert got.tolist() == sorted(keys)
