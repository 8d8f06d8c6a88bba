"""Customers screen: onboard through the form, fix a bad check digit, find the customer."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.services.kyc_support import person, ric
from tests.support import Bench
from workstation.services import customers
from workstation.views.main_window import MainWindow


def _screen(qtbot, bench: Bench, username: str = "officer1"):
    window = MainWindow(bench.sign_in(username))
    qtbot.addWidget(window)
    window.show()
    return window, window.show_screen("customers")


def test_onboard_fix_check_digit_save_and_find_again(qtbot, bench: Bench) -> None:
    window, screen = _screen(qtbot, bench)
    form = screen.show_onboarding()
    error = form.findChild(type(form.message), "error_id_number")
    form.fields["name"].setText("李娜")  # CJK comes from an IME, not keys
    qtbot.keyClicks(form.fields["id_number"], ric()[:-1] + "9")
    assert error.text() == "check digit should be 3, not 9"
    qtbot.keyClick(form.fields["id_number"], Qt.Key.Key_Backspace)
    qtbot.keyClicks(form.fields["id_number"], "3")
    assert error.text() == ""
    qtbot.keyClicks(form.fields["mobile"], "13912345678")
    qtbot.keyClicks(form.fields["monthly_income"], "8800")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: screen.view.detail is not None or bool(form.message.text()), timeout=10000
    )
    assert form.message.text() == ""
    assert screen.currentWidget() is screen.view
    assert screen.view.values["id_number"].text() == "110101********1233"
    qtbot.mouseClick(
        screen.view.findChild(type(form.save_button), "reveal_mobile"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: screen.view.values["mobile"].text() == "+8613912345678", timeout=10000)
    screen.show_search()
    qtbot.keyClicks(screen.search.query, "lin")
    qtbot.waitUntil(lambda: screen.search.model.rowCount() == 1, timeout=10000)
    assert screen.search.model.row_object(0).name == "李娜"
    window.sign_out()


def test_missing_mobile_is_shown_next_to_the_field_after_save(qtbot, bench: Bench) -> None:
    window, screen = _screen(qtbot, bench)
    form = screen.show_onboarding()
    form.fields["name"].setText("王芳")  # CJK comes from an IME, not keys
    qtbot.keyClicks(form.fields["id_number"], ric(seq="224"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.errors["mobile"].text() == "required", timeout=10000)
    assert screen.currentWidget() is form
    window.sign_out()


def test_a_known_id_opens_the_existing_customer(qtbot, bench: Bench) -> None:
    existing = customers.onboard(bench.sign_in("officer1"), person())
    window, screen = _screen(qtbot, bench)
    form = screen.show_onboarding()
    form.fields["name"].setText("张伟")  # CJK comes from an IME, not keys
    qtbot.keyClicks(form.fields["id_number"], ric())
    qtbot.keyClicks(form.fields["mobile"], "13700001111")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.view.detail is not None, timeout=10000)
    assert screen.view.detail.summary.id == existing.id
    window.sign_out()
