"""Every refusal a person can read has a template, and the template has its French.

    .venv/bin/python tools/check_messages.py           # fail on any problem (CI)
    .venv/bin/python tools/check_messages.py --update  # add new templates to the .po

The services, the domain, the backup, crypto, store, letters and CLI layers raise
refusals as ``UserError("no case with reference {reference}", reference=ref)``: an English
``str.format`` template and named parameters (``dpo_desk/errors.py``). This reads those
layers with ``ast`` and fails when:

- a refusal's text is built before raising (f-string, ``%``, ``+``, ``str(exc)``, a call):
  the window could then only show it in English;
- a template has no French in ``resources/translations/messages_fr.po`` (or a fuzzy one);
- the French and the English name different placeholders, or a raise site passes other
  parameters than its template names;
- a field label (``clean(value, "field")``, ``Term("field")``) has no French.

``--update`` appends the missing templates and labels with an empty ``msgstr`` (to be
written by a person) and drops nothing.
"""

from __future__ import annotations

import argparse
import ast
import string
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dpo_desk.errors import Refusal  # noqa: E402
from dpo_desk.messages import catalogue_path, read_catalogue  # noqa: E402

LAYERS = ("services", "domain", "backup", "keys", "crypto", "store", "letters", "cli", "ui", "mail")
#: Errors whose template is not their first argument: (class name, index).
TEMPLATE_ARG = {"ImportRefused": 2}
#: Errors built from data, whose templates are marked with ``template()`` inside them.
NO_TEMPLATE_ARG = {"RateLimited", "SettingsInvalid"}
#: A line that hands on a template already checked where it was written says so.
PASSED_ON = "# messages: passed on"
#: Calls whose second argument is a field's name shown inside a message.
FIELD_CALLS = {
    name: 1
    for name in ("clean", "text", "name", "items", "country", "word", "iso_date", "not_future")
}
TERM_CALLS = {"Term"}
#: Templates written where they are not raised: ``template("...")`` (no parameters given
#: there) and ``Phrase("...", n=1)`` (a piece of a message, parameters checked).
MARKER_CALLS = {"template"}
PHRASE_CALLS = {"Phrase"}


def dynamic_terms() -> dict[str, list[str]]:
    """Fields named by a variable: the Settings keys, evidence kinds, checkers' defaults."""
    from dpo_desk.services.registers.death_common import EVIDENCE
    from dpo_desk.services.settings import PROFILE_FIELDS, READING_FIELDS, SETTING_FIELDS

    keys = [*PROFILE_FIELDS, *READING_FIELDS, *SETTING_FIELDS, *EVIDENCE]
    keys += ["name", "country", "e-mail"]
    return {key: ["dpo_desk/services/settings.py"] for key in keys}


@dataclass
class Scan:
    templates: dict[str, list[str]] = field(default_factory=dict)  # template -> where
    terms: dict[str, list[str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def refusal_names() -> set[str]:
    """Names of every Refusal subclass in the package (imported to find them all)."""
    import importlib
    import pkgutil

    import dpo_desk

    for info in pkgutil.walk_packages(dpo_desk.__path__, "dpo_desk."):
        if ".ui" in info.name or info.name.endswith("__main__") or ".migrations" in info.name:
            continue
        importlib.import_module(info.name)
    names: set[str] = set()
    todo: list[type] = [Refusal]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


def placeholders(template: str) -> set[str]:
    """The named fields of a ``str.format`` template (``{x!r:>4}`` gives ``x``)."""
    out: set[str] = set()
    for _text, name, _spec, _conv in string.Formatter().parse(template):
        if name is not None:
            out.add(name.split(".")[0].split("[")[0])
    return out


def _constants(tree: ast.Module) -> dict[str, str]:
    """Module-level ``NAME = "literal"`` (a refusal may be kept in a constant)."""
    out: dict[str, str] = {}
    for node in tree.body:
        target = None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        if (
            isinstance(target, ast.Name)
            and isinstance(value, ast.Constant)
            and isinstance(value.value, str)
        ):
            out[target.id] = value.value
    return out


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _files() -> Iterator[Path]:
    for layer in LAYERS:
        yield from sorted((ROOT / "dpo_desk" / layer).rglob("*.py"))


def scan(names: set[str] | None = None, files: list[Path] | None = None) -> Scan:
    """Read the layers (or ``files``) for refusal templates, field labels and problems."""
    names = refusal_names() if names is None else names
    result = Scan()
    if files is None:
        result.terms.update(dynamic_terms())
    for path in _files() if files is None else files:
        if "migrations" in path.parts:
            continue
        rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        tree = ast.parse(path.read_text(encoding="utf-8"), str(rel))
        consts = _constants(tree)
        source_lines = path.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            where = f"{rel}:{node.lineno}"
            if name in FIELD_CALLS and len(node.args) > FIELD_CALLS[name]:
                arg = node.args[FIELD_CALLS[name]]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    result.terms.setdefault(arg.value, []).append(where)
            if name in TERM_CALLS and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    result.terms.setdefault(arg.value, []).append(where)
            if name in MARKER_CALLS and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    result.templates.setdefault(arg.value, []).append(where)
                continue
            if name not in names and name not in PHRASE_CALLS or name == "carrying":
                continue
            if name in NO_TEMPLATE_ARG or PASSED_ON in source_lines[node.lineno - 1]:
                continue
            index = TEMPLATE_ARG.get(name, 0)
            if len(node.args) <= index:
                continue  # the class's own default message (checked where it is defined)
            arg = node.args[index]
            if isinstance(arg, ast.Name) and arg.id in consts:
                template = consts[arg.id]
            elif isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                template = arg.value
            else:
                result.problems.append(
                    f"{where}: {name}(...) is given a text built before raising "
                    f"({ast.unparse(arg)[:60]}); write a template with named parameters"
                )
                continue
            result.templates.setdefault(template, []).append(where)
            given = {kw.arg for kw in node.keywords if kw.arg is not None}
            if any(kw.arg is None for kw in node.keywords):
                continue  # **params: cannot be checked statically
            wanted = placeholders(template)
            if wanted != given:
                result.problems.append(
                    f"{where}: {name}({template!r}) names {sorted(wanted)} "
                    f"but is given {sorted(given)}"
                )
    return result


def check_catalogue(result: Scan, lang: str = "fr", path: Path | None = None) -> list[str]:
    catalogue = read_catalogue(path or catalogue_path(lang), lang)
    problems: list[str] = []
    for template, where in sorted(result.templates.items()):
        msg = catalogue.get(template)
        if msg is None or not msg.string or msg.fuzzy:
            problems.append(f"{where[0]}: no French for {template!r}")
            continue
        if placeholders(str(msg.string)) != placeholders(template):
            problems.append(
                f"{catalogue_path(lang).name}: {template!r}: the French names "
                f"{sorted(placeholders(str(msg.string)))}, the English "
                f"{sorted(placeholders(template))}"
            )
    for term, where in sorted(result.terms.items()):
        msg = catalogue.get(term, context="field")
        if msg is None or not msg.string or msg.fuzzy:
            problems.append(f"{where[0]}: no French for the field label {term!r}")
    return problems


def update(result: Scan, lang: str = "fr") -> int:
    """Append missing entries (empty msgstr) to the .po; return how many were added."""
    path = catalogue_path(lang)
    catalogue = read_catalogue(path, lang)
    lines: list[str] = []
    for template, where in sorted(result.templates.items()):
        if catalogue.get(template) is None:
            lines += ["", f"#: {where[0]}", "#, python-brace-format"]
            lines += [f"msgid {_quote(template)}", 'msgstr ""']
    for term, where in sorted(result.terms.items()):
        if catalogue.get(term, context="field") is None:
            lines += ["", f"#: {where[0]}", 'msgctxt "field"', f"msgid {_quote(term)}"]
            lines += ['msgstr ""']
    if lines:
        with path.open("a", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    return sum(1 for line in lines if line.startswith("msgid"))


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="add missing entries to the .po")
    args = parser.parse_args(argv)
    result = scan()
    if args.update:
        print(f"{update(result)} entries added to {catalogue_path('fr')}")
    problems = result.problems + check_catalogue(result)
    for line in problems:
        print(line, file=sys.stderr)
    print(
        f"{len(result.templates)} refusal templates, {len(result.terms)} field labels, "
        f"{len(problems)} problem(s)"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
