"""Demo data for the credit bureau: one imported report, a month-end file and a correction.

The demo book is created as of today, so its loan states stand in for the last month
end (a real workstation records them in the end of day on the month's last day).
"""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from stdnum.iso7064 import mod_11_2

from workstation.models import Application, BureauInquiry, BureauReport, Customer, IdentityDocument
from workstation.resources import resource_path
from workstation.services import bureau, bureau_reporting, credit
from workstation.services.bureau_format import month_end, parse_records, status_code
from workstation.services.lookup import digest, lookup_key
from workstation.services.permissions import Permission
from workstation.services.servicing import business_date
from workstation.services.session import UserSession

_SAMPLE_DATE = date(2026, 11, 20)  # resources/bureau/sample_report.json's report_date


def sample_report(id_number: str, name: str, report_date: date) -> bytes:
    """The shipped sample report, about this person and moved to `report_date`."""
    body: dict[str, Any] = json.loads(resource_path("bureau", "sample_report.json").read_text())
    shift = report_date - _SAMPLE_DATE
    body["report_date"] = str(report_date)
    body["subject"].update(name=name, id_number=id_number)
    for item in (*body["accounts"], *body["inquiries"]):
        key = "opened" if "opened" in item else "date"
        item[key] = str(date.fromisoformat(item[key]) + shift)
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def demo_step(ctx: UserSession, customers: int) -> None:
    """DEMO_DATA_STEPS entry: a report for the first person's application, then the file."""
    from workstation.services.demo import DEMO_PASSWORD  # demo imports this module

    officer = ctx.workstation.sign_in("officer", DEMO_PASSWORD)
    try:
        _import_one(officer)
    finally:
        officer.sign_out()
    _month_file(ctx)


def _import_one(officer: UserSession) -> None:
    with officer.read() as s:
        row = s.execute(
            select(Application.id, Customer.id, Customer.legal_name, IdentityDocument.number)
            .join(Customer, Customer.id == Application.customer_id)
            .join(IdentityDocument, IdentityDocument.customer_id == Customer.id)
            .where(Customer.kind == "person", IdentityDocument.doc_type == "cn-ric")
            .order_by(Application.created_at)
            .limit(1)
        ).first()
    if row is None:
        return
    app_id, customer_id, name, number = row
    bureau.record_consent(officer, customer_id, bureau.CONSENT_VERSIONS[-1])
    bureau.inquire(officer, customer_id, app_id, "loan-approval")
    report_date = officer.now().date() - timedelta(days=2)
    bureau.import_report(officer, customer_id, sample_report(number, name, report_date))
    credit.assess_application(officer, app_id)


def _month_file(ctx: UserSession) -> None:
    give_missing_ids(ctx)
    today = business_date(ctx)
    last = today.replace(day=1) - timedelta(days=1)
    month = last.strftime("%Y-%m")
    assert month_end(month) == last
    with ctx.transaction() as s:
        bureau_reporting.snapshot_if_month_end(s, last)
    bureau_reporting.generate(ctx, month)
    records = parse_records(bureau_reporting.build(ctx, month))
    late = next((r for r in records if int(r.days_past_due) > 1 and r.status not in "CW"), None)
    if late is not None:
        days = int(late.days_past_due) - 1
        fix = {"days_past_due": str(days), "status": status_code(days)}
        bureau_reporting.correct(ctx, month, late.account, fix, "payment posted a day late")


def give_missing_ids(ctx: UserSession) -> None:
    """Quick demo borrowers (booked without onboarding) get an ID: the bureau needs one."""
    with ctx.transaction() as s:
        key = lookup_key(s)
        has_id = select(IdentityDocument.customer_id).where(IdentityDocument.primary.is_(True))
        bare = s.scalars(select(Customer).where(Customer.id.not_in(has_id))).all()
        for n, customer in enumerate(bare):
            number = _ric(date(1980, 1, 1) + timedelta(days=97 * n), 1 + 2 * n)
            s.add(
                IdentityDocument(
                    customer_id=customer.id,
                    doc_type="cn-ric",
                    number=number,
                    number_digest=digest(key, "cn-ric", number),
                    origin_branch=ctx.actor.branch_code,
                )
            )


def _ric(birth: date, sequence: int) -> str:
    """A valid resident ID number (Dongcheng, Beijing), check digit by stdnum's ISO 7064."""
    body = f"110105{birth:%Y%m%d}{sequence % 1000:03d}"
    return body + mod_11_2.calc_check_digit(body)


def showcase_application(ctx: UserSession) -> uuid.UUID | None:
    """The application whose bureau report the demo imported (for the screenshot)."""
    ctx.require(Permission.CREDIT_READ, "credit_read")
    with ctx.read() as s:
        return s.scalar(
            select(BureauInquiry.application_id)
            .join(BureauReport, BureauReport.inquiry_id == BureauInquiry.id)
            .order_by(BureauReport.imported_at.desc())
            .limit(1)
        )
