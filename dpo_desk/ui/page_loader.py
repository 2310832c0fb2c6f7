"""The main window's screens, built on their first visit (start-up, issue 19).

Building every screen before the first paint cost a quarter of the start-up at 100,000
cases (the imports of the letters, reports, backup and import screens, and their
widgets). The navigation lists every screen of ``PAGES`` whose module exists, with its
title from ``TITLES``; :class:`LazyPages` builds a screen when it is first asked for
(shown, or named by ``window.pages[key]``), then the window restores its saved column
widths and splitters and translates it.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QCoreApplication

from dpo_desk.ui.context import AppContext
from dpo_desk.ui.page import Page
from dpo_desk.ui.pages import TITLES

log = logging.getLogger(__name__)

Spec = tuple[str, str, str]  # (key, module, class name)


def available(specs: tuple[Spec, ...]) -> list[Spec]:
    """The screens whose module exists (one not written yet is skipped), without
    importing them."""
    out = []
    for spec in specs:
        try:
            found = importlib.util.find_spec(spec[1])
        except (ImportError, ValueError):
            found = None
        if found is not None:
            out.append(spec)
    return out


def title(spec: Spec) -> str:
    """The screen's title in the current language, without building it."""
    key, _module, class_name = spec
    return QCoreApplication.translate(class_name, TITLES.get(key, key))


def build(app: AppContext, spec: Spec) -> Page | None:
    """The screen of ``spec``; None (logged) when it cannot be imported or built: the
    rest of the program still works."""
    key, module_name, class_name = spec
    try:
        page = getattr(importlib.import_module(module_name), class_name)(app)
    except Exception:
        log.exception("screen %s cannot be built", key)
        return None
    page.key = key
    return page


class LazyPages(Mapping[str, Page]):
    """``key -> Page`` for every available screen, each built on first access."""

    def __init__(
        self, app: AppContext, specs: list[Spec], on_built: Callable[[Page], None]
    ) -> None:
        self._app = app
        self._specs = {spec[0]: spec for spec in specs}
        self._built: dict[str, Page] = {}
        self._failed: set[str] = set()
        self._on_built = on_built

    def spec(self, key: str) -> Spec:
        return self._specs[key]

    def built(self) -> dict[str, Page]:
        """The screens built so far (those the DPO has visited)."""
        return dict(self._built)

    def __getitem__(self, key: str) -> Page:
        page = self._built.get(key)
        if page is not None:
            return page
        if key not in self._specs or key in self._failed:
            raise KeyError(key)
        page = build(self._app, self._specs[key])
        if page is None:
            self._failed.add(key)
            raise KeyError(key)
        self._built[key] = page
        self._on_built(page)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def __contains__(self, key: object) -> bool:
        return key in self._specs
