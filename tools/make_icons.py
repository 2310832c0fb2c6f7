"""Render the application icon (resources/app/dpo-desk.svg) to PNG sizes and a Windows .ico.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "app" / "dpo-desk.svg"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    out = ROOT / "resources" / "app" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        render(size).save(str(out / f"dpo-desk-{size}.png"))
    if not render(256).save(str(ROOT / "resources" / "app" / "dpo-desk.ico")):
        print("no ICO writer in this Qt build; .ico not written", file=sys.stderr)
    print(f"icons written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
