"""The portfolio risk screen: concentration, vintage curves and LPR sensitivity.

Every figure comes from `services.portfolio_risk.risk_view` (which also documents how
each is computed); this screen lays the figures out in three tabs.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.services import portfolio_risk
from workstation.services.portfolio_risk import Concentration, RiskView
from workstation.services.session import UserSession
from workstation.views.errors import officer_message
from workstation.views.formatting import format_amount, format_count, format_date, format_percent
from workstation.views.ops import Op
from workstation.views.table_model import Column, RecordTableModel


def _table(model: RecordTableModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _chart_view() -> QChartView:
    view = QChartView(QChart())
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(240)
    return view


class PortfolioRiskView(QWidget):
    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.view: RiskView | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._concentration_tab(), self.tr("Concentration"))
        self.tabs.addTab(self._vintage_tab(), self.tr("Vintage"))
        self.tabs.addTab(self._sensitivity_tab(), self.tr("LPR sensitivity"))
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(refresh)
        bar.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def dimension_name(self, code: str) -> str:
        return {
            "product": self.tr("Product"),
            "branch": self.tr("Branch"),
            "region": self.tr("Region"),
            "industry": self.tr("Industry"),
        }.get(code, code)

    # -- tabs ----------------------------------------------------------------------------
    def _concentration_tab(self) -> QWidget:
        self.dimension = QComboBox()
        self.dimension.setAccessibleName(self.tr("Concentration by"))
        for code in portfolio_risk.DIMENSIONS:
            self.dimension.addItem(self.dimension_name(code), code)
        self.dimension.currentIndexChanged.connect(self._show_concentration)
        self.hhi = QLabel()
        self.concentration_model = RecordTableModel(self._concentration_columns(), self)
        self.concentration_chart = _chart_view()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Concentration by")))
        row.addWidget(self.dimension)
        row.addWidget(self.hhi, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        self.concentration_table = _table(self.concentration_model, self.tr("Concentration"))
        layout.addWidget(self.concentration_table, 1)
        layout.addWidget(self.concentration_chart, 1)
        return page

    def _concentration_columns(self) -> list[Column]:
        return [
            Column(self.tr("Group"), lambda r: self.group_name(r.key)),
            Column(self.tr("Loans"), lambda r: format_count(r.loans), lambda r: r.loans, True),
            Column(
                self.tr("Principal outstanding"), lambda r: format_amount(r.balance), None, True
            ),
            Column(self.tr("Share"), lambda r: format_percent(r.share), lambda r: r.share, True),
        ]

    def group_name(self, key: str) -> str:
        return self.tr("Unspecified") if key == portfolio_risk.UNSPECIFIED else key

    def _vintage_tab(self) -> QWidget:
        self.vintage_measure = QComboBox()
        self.vintage_measure.setAccessibleName(self.tr("Vintage measure"))
        self.vintage_measure.addItem(self.tr("30+ days past due"), "dpd30")
        self.vintage_measure.addItem(self.tr("90+ days past due"), "dpd90")
        self.vintage_measure.currentIndexChanged.connect(self._show_vintages)
        self.vintage_chart = _chart_view()
        self.vintage_model = RecordTableModel(self._vintage_columns(), self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Share of the original principal")))
        row.addWidget(self.vintage_measure)
        row.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.vintage_chart, 2)
        self.vintage_table = _table(self.vintage_model, self.tr("Vintages"))
        layout.addWidget(self.vintage_table, 1)
        return page

    def _vintage_columns(self) -> list[Column]:
        def latest(curve: portfolio_risk.VintageCurve, part: str) -> str:
            return format_percent(getattr(curve.points[-1], part)) if curve.points else "–"

        return [
            Column(self.tr("Started"), lambda r: r.vintage),
            Column(self.tr("Loans"), lambda r: format_count(r.loans), lambda r: r.loans, True),
            Column(self.tr("Principal lent"), lambda r: format_amount(r.principal), None, True),
            Column(self.tr("Months on book"), lambda r: str(len(r.points) - 1), None, True),
            Column(self.tr("30+ now"), lambda r: latest(r, "dpd30"), None, True),
            Column(self.tr("90+ now"), lambda r: latest(r, "dpd90"), None, True),
        ]

    def _sensitivity_tab(self) -> QWidget:
        self.floating = QLabel()
        self.floating.setWordWrap(True)
        self.sensitivity_model = RecordTableModel(self._sensitivity_columns(), self)
        method = QLabel(
            self.tr(
                "Change in interest income over the next 12 months if the loan prime rate "
                "moved today: floating loans reprice at once, balances stay as they are, "
                "and a loan earns only for its remaining instalments within 12 months."
            )
        )
        method.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.floating)
        self.sensitivity_table = _table(self.sensitivity_model, self.tr("LPR sensitivity"))
        layout.addWidget(self.sensitivity_table, 1)
        layout.addWidget(method)
        return page

    def _sensitivity_columns(self) -> list[Column]:
        def basis(line: portfolio_risk.SensitivityLine, code: str) -> str:
            return format_amount(dict(line.by_basis).get(code, Decimal(0)))

        return [
            Column(self.tr("LPR change (bp)"), lambda r: f"{r.shift_bp:+d}", lambda r: r.shift_bp),
            Column(
                self.tr("Income change"),
                lambda r: format_amount(r.change),
                lambda r: r.change,
                True,
            ),
            Column(self.tr("On 1-year LPR loans"), lambda r: basis(r, "lpr1y"), None, True),
            Column(self.tr("On 5-year LPR loans"), lambda r: basis(r, "lpr5y"), None, True),
        ]

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        Op(self, lambda: portfolio_risk.risk_view(self.session)).on_success(
            self.show_view
        ).on_failure(lambda exc: self.summary.setText(officer_message(exc))).run()

    def show_view(self, view: RiskView) -> None:
        self.view = view
        total = view.concentrations[0].total if view.concentrations else Decimal(0)
        loans = sum(line.loans for line in view.concentrations[0].lines) if total else 0
        self.summary.setText(
            self.tr("As of %1: %2 loans, principal outstanding %3")
            .replace("%1", format_date(view.as_of))
            .replace("%2", format_count(loans))
            .replace("%3", format_amount(total))
        )
        self._show_concentration()
        self._show_vintages()
        self._show_sensitivity()

    def _current_concentration(self) -> Concentration | None:
        code = self.dimension.currentData()
        if self.view is None:
            return None
        return next((c for c in self.view.concentrations if c.dimension == code), None)

    def _show_concentration(self) -> None:
        found = self._current_concentration()
        if found is None:
            return
        self.concentration_model.set_rows(found.lines)
        self.concentration_table.resizeColumnsToContents()
        self.hhi.setText(
            self.tr("Herfindahl-Hirschman index %1 (10,000 = all in one group)").replace(
                "%1", format_count(int(found.hhi.to_integral_value()))
            )
        )
        bars = QBarSet(self.tr("Share of principal (%)"))
        for line in found.lines:
            bars.append(float(line.share * 100))
        series = QBarSeries()
        series.append(bars)
        chart = QChart()
        chart.setTitle(
            self.tr("Concentration by %1").replace("%1", self.dimension_name(found.dimension))
        )
        chart.addSeries(series)
        chart.legend().setVisible(False)
        self._axes(chart, [self.group_name(x.key) for x in found.lines], 100)
        self.concentration_chart.setChart(chart)

    def _show_vintages(self) -> None:
        if self.view is None:
            return
        part = str(self.vintage_measure.currentData())
        self.vintage_model.set_rows(self.view.vintages)
        self.vintage_table.resizeColumnsToContents()
        chart = QChart()
        chart.setTitle(self.tr("Delinquency by months on book, one line per start month (%)"))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        longest, top = 0, Decimal(1)
        for curve in self.view.vintages:
            if not curve.points:
                continue
            series = QLineSeries()
            series.setName(curve.vintage)
            for point in curve.points:
                series.append(point.mob, float(getattr(point, part) * 100))
                top = max(top, getattr(point, part) * 100)
            longest = max(longest, curve.points[-1].mob)
            chart.addSeries(series)
        if not chart.series():
            chart.setTitle(self.tr("Vintage curves appear after the first month-end run"))
        self._axes(chart, [str(m) for m in range(longest + 1)], float(top) * 1.1)
        self.vintage_chart.setChart(chart)

    def _show_sensitivity(self) -> None:
        if self.view is None:
            return
        s = self.view.sensitivity
        self.floating.setText(
            self.tr(
                "%1 floating-rate loans, principal %2 (%3 of the book). "
                "One-year LPR %4, five-year LPR %5."
            )
            .replace("%1", format_count(s.loans))
            .replace("%2", format_amount(s.balance))
            .replace("%3", format_percent(s.share_of_portfolio))
            .replace("%4", format_percent(s.lpr_1y))
            .replace("%5", format_percent(s.lpr_5y))
        )
        self.sensitivity_model.set_rows(s.lines)
        self.sensitivity_table.resizeColumnsToContents()

    def _axes(self, chart: QChart, names: list[str], top: float) -> None:
        x = QBarCategoryAxis()
        x.append(names)
        y = QValueAxis()
        y.setRange(0, top or 1.0)
        y.applyNiceNumbers()
        y.setLabelFormat("%.1f")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for series in chart.series():
            series.attachAxis(x)
            series.attachAxis(y)
