"""What the intake dialog checks before asking the services (which check again): a file's
size and type, a receipt in the future, and how typed contact details differ from the
known person's. No Qt here, so the rules read (and test) on their own."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from dpo_desk.domain import files
from dpo_desk.services.case_list import SubjectMatch
from dpo_desk.ui import crash

# The services' word for each field of the form (their refusals start with it).
SERVICE_WORDS = {
    "name": "name",
    "e-mail": "email",
    "email": "email",
    "address": "address",
    "notes": "notes",
}

# A receipt a few minutes ahead of the clock is a clock difference, not the future.
FUTURE_SLACK = timedelta(minutes=5)


def precheck(path: Path) -> str | None:
    """Why ``path`` cannot be attached, or None (checked again by the service)."""
    try:
        files.check_size(path.stat().st_size)
        with path.open("rb") as fh:
            files.sniff(fh.read(4096))
    except files.FileRefused as exc:
        return f"{path.name}: {crash.message(exc)}"
    except OSError as exc:
        return f"{path.name}: {exc.strerror}"
    return None


def differences(
    subject: SubjectMatch | None, email: str, address: str
) -> list[tuple[str, str, str]]:
    """("email"|"address", on file, typed) for each detail typed that is not the known
    person's; an empty field is no difference (the person's detail is then used)."""
    if subject is None:
        return []
    out = []
    if email.strip() and email.strip() != subject.email:
        out.append(("email", subject.email, email.strip()))
    if address.strip() and address.strip() != subject.postal_address.strip():
        out.append(("address", subject.postal_address, address.strip()))
    return out
