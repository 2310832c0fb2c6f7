"""Without a display the program says so plainly, instead of Qt's xcb-cursor abort."""

from __future__ import annotations

import os
import subprocess
import sys

from dpo_desk.app import missing_display


def test_missing_display_is_named():
    assert "graphical display" in missing_display({}, "linux")
    assert missing_display({"DISPLAY": ":0"}, "linux") is None
    assert missing_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert missing_display({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert missing_display({}, "win32") is None


def test_starting_the_window_without_display_explains_and_exits(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["DPO_DESK_HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", "from dpo_desk.cli import main; raise SystemExit(main([]))"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "graphical display" in done.stderr and "offscreen" in done.stderr
    assert "xcb" not in done.stderr
