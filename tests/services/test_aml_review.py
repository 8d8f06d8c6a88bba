"""The compliance queue: closing with a disposition, permissions, audit, and the reports."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import select

from tests.services.aml_support import DAY, borrower, compliance_session, entry
from tests.support import USER_PASSWORD, Bench
from workstation.models import AmlAlertEvent, AmlReport, AuditEvent
from workstation.resources import resource_path
from workstation.services import aml, aml_reports
from workstation.services.permissions import PermissionDenied
from workstation.services.session import StepUpRequired, UserSession

ID_NUMBER = "110101199003071234"
OTHER_ID = "110101199003075678"


@pytest.fixture
def reviewer(bench: Bench) -> UserSession:
    """Two large-cash alerts and two structuring-free suspicious ones, seen by compliance."""
    clerk = bench.sign_in("supervisor1")
    big = borrower(clerk, income="100000", id_number=ID_NUMBER)
    entry(clerk, big, "30000", DAY)
    entry(clerk, big, "25000", DAY)
    other = borrower(clerk, income="100000", id_number=OTHER_ID)
    entry(clerk, other, "52000", DAY)
    entry(clerk, other, "700", DAY, channel="transfer", source="6217000010001234567")
    clerk.sign_out()
    ctx = compliance_session(bench)
    aml.run(ctx, DAY)
    return ctx


def by_rule(ctx: UserSession, rule: str) -> list[aml.AlertRow]:
    return aml.queue(ctx, "open", rule)


def audit_actions(ctx: UserSession) -> list[tuple[str, str]]:
    with ctx.read() as s:
        rows = s.execute(select(AuditEvent.action, AuditEvent.outcome)).all()
        return [(a, o) for a, o in rows]


def test_queue_shows_the_rule_the_masked_customer_and_the_amount(reviewer: UserSession) -> None:
    rows = aml.queue(reviewer)
    assert sorted(r.rule for r in rows) == ["large_cash", "large_cash", "unregistered_account"]
    assert all(r.customer_id_masked.startswith("110101********") for r in rows)
    assert ID_NUMBER not in {r.customer_id_masked for r in rows}
    assert aml.open_count(reviewer) == 3
    detail = aml.alert_detail(reviewer, by_rule(reviewer, "unregistered_account")[0].id)
    [paid] = detail.transactions
    assert paid.source_account_masked == "6217 **** **** 4567"
    assert [e.action for e in detail.history] == ["opened"]


def test_close_needs_a_disposition_and_a_reason(reviewer: UserSession) -> None:
    alert = by_rule(reviewer, "unregistered_account")[0]
    with pytest.raises(aml.AmlError, match="reason"):
        aml.close_alert(reviewer, alert.id, "monitor", "  ")
    with pytest.raises(aml.AmlError, match="disposition"):
        aml.close_alert(reviewer, alert.id, "ignore", "looked fine")
    done = aml.close_alert(reviewer, alert.id, "monitor", "Brother's card; watch next month")
    assert done.row.status == "closed"
    assert done.row.disposition == "monitor"
    assert done.reviewer == "compliance1"
    assert [e.action for e in done.history] == ["opened", "closed"]
    with pytest.raises(aml.AmlError, match="already closed"):
        aml.close_alert(reviewer, alert.id, "report", "second thoughts")
    assert ("aml_alert_closed", "ok") in audit_actions(reviewer)
    assert [r.id for r in aml.queue(reviewer, "closed")] == [alert.id]


def test_an_officer_is_refused_and_the_refusal_audited(bench: Bench, reviewer: UserSession) -> None:
    officer = bench.sign_in("officer1")
    alert = aml.queue(reviewer)[0]
    with pytest.raises(PermissionDenied):
        aml.queue(officer)
    with pytest.raises(PermissionDenied):
        aml.close_alert(officer, alert.id, "false_positive", "nothing")
    with pytest.raises(PermissionDenied):
        aml_reports.export_reports(officer, "large_value", "csv", Path("/tmp/never.csv"))
    denied = [a for a, outcome in audit_actions(reviewer) if outcome == "denied"]
    assert {"aml_queue", "aml_alert_close", "aml_report_export"} <= set(denied)


def close_all(ctx: UserSession, rule: str, dispositions: list[str]) -> list[aml.AlertRow]:
    rows = by_rule(ctx, rule)
    for row, disposition in zip(rows, dispositions, strict=True):
        aml.close_alert(ctx, row.id, disposition, f"reviewed: {disposition}")
    return rows


def test_large_value_csv_holds_only_report_dispositions(reviewer: UserSession, tmp_path) -> None:
    reported, dismissed = close_all(reviewer, "large_cash", ["report", "false_positive"])
    dest = tmp_path / "lvtr.csv"
    result = aml_reports.export_reports(reviewer, "large_value", "csv", dest)
    rows = list(csv.DictReader(io.StringIO(dest.read_bytes().decode("utf-8-sig"))))
    assert tuple(rows[0]) == aml_reports.LARGE_VALUE_FIELDS
    assert {r["alert_id"] for r in rows} == {str(reported.id)}
    assert result.records == len(rows) == (2 if reported.amount == 55000 else 1)
    assert sum(float(r["amount"]) for r in rows) == float(reported.amount)
    assert {r["id_number"] for r in rows} <= {ID_NUMBER, OTHER_ID}
    assert {r["channel"] for r in rows} == {"cash"}
    assert str(dismissed.id) not in dest.read_text("utf-8-sig")
    assert result.number.startswith("LVTR-BJ001-20261102-")


def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(resource_path("aml", "aml-report-1.xsd"))))


def test_xml_reports_match_the_documented_schema(reviewer: UserSession, tmp_path) -> None:
    close_all(reviewer, "large_cash", ["report", "report"])
    close_all(reviewer, "unregistered_account", ["report"])
    for kind, expected in (("large_value", 3), ("suspicious", 1)):
        dest = tmp_path / f"{kind}.xml"
        result = aml_reports.export_reports(reviewer, kind, "xml", dest)
        doc = etree.parse(str(dest))
        schema().assertValid(doc)
        records = doc.getroot().findall(f"{{{aml_reports.NAMESPACE}}}Record")
        assert len(records) == result.records == expected
    suspicious = etree.parse(str(tmp_path / "suspicious.xml")).getroot()
    rule = suspicious.find(f".//{{{aml_reports.NAMESPACE}}}Rule")
    assert rule is not None
    assert rule.get("code") == "unregistered_account"


def test_the_schema_rejects_what_the_documentation_forbids(reviewer: UserSession, tmp_path) -> None:
    close_all(reviewer, "unregistered_account", ["report"])
    dest = tmp_path / "str.xml"
    aml_reports.export_reports(reviewer, "suspicious", "xml", dest)
    tampered = dest.read_text("utf-8").replace('code="unregistered_account"', 'code="hunch"')
    assert not schema().validate(etree.fromstring(tampered.encode()))


def test_export_is_recorded_audited_and_needs_a_fresh_password(
    bench: Bench, reviewer: UserSession, tmp_path
) -> None:
    close_all(reviewer, "unregistered_account", ["report"])
    bench.clock.advance(hours=1)
    dest = tmp_path / "str.csv"
    with pytest.raises(StepUpRequired):
        aml_reports.export_reports(reviewer, "suspicious", "csv", dest)
    assert not dest.exists()
    reviewer.confirm_password(USER_PASSWORD)
    result = aml_reports.export_reports(reviewer, "suspicious", "csv", dest)
    with reviewer.read() as s:
        report = s.scalars(select(AmlReport)).one()
        assert (report.number, report.sha256, report.records) == (result.number, result.sha256, 1)
        assert "reported" in set(s.scalars(select(AmlAlertEvent.action)))
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "aml_report_exported"))
        assert OTHER_ID not in event.one().details
    rows = list(csv.DictReader(io.StringIO(dest.read_bytes().decode("utf-8-sig"))))
    assert rows[0]["rule"] == "unregistered_account"
    assert rows[0]["rule_description"] == aml_reports.RULE_TEXT["unregistered_account"]


def test_nothing_to_report_is_an_error_not_an_empty_file(reviewer: UserSession, tmp_path) -> None:
    close_all(reviewer, "large_cash", ["monitor", "false_positive"])
    with pytest.raises(aml.AmlError, match="no alerts"):
        aml_reports.export_reports(reviewer, "large_value", "csv", tmp_path / "x.csv")
    with pytest.raises(aml.AmlError, match="format"):
        aml_reports.export_reports(reviewer, "large_value", "pdf", tmp_path / "x.pdf")
    tomorrow = DAY + timedelta(days=1)
    with pytest.raises(aml.AmlError, match="no alerts"):
        aml_reports.export_reports(reviewer, "suspicious", "csv", tmp_path / "y.csv", tomorrow)


def test_manual_run_is_audited(reviewer: UserSession) -> None:
    again = aml.run(reviewer, DAY)
    assert again.total == 0
    assert again.already_raised == 3
    assert [a for a, _ in audit_actions(reviewer)].count("aml_pass") == 2


def cli(bench: Bench, monkeypatch: pytest.MonkeyPatch, *argv: str) -> int:
    from workstation.cli import main

    monkeypatch.setenv("WORKSTATION_INSECURE_KEYRING", "1")  # the test keyring is a file
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{USER_PASSWORD}\n"))
    home = ["--home", str(bench.paths.home), "--user", "compliance1", "--password-stdin"]
    return main([*home, "--json", "aml", *argv])


def test_cli_runs_lists_closes_and_exports(
    bench: Bench, reviewer: UserSession, capsys: pytest.CaptureFixture[str], monkeypatch, tmp_path
) -> None:
    import json

    reviewer.sign_out()
    assert cli(bench, monkeypatch, "run", "--date", DAY.isoformat()) == 0
    assert json.loads(capsys.readouterr().out)["already_raised"] == 3
    assert cli(bench, monkeypatch, "queue", "--rule", "unregistered_account") == 0
    [row] = json.loads(capsys.readouterr().out)
    blank = ("close", row["id"], "--disposition", "report", "--reason", " ")
    assert cli(bench, monkeypatch, *blank) == 1
    assert "reason" in capsys.readouterr().err
    argv = ("close", row["id"], "--disposition", "report", "--reason", "third-party card")
    assert cli(bench, monkeypatch, *argv) == 0
    assert json.loads(capsys.readouterr().out)["disposition"] == "report"
    out = tmp_path / "str.xml"
    assert cli(bench, monkeypatch, "export", "--kind", "suspicious", "--out", str(out)) == 0
    assert json.loads(capsys.readouterr().out)["records"] == "1"
    schema().assertValid(etree.parse(str(out)))
