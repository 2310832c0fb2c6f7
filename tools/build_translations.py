"""Update the translation catalogue from the sources and build the binary one.

    .venv/bin/python tools/build_translations.py          # lupdate + lrelease
    .venv/bin/python tools/build_translations.py --check  # fail if a string is untranslated

``pyside6-lupdate`` reads every ``tr()`` / ``translate()`` / ``QT_TRANSLATE_NOOP`` in
``dpo_desk/ui``, ``dpo_desk/app.py`` and any other module of ``dpo_desk`` that calls them
into ``resources/translations/dpo_desk_fr.ts``
(existing translations are kept, vanished strings marked obsolete and dropped);
``pyside6-lrelease`` compiles it to ``dpo_desk_fr.qm``, which the program loads.
``dpo_desk_en.ts`` holds only the English plural forms (``-pluralonly``).

``--check`` also fails when the committed catalogue is not what the sources give (a
string or a translator's note that nobody reviewed), and when a French translation loses or
invents a placeholder
(``%1``, ``%n``, ``{0}``), or drops the ``&`` accelerator of a source text that has one.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET  # noqa: S405 - our own file, not untrusted input
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "dpo_desk_fr.ts"
QM = TS.with_suffix(".qm")
#: English plural forms only ("1 day" / "3 days"): the source text says "%n day(s)".
TS_EN = ROOT / "resources" / "translations" / "dpo_desk_en.ts"
SOURCES = [ROOT / "dpo_desk" / "ui", ROOT / "dpo_desk" / "app.py"]
#: Anything else under this package that calls Qt's translator is scanned too.
PACKAGE = ROOT / "dpo_desk"
TR_CALL = re.compile(
    r"""(?:\.tr\(|\bQCoreApplication\.translate\(|\bQT_TRANSLATE_NOOP3?\(|\bQT_TR_NOOP\("""
    r"""|\.translate\(\s*["'])"""
)
PLACEHOLDER = re.compile(r"%(?:n|L?\d+)|\{\d*\}")
#: "&x" marks an accelerator; "&&" is a literal ampersand and "& " is plain text.
ACCELERATOR = re.compile(r"&[^&\s]")


def tool(name: str) -> str:
    """The Qt tool next to this Python (the venv), else on PATH."""
    local = Path(sys.executable).with_name(name)
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def python_sources() -> list[str]:
    """The ui package, app.py, and every other module that calls tr()/translate()."""
    files: list[Path] = []
    for src in SOURCES:
        files.extend(sorted(src.rglob("*.py")) if src.is_dir() else [src])
    for path in sorted(PACKAGE.rglob("*.py")):
        if path not in files and TR_CALL.search(path.read_text(encoding="utf-8")):
            files.append(path)
    return [str(f.relative_to(ROOT)) for f in files]


def _texts(translation: ET.Element) -> list[str]:
    forms = [f.text or "" for f in translation.findall("numerusform")]
    return forms or [translation.text or ""]


def untranslated(ts: Path) -> list[str]:
    tree = ET.parse(ts)  # noqa: S314 - our own catalogue
    missing = []
    for message in tree.iter("message"):
        tr = message.find("translation")
        if tr is None or tr.get("type") == "unfinished" or not any(_texts(tr)):
            missing.append(message.findtext("source") or "")
    return missing


def inconsistent(ts: Path) -> list[str]:
    """Finished translations whose placeholders or accelerator differ from the source."""
    tree = ET.parse(ts)  # noqa: S314 - our own catalogue
    problems = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for text in _texts(tr):
                have = sorted(set(PLACEHOLDER.findall(text)))
                # a numerus form may leave %n out ("un seul dossier")
                if have != wanted and not (
                    message.get("numerus") == "yes" and sorted(set(wanted) - {"%n"}) == have
                ):
                    problems.append(f"{name}: {source!r}: placeholders {wanted} != {have}")
                if ACCELERATOR.search(source.replace("&&", "")) and not ACCELERATOR.search(
                    text.replace("&&", "")
                ):
                    problems.append(f"{name}: {source!r}: accelerator '&' lost in {text!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if a string has no finished French translation"
    )
    args = parser.parse_args(argv)
    TS.parent.mkdir(parents=True, exist_ok=True)
    before = {ts: ts.read_bytes() if ts.is_file() else b"" for ts in (TS, TS_EN)}
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            "fr_FR",
            *python_sources(),
            "-ts",
            str(TS.relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
    )
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            "-pluralonly",
            "-source-language",
            "en",
            "-target-language",
            "en_GB",
            *python_sources(),
            "-ts",
            str(TS_EN.relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
    )
    for ts in (TS, TS_EN):
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            cwd=ROOT,
            check=True,
        )
    missing = untranslated(TS) + untranslated(TS_EN)
    if missing:
        print(f"{len(missing)} string(s) without a finished French translation:")
        for text in missing[:50]:
            print(f"  - {text!r}")
    problems = inconsistent(TS)
    if problems:
        print(f"{len(problems)} translation(s) that do not match their source:")
        for text in problems[:50]:
            print(f"  - {text}")
    # A catalogue the sources no longer match was committed as it was: a string, or a
    # translator's note picked up from a '#:' comment, that no translator has seen.
    stale = [ts.name for ts in (TS, TS_EN) if ts.read_bytes() != before[ts]]
    if stale:
        print(f"catalogue(s) out of date with the sources, now regenerated: {', '.join(stale)}")
        print("  review the change (git diff resources/translations) and commit it")
    if args.check and (missing or problems or stale):
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
