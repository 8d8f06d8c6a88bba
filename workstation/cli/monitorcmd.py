"""Early-warning commands: run the daily pass, list the warnings, record an action."""

from __future__ import annotations

import argparse
import uuid
from dataclasses import asdict
from datetime import date
from typing import Any

from workstation.cli.common import command, signed_in
from workstation.services import early_warning
from workstation.services import early_warning_list as ew


def register(sub: Any) -> None:
    group = sub.add_parser("early-warning", help="post-loan early-warning list")
    cmds = group.add_subparsers(required=True)
    run = cmds.add_parser("run", help="score every active loan for a business date")
    run.add_argument("--date", required=True, type=date.fromisoformat)
    run.set_defaults(handler=cmd_run)
    listing = cmds.add_parser("list", help="the branch's warnings, riskiest first")
    listing.add_argument("--status", choices=(*ew.STATUSES, "current"), default="current")
    listing.add_argument("--limit", type=int, default=ew.PAGE)
    listing.set_defaults(handler=cmd_list)
    act = cmds.add_parser("act", help="record what was done about a warning")
    act.add_argument("warning_id", type=uuid.UUID)
    act.add_argument("--action", choices=ew.ACTIONS, required=True)
    act.add_argument("--note", default="")
    act.set_defaults(handler=cmd_act)


@command
def cmd_run(args: argparse.Namespace) -> dict[str, Any]:
    ctx = signed_in(args)
    try:
        return asdict(early_warning.run(ctx, args.date))
    finally:
        ctx.sign_out()


@command
def cmd_list(args: argparse.Namespace) -> list[dict[str, Any]]:
    ctx = signed_in(args)
    status = None if args.status == "current" else args.status
    try:
        page = ew.warning_list(ctx, status, 0, args.limit)
    finally:
        ctx.sign_out()
    return [_row(row) for row in page.rows]


@command
def cmd_act(args: argparse.Namespace) -> dict[str, Any]:
    ctx = signed_in(args)
    try:
        detail = ew.record_action(ctx, args.warning_id, args.action, args.note)
    finally:
        ctx.sign_out()
    return {**_row(detail.row), "actions": [a.action for a in detail.actions]}


def _row(row: ew.WarningRow) -> dict[str, Any]:
    return {
        "warning_id": str(row.warning_id),
        "loan": row.loan_number,
        "customer": row.customer_name,
        "severity": row.severity,
        "score": row.behaviour_score,
        "status": row.status,
        "signals": ",".join(sig.code for sig in row.signals),
        "days_past_due": row.days_past_due,
    }
