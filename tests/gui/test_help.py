"""F1 opens the current screen's help in the interface language; every screen has a page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_translations import demo_ws, interface_language, sign_in  # noqa: F401
from workstation.services.auth import Workstation
from workstation.views import ops
from workstation.views.help_dialog import HelpDialog, help_page
from workstation.views.main_window import MainWindow
from workstation.views.navigation import SCREENS
from workstation.views.shortcuts_dialog import ShortcutsDialog

LANGUAGES = ("zh_CN", "en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_has_a_help_page(language: str) -> None:
    missing = [s.key for s in SCREENS if not help_page(s.key, language).is_file()]
    assert missing == []


def show_active(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Window shortcuts fire only in the active window, as on a real desktop."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def close_window(qapp: QApplication, window: MainWindow) -> None:
    """Let the screens' loads finish first: closing signs out, and a load after that fails."""
    ops.drain()
    qapp.processEvents()
    window.close()


def press_f1(qtbot, window: MainWindow, key: str) -> HelpDialog:  # type: ignore[no-untyped-def]
    window.show_screen(key)
    ops.drain()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.keyboard.dialog
    assert isinstance(dialog, HelpDialog)
    return dialog


@pytest.mark.parametrize("language", LANGUAGES)
def test_f1_opens_help_for_each_screen(
    qtbot,
    qapp: QApplication,
    demo_ws: Workstation,  # noqa: F811
    language: str,
) -> None:
    seen: dict[str, str] = {}
    with interface_language(qapp, language):
        for role in ("supervisor", "admin", "compliance"):  # compliance alone sees its screen
            window = MainWindow(sign_in(demo_ws, role))
            qtbot.addWidget(window)
            show_active(qtbot, window)
            for key in window.screen_keys():
                dialog = press_f1(qtbot, window, key)
                seen[key] = dialog.browser.toPlainText()
                dialog.close()
            close_window(qapp, window)
    assert set(seen) == {s.key for s in SCREENS}
    assert all(len(text) > 100 for text in seen.values())
    chinese = all(any("\u4e00" <= ch <= "\u9fff" for ch in text) for text in seen.values())
    assert chinese is (language == "zh_CN")


def test_shortcuts_dialog_lists_the_frequent_actions(
    qtbot,
    qapp: QApplication,
    demo_ws: Workstation,  # noqa: F811
) -> None:
    window = MainWindow(sign_in(demo_ws, "supervisor"))
    qtbot.addWidget(window)
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = window.keyboard.dialog
    assert isinstance(dialog, ShortcutsDialog)
    keys = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    assert {"Ctrl+N", "Ctrl+F", "F5", "Ctrl+R", "Ctrl+L", "F1", "Ctrl+/", "Ctrl+1"} <= keys
    dialog.close()
    close_window(qapp, window)
