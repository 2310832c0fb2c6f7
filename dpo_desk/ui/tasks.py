"""Running work off the GUI thread, the way Anki does: one serial worker for everything
that touches the store (SQLite has one writer), results delivered on the main thread.

``TaskRunner(synchronous=True)`` runs tasks inline: tests use it so that a click is
followed by its result without waiting.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class _Relay(QObject):
    """Carries a finished task's callback to the thread that owns this object (the GUI)."""

    done = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.done.connect(self._run)

    @Slot(object)
    def _run(self, fn: Callable[[], None]) -> None:
        fn()


class TaskRunner(QObject):
    """Submit ``op`` to the worker; ``on_done``/``on_error`` are called on the GUI thread.

    Signals:
        busy_changed(bool): a task started or the last one finished (for a busy cursor).
    """

    busy_changed = Signal(bool)

    def __init__(self, synchronous: bool = False) -> None:
        super().__init__()
        self.synchronous = synchronous
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dpo-db")
        self._relay = _Relay()
        self._pending = 0
        self._lock = threading.Lock()

    def run(
        self,
        op: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> Future[Any] | None:
        """Run ``op`` (no widget access inside!) and deliver its result."""
        if self.synchronous:
            try:
                result = op()
            except Exception as exc:  # noqa: BLE001 - delivered to the caller's handler
                self._fail(exc, on_error)
            else:
                if on_done:
                    on_done(result)
            return None
        self._set_busy(+1)
        future = self._pool.submit(op)
        future.add_done_callback(lambda f: self._relay.done.emit(
            lambda: self._finish(f, on_done, on_error)))
        return future

    def _finish(self, future: Future[Any], on_done: Callback | None,
                on_error: ErrorCallback | None) -> None:
        self._set_busy(-1)
        exc = future.exception()
        if exc is not None:
            self._fail(exc, on_error)
        elif on_done:
            on_done(future.result())

    def _fail(self, exc: BaseException, on_error: ErrorCallback | None) -> None:
        if on_error:
            on_error(exc)
        else:
            log.error("background task failed: %s",
                      "".join(traceback.format_exception(exc)))

    def _set_busy(self, delta: int) -> None:
        with self._lock:
            before = self._pending
            self._pending += delta
            now = self._pending
        if (before == 0) != (now == 0):
            self.busy_changed.emit(now > 0)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)
