"""C24 role x action matrix, C25 IDOR, C26 field-level access, at the service layer.

The matrix is the table in docs/security.md ("Role x action matrix"): the test reads it,
checks it agrees with DEFAULT_ROLES, then calls every service function as every role.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.services.aml_support import compliance_session
from tests.services.kyc_support import person, ric
from tests.support import Bench
from workstation.models import (
    Application,
    AuditEvent,
    Branch,
    CollectionCase,
    ContractDocument,
    Customer,
    Loan,
    Product,
)
from workstation.services import (
    aml,
    aml_reports,
    applications,
    approvals,
    branch_certificates,
    bureau,
    bureau_reporting,
    collections,
    contracts,
    credit,
    credit_monitoring,
    customers,
    early_warning,
    early_warning_list,
    eod,
    letters,
    maintenance,
    portfolio,
    portfolio_risk,
    product_fit,
    products,
    reminders,
    servicing,
    sync_ops,
    users,
    watchlist,
)
from workstation.services.audit import AuditFilter
from workstation.services.permissions import DEFAULT_ROLES, PermissionDenied
from workstation.services.session import UserSession

DOC = Path(__file__).resolve().parents[2] / "docs" / "security.md"
ROLES = ("officer", "collector", "supervisor", "compliance", "auditor", "admin")
USERS = {r: f"{r}1" for r in ROLES if r != "admin"} | {"admin": "it.admin"}
DAY = date(2026, 11, 2)


def _u() -> uuid.UUID:
    return uuid.uuid4()


Call = Callable[[UserSession, Path], Any]
ACTIONS: dict[str, Call] = {
    "users.add_user": lambda c, t: users.add_user(c, f"probe.{c.actor.role}", "Probe", "officer"),
    "users.set_role": lambda c, t: users.set_role(c, "auditor1", "auditor"),
    "users.list_users": lambda c, t: users.list_users(c),
    "maintenance.backup": lambda c, t: maintenance.backup(c, t / f"{c.actor.role}.db"),
    "maintenance.verify_audit": lambda c, t: maintenance.verify_audit(c),
    "maintenance.audit_events": lambda c, t: maintenance.audit_events(c, AuditFilter(limit=1)),
    "products.revise_product": lambda c, t: products.revise_product(c, "NO-SUCH", {}),
    "customers.onboard": lambda c, t: customers.onboard(c, person(id_number=_ric_for(c))),
    "customers.get": lambda c, t: customers.get(c, _u()),
    "customers.search": lambda c, t: customers.search(c, "张"),
    "customers.reveal": lambda c, t: customers.reveal(c, _u(), "id_number"),
    "customers.edit": lambda c, t: customers.edit(c, _u(), {"occupation": "x"}),
    "customers.export_csv": lambda c, t: customers.export_csv(c, [], t / "export.csv"),
    "credit.assess_application": lambda c, t: credit.assess_application(c, _u()),
    "credit.latest_assessment": lambda c, t: credit.latest_assessment(c, _u()),
    "applications.list_applications": lambda c, t: applications.list_applications(c),
    "applications.submit": lambda c, t: applications.submit(c, _u()),
    "applications.withdraw": lambda c, t: applications.withdraw(c, _u(), "probe"),
    "applications.advance(signed)": lambda c, t: applications.advance(c, _u(), "signed"),
    "applications.advance(disbursed)": lambda c, t: applications.advance(c, _u(), "disbursed"),
    "approvals.inbox": lambda c, t: approvals.inbox(c),
    "approvals.decide": lambda c, t: approvals.decide(c, _u(), "approve", "probe"),
    "contracts.issue_contract": lambda c, t: contracts.issue_contract(c, _u()),
    "contracts.contract_pdf": lambda c, t: contracts.contract_pdf(c, _u()),
    "servicing.create_loan_from_application": lambda c, t: servicing.create_loan_from_application(
        c, _u(), DAY
    ),
    "servicing.disburse": lambda c, t: servicing.disburse(c, _u(), _u(), "probe"),
    "servicing.post_repayment": lambda c, t: servicing.post_repayment(
        c, _u(), "100", "cash", DAY, "probe"
    ),
    "servicing.get_loan": lambda c, t: servicing.get_loan(c, _u()),
    "collections.work_queue": lambda c, t: collections.work_queue(c),
    "collections.log_contact": lambda c, t: collections.log_contact(
        c, _u(), "phone", "borrower", None, "no_answer"
    ),
    "collections.assign": lambda c, t: collections.assign(c, [], "collector1"),
    "eod.run_eod": lambda c, t: eod.run_eod(c, DAY),
    "watchlist.import_csv": lambda c, t: watchlist.import_csv(c, "", "probe"),
    "watchlist.decide": lambda c, t: watchlist.decide(c, _u(), "clear", "probe"),
    "bureau.record_consent": lambda c, t: bureau.record_consent(c, _u(), "v1"),
    "bureau.withdraw_consent": lambda c, t: bureau.withdraw_consent(c, _u()),
    "bureau.inquire": lambda c, t: bureau.inquire(c, _u(), None, "probe"),
    "bureau.import_report": lambda c, t: bureau.import_report(c, _u(), b"{}"),
    "bureau.status": lambda c, t: bureau.status(c, _u()),
    "bureau.customer_of_application": lambda c, t: bureau.customer_of_application(c, _u()),
    "bureau_reporting.build": lambda c, t: bureau_reporting.build(c, "2026-10"),
    "bureau_reporting.generate": lambda c, t: bureau_reporting.generate(c, "2026-10"),
    "bureau_reporting.correct": lambda c, t: bureau_reporting.correct(
        c, "2026-10", "NO-SUCH", {}, "probe"
    ),
    "bureau_reporting.check": lambda c, t: bureau_reporting.check(c, _u()),
    "bureau_reporting.months": lambda c, t: bureau_reporting.months(c),
    "bureau_reporting.records": lambda c, t: bureau_reporting.records(c, _u()),
    "bureau_reporting.export": lambda c, t: bureau_reporting.export(c, _u(), t / "bureau.txt"),
    "early_warning.run": lambda c, t: early_warning.run(c, DAY),
    "early_warning_list.warning_list": lambda c, t: early_warning_list.warning_list(c),
    "early_warning_list.warning_detail": lambda c, t: early_warning_list.warning_detail(c, _u()),
    "early_warning_list.record_action": lambda c, t: early_warning_list.record_action(
        c, _u(), "called", "probe"
    ),
    "portfolio_risk.risk_view": lambda c, t: portfolio_risk.risk_view(c),
    "product_fit.rank_products": lambda c, t: product_fit.rank_products(
        c, _u(), "consumption", Decimal(10000), 12
    ),
    "aml.run": lambda c, t: aml.run(c, DAY),
    "aml.queue": lambda c, t: aml.queue(c),
    "aml.open_count": lambda c, t: aml.open_count(c),
    "aml.alert_detail": lambda c, t: aml.alert_detail(c, _u()),
    "aml.close_alert": lambda c, t: aml.close_alert(c, _u(), "no_action", "probe"),
    "aml_reports.export_reports": lambda c, t: aml_reports.export_reports(
        c, "large_value", "csv", t / f"aml-{c.actor.role}.csv"
    ),
    "applications.find_customers": lambda c, t: applications.find_customers(c, "张"),
    "applications.get": lambda c, t: applications.get(c, _u()),
    "applications.revise_draft": lambda c, t: applications.revise_draft(
        c, _u(), Decimal(10000), 12, Decimal("0.1"), "annuity"
    ),
    "applications.request_override": lambda c, t: applications.request_override(c, _u(), "p"),
    "applications.assess": lambda c, t: applications.assess(c, _u()),
    "approvals.decisions_for": lambda c, t: approvals.decisions_for(c, _u()),
    "branch_certificates.list_credentials": lambda c, t: branch_certificates.list_credentials(c),
    "collections.queue_page": lambda c, t: collections.queue_page(c),
    "collections.record_promise": lambda c, t: collections.record_promise(c, _u(), "100", DAY),
    "collections.set_dispute": lambda c, t: collections.set_dispute(c, _u(), True, "probe"),
    "collections.case_view": lambda c, t: collections.case_view(c, _u()),
    "contracts.sign_contract": lambda c, t: contracts.sign_contract(c, _u(), None, "p", True),
    "contracts.list_contracts": lambda c, t: contracts.list_contracts(c),
    "contracts.current_draft": lambda c, t: contracts.current_draft(c, _u()),
    "contracts.export_contract": lambda c, t: contracts.export_contract(c, _u(), t),
    "credit.customer_history": lambda c, t: credit.customer_history(c, _u()),
    "credit.review": lambda c, t: credit.review(c, _u()),
    "credit.request_override": lambda c, t: credit.request_override(c, _u(), "probe"),
    "credit_monitoring.recent": lambda c, t: credit_monitoring.recent(c),
    "customers.attachments": lambda c, t: customers.attachments(c, _u()),
    "customers.attachment_content": lambda c, t: customers.attachment_content(c, _u()),
    "portfolio.dashboard": lambda c, t: portfolio.dashboard(c),
    "products.list_products(inactive)": lambda c, t: products.list_products(c, True),
    "servicing.payout_accounts": lambda c, t: servicing.payout_accounts(c, _u()),
    "servicing.loan_for_application": lambda c, t: servicing.loan_for_application(c, _u()),
    "servicing.reverse_payment": lambda c, t: servicing.reverse_payment(c, _u(), "probe"),
    "servicing.settlement_quote": lambda c, t: servicing.settlement_quote(c, _u(), DAY),
    "servicing.settle_early": lambda c, t: servicing.settle_early(
        c, _u(), "100", "cash", DAY, "probe"
    ),
    "servicing.draw": lambda c, t: servicing.draw(c, _u(), "100", DAY, "probe"),
    "sync_ops.status": lambda c, t: sync_ops.status(c),
    "users.list_roles": lambda c, t: users.list_roles(c),
    "users.set_disabled": lambda c, t: users.set_disabled(c, "no.such.user", True),
    "users.reset_password": lambda c, t: users.reset_password(c, "no.such.user"),
    "maintenance.check_integrity": lambda c, t: maintenance.check_integrity(c),
    "reminders.list_reminders": lambda c, t: reminders.list_reminders(c),
    "letters.render_for_loan": lambda c, t: letters.render_for_loan(c, _u(), "reminder", "zh"),
}


def _ric_for(ctx: UserSession) -> str:
    return ric(seq=f"{ROLES.index(ctx.actor.role) + 1:03d}")


def documented_matrix() -> dict[str, tuple[str, dict[str, bool]]]:
    """Rows of the docs table: action -> (permission, role -> allowed)."""
    text = DOC.read_text(encoding="utf-8").split("<!-- matrix:start -->")[1]
    rows: dict[str, tuple[str, dict[str, bool]]] = {}
    for line in text.split("<!-- matrix:end -->")[0].splitlines():
        cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")]
        if len(cells) == 2 + len(ROLES) and cells[0] in ACTIONS:
            rows[cells[0]] = (
                cells[1],
                {r: v == "allow" for r, v in zip(ROLES, cells[2:], strict=True)},
            )
    return rows


def _outcome(ctx: UserSession, call: Call, tmp: Path) -> bool:
    """True when the role got past the permission check (any later refusal is not ours)."""
    try:
        call(ctx, tmp)
    except PermissionDenied:
        return False
    except (ValueError, LookupError, RuntimeError):
        pass
    return True


def _last_audit(ctx: UserSession) -> AuditEvent:
    with ctx.read() as db:
        return db.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).one()


def test_c24_documented_matrix_covers_every_action_and_follows_default_roles() -> None:
    matrix = documented_matrix()
    assert sorted(matrix) == sorted(ACTIONS)
    for action, (permission, allowed) in matrix.items():
        for role in ROLES:
            granted = any(p.value == permission for p in DEFAULT_ROLES[role][1])
            assert allowed[role] == granted, (action, role)


def test_c24_service_layer_enforces_the_matrix_and_audits_every_denial(
    bench: Bench, tmp_path: Path
) -> None:
    matrix = documented_matrix()
    mismatches, unaudited = [], []
    compliance_session(bench).sign_out()  # the template has no compliance officer
    for role in ROLES:
        ctx = bench.sign_in(USERS[role]) if role != "admin" else bench.admin()
        for action, call in ACTIONS.items():
            allowed = _outcome(ctx, call, tmp_path)
            if allowed != matrix[action][1][role]:
                mismatches.append((role, action, allowed))
            if not allowed:
                event = _last_audit(ctx)
                if event.outcome != "denied" or event.actor_name != ctx.actor.username:
                    unaudited.append((role, action))
        ctx.sign_out()
    assert mismatches == []
    assert unaudited == []


# --- C25 IDOR ---------------------------------------------------------------------------

FOREIGN = 1000


def _foreign_branch(bench: Bench) -> dict[str, list[uuid.UUID]]:
    """A second branch's book in the same file: customers, applications, loans, cases."""
    ctx = bench.sign_in("supervisor1")
    ids: dict[str, list[uuid.UUID]] = {"customer": [], "application": [], "loan": [], "case": []}
    with ctx.transaction() as db:
        other = Branch(code="SH002", name="上海分行")
        product = db.scalars(select(Product).limit(1)).one()
        db.add(other)
        db.flush()
        books = [_foreign_loan(other.id, product, n, ctx.actor.user_id) for n in range(FOREIGN)]
        for kind, column in zip(ids, zip(*books, strict=True), strict=True):
            db.add_all(column)
            db.flush()  # parents before children
            ids[kind] = [row.id for row in column]
        doc = ContractDocument(
            application_id=ids["application"][0],
            number="C-SH-1",
            language="bilingual",
            pdf=b"%PDF-1.7 foreign",
            sha256="0" * 64,
        )
        db.add(doc)
        db.flush()
        ids["contract"] = [doc.id]
    ctx.sign_out()
    return ids


def _foreign_loan(branch_id, product, n, creator) -> tuple[Any, ...]:  # type: ignore[no-untyped-def]
    """One borrower with an application, a loan and a collection case (ids set here)."""
    customer = Customer(
        id=uuid.uuid4(), legal_name=f"外地客户{n}", name_search=f"外地客户{n}", branch_id=branch_id
    )
    app = Application(
        id=uuid.uuid4(),
        number=f"SH-{n}",
        customer_id=customer.id,
        branch_id=branch_id,
        product_id=product.id,
        amount=Decimal(10000),
        months=12,
        annual_rate=Decimal("0.12"),
        method="annuity",
        created_by=creator,
    )
    loan = Loan(
        id=uuid.uuid4(),
        number=f"LN-SH-{n}",
        application_id=app.id,
        customer_id=customer.id,
        branch_id=branch_id,
        product_id=product.id,
        principal=Decimal(10000),
        annual_rate=Decimal("0.12"),
        penalty_rate=Decimal("0.18"),
        apr=Decimal("0.12"),
        method="annuity",
        months=12,
        start_date=DAY,
    )
    case = CollectionCase(id=uuid.uuid4(), loan_id=loan.id, branch_id=branch_id, opened_on=DAY)
    return customer, app, loan, case


@pytest.fixture
def foreign(bench: Bench) -> dict[str, list[uuid.UUID]]:
    return _foreign_branch(bench)


def _neighbours(ids: list[uuid.UUID]) -> list[uuid.UUID]:
    return [uuid.UUID(int=(i.int + d) % 2**128) for i in ids for d in (-1, 1)]


def _refused(ctx: UserSession, fn: Callable[[UserSession, uuid.UUID], Any], ids) -> int:  # type: ignore[no-untyped-def]
    refused = 0
    for object_id in ids:
        try:
            fn(ctx, object_id)
        except (LookupError, ValueError, PermissionDenied):
            refused += 1
    return refused


def test_c25_ids_are_uuid4_and_other_branch_customers_and_applications_are_refused(
    bench: Bench, foreign: dict[str, list[uuid.UUID]]
) -> None:
    for kind, ids in foreign.items():  # random 128-bit ids, nothing sequential to walk
        assert all(i.version == 4 for i in ids), kind
        assert len(set(ids)) == len(ids)
    ctx = bench.sign_in("officer1")
    assert _refused(ctx, customers.get, foreign["customer"]) == FOREIGN
    assert _refused(ctx, applications.get, foreign["application"]) == FOREIGN
    few = foreign["customer"][:50]
    assert _refused(ctx, customers.get, _neighbours(few)) == 2 * len(few)
    assert _refused(ctx, lambda c, i: customers.reveal(c, i, "id_number"), few) == len(few)


def test_c25_other_branch_loans_are_refused(
    bench: Bench, foreign: dict[str, list[uuid.UUID]]
) -> None:
    ctx = bench.sign_in("officer1")
    assert _refused(ctx, servicing.get_loan, foreign["loan"]) == FOREIGN


def test_c25_other_branch_collection_cases_are_refused(
    bench: Bench, foreign: dict[str, list[uuid.UUID]]
) -> None:
    ctx = bench.sign_in("collector1")
    assert _refused(ctx, collections.case_view, foreign["case"]) == FOREIGN


def test_c25_other_branch_contract_pdf_is_refused(
    bench: Bench, foreign: dict[str, list[uuid.UUID]]
) -> None:
    ctx = bench.sign_in("officer1")
    assert _refused(ctx, contracts.contract_pdf, foreign["contract"]) == 1


# --- C26 field-level --------------------------------------------------------------------


def test_c26_it_admin_sees_masked_ids_and_cannot_reveal_or_open_contracts(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    number = ric(seq="777")
    made = customers.onboard(officer, person(id_number=number, mobile="13912345678"))
    officer.sign_out()
    admin = bench.admin()
    listed = customers.search(admin, "张")
    assert [c.id for c in listed] == [made.id]
    shown = listed[0].id_masked
    assert number not in shown
    assert re.fullmatch(r"[\d*Xx ]+", shown)
    visible = [ch for ch in shown if ch not in "* "]
    assert len(visible) <= 10, shown
    assert "13912345678" not in listed[0].mobile_masked
    detail = customers.get(admin, made.id)
    assert number not in repr(detail)
    assert "13912345678" not in repr(detail)
    with pytest.raises(PermissionDenied):
        customers.reveal(admin, made.id, "id_number")
    with pytest.raises(PermissionDenied):
        contracts.contract_pdf(admin, uuid.uuid4())
    assert _last_audit(admin).outcome == "denied"
