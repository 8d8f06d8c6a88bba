"""Context help (F1): the page for the current screen, in the interface language.

Pages live in resources/help/<language>/<screen key>.html and explain the rules the
screen enforces, so an officer learns why something was refused without asking IT.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from workstation.resources import resources_root


def current_language() -> str:
    """The language `i18n.install_translator` chose, read back from the default locale."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def help_page(screen_key: str, language: str | None = None) -> Path:
    return resources_root() / "help" / (language or current_language()) / f"{screen_key}.html"


class HelpDialog(QDialog):
    def __init__(self, screen_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("Help text"))
        self.browser.setHtml(self._page(screen_key))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def _page(self, screen_key: str) -> str:
        path = help_page(screen_key)
        if not path.exists():
            return self.tr("<p>There is no help page for this screen yet.</p>")
        return path.read_text(encoding="utf-8")
