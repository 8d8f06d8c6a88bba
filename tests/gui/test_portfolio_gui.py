"""The portfolio screen shows the book by bucket; the EOD dialog's bar follows the run."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.support import Bench
from workstation.services import demo_loans, servicing
from workstation.views.eod_dialog import EodDialog
from workstation.views.portfolio_view import PortfolioView


def test_eod_dialog_moves_its_bar_and_the_dashboard_shows_the_result(qtbot, bench: Bench) -> None:  # type: ignore[no-untyped-def]
    bench.clock.current = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)
    ctx = bench.sign_in("supervisor1")
    demo_loans.insert_loans(ctx, 60, servicing.business_date(ctx), overdue_every=3)
    dialog = EodDialog(ctx)
    qtbot.addWidget(dialog)
    seen: list[tuple[int, int]] = []
    dialog.progress.advanced.connect(lambda done, total: seen.append((done, total)))
    dialog.run()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    assert seen[-1][0] == seen[-1][1] == dialog.bar.maximum() == dialog.bar.value()
    assert "20 loans worked" in dialog.info.text()

    view = PortfolioView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.dashboard is not None, timeout=10000)
    assert view.model.rowCount() == 5
    assert view.model.index(0, 0).data() == "Current"
    assert view.model.index(0, 1).data() == "40"
    assert "60 loans" in view.summary.text()
