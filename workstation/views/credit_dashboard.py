"""The Credit screen: score distribution, stability (PSI/CSI), and recent assessments.

Picking an assessment opens it in the assessment pane beside the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.services import credit_monitoring
from workstation.services.credit_monitoring import MonitoringReport, RecentAssessment
from workstation.views.credit_assessment import AssessmentView, chinese
from workstation.views.empty_state import HintTableView
from workstation.views.formatting import format_count, format_datetime, format_number
from workstation.views.ops import Op
from workstation.views.table_model import Column, RecordTableModel

WINDOWS = (30, 90, 180, 365)


class CreditScreen(QWidget):
    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tabs = QTabWidget(self)
        self.monitoring = MonitoringPane(session, self)
        self.tabs.addTab(self.monitoring, self.tr("Portfolio and stability"))
        self.assessments = AssessmentsPane(session, self)
        self.tabs.addTab(self.assessments, self.tr("Assessments"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.refresh()

    def refresh(self) -> None:
        self.monitoring.refresh()
        self.assessments.refresh()


class MonitoringPane(QWidget):
    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for days in WINDOWS:
            self.period.addItem(self.tr("Last %n day(s)", "", days), days)
        self.period.setCurrentIndex(WINDOWS.index(90))
        self.period.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.chart = QChart()
        self.chart.setTitle(self.tr("Score distribution"))
        self.chart.legend().hide()
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(240)
        self.labels: dict[str, str] = {}
        self.csi_model = RecordTableModel(self._csi_columns(), self)
        self.csi = HintTableView(self.tr("No applications were assessed in this period."))
        self.csi.setModel(self.csi_model)
        self.csi.setAccessibleName(self.tr("Characteristic stability"))
        self.csi.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.csi.verticalHeader().hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Applications assessed in the")))
        top.addWidget(self.period)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart_view, 3)
        layout.addWidget(QLabel(self.tr("Characteristic stability against the training data")))
        layout.addWidget(self.csi, 2)

    def _csi_columns(self) -> list[Column]:
        return [
            Column(self.tr("Characteristic"), lambda c: self.labels.get(c.characteristic, "")),
            Column(
                self.tr("CSI"),
                lambda c: format_number(c.stability.psi, 3),
                lambda c: c.stability.psi,
                True,
            ),
            Column(self.tr("Status"), lambda c: self._status(c.stability.label)),
            Column(
                self.tr("Points shift"),
                lambda c: ("+" if c.points_shift > 0 else "") + format_number(c.points_shift, 1),
                lambda c: c.points_shift,
                True,
            ),
        ]

    def _status(self, label: str) -> str:
        words = {
            "stable": self.tr("stable"),
            "monitor": self.tr("monitor"),
            "significant shift": self.tr("significant shift"),
        }
        return words.get(label, label)

    def refresh(self) -> None:
        days = int(self.period.currentData())
        Op(self, lambda: credit_monitoring.monitor(self.session, days)).on_success(
            self._on_report
        ).run()

    def _on_report(self, report: MonitoringReport) -> None:
        zh = chinese()
        self.labels = {
            name: (label_zh if zh else label_en) for name, label_en, label_zh in report.labels
        }
        self.csi_model.set_rows(sorted(report.characteristics, key=lambda c: -c.stability.psi))
        self._draw(report)
        if report.score_stability is None:
            self.summary.setText(self.tr("No applications were assessed in this period."))
            return
        self.summary.setText(
            self.tr("%1 applications; score PSI %2 (%3). Bands: %4")
            .replace("%1", format_count(report.applications))
            .replace("%2", format_number(report.score_stability.psi, 3))
            .replace("%3", self._status(report.score_stability.label))
            .replace("%4", ", ".join(f"{band} {format_count(n)}" for band, n in report.bands))
        )

    def _draw(self, report: MonitoringReport) -> None:
        """One bar per score bracket; the chart makes its own axes, we label them."""
        self.chart.removeAllSeries()
        bars = QBarSet(self.tr("Applications"))
        bars.append([float(n) for _, n in report.histogram])
        series = QBarSeries()
        series.setBarWidth(1.0)
        series.append(bars)
        self.chart.addSeries(series)
        self.chart.createDefaultAxes()
        (categories,) = self.chart.axes(Qt.Orientation.Horizontal)
        (counts,) = self.chart.axes(Qt.Orientation.Vertical)
        assert isinstance(categories, QBarCategoryAxis)
        assert isinstance(counts, QValueAxis)
        categories.setCategories([str(low) for low, _ in report.histogram])
        top = max([n for _, n in report.histogram], default=0) + 1
        counts.setLabelFormat("%d")
        counts.setRange(0, top)
        counts.setTickType(QValueAxis.TickType.TicksDynamic)  # whole applications only
        counts.setTickAnchor(0)
        counts.setTickInterval(max(1, -(-top // 10)))


class AssessmentsPane(QWidget):
    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = RecordTableModel(self._columns(), self)
        self.table = HintTableView(
            self.tr("No assessments yet. Submit an application to have it scored.")
        )
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Recent assessments"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.activated.connect(self._on_activated)
        self.table.clicked.connect(self._on_activated)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.detail = AssessmentView(session, self)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.table)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setSizes([380, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Application"), lambda r: r.number),
            Column(self.tr("Score"), lambda r: format_count(r.score), lambda r: r.score, True),
            Column(self.tr("Band"), lambda r: r.band),
            Column(self.tr("Decision"), lambda r: self.detail.decision_text(r.decision)),
            Column(
                self.tr("Assessed"),
                lambda r: format_datetime(r.assessed_at),
                lambda r: r.assessed_at,
            ),
        ]

    def refresh(self) -> None:
        Op(self, lambda: credit_monitoring.recent(self.session)).on_success(self._on_rows).run()

    def _on_rows(self, rows: list[RecentAssessment]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(0)
            self.detail.show_application(rows[0].application_id)

    def _on_activated(self, index: QModelIndex) -> None:
        row: RecentAssessment = self.model.row_object(index.row())
        self.detail.show_application(row.application_id)
