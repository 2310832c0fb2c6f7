"""Shared plumbing of the command line: opening the store, printing text or JSON, and
turning refusals into one line on stderr with exit code 1."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from dpo_desk.errors import UserError
from dpo_desk.paths import resolve_data_dir
from dpo_desk.services.context import Context
from dpo_desk.store.opening import Store, open_store

Handler = Callable[[argparse.Namespace], int]

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "to_dict"):
        return value.to_dict()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def emit(args: argparse.Namespace, data: Any, text: str | list[str] | None = None) -> None:
    """Print ``data`` as JSON with ``--json``, else the human ``text``."""
    if getattr(args, "json", False):
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_default)
        sys.stdout.write("\n")
    elif text is not None:
        lines = [text] if isinstance(text, str) else text
        sys.stdout.write("\n".join(lines) + "\n")


def store_key(data_dir: Any) -> str | None:
    """The database key for ``data_dir`` (None: plain store). Replaced by the secrets
    layer once encryption at rest is set up."""
    from dpo_desk.services import secrets

    return secrets.key_for_cli(data_dir)


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Context]:
    """The store of ``--data-dir`` / ``DPO_DESK_HOME``, opened for one command."""
    data_dir = resolve_data_dir(args.data_dir)
    store: Store = open_store(data_dir, key=store_key(data_dir))
    try:
        ctx = Context(db=store.db, data_dir=data_dir)
        from dpo_desk.services.organisation import get_profile

        ctx.timezone = get_profile(ctx).timezone
        yield ctx
    finally:
        store.close()


def parse_date(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError("{what}: {text!r} is not a valid date (YYYY-MM-DD)",
            what=what, text=text) from None


def parse_date_or_datetime(text: str, what: str) -> date | datetime:
    """A plain date, or an ISO 8601 date-time that must carry its UTC offset."""
    raw = text.strip()
    if len(raw) == 10:
        return parse_date(raw, what)
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise UserError(
            "{what}: {text!r} is not a valid date or date-time (YYYY-MM-DD or "
            "YYYY-MM-DDTHH:MM+01:00)",
            what=what, text=text
        ) from None
    if value.tzinfo is None:
        raise UserError("{what}: {text!r} has no UTC offset (add e.g. +01:00 or Z)",
            what=what, text=text)
    return value


def json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="machine-readable output")
