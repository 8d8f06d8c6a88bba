"""The end-of-day dialog: run (or resume) today's EOD with a real progress bar.

The service reports (chunks done, chunks in all) from the worker thread; a QObject
signal carries each report to the GUI thread, where the bar moves.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.services import eod, servicing
from workstation.services.session import UserSession
from workstation.views.formatting import format_count, format_date, format_money, format_number
from workstation.views.ops import Op


class _Progress(QObject):
    """Lives on the GUI thread; emitting from the worker queues the update to it."""

    advanced = Signal(int, int)


class EodDialog(QDialog):
    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.day = servicing.business_date(session)
        self.outcome: eod.EodResult | None = None
        self.setWindowTitle(self.tr("End of day"))
        self.setMinimumWidth(460)
        self.info = QLabel(
            self.tr("Business date %1. A stopped run continues where it left off.").replace(
                "%1", format_date(self.day)
            )
        )
        self.info.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.bar.setFormat(self.tr("%v of %m steps"))
        self.start = QPushButton(self.tr("Run end of day"))
        self.start.clicked.connect(self.run)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.progress = _Progress(self)
        self.progress.advanced.connect(self._on_progress)
        layout = QVBoxLayout(self)
        for widget in (self.info, self.bar, self.start, self.buttons):
            layout.addWidget(widget)

    def run(self) -> None:
        self.start.setEnabled(False)
        self.buttons.setEnabled(False)
        day, emit = self.day, self.progress.advanced.emit
        Op(self, lambda: eod.run_eod(self.session, day, progress=emit)).on_success(
            self._on_done
        ).on_failure(self._on_failed).run()

    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def _on_done(self, result: eod.EodResult) -> None:
        self.outcome = result
        self.buttons.setEnabled(True)
        if result.status == "already_done":
            self.bar.setRange(0, 1)
            self.bar.setValue(1)
            self.info.setText(self.tr("The end of day for this date has already run."))
            return
        self.info.setText(
            self.tr("Done: %1 loans worked, %2 cases opened, penalties %3, in %4 s.")
            .replace("%1", format_count(result.loans_processed))
            .replace("%2", format_count(result.cases_opened))
            .replace("%3", format_money(Decimal(result.penalty_cents) / 100))
            .replace("%4", format_number(result.seconds, 1))
        )

    def _on_failed(self, exc: Exception) -> None:
        from workstation.views.errors import show_error

        self.start.setEnabled(True)
        self.buttons.setEnabled(True)
        show_error(self, exc)
