"""An officer can onboard a customer with the keyboard alone: Ctrl+N, typing, Tab, Space.

No mouse and no setText: every value goes in as key presses, so a broken tab order or
an unreachable control fails the test.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.support import Bench
from workstation.services import customers
from workstation.views import ops
from workstation.views.main_window import MainWindow

# (text to type, Tabs to the next field) in tab order after the customer-type box.
# QTest types Latin-1 only (an input method enters Chinese), so the name is in pinyin.
ANSWERS = [
    ("Li Na", 1),  # legal name
    ("110101199003071233", 1),  # resident ID number
    ("2031-05-01", 1),  # ID expiry
    ("13800138000", 1),  # mobile
    ("lina@example.cn", 1),  # e-mail
    ("8 Donghuamen Street, Beijing", 1),  # address
    ("", 1),  # bank card
    ("", 1),  # bank
    ("Huaxin Technology", 1),  # employer
    ("Accountant", 1),  # occupation
    ("12000", 2),  # monthly income; skip the legal representative (businesses only)
]


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_onboarding_with_the_keyboard_alone(qtbot, bench: Bench) -> None:
    window = MainWindow(bench.sign_in("officer1"))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.show_screen("customers").onboarding  # type: ignore[attr-defined]
    assert focused() is form.kind
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    for text, tabs in ANSWERS:
        if text:
            qtbot.keyClicks(focused(), text)
        for _ in range(tabs):
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is form.save_button
    with qtbot.waitSignal(form.customer_saved, timeout=10000) as saved:
        qtbot.keyClick(focused(), Qt.Key.Key_Space)
    found = customers.search(window.session, "Li Na")
    assert [c.id for c in found] == [saved.args[0]]
    assert found[0].id_masked.startswith("1101")
    ops.drain()
    window.close()
