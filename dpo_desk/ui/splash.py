"""The splash: what the DPO sees while the data opens, on the starts that cannot paint
the window at once (a first run, an encrypted store, a team server; ``dpo_desk.app``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from dpo_desk.__version__ import __version__


def app_icon_png() -> Path:
    from dpo_desk.ui import i18n

    return i18n.translations_dir().parent / "app" / "icons" / "dpo-desk-128.png"


class Splash(QLabel):
    """What the DPO sees while the data opens (a frameless picture, closed by ``finish``).

    Not ``QSplashScreen``: on X11 and offscreen its ``show()`` waits up to a second for the
    window to be exposed, the very delay the splash is there to cover.
    """

    def __init__(self, pixmap: QPixmap) -> None:
        super().__init__()
        self.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setPixmap(pixmap)
        self.setAccessibleName("DPO Desk")

    def finish(self, window: QWidget) -> None:
        self.close()


def _splash_pixmap() -> QPixmap:
    pixmap = QPixmap(420, 180)
    pixmap.fill(QColor("#1d3d6b"))
    painter = QPainter(pixmap)
    icon = QPixmap(str(app_icon_png()))
    if not icon.isNull():
        painter.drawPixmap(
            24,
            26,
            icon.scaled(
                128,
                128,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            ),
        )
    painter.setPen(QColor("white"))
    font = QFont()
    font.setPointSize(20)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(172, 82, "DPO Desk")
    font.setPointSize(10)
    font.setBold(False)
    painter.setFont(font)
    painter.drawText(172, 108, __version__)
    painter.drawText(172, 150, QCoreApplication.translate("App", "Opening your data…"))
    painter.end()
    return pixmap


def show_splash() -> Splash:
    """Paint something at once: a program that takes a second to open its data must not
    leave the DPO staring at nothing."""
    splash = Splash(_splash_pixmap())
    screen = QApplication.primaryScreen()
    if screen is not None:
        splash.move(screen.availableGeometry().center() - splash.rect().center())
    splash.show()
    splash.repaint()
    QApplication.processEvents()
    return splash
