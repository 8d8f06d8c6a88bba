"""Servicing commands: the end-of-day run, sending reminders, posting a repayment."""

from __future__ import annotations

import argparse
import sys
import uuid
from dataclasses import asdict
from datetime import date
from typing import Any

from workstation.cli.common import command, signed_in
from workstation.services import eod, reminders, servicing


def register(sub: Any) -> None:
    run = sub.add_parser("eod", help="run (or resume) the end of day for a business date")
    run.add_argument("--date", required=True, type=date.fromisoformat)
    run.add_argument("--chunk", type=int, default=1000)
    run.set_defaults(handler=cmd_eod)
    rem = sub.add_parser("reminders", help="repayment reminders").add_subparsers(required=True)
    rem.add_parser("send", help="send queued reminders now").set_defaults(handler=cmd_send)
    loan = sub.add_parser("loan", help="loan servicing").add_subparsers(required=True)
    pay = loan.add_parser("post-payment", help="post a repayment to a loan")
    pay.add_argument("loan_id", type=uuid.UUID)
    pay.add_argument("--amount", required=True)
    pay.add_argument("--channel", choices=servicing.CHANNELS, required=True)
    pay.add_argument("--value-date", type=date.fromisoformat, required=True)
    pay.add_argument("--key", required=True, help="idempotency key (a receipt number)")
    pay.set_defaults(handler=cmd_post_payment)


@command
def cmd_eod(args: argparse.Namespace) -> dict[str, Any]:
    ctx = signed_in(args)
    try:
        result = eod.run_eod(ctx, args.date, args.chunk, progress=_progress)
    finally:
        ctx.sign_out()
    return asdict(result)


def _progress(done: int, total: int) -> None:
    print(f"chunks done: {done}/{total}", file=sys.stderr, flush=True)


@command
def cmd_send(args: argparse.Namespace) -> dict[str, Any]:
    ctx = signed_in(args)
    try:
        return asdict(reminders.send_due(ctx))
    finally:
        ctx.sign_out()


@command
def cmd_post_payment(args: argparse.Namespace) -> dict[str, Any]:
    ctx = signed_in(args)
    try:
        result = servicing.post_repayment(
            ctx, args.loan_id, args.amount, args.channel, args.value_date, args.key
        )
    finally:
        ctx.sign_out()
    return {k: str(v) for k, v in asdict(result).items()}
