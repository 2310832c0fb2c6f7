"""``export verify-pack``: does an inspection pack hold exactly what its signed index
lists? The signature of ``index.json`` is checked with the public key it carries (its
fingerprint is shown, to compare with the one the DPO gave), then every file's SHA-256;
a missing, changed or added file is named. Read-only: the store is not needed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from dpo_desk.errors import UserError
from dpo_desk.services.inspection import signing
from dpo_desk.services.inspection.pack import FORMAT, INDEX, SIGNATURE


@dataclass(frozen=True)
class PackCheck:
    ok: bool
    problems: tuple[str, ...]
    files: int
    fingerprint: str


def verify_pack(folder: Path) -> PackCheck:
    """Check a pack; problems are listed, never raised (a refusal only if no index)."""
    folder = Path(folder)
    try:
        index_bytes = (folder / INDEX).read_bytes()
        sig_text = (folder / SIGNATURE).read_text("ascii").strip()
    except (OSError, UnicodeDecodeError):
        raise UserError(
            "{folder} is not an inspection pack (no readable index.json and index.sig)",
            folder=folder,
        ) from None
    try:
        index = json.loads(index_bytes)
        public = str(index["public_key"])
        listed = [(str(f["name"]), str(f["sha256"])) for f in index["files"]]
        signature = bytes.fromhex(sig_text)
        fingerprint = signing.fingerprint(public)
    except (ValueError, KeyError, TypeError):
        return PackCheck(False, ("index.json or index.sig is malformed",), 0, "")
    problems: list[str] = []
    if index.get("format") != FORMAT:
        problems.append(f"unknown pack format {index.get('format')!r}")
    if not signing.verify(public, signature, index_bytes):
        problems.append("the signature of index.json does not match: the index was changed")
    for name, digest in listed:
        path = folder / name
        if Path(name).name != name or not path.is_file():
            problems.append(f"{name}: missing")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            problems.append(f"{name}: changed (SHA-256 differs from the index)")
    known = {n for n, _ in listed} | {INDEX, SIGNATURE}
    problems += [
        f"{p.name}: not listed in the index"
        for p in sorted(folder.iterdir())
        if p.name not in known
    ]
    return PackCheck(not problems, tuple(problems), len(listed), fingerprint)
