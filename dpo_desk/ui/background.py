"""The one way to work off the GUI thread, in the spirit of Anki's ``QueryOp``::

    BackgroundOp(self, lambda handle: service(ctx)).success(self.show).run_in(Lane.DB)

Two lanes. ``Lane.DB`` is one serial worker for everything that touches the store (SQLite
has one writer, and the order of the DPO's actions is kept). ``Lane.POOL`` is a few threads
for work that does not touch the store, or only reads it on its own connection: rendering,
printing, file I/O, the keyring, scrypt; a long backup there does not hold up every page.

Whatever happens, the outcome reaches the GUI thread: ``success`` with the result; a
refusal (a ``UserError``: the one definition is :func:`crash.is_refusal`) in the
``refusal`` callback or a message box; anything else in ``failure`` or the crash report.
The op receives an :class:`OpHandle` to report progress and to notice a cancel.
"""

from __future__ import annotations

import enum
import itertools
import logging
import queue
import threading
import traceback
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressBar, QProgressDialog, QWidget

from dpo_desk.ui import crash
from dpo_desk.ui.widgets.progress import op_progress_dialog

log = logging.getLogger(__name__)

T = TypeVar("T")

# How long an op runs before its progress dialog appears (ms): quick work shows none.
PROGRESS_DELAY_MS = 400
POOL_WORKERS = 3


class Lane(enum.Enum):
    """Where an op runs: the serial store worker, or the pool for everything else."""

    DB = "db"
    POOL = "pool"


class _Relay(QObject):
    """Carries callables to the thread that owns this object (the GUI thread).

    The callables wait in a thread-safe queue and the signal carries no Python object:
    a Python payload in a queued signal is released by Qt outside the GIL's care, which
    crashed the program under load."""

    wake = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._queue: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self.wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def post(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` on the GUI thread soon (callable from any thread)."""
        self._queue.put(fn)
        self.wake.emit()

    @Slot()
    def _drain(self) -> None:
        while True:
            try:
                fn = self._queue.get_nowait()
            except queue.Empty:
                return
            fn()


class OpHandle:
    """What a running op sees (progress and cancel) and what its caller keeps (cancel).

    ``report`` may be called from the worker as often as it likes: the GUI receives the
    latest value only, once per turn of the event loop.
    """

    def __init__(self, relay: _Relay, on_progress: Callable[[int, int, str], None]) -> None:
        self.event = threading.Event()  # for services taking ``cancel: threading.Event``
        self._relay = relay
        self._on_progress = on_progress
        self._lock = threading.Lock()
        self._latest: tuple[int, int, str] | None = None
        self.future: Future[Any] | None = None

    def cancel(self) -> None:
        """Ask the op to stop at its next check (it decides when; nothing is forced)."""
        self.event.set()

    @property
    def cancelled(self) -> bool:
        return self.event.is_set()

    def report(self, done: int, total: int, text: str = "") -> None:
        """Progress from the worker: ``done`` of ``total`` (total 0: unknown)."""
        with self._lock:
            scheduled = self._latest is not None
            self._latest = (done, total, text)
        if not scheduled:
            self._relay.post(self._deliver_progress)

    def _deliver_progress(self) -> None:
        with self._lock:
            latest, self._latest = self._latest, None
        if latest is not None:
            self._on_progress(*latest)


class TaskRunner(QObject):
    """The two lanes and the relay to the GUI thread. Create it on the GUI thread.

    ``run(op, on_done, on_error)`` is the short form of a :class:`BackgroundOp` on the DB
    lane (``op`` takes no argument).

    Signals:
        busy_changed(bool): an op started while none ran, or the last one was delivered.
    """

    busy_changed = Signal(bool)

    def __init__(self, pool_workers: int = POOL_WORKERS) -> None:
        super().__init__()
        self._lanes = {
            Lane.DB: ThreadPoolExecutor(max_workers=1, thread_name_prefix="dpo-db"),
            Lane.POOL: ThreadPoolExecutor(max_workers=pool_workers, thread_name_prefix="dpo-pool"),
        }
        self.relay = _Relay()
        self._pending = 0
        self._waiting: dict[
            int, tuple[list[Callable[[], Any]], OpHandle, Callable[[Future[Any]], None]]
        ] = {}
        self._tokens = itertools.count()
        self._lock = threading.Lock()
        self._closed = False
        self._held: threading.Event | None = None
        _runners.append(self)

    def hold_db_lane(self) -> Callable[[], None]:
        """Keep what is asked of the DB lane waiting until the returned function is
        called: the window is painted before the store is opened (issue 19), and what
        its pages ask meanwhile runs, in order, once it is."""
        opened = threading.Event()
        self._held = opened
        self._lanes[Lane.DB].submit(opened.wait)
        return opened.set

    def run(
        self,
        op: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        parent: QWidget | None = None,
    ) -> OpHandle:
        """Run ``op`` on the DB lane for ``parent``; ``on_error`` replaces the refusal box
        and the crash report."""
        bg: BackgroundOp[Any] = BackgroundOp(parent, lambda _handle: op())
        if on_done is not None:
            bg.success(on_done)
        if on_error is not None:
            bg.failure(on_error)
        return bg.run_in(Lane.DB, self)

    def is_idle(self) -> bool:
        """No op queued, running, or waiting for its result to be delivered."""
        with self._lock:
            return self._pending == 0

    def submit(
        self,
        lane: Lane,
        handle: OpHandle,
        fn: Callable[[], Any],
        deliver: Callable[[Future[Any]], None],
    ) -> Future[Any]:
        """Run ``fn`` on ``lane``; ``deliver(future)`` is then called on the GUI thread.
        After :meth:`shutdown` nothing runs (a late timer of a closed window).

        The worker never holds the last reference to ``fn``, ``deliver`` or a frame of
        the op: they may hold widgets, and a widget released on a worker thread is
        deleted later by shiboken at a random point of the GUI thread (a crash). They
        wait in ``_waiting`` and are dropped on the GUI thread; an error's frames are
        cleared of their locals on the worker (the traceback keeps its lines)."""
        if self._closed:
            log.info("background op refused: the runner is shut down")
            refused: Future[Any] = Future()
            refused.cancel()
            return refused
        self._count(+1)
        box = [fn]
        token = next(self._tokens)
        with self._lock:
            self._waiting[token] = (box, handle, deliver)

        def work() -> Any:
            try:
                return box[0]()
            except BaseException as exc:
                traceback.clear_frames(exc.__traceback__)
                raise

        future = self._lanes[lane].submit(work)
        future.add_done_callback(lambda f: self.relay.post(lambda: self._delivered(token, f)))
        return future

    def _delivered(self, token: int, future: Future[Any]) -> None:
        with self._lock:
            waiting = self._waiting.pop(token, None)
        if waiting is None:
            return
        box, _handle, deliver = waiting
        box.clear()
        if self._closed:  # shut down: the windows the result was for are going away
            return
        _delivering.append(token)
        try:
            deliver(future)
        finally:
            _delivering.pop()
            self._count(-1)

    def _count(self, delta: int) -> None:
        with self._lock:
            before = self._pending
            self._pending += delta
            now = self._pending
        if (before == 0) != (now == 0):
            self.busy_changed.emit(now > 0)

    def shutdown(self) -> None:
        """Ask every op to stop, then wait for the ops under way (results not delivered)."""
        self._closed = True
        if self._held is not None:
            self._held.set()  # the store never opened: let the lane run out and stop
        with self._lock:
            handles = [handle for _box, handle, _deliver in self._waiting.values()]
        for handle in handles:
            handle.cancel()
        for executor in self._lanes.values():
            executor.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            waiting, self._waiting = list(self._waiting.values()), {}
        for box, _handle, _deliver in waiting:
            box.clear()  # on the GUI thread, as everything an op may hold
        with self._lock:
            was_busy, self._pending = self._pending > 0, 0
        if was_busy:  # whoever shows "busy" (the window's cursor) is told it is over
            self.busy_changed.emit(False)
        if self in _runners:
            _runners.remove(self)


_runners: list[TaskRunner] = []
_delivering: list[int] = []  # the ops whose callbacks run now (GUI thread)


def in_delivery() -> bool:
    """A result's callback is running: whatever waits for idleness now must not (the
    op being delivered still counts as pending)."""
    return bool(_delivering)


def all_idle() -> bool:
    """Every runner of the program is idle (tests wait for this after a click)."""
    return all(runner.is_idle() for runner in list(_runners))


def default_runner() -> TaskRunner:
    """The runner of the program (the newest one alive), created on first use: dialogs
    shown before the store is open (unlock, set-up) have no ``AppContext`` yet."""
    if not _runners:
        TaskRunner()
    return _runners[-1]


class BackgroundOp(Generic[T]):
    """One piece of work for ``parent``: configure with the chained methods, then
    :meth:`run_in` a lane. Callbacks are skipped once ``parent`` is deleted."""

    def __init__(self, parent: QWidget | None, op: Callable[[OpHandle], T]) -> None:
        self.parent = parent
        self.op = op
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._refusal: Callable[[str], None] | None = None
        self._progress: Callable[[int, int, str], None] | None = None
        self._finally: Callable[[], None] | None = None
        self._label: str | None = None
        self._cancellable = False
        self._title: str | None = None
        self._busy_cursor = False
        self.dialog: QProgressDialog | None = None
        self._bar: QProgressBar | None = None

    def success(self, callback: Callable[[T], None]) -> BackgroundOp[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> BackgroundOp[T]:
        """Every error goes to ``callback`` (no message box, no crash report)."""
        self._failure = callback
        return self

    def refusal(self, callback: Callable[[str], None]) -> BackgroundOp[T]:
        """A refusal's words (translated) go to ``callback``; other errors to the crash
        report."""
        self._refusal = callback
        return self

    def progress(self, callback: Callable[[int, int, str], None]) -> BackgroundOp[T]:
        """``callback(done, total, text)`` on the GUI thread for the op's reports."""
        self._progress = callback
        return self

    def finally_(self, callback: Callable[[], None]) -> BackgroundOp[T]:
        """Called first on the GUI thread whatever the outcome (to re-enable buttons)."""
        self._finally = callback
        return self

    def with_busy_cursor(self) -> BackgroundOp[T]:
        self._busy_cursor = True
        return self

    def with_progress(
        self, label: str, cancellable: bool = True, title: str | None = None
    ) -> BackgroundOp[T]:
        """A window-modal progress dialog after a short delay, with Cancel if asked."""
        self._label = label
        self._cancellable = cancellable
        self._title = title
        return self

    def run_in(self, lane: Lane, tasks: TaskRunner | None = None) -> OpHandle:
        """Start the op on ``lane`` of ``tasks`` (the program's runner by default)."""
        runner = tasks if tasks is not None else default_runner()
        handle = OpHandle(runner.relay, self._on_progress)
        if self._label is not None:
            self.dialog = self._make_dialog(handle)
        if self._busy_cursor:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        op = self.op
        handle.future = runner.submit(lane, handle, lambda: op(handle), self._deliver)
        return handle

    # -- on the GUI thread -----------------------------------------------------------

    def _alive(self) -> bool:
        return self.parent is None or shiboken6.isValid(self.parent)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if not self._alive():
            return
        if self._bar is not None and self.dialog is not None and shiboken6.isValid(self.dialog):
            # the bar itself: a modal QProgressDialog's setValue processes events, and a
            # result delivered in there would close the dialog under its own feet
            self._bar.setMaximum(max(total, 0))
            self._bar.setValue(min(done, total) if total > 0 else 0)
            if text:
                self.dialog.setLabelText(text)
        if self._progress is not None:
            self._progress(done, total, text)

    def _make_dialog(self, handle: OpHandle) -> QProgressDialog:
        # The dialog's slots must not keep this op (and through it the dialog itself)
        # alive: Qt releases them while it destroys the dialog (see op_progress_dialog).
        op = weakref.ref(handle)

        def still_running() -> bool:
            running = op()
            return running is not None and (running.future is None or not running.future.done())

        dialog, self._bar = op_progress_dialog(
            self.parent if self._alive() else None,
            self._label or "",
            self._title,
            cancel=handle.event.set if self._cancellable else None,
            still_running=still_running,
            delay_ms=PROGRESS_DELAY_MS,
        )
        return dialog

    def _deliver(self, future: Future[Any]) -> None:
        if self._busy_cursor:
            QApplication.restoreOverrideCursor()
        # Let go of the dialog before Qt deletes it, never during its destructor.
        dialog, self.dialog, self._bar = self.dialog, None, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.close()
            dialog.deleteLater()
        if future.cancelled():
            return
        if not self._alive():
            log.info("background result dropped: its window is gone")
            return
        if self._finally is not None:
            self._finally()
        exc = future.exception()
        if exc is None:
            if self._success is not None:
                self._success(future.result())
        elif self._failure is not None:
            self._failure(exc)
        elif self._refusal is not None and crash.is_refusal(exc):
            self._refusal(crash.message(exc))
        else:
            crash.show_error(exc, self.parent)
