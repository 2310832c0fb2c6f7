"""``dpo-desk``: the command line. Without a command it starts the desktop program.

Exit codes: 0 done, 1 refused (one line on stderr says why, nothing changed), 2 usage.

Refusals are printed in English, stable for scripts and logs, whatever the locale;
``dpo-desk --lang fr COMMAND`` prints them in French. The locale (``LANG``) is not used on
purpose: a script run by cron must not change its messages with the machine's settings.
Each command group lives in its own module and registers itself in ``COMMANDS``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from dpo_desk.__version__ import __version__
from dpo_desk.errors import UserError, render_error
from dpo_desk.probe import QT_PROBE  # doctor's child process (works frozen too)

EXIT_REFUSED = 1  # same as dpo_desk.cli._base, kept here to start the GUI light

#: Modules of ``dpo_desk.cli`` that each define ``register(subparsers)``.
COMMANDS = (
    "organisation",
    "cases",
    "incidents",
    "deadline",
    "registers",
    "recipients",
    "directives",
    "letters",
    "dispatch",
    "scope",
    "backup",
    "secure",
    "export",
    "report",
    "audit",
    "doctor",
    "demo",
    "team",
)


def _qt_probe() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    print(app.platformName())
    return 0


def _gui_only(args: list[str]) -> str | None:
    """The data directory when ``args`` name no command (only ``--data-dir``), else None.

    Returns "" for the default directory. Building the full parser imports every command
    and the services behind them: the desktop program would pay for it before its first
    paint.
    """
    if not args:
        return ""
    if len(args) == 2 and args[0] == "--data-dir":
        return args[1]
    if len(args) == 1 and args[0].startswith("--data-dir="):
        return args[0].split("=", 1)[1]
    return None


class _Parser(argparse.ArgumentParser):
    """Usage errors on one line plus the usage, exit code 2 (argparse's own)."""


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="dpo-desk",
        description="DPO Desk: data-protection requests, deadlines, registers, letters.",
    )
    parser.add_argument("--version", action="version", version=f"DPO Desk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data directory (default: $DPO_DESK_HOME or the per-user one)",
    )
    parser.add_argument(
        "--lang",
        choices=("en", "fr"),
        default="en",
        dest="message_lang",
        help="language of the refusals printed on stderr (default: en)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"dpo_desk.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"dpo_desk.cli.{name}":
                continue
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list == [QT_PROBE]:
        return _qt_probe()
    gui = _gui_only(args_list)
    if gui is not None:  # no command: start the window without loading every command
        from dpo_desk.app import run

        return run(data_dir=gui or None)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        from dpo_desk.app import run

        return run(data_dir=args.data_dir or None)
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        sys.stderr.write(f"dpo-desk: {render_error(exc, args.message_lang)}\n")
        return EXIT_REFUSED
    except BrokenPipeError:  # output piped into head, less...: not an error
        sys.stderr.close()
        return 0
    except Exception as exc:  # noqa: BLE001 - re-raised unless it is the environment's
        from dpo_desk import fsio

        # A full disk or an OS refusal is the world, not a bug: one line (issue 13).
        if not (fsio.is_disk_full(exc) or isinstance(exc, OSError)):
            raise
        sys.stderr.write(f"dpo-desk: {fsio.refusal(exc, 'the result of this command')}\n")
        return EXIT_REFUSED
    except KeyboardInterrupt:
        sys.stderr.write("dpo-desk: interrupted, nothing was changed by the current step\n")
        return 130
