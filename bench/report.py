"""The tables of ``bench/all.py``: rows of (measurement, ours, bare, ratio, goal, verdict),
and the generated section of ``BENCHMARKS.md`` between two markers.

Pure functions (no timing here): ``tests/bench/test_report.py`` checks the goal
verdicts and that writing the section twice changes nothing else in the file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

START = "<!-- bench/all.py: generated section, start (do not edit by hand) -->"
END = "<!-- bench/all.py: generated section, end -->"

#: How a goal reads a row: ``ratio_max`` (ours / bare ≤ limit), ``ratio_min`` (bare /
#: ours ≥ limit: "at least half the speed of a raw copy"), ``value_max`` (ours ≤ limit,
#: in the row's unit).
KINDS = ("ratio_max", "ratio_min", "value_max")


@dataclass(frozen=True)
class Goal:
    kind: str
    limit: float
    text: str  # as the issue words it, e.g. "≤ 500 ms"

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown goal kind {self.kind!r}")


@dataclass(frozen=True)
class Row:
    """One measurement. ``ours``/``bare`` in ``unit`` (None: not measured)."""

    name: str
    ours: float | None
    unit: str = "ms"
    bare: float | None = None
    bare_label: str = ""
    goal: Goal | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.ours is None or self.bare is None or self.bare <= 0:
            return None
        return self.ours / self.bare

    def verdict(self) -> str:
        """ "met", "not met", "not measured", or "" when the row has no goal."""
        if self.goal is None:
            return ""
        if self.ours is None:
            return "not measured"
        kind, limit = self.goal.kind, self.goal.limit
        if kind == "value_max":
            return "met" if self.ours <= limit else "not met"
        if self.ratio is None or self.ours <= 0:
            return "not measured"
        if kind == "ratio_max":
            return "met" if self.ratio <= limit else "not met"
        return "met" if 1 / self.ratio >= limit else "not met"  # ratio_min: bare / ours


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value:,.0f} ms" if value >= 100 else f"{value:.1f} ms"
    if unit == "s":
        return f"{value:,.1f} s" if value >= 10 else f"{value:.2f} s"
    if unit == "MB":
        return f"{value:,.0f} MB"
    return f"{value:,.4g} {unit}".strip()


def table(rows: Iterable[Row]) -> str:
    lines = [
        "| measurement | DPO Desk | raw / bare | ratio | goal | verdict |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        bare = fmt(row.bare, row.unit) if row.bare is not None else ""
        if row.bare_label and bare:
            bare = f"{bare} ({row.bare_label})"
        ratio = "" if row.ratio is None else f"{row.ratio:.2f}×"
        verdict = row.verdict()
        shown = f"**{verdict}**" if verdict == "not met" else verdict
        name = row.name + (f" — {row.note}" if row.note else "")
        lines.append(
            f"| {name} | {fmt(row.ours, row.unit)} | {bare} | {ratio} | "
            f"{row.goal.text if row.goal else ''} | {shown} |"
        )
    return "\n".join(lines)


def section(title: str, intro: str, tables: list[tuple[str, list[Row]]]) -> str:
    parts = [START, f"## {title}", "", intro.strip(), ""]
    for heading, rows in tables:
        parts += [f"### {heading}", "", table(rows), ""]
    parts.append(END)
    return "\n".join(parts)


def write_section(path: Path, text: str) -> None:
    """Replace the generated section of ``path`` (or append it): the rest is kept as is."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if START in old and END in old:
        head, rest = old.split(START, 1)
        _, tail = rest.split(END, 1)
        new = head + text + tail
    else:
        new = old.rstrip("\n") + ("\n\n" if old else "") + text + "\n"
    path.write_text(new, encoding="utf-8")
