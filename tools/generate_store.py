"""Generate a realistic DPO Desk store of N cases, fast, for benchmarks and load tests.

Usage::

    python tools/generate_store.py 100000 --data-dir /tmp/dpo-100k [--seed 1]

What it writes (SQLAlchemy Core bulk inserts, committed every 20,000 cases, never the ORM):

* the organisation profile (through ``services.organisation``, so it is audited);
* N cases received over the last ten years (GDPR rule sets only from 25 May 2018, the
  Quebec branch's files before), names in several scripts, a mix of rights and channels,
  statuses consistent with their dates (old cases closed, recent ones open, a few
  overdue), deadlines computed by the real domain code (cached per receipt facts),
  identity checks, suspensions and extensions, some attachments and letters with small
  files, purged ID copies, the FTS index rows;
* audit entries for every step, in time order, chained with ``services.audit._digest``,
  so that ``dpo-desk --data-dir D audit verify`` passes;
* the registers and two directives (through the demo services) at the end.
"""

from __future__ import annotations

import argparse
import hashlib
import heapq
import json
import random
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Table, func, insert, select, text

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from dpo_desk.domain.text import fold  # noqa: E402
from dpo_desk.services import audit, deadlines  # noqa: E402
from dpo_desk.services.context import Context  # noqa: E402
from dpo_desk.store.models import (  # noqa: E402
    AuditEvent,
    Case,
    CaseRight,
    DataSubject,
    DeadlineEvent,
    Document,
    IdentityCheck,
)
from dpo_desk.store.opening import open_store  # noqa: E402

TZ = "Europe/Paris"
ZONE = ZoneInfo(TZ)
GDPR_START = date(2018, 5, 25)
CHUNK = 20_000
ACTORS = ("claire.martin", "julien.roux", "amina.benali", "tomasz.nowak")

# --- people -------------------------------------------------------------------------------
#: (given names, family names, e-mail style) per script; weights below.
NAMES: dict[str, tuple[Sequence[str], Sequence[str]]] = {
    "fr": (
        [
            "Élodie",
            "Jean-Luc",
            "Thérèse",
            "François",
            "Zoé",
            "Loïc",
            "Hélène",
            "Mathis",
            "Camille",
            "Noémie",
            "Gaëlle",
            "Jérôme",
            "Inès",
            "Benoît",
            "Léa",
            "Aurélien",
        ],
        [
            "Lefèvre",
            "Moreau",
            "Dubois",
            "Lambert",
            "Girard",
            "Bonnet",
            "Faure",
            "Mercier",
            "Rousseau",
            "Fontaine",
            "Chevalier",
            "Perrin",
            "Gauthier",
            "Lemaître",
            "Brûlé",
        ],
    ),
    "eu": (
        [
            "Jürgen",
            "Agnieszka",
            "Søren",
            "Małgorzata",
            "José",
            "João",
            "Ørjan",
            "Zsófia",
            "Ćiro",
            "Dagný",
            "Łukasz",
            "Ana María",
        ],
        [
            "Müller",
            "Wiśniewska",
            "Kierkegård",
            "Nováková",
            "García Márquez",
            "Conceição",
            "Szabó",
            "Þórsdóttir",
            "Øvergård",
            "Kovačević",
        ],
    ),
    "cyr": (
        ["Дмитрий", "Ольга", "Сергей", "Наталья", "Андрій", "Марія"],
        ["Иванов", "Смирнова", "Петренко", "Коваленко", "Соколов", "Кузнецова"],
    ),
    "el": (["Γιώργος", "Ελένη", "Νίκος", "Μαρία"], ["Παπαδόπουλος", "Οικονόμου", "Γεωργίου"]),
    "ar": (["فاطمة", "محمد", "يوسف", "خديجة", "عمر"], ["الزهراء", "بنعلي", "العلوي", "حداد"]),
    "zh": (["伟", "芳", "娜", "敏", "静"], ["王", "李", "张", "刘", "陈"]),
    "vi": (["Nguyễn Thị", "Trần Văn", "Phạm Đức"], ["Hương", "Minh", "Thảo", "Dũng"]),
}
SCRIPT_WEIGHTS = {"fr": 62, "eu": 14, "cyr": 6, "el": 3, "ar": 7, "zh": 4, "vi": 4}
DOMAINS = ("example.fr", "example.com", "example.org", "mail.example.net", "exemple.fr")

RIGHT_WEIGHTS = {
    "access": 38,
    "erasure": 18,
    "prospecting-objection": 12,
    "rectification": 8,
    "objection": 6,
    "portability": 4,
    "consent-withdrawal": 5,
    "restriction": 2,
    "human-review": 2,
    "complaint": 3,
    "safeguards-copy": 1,
    "post-mortem": 1,
}
CHANNEL_WEIGHTS = {"email": 48, "web-form": 27, "post": 15, "phone": 6, "store": 4}
JURIS_WEIGHTS = {"FR": 86, "FR-57": 4, "FR-67": 2, "GB": 3, "CA-QC": 5}
NOTES = (
    "",
    "",
    "",
    "",
    "Le client demande aussi la copie de ses échanges avec le service après-vente.",
    "Demande reçue en double (courriel + formulaire), traitée une fois.",
    "Customer also asks which partners received their data.",
    "Le demandeur signale un changement d'adresse récent.",
    "Appel du client pour relancer ; réponse promise sous huit jours.",
    "Требует удалить все данные о покупках.",
    "يطلب نسخة من بياناته الشخصية",
    "客户要求删除账户。",
)

#: A tiny valid PDF used for the generated attachments and letters.
_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _person(rng: random.Random, n: int) -> tuple[str, str]:
    script = _pick(rng, SCRIPT_WEIGHTS)
    given, family = NAMES[script]
    first, last = rng.choice(given), rng.choice(family)
    name = f"{last}{first}" if script == "zh" else f"{first} {last}"
    if script in ("fr", "eu", "vi"):
        local = ".".join(fold(name).replace("-", " ").split())
        local = "".join(ch for ch in local if ch.isascii())
    else:
        local = f"client{n}"
    return name, f"{local}{n % 997}@{rng.choice(DOMAINS)}" if rng.random() < 0.93 else ""


# --- one case ----------------------------------------------------------------------------
@dataclass
class Rows:
    subjects: list[dict[str, Any]] = field(default_factory=list)
    cases: list[dict[str, Any]] = field(default_factory=list)
    rights: list[dict[str, Any]] = field(default_factory=list)
    checks: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    fts: list[tuple[str, str, str, str, int]] = field(default_factory=list)
    #: (at, operation, entity, record_ref, summary-dict, actor), until pushed to the heap
    audit: list[tuple[datetime, str, str, str, Any, str]] = field(default_factory=list)
    files: list[tuple[str, str, bytes]] = field(default_factory=list)


class DeadlineCache:
    """``services.deadlines.compute`` memoised on the facts that decide the result."""

    def __init__(self, today: date) -> None:
        self.today = today
        self._cache: dict[tuple[Any, ...], deadlines.DeadlineResult] = {}
        self._day: date | None = None
        self.calls = 0

    def get(
        self, jur: str, received: date, susp: tuple[tuple[date, date], ...], extended: bool
    ) -> deadlines.DeadlineResult:
        if received != self._day:  # cases come in order of receipt: older keys are dead
            self._cache.clear()
            self._day = received
        key = (jur, received, susp, extended)
        hit = self._cache.get(key)
        if hit is None:
            self.calls += 1
            hit = deadlines.compute(
                jur,
                received,
                readings={"receipt_timezone": TZ},
                suspensions=list(susp),
                extended=extended,
                tz=TZ,
                today=self.today,
            )
            self._cache[key] = hit
        return hit


def _local(day: date, rng: random.Random, start_hour: int = 8, end_hour: int = 18) -> datetime:
    """An instant on ``day`` during office hours in Paris, as UTC."""
    seconds = rng.randrange(start_hour * 3600, end_hour * 3600)
    local = datetime(day.year, day.month, day.day, tzinfo=ZONE) + timedelta(
        seconds=seconds, microseconds=rng.randrange(10**6)
    )
    return local.astimezone(UTC)


def _file_name(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


@dataclass
class Gen:
    rng: random.Random
    today: date
    now: datetime
    cache: DeadlineCache
    rows: Rows
    counters: dict[int, int] = field(default_factory=dict)
    next_doc: int = 1
    next_check: int = 1
    next_event: int = 1
    next_right: int = 1

    def audit(self, at: datetime, op: str, entity: str, ref: str, summary: Any) -> None:
        self.rows.audit.append(
            (min(at, self.now), op, entity, ref, summary, self.rng.choice(ACTORS))
        )

    def document(
        self,
        case_id: int,
        ref: str,
        at: datetime,
        kind: str,
        name: str,
        *,
        purged: datetime | None = None,
        letter_kind: str = "",
        folder: str = "documents",
    ) -> None:
        content = _PDF + f"% {ref} {name}\n".encode()
        stored = _file_name(self.rng)
        doc_id = self.next_doc
        self.next_doc += 1
        self.rows.documents.append(
            {
                "id": doc_id,
                "case_id": case_id,
                "kind": kind,
                "purpose": "identity" if kind == "id-evidence" else "",
                "original_name": "" if purged else name,
                "stored_name": stored,
                "media_type": "application/pdf",
                "size": len(content),
                "sha256": hashlib.sha256(content).hexdigest(),
                "letter_kind": letter_kind,
                "lang": "fr" if letter_kind else "",
                "sent_at": at if letter_kind else None,
                "purged_at": purged,
                "flags": "",
                "created_at": at,
                "directive_id": None,
                "death_notification_id": None,
            }
        )
        if purged is None:
            self.rows.files.append((folder, stored, content))
        if kind == "letter":
            self.audit(
                at,
                "letter.generate",
                "case",
                ref,
                {"document": doc_id, "letter_kind": letter_kind, "lang": "fr"},
            )
        else:
            self.audit(
                at,
                "document.attach",
                "case",
                ref,
                {
                    "document": doc_id,
                    "flags": [],
                    "kind": kind,
                    "media_type": "application/pdf",
                    "sha256": hashlib.sha256(content).hexdigest(),
                    "size": len(content),
                },
            )
        if purged is not None:
            self.audit(
                purged,
                "document.purge",
                "document",
                str(doc_id),
                {"kind": kind, "why": "identity verified"},
            )

    def reference(self, year: int) -> str:
        n = self.counters.get(year, 0) + 1
        self.counters[year] = n
        return f"DPO-{year}-{n:04d}"


def _rights(rng: random.Random) -> list[str]:
    first = _pick(rng, RIGHT_WEIGHTS)
    out = [first]
    if rng.random() < 0.18:
        second = _pick(rng, RIGHT_WEIGHTS)
        if second not in out and "complaint" not in (first, second):
            out.append(second)
    return out


def _final_status(rng: random.Random, rights: list[str]) -> str:
    roll = rng.random()
    if "complaint" in rights:
        return "closed" if roll < 0.8 else "answered"
    if roll < 0.70:
        return "closed"
    if roll < 0.84:
        return "answered"
    if roll < 0.90:
        return "refused"
    if roll < 0.96:
        return "withdrawn"
    return "forwarded"


def _open_status(rng: random.Random, age: int) -> str:
    roll = rng.random()
    if age <= 3 and roll < 0.6:
        return "received"
    if roll < 0.12:
        return "awaiting-identity"
    if roll < 0.22 and age > 12:
        return "extended"
    if roll < 0.62:
        return "in-progress"
    return "answered" if age > 6 else "in-progress"


def build_case(
    g: Gen,
    case_id: int,
    subject_id: int,
    new_subject: bool,
    name: str,
    email: str,
    received_on: date,
    jur: str,
) -> None:
    rng, today = g.rng, g.today
    ref = g.reference(received_on.year)
    received_at = _local(received_on, rng)
    age = (today - received_on).days
    rights = _rights(rng)
    channel = _pick(rng, CHANNEL_WEIGHTS)
    kind = "complaint" if rights == ["complaint"] else "request"
    has_extension = jur != "CA-QC"
    status = _final_status(rng, rights) if age > 120 else _open_status(rng, age)
    if status == "extended" and not has_extension:
        status = "in-progress"
    notes = rng.choice(NOTES)

    if new_subject:
        g.audit(
            received_at,
            "subject.create",
            "data_subject",
            str(subject_id),
            {"name_key": fold(name)[:3] + "…"},
        )

    # identity: by e-mail / account at once, by document after a wait, or failed
    susp: tuple[tuple[date, date], ...] = ()
    open_wait: date | None = None
    id_roll = rng.random()
    asked = received_on + timedelta(days=rng.randint(1, 3))
    if status == "awaiting-identity":
        open_wait = min(asked, today)
    elif id_roll < 0.13 and asked + timedelta(days=2) < today:
        back = asked + timedelta(days=rng.randint(2, 12))
        back = min(back, today)
        susp = ((asked, back),)

    extended = status == "extended" or (
        has_extension and status in ("answered", "closed") and rng.random() < 0.05
    )
    result = g.cache.get(jur, received_on, susp, False)
    extended_on = None
    if extended:
        extended_on = min(
            received_on + timedelta(days=rng.randint(8, 25)),
            result.extension_notice_by or received_on,
            today,
        )
        result = g.cache.get(jur, received_on, susp, True)
    due = result.extended_due or result.due

    create_at = received_at + timedelta(minutes=rng.randint(5, 240))
    g.audit(
        create_at,
        "case.create",
        "case",
        ref,
        {
            "channel": channel,
            "due": str(result.due),
            "jurisdiction": jur,
            "received_on": str(received_on),
            "rights": rights,
        },
    )

    ident_outcome, method, verified_at, doc_kind = "verified", "", None, ""
    check: dict[str, Any] = {
        "doubt_reason": "",
        "requested_on": None,
        "received_on": None,
        "note": "",
    }
    if open_wait is not None:
        ident_outcome, method = "pending", "document"
        check.update(
            doubt_reason="E-mail address differs from the customer account", requested_on=open_wait
        )
        g.audit(
            _local(open_wait, rng),
            "identity.request",
            "case",
            ref,
            {
                "doubt": check["doubt_reason"],
                "policy": "proportionate",
                "requested_on": str(open_wait),
                "warning": False,
            },
        )
        g.rows.events.append(
            {
                "id": g.next_event,
                "case_id": case_id,
                "kind": "suspension",
                "starts_on": open_wait,
                "ends_on": None,
                "reason": check["doubt_reason"],
                "created_at": create_at,
            }
        )
        g.next_event += 1
    elif susp:
        s, e = susp[0]
        method, doc_kind = "document", rng.choice(["identity card", "passport", "residence permit"])
        check.update(
            doubt_reason="Postal request without customer number", requested_on=s, received_on=e
        )
        g.audit(
            _local(s, rng),
            "identity.request",
            "case",
            ref,
            {
                "doubt": check["doubt_reason"],
                "policy": "proportionate",
                "requested_on": str(s),
                "warning": False,
            },
        )
        g.rows.events.append(
            {
                "id": g.next_event,
                "case_id": case_id,
                "kind": "suspension",
                "starts_on": s,
                "ends_on": e,
                "reason": check["doubt_reason"],
                "created_at": _local(s, rng),
            }
        )
        g.next_event += 1
        verified_at = _local(e, rng, 14, 18)
        if status == "refused" and rng.random() < 0.4:
            ident_outcome = "failed"
            check["note"] = "The document does not match the customer account"
            g.audit(verified_at, "identity.fail", "case", ref, {"reason": check["note"]})
        else:
            g.audit(
                verified_at - timedelta(minutes=30),
                "identity.receive",
                "case",
                ref,
                {"due": str(result.due), "received_on": str(e)},
            )
            g.document(
                case_id,
                ref,
                verified_at - timedelta(minutes=20),
                "id-evidence",
                "piece-identite.pdf",
                purged=verified_at,
            )
            g.audit(
                verified_at,
                "identity.verify",
                "case",
                ref,
                {"document_kind": doc_kind, "method": "document", "purged": 1},
            )
    elif status != "received":
        method = rng.choice(["email-match", "customer-account", "customer-account"])
        verified_at = create_at + timedelta(minutes=rng.randint(10, 600))
        g.audit(
            verified_at,
            "identity.verify",
            "case",
            ref,
            {"document_kind": "", "method": method, "purged": 0},
        )
    else:
        ident_outcome = "pending"
    if status != "received" or open_wait is not None:
        g.rows.checks.append(
            {
                "id": g.next_check,
                "case_id": case_id,
                "method": method,
                "outcome": ident_outcome,
                "verifier": rng.choice(ACTORS) if verified_at else "",
                "verified_at": verified_at,
                "document_kind": doc_kind,
                **check,
            }
        )
        g.next_check += 1

    moved_at = verified_at or create_at
    prev = "received"

    def move(to: str, at: datetime, reason: str = "") -> None:
        nonlocal prev
        g.audit(at, "case.transition", "case", ref, {"from": prev, "reason": reason, "to": to})
        prev = to

    if open_wait is not None:
        move("awaiting-identity", _local(open_wait, rng))
    elif status != "received":
        move("in-progress", moved_at)

    if extended_on is not None:
        reason = "Several requests at once and archives to search"
        move("extended", _local(extended_on, rng), reason)
        g.rows.events.append(
            {
                "id": g.next_event,
                "case_id": case_id,
                "kind": "extension",
                "starts_on": extended_on,
                "ends_on": None,
                "reason": reason,
                "created_at": _local(extended_on, rng),
            }
        )
        g.next_event += 1
        g.audit(
            _local(extended_on, rng),
            "case.extend",
            "case",
            ref,
            {"decided_on": str(extended_on), "due": str(result.extended_due), "reason": reason},
        )

    outcome, outcome_reason, answered_on, closed_at = "", "", None, None
    end_of_work = min(today, due + timedelta(days=rng.choice([0, 0, 0, 0, 0, 0, 3, 9])))
    if status in ("answered", "closed", "refused", "withdrawn", "forwarded"):
        earliest = (verified_at.date() if verified_at else received_on) + timedelta(days=1)
        span = max(0, (end_of_work - earliest).days)
        done_on = min(earliest + timedelta(days=rng.randint(0, span)), today)
        done_at = _local(done_on, rng)
        if status in ("answered", "closed"):
            answered_on = done_on
            move("answered", done_at)
            if rng.random() < 0.5:
                g.document(
                    case_id,
                    ref,
                    done_at - timedelta(minutes=15),
                    "letter",
                    f"{ref}-reply.pdf",
                    letter_kind=rng.choice(["access-reply", "confirmation"]),
                    folder="letters",
                )
        else:
            outcome = status
            outcome_reason = {
                "refused": "identity-not-established"
                if ident_outcome == "failed"
                else rng.choice(["manifestly-unfounded", "excessive"]),
                "withdrawn": "The customer withdrew by phone",
                "forwarded": "Sent to PayLater Europe Ltd, the controller",
            }[status]
            move(status, done_at, outcome_reason)
        if status == "closed" or (status != "answered" and age > 200):
            close_on = min(done_on + timedelta(days=rng.randint(3, 40)), today)
            closed_at = _local(close_on, rng)
            move("closed", closed_at)
            status = "closed"

    if rng.random() < 0.03:
        g.document(
            case_id,
            ref,
            create_at + timedelta(minutes=3),
            "attachment",
            rng.choice(["courrier.pdf", "demande-signée.pdf", "formulaire.pdf"]),
        )

    g.rows.cases.append(
        {
            "id": case_id,
            "reference": ref,
            "kind": kind,
            "subject_id": subject_id,
            "channel": channel,
            "received_at": received_at,
            "received_on": received_on,
            "received_tz": TZ,
            "jurisdiction": jur,
            "readings": {
                "extension_reading": "earlier-of",
                "id_wait": "suspend",
                "quebec_saturday_is_holiday": False,
                "receipt_timezone": TZ,
            },
            "status": status,
            "assignee": rng.choice(ACTORS),
            "notes": notes,
            "due_date": result.due,
            "extension_notice_by": result.extension_notice_by,
            "extended_due_date": result.extended_due,
            "extended_on": extended_on,
            "extension_reason": "Several requests at once and archives to search"
            if extended_on
            else "",
            "outcome": outcome,
            "outcome_reason": outcome_reason,
            "answered_on": answered_on,
            "closed_at": closed_at,
            "flagged": "",
            "anonymised": False,
            "created_at": create_at,
            "updated_at": closed_at or create_at,
        }
    )
    for right in rights:
        g.rows.rights.append({"id": g.next_right, "case_id": case_id, "right": right})
        g.next_right += 1
    g.rows.fts.append((case_id, ref.replace("-", " ") + " " + ref, name, email, notes, case_id))


# --- the whole store ---------------------------------------------------------------------
@dataclass(frozen=True)
class Report:
    cases: int
    subjects: int
    audit_entries: int
    documents: int
    files: int
    deadline_computations: int
    seconds: float


def _receipts(rng: random.Random, n: int, today: date) -> list[tuple[date, str]]:
    start = today - timedelta(days=3652)
    out = []
    for _ in range(n):
        jur = _pick(rng, JURIS_WEIGHTS)
        first = start if jur == "CA-QC" else max(start, GDPR_START)
        # more requests in recent years (GDPR awareness grows)
        frac = rng.random() ** 0.8
        day = first + timedelta(days=int(frac * (today - first).days))
        out.append((min(day, today), jur))
    out.sort()
    return out


def _insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    for i in range(0, len(rows), CHUNK):
        conn.execute(insert(table), rows[i : i + CHUNK])


#: an audit entry before it is chained: (at, operation, entity, record_ref, summary, actor)
Entry = tuple[datetime, str, str, str, Any, str]


class Chainer:
    """Appends audit entries after the current head of the chain, hashed in turn.

    Entries come in time order (the generator releases them once no later case can
    produce an earlier one) and are inserted ``CHUNK`` at a time."""

    def __init__(self, conn: Connection) -> None:
        head = conn.execute(
            select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
        ).first()
        self.next_id, self.prev = (head[0] + 1, head[1]) if head else (1, audit.GENESIS)
        self.rows: list[dict[str, Any]] = []
        self.done = 0

    def add(self, conn: Connection, entries: Iterable[Entry]) -> None:
        for at, op, entity, ref, summary, actor in entries:
            text_ = (
                summary
                if isinstance(summary, str)
                else json.dumps(summary, ensure_ascii=False, default=str, sort_keys=True)
            )
            digest = audit._digest(self.prev, at, actor, op, entity, ref, text_)
            self.rows.append(
                {
                    "id": self.next_id,
                    "at": at,
                    "actor": actor,
                    "operation": op,
                    "entity": entity,
                    "record_ref": ref,
                    "summary": text_,
                    "prev_hash": self.prev,
                    "hash": digest,
                }
            )
            self.prev = digest
            self.next_id += 1
            if len(self.rows) == CHUNK:
                self.flush(conn)

    def flush(self, conn: Connection) -> None:
        _insert(conn, AuditEvent.__table__, self.rows)  # type: ignore[arg-type]
        self.done += len(self.rows)
        self.rows = []


class PendingAudit:
    """The audit entries built but not yet chained, kept in time order (a heap).

    A case's entries all fall on or after the day it was received, and cases are built
    in order of receipt, so every entry before that day's midnight is final: it can be
    chained and forgotten. Only a few months of entries stay in memory, whatever N is
    (issue 19: holding all 6.7 million entries of a 1,000,000-case store took 9.5 GB)."""

    def __init__(self) -> None:
        self._heap: list[tuple[datetime, int, Entry]] = []
        self._seq = 0

    def push_all(self, entries: list[Entry]) -> None:
        for entry in entries:
            heapq.heappush(self._heap, (entry[0], self._seq, entry))
            self._seq += 1  # ties keep the order they were made in (a stable sort)
        entries.clear()

    def release_before(self, limit: datetime | None) -> Iterator[Entry]:
        while self._heap and (limit is None or self._heap[0][0] < limit):
            yield heapq.heappop(self._heap)[2]

    def __len__(self) -> int:
        return len(self._heap)


def _flush_rows(conn: Connection, rows: Rows, data_dir: Path) -> None:
    """Insert the rows built so far (parents first) and write their files."""
    _insert(conn, DataSubject.__table__, rows.subjects)  # type: ignore[arg-type]
    _insert(conn, Case.__table__, rows.cases)  # type: ignore[arg-type]
    _insert(conn, CaseRight.__table__, rows.rights)  # type: ignore[arg-type]
    _insert(conn, IdentityCheck.__table__, rows.checks)  # type: ignore[arg-type]
    _insert(conn, DeadlineEvent.__table__, rows.events)  # type: ignore[arg-type]
    _insert(conn, Document.__table__, rows.documents)  # type: ignore[arg-type]
    if rows.fts:
        conn.exec_driver_sql(
            "INSERT INTO case_search (rowid, reference, name, email, notes, case_id) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows.fts,  # type: ignore[arg-type]
        )
    for folder, name, content in rows.files:
        (data_dir / folder / name).write_bytes(content)
    for kept in (
        rows.subjects,
        rows.cases,
        rows.rights,
        rows.checks,
        rows.events,
        rows.documents,
        rows.fts,
        rows.files,
    ):
        kept.clear()


def generate(
    data_dir: Path,
    n: int,
    seed: int = 1,
    *,
    now: datetime | None = None,
    registers: bool = True,
    log: Any = None,
) -> Report:
    """Fill an empty data directory with ``n`` cases; see the module docstring.

    Rows are inserted and committed every ``CHUNK`` cases, so memory stays flat whatever
    ``n`` is; a run stopped half-way leaves a directory to delete (a second run on it is
    refused)."""
    from dpo_desk.services.demo import load as demo
    from dpo_desk.services.demo.catalogue import ORGANISATION
    from dpo_desk.services.organisation import update_profile

    t0 = time.perf_counter()
    say = log or (lambda _msg: None)
    rng = random.Random(seed)
    now = now or datetime.now(UTC)
    today = now.astimezone(ZONE).date()
    store = open_store(data_dir)
    try:
        with store.db.read() as session:
            if session.scalar(select(func.count(Case.id))):
                raise SystemExit(f"{data_dir} already holds cases: use an empty directory")
        start = now - timedelta(days=3653)
        ctx = Context(
            db=store.db,
            data_dir=store.data_dir,
            actor="claire.martin",
            clock=lambda: start,
            timezone=TZ,
        )
        update_profile(ctx, ORGANISATION)

        g = Gen(rng, today, now, DeadlineCache(today), Rows())
        pending = PendingAudit()
        documents = files = 0
        subject_id = 0
        last: tuple[int, str, str] | None = None
        conn = store.db.engine.connect()
        try:
            chain = Chainer(conn)
            for case_id, (received_on, jur) in enumerate(_receipts(rng, n, today), start=1):
                if last is not None and rng.random() < 0.08:
                    sid, name, email = last  # the same person comes back
                    new = False
                else:
                    subject_id += 1
                    name, email = _person(rng, subject_id)
                    sid, new = subject_id, True
                    g.rows.subjects.append(
                        {
                            "id": sid,
                            "full_name": name,
                            "name_key": fold(name),
                            "email": email,
                            "phone": f"+33 6 {rng.randrange(10**8):08d}"
                            if rng.random() < 0.3
                            else "",
                            "postal_address": "",
                            "customer_ref": f"C{rng.randrange(10**7):07d}",
                            "deceased": False,
                            "deceased_on": None,
                            "no_marketing": False,
                            "created_at": _local(received_on, rng),
                        }
                    )
                    last = (sid, name, email)
                build_case(g, case_id, sid, new, name, email, received_on, jur)
                pending.push_all(g.rows.audit)
                if case_id % CHUNK == 0:
                    documents += len(g.rows.documents)
                    files += len(g.rows.files)
                    _flush_rows(conn, g.rows, data_dir)
                    midnight = datetime(
                        received_on.year, received_on.month, received_on.day, tzinfo=ZONE
                    ).astimezone(UTC)
                    chain.add(conn, pending.release_before(midnight))
                    conn.commit()
                    say(
                        f"{case_id} cases in {time.perf_counter() - t0:.1f} s "
                        f"({len(pending)} audit entries waiting)"
                    )
            documents += len(g.rows.documents)
            files += len(g.rows.files)
            _flush_rows(conn, g.rows, data_dir)
            chain.add(conn, pending.release_before(None))
            chain.flush(conn)
            conn.commit()
        finally:
            conn.close()
        say(
            f"{n} cases in {time.perf_counter() - t0:.1f} s ({chain.done} audit entries, "
            f"{g.cache.calls} deadline computations, {files} files)"
        )

        if registers:
            ctx.clock = lambda: now
            demo._registers(ctx)
            demo._directives(ctx)
        with store.db.engine.begin() as c:
            total = c.execute(text("SELECT count(*) FROM audit_event")).scalar_one()
        return Report(
            n,
            subject_id,
            int(total),
            documents,
            files,
            g.cache.calls,
            time.perf_counter() - t0,
        )
    finally:
        store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of cases")
    parser.add_argument("--data-dir", required=True, type=Path, help="an empty directory")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("n must be at least 1")
    report = generate(args.data_dir, args.n, args.seed, log=lambda m: print(m, file=sys.stderr))
    print(json.dumps(report.__dict__, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
