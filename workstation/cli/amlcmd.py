"""AML commands: run the monitoring pass for a day, list and close alerts, export reports."""

from __future__ import annotations

import argparse
import uuid
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from workstation.cli.common import command, signed_in
from workstation.services import aml, aml_reports
from workstation.services.aml_rules import RULES


def register(sub: Any) -> None:
    group = sub.add_parser("aml", help="AML monitoring and compliance queue")
    cmds = group.add_subparsers(required=True)
    run = cmds.add_parser("run", help="run the monitoring pass for a business date")
    run.add_argument("--date", required=True, type=date.fromisoformat)
    run.set_defaults(handler=cmd_run)
    listing = cmds.add_parser("queue", help="list alerts (newest business date first)")
    listing.add_argument("--status", choices=(*aml.STATUSES, "all"), default="open")
    listing.add_argument("--rule", choices=RULES, default="")
    listing.add_argument("--limit", type=int, default=aml.PAGE)
    listing.set_defaults(handler=cmd_queue)
    close = cmds.add_parser("close", help="close an alert with a disposition and a reason")
    close.add_argument("alert_id", type=uuid.UUID)
    close.add_argument("--disposition", choices=aml.DISPOSITIONS, required=True)
    close.add_argument("--reason", required=True)
    close.set_defaults(handler=cmd_close)
    export = cmds.add_parser("export", help="write a large-value or suspicious report")
    export.add_argument("--kind", choices=aml_reports.KINDS, required=True)
    export.add_argument("--format", dest="fmt", choices=aml_reports.FORMATS, default="xml")
    export.add_argument("--out", required=True, type=Path)
    export.add_argument("--since", type=date.fromisoformat)
    export.add_argument("--until", type=date.fromisoformat)
    export.set_defaults(handler=cmd_export)


@command
def cmd_run(args: argparse.Namespace) -> dict[str, Any]:
    ctx = signed_in(args)
    try:
        result = aml.run(ctx, args.date)
    finally:
        ctx.sign_out()
    return {**asdict(result), "total": result.total}


@command
def cmd_queue(args: argparse.Namespace) -> list[dict[str, str]]:
    ctx = signed_in(args)
    status = "" if args.status == "all" else args.status
    try:
        rows = aml.queue(ctx, status, args.rule, 0, args.limit)
    finally:
        ctx.sign_out()
    return [{k: str(v) for k, v in asdict(row).items()} for row in rows]


@command
def cmd_close(args: argparse.Namespace) -> dict[str, str]:
    ctx = signed_in(args)
    try:
        detail = aml.close_alert(ctx, args.alert_id, args.disposition, args.reason)
    finally:
        ctx.sign_out()
    return {k: str(v) for k, v in asdict(detail.row).items()}


@command
def cmd_export(args: argparse.Namespace) -> dict[str, str]:
    ctx = signed_in(args)
    try:
        result = aml_reports.export_reports(
            ctx, args.kind, args.fmt, args.out, args.since, args.until
        )
    finally:
        ctx.sign_out()
    return {k: str(v) for k, v in asdict(result).items()}
