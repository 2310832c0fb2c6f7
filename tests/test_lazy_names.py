"""The packages whose names load on first use (``dpo_desk.lazy``): every public name is
found in the module it is said to be in, ``__all__`` lists exactly those names, and a
name not listed is an AttributeError, as for any module."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

LAZY_PACKAGES = ("dpo_desk.letters", "dpo_desk.services.letters")


@pytest.mark.parametrize("package", LAZY_PACKAGES)
def test_every_name_is_where_its_package_says_and_all_lists_them(package: str) -> None:
    pkg = importlib.import_module(package)
    listed = {name for names in pkg._MODULES.values() for name in names}
    assert set(pkg.__all__) == listed
    for module, names in pkg._MODULES.items():
        held = importlib.import_module(f"{package}.{module}")
        for name in names:
            assert getattr(pkg, name) is getattr(held, name), (package, name)
    assert set(pkg.__all__) <= set(dir(pkg))
    with pytest.raises(AttributeError, match="has no attribute 'render_everything'"):
        pkg.render_everything  # noqa: B018


def test_a_name_loads_its_module_only_when_used() -> None:
    code = (
        "import sys\n"
        "import dpo_desk.letters as L\n"
        "before = 'dpo_desk.letters.render' in sys.modules\n"
        "L.render_letter\n"
        "print(before, 'dpo_desk.letters.render' in sys.modules, 'render_letter' in vars(L))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True", "True"], out.stderr
