"""The goal verdicts and the generated section of BENCHMARKS.md (bench/report.py): no
timing here, only the arithmetic and the file handling the benchmark driver relies on."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from report import END, START, Goal, Row, section, table, write_section  # noqa: E402


def test_value_goal() -> None:
    goal = Goal("value_max", 500, "≤ 500 ms")
    assert Row("dashboard", 499.9, goal=goal).verdict() == "met"
    assert Row("dashboard", 500.0, goal=goal).verdict() == "met"
    assert Row("dashboard", 501.0, goal=goal).verdict() == "not met"
    assert Row("dashboard", None, goal=goal).verdict() == "not measured"
    assert Row("no goal", 3.0).verdict() == ""


def test_ratio_goals() -> None:
    at_most_3 = Goal("ratio_max", 3, "≤ 3× bare")
    assert Row("start", 900, bare=300, goal=at_most_3).verdict() == "met"
    assert Row("start", 901, bare=300, goal=at_most_3).verdict() == "not met"
    assert Row("start", 900, bare=None, goal=at_most_3).verdict() == "not measured"
    half_speed = Goal("ratio_min", 0.5, "≥ 50 % of cp's speed")
    # a backup taking twice cp's time runs at exactly half its speed
    assert Row("backup", 20.0, "s", bare=10.0, goal=half_speed).verdict() == "met"
    assert Row("backup", 20.1, "s", bare=10.0, goal=half_speed).verdict() == "not met"
    assert Row("backup", 5.0, "s", bare=10.0, goal=half_speed).ratio == 0.5
    with pytest.raises(ValueError):
        Goal("fastest", 1, "")


def test_table_shows_every_column() -> None:
    text = table(
        [
            Row(
                "sort",
                80.0,
                bare=100.0,
                bare_label="raw ORDER BY",
                goal=Goal("ratio_max", 1, "≤ raw"),
            ),
            Row("RSS", 412.0, "MB", goal=Goal("value_max", 300, "≤ 300 MB"), note="1M"),
        ]
    )
    lines = text.splitlines()
    assert lines[2] == "| sort | 80.0 ms | 100 ms (raw ORDER BY) | 0.80× | ≤ raw | met |"
    assert lines[3] == "| RSS — 1M | 412 MB |  |  | ≤ 300 MB | **not met** |"


def test_section_replaced_in_place_and_the_rest_kept(tmp_path: Path) -> None:
    doc = tmp_path / "BENCHMARKS.md"
    doc.write_text("# Benchmarks\n\nHand-written intro.\n", encoding="utf-8")
    first = section("Run", "one", [("A", [Row("x", 1.0)])])
    write_section(doc, first)
    doc.write_text(doc.read_text(encoding="utf-8") + "\n## Letters\n\nkept\n", encoding="utf-8")
    second = section("Run", "two", [("A", [Row("x", 2.0)])])
    write_section(doc, second)
    text = doc.read_text(encoding="utf-8")
    assert text.count(START) == 1 and text.count(END) == 1
    assert "Hand-written intro." in text and "## Letters\n\nkept" in text
    assert "| x | 2.0 ms |" in text and "| x | 1.0 ms |" not in text
    assert text.index("Hand-written") < text.index(START) < text.index("## Letters")
