"""Full-text search over cases: reference, name, e-mail and notes.

On SQLite an FTS5 table with ``remove_diacritics 2`` makes "lefevre" find "Lefèvre". On
PostgreSQL (a team server, issue 16) every word must appear, accents and case ignored, at
the start or in the middle of a word, in the case's reference or notes or in the person's
name or e-mail: ``dpo_desk_fold`` (unaccent + lower, IMMUTABLE) and two trigram GIN indexes
of migration 0016 make that an index search. Any other database falls back to a LIKE
over the folded name and the e-mail.
"""

from __future__ import annotations

import re

from sqlalchemy import Integer, String, func, intersect, literal, or_, select, text, union
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from dpo_desk.domain.text import fold
from dpo_desk.store.models import Case, DataSubject

_TOKEN = re.compile(r"\w+", re.UNICODE)


def _uses_fts(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def index_case(session: Session, case: Case) -> None:
    """(Re)index one case; call in the transaction that changed it.

    The row's rowid is the case's id (migration 0020): the old row is found by its key,
    not by a scan of the UNINDEXED ``case_id`` column (0.5 s per save at a million cases).
    """
    if not _uses_fts(session):
        return
    session.execute(text("DELETE FROM case_search WHERE rowid = :id"), {"id": case.id})
    session.execute(
        text(
            "INSERT INTO case_search (rowid, reference, name, email, notes, case_id) "
            "VALUES (:id, :ref, :name, :email, :notes, :id)"
        ),
        {
            "ref": case.reference.replace("-", " ") + " " + case.reference,
            "name": case.subject.full_name,
            "email": case.subject.email,
            "notes": case.notes,
            "id": case.id,
        },
    )


def unindex_case(session: Session, case_id: int) -> None:
    if _uses_fts(session):
        session.execute(text("DELETE FROM case_search WHERE rowid = :id"), {"id": case_id})


def fts_query(user_text: str) -> str:
    """Turn what the user typed into a safe FTS5 query: every word as a quoted prefix,
    except a word the user joined to the next one (``DPO-2019-81786``, ``Jean-Pi``,
    ``lea.faure``): typing the hyphen or dot after it says the word is complete.

    Quoting each token keeps FTS5 syntax (AND, NEAR, quotes, parentheses) from being
    interpreted: a search for ``Robert'); DROP`` is just two words. The complete words
    matter for speed: as a prefix, "DPO" of a reference merged the entries of every case
    (80 ms at a million cases for a search that finds one); as a word it is skipped
    through (under a millisecond). A word at the end, or before a space, stays a prefix:
    "lefe mar" still finds "Lefèvre Marie".
    """
    parts = []
    for match in _TOKEN.finditer(user_text):
        after = user_text[match.end() : match.end() + 2]
        joined = len(after) == 2 and not after[0].isspace() and _TOKEN.match(after[1])
        parts.append(f'"{match.group()}"' if joined else f'"{match.group()}"*')
    return " ".join(parts)


def matching_ids(user_text: str, dialect: str = "sqlite") -> Select:
    """A sub-select of case ids matching ``user_text`` (used inside list queries)."""
    query = fts_query(user_text)
    if not query:
        return select(Case.id).where(Case.id == -1)
    if dialect == "sqlite":
        # The rowid, not the ``case_id`` column: reading a column costs one lookup in
        # FTS5's content table per hit (41,000 hits at a million cases: 175 ms vs 45 ms).
        fts = text("SELECT rowid AS case_id FROM case_search WHERE case_search MATCH :q")
        sub = fts.bindparams(q=query).columns(case_id=Integer).subquery()
        return select(sub.c.case_id)
    if dialect == "postgresql":
        return _pg_matching_ids(_TOKEN.findall(user_text))
    like = f"%{fold(user_text)}%"
    return (
        select(Case.id)
        .join(DataSubject, Case.subject_id == DataSubject.id)
        .where(
            or_(
                DataSubject.name_key.like(like),
                DataSubject.email.ilike(like),
                Case.reference.ilike(like),
                Case.notes.ilike(like),
            )
        )
    )


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _pg_matching_ids(tokens: list[str]) -> Select:
    """Cases holding every word (as FTS5 does): per word, the cases whose own text or whose
    person's text contains it; the words intersected.

    The expressions are those of the indexes of migration 0016, word for word, so that
    PostgreSQL walks the trigram indexes (EXPLAIN in tests/team/test_pg_search.py).
    """
    case_text = func.dpo_desk_fold(
        Case.reference + literal(" ", String) + func.coalesce(Case.notes, "")
    )
    subject_text = func.dpo_desk_fold(
        DataSubject.full_name + literal(" ", String) + func.coalesce(DataSubject.email, "")
    )
    per_word = []
    for token in tokens:
        # Folded by the server's own function, as the indexed text was (unaccent's rules,
        # not Python's, must decide what "é" or "œ" become).
        pattern = func.dpo_desk_fold("%" + _escape_like(token) + "%")
        own = select(Case.id).where(case_text.like(pattern))
        person = select(Case.id).where(
            Case.subject_id.in_(select(DataSubject.id).where(subject_text.like(pattern)))
        )
        per_word.append(union(own, person))
    combined = per_word[0] if len(per_word) == 1 else intersect(*per_word)
    sub = combined.subquery()
    return select(sub.c.id)
