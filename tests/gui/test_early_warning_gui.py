"""A supervisor sees a flagged loan on the early-warning list, with reasons, and acts on it."""

from __future__ import annotations

from datetime import date

from tests.services.test_early_warning import DAY, book
from tests.support import Bench
from workstation.services import early_warning
from workstation.services import early_warning_list as ew
from workstation.views.early_warning_view import ActionDialog, EarlyWarningView, signal_reason


def test_the_list_shows_why_and_an_action_is_recorded(qtbot, bench: Bench) -> None:  # type: ignore[no-untyped-def]
    ctx = bench.sign_in("supervisor1")
    booked = book(bench, ctx, 2)
    early_warning.run(ctx, DAY)
    view = EarlyWarningView(bench.sign_in("supervisor1"))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.list_model.rowCount() == 1, timeout=10000)
    row = view.list_model.row_object(0)
    assert row.loan_id == booked.loan_id
    assert view.list_model.index(0, 2).data() == "High"  # severity in words, not the code
    assert view.list_model.index(0, 4).data() == "Missed payment"

    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=10000)
    assert "1 installment(s) with nothing paid" in view.reasons.text()
    assert view.act_button.isEnabled()

    dialog = ActionDialog(row.loan_number, view)
    qtbot.addWidget(dialog)
    dialog.action.setCurrentIndex(dialog.action.findData("visit"))
    assert dialog.action.currentText() == "Visit the borrower"
    dialog.note.setPlainText("Visit booked for Monday")
    view.submit_action(row.warning_id, *dialog.values())
    qtbot.waitUntil(lambda: view.action_model.rowCount() == 1, timeout=10000)
    assert view.action_model.index(0, 1).data() == "Visit the borrower"
    assert "Action recorded" in view.status.text()
    qtbot.waitUntil(lambda: view.list_model.index(0, 5).data() == "Actioned", timeout=10000)
    assert ew.warning_list(ctx, "actioned").total == 1


def test_every_signal_has_a_sentence() -> None:
    facts = {
        "missed_payment": {"installments": 2, "first_due": "2026-10-02"},
        "partial_payment": {"installments": 1},
        "dpd_rising": {"before": "current", "now": "31-60", "month": "2026-10"},
        "broken_promise": {"count": 1, "last_due": "2026-10-23"},
        "contact_changed": {
            "kinds": ["edit"],
            "last_change": "2026-08-20",
            "first_due": "2026-09-02",
        },
        "watchlist_hit": {"hits": 1, "confirmed": False, "last_hit": "2026-11-02"},
        "bureau_inquiries": {
            "before": 1,
            "after": 5,
            "before_date": "2026-08-02",
            "after_date": str(date(2026, 11, 2)),
        },
        "bureau_debt": {
            "before": "100",
            "after": "300",
            "before_date": "2026-08-02",
            "after_date": "2026-11-02",
        },
    }
    assert set(facts) == set(early_warning.SIGNAL_CODES)
    for code, fact in facts.items():
        text = signal_reason(ew.Signal(code, 100, fact))
        assert text
        assert "%" not in text, text
