"""``dpo-desk init``: the organisation profile."""

from __future__ import annotations

import argparse
from typing import Any

from dpo_desk.cli._base import emit, json_flag, opened
from dpo_desk.services.organisation import PROFILE_FIELDS, update_profile

_HELP = {
    "name": "the controller's legal name (required the first time)",
    "address": "the controller's postal address (use \\n between lines)",
    "dpo_name": "the DPO's name, as it signs letters",
    "timezone": "the zone in which a day of receipt is read (e.g. Europe/Paris)",
    "default_jurisdiction": "rule set for new cases (FR, FR-57, CA-QC...)",
    "language": "language of letters and of the program (fr or en)",
    "identity_policy": "proportionate (default, CNIL) or strict",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "init",
        help="create or update the organisation profile",
        description="Create or update the organisation profile.",
    )
    for field in PROFILE_FIELDS:
        flag = "--" + field.replace("_", "-")
        p.add_argument(flag, dest=field, metavar="TEXT", help=_HELP.get(field))
    json_flag(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {
        f: getattr(args, f).replace("\\n", "\n")
        for f in PROFILE_FIELDS
        if getattr(args, f) is not None
    }
    with opened(args) as ctx:
        profile = update_profile(ctx, changes)
    emit(
        args,
        profile.to_dict(),
        f"Organisation profile saved: {profile.name} "
        f"({profile.default_jurisdiction}, {profile.timezone}).",
    )
    return 0
