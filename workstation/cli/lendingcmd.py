"""Lending commands: price a loan from the command line (no workstation needed)."""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal
from typing import Any

from workstation.cli.common import CliError, command, decimal_arg, signed_in
from workstation.services import applications
from workstation.services.schedules import (
    DEFAULT_RATE_CAP,
    RepaymentMethod,
    build_schedule,
    check_rate_cap,
    format_percent,
    schedule_to_dict,
)


def register(sub: Any) -> None:
    price = sub.add_parser("schedule", help="print a repayment schedule with its APR and totals")
    price.add_argument("--method", required=True, choices=[m.value for m in RepaymentMethod])
    price.add_argument("--principal", required=True, type=decimal_arg)
    price.add_argument("--annual-rate", required=True, type=decimal_arg, help="e.g. 0.049")
    price.add_argument("--months", required=True, type=int)
    price.add_argument("--fee", type=decimal_arg, default=Decimal("0.00"), help="upfront fee")
    price.add_argument("--start", type=date.fromisoformat, default=None, help="YYYY-MM-DD")
    price.add_argument("--cap", type=decimal_arg, default=DEFAULT_RATE_CAP, help="APR cap")
    price.set_defaults(handler=cmd_schedule)
    expire = sub.add_parser(
        "expire-applications",
        help="expire approvals not contracted in 30 days and drafts older than 90 days",
    )
    expire.add_argument("--date", type=date.fromisoformat, default=None, help="YYYY-MM-DD")
    expire.set_defaults(handler=cmd_expire)


@command
def cmd_schedule(args: argparse.Namespace) -> dict[str, Any]:
    start = args.start or date.today()
    schedule = build_schedule(
        args.method, args.principal, args.annual_rate, args.months, start, args.fee
    )
    try:
        check_rate_cap(schedule, args.cap)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    data = schedule_to_dict(schedule)
    if not args.json:
        return _text_summary(data, schedule.apr)
    return data


def _text_summary(data: dict[str, Any], apr: Decimal) -> dict[str, Any]:
    first = data["installments"][0]
    return {
        "method": data["method"],
        "installments": len(data["installments"]),
        "first payment": f"{first['payment']} on {first['due_date']}",
        "total interest": data["total_interest"],
        "total fees": data["total_fees"],
        "total repayable": data["total_repayable"],
        "APR": format_percent(apr),
    }


@command
def cmd_expire(args: argparse.Namespace) -> dict[str, Any]:
    ctx = signed_in(args)
    try:
        today = args.date or ctx.now().date()
        return {"date": today.isoformat(), "expired": applications.expire_stale(ctx, today)}
    finally:
        ctx.sign_out()
