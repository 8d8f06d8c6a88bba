"""Render every main screen offscreen with demo data into PNG files, in both languages.

Each screen registers a `Shot`: the role that sees it and how to reach it from a
signed-in main window. `workstation-admin screenshots --out DIR` writes
`DIR/<language>/<name>.png`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from workstation.views import i18n, ops
from workstation.views.main_window import MainWindow


@dataclass(frozen=True)
class Shot:
    name: str
    role: str
    show: Callable[[MainWindow], QWidget]  # returns the widget to grab


def _login(_window: MainWindow) -> QWidget:
    from workstation.views.login import LoginDialog

    dialog = LoginDialog(lambda _u, _p: None, banner="")
    dialog.username.setText("officer")
    return dialog


def _screen(key: str) -> Callable[[MainWindow], QWidget]:
    def show(window: MainWindow) -> QWidget:
        window.show_screen(key)
        return window

    return show


def _customer_shot(window: MainWindow, page: str) -> QWidget:
    """The customer view of the first demo customer, or the form with a typing mistake."""
    from workstation.services import customers

    screen = window.show_screen("customers")
    if page == "view":
        screen.open_customer(customers.search(window.session, "")[0].id)  # type: ignore[attr-defined]
    else:
        form = screen.show_onboarding()  # type: ignore[attr-defined]
        form.fields["name"].setText("李娜")
        form.fields["id_number"].setText("11010119900307123")
        form.fields["mobile"].setText("1380013800")
    return window


def _eod_dialog(window: MainWindow) -> QWidget:
    from workstation.views.eod_dialog import EodDialog

    dialog = EodDialog(window.session, window)
    dialog.bar.setRange(0, 12)
    dialog.bar.setValue(5)
    return dialog


def _contract_preview(window: MainWindow) -> QWidget:
    from workstation.views.contract_shots import contract_preview

    return contract_preview(window)


def _signature_pad(window: MainWindow) -> QWidget:
    from workstation.views.contract_shots import signature_pad

    return signature_pad(window)


def _application_wizard(window: MainWindow) -> QWidget:
    """The wizard on its live-schedule page, for the first demo customer."""
    from workstation.services import applications

    screen = window.show_screen("applications")
    wizard = screen.open_wizard()  # type: ignore[attr-defined]
    ops.drain()
    QApplication.processEvents()
    wizard.customer = applications.find_customers(window.session, "")[0]
    wizard._fill_products()
    wizard.next()
    wizard.next()
    assert isinstance(wizard, QWidget)
    return wizard


def _product_fit(window: MainWindow) -> QWidget:
    """The wizard's product step: products ranked for a home renovation loan."""
    from workstation.services import applications

    screen = window.show_screen("applications")
    wizard = screen.open_wizard()  # type: ignore[attr-defined]
    ops.drain()
    QApplication.processEvents()
    wizard.customer = applications.find_customers(window.session, "")[0]
    wizard.fit_panel.purpose.setCurrentIndex(wizard.fit_panel.purpose.findData("home_renovation"))
    wizard.fit_panel.amount.setText("30000.00")
    wizard._fill_products()
    wizard.next()
    assert isinstance(wizard, QWidget)
    return wizard


def _risk_tab(index: int) -> Callable[[MainWindow], QWidget]:
    """The portfolio risk screen on one of its tabs (vintage, LPR sensitivity)."""

    def show(window: MainWindow) -> QWidget:
        screen = window.show_screen("portfolio_risk")
        screen.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
        return window

    return show


def _application_in(status: str) -> Callable[[MainWindow], QWidget]:
    """The applications screen with the newest application in `status` open."""

    def show(window: MainWindow) -> QWidget:
        screen = window.show_screen("applications")
        ops.drain()
        QApplication.processEvents()
        screen.status_filter.setCurrentIndex(screen.status_filter.findData(status))  # type: ignore[attr-defined]
        screen.table.selectRow(0)  # type: ignore[attr-defined]
        return window

    return show


def _loan_schedule(window: MainWindow) -> QWidget:
    """The schedule shown after a payout, for a demo loan booked through the services."""
    from workstation.services import applications, servicing
    from workstation.views.application_lifecycle import LoanScheduleDialog

    paid_out = applications.list_applications(window.session, ("disbursed",))
    loans = (servicing.loan_for_application(window.session, a.id) for a in paid_out)
    loan = next(x for x in loans if x is not None and x.number.startswith("LN-"))
    return LoanScheduleDialog(loan, window)


def _compliance(window: MainWindow) -> QWidget:
    """The compliance queue with the structuring alert selected."""
    screen = window.show_screen("compliance")
    ops.drain()
    QApplication.processEvents()
    model = screen.model  # type: ignore[attr-defined]
    rows = [model.row_object(i).rule for i in range(model.rowCount())]
    if "structuring" in rows:
        screen.table.selectRow(rows.index("structuring"))  # type: ignore[attr-defined]
    return window


def _early_warning(window: MainWindow) -> QWidget:
    """The early-warning list with the riskiest loan's reasons and actions open."""
    screen = window.show_screen("early_warning")
    ops.drain()
    QApplication.processEvents()
    screen.table.selectRow(0)  # type: ignore[attr-defined]
    return window


def _credit_assessment(window: MainWindow) -> QWidget:
    """The Credit screen's assessments tab, with the newest assessment open."""
    screen = window.show_screen("credit")
    screen.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    return window


def _bureau_reporting(window: MainWindow) -> QWidget:
    """Month-end bureau reporting with the newest month's file and its records."""
    window.show_screen("bureau")
    return window


def _bureau_box(window: MainWindow) -> QWidget:
    """The assessment pane of the demo application whose bureau report was imported."""
    from workstation.services import demo_bureau

    screen = window.show_screen("credit")
    screen.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    ops.drain()
    QApplication.processEvents()
    app_id = demo_bureau.showcase_application(window.session)
    if app_id is not None:
        screen.assessments.detail.show_application(app_id)  # type: ignore[attr-defined]
    return window


SHOTS: list[Shot] = [
    Shot("login", "officer", _login),
    Shot("credit", "officer", _screen("credit")),
    Shot("credit_assessment", "officer", _credit_assessment),
    Shot("collections", "collector", _screen("collections")),
    Shot("portfolio", "supervisor", _screen("portfolio")),
    Shot("eod_dialog", "supervisor", _eod_dialog),
    Shot("audit", "auditor", _screen("audit")),
    Shot("administration", "admin", _screen("admin")),
    Shot("applications", "officer", _screen("applications")),
    Shot("application_wizard", "officer", _application_wizard),
    Shot("application_product_fit", "officer", _product_fit),
    Shot("portfolio_risk", "supervisor", _screen("portfolio_risk")),
    Shot("portfolio_risk_vintage", "supervisor", _risk_tab(1)),
    Shot("portfolio_risk_lpr", "supervisor", _risk_tab(2)),
    Shot("early_warning", "supervisor", _early_warning),
    Shot("approvals", "supervisor", _screen("approvals")),
    Shot("application_approved", "officer", _application_in("approved")),
    Shot("application_signed", "supervisor", _application_in("signed")),
    Shot("loan_schedule", "supervisor", _loan_schedule),
    Shot("products", "admin", _screen("products")),
    Shot("contracts", "officer", _screen("contracts")),
    Shot("contract_preview", "officer", _contract_preview),
    Shot("signature_pad", "officer", _signature_pad),
    Shot("customers", "officer", _screen("customers")),
    Shot("customer_view", "supervisor", lambda w: _customer_shot(w, "view")),
    Shot("onboarding", "officer", lambda w: _customer_shot(w, "onboarding")),
    Shot("sync", "officer", _screen("sync")),
    Shot("compliance", "compliance", _compliance),
    Shot("bureau_reporting", "supervisor", _bureau_reporting),
    Shot("bureau_box", "officer", _bureau_box),
]


def render_all(
    out: Path, languages: tuple[str, ...] = i18n.LANGUAGES, customers: int = 200
) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qt = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt, QApplication)
    qt.setStyle("Fusion")
    i18n.install_fonts(qt)
    with tempfile.TemporaryDirectory(prefix="lows-shots-") as folder:
        ws = _demo_workstation(Path(folder), customers)
        written: list[Path] = []
        for language in languages:
            translators = i18n.install_translator(qt, language)
            written += _render_language(qt, ws, out / language)
            for translator in translators:
                qt.removeTranslator(translator)
        return written


def _demo_workstation(folder: Path, customers: int):  # type: ignore[no-untyped-def]
    from workstation.services.demo import load_demo_data, throwaway_demo

    ws = throwaway_demo(folder)
    load_demo_data(ws, customers=customers)
    return ws


def _render_language(qt: QApplication, ws, folder: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    from workstation.services.demo import DEMO_PASSWORD

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for shot in SHOTS:
        window = MainWindow(ws.sign_in(shot.role, DEMO_PASSWORD))  # closing signs out
        window.resize(1280, 800)
        widget = shot.show(window)
        widget.show()
        _settle(qt)
        path = folder / f"{shot.name}.png"
        widget.grab().save(str(path))
        written.append(path)
        widget.close()
        window.close()
        _settle(qt)  # let jobs of the closed window finish before the next sign-in
    return written


def _settle(qt: QApplication) -> None:
    """Let background loads finish and the widgets repaint before grabbing."""
    for _ in range(3):
        ops.drain()
        qt.processEvents()
