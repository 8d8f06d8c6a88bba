"""Demo early warnings: a few overdue demo loans get a richer history, then today's pass.

The end of day in the loans step already flags the overdue demo loans (missed payment,
arrears rising). This step adds what the list should also be able to show — a broken
promise, a bureau report worse than at origination, a contact edit just before the
first missed due date — reruns the pass for today and records one supervisor action.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.models import BureauReport, CollectionCase, CustomerRevision, Loan, PromiseToPay
from workstation.services import early_warning
from workstation.services import early_warning_list as ew
from workstation.services.servicing import business_date
from workstation.services.session import UserSession


def demo_step(ctx: UserSession, _customers: int) -> None:
    """DEMO_DATA_STEPS entry (the last one)."""
    today = business_date(ctx)
    early_warning.run(ctx, today)  # the steps after the end of day paid some loans
    rows = ew.warning_list(ctx, "open", 0, 3).rows
    if len(rows) < 3:
        return
    with ctx.transaction() as s:
        _broken_promise(s, rows[0], today, ctx.actor.username)
        _worse_bureau_report(s, rows[1], today, ctx.actor.username)
        _contact_edit(s, rows[2], ctx.actor.username)
    early_warning.run(ctx, today)
    ew.record_action(
        ctx, rows[2].warning_id, "call_borrower", "Salary paid late this month; will pay on Friday."
    )


def _broken_promise(s: Session, row: ew.WarningRow, today: date, actor: str) -> None:
    case = s.scalar(select(CollectionCase).where(CollectionCase.loan_id == row.loan_id))
    if case is not None:
        due = today - timedelta(days=3)
        s.add(
            PromiseToPay(
                case_id=case.id,
                amount=Decimal(500),
                due_date=due,
                status="broken",
                recorded_by=actor,
            )
        )
        case.broken_promises += 1


def _worse_bureau_report(s: Session, row: ew.WarningRow, today: date, actor: str) -> None:
    loan = s.get(Loan, row.loan_id)
    assert loan is not None
    assert loan.disbursed_at is not None
    paid_out = loan.disbursed_at.date()
    for when, inquiries, debt in ((paid_out, 1, 20000), (today - timedelta(days=2), 6, 68000)):
        s.add(
            BureauReport(
                customer_id=loan.customer_id,
                provider="demo",
                report_date=when,
                imported_at=datetime.combine(when, time(2), UTC),
                imported_by=actor,
                total_debt=Decimal(debt),
                inquiries_6m=inquiries,
                sha256="0" * 64,
            )
        )


def _contact_edit(s: Session, row: ew.WarningRow, actor: str) -> None:
    """A mobile number changed ten days before the first missed due date."""
    loan = s.get(Loan, row.loan_id)
    missed = next((sig for sig in row.signals if sig.code == "missed_payment"), None)
    if loan is None or loan.disbursed_at is None or missed is None:
        return
    first_due = datetime.fromisoformat(str(missed.facts["first_due"])).replace(tzinfo=UTC)
    when = max(first_due - timedelta(days=10), loan.disbursed_at + timedelta(hours=1))
    changes = {"mobile": ["138****8000", "139****2266"]}
    s.add(
        CustomerRevision(
            customer_id=loan.customer_id,
            changed_by=actor,
            changes=json.dumps(changes),
            created_at=when,
        )
    )
