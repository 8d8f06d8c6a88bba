"""Contract screens with a real store: register, signature pad, sign, print, verify."""

from __future__ import annotations

from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from tests.services.contract_fixtures import (
    BORROWER_NAME,
    approved_application,
    with_signing_certificate,
)
from tests.services.test_contract_pdf import page_count
from tests.support import Bench
from workstation.services import contracts
from workstation.views.contract_preview import print_document
from workstation.views.contract_shots import draw_stroke
from workstation.views.contract_view import ContractsView
from workstation.views.main_window import MainWindow
from workstation.views.signature_pad import SignatureDialog


def _issued(bench: Bench) -> contracts.ContractSummary:
    with_signing_certificate(bench.admin())
    officer = bench.sign_in("officer1")
    summary = contracts.issue_contract(officer, approved_application(officer))
    officer.sign_out()
    return summary


def _view(qtbot, bench: Bench) -> tuple[MainWindow, ContractsView]:
    window = MainWindow(bench.sign_in("officer1"))
    qtbot.addWidget(window)
    view = window.show_screen("contracts")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    view.select_row(0)
    return window, view  # the window owns the view: keep it alive


def test_collector_has_no_contracts_screen(qtbot, bench: Bench) -> None:
    window = MainWindow(bench.sign_in("collector1"))
    qtbot.addWidget(window)
    assert "contracts" not in window.screen_keys()
    window.sign_out()


def test_pad_exports_png_and_ok_needs_consent(qtbot) -> None:
    dialog = SignatureDialog("drawn", BORROWER_NAME)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    draw_stroke(dialog.pad, [(20, 100), (80, 30), (160, 110)])
    assert not ok.isEnabled()
    dialog.consent.setChecked(True)
    assert ok.isEnabled()
    png, typed = dialog.mark()
    assert png is not None
    assert png.startswith(b"\x89PNG")
    assert typed is None
    dialog.pad.clear()
    assert not ok.isEnabled()


def test_sign_from_the_register_then_verify_and_print(qtbot, bench: Bench, tmp_path) -> None:
    issued = _issued(bench)
    window, view = _view(qtbot, bench)
    dialog = SignatureDialog("drawn", BORROWER_NAME, view)
    qtbot.addWidget(dialog)
    dialog.show()
    draw_stroke(dialog.pad, [(20, 100), (80, 30), (160, 110)])
    view.sign_with(view.selected(), *dialog.mark(), consent=True)
    qtbot.waitUntil(
        lambda: view.model.rowCount() == 1 and view.model.row_object(0).status == "signed",
        timeout=15000,
    )
    view.select_row(0)
    view.export_to(view.selected(), tmp_path)
    exported = tmp_path / f"{issued.number}-signed.pdf"
    qtbot.waitUntil(exported.exists, timeout=10000)
    view.verify_file(exported)
    qtbot.waitUntil(lambda: hasattr(view, "last_verification"), timeout=10000)
    assert view.last_verification.ok
    preview = view._show_preview(view.selected(), exported.read_bytes())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = print_document(preview.document, printer)
    assert (
        pages
        == page_count(exported.read_bytes())
        == page_count((tmp_path / "printed.pdf").read_bytes())
    )
    window.sign_out()


def test_tampered_file_is_reported_not_intact(qtbot, bench: Bench, tmp_path) -> None:
    _issued(bench)
    window, view = _view(qtbot, bench)
    view.export_to(view.selected(), tmp_path)
    qtbot.waitUntil(lambda: any(tmp_path.glob("*.pdf")), timeout=10000)
    draft_path = next(tmp_path.glob("*.pdf"))
    view.verify_file(draft_path)
    qtbot.waitUntil(lambda: hasattr(view, "last_verification"), timeout=10000)
    assert not view.last_verification.ok
    assert "not signed" in view.message.text()
    window.sign_out()
