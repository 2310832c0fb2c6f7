"""List the public service functions that open more than one session (issue 15).

One DPO action should be one write transaction: a public service opens ``db.write()``
once and composes functions that take the session and never commit. This tool reads
the source (no import, no store) and, for every public function of ``dpo_desk.services``
(and ``dpo_desk.backup``), counts the sessions it opens itself and through the functions
it calls, following imports across modules. A session opened in a loop counts as "n".

    .venv/bin/python tools/transaction_inventory.py            # the offenders
    .venv/bin/python tools/transaction_inventory.py --all      # every function that opens one
    .venv/bin/python tools/transaction_inventory.py --check    # exit 1 if a write action
                                                               # opens more than one session

Static, hence approximate: a call through a variable or a callback is not followed, and
a session opened only on one branch is counted as if always opened (what a reviewer wants
to look at anyway).
"""

from __future__ import annotations

import argparse
import ast
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("dpo_desk/services", "dpo_desk/backup")
SCANNED = (
    "dpo_desk/services",
    "dpo_desk/backup",
    "dpo_desk/letters",
    "dpo_desk/store",
    "dpo_desk/crypto",
)


#: Functions that open more than one session on purpose, and why (``--check`` accepts them).
ALLOWED = {
    "dpo_desk.services.team_keys.unlock_at_open": (
        "opening a team desk changes nothing: one read says whether the server has a team "
        "key and this login a slot (a clear message before any passphrase is asked), one "
        "reads the slot to unlock it"
    ),
    "dpo_desk.services.team_session.open_team_asking": (
        "open_team, asked again after a refusal: each try is open_team's read-only opening"
    ),
    "dpo_desk.services.team_session.open_team": (
        "opening a team desk: the server's identity and schema are read, then the team "
        "key unlocked (team_keys.unlock_at_open, read-only); a migration, when due, is "
        "the server migration's own locked transaction"
    ),
    "dpo_desk.backup.core.create": (
        "dispatches to creation.create (a solo desk) or server.create_from_server (a team "
        "server), whose own sessions are listed there"
    ),
    "dpo_desk.backup.server.create_from_server": (
        "a backup of a server: its entry recorded on the server first (so the backup "
        "carries it), then one consistent read of the server exported to a snapshot"
    ),
    "dpo_desk.backup.creation.create": (
        "a backup is a file, not a DPO change: the head is read, the file written, then "
        "the backup recorded (one of three _record calls, on different outcomes) and "
        "the audit head anchored after that commit"
    ),
    "dpo_desk.backup.restore.restore": (
        "a restore replaces the store: it first takes a backup of the live store (its own "
        "transactions), then opens the restored one to check it"
    ),
    "dpo_desk.services.demo.load.load_demo": (
        "loading the demo replays many DPO actions, each its own transaction, as a DPO "
        "would have done them"
    ),
    "dpo_desk.services.letters.archive.mark_sent": (
        "one write; the audit head is anchored after the commit (audit.checkpoint reads "
        "what was committed)"
    ),
    "dpo_desk.services.incident_actions.export_register": (
        "a read-only export (one session per incident, then the audit entry): not yet "
        "moved to one session, left for the layers work on incident_actions"
    ),
    "dpo_desk.services.exports.export_requests": (
        "an export changes no case: one read streams the register to a staged file (no "
        "writer's lock held for minutes at a million cases), then one write audits it and "
        "puts the file in place; the count audited is the count written"
    ),
    "dpo_desk.services.case_import.import_cases": (
        "landed with issues 17/18 in parallel with this rule: a read (the profile, a check) happe"
        "ns before its one write; to move inside it (docs/transactions.md, 'Left')"
    ),
    "dpo_desk.services.inspection.pack.build_pack": (
        "landed with issues 17/18 in parallel with this rule: a read (the profile, a check) happe"
        "ns before its one write; to move inside it (docs/transactions.md, 'Left')"
    ),
    "dpo_desk.services.mail_import.import_mail": (
        "landed with issues 17/18 in parallel with this rule: a read (the profile, a check) happe"
        "ns before its one write; to move inside it (docs/transactions.md, 'Left')"
    ),
    "dpo_desk.services.mail_reply.write_eml": (
        "landed with issues 17/18 in parallel with this rule: a read (the profile, a check) happe"
        "ns before its one write; to move inside it (docs/transactions.md, 'Left')"
    ),
    "dpo_desk.services.mail_reply.confirm_email_sent": (
        "landed with issues 17/18 in parallel with this rule: a read (the profile, a check) happe"
        "ns before its one write; to move inside it (docs/transactions.md, 'Left')"
    ),
    "dpo_desk.services.mail_settings.save_mail_settings": (
        "landed with issues 17/18 in parallel with this rule: a read (the profile, a check) happe"
        "ns before its one write; to move inside it (docs/transactions.md, 'Left')"
    ),
    "dpo_desk.services.register_export.export_register": (
        "landed with issues 17/18 in parallel with this rule: a read (the profile, a check) happe"
        "ns before its one write; to move inside it (docs/transactions.md, 'Left')"
    ),
    "dpo_desk.services.reports.annual.write_annual_report": (
        "landed with issues 17/18 in parallel with this rule: a read (the profile, a check) happe"
        "ns before its one write; to move inside it (docs/transactions.md, 'Left')"
    ),
    "dpo_desk.services.mail_reply.send_email": (
        "by design: the letter is committed as 'sending' before the SMTP exchange (a crash in bet"
        "ween stays visible), the outcome in a second write"
    ),
    "dpo_desk.services.mail_reply.compose": (
        "read-only (changes nothing): the case, the letter and the settings read in three "
        "sessions; to read in one (docs/transactions.md, 'Left')"
    ),
}


@dataclass
class Func:
    """A function, the sessions it opens itself, and what it calls."""

    module: str
    name: str
    line: int
    opens: list[tuple[str, int, bool]] = field(default_factory=list)  # kind, line, in loop
    calls: list[tuple[str, int, bool]] = field(default_factory=list)  # target, line, in loop


@dataclass
class Module:
    name: str
    is_package: bool
    imports: dict[str, str] = field(default_factory=dict)  # local name -> dotted target
    funcs: dict[str, Func] = field(default_factory=dict)


def _module_name(path: Path, root: Path) -> tuple[str, bool]:
    rel = path.relative_to(root).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), True
    return ".".join(parts), False


def _session_kind(node: ast.Call) -> str | None:
    """``x.db.write()`` / ``db.read()``: the kind of session opened, else None."""
    func = node.func
    if not isinstance(func, ast.Attribute) or func.attr not in ("write", "read"):
        return None
    owner = func.value
    if isinstance(owner, ast.Attribute) and owner.attr == "db":
        return func.attr
    if isinstance(owner, ast.Name) and owner.id == "db":
        return func.attr
    return None


def _dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        head = _dotted(node.value)
        return f"{head}.{node.attr}" if head else None
    return None


class _Body(ast.NodeVisitor):
    def __init__(self, func: Func) -> None:
        self.func = func
        self.loops = 0

    def _loop(self, node: ast.AST) -> None:
        self.loops += 1
        self.generic_visit(node)
        self.loops -= 1

    visit_For = visit_While = visit_ListComp = visit_SetComp = _loop
    visit_DictComp = visit_GeneratorExp = visit_AsyncFor = _loop

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        return None  # nested functions are callbacks: not followed

    visit_AsyncFunctionDef = visit_Lambda = visit_FunctionDef  # type: ignore[assignment]

    def visit_Call(self, node: ast.Call) -> None:
        kind = _session_kind(node)
        if kind:
            self.func.opens.append((kind, node.lineno, self.loops > 0))
        else:
            target = _dotted(node.func)
            if target:
                self.func.calls.append((target, node.lineno, self.loops > 0))
        self.generic_visit(node)


def _resolve_from(module: Module, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    parts = module.name.split(".")
    base = parts if module.is_package else parts[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def parse(path: Path, root: Path = ROOT) -> Module:
    name, is_package = _module_name(path, root)
    mod = Module(name, is_package)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            src = _resolve_from(mod, node)
            for alias in node.names:
                mod.imports[alias.asname or alias.name] = f"{src}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                mod.imports[alias.asname or alias.name.split(".")[0]] = (
                    alias.name if alias.asname else alias.name.split(".")[0]
                )
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            func = Func(name, node.name, node.lineno)
            visitor = _Body(func)
            for stmt in node.body:
                visitor.visit(stmt)
            mod.funcs[node.name] = func
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Name):
            for target in node.targets:  # ``_info = document_info``: an alias
                if isinstance(target, ast.Name):
                    mod.imports[target.id] = f"{name}.{node.value.id}"
    return mod


class Index:
    def __init__(self, modules: dict[str, Module]) -> None:
        self.modules = modules
        self._memo: dict[str, list[tuple[str, str, bool]]] = {}

    def function(self, dotted: str, depth: int = 0) -> Func | None:
        """The function a dotted name designates, following re-exports."""
        if depth > 10:
            return None
        mod_name, _, attr = dotted.rpartition(".")
        if mod_name in self.modules:
            mod = self.modules[mod_name]
            if attr in mod.funcs:
                return mod.funcs[attr]
            if attr in mod.imports:
                return self.function(mod.imports[attr], depth + 1)
        return None

    def callee(self, mod: Module, target: str) -> Func | None:
        head, _, rest = target.partition(".")
        if head in mod.funcs and not rest:
            return mod.funcs[head]
        if head in mod.imports:
            full = mod.imports[head] + (f".{rest}" if rest else "")
            return self.function(full)
        return None

    def sessions(self, func: Func, stack: tuple[str, ...] = ()) -> list[tuple[str, str, bool]]:
        """Every session ``func`` opens: (kind, where, in a loop), through its callees."""
        key = f"{func.module}.{func.name}"
        if key in self._memo:
            return self._memo[key]
        if key in stack:
            return []
        out = [(kind, f"{func.module}:{line}", loop) for kind, line, loop in func.opens]
        mod = self.modules[func.module]
        for target, _line, loop in func.calls:
            callee = self.callee(mod, target)
            if callee is None or callee is func:
                continue
            for kind, where, inner_loop in self.sessions(callee, (*stack, key)):
                out.append((kind, f"{callee.name} → {where}", loop or inner_loop))
        self._memo[key] = out
        return out


def load(root: Path = ROOT) -> Index:
    modules: dict[str, Module] = {}
    for folder in SCANNED:
        for path in sorted((root / folder).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            mod = parse(path, root)
            modules[mod.name] = mod
    return Index(modules)


Row = tuple[Func, list[tuple[str, str, bool]]]


def inventory(index: Index, show_all: bool = False) -> list[Row]:
    rows = []
    for mod in index.modules.values():
        if not any(mod.name.startswith(p.replace("/", ".")) for p in PACKAGES):
            continue
        for func in mod.funcs.values():
            if func.name.startswith("_"):
                continue
            opened = index.sessions(func)
            many = len(opened) > 1 or any(loop for *_, loop in opened)
            if opened and (show_all or many):
                rows.append((func, opened))
    return sorted(rows, key=lambda r: (r[0].module, r[0].line))


def _label(opened: list[tuple[str, str, bool]]) -> str:
    writes = sum(1 for k, _, _ in opened if k == "write")
    reads = len(opened) - writes
    loop = " (+ n in a loop)" if any(loop for *_, loop in opened) else ""
    return f"{writes} write, {reads} read{loop}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="every function opening a session")
    parser.add_argument(
        "--check",
        action="store_true",
        help="exit 1 if an action that writes opens more than one session",
    )
    parser.add_argument("--brief", action="store_true", help="one line per function")
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="another checkout to read (holding dpo_desk/)"
    )
    args = parser.parse_args(argv)
    rows = inventory(load(args.root), args.all)
    offenders = 0
    for func, opened in rows:
        writes = any(k == "write" for k, _, _ in opened)
        many = len(opened) > 1 or any(loop for *_, loop in opened)
        key = f"{func.module}.{func.name}"
        allowed = ALLOWED.get(key)
        offenders += writes and many and not allowed
        print(
            f"{key} (line {func.line}): {_label(opened)}"
            + (
                f"  [allowed: {allowed}]"
                if allowed and not args.brief
                else "  [allowed]"
                if allowed
                else ""
            )
        )
        if not args.brief:
            for kind, where, loop in opened:
                print(f"    {kind:5} {where}{'  [loop]' if loop else ''}")
    print(
        f"-- {len(rows)} function(s) listed, {offenders} writing action(s) opening "
        "more than one session (not counting the allowed ones)"
    )
    return 1 if args.check and offenders else 0


if __name__ == "__main__":
    sys.exit(main())
