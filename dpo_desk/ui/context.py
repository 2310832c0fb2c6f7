"""What every screen receives: the services context, the task runner, app-wide signals."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from dpo_desk.services.context import Context
from dpo_desk.ui.tasks import TaskRunner


class AppSignals(QObject):
    """Application-wide events, declared in one place (as Frescobaldi does).

    Signals:
        case_changed(str): a case (by reference) was created or changed.
        registers_changed(): a register (processing, recipients, directives) changed.
        settings_changed(): the organisation profile or settings changed.
        backup_done(): a backup finished (status bar refresh).
        language_changed(str): the program's language changed ("fr" or "en").
        open_case(str): ask the main window to show a case.
        open_cases(str): ask the main window to show the case list filtered by a queue.
    """

    case_changed = Signal(str)
    registers_changed = Signal()
    settings_changed = Signal()
    backup_done = Signal()
    language_changed = Signal(str)
    open_case = Signal(str)
    open_cases = Signal(str)


@dataclass
class AppContext:
    ctx: Context
    tasks: TaskRunner
    signals: AppSignals
