"""Contracts through the service layer: a real encrypted store, real PDFs, real signatures."""

from __future__ import annotations

import io
import sys
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.services.contract_fixtures import (
    BORROWER_ID,
    BORROWER_NAME,
    approved_application,
    signature_png,
    with_signing_certificate,
)
from tests.services.test_contract_pdf import page_count, parse_schedule, pdf_text
from tests.support import USER_PASSWORD, Bench
from workstation.cli import main as cli_main
from workstation.models import Application, ApplicationEvent, AuditEvent, ContractDocument
from workstation.services import contracts
from workstation.services.contract_evidence import SignatureRefused
from workstation.services.contract_pdf import InstallmentRow
from workstation.services.pdf_signing import sha256_hex
from workstation.services.permissions import PermissionDenied
from workstation.services.schedules import build_schedule

ISSUE_DAY = date(2026, 11, 2)  # the FakeClock's 09:00 UTC is 17:00 in Beijing


@pytest.fixture
def officer(bench: Bench):
    with_signing_certificate(bench.admin())
    session = bench.sign_in("officer1")
    yield session
    session.sign_out()


def _stored(officer, model, **where):
    with officer.read() as s:
        query = select(model).filter_by(**where)
        return list(s.scalars(query))


def _expected_rows(amount: Decimal, months: int, rate: Decimal) -> list[InstallmentRow]:
    schedule = build_schedule("annuity", amount, rate, months, ISSUE_DAY, Decimal("200.00"))
    return [
        InstallmentRow(
            i.number, i.due_date, i.principal, i.interest, i.fee, i.payment, i.closing_principal
        )
        for i in schedule.installments
    ]


def test_draft_shows_borrower_amount_apr_and_the_stored_schedule(officer) -> None:
    app_id = approved_application(officer)
    summary = contracts.issue_contract(officer, app_id, "bilingual")
    pdf = contracts.contract_pdf(officer, summary.id)
    text = pdf_text(pdf)
    schedule = build_schedule(
        "annuity", Decimal("50000.00"), Decimal("0.108"), 12, ISSUE_DAY, Decimal("200.00")
    )
    for expected in (
        BORROWER_NAME,
        BORROWER_ID,
        "50,000.00",
        f"{schedule.apr * 100:.2f}%",
        "10.80%",
        "16.20%",
        summary.number,
    ):
        assert expected in text, expected
    assert parse_schedule(pdf_text(pdf, "-raw")) == _expected_rows(
        Decimal("50000.00"), 12, Decimal("0.108")
    )
    assert summary.number == "BJ001-2026-000001"
    assert (summary.status, summary.issue) == ("draft", 1)


def test_issue_moves_the_application_and_records_event_and_audit(officer) -> None:
    app_id = approved_application(officer)
    contracts.issue_contract(officer, app_id, "zh")
    assert _stored(officer, Application, id=app_id)[0].status == "contract_issued"
    events = _stored(officer, ApplicationEvent, application_id=app_id)
    assert [(e.from_status, e.to_status) for e in events] == [("approved", "contract_issued")]
    assert _stored(officer, AuditEvent, action="contract_issued")
    second = contracts.issue_contract(officer, approved_application(officer), "en")
    assert second.number == "BJ001-2026-000002"


def test_issue_refused_for_an_application_not_approved(officer) -> None:
    app_id = approved_application(officer, status="submitted")
    with pytest.raises(contracts.ContractError, match="only be issued for an approved"):
        contracts.issue_contract(officer, app_id)
    assert not _stored(officer, ContractDocument, application_id=app_id)


def test_collector_may_not_issue_and_the_denial_is_audited(bench: Bench, officer) -> None:
    app_id = approved_application(officer)
    collector = bench.sign_in("collector1")
    with pytest.raises(PermissionDenied):
        contracts.issue_contract(collector, app_id)
    denied = _stored(officer, AuditEvent, action="contract_issued", outcome="denied")
    assert len(denied) == 1
    collector.sign_out()


def test_reissue_voids_the_draft_and_keeps_the_number(officer) -> None:
    app_id = approved_application(officer)
    first = contracts.issue_contract(officer, app_id, "zh")
    second = contracts.issue_contract(officer, app_id, "en")
    rows = {r.issue: r for r in _stored(officer, ContractDocument, application_id=app_id)}
    assert (rows[1].status, rows[2].status) == ("void", "draft")
    assert second.number == first.number
    assert second.issue == 2
    assert _stored(officer, AuditEvent, action="contract_reissued")


def test_signing_stores_hash_moves_status_and_verifies(officer) -> None:
    app_id = approved_application(officer)
    draft = contracts.issue_contract(officer, app_id)
    signed = contracts.sign_contract(officer, draft.id, signature_png(), None, consent=True)
    pdf = contracts.contract_pdf(officer, signed.id)
    assert signed.status == "signed"
    assert signed.sha256 == sha256_hex(pdf) != draft.sha256
    assert signed.signed_at == officer.now()
    assert _stored(officer, Application, id=app_id)[0].status == "signed"
    result = contracts.verify_contract(officer, pdf)
    assert result.ok, result.problems
    assert result.contract is not None
    assert result.contract.number == draft.number
    assert "DRAFT" not in pdf_text(pdf)


def test_one_flipped_byte_fails_verification(officer) -> None:
    draft = contracts.issue_contract(officer, approved_application(officer))
    signed = contracts.sign_contract(officer, draft.id, None, BORROWER_NAME, consent=True)
    pdf = bytearray(contracts.contract_pdf(officer, signed.id))
    pdf[len(pdf) // 3] ^= 0x01
    result = contracts.verify_contract(officer, bytes(pdf))
    assert not result.ok
    assert result.problems


def test_a_draft_or_foreign_file_is_not_an_intact_contract(officer) -> None:
    draft = contracts.issue_contract(officer, approved_application(officer))
    result = contracts.verify_contract(officer, contracts.contract_pdf(officer, draft.id))
    assert not result.ok
    assert "The document is not signed." in result.problems
    assert result.contract is None


@pytest.mark.parametrize(
    ("png", "typed", "consent", "message"),
    [
        (None, BORROWER_NAME, False, "read and agree"),
        (None, None, True, "either a drawn signature or a typed name"),
        (b"GIF89a", None, True, "not a PNG"),
        (None, "李四", True, "does not match"),
    ],
)
def test_unacceptable_marks_are_refused_without_signing(officer, png, typed, consent, message):
    draft = contracts.issue_contract(officer, approved_application(officer))
    with pytest.raises(SignatureRefused, match=message):
        contracts.sign_contract(officer, draft.id, png, typed, consent=consent)
    assert _stored(officer, ContractDocument, id=draft.id)[0].status == "draft"


def test_long_contract_keeps_all_360_instalments(officer) -> None:
    app_id = approved_application(
        officer, amount=Decimal("1200000.00"), months=360, annual_rate=Decimal("0.049")
    )
    summary = contracts.issue_contract(officer, app_id, "en")
    pdf = contracts.contract_pdf(officer, summary.id)
    assert page_count(pdf) > 5
    rows = parse_schedule(pdf_text(pdf, "-raw"))  # -raw: the watermark upsets -layout
    assert rows == _expected_rows(Decimal("1200000.00"), 360, Decimal("0.049"))


def test_register_finds_by_number_name_and_status(officer) -> None:
    first = contracts.issue_contract(officer, approved_application(officer))
    contracts.sign_contract(officer, first.id, None, BORROWER_NAME, consent=True)
    contracts.issue_contract(officer, approved_application(officer))
    assert len(contracts.list_contracts(officer, text=BORROWER_NAME)) == 2
    assert [c.number for c in contracts.list_contracts(officer, text="000001")] == [first.number]
    assert [c.status for c in contracts.list_contracts(officer, status="signed")] == ["signed"]
    assert contracts.list_contracts(officer, since=date(2027, 1, 1)) == []


def _cli_verify(bench: Bench, path, monkeypatch, capsys) -> tuple[int, str]:
    monkeypatch.setenv("WORKSTATION_INSECURE_KEYRING", "1")
    monkeypatch.setattr(sys, "stdin", io.StringIO(USER_PASSWORD + "\n"))
    code = cli_main(
        [
            "--home",
            str(bench.paths.home),
            "--user",
            "officer1",
            "--password-stdin",
            "contract",
            "verify",
            str(path),
            "--json",
        ]
    )
    return code, capsys.readouterr().out


def test_cli_verify_exit_code(bench: Bench, officer, tmp_path, monkeypatch, capsys) -> None:
    draft = contracts.issue_contract(officer, approved_application(officer))
    signed = contracts.sign_contract(officer, draft.id, signature_png(), None, consent=True)
    good = contracts.export_contract(officer, signed.id, tmp_path)
    code, out = _cli_verify(bench, good, monkeypatch, capsys)
    assert code == 0, out
    assert '"ok": true' in out
    bad = tmp_path / "tampered.pdf"
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad.write_bytes(bytes(data))
    code, out = _cli_verify(bench, bad, monkeypatch, capsys)
    assert code == 1
    assert '"ok": false' in out
