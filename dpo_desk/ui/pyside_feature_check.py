"""A cheaper answer to the question PySide6 asks after every import.

For its opt-in ``from __feature__ import snake_case`` (PYSIDE-2029), PySide6 replaces
``__import__`` once Qt is loaded, and after every module imported from then on asks
whether that module "uses PySide": ``shibokensupport.feature._mod_uses_pyside`` reads
the module's whole source with ``inspect.getsource`` and looks for "PySide6" in it.
``inspect`` goes through ``linecache``, which decodes the file, splits it into lines and
keeps them for the life of the process. The window imports about 480 modules after Qt
(SQLAlchemy, the models, the services, the screens): 48 ms of its 0.47 s of imports, and
430 sources kept in memory (issue 19; napari met the same: napari/napari#8584).

``install`` puts in its place a function that asks the same question of the file's bytes:
12 ms. "PySide6" is ASCII, so it is in the bytes of a source in UTF-8 or any other
ASCII-compatible encoding exactly when it is in the decoded text. A module without a
``.py`` file (built in, frozen, compiled, a namespace package) or whose file cannot be
read is still answered by PySide6's own function. If a PySide6 release no longer has
that function, ``install`` leaves PySide6 as it is.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "_dpo_desk_bytes_check"


def _by_bytes(upstream: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return upstream(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return upstream(module)

    setattr(mod_uses_pyside, _MARK, True)
    return mod_uses_pyside


def install() -> bool:
    """Answer PySide6's per-import question from the file's bytes; True when in place.

    Call it once Qt is imported (``dpo_desk.app`` does, at its own import).
    """
    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(upstream):
        return False
    if getattr(upstream, _MARK, False):
        return True
    setattr(feature, "_mod_uses_pyside", _by_bytes(upstream))  # noqa: B010 - a private name
    return True
