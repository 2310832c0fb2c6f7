"""Files in and out of the registers: CSV (for Excel) and JSON, read defensively.

Exports are UTF-8 with a byte-order mark (Excel then reads accents right) and written to
a temporary file, fsynced and renamed. A cell that a spreadsheet would run as a formula
(starting with ``=``, ``+``, ``-``, ``@``, TAB or CR) is neutralised by a leading ``'``
(reliability.md, hostile input 7); the importer removes that one quote again, so that an
export re-imported gives exactly the same register.

Imports accept commas or, as French Excel writes them, semicolons (told from the header
line). They are refused as a whole, naming the line and the reason: a file over
``MAX_IMPORT_BYTES`` (checked on its size, before reading), one that is not UTF-8,
missing or unknown columns, a row with the wrong number of fields, and any cell that
looks like a formula without the neutralising quote (it may come from a tampered file).

Hostile or accidental giants are bounded before they cost time or the stack (issue 13):
more than ``MAX_IMPORT_ROWS`` entries is refused while reading (a 100,000-row file hung
the import for minutes: each entry is a row and an audit entry, ~3 ms), and JSON nested
deeper than ``MAX_JSON_DEPTH`` is refused before ``json.loads`` (which raised
``RecursionError``). An import reports ``progress(done, total)`` and stops, rolling
everything back, when its ``cancel`` event is set: the window runs it off the GUI thread.
"""

from __future__ import annotations

import csv
import io
import json
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from dpo_desk.errors import Phrase, UserError, template
from dpo_desk.fsio import atomic_write

MAX_IMPORT_BYTES = 10 * 1024 * 1024  # 10 MB: tens of thousands of register lines
#: Entries per import. A large group's register of processing holds hundreds of
#: activities; 5,000 import in about 15 s on a modest laptop. Above: split the file.
MAX_IMPORT_ROWS = 5000
#: Registers nest 4 levels ({"entries": [{"transfers": [{...}]}]}); 32 is generous.
MAX_JSON_DEPTH = 32
#: Progress is reported (and cancel checked) every PROGRESS_EVERY entries.
PROGRESS_EVERY = 50
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NEUTRALISED = re.compile(r"^'+[=+\-@\t\r]")
_NEEDS_QUOTE = re.compile(r"^'*[=+\-@\t\r]")
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_JSON_BRACKETS = re.compile(r"[\[\]{}]")
LIST_SEPARATOR = "; "
FORMATS = ("csv", "json")
#: Where a refusal of the header line is (rendered "ligne 1" in French).
LINE_1 = Phrase("line {n}", n=1)


Progress = Callable[[int, int], None]


class ImportCancelled(UserError):
    """The user cancelled an import; the transaction was rolled back."""


def step(done: int, total: int, progress: Progress | None, cancel: threading.Event | None) -> None:
    """Report ``done`` of ``total`` now and then; raise ``ImportCancelled`` when asked.

    Called inside the import's transaction: the exception rolls everything back.
    """
    if done % PROGRESS_EVERY and done != total:
        return
    if cancel is not None and cancel.is_set():
        raise ImportCancelled("import cancelled: nothing was imported")
    if progress is not None:
        progress(done, total)


def too_many(source: str, where: str) -> ImportRefused:
    return ImportRefused(
        source,
        where,
        "more than {limit} entries; import at most {limit} at a time (split the file)",
        limit=f"{MAX_IMPORT_ROWS:,}",
    )


def json_depth(text: str, limit: int = MAX_JSON_DEPTH) -> int:
    """The deepest nesting of ``[``/``{`` in JSON ``text`` (strings skipped), stopping as
    soon as it passes ``limit``. Linear, no recursion."""
    without_strings = _JSON_STRING.sub('""', text)
    depth = deepest = 0
    for ch in _JSON_BRACKETS.findall(without_strings):
        if ch in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    return deepest
        else:
            depth -= 1
    return deepest


class ImportRefused(UserError):
    """An import file refused as a whole; nothing was imported."""

    def __init__(self, source: str, where: str, reason: str, /, **params: Any) -> None:
        """``reason`` is a refusal template filled in with ``params``; ``where`` is a
        ``Phrase`` ("line 3") or empty."""
        self.where = where
        self.reason = Phrase(reason, **params)  # messages: passed on
        if where:
            super().__init__(
                template("{source}, {where}: {reason} (nothing was imported)"),
                source=source,
                where=where,
                reason=self.reason,
            )
        else:
            super().__init__(
                template("{source}: {reason} (nothing was imported)"),
                source=source,
                reason=self.reason,
            )


def neutralise(cell: str) -> str:
    """Prefix a formula-looking cell (or one already starting with quotes before such
    a character) with ``'``; anything else is returned unchanged."""
    return "'" + cell if _NEEDS_QUOTE.match(cell) else cell


def restore(cell: str) -> str:
    """Undo ``neutralise``."""
    return cell[1:] if _NEUTRALISED.match(cell) else cell


def looks_like_formula(cell: str) -> bool:
    return cell.startswith(FORMULA_START)


def join_list(values: Iterable[str]) -> str:
    """A list in one cell: ``a; b``; a ``;`` or ``\\`` inside an item is escaped."""
    return LIST_SEPARATOR.join(v.replace("\\", "\\\\").replace(";", "\\;") for v in values)


def split_list(cell: str) -> list[str]:
    """Undo ``join_list``; blanks around items are dropped."""
    out: list[str] = []
    current: list[str] = []
    chars = iter(cell)
    for ch in chars:
        if ch == "\\":
            current.append(next(chars, "\\"))
        elif ch == ";":
            out.append("".join(current))
            current = []
        else:
            current.append(ch)
    out.append("".join(current))
    return [item.strip() for item in out if item.strip()]


def pick_format(path: Path, fmt: str | None) -> str:
    if fmt:
        value = fmt.strip().lower()
        if value not in FORMATS:
            raise UserError("unknown format {fmt!r}; use csv or json", fmt=fmt)
        return value
    suffix = path.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise UserError(
        "{file}: say --format csv or json (the file name does not tell)", file=path.name
    )


def check_size(path: Path, limit: int) -> int:
    """The file's size in bytes, refused before anything is read when it is empty or over
    ``limit`` (a 500 MB file is not loaded to find out; reliability.md)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UserError(
            "cannot read {file}: {reason}", file=path.name, reason=exc.strerror
        ) from None
    if size > limit:
        raise ImportRefused(
            path.name,
            "",
            "the file is {value:.0f} MB; the limit is {value2} MB (not read)",
            value=size / 1024 / 1024,
            value2=limit // 1024 // 1024,
        )
    if size == 0:
        raise ImportRefused(path.name, "", "the file is empty")
    return size


def _read_text(path: Path) -> str:
    """The file's text, after its size was checked; a BOM is accepted and dropped."""
    check_size(path, MAX_IMPORT_BYTES)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(
            "cannot read {file}: {reason}", file=path.name, reason=exc.strerror
        ) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportRefused(
            path.name, Phrase("line {n}", n=line), "not UTF-8 text (save the file as CSV UTF-8)"
        ) from None


def read_csv(
    path: Path, required: Sequence[str], optional: Sequence[str] = ()
) -> list[tuple[int, dict[str, str]]]:
    """Rows as ``(line number, {column: cell})`` with neutralised cells restored.

    Raises:
        ImportRefused: see the module's docstring.
    """
    text = _read_text(path)
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ImportRefused(path.name, Phrase("line {n}", n=line), "contains a NUL byte")
    first = text.split("\n", 1)[0]
    # French Excel saves "CSV" with semicolons: tell from the header line
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportRefused(path.name, "", "the file is empty") from None
    except csv.Error as exc:
        raise ImportRefused(path.name, LINE_1, "not a CSV file ({reason})", reason=exc) from None
    columns = [h.strip() for h in header]
    missing = [c for c in required if c not in columns]
    if missing:
        raise ImportRefused(
            path.name, LINE_1, "missing column(s): {missing}", missing=", ".join(missing)
        )
    known = set(required) | set(optional)
    unknown = [c for c in columns if c not in known]
    if unknown:
        raise ImportRefused(
            path.name, LINE_1, "unknown column(s): {unknown}", unknown=", ".join(unknown)
        )
    dupes = sorted({c for c in columns if columns.count(c) > 1})
    if dupes:
        raise ImportRefused(
            path.name, LINE_1, "column(s) given twice: {dupes}", dupes=", ".join(dupes)
        )
    rows: list[tuple[int, dict[str, str]]] = []
    start = reader.line_num + 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise ImportRefused(
                path.name, Phrase("line {n}", n=start), "malformed CSV ({reason})", reason=exc
            ) from None
        line = start
        start = reader.line_num + 1
        if not record or all(not cell.strip() for cell in record):
            continue  # blank lines (Excel adds some) are not rows
        if len(rows) >= MAX_IMPORT_ROWS:
            raise too_many(path.name, f"line {line}")
        if len(record) != len(columns):
            raise ImportRefused(
                path.name,
                Phrase("line {n}", n=line),
                "expected {value} fields, found {value2}",
                value=len(columns),
                value2=len(record),
            )
        row: dict[str, str] = {}
        for column, cell in zip(columns, record, strict=True):
            if looks_like_formula(cell):
                raise ImportRefused(
                    path.name,
                    Phrase("line {n}", n=line),
                    "column {column}: the cell starts with {value!r} and looks like a "
                    "spreadsheet formula; prefix it with ' to keep it as text",
                    column=column,
                    value=cell[:1],
                )
            row[column] = restore(cell)
        rows.append((line, row))
    return rows


def read_json(path: Path) -> Any:
    text = _read_text(path)
    if json_depth(text) > MAX_JSON_DEPTH:
        raise ImportRefused(
            path.name,
            "",
            "the JSON is nested more than {depth} levels deep; a register export never is",
            depth=MAX_JSON_DEPTH,
        )
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportRefused(
            path.name, Phrase("line {n}", n=exc.lineno), "not valid JSON ({msg})", msg=exc.msg
        ) from None


def json_entries(path: Path, data: Any, kind: str) -> list[dict[str, Any]]:
    """The list of entries of an export ``{"format": "dpo-desk/<kind>", "entries": [...]}``
    (a bare list is accepted too)."""
    entries = data.get("entries") if isinstance(data, dict) else data
    if isinstance(data, dict) and data.get("format") not in (None, f"dpo-desk/{kind}"):
        raise ImportRefused(
            path.name,
            "",
            "this is a {value!r} file, not dpo-desk/{kind}",
            value=data.get("format"),
            kind=kind,
        )
    if not isinstance(entries, list):
        raise ImportRefused(path.name, "", "expected a list of entries")
    if len(entries) > MAX_IMPORT_ROWS:
        raise too_many(path.name, f"entry {MAX_IMPORT_ROWS + 1}")
    for i, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise ImportRefused(path.name, Phrase("entry {n}", n=i), "expected an object")
    return entries


def entries(
    path: Path, kind: str, columns: Sequence[str], json_kind: str
) -> list[tuple[str, dict[str, Any]]]:
    """The rows of an import file of format ``kind`` ("csv" or "json"), each with where it
    stands in the file ("line 3", "entry 2") for refusals."""
    if kind == "csv":
        return [(Phrase("line {n}", n=n), row) for n, row in read_csv(path, columns)]
    return [
        (Phrase("entry {n}", n=i), entry)
        for i, entry in enumerate(json_entries(path, read_json(path), json_kind), 1)
    ]


@contextmanager
def refused_at(
    path: Path, where: str, errors: tuple[type[Exception], ...] = (UserError,)
) -> Iterator[None]:
    """Turn a refusal of one row (``errors``) into ``ImportRefused`` naming the file and
    ``where``: the whole import is refused."""
    try:
        yield
    except errors as exc:
        raise ImportRefused(path.name, where, "{reason}", reason=exc) from None


def _atomic_write(path: Path, payload: bytes) -> None:
    path = path.expanduser()
    try:
        atomic_write(path, payload)
    except OSError as exc:
        raise UserError(
            "cannot write {file}: {reason}", file=path.name, reason=exc.strerror
        ) from None


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """Write a CSV for Excel: UTF-8 with BOM, CRLF, formula-looking cells neutralised."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    _atomic_write(path, buffer.getvalue().encode("utf-8-sig"))


def write_json(path: Path, kind: str, entries: list[dict[str, Any]]) -> None:
    data = {"format": f"dpo-desk/{kind}", "version": 1, "entries": entries}
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"
    _atomic_write(path, text.encode("utf-8"))
