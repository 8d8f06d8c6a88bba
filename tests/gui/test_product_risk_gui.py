"""The wizard's product step ranks products with reasons; the portfolio risk screen renders."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.services.test_applications import add_customer
from tests.support import Bench
from workstation.services import demo_risk
from workstation.views.application_list import ApplicationsView
from workstation.views.portfolio_risk_view import PortfolioRiskView
from workstation.views.product_fit_panel import ProductFitPanel

WAIT = 10000


def test_product_step_ranks_explains_and_preselects_the_best(qtbot, bench: Bench) -> None:  # type: ignore[no-untyped-def]
    officer = bench.sign_in("officer1")
    add_customer(officer, "周晓梅")  # a person earning 18,000 a month, no debts
    view = ApplicationsView(officer)
    qtbot.addWidget(view)
    wizard = view.open_wizard()
    panel = wizard.fit_panel
    panel.purpose.setCurrentIndex(panel.purpose.findData("education"))
    panel.amount.setText("50000")
    panel.months.setValue(24)
    wizard.customer_search.setText("周晓梅")
    qtbot.keyClick(wizard.customer_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.customer_list.count() == 1, timeout=WAIT)
    wizard.customer_list.setCurrentRow(0)
    wizard.next()
    qtbot.waitUntil(lambda: panel.fit_list.count() == 2, timeout=WAIT)
    first = panel.fit_list.item(0).text()
    assert first.startswith("1. PL01")
    assert "Made for Education." in first
    assert "of income (limit 50.00%)" in first
    assert panel.fit_list.item(1).text().startswith("2. CI01")
    left_out = [panel.excluded_list.item(i).text() for i in range(panel.excluded_list.count())]
    revolving = next(text for text in left_out if text.startswith("RC01"))
    assert "Does not fund Education." in revolving
    assert "The term must be 12 months." in revolving
    assert any("Not offered to individual customers." in t for t in left_out)
    qtbot.waitUntil(lambda: wizard.product_combo.currentText().startswith("PL01"), timeout=WAIT)

    panel.fit_list.itemClicked.emit(panel.fit_list.item(1))  # the officer picks CI01
    assert wizard.product_combo.currentText().startswith("CI01")
    panel.amount.setText("45000")  # a new ranking no longer overrides the officer's pick
    qtbot.waitUntil(lambda: panel.fit_list.count() == 2, timeout=WAIT)
    wizard.next()  # the terms start from the wanted amount and CI01's list rate (14%)
    assert (wizard.amount.text(), wizard.months.value(), wizard.rate.text()) == (
        "45000",
        24,
        "14.00",
    )
    qtbot.waitUntil(lambda: wizard.preview_model.rowCount() == 24, timeout=WAIT)
    wizard.close()


def test_product_step_shows_a_refusal_for_an_unreadable_amount(qtbot, bench: Bench) -> None:  # type: ignore[no-untyped-def]
    officer = bench.sign_in("officer1")
    panel = ProductFitPanel(officer)
    qtbot.addWidget(panel)
    panel.set_customer(add_customer(officer))
    qtbot.waitUntil(lambda: panel.fit_list.count() > 0, timeout=WAIT)
    panel.amount.setText("fifty")
    qtbot.waitUntil(lambda: panel.note.text() == "Enter the amount as a number.", timeout=WAIT)
    assert panel.fit_list.count() == 0
    panel.amount.setText("-3")
    qtbot.waitUntil(lambda: "positive" in panel.note.text(), timeout=WAIT)
    assert panel.note.text() == "The amount must be a positive number."


def test_risk_screen_shows_concentration_vintages_and_sensitivity(qtbot, bench: Bench) -> None:  # type: ignore[no-untyped-def]
    supervisor = bench.sign_in("supervisor1")
    for name in ("甲", "乙", "丙"):
        add_customer(supervisor, name)
    demo_risk.demo_step(supervisor, 3)
    screen = PortfolioRiskView(supervisor)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.view is not None, timeout=WAIT)
    assert "72 loans" in screen.summary.text()
    assert screen.concentration_model.rowCount() == 2  # PL01 and CI01
    shares = [screen.concentration_model.row_object(r).share for r in range(2)]
    assert sum(shares) == 1
    screen.dimension.setCurrentIndex(screen.dimension.findData("region"))
    assert screen.concentration_model.index(0, 0).data() == demo_risk.DEMO_REGION
    assert screen.vintage_model.rowCount() == demo_risk.MONTHS
    assert len(screen.vintage_chart.chart().series()) >= demo_risk.MONTHS - 1
    assert screen.sensitivity_model.rowCount() == 6
    assert screen.sensitivity_model.index(0, 0).data() == "-100"
    assert "24 floating-rate loans" in screen.floating.text()
