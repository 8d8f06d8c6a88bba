"""Applications: pricing checks, the state machine, timeline, expiry and assessment routing."""

from __future__ import annotations

import itertools
import json
import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests.support import USER_PASSWORD, Bench
from workstation.models import Application, ApplicationEvent, AuditEvent, Customer
from workstation.services import applications, authority, products
from workstation.services.applications import TRANSITIONS, InvalidTransition, NewApplication
from workstation.services.permissions import PermissionDenied
from workstation.services.schedules import RateCapExceeded
from workstation.services.session import UserSession

D = Decimal


def add_customer(ctx: UserSession, name: str = "张三", kind: str = "person") -> uuid.UUID:
    """A customer row as onboarding leaves it (the customer service has its own tests)."""
    with ctx.transaction() as session:
        customer = Customer(
            kind=kind,
            branch_id=ctx.actor.branch_id,
            legal_name=name,
            name_search=name.casefold(),
            birth_date=date(1985, 5, 20),
            monthly_income=D("18000.00"),
        )
        session.add(customer)
        session.flush()
        return customer.id


def product_id(ctx: UserSession, code: str = "PL01") -> uuid.UUID:
    return next(p.id for p in products.list_products(ctx) if p.code == code)


def draft(
    ctx: UserSession,
    amount: str = "80000.00",
    months: int = 36,
    rate: str = "0.108",
    code: str = "PL01",
) -> applications.ApplicationSummary:
    new = NewApplication(
        add_customer(ctx),
        product_id(ctx, code),
        D(amount),
        months,
        D(rate),
        "annuity",
        "home renovation",
    )
    return applications.create_draft(ctx, new)


def test_a_draft_keeps_its_priced_terms_and_product_version(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    made = draft(officer)
    assert (made.status, made.product_code, made.product_version) == ("draft", "PL01", 1)
    assert made.fee == D("800.00")
    assert D("0.11") < made.apr < D("0.12")  # 10.8 % nominal plus the 1 % upfront fee
    products.revise_product(bench.admin(), "PL01", {"max_rate": D("0.15")})
    again = applications.get(officer, made.id).summary
    assert (again.product_id, again.product_version) == (made.product_id, 1)


def test_pricing_above_the_apr_cap_is_refused_naming_figure_and_cap(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    # CI01: 12 % a year plus a 2 % upfront fee repaid over 3 months is 24.37 % all-in.
    with pytest.raises(RateCapExceeded, match=r"^APR 24\.37% exceeds the cap of 24\.00%$"):
        draft(officer, amount="10000.00", months=3, rate="0.12", code="CI01")
    with officer.read() as session:
        assert session.scalar(select(func.count()).select_from(Application)) == 0
    bench.workstation.settings.set("apr_cap", "0.30")
    assert draft(officer, amount="10000.00", months=3, rate="0.12", code="CI01").apr == D(
        "0.243675"
    )


def test_every_transition_outside_the_table_is_refused(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    app_id = draft(officer).id
    illegal = [
        (a, b) for a, b in itertools.product(TRANSITIONS, TRANSITIONS) if b not in TRANSITIONS[a]
    ]
    assert len(illegal) == 11 * 11 - sum(len(v) for v in TRANSITIONS.values())
    with officer.transaction() as session:
        row = session.get(Application, app_id)
        assert row is not None
        for from_status, to_status in illegal:
            row.status = from_status
            with pytest.raises(InvalidTransition) as refused:
                applications.move(session, officer, row, to_status, "test")
            assert str(refused.value) == (
                f"An application cannot go from {from_status} to {to_status}."
            )
            assert row.status == from_status
        session.rollback()


def test_transitions_write_the_timeline_and_the_audit_trail(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    made = draft(officer)
    applications.submit(officer, made.id)
    applications.withdraw(officer, made.id, "customer found a cheaper offer")
    timeline = applications.get(officer, made.id).timeline
    assert [(e.from_status, e.to_status, e.actor) for e in timeline] == [
        ("", "draft", "officer1"),
        ("draft", "submitted", "officer1"),
        ("submitted", "withdrawn", "officer1"),
    ]
    assert timeline[-1].reason == "customer found a cheaper offer"
    with officer.read() as session:
        audited = session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "application_status", AuditEvent.subject_id == str(made.id))
        )
    assert audited == 2
    with pytest.raises(InvalidTransition, match="from withdrawn to withdrawn"):
        applications.withdraw(officer, made.id, "again")


def test_auditor_cannot_create_applications(bench: Bench) -> None:
    auditor = bench.sign_in("auditor1")
    with pytest.raises(PermissionDenied):
        applications.list_applications(auditor)


def test_stale_drafts_and_uncontracted_approvals_expire(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    today = bench.clock.now().date()
    old_draft, approved = draft(officer), draft(officer)
    with officer.transaction() as session:
        row = session.get(Application, approved.id)
        assert row is not None
        row.status = "approved"  # as a supervisor's decision leaves it (tested in approvals)
        session.add(
            ApplicationEvent(
                application_id=row.id,
                from_status="referred",
                to_status="approved",
                actor="supervisor1",
                occurred_at=bench.clock.now(),
            )
        )
    bench.clock.advance(days=60)
    fresh_draft = draft(officer)
    assert applications.expire_stale(officer, today + timedelta(days=30)) == []
    assert applications.expire_stale(officer, today + timedelta(days=31)) == [approved.number]
    assert applications.expire_stale(officer, today + timedelta(days=91)) == [old_draft.number]
    statuses = {a.id: a.status for a in applications.list_applications(officer)}
    assert statuses == {old_draft.id: "expired", fresh_draft.id: "draft", approved.id: "expired"}
    assert applications.get(officer, approved.id).timeline[-1].reason == (
        f"not taken further by {today + timedelta(days=31)}"
    )


def test_authority_limits_are_per_role_and_band_and_admin_set(bench: Bench) -> None:
    admin = bench.admin()
    with admin.read() as session:
        assert authority.check(session, "officer", "A", D("200000"), 60).within
        over = authority.check(session, "officer", "C", D("50000.01"), 12)
        assert over.reason == "amount 50,000.01 exceeds the officer limit of 50,000 for band C"
        assert not authority.check(session, "officer", "E", D("1000"), 6).within
    authority.set_limit(admin, "officer", "C", D("80000.00"), 24)
    with admin.read() as session:
        assert authority.check(session, "officer", "C", D("80000"), 24).within
        assert (
            "term 36 months exceeds" in authority.check(session, "officer", "C", D("1"), 36).reason
        )
    with pytest.raises(PermissionDenied):
        authority.set_limit(bench.sign_in("supervisor1"), "officer", "C", D("1"), 1)


def test_expire_command_runs_as_a_signed_in_user(
    bench: Bench, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from workstation.cli import main

    officer = bench.sign_in("officer1")
    made = draft(officer)
    monkeypatch.setenv("WORKSTATION_INSECURE_KEYRING", "1")  # the test keyring is a file
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{USER_PASSWORD}\n"))
    argv = [
        "--home",
        str(bench.paths.home),
        "--user",
        "officer1",
        "--password-stdin",
        "--json",
        "expire-applications",
        "--date",
        "2027-03-01",
    ]
    assert main(argv) == 0
    assert json.loads(capsys.readouterr().out) == {"date": "2027-03-01", "expired": [made.number]}


def _best_answers() -> dict[str, object]:
    """Every scorecard answer in its best-scoring bin: a strong borrower."""
    from workstation.services import credit

    answers: dict[str, object] = {}
    for c in credit.load().characteristics:
        best = max(c.bins, key=lambda b: b.points)
        if c.name not in applications.DERIVED_INPUTS:
            answers[c.name] = best.values[0] if best.values else int(best.lower or 1)
    return answers


def _assessed(
    ctx: UserSession, amount: str, answers: dict[str, object]
) -> tuple[applications.ApplicationSummary, applications.AssessmentOutcome]:
    new = NewApplication(
        add_customer(ctx), product_id(ctx), D(amount), 36, D("0.108"), "annuity", "", answers
    )
    made = applications.create_draft(ctx, new)
    applications.submit(ctx, made.id)
    return made, applications.assess(ctx, made.id)


def test_assessment_approves_within_authority_and_refers_above_it(bench: Bench) -> None:
    from workstation.services import approvals

    officer = bench.sign_in("officer1")
    _small, within = _assessed(officer, "60000.00", _best_answers())
    assert (within.decision, within.status, within.request_id) == ("approve", "approved", None)
    authority.set_limit(bench.admin(), "officer", within.band, D("50000.00"), 60)
    big, above = _assessed(officer, "60000.00", _best_answers())
    assert (above.decision, above.status) == ("approve", "referred")
    assert above.note == (
        f"amount 60,000.00 exceeds the officer limit of 50,000.00 for band {within.band}"
    )
    (item,) = approvals.inbox(bench.sign_in("supervisor1"))
    assert (item.kind, item.subject_id, item.id) == ("application_limit", big.id, above.request_id)
    assert item.assessment is not None
    assert (item.assessment.band, item.assessment.decision) == (within.band, "approve")


def test_a_declined_case_reaches_a_supervisor_only_through_an_override(bench: Bench) -> None:
    from workstation.services import approvals

    officer, supervisor = bench.sign_in("officer1"), bench.sign_in("supervisor1")
    made, declined = _assessed(officer, "60000.00", {})  # nothing asked: scored worst case
    assert (declined.decision, declined.status) == ("decline", "declined")
    assert approvals.inbox(supervisor) == []
    request_id = applications.request_override(officer, made.id, "long-standing customer")
    assert applications.get(officer, made.id).summary.status == "referred"
    approvals.decide(supervisor, request_id, "approved", "known to the branch for 10 years")
    assert applications.get(officer, made.id).summary.status == "approved"
