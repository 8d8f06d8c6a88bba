"""The portfolio dashboard: balances and counts by arrears bucket, and monthly roll rates.

Supervisors run the end of day from here too (with a progress bar) and see its effect.
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
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workstation.services import portfolio
from workstation.services.session import UserSession
from workstation.views.empty_state import HintTableView
from workstation.views.eod_dialog import EodDialog
from workstation.views.formatting import currency_symbol, format_count, format_money
from workstation.views.labels import label
from workstation.views.ops import Op
from workstation.views.table_model import Column, RecordTableModel


class PortfolioView(QWidget):
    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dashboard: portfolio.Dashboard | None = None
        self.model = RecordTableModel(self._columns(), self)
        self.table = HintTableView(
            self.tr("No loans on the books yet. Balances appear after the first payout.")
        )
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Portfolio by bucket"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.balances = self._chart_view()
        self.rolls = self._chart_view()
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.summary)
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.balances)
        charts.addWidget(self.rolls)
        layout.addWidget(self.table)
        layout.addWidget(charts, 1)
        self.refresh()

    def bucket_name(self, code: str) -> str:
        return label("Bucket", code)

    def short_name(self, code: str) -> str:
        """Chart axis labels: narrow enough for five categories side by side."""
        return label("Bucket", code) if code == "current" else code.replace("-", "–")

    def _columns(self) -> list[Column]:
        return [
            Column(
                self.tr("Bucket"),
                lambda r: self.bucket_name(r.bucket),
                lambda r: portfolio.BUCKETS.index(r.bucket) if r.bucket in portfolio.BUCKETS else 9,
            ),
            Column(self.tr("Loans"), lambda r: format_count(r.loans), lambda r: r.loans, True),
            Column(
                self.tr("Principal outstanding"),
                lambda r: format_money(r.balance),
                lambda r: r.balance,
                True,
            ),
            Column(
                self.tr("Overdue"), lambda r: format_money(r.overdue), lambda r: r.overdue, True
            ),
        ]

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, handler in (
            (self.tr("Refresh"), self.refresh),
            (self.tr("Run end of day…"), self._on_run_eod),
        ):
            button = QPushButton(text)
            button.clicked.connect(handler)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _chart_view(self) -> QChartView:
        view = QChartView(QChart())
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(260)
        return view

    def refresh(self) -> None:
        Op(self, lambda: portfolio.dashboard(self.session)).on_success(self.show_dashboard).run()

    def show_dashboard(self, board: portfolio.Dashboard) -> None:
        self.dashboard = board
        self.model.set_rows(board.buckets)
        self.table.resizeColumnsToContents()
        frame = 2 * self.table.frameWidth()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + self.table.verticalHeader().length() + frame)
        loans = sum(b.loans for b in board.buckets)
        balance = sum((b.balance for b in board.buckets), Decimal(0))
        self.summary.setText(
            self.tr("%1 loans, principal outstanding %2")
            .replace("%1", format_count(loans))
            .replace("%2", format_money(balance))
        )
        self.balances.setChart(self._balance_chart(board))
        self.rolls.setChart(self._roll_chart(board))

    def _balance_chart(self, board: portfolio.Dashboard) -> QChart:
        bars = QBarSet(
            self.tr("Principal outstanding (thousands, %1)").replace("%1", currency_symbol())
        )
        for line in board.buckets:
            bars.append(float(line.balance / 1000))
        series = QBarSeries()
        series.append(bars)
        chart = self._chart(self.tr("Balances by bucket"), series)
        names = [self.short_name(b.bucket) for b in board.buckets]
        self._axes(chart, names, max([b.balance / 1000 for b in board.buckets] or [Decimal(0)]))
        return chart

    def _roll_chart(self, board: portfolio.Dashboard) -> QChart:
        chart = QChart()
        chart.setTitle(self.tr("Roll rates to the next bucket (%)"))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        months = list(board.months)
        for bucket in portfolio.BUCKETS[:-1]:
            series = QLineSeries()
            series.setName(self.short_name(bucket))
            for rate in board.roll_rates:
                if rate.bucket == bucket:
                    series.append(months.index(rate.month), float(rate.rate * 100))
            chart.addSeries(series)
        if not months:
            chart.setTitle(self.tr("Roll rates appear after two month-end runs"))
        self._axes(chart, _month_labels(months), Decimal(100))
        chart.axes(Qt.Orientation.Horizontal)[0].setTitleText(self.tr("Month"))
        return chart

    def _chart(self, title: str, series: QBarSeries) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart

    def _axes(self, chart: QChart, names: list[str], top: Decimal) -> None:
        x = QBarCategoryAxis()
        x.append(names)
        y = QValueAxis()
        y.setRange(0, float(top) or 1.0)
        y.applyNiceNumbers()
        y.setLabelFormat("%.0f")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for series in chart.series():
            series.attachAxis(x)
            series.attachAxis(y)

    def _on_run_eod(self) -> None:
        dialog = EodDialog(self.session, self)
        dialog.finished.connect(lambda _code: self.refresh())
        dialog.open()


def _month_labels(months: list[str]) -> list[str]:
    """Axis labels narrow enough for a year of months side by side: the month number
    (the axis is titled "Month"); beyond twelve months numbers would repeat, so
    the year stays, as "26-11"."""
    if len(months) > 12:
        return [m[2:] for m in months]
    return [str(int(m[5:7])) for m in months]
