"""The credit bureau box: consent, inquiry and report import from the assessment pane."""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox

from tests.services.bureau_support import encoded, report
from tests.services.test_credit_fixtures import (
    Person,
    add_application,
    add_person,
    product_row_id,
    ric,
)
from tests.support import Bench
from workstation.services import bureau, credit, demo_loans, eod
from workstation.views.bureau_box import BureauBox, ConsentDialog
from workstation.views.bureau_view import BureauView
from workstation.views.credit_assessment import AssessmentView
from workstation.views.formatting import format_money

WAIT = 10000


def test_an_officer_records_consent_and_imports_a_report_from_the_assessment(
    qtbot, bench: Bench, tmp_path: Path, monkeypatch
) -> None:
    officer = bench.sign_in("officer1")
    number = ric(date(1985, 5, 20), 77)
    with officer.transaction() as s:
        customer = add_person(s, officer, Person(ric=number))
        app_id = add_application(s, officer, customer.id, product_row_id(s)).id
    credit.assess_application(officer, app_id)
    view = AssessmentView(officer)
    qtbot.addWidget(view)
    view.resize(1100, 860)
    view.show()
    view.show_application(app_id)
    box = view.bureau
    qtbot.waitUntil(lambda: box.customer_id is not None, timeout=WAIT)
    assert "No consent recorded" in box.consent.text()
    assert not box.inquire_button.isEnabled()
    assert not box.import_button.isEnabled()

    def signed(dialog: ConsentDialog) -> QDialog.DialogCode:
        assert not dialog.ok.isEnabled()  # nothing before the officer ticks "signed"
        dialog.signed.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConsentDialog, "exec", signed)
    box.consent_button.click()
    qtbot.waitUntil(box.inquire_button.isEnabled, timeout=WAIT)
    assert "Text v1 signed" in box.consent.text()
    box.inquire_button.click()
    qtbot.waitUntil(box.import_button.isEnabled, timeout=WAIT)

    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "x"}', encoding="utf-8")
    box.import_file(bad)
    qtbot.waitUntil(lambda: "cannot be imported" in box.message.text(), timeout=WAIT)
    good = tmp_path / "report.json"
    good.write_bytes(encoded(report(number, date(2026, 11, 1), balances=("25000.00",))))
    box.import_file(good)
    qtbot.waitUntil(lambda: "Dated" in box.report.text(), timeout=WAIT)
    assert format_money(Decimal("25000.00")) in box.report.text()
    assert "worst status N" in box.obligations.text()
    assert bureau.status(officer, customer.id).report is not None
    folder = os.environ.get("BUREAU_SHOTS")
    if folder:
        view.grab().save(str(Path(folder) / "bureau_box.png"))


def test_a_supervisor_generates_validates_exports_and_corrects_a_month(
    qtbot, bench: Bench, tmp_path: Path
) -> None:
    supervisor = bench.sign_in("supervisor1")
    with supervisor.transaction() as s:
        for n in range(3):
            add_person(s, supervisor, Person(ric=ric(date(1980, 1, 1), 11 + 2 * n)))
    demo_loans.insert_loans(supervisor, 3, date(2026, 10, 31), overdue_every=2)
    eod.run_eod(supervisor, date(2026, 10, 31))
    view = BureauView(supervisor)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitUntil(lambda: view.months_model.rowCount() == 1, timeout=WAIT)
    assert view.buttons["generate"].isEnabled()
    view.buttons["generate"].click()
    qtbot.waitUntil(lambda: view.records_model.rowCount() == 3, timeout=WAIT)
    assert "generated and validated: 3 records" in view.message.text()
    assert all("*" in view.records_model.row_object(i).id_masked for i in range(3))
    view.buttons["validate"].click()
    qtbot.waitUntil(lambda: view.message.text() == "The file is valid.", timeout=WAIT)
    chosen = view.current_file()
    assert chosen is not None
    view.export_to(chosen, tmp_path / "crb.txt")
    qtbot.waitUntil(lambda: (tmp_path / "crb.txt").exists(), timeout=WAIT)
    account = view.records_model.row_object(0).account
    view.correct("2026-10", account, {"days_past_due": "31", "status": "2"}, "misdated payment")
    qtbot.waitUntil(lambda: view.files_model.rowCount() == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: view.records_model.rowCount() == 1, timeout=WAIT)
    assert view.records_model.row_object(0).status == "2"
    folder = os.environ.get("BUREAU_SHOTS")
    if folder:
        view.grab().save(str(Path(folder) / "bureau_view.png"))


def test_a_withdrawal_from_the_box_stops_inquiries(qtbot, bench: Bench, monkeypatch) -> None:
    officer = bench.sign_in("officer1")
    with officer.transaction() as s:
        customer = add_person(s, officer, Person(ric=ric(date(1985, 5, 20), 79)))
        app_id = add_application(s, officer, customer.id, product_row_id(s)).id
    bureau.record_consent(officer, customer.id, "v1")
    box = BureauBox(officer)
    qtbot.addWidget(box)
    box.show_application(app_id)
    qtbot.waitUntil(box.withdraw_button.isEnabled, timeout=WAIT)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    box.withdraw_button.click()
    qtbot.waitUntil(lambda: "withdrawn" in box.consent.text(), timeout=WAIT)
    assert not box.inquire_button.isEnabled()
    assert not box.withdraw_button.isEnabled()
