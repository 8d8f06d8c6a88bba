from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.support import USER_PASSWORD, Bench
from workstation.views.login import LoginDialog
from workstation.views.main_window import MainWindow


def sign_in_through_dialog(qtbot, bench: Bench, username: str, password: str) -> LoginDialog:
    dialog = LoginDialog(bench.workstation.sign_in)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    return dialog


def test_sign_in_through_the_dialog_reaches_the_main_window(qtbot, bench: Bench) -> None:
    dialog = sign_in_through_dialog(qtbot, bench, "supervisor1", USER_PASSWORD)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)
    window = MainWindow(dialog.result_value)
    qtbot.addWidget(window)
    window.show()
    assert window.user_label.text().endswith("Test supervisor")
    assert "audit" in window.screen_keys()
    window.sign_out()


def test_wrong_password_keeps_the_dialog_open_with_a_message(qtbot, bench: Bench) -> None:
    dialog = sign_in_through_dialog(qtbot, bench, "officer1", "not-my-password-9")
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=10000)
    assert dialog.message.text() == "The user name or password is not correct."
    assert dialog.isVisible()
    assert dialog.password.text() == ""


def test_officer_has_no_administration_entry(qtbot, bench: Bench) -> None:
    window = MainWindow(bench.sign_in("officer1"))
    qtbot.addWidget(window)
    assert "admin" not in window.screen_keys()
    assert "audit" not in window.screen_keys()
    window.sign_out()


def test_admin_sees_users_in_administration(qtbot, bench: Bench) -> None:
    window = MainWindow(bench.admin())
    qtbot.addWidget(window)
    view = window.show_screen("admin")
    qtbot.waitUntil(lambda: view.users_model.rowCount() == 5, timeout=10000)
    names = {view.users_model.row_object(r).username for r in range(5)}
    assert {"it.admin", "officer1", "supervisor1"} <= names
    window.sign_out()


def test_lock_button_locks_and_unlock_dialog_reopens(qtbot, bench: Bench) -> None:
    window = MainWindow(bench.sign_in("officer1"))
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)
    assert window.session.state.value == "locked"
    dialog = window.unlock_dialog
    qtbot.keyClicks(dialog.password, USER_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.state.value == "active", timeout=10000)
    window.sign_out()
