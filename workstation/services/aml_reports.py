"""Large-value (大额交易报告) and suspicious (可疑交易报告) transaction reports, CSV and XML.

Only alerts a reviewer closed with the disposition `report` are filed: large-cash
alerts go into the large-value report (one record per transaction), every other rule
into the suspicious report (one record per alert). The layout is this application's
own, documented in docs/aml-reports.md with an XSD in resources/aml/; it is not the
regulator's submission format. The files carry full identity numbers, so exporting
needs a fresh password, and each export is kept as an `AmlReport` with its SHA-256.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation.models import (
    AmlAlert,
    AmlAlertEvent,
    AmlReport,
    Branch,
    Customer,
    IdentityDocument,
    LedgerEntry,
    Loan,
)
from workstation.services.aml import AmlError
from workstation.services.fileio import write_atomic
from workstation.services.permissions import Permission
from workstation.services.session import UserSession

KINDS = ("large_value", "suspicious")
FORMATS = ("csv", "xml")
NAMESPACE = "urn:loan-officer-workstation:aml-report:1"
PREFIX = {"large_value": "LVTR", "suspicious": "STR"}
RULE_TEXT = {
    "large_cash": "单日现金交易累计达到大额标准",
    "structuring": "多笔略低于大额标准的现金交易（疑似拆分）",
    "unregistered_account": "以非本人登记账户还款",
    "early_settlement": "放款后短期内全额结清",
    "unusual_volume": "交易量与客户收入或历史明显不符",
}
CUSTOMER_FIELDS = ("customer_name", "id_type", "id_number", "nationality", "occupation")
LARGE_VALUE_FIELDS = (
    "report_number",
    "record_no",
    "alert_id",
    *CUSTOMER_FIELDS,
    "loan_number",
    "transaction_id",
    "transaction_date",
    "transaction_kind",
    "channel",
    "amount",
    "currency",
)
SUSPICIOUS_FIELDS = (
    "report_number",
    "record_no",
    "alert_id",
    "rule",
    "rule_description",
    "detection_date",
    *CUSTOMER_FIELDS,
    "monthly_income",
    "transaction_count",
    "total_amount",
    "currency",
    "first_date",
    "last_date",
    "transaction_ids",
    "reviewer",
    "reviewed_at",
    "reason",
)


@dataclass(frozen=True)
class ReportResult:
    number: str
    kind: str
    file_format: str
    path: Path
    alerts: int
    records: int
    sha256: str


def export_reports(
    ctx: UserSession,
    kind: str,
    fmt: str,
    path: Path,
    since: date | None = None,
    until: date | None = None,
) -> ReportResult:
    """Write one report of the reportable alerts of this branch (optionally by business date)."""
    ctx.require(Permission.AML_REVIEW, "aml_report_export", kind)
    if kind not in KINDS:
        raise AmlError(f"report kind must be one of {', '.join(KINDS)}")
    if fmt not in FORMATS:
        raise AmlError(f"format must be one of {', '.join(FORMATS)}")
    ctx.require_recent_auth()  # the file holds full identity numbers
    with ctx.transaction() as s:
        alerts = _reportable(s, ctx, kind, since, until)
        if not alerts:
            raise AmlError("There are no alerts closed as 'report' for this report.")
        header = _header(s, ctx, kind)
        records = _records(s, kind, header, alerts)
        data = _csv(kind, records) if fmt == "csv" else _xml(kind, header, records)
        write_atomic(path, data)
        digest = hashlib.sha256(data).hexdigest()
        _remember(s, ctx, header, fmt, alerts, len(records), digest)
    return ReportResult(header["number"], kind, fmt, path, len(alerts), len(records), digest)


def _reportable(
    s: Session, ctx: UserSession, kind: str, since: date | None, until: date | None
) -> list[AmlAlert]:
    query = select(AmlAlert).where(
        AmlAlert.branch_id == ctx.actor.branch_id,
        AmlAlert.status == "closed",
        AmlAlert.disposition == "report",
    )
    large = AmlAlert.rule == "large_cash"
    query = query.where(large if kind == "large_value" else ~large)
    if since is not None:
        query = query.where(AmlAlert.business_date >= since)
    if until is not None:
        query = query.where(AmlAlert.business_date <= until)
    return list(s.scalars(query.order_by(AmlAlert.business_date, AmlAlert.created_at)))


def _header(s: Session, ctx: UserSession, kind: str) -> dict[str, str]:
    branch = s.get(Branch, ctx.actor.branch_id)
    code = branch.code if branch is not None else ""
    today = ctx.now().date()
    stem = f"{PREFIX[kind]}-{code}-{today:%Y%m%d}-"
    earlier = s.scalar(select(func.count()).where(AmlReport.number.like(f"{stem}%"))) or 0
    return {
        "number": f"{stem}{earlier + 1:03d}",
        "kind": kind,
        "generatedAt": ctx.now().strftime("%Y-%m-%dT%H:%M:%SZ"),
        "institution": str(ctx.settings.get("lender_name")),
        "branch": code,
        "currency": str(ctx.settings.get("currency")),
    }


def _customer(s: Session, customer_id: uuid.UUID) -> dict[str, str]:
    customer = s.get(Customer, customer_id)
    assert customer is not None
    doc = s.scalar(
        select(IdentityDocument)
        .where(IdentityDocument.customer_id == customer_id)
        .order_by(IdentityDocument.primary.desc())
        .limit(1)
    )
    return {
        "customer_name": customer.legal_name,
        "id_type": doc.doc_type if doc else "",
        "id_number": doc.number if doc else "",
        "nationality": customer.nationality,
        "occupation": customer.occupation,
        "monthly_income": f"{customer.monthly_income:.2f}",
    }


def _entries(s: Session, alert: AmlAlert) -> list[tuple[LedgerEntry, str]]:
    ids = [uuid.UUID(i) for i in json.loads(alert.transaction_ids)]
    query = (
        select(LedgerEntry, Loan.number)
        .join(Loan, Loan.id == LedgerEntry.loan_id)
        .where(LedgerEntry.id.in_(ids))
        .order_by(LedgerEntry.value_date, LedgerEntry.created_at)
    )
    return [(e, n) for e, n in s.execute(query)]


def _records(
    s: Session, kind: str, header: dict[str, str], alerts: list[AmlAlert]
) -> list[dict[str, str]]:
    build = _large_value_records if kind == "large_value" else _suspicious_records
    rows = [row for alert in alerts for row in build(s, alert, header["currency"])]
    for number, row in enumerate(rows, start=1):
        row.update(report_number=header["number"], record_no=str(number))
    return rows


def _large_value_records(s: Session, alert: AmlAlert, currency: str) -> list[dict[str, str]]:
    who = _customer(s, alert.customer_id)
    return [
        {
            "alert_id": str(alert.id),
            **{k: who[k] for k in CUSTOMER_FIELDS},
            "loan_number": number,
            "transaction_id": str(e.id),
            "transaction_date": e.value_date.isoformat(),
            "transaction_kind": e.kind,
            "channel": e.channel,
            "amount": f"{e.amount:.2f}",
            "currency": currency,
        }
        for e, number in _entries(s, alert)
    ]


def _suspicious_records(s: Session, alert: AmlAlert, currency: str) -> list[dict[str, str]]:
    entries = _entries(s, alert)
    dates = [e.value_date for e, _ in entries] or [alert.business_date]
    reviewed = alert.reviewed_at.strftime("%Y-%m-%dT%H:%M:%SZ") if alert.reviewed_at else ""
    return [
        {
            "alert_id": str(alert.id),
            "rule": alert.rule,
            "rule_description": RULE_TEXT[alert.rule],
            "detection_date": alert.business_date.isoformat(),
            **_customer(s, alert.customer_id),
            "transaction_count": str(len(entries)),
            "total_amount": f"{alert.amount:.2f}",
            "currency": currency,
            "first_date": min(dates).isoformat(),
            "last_date": max(dates).isoformat(),
            "transaction_ids": ";".join(str(e.id) for e, _ in entries),
            "reviewer": alert.reviewer,
            "reviewed_at": reviewed,
            "reason": alert.reason,
        }
    ]


def _csv(kind: str, records: list[dict[str, str]]) -> bytes:
    fields = LARGE_VALUE_FIELDS if kind == "large_value" else SUSPICIOUS_FIELDS
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue().encode("utf-8-sig")  # the BOM lets spreadsheet tools read Chinese


def _xml(kind: str, header: dict[str, str], records: list[dict[str, str]]) -> bytes:
    root = ET.Element(f"{{{NAMESPACE}}}AmlReport", {**header, "records": str(len(records))})
    for row in records:
        record = ET.SubElement(root, _tag("Record"), seq=row["record_no"], alertId=row["alert_id"])
        ET.SubElement(record, _tag("Customer"), _customer_attributes(kind, row))
        if kind == "large_value":
            ET.SubElement(record, _tag("Transaction"), _transaction(row))
        else:
            _suspicion(record, row)
    ET.register_namespace("", NAMESPACE)
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))


def _tag(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"


def _customer_attributes(kind: str, row: dict[str, str]) -> dict[str, str]:
    names = {
        "customer_name": "name",
        "id_type": "idType",
        "id_number": "idNumber",
        "nationality": "nationality",
        "occupation": "occupation",
    }
    if kind == "suspicious":
        names["monthly_income"] = "monthlyIncome"
    return {attr: row[field] for field, attr in names.items()}


def _transaction(row: dict[str, str]) -> dict[str, str]:
    return {
        "id": row["transaction_id"],
        "loan": row["loan_number"],
        "date": row["transaction_date"],
        "kind": row["transaction_kind"],
        "channel": row["channel"],
        "amount": row["amount"],
    }


def _suspicion(record: ET.Element, row: dict[str, Any]) -> None:
    ET.SubElement(record, _tag("Rule"), code=row["rule"]).text = row["rule_description"]
    ET.SubElement(
        record,
        _tag("Activity"),
        detectionDate=row["detection_date"],
        firstDate=row["first_date"],
        lastDate=row["last_date"],
        count=row["transaction_count"],
        total=row["total_amount"],
    )
    for transaction_id in filter(None, row["transaction_ids"].split(";")):
        ET.SubElement(record, _tag("TransactionRef"), id=transaction_id)
    review = ET.SubElement(
        record, _tag("Review"), reviewer=row["reviewer"], reviewedAt=row["reviewed_at"]
    )
    review.text = row["reason"]


def _remember(
    s: Session,
    ctx: UserSession,
    header: dict[str, str],
    fmt: str,
    alerts: list[AmlAlert],
    records: int,
    digest: str,
) -> None:
    """The report row, a 'reported' step on each alert, and the audit event."""
    s.add(
        AmlReport(
            number=header["number"],
            kind=header["kind"],
            file_format=fmt,
            branch_id=ctx.actor.branch_id,
            generated_at=ctx.now(),
            generated_by=ctx.actor.username,
            alert_ids=json.dumps([str(a.id) for a in alerts]),
            records=records,
            sha256=digest,
        )
    )
    for alert in alerts:
        s.add(
            AmlAlertEvent(
                alert_id=alert.id,
                action="reported",
                actor=ctx.actor.username,
                occurred_at=ctx.now(),
                note=f"{header['number']} ({fmt})",
            )
        )
    ctx.audit(
        s,
        "aml_report_exported",
        subject_type="aml_report",
        subject_id=header["number"],
        details={"kind": header["kind"], "format": fmt, "records": records, "sha256": digest},
    )
