"""Help → Keyboard shortcuts: every action with a shortcut, read from the window itself
so the list cannot drift from what the keys really do."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from workstation.views.main_window import MainWindow


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, description) for each action that has a shortcut, accelerators removed."""
    rows = []
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            rows.append((keys, action.text().replace("&", "").rstrip("…")))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, text) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(460, 420)


class KeyboardMenus(QObject):
    """The Go and Help menus of the main window: keys for the frequent actions.

    Each action switches to the screen it belongs to and calls a method the screen
    offers (`show_onboarding`, `focus_search`, `refresh`, the Sync button); a screen without the
    method still gets a sensible default (the first input is focused).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None
        go = window.menuBar().addMenu(self.tr("&Go"))
        go.addActions(self._go_actions())
        help_menu = window.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Help for this screen"), "F1", self.show_help))
        help_menu.addAction(
            self._action(self.tr("&Keyboard shortcuts…"), "Ctrl+/", self.show_shortcuts)
        )

    def _action(self, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        return action

    def _go_actions(self) -> list[QAction]:
        keys = self.window.screen_keys()
        actions = [
            self._action(self.tr("&Find"), "Ctrl+F", self.focus_search),
            self._action(self.tr("&Refresh"), "Ctrl+R", self.refresh),
        ]
        if "customers" in keys:
            actions.insert(0, self._action(self.tr("&New customer"), "Ctrl+N", self.new_customer))
        if "sync" in keys:
            actions.append(self._action(self.tr("&Sync now"), "F5", self.sync_now))
        for number, screen in enumerate(self.window.screens[:9], start=1):
            text = self.tr("Go to %1").replace("%1", screen.translated_title())
            actions.append(self._action(text, f"Ctrl+{number}", self._goer(screen.key)))
        return actions

    def _goer(self, key: str) -> Callable[[], None]:
        return lambda: focus_first_input(self.window.show_screen(key))

    def current_key(self) -> str:
        return self.window.screen_keys()[self.window.nav.currentRow()]

    def current_screen(self) -> QWidget:
        return self.window.show_screen(self.current_key())

    def new_customer(self) -> None:
        screen = self.window.show_screen("customers")
        form = screen.show_onboarding()  # type: ignore[attr-defined]
        focus_first_input(form)

    def focus_search(self) -> None:
        screen = self.current_screen()
        if hasattr(screen, "focus_search"):
            screen.focus_search()
        else:
            focus_first_input(screen, QLineEdit)

    def refresh(self) -> None:
        screen = self.current_screen()
        if hasattr(screen, "refresh"):
            screen.refresh()

    def sync_now(self) -> None:
        """Same as the Sync screen's button, which is disabled until sync is set up."""
        self.window.show_screen("sync").sync_button.click()  # type: ignore[attr-defined]

    def show_help(self) -> None:
        from workstation.views.help_dialog import HelpDialog

        self._open(HelpDialog(self.current_key(), self.window))

    def show_shortcuts(self) -> None:
        self._open(ShortcutsDialog(self.window.findChildren(QAction), self.window))

    def _open(self, dialog: QDialog) -> None:
        """Window-modal but not blocking, so tests and the idle timer keep running."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()


def focus_first_input(widget: QWidget, kind: type[QWidget] = QWidget) -> None:
    """Put the cursor in the first visible, enabled field of `widget` (Tab order)."""
    inputs = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)
    for child in widget.findChildren(kind):
        if isinstance(child, inputs) and child.isVisibleTo(widget) and child.isEnabled():
            child.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
