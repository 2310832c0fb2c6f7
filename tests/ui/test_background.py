"""The background API under its real threads: every outcome arrives on the GUI thread,
progress and cancel work, the DB lane keeps order, the pool runs side by side, and
shutdown waits for the work under way."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget

from dpo_desk.errors import UserError
from dpo_desk.ui import crash
from dpo_desk.ui.background import PROGRESS_DELAY_MS, BackgroundOp, Lane, OpHandle, TaskRunner

pytestmark = pytest.mark.threaded


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def on_gui_thread() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()


def test_success_arrives_on_the_gui_thread(qtbot, runner: TaskRunner) -> None:
    seen: list[tuple[str, bool, bool]] = []

    def op(_handle: OpHandle) -> str:
        return threading.current_thread().name

    BackgroundOp(None, op).success(
        lambda name: seen.append((name, on_gui_thread(), runner.is_idle()))
    ).run_in(Lane.DB, runner)
    assert not runner.is_idle()
    qtbot.waitUntil(runner.is_idle)
    [(worker, gui, idle)] = seen
    assert worker.startswith("dpo-db")
    assert gui and not idle  # delivered before the runner says it is idle


def test_a_refusal_goes_to_its_callback_in_the_users_words(qtbot, runner) -> None:
    words: list[str] = []
    errors: list[BaseException] = []

    def op(_handle: OpHandle) -> None:
        raise UserError("case {ref}: closed", ref="C-1")

    BackgroundOp(None, op).refusal(words.append).run_in(Lane.POOL, runner)
    BackgroundOp(None, op).failure(errors.append).run_in(Lane.DB, runner)
    qtbot.waitUntil(runner.is_idle)
    assert words == ["case C-1: closed"]
    assert isinstance(errors[0], UserError)


def test_a_refusal_without_callback_is_a_warning_box_not_a_crash(
    qtbot, runner, monkeypatch
) -> None:
    reports: list[BaseException] = []
    monkeypatch.setattr(crash, "report", lambda exc, parent=None: reports.append(exc))
    parent = QWidget()
    qtbot.addWidget(parent)

    def refuse(_handle: OpHandle) -> None:
        raise UserError("nothing to do")

    BackgroundOp(parent, refuse).run_in(Lane.DB, runner)
    qtbot.waitUntil(runner.is_idle)
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.text() == "nothing to do"
    ]
    assert boxes and boxes[0].icon() == QMessageBox.Icon.Warning
    assert reports == []
    for box in boxes:
        box.close()


def test_a_bug_goes_to_the_crash_report_even_with_a_refusal_callback(
    qtbot, runner, monkeypatch
) -> None:
    reports: list[BaseException] = []
    monkeypatch.setattr(crash, "report", lambda exc, parent=None: reports.append(exc))
    words: list[str] = []

    def bug(_handle: OpHandle) -> None:
        raise KeyError("oops")

    BackgroundOp(None, bug).refusal(words.append).run_in(Lane.POOL, runner)
    qtbot.waitUntil(runner.is_idle)
    assert words == [] and isinstance(reports[0], KeyError)


def test_progress_reaches_the_gui_and_the_last_value_wins(qtbot, runner) -> None:
    seen: list[tuple[int, int, bool]] = []

    def op(handle: OpHandle) -> int:
        for n in range(1, 51):
            handle.report(n, 50)
        return 50

    BackgroundOp(None, op).progress(
        lambda done, total, _text: seen.append((done, total, on_gui_thread()))
    ).run_in(Lane.POOL, runner)
    qtbot.waitUntil(runner.is_idle)
    assert seen and seen[-1] == (50, 50, True)
    assert [d for d, _t, _g in seen] == sorted(d for d, _t, _g in seen)


def test_cancel_from_the_progress_dialog_stops_the_op(qtbot, runner) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    started = threading.Event()
    outcome: list[str] = []

    def op(handle: OpHandle) -> str:
        started.set()
        for _ in range(500):  # at most 5 s
            if handle.cancelled:
                return "stopped"
            time.sleep(0.01)
        return "ran to the end"

    bg = BackgroundOp(parent, op).success(outcome.append).with_progress("Working", True)
    bg.run_in(Lane.POOL, runner)
    assert started.wait(5)
    dialog = bg.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)  # after the short delay
    [button] = dialog.findChildren(QPushButton)
    assert button.text() == "Cancel"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(runner.is_idle)
    assert outcome == ["stopped"]


def test_quick_work_shows_no_progress_dialog(qtbot, runner) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    bg = BackgroundOp(parent, lambda _h: 1).with_progress("Quick", True)
    bg.run_in(Lane.POOL, runner)
    qtbot.waitUntil(runner.is_idle)
    qtbot.wait(PROGRESS_DELAY_MS + 100)
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_the_db_lane_runs_one_op_at_a_time_in_order(qtbot, runner) -> None:
    order: list[int] = []
    running = [0]
    overlap = [False]

    def op(n: int) -> None:
        running[0] += 1
        overlap[0] = overlap[0] or running[0] > 1
        time.sleep(0.005)
        order.append(n)
        running[0] -= 1

    for n in range(20):
        runner.run(lambda n=n: op(n))
    qtbot.waitUntil(runner.is_idle)
    assert order == list(range(20))
    assert not overlap[0]


def test_the_pool_runs_ops_side_by_side(qtbot, runner) -> None:
    barrier = threading.Barrier(3, timeout=5)  # passes only if three ops run at once
    results: list[int] = []
    for n in range(3):
        BackgroundOp(None, lambda _h, n=n: (barrier.wait(), n)[1]).success(results.append).run_in(
            Lane.POOL, runner
        )
    qtbot.waitUntil(runner.is_idle, timeout=10000)
    assert sorted(results) == [0, 1, 2]


def test_a_long_pool_op_does_not_hold_up_the_db_lane(qtbot, runner) -> None:
    release = threading.Event()
    done: list[str] = []
    BackgroundOp(None, lambda _h: release.wait(5)).success(lambda _r: done.append("backup")).run_in(
        Lane.POOL, runner
    )
    runner.run(lambda: "page", done.append)
    qtbot.waitUntil(lambda: done == ["page"])
    release.set()
    qtbot.waitUntil(runner.is_idle)
    assert done == ["page", "backup"]


def test_busy_changed_says_when_work_starts_and_ends(qtbot, runner) -> None:
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    runner.run(lambda: None)
    runner.run(lambda: None)
    qtbot.waitUntil(runner.is_idle)
    assert states == [True, False]


def test_shutdown_cancels_and_waits_for_the_work_under_way(qtbot, qapp) -> None:
    tasks = TaskRunner()
    started = threading.Event()
    finished: list[str] = []

    def op(handle: OpHandle) -> None:
        started.set()
        while not handle.cancelled:
            time.sleep(0.01)
        time.sleep(0.05)
        finished.append("cleaned up")

    BackgroundOp(None, op).run_in(Lane.POOL, tasks)
    assert started.wait(5)
    tasks.shutdown()
    assert finished == ["cleaned up"]


def test_results_for_a_deleted_window_are_dropped(qtbot, runner) -> None:
    parent = QWidget()
    release = threading.Event()
    seen: list[int] = []
    BackgroundOp(parent, lambda _h: release.wait(5) and 1).success(seen.append).run_in(
        Lane.POOL, runner
    )
    parent.deleteLater()
    qtbot.wait(10)
    release.set()
    qtbot.waitUntil(runner.is_idle)
    assert seen == []


def test_the_old_short_form_still_works(qtbot, runner) -> None:
    got: list[object] = []
    runner.run(lambda: 41 + 1, got.append)
    runner.run(lambda: 1 / 0, None, got.append)
    qtbot.waitUntil(runner.is_idle)
    assert got[0] == 42 and isinstance(got[1], ZeroDivisionError)


def test_a_finished_op_lets_go_of_its_progress_dialog_before_qt_deletes_it(qtbot, runner) -> None:
    """The slots of the progress dialog (Cancel, the delayed show) used to hold the op,
    and through it the dialog's own Python wrapper: the last reference then went in the
    middle of the dialog's C++ destructor, and shiboken freed it a second time (a crash
    after Cancel, once in about fifty runs on a busy machine). Once delivered, the op
    must be free while the dialog still waits for its deletion."""
    import gc
    import weakref

    import shiboken6

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()

    def op(handle: OpHandle) -> str:
        release.wait(5)
        return "done"

    outcome: list[str] = []
    bg = BackgroundOp(parent, op).success(outcome.append).with_progress("Working", True)
    handle = bg.run_in(Lane.POOL, runner)
    dialog = bg.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    op_ref, handle_ref = weakref.ref(bg), weakref.ref(handle)
    del bg, handle
    release.set()
    # delivered, without the wait that runs Qt's deferred deletions
    for _ in range(500):
        QApplication.processEvents()
        if outcome:
            break
        time.sleep(0.01)
    assert outcome == ["done"]
    gc.collect()
    assert shiboken6.isValid(dialog)  # not deleted yet: deleteLater still pending
    assert not dialog.isVisible()
    assert op_ref() is None and handle_ref() is None
