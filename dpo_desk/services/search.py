"""Full-text search over cases: reference, name, e-mail and notes.

On SQLite an FTS5 table with ``remove_diacritics 2`` makes "lefevre" find "Lefèvre"; on
another database the same calls fall back to a LIKE over the folded name and the e-mail.
"""

from __future__ import annotations

import re

from sqlalchemy import Integer, or_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from dpo_desk.domain.text import fold
from dpo_desk.store.models import Case, DataSubject

_TOKEN = re.compile(r"\w+", re.UNICODE)


def _uses_fts(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def index_case(session: Session, case: Case) -> None:
    """(Re)index one case; call in the transaction that changed it."""
    if not _uses_fts(session):
        return
    session.execute(text("DELETE FROM case_search WHERE case_id = :id"), {"id": case.id})
    session.execute(
        text(
            "INSERT INTO case_search (reference, name, email, notes, case_id) "
            "VALUES (:ref, :name, :email, :notes, :id)"
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
        session.execute(text("DELETE FROM case_search WHERE case_id = :id"), {"id": case_id})


def fts_query(user_text: str) -> str:
    """Turn what the user typed into a safe FTS5 query: every word as a quoted prefix.

    Quoting each token keeps FTS5 syntax (AND, NEAR, quotes, parentheses) from being
    interpreted: a search for ``Robert'); DROP`` is just two words.
    """
    tokens = _TOKEN.findall(user_text)
    return " ".join(f'"{t}"*' for t in tokens)


def matching_ids(user_text: str, dialect: str = "sqlite") -> Select:
    """A sub-select of case ids matching ``user_text`` (used inside list queries)."""
    query = fts_query(user_text)
    if not query:
        return select(Case.id).where(Case.id == -1)
    if dialect == "sqlite":
        fts = text("SELECT case_id FROM case_search WHERE case_search MATCH :q")
        sub = fts.bindparams(q=query).columns(case_id=Integer).subquery()
        return select(sub.c.case_id)
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
