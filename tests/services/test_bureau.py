"""Credit bureau: consent gates inquiries, a received report feeds the assessment."""

from __future__ import annotations

import io
import json
import uuid
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.services.bureau_support import encoded, report
from tests.services.test_credit_fixtures import (
    Person,
    add_application,
    add_person,
    product_row_id,
    ric,
)
from tests.support import USER_PASSWORD, Bench
from workstation import cli
from workstation.models import AuditEvent, BureauInquiry, BureauReport
from workstation.resources import resource_path
from workstation.services import bureau, credit
from workstation.services.bureau import BureauError, ConsentRequired, ReportInvalid
from workstation.services.permissions import PermissionDenied
from workstation.services.session import UserSession

TODAY = date(2026, 11, 2)  # tests.support.FakeClock
_sequence = iter(range(401, 999, 2))


def _applicant(ctx: UserSession, **person: Any) -> tuple[uuid.UUID, uuid.UUID, str]:
    number = ric(date(1985, 5, 20), next(_sequence))
    with ctx.transaction() as s:
        customer = add_person(s, ctx, Person(ric=number, **person))
        app = add_application(s, ctx, customer.id, product_row_id(s))
        return app.id, customer.id, number


def _count(ctx: UserSession, model: Any) -> int:
    with ctx.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _refusals(ctx: UserSession) -> list[AuditEvent]:
    query = select(AuditEvent).where(
        AuditEvent.action == "bureau_inquiry", AuditEvent.outcome == "refused"
    )
    with ctx.read() as s:
        return list(s.scalars(query))


def _with_report(ctx: UserSession, **facts: Any) -> tuple[uuid.UUID, uuid.UUID]:
    app_id, customer_id, number = _applicant(ctx)
    bureau.record_consent(ctx, customer_id, "v1")
    bureau.inquire(ctx, customer_id, app_id, "loan-approval")
    bureau.import_report(ctx, customer_id, encoded(report(number, TODAY, **facts)))
    return app_id, customer_id


def test_an_inquiry_without_consent_is_refused_audited_and_not_recorded(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    app_id, customer_id, _ = _applicant(officer)
    with pytest.raises(ConsentRequired, match="has not given consent"):
        bureau.inquire(officer, customer_id, app_id, "loan-approval")
    assert _count(officer, BureauInquiry) == 0
    [refusal] = _refusals(officer)
    assert refusal.subject_id == str(customer_id)


def test_withdrawn_and_expired_consents_refuse_the_inquiry(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    app_id, customer_id, _ = _applicant(officer)
    consent = bureau.record_consent(officer, customer_id, "v1", "signed-form")
    assert consent.expires_on == TODAY + timedelta(days=365)
    assert bureau.inquire(officer, customer_id, app_id, "loan-approval").provider == "file-import"
    bureau.withdraw_consent(officer, customer_id)
    with pytest.raises(ConsentRequired, match="withdrawn"):
        bureau.inquire(officer, customer_id, app_id, "loan-approval")
    bench.clock.advance(minutes=5)
    bureau.record_consent(officer, customer_id, "v1")
    bench.clock.advance(days=366)
    officer.stepped_up_at = officer.last_activity = officer.started_at = bench.clock.now()
    with pytest.raises(ConsentRequired, match="expired on 2027-11-02"):
        bureau.inquire(officer, customer_id, app_id, "loan-approval")
    assert _count(officer, BureauInquiry) == 1
    assert len(_refusals(officer)) == 2


def test_consent_text_versions_ship_in_both_languages(bench: Bench) -> None:
    assert "v1" in bureau.consent_text("v1", "en")
    assert "授权" in bureau.consent_text("v1", "zh_CN")
    officer = bench.sign_in("officer1")
    _, customer_id, _ = _applicant(officer)
    with pytest.raises(BureauError, match="Unknown consent text version"):
        bureau.record_consent(officer, customer_id, "v9")


def test_an_imported_report_feeds_the_assessment_and_is_shown(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    app_id, customer_id = _with_report(officer, balances=("30000.00", "8000.00"))
    shown = bureau.status(officer, customer_id)
    assert shown.consent_valid
    assert shown.open_inquiry is None
    assert shown.report is not None
    assert (shown.report.total_debt, shown.report.open_accounts) == (Decimal("38000.00"), 2)
    result = credit.assess_application(officer, app_id)
    assert result.decision == "approve"
    assert result.reasons[-1].code == "BUREAU.report"
    assert "debt 38,000.00 in 2 open account(s)" in str(result.reasons[-1])


def test_bureau_arrears_decline_and_many_inquiries_refer(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    declined, _ = _with_report(officer, worst="3")
    result = credit.assess_application(officer, declined)
    assert result.decision == "decline"
    assert [h.rule_id for h in result.rule_hits] == ["bureau_arrears"]
    referred, _ = _with_report(officer, inquiries=7)
    result = credit.assess_application(officer, referred)
    assert (result.decision, [h.rule_id for h in result.rule_hits]) == (
        "refer",
        ["bureau_inquiries"],
    )


def test_bureau_obligations_count_in_debt_to_income(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    app_id, _ = _with_report(officer, payment="9000.00")  # declared debt is 0
    result = credit.assess_application(officer, app_id)
    assert [h.rule_id for h in result.rule_hits] == ["dti_max"]


def test_without_a_report_the_assessment_says_so_and_proceeds(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    app_id, _, _ = _applicant(officer)
    result = credit.assess_application(officer, app_id)
    assert result.decision == "approve"
    assert result.reasons[-1].code == "BUREAU.none"


def _broken(number: str) -> list[tuple[bytes, str]]:
    good = report(number, TODAY)
    unknown = {**good, "score": 700}
    money = json.loads(json.dumps(good))
    money["summary"]["total_debt"] = 12000.5
    bad_date = json.loads(json.dumps(good))
    bad_date["accounts"][0]["opened"] = "2024-02-30"
    sums = json.loads(json.dumps(good))
    sums["summary"]["open_accounts"] = 3
    return [
        (encoded(unknown), "unknown fields: score"),
        (encoded(money), '"summary.total_debt" must be an amount'),
        (encoded(bad_date), '"accounts[0]".opened must be a date'),
        (encoded(sums), 'open_accounts" does not match'),
        (b"\xff\xfe", "not UTF-8 JSON"),
        (encoded(report(ric(date(1990, 1, 1), 11), TODAY)), "different ID number"),
        (encoded(report(number, TODAY + timedelta(days=1))), "in the future"),
    ]


def test_a_malformed_or_foreign_report_is_refused_and_nothing_is_stored(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    app_id, customer_id, number = _applicant(officer)
    bureau.record_consent(officer, customer_id, "v1")
    bureau.inquire(officer, customer_id, app_id, "loan-approval")
    for data, problem in _broken(number):
        with pytest.raises(ReportInvalid) as caught:
            bureau.import_report(officer, customer_id, data)
        assert problem in str(caught.value), str(caught.value)
        assert number not in str(caught.value)
    assert _count(officer, BureauReport) == 0
    with officer.read() as s:
        trail = " ".join(s.scalars(select(AuditEvent.details)))
        refused = s.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "bureau_report_imported", AuditEvent.outcome == "refused"
            )
        ).all()
    assert number not in trail
    assert len(refused) == len(_broken(number))


def test_the_sample_report_is_valid_and_a_report_needs_an_inquiry(bench: Bench) -> None:
    sample = resource_path("bureau", "sample_report.json").read_bytes()
    assert bureau.PROVIDER.parse(sample, date(2026, 11, 29)).total_debt == Decimal("50000.00")
    officer = bench.sign_in("officer1")
    _, customer_id, number = _applicant(officer)
    bureau.record_consent(officer, customer_id, "v1")
    with pytest.raises(BureauError, match="Record the bureau inquiry"):
        bureau.import_report(officer, customer_id, encoded(report(number, TODAY)))


def test_collectors_may_not_inquire(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    _, customer_id, _ = _applicant(officer)
    collector = bench.sign_in("collector1")
    with pytest.raises(PermissionDenied):
        bureau.record_consent(collector, customer_id, "v1")


def test_the_cli_records_consent_refuses_after_withdrawal_and_imports(
    bench: Bench, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    officer = bench.sign_in("officer1")
    app_id, customer_id, number = _applicant(officer)
    monkeypatch.setenv("WORKSTATION_INSECURE_KEYRING", "1")  # the test keyring is a file
    signed_in = ["--home", str(bench.paths.home), "--user", "officer1", "--password-stdin"]

    def run(*argv: str) -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO(USER_PASSWORD + "\n"))
        return cli.main([*signed_in, "--json", "bureau", *argv])

    assert run("inquire", str(customer_id)) == 1
    assert "has not given consent" in capsys.readouterr().err
    assert run("consent", str(customer_id)) == 0
    assert json.loads(capsys.readouterr().out)["text_version"] == "v1"
    assert run("inquire", str(customer_id), "--application", str(app_id)) == 0
    capsys.readouterr()
    source = tmp_path / "report.json"
    source.write_bytes(encoded(report(number, date(2026, 11, 20), worst="2")))
    assert run("import", str(customer_id), str(source)) == 0
    assert json.loads(capsys.readouterr().out)["worst_status"] == "2"
    assert run("withdraw", str(customer_id)) == 0
    assert run("inquire", str(customer_id)) == 1
    assert "withdrawn consent" in capsys.readouterr().err
