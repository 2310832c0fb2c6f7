"""About DPO Desk: the version, the licences of what it bundles, and where the data is."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from dpo_desk.__version__ import __version__
from dpo_desk.services.settings import get_settings
from dpo_desk.ui.context import AppContext

# What the program bundles and under which licence (the texts ship in resources/).
LICENCES: tuple[tuple[str, str], ...] = (
    ("DejaVu fonts", "Bitstream Vera licence + public domain (resources/fonts/DejaVu-LICENSE.txt)"),
    ("Droid Sans Fallback", "Apache License 2.0 (resources/fonts/DroidSansFallback-LICENSE.txt)"),
    ("Qt 6 / PySide6", "LGPL-3.0"),
    ("SQLAlchemy, Alembic", "MIT"),
    ("SQLCipher (sqlcipher3)", "BSD-3-Clause (community edition) / zlib"),
    ("reportlab", "BSD"),
    ("cryptography", "Apache-2.0 or BSD-3-Clause"),
    ("keyring, platformdirs, python-dateutil", "MIT / Apache-2.0 / BSD"),
    ("holidays", "MIT"),
    ("Babel", "BSD-3-Clause"),
    ("Zstandard (python-zstandard, zstd)", "BSD-3-Clause"),
)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class AboutDialog(QDialog):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About DPO Desk"))
        data_dir = app.ctx.data_dir
        folder = get_settings(app.ctx).backup_folder or str(Path(data_dir) / "backups")
        rows = "".join(
            f"<tr><td>{_escape(name)}</td><td>{_escape(lic)}</td></tr>" for name, lic in LICENCES
        )
        text = (
            f"<h2>DPO Desk {__version__}</h2>"
            + "<p>"
            + _escape(
                self.tr(
                    "Requests, deadlines, registers and letters for a Data Protection "
                    "Officer. Your data stays on this computer."
                )
            )
            + "</p><p><b>"
            + _escape(self.tr("Data directory"))
            + f"</b><br>{_escape(str(data_dir))}</p><p><b>"
            + _escape(self.tr("Backups"))
            + f"</b><br>{_escape(folder)}</p><p><b>"
            + _escape(self.tr("Bundled software and fonts"))
            + f"</b></p><table cellspacing='4'>{rows}</table>"
            + f"<p style='color:#555'>Python {sys.version.split()[0]}, "
            f"PySide6 {pyside_version}</p>"
        )
        label = QLabel(text)
        label.setObjectName("about_text")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        label.setAccessibleName(self.tr("About DPO Desk"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.resize(560, 560)
