"""The compliance screen: the queue in words, why an alert fired, closing it, a report."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QInputDialog

from tests.services.aml_support import DAY, borrower, compliance_session, entry
from tests.support import USER_PASSWORD, Bench
from workstation.services import aml
from workstation.views.compliance_view import CloseAlertDialog, ComplianceScreen


def structuring_alert(bench: Bench) -> None:
    clerk = bench.sign_in("supervisor1")
    who = borrower(clerk, income="100000")
    for back in (2, 1, 0):
        entry(clerk, who, "45000", DAY - timedelta(days=back))
    with clerk.transaction() as s:
        for back in (2, 1, 0):
            aml.run_pass(s, DAY - timedelta(days=back), clerk.settings)
    clerk.sign_out()


def test_review_and_close_an_alert(qtbot, bench: Bench, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    structuring_alert(bench)
    screen = ComplianceScreen(compliance_session(bench))
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10000)
    qtbot.waitUntil(lambda: screen.current is not None, timeout=10000)
    assert screen.model.index(0, 0).data() == "Structuring"
    assert screen.model.index(0, 2).data() == "110101********1234"
    assert "3 cash payments" in screen.reason_fired.text()
    assert screen.transactions.rowCount() == 3
    assert screen.close_button.isEnabled()

    dialog = CloseAlertDialog(screen)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no reason yet
    dialog.disposition.setCurrentIndex(dialog.disposition.findData("report"))
    dialog.reason.setPlainText("Three deposits of 45,000 on consecutive days")
    assert ok.isEnabled()
    assert dialog.disposition.currentText() == "Report"
    screen.close_current(*dialog.choice())
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0, timeout=10000)
    assert "Report" in screen.message.text()

    screen.session.stepped_up_at -= timedelta(hours=1)  # the password was typed long ago
    dest = tmp_path / "str.csv"
    screen.export_to("suspicious", "csv", dest)
    qtbot.waitUntil(lambda: screen.findChild(QInputDialog) is not None, timeout=10000)
    prompt = screen.findChild(QInputDialog)
    assert not dest.exists()  # nothing written before the password is confirmed
    prompt.setTextValue(USER_PASSWORD)
    prompt.accept()
    qtbot.waitUntil(lambda: dest.exists(), timeout=10000)
    qtbot.waitUntil(lambda: "STR-" in screen.message.text(), timeout=10000)


def test_refusal_is_shown_in_words(qtbot, bench: Bench, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    screen = ComplianceScreen(compliance_session(bench))
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.model.loaded, timeout=10000)
    assert screen.table.showing_hint()
    screen.export_to("large_value", "xml", tmp_path / "none.xml")
    qtbot.waitUntil(lambda: "no alerts" in screen.message.text(), timeout=10000)
    assert not (tmp_path / "none.xml").exists()
