"""``dpo-desk demo``: load demonstration data into an empty data directory."""

from __future__ import annotations

import argparse

from dpo_desk.cli._base import emit, json_flag, opened
from dpo_desk.services.demo import load_demo


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo",
        help="load a demonstration organisation and cases",
        description="Load a demonstration organisation, its registers and "
        "a few dozen cases into an empty data directory.",
    )
    json_flag(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        report = load_demo(ctx)
    emit(
        args,
        report.__dict__,
        f"Demo loaded: {report.cases} cases, {report.activities} processing activities, "
        f"{report.recipients} recipients, {report.directives} post-mortem directives, "
        f"{report.incidents} incidents.",
    )
    return 0
