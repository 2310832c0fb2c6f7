"""Many objects made and dropped by a bulk read without freezing the window.

The window's thread and the workers share the GIL: whatever holds it for long in one C
call (a collection, freeing a million objects) stops the window from painting.

Python's cycle collector paused while a bulk read builds many objects that all live.

CPython starts a full collection when the objects that survived earlier ones have grown by
a quarter; each full collection walks every tracked object, holding the GIL. The annual
report at a million cases keeps about 1.3 million records alive until it has counted
them, so the collector ran 8 to 11 full passes over a growing heap while it gathered:
up to 0.34 s each, 1.2 s in all, during which the window's thread could not run (the
report is gathered on the DB lane, but the GIL is the process's). None of those passes
can free anything, since the records are all still referenced; they die by reference
counting when the report is done. Pausing the collector for the read removes the
freezes and the 1.2 s. (Python's own advice for such phases: ``gc.disable``, see the
``gc`` module's documentation; ``gc.freeze`` is for objects that live for good.)

When such a read is done, its records die together, by reference counting, in one C
call that frees them all (0.15 s for the report's 263,000 cases at a million);
``release_in_steps`` frees them a slice at a time, the GIL free to move between slices.

The pause is process-wide, so it nests and is shared between threads: the collector
comes back when the last pause ends, and only if it was on before the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic cycle collection until the block ends (memory in reference cycles made
    meanwhile is freed by the first collection after it)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


#: Objects freed per step (about 10 ms of the GIL for the report's records).
RELEASE_STEP = 20_000


def release_in_steps(items: list[Any], step: int = RELEASE_STEP) -> None:
    """Empty ``items`` from its end, ``step`` at a time (each ``del`` frees what only the
    list held; the interpreter may switch threads between two)."""
    while items:
        del items[-step:]
