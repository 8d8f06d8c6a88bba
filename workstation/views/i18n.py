"""Language and fonts: the Qt translator for the chosen language and the shipped CJK font."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from workstation.resources import cjk_font_path, resources_root

LANGUAGES = ("zh_CN", "en")


def resolve_language(setting: str) -> str:
    if setting in LANGUAGES:
        return setting
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install_translator(app: QApplication, language: str) -> list[QTranslator]:
    """Load our compiled translation and, for Chinese, Qt's own (wizard and dialog
    buttons). English is the source language; its file only adds plural forms
    ("%n open case(s)" -> "1 open case"), so a missing one is fine. Returns what was
    installed, so a caller can switch language again."""
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    files = [(f"workstation_{language}.qm", str(resources_root() / "translations"))]
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        files.append((f"qtbase_{language}.qm", qt_folder))
    installed = []
    for name, folder in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def install_fonts(app: QApplication) -> None:
    """Register the shipped CJK font as a fallback so Chinese renders on a bare machine."""
    font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    font = app.font()
    font.setFamilies([font.family(), *families])
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    app.setFont(font)
