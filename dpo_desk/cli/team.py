"""``dpo-desk team``: a DPO team on one PostgreSQL server (issue 16).

The smallest group that holds ``team migrate`` (piece "move"); piece "roles" owns this
module with ``init``, ``add-member``, ``remove-member`` and ``members``.
"""

from __future__ import annotations

import argparse

from dpo_desk.cli import team_migrate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "team",
        help="a DPO team on one PostgreSQL server",
        description="Team mode: several desks on one PostgreSQL server.",
    )
    inner = p.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    team_migrate.register_in(inner)
