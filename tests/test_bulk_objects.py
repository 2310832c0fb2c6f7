"""The collector's pause nests, is shared between threads, and gives the collector back
only as it found it."""

from __future__ import annotations

import gc
import threading

import pytest

from dpo_desk.bulk_objects import collector_paused


def test_paused_within_and_back_after_even_on_error() -> None:
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        assert not gc.isenabled()
        raise ValueError("boom")
    assert gc.isenabled()


def test_nested_pauses_end_with_the_outer_one() -> None:
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_overlapping_pauses_of_two_threads() -> None:
    """The first thread's pause ends while the second's goes on: the collector stays off
    until the second ends too."""
    entered, release = threading.Event(), threading.Event()
    states: dict[str, bool] = {}

    def second() -> None:
        with collector_paused():
            entered.set()
            release.wait(5)
            states["second_before_end"] = gc.isenabled()

    with collector_paused():
        worker = threading.Thread(target=second)
        worker.start()
        assert entered.wait(5)
    states["after_first"] = gc.isenabled()
    release.set()
    worker.join(5)
    assert states == {"after_first": False, "second_before_end": False}
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_release_in_steps_frees_every_item_a_slice_at_a_time() -> None:
    import weakref

    from dpo_desk.bulk_objects import release_in_steps

    class Record:
        pass

    items = [Record() for _ in range(50)]
    alive = [weakref.ref(r) for r in items]
    lengths: list[int] = []

    class Watched(list):
        def __delitem__(self, key) -> None:
            lengths.append(len(self))
            super().__delitem__(key)

    watched = Watched(items)
    del items
    release_in_steps(watched, step=16)
    assert watched == []
    assert lengths == [50, 34, 18, 2]
    assert all(ref() is None for ref in alive)
