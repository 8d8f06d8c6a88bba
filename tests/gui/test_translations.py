"""The translation sources are complete, and every screen really shows Chinese in zh_CN.

The screen walk renders each registered screen for the demo supervisor, compliance
officer and IT administrator (together they see every screen) with the current .ts compiled on the
fly, and fails on any visible text that is an English source with a different
Chinese translation, i.e. a string that missed the translator.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QTabWidget,
    QWidget,
)

from tests.support import use_file_keyring
from workstation.resources import resources_root
from workstation.services.auth import Workstation
from workstation.views import ops
from workstation.views.main_window import MainWindow
from workstation.views.navigation import SCREENS

TRANSLATIONS = resources_root() / "translations"
LANGUAGES = ("zh_CN", "en")
DEMO_ROLES = ("supervisor", "compliance", "admin")


def messages(language: str) -> list[ET.Element]:
    tree = ET.parse(TRANSLATIONS / f"workstation_{language}.ts")
    return tree.getroot().findall("context/message")


def translated_texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_finished(language: str) -> None:
    problems = []
    for message in messages(language):
        source = message.findtext("source")
        kind = message.find("translation").get("type")  # type: ignore[union-attr]
        if kind or not all(t.strip() for t in translated_texts(message)):
            problems.append(f"{kind or 'empty'}: {source!r}")
    assert problems == [], "\n".join(problems)


def test_chinese_keeps_placeholders_and_accelerators() -> None:
    problems = []
    for message in messages("zh_CN"):
        source = message.findtext("source") or ""
        for text in translated_texts(message):
            if sorted(re.findall(r"%(?:\d|n)", source)) != sorted(re.findall(r"%(?:\d|n)", text)):
                problems.append(f"placeholders: {source!r} -> {text!r}")
            if source.count("&") != text.count("&"):
                problems.append(f"accelerator: {source!r} -> {text!r}")
    assert problems == [], "\n".join(problems)


def untranslated_sources() -> set[str]:
    """English sources whose Chinese differs: showing one in zh_CN is a missed tr()."""
    found = set()
    for message in messages("zh_CN"):
        source = message.findtext("source") or ""
        if any(t != source for t in translated_texts(message)):
            found.add(source)
    return found


@contextmanager
def interface_language(qapp: QApplication, language: str) -> Iterator[None]:
    """Compile the current .ts (the .qm files are build output) and switch to it."""
    folder = Path(tempfile.mkdtemp(prefix="lows-qm-"))
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = folder / f"workstation_{language}.qm"
    ts = TRANSLATIONS / f"workstation_{language}.ts"
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    previous = QLocale()
    chinese = (QLocale.Language.Chinese, QLocale.Country.China)
    english = (QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(QLocale(*(chinese if language == "zh_CN" else english)))
    qapp.installTranslator(translator)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(previous)
        shutil.rmtree(folder, ignore_errors=True)


@cache
def _demo_folder() -> Path:
    """One demo workstation with demo data for the whole run (building it takes ~10 s)."""
    from workstation import screenshots

    folder = Path(tempfile.mkdtemp(prefix="lows-i18n-demo-"))
    screenshots._demo_workstation(folder, 12)
    return folder


@pytest.fixture
def demo_ws(file_keyring: object) -> Workstation:
    from workstation.services.clock import SystemClock
    from workstation.services.paths import Paths
    from workstation.services.secrets import SecretStore
    from workstation.services.settings import Settings

    folder = _demo_folder()
    use_file_keyring(folder)
    paths = Paths(folder / "home")
    return Workstation(
        paths, SecretStore(allow_insecure=True), Settings(paths.settings), SystemClock()
    )


def sign_in(ws: Workstation, role: str):  # type: ignore[no-untyped-def]
    from workstation.services.demo import DEMO_PASSWORD

    return ws.sign_in(role, DEMO_PASSWORD)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text an officer can see or a screen reader speaks."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__}:{widget.objectName()}"
        yield where, widget.windowTitle() if widget.isWindow() else ""
        yield where, widget.accessibleName()
        yield where, widget.toolTip()
        yield from ((where, text) for text in _own_texts(widget))


def _own_texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel | QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()]
    if isinstance(widget, QTabWidget):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        return [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QMenu):
        return [action.text() for action in widget.actions()]
    if isinstance(widget, QListView):  # navigation and other lists: their items
        model = widget.model()
        return [str(model.index(r, 0).data() or "") for r in range(model.rowCount())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        columns = range(model.columnCount(QModelIndex()))
        return [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    return []


def english_on_screen(root: QWidget) -> list[str]:
    sources = untranslated_sources()
    return sorted({f"{where}: {text!r}" for where, text in visible_texts(root) if text in sources})


def test_every_screen_shows_chinese(qapp: QApplication, demo_ws: Workstation) -> None:
    shown: set[str] = set()
    problems: list[str] = []
    with interface_language(qapp, "zh_CN"):
        for role in DEMO_ROLES:
            window = MainWindow(sign_in(demo_ws, role))
            for key in window.screen_keys():
                screen = window.show_screen(key)
                ops.drain()
                qapp.processEvents()
                problems += [f"{key}: {p}" for p in english_on_screen(screen)]
                shown.add(key)
            for part in (window.menuBar(), window.statusBar(), window.nav):
                problems += [f"main window: {p}" for p in english_on_screen(part)]
            ops.drain()
            window.close()
    assert shown == {s.key for s in SCREENS}
    assert problems == [], "\n".join(problems)
