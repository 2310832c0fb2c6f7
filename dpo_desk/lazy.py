"""A package's names loaded with their module on first use (PEP 562).

The letters package and the letter services import reportlab, the registers and the mail;
the window imports parts of both before its first paint (the fonts, the letter kinds), and
must not pay for the rest then (issue 19). Their ``__init__`` names each module's public
names instead of importing them; the first use of a name imports its module and keeps the
name in the package, so later uses cost nothing.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(
    package: str, modules: Mapping[str, tuple[str, ...]]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package`` (called from its ``__init__``),
    for ``modules``: each submodule's name with the public names it holds."""
    home = {name: module for module, names in modules.items() for name in names}
    namespace = sys.modules[package].__dict__

    def load(name: str) -> Any:
        module = home.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    def listing() -> list[str]:
        return sorted(set(namespace) | set(home))

    return load, listing
