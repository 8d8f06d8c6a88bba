"""Bureau report files for tests: consistent by construction, so a test breaks one thing."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from typing import Any


def report(
    id_number: str,
    report_date: date,
    *,
    balances: tuple[str, ...] = ("12000.00",),
    payment: str = "1500.00",
    worst: str = "N",
    inquiries: int = 1,
) -> dict[str, Any]:
    """A sound report: one open account per balance, `inquiries` within six months."""
    accounts = [
        {
            "kind": "consumer-loan",
            "lender": "某银行",
            "opened": "2024-01-15",
            "balance": balance,
            "monthly_payment": payment,
            "status": "N",
            "worst_status_24m": worst if n == 0 else "N",
        }
        for n, balance in enumerate(balances)
    ]
    asked = [
        {"date": str(report_date - timedelta(days=10 * k)), "institution": "某行", "reason": "x"}
        for k in range(inquiries)
    ]
    return {
        "format": "lows-bureau-report/1",
        "bureau": "PBOC-CRC",
        "report_id": f"R-{id_number[-4:]}-{report_date}-{worst}-{inquiries}",
        "report_date": str(report_date),
        "subject": {"name": "王五", "id_type": "cn-ric", "id_number": id_number},
        "summary": {
            "total_debt": str(sum((Decimal(b) for b in balances), Decimal(0))),
            "monthly_obligations": str(Decimal(payment) * len(balances)),
            "open_accounts": len(balances),
            "inquiries_6m": inquiries,
            "worst_status_24m": worst,
        },
        "accounts": accounts,
        "inquiries": asked,
    }


def encoded(body: dict[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False).encode("utf-8")
