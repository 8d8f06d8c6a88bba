"""A collector logs a contact, records a promise, and the case leaves the queue once paid."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from tests.support import Bench
from workstation.services import approvals, collections, demo_loans, eod, servicing
from workstation.services.schedules import add_months
from workstation.views.collection_dialogs import ContactDialog, EscalationDialog
from workstation.views.collection_queue import QueueModel
from workstation.views.collection_view import CollectionView
from workstation.views.repayment_dialog import allocation_text
from workstation.views.table_model import Column

DAY = date(2026, 11, 2)


def overdue_case(bench: Bench) -> None:
    ctx = bench.sign_in("supervisor1")
    signed = demo_loans.signed_application(ctx)
    loan = servicing.create_loan_from_application(ctx, signed.application_id, add_months(DAY, -1))
    servicing.disburse(ctx, loan.id, signed.bank_account_id, "d")
    eod.run_eod(ctx, DAY + timedelta(days=1))
    case_id = collections.work_queue(ctx, everyone=True)[0].case_id
    collections.assign(ctx, [case_id], "collector1")


def test_contact_promise_payment_cures_the_case(qtbot, bench: Bench) -> None:  # type: ignore[no-untyped-def]
    overdue_case(bench)
    bench.clock.current = datetime(2026, 11, 3, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
    view = CollectionView(bench.sign_in("collector1"))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.queue_model.rowCount() == 1, timeout=10000)
    view.queue_table.selectRow(0)
    qtbot.waitUntil(lambda: view.case is not None, timeout=10000)
    assert view.case is not None

    dialog = ContactDialog(view.case.contacts, view)
    dialog.note.setText("Borrower will pay on Thursday")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("spoke_promise"))
    assert dialog.outcome.currentText() == "Spoke: promised to pay"  # a label, not the code
    view.submit_contact(*dialog.values())
    qtbot.waitUntil(lambda: any(t.kind == "contact" for t in view.case.timeline), timeout=10000)

    view.submit_promise("1100.10", date(2026, 11, 5))
    qtbot.waitUntil(lambda: any(t.kind == "promise" for t in view.case.timeline), timeout=10000)

    owed = view.case.loan.amount_overdue
    view.submit_payment(str(owed), "cash", date(2026, 11, 3), "gui-receipt-1")
    qtbot.waitUntil(lambda: view.queue_model.rowCount() == 0, timeout=10000)
    assert "principal" in view.posting.text()
    assert view.case is None


def test_allocation_text_names_every_part(qtbot) -> None:  # type: ignore[no-untyped-def]
    import uuid
    from decimal import Decimal

    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    result = servicing.PostingResult(
        uuid.uuid4(),
        uuid.uuid4(),
        "repayment",
        Decimal("120.00"),
        {
            "fee": Decimal(0),
            "penalty": Decimal("5.00"),
            "interest": Decimal("15.00"),
            "principal": Decimal("90.00"),
        },
        Decimal("10.00"),
    )
    text = allocation_text(result)
    assert "penalty interest 5.00" in text
    assert "held as credit 10.00" in text
    assert "fees" not in text


def test_a_collector_sends_a_settlement_to_the_supervisors_inbox(qtbot, bench: Bench) -> None:  # type: ignore[no-untyped-def]
    overdue_case(bench)
    view = CollectionView(bench.sign_in("collector1"))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.queue_model.rowCount() == 1, timeout=10000)
    view.queue_table.selectRow(0)
    qtbot.waitUntil(lambda: view.case is not None, timeout=10000)
    assert view.case is not None
    dialog = EscalationDialog("settlement", view.case.loan.number, view)
    dialog.amount.setText("500")
    dialog.reason.setText("one lump sum from family")
    view.submit_escalation(dialog)
    qtbot.waitUntil(lambda: "supervisor" in view.posting.text(), timeout=10000)
    inbox = approvals.inbox(bench.sign_in("supervisor1"))
    assert [(i.kind, i.payload["amount"]) for i in inbox] == [("settlement", "500.00")]


def test_the_queue_model_asks_for_the_next_page_at_the_end(qtbot) -> None:  # type: ignore[no-untyped-def]
    asked: list[int] = []
    model = QueueModel([Column("n", str)], asked.append)
    model.set_page(collections.QueuePage(tuple(range(500)), 0, 1200))
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert asked == [500]
    assert not model.canFetchMore(model.index(-1, -1))  # one request at a time
    model.add_page(collections.QueuePage(tuple(range(500, 1000)), 500, 1200))
    assert model.rowCount() == 1000
    assert model.row_object(999) == 999
