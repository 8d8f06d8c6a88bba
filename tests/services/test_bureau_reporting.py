"""Month-end bureau reporting: validated files, identical regeneration, corrections."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, update

from tests.services.test_credit_fixtures import Person, add_person, ric
from tests.support import USER_PASSWORD, Bench
from workstation import cli
from workstation.models import BureauSubmission, Loan
from workstation.services import bureau_format, bureau_reporting, demo_loans, eod
from workstation.services.bureau_reporting import FileInvalid, ReportingError
from workstation.services.permissions import PermissionDenied
from workstation.services.session import StepUpRequired, UserSession

OCTOBER = "2026-10"


def _book(ctx: UserSession, loans: int = 4) -> None:
    """`loans` demo loans for customers with ID documents; every second one unpaid."""
    with ctx.transaction() as s:
        for n in range(loans):
            add_person(s, ctx, Person(name=f"客户{n}", ric=ric(date(1980, 1, 1), 11 + 2 * n)))
    demo_loans.insert_loans(ctx, loans, date(2026, 10, 31), overdue_every=2)
    eod.run_eod(ctx, date(2026, 10, 31))


def _lines(content: bytes) -> list[str]:
    return content.decode("utf-8").splitlines()


def test_the_month_file_round_trips_through_its_validator(bench: Bench, tmp_path: Path) -> None:
    ctx = bench.sign_in("supervisor1")
    _book(ctx)
    made = bureau_reporting.generate(ctx, OCTOBER).submission
    assert (made.kind, made.sequence, made.records) == ("monthly", 1, 4)
    out = tmp_path / "crb-2026-10.txt"
    bureau_reporting.export(ctx, made.submission_id, out)
    content = out.read_bytes()
    assert bureau_reporting.validate(content) == []
    lines = _lines(content)
    assert lines[0] == "H|LOWS-CRB|1|" + ctx.actor.branch_code + "|2026-10|M|001|000"
    records = bureau_format.parse_records(content)
    assert {r.status for r in records} == {"N", "1"}
    assert all(len(r.id_number) == 18 for r in records)
    total = sum(int(r.balance.replace(".", "")) for r in records)
    assert lines[-1] == f"T|4|{total // 100}.{total % 100:02d}"


def test_regenerating_a_month_gives_the_same_bytes_after_the_book_moved(bench: Bench) -> None:
    ctx = bench.sign_in("supervisor1")
    _book(ctx)
    first = bureau_reporting.generate(ctx, OCTOBER)
    before = bureau_reporting.build(ctx, OCTOBER)
    eod.run_eod(ctx, date(2026, 11, 20))  # arrears grow after the month end
    again = bureau_reporting.generate(ctx, OCTOBER)
    assert again.identical
    assert again.submission == first.submission
    assert bureau_reporting.build(ctx, OCTOBER) == before
    with ctx.read() as s:
        assert len(s.scalars(select(BureauSubmission)).all()) == 1


def _tampered(content: bytes) -> list[tuple[str, str]]:
    lines = _lines(content)
    detail = lines[1].split("|")
    richer = "|".join([*detail[:8], "1.00", *detail[9:]])
    badcode = "|".join([*detail[:11], "X", *detail[12:]])
    wrongdpd = "|".join([*detail[:10], "45", *detail[11:]])
    return [
        ("\n".join([lines[0], richer, *lines[2:]]) + "\n", "trailer sum"),
        ("\n".join([lines[0], badcode, *lines[2:]]) + "\n", "unknown status code 'X'"),
        ("\n".join([lines[0], wrongdpd, *lines[2:]]) + "\n", "does not match 45 days"),
        ("\n".join([lines[0], *lines[2:]]) + "\n", "trailer counts 4 records; there are 3"),
        ("\n".join([*lines[:-1]]) + "\n", "last line must be the trailer"),
        ("\r\n".join(lines) + "\r\n", "single LF"),
        ("\n".join([lines[0], lines[1], *lines[1:]]) + "\n", "appears twice"),
    ]


def test_the_validator_finds_tampering(bench: Bench) -> None:
    ctx = bench.sign_in("supervisor1")
    _book(ctx)
    content = bureau_reporting.build(ctx, OCTOBER)
    for text, expected in _tampered(content):
        problems = bureau_reporting.validate(text.encode("utf-8"))
        assert any(expected in str(p) for p in problems), (expected, problems)


def test_a_correction_for_a_past_month_carries_only_the_changed_record(bench: Bench) -> None:
    ctx = bench.sign_in("supervisor1")
    _book(ctx)
    monthly = bureau_reporting.generate(ctx, OCTOBER).submission
    eod.run_eod(ctx, date(2026, 11, 30))  # November is reported too; October is past
    bureau_reporting.generate(ctx, "2026-11")
    account = bureau_format.parse_records(bureau_reporting.build(ctx, OCTOBER))[0].account
    fix = bureau_reporting.correct(
        ctx, OCTOBER, account, {"days_past_due": "31", "status": "2"}, "payment misdated"
    )
    assert (fix.kind, fix.sequence, fix.records, fix.note) == (
        "correction",
        2,
        1,
        "payment misdated",
    )
    with ctx.read() as s:
        row = s.get(BureauSubmission, fix.submission_id)
        assert row is not None
        assert row.corrects_id == monthly.submission_id
        content = row.content
    assert bureau_reporting.validate(content) == []
    assert _lines(content)[0].endswith("|2026-10|C|002|001")
    [record] = bureau_format.parse_records(content)
    assert (record.account, record.days_past_due, record.status) == (account, "31", "2")
    again = bureau_reporting.correct(ctx, OCTOBER, account, {"days_past_due": "35"}, "recount")
    assert again.sequence == 3  # builds on the corrected record: status 2 still fits


def test_an_inconsistent_correction_is_refused_and_nothing_stored(bench: Bench) -> None:
    ctx = bench.sign_in("supervisor1")
    _book(ctx)
    bureau_reporting.generate(ctx, OCTOBER)
    account = bureau_format.parse_records(bureau_reporting.build(ctx, OCTOBER))[0].account
    with pytest.raises(FileInvalid, match="status 1 does not match 45 days past due"):
        bureau_reporting.correct(ctx, OCTOBER, account, {"days_past_due": "45"}, "x")
    with pytest.raises(ReportingError, match="Only these fields"):
        bureau_reporting.correct(ctx, OCTOBER, account, {"name": "x"}, "x")
    with pytest.raises(ReportingError, match="not in that month"):
        bureau_reporting.correct(ctx, OCTOBER, "NOPE", {"balance": "1.00"}, "x")
    with ctx.read() as s:
        assert len(s.scalars(select(BureauSubmission)).all()) == 1


def test_a_closed_loan_is_reported_once_with_its_closing_date(bench: Bench) -> None:
    ctx = bench.sign_in("supervisor1")
    _book(ctx)
    with ctx.transaction() as s:
        s.execute(
            update(Loan)
            .where(Loan.number == "BL00000001")
            .values(status="closed", outstanding_principal=0, amount_overdue=0, days_past_due=0)
        )
    eod.run_eod(ctx, date(2026, 11, 30))
    eod.run_eod(ctx, date(2026, 12, 31))
    november = bureau_format.parse_records(bureau_reporting.build(ctx, "2026-11"))
    closed = [r for r in november if r.account == "BL00000001"]
    assert [(r.status, r.closed, r.balance) for r in closed] == [("C", "2026-11-30", "0.00")]
    december = bureau_format.parse_records(bureau_reporting.build(ctx, "2026-12"))
    assert "BL00000001" not in {r.account for r in december}


def test_a_month_without_its_month_end_is_refused(bench: Bench) -> None:
    ctx = bench.sign_in("supervisor1")
    with pytest.raises(ReportingError, match="end of day for 2026-09-30 has not run"):
        bureau_reporting.generate(ctx, "2026-09")
    with pytest.raises(ReportingError, match="not a month"):
        bureau_reporting.generate(ctx, "2026-13")


def test_export_needs_a_fresh_password_and_officers_cannot_report(
    bench: Bench, tmp_path: Path
) -> None:
    ctx = bench.sign_in("supervisor1")
    _book(ctx)
    made = bureau_reporting.generate(ctx, OCTOBER).submission
    bench.clock.advance(minutes=int(ctx.settings.get("step_up_minutes")) + 1)
    ctx.last_activity = bench.clock.now()
    with pytest.raises(StepUpRequired):
        bureau_reporting.export(ctx, made.submission_id, tmp_path / "out.txt")
    assert not (tmp_path / "out.txt").exists()
    officer = bench.sign_in("officer1")
    with pytest.raises(PermissionDenied):
        bureau_reporting.generate(officer, OCTOBER)


def test_screens_see_masked_id_numbers(bench: Bench) -> None:
    ctx = bench.sign_in("supervisor1")
    _book(ctx, loans=2)
    made = bureau_reporting.generate(ctx, OCTOBER).submission
    shown = bureau_reporting.records(ctx, made.submission_id)
    assert len(shown) == 2
    assert all("*" in r.id_masked for r in shown)
    [month] = bureau_reporting.months(ctx)
    assert (month.month, month.loans, len(month.submissions)) == (OCTOBER, 2, 1)
    assert made.generated_at == bench.clock.now()


def test_the_cli_generates_exports_and_validates(
    bench: Bench, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    _book(bench.sign_in("supervisor1"))
    out = tmp_path / "crb.txt"
    monkeypatch.setattr("sys.stdin", io.StringIO(USER_PASSWORD + "\n"))
    monkeypatch.setenv("WORKSTATION_INSECURE_KEYRING", "1")  # the test keyring is a file
    home = ["--home", str(bench.paths.home), "--user", "supervisor1", "--password-stdin"]
    assert cli.main([*home, "bureau", "report", "--month", OCTOBER, "--out", str(out)]) == 0
    assert "records: 4" in capsys.readouterr().out
    assert cli.main(["bureau", "validate", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["valid"] is True
    out.write_bytes(out.read_bytes().replace(b"\nT|4|", b"\nT|5|"))
    assert cli.main(["bureau", "validate", str(out), "--json"]) == 1
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert problems == ["line 6: The trailer counts 5 records; there are 4."]
