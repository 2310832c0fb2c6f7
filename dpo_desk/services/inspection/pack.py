"""The inspection pack: what a DPO hands to the CNIL (or the CAI) on the day of an
inspection, in one folder: the register (PDF in the CNIL model's layout, and workbooks),
recipients and transfers, post-mortem directives, the request log with every deadline and
whether it was met, the incident register, and a certificate of the audit chain (its
head, count and verification time); each file listed with its SHA-256 in ``index.json``,
signed with Ed25519 (``index.sig``; the key: ``signing.py``).

All-or-nothing: the pack is written in a hidden sibling folder and renamed into place at
the end; a cancel or an error removes it, so no half pack is ever left where the DPO
looks. Everything is read in one read transaction (a consistent picture), the export is
audited (file count, index hash, whether names were included: never the contents).
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dpo_desk import __version__
from dpo_desk.errors import UserError
from dpo_desk.fsio import fsync_dir, recorded_staging, staged_folder, sweep_staged
from dpo_desk.services import audit
from dpo_desk.services.context import Context
from dpo_desk.services.inspection import signing, tables
from dpo_desk.services.register_book import book_in, book_sheets
from dpo_desk.services.register_export import LANGUAGES, register_bytes
from dpo_desk.services.spreadsheets import Sheet, write_ods, write_xlsx
from dpo_desk.store.models import Case, Incident, PostMortemDirective, ProcessingActivity

FORMAT = "dpo-desk-inspection/1"
INDEX, SIGNATURE = "index.json", "index.sig"
SHEET_FORMATS = ("xlsx", "ods")

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
RowProgress = Callable[[int, int], None]


class PackCancelled(UserError):
    """The DPO cancelled: the partial folder was removed."""


@dataclass(frozen=True)
class PackOptions:
    lang: str = "fr"
    #: Names of persons in the request log and directives (else pseudonyms).
    include_names: bool = False
    formats: tuple[str, ...] = SHEET_FORMATS


@dataclass(frozen=True)
class PackPreview:
    """What personal data a pack would hold: what the DPO is warned of before."""

    requests: int
    directives: int
    incidents: int
    activities: int


@dataclass(frozen=True)
class PackResult:
    path: Path
    files: tuple[tuple[str, str], ...]  # name, sha256
    fingerprint: str
    index_sha256: str


def preview(ctx: Context, target: Path, options: PackOptions) -> PackPreview:
    """What the warning tells the DPO, once the pack is known to be writable: a folder in
    use, an unknown language or no key to sign with is said before the DPO is asked to
    confirm, not after (the same checks :func:`build_pack` makes, which may create the
    signing key in the keyring: the pack about to be written needs it)."""
    _writable(ctx, target, options)
    with ctx.db.read() as session:

        def n(model: type) -> int:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)

        return PackPreview(n(Case), n(PostMortemDirective), n(Incident), n(ProcessingActivity))


def _writable(ctx: Context, target: Path, options: PackOptions) -> Ed25519PrivateKey:
    """Refuse a pack that cannot be written, before any work; the key to sign it with."""
    _check(Path(target).absolute(), options)
    return signing.signing_key(ctx.data_dir)  # no secure keyring: refused here


def _check(target: Path, options: PackOptions) -> None:
    if options.lang not in LANGUAGES:
        raise UserError(
            "unknown language {lang!r}; use one of: {languages}",
            lang=options.lang,
            languages=", ".join(LANGUAGES),
        )
    bad = [f for f in options.formats if f not in SHEET_FORMATS] or not options.formats
    if bad:
        raise UserError("spreadsheet formats: use xlsx, ods or both")
    if not target.parent.is_dir():
        raise UserError("the folder {folder} does not exist", folder=target.parent)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UserError(
            "{target} already exists and is not an empty folder: choose a new folder for the pack",
            target=target,
        )


def _certificate(session: Session, ctx: Context) -> bytes:
    report = audit.verify(session)
    return json.dumps(
        {
            "what": "Certificate of the audit chain (hash-chained log of every operation)",
            "verified_at": ctx.now().isoformat(timespec="seconds"),
            "verified_by": ctx.actor,
            "chain_ok": report.ok,
            "events": report.count,
            "head_sha256": report.head,
            "first_broken_id": report.first_broken_id,
            "reason": report.reason,
            "program": f"DPO Desk {__version__}",
        },
        ensure_ascii=False,
        indent=1,
    ).encode("utf-8")


def build_pack(
    ctx: Context,
    target: Path,
    options: PackOptions,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    rows: RowProgress | None = None,
) -> PackResult:
    """Write the pack to ``target`` (a new or empty folder); see the module docstring.

    ``progress(done, total, file)`` before each file; ``rows(written, cases)`` every
    thousand requests of the request log (minutes at a million cases), where
    ``cancelled()`` is asked too."""
    target = Path(target).absolute()
    key = _writable(ctx, target, options)
    names = tables.Names(options.include_names, secrets.token_bytes(16))
    sweep_staged(target)  # what a pack of this name killed earlier left behind
    partial = staged_folder(target)
    with recorded_staging(ctx.data_dir, partial):  # a killed pack's folder: next opening
        return _write_staged(ctx, target, partial, options, key, names, progress, cancelled, rows)


def _write_staged(
    ctx: Context,
    target: Path,
    partial: Path,
    options: PackOptions,
    key: Ed25519PrivateKey,
    names: tables.Names,
    progress: Progress | None,
    cancelled: Cancelled | None,
    rows: RowProgress | None,
) -> PackResult:
    """The pack written in ``partial``, then renamed to ``target`` (removed on failure)."""
    lang = options.lang
    partial.mkdir(mode=0o700)
    listed: list[tuple[str, str, int]] = []
    try:
        with ctx.db.read() as session:
            today = ctx.today()
            book = book_in(session, today, lang)

            steps: list[tuple[str, Callable[[IO[bytes]], object]]] = [
                ("register.pdf", lambda out: out.write(register_bytes(book, "pdf"))),
            ]
            cases = int(session.scalar(select(func.count()).select_from(Case)) or 0)

            def tick(written: int) -> None:
                if cancelled is not None and cancelled():
                    raise PackCancelled("the inspection pack was cancelled; nothing was kept")
                if rows is not None:
                    rows(written, cases)

            tabled: list[tuple[str, Callable[[], list[Sheet]]]] = [
                ("register", lambda: book_sheets(book)),
                ("recipients-transfers", lambda: tables.recipients_and_transfers(session, lang)),
                ("post-mortem-directives", lambda: [tables.directives(session, names, lang)]),
                ("request-log", lambda: [tables.request_log(session, names, today, lang, tick)]),
                ("incident-register", lambda: [tables.incident_register(session, lang)]),
            ]
            for stem, make in tabled:
                cache: dict[str, list[Sheet]] = {}
                for fmt in options.formats:
                    writer = write_xlsx if fmt == "xlsx" else write_ods
                    steps.append((f"{stem}.{fmt}", _sheet_maker(make, writer, cache)))
            steps.append(
                ("audit-certificate.json", lambda out: out.write(_certificate(session, ctx)))
            )
            total = len(steps) + 1
            for done, (name, maker) in enumerate(steps):
                if cancelled is not None and cancelled():
                    raise PackCancelled("the inspection pack was cancelled; nothing was kept")
                if progress is not None:
                    progress(done, total, name)
                _new_file(partial / name, maker)
                listed.append((name, *_sha256_and_size(partial / name)))
        if cancelled is not None and cancelled():
            raise PackCancelled("the inspection pack was cancelled; nothing was kept")
        index = json.dumps(
            {
                "format": FORMAT,
                "created_at": ctx.now().isoformat(timespec="seconds"),
                "created_by": ctx.actor,
                "controller": book.controller,
                "language": lang,
                "names_included": options.include_names,
                "files": [{"name": n, "sha256": h, "bytes": b} for n, h, b in listed],
                "public_key": signing.public_hex(key),
            },
            ensure_ascii=False,
            indent=1,
        ).encode("utf-8")
        signature = key.sign(index).hex().encode("ascii") + b"\n"
        _new_file(partial / INDEX, lambda out: out.write(index))
        _new_file(partial / SIGNATURE, lambda out: out.write(signature))
        index_sha = hashlib.sha256(index).hexdigest()
        with ctx.db.write() as wsession:
            audit.record(
                wsession,
                ctx,
                "export.inspection",
                "export",
                target.name,
                {
                    "files": len(listed),
                    "index_sha256": index_sha,
                    "names_included": options.include_names,
                },
            )
        if target.exists():
            target.rmdir()
        os.replace(partial, target)
        fsync_dir(target.parent)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    if progress is not None:
        progress(total, total, INDEX)
    return PackResult(
        target,
        tuple((n, h) for n, h, _ in listed),
        signing.fingerprint(signing.public_hex(key)),
        index_sha,
    )


def _sheet_maker(
    make: Callable[[], list[Sheet]],
    writer: Callable[[list[Sheet], IO[bytes]], None],
    cache: dict[str, list[Sheet]],
) -> Callable[[IO[bytes]], None]:
    """The sheets are made once (their rows, when streamed, are read again by each
    writer) and written to the file as they come."""

    def run(out: IO[bytes]) -> None:
        if "s" not in cache:
            cache["s"] = make()
        writer(cache["s"], out)

    return run


def _new_file(path: Path, fill: Callable[[IO[bytes]], object]) -> None:
    """A new file at ``path`` (never an existing one), filled by ``fill`` and fsynced."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        fill(out)
        out.flush()
        os.fsync(out.fileno())


def _sha256_and_size(path: Path) -> tuple[str, int]:
    """Read back from the disk: what the index signs is what was written."""
    digest = hashlib.sha256()
    with open(path, "rb") as back:
        while block := back.read(1 << 20):
            digest.update(block)
    return digest.hexdigest(), path.stat().st_size
