"""`bureau` commands: consent, inquiry and report import; month-end reporting files."""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from workstation.cli.common import CliError, command, signed_in
from workstation.services import bureau, bureau_reporting
from workstation.services.session import UserSession

T = TypeVar("T")


def register(sub: Any) -> None:
    group = sub.add_parser("bureau", help="credit bureau: consent, inquiries, month-end reporting")
    cmds = group.add_subparsers(dest="bureau_command", required=True)
    consent = cmds.add_parser("consent", help="record a borrower's consent (signed form)")
    consent.add_argument("customer", type=uuid.UUID)
    consent.add_argument("--text-version", default=bureau.CONSENT_VERSIONS[-1])
    consent.add_argument("--method", default="signed-form", choices=bureau.METHODS)
    consent.set_defaults(handler=cmd_consent)
    withdraw = cmds.add_parser("withdraw", help="record that the borrower withdrew consent")
    withdraw.add_argument("customer", type=uuid.UUID)
    withdraw.set_defaults(handler=cmd_withdraw)
    inquire = cmds.add_parser("inquire", help="record an inquiry (refused without consent)")
    inquire.add_argument("customer", type=uuid.UUID)
    inquire.add_argument("--application", type=uuid.UUID)
    inquire.add_argument("--purpose", default="loan-approval", choices=bureau.PURPOSES)
    inquire.set_defaults(handler=cmd_inquire)
    imp = cmds.add_parser("import", help="import the report file received from the bureau")
    imp.add_argument("customer", type=uuid.UUID)
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=cmd_import)
    report = cmds.add_parser("report", help="generate (or regenerate) a month's reporting file")
    report.add_argument("--month", required=True, help="YYYY-MM")
    report.add_argument("--out", type=Path, help="also export it to this file")
    report.set_defaults(handler=cmd_report)
    validate = cmds.add_parser("validate", help="check a reporting file against the format")
    validate.add_argument("file", type=Path)
    validate.set_defaults(handler=cmd_validate)
    correct = cmds.add_parser("correct", help="a correction record for a past month")
    correct.add_argument("--month", required=True)
    correct.add_argument("--account", required=True, help="loan number")
    correct.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE")
    correct.add_argument("--reason", required=True)
    correct.add_argument("--out", type=Path, help="also export it to this file")
    correct.set_defaults(handler=cmd_correct)


def _as(args: argparse.Namespace, work: Callable[[UserSession], T]) -> T:
    ctx = signed_in(args)
    try:
        return work(ctx)
    finally:
        ctx.sign_out()


@command
def cmd_consent(args: argparse.Namespace) -> dict[str, Any]:
    c = _as(
        args, lambda ctx: bureau.record_consent(ctx, args.customer, args.text_version, args.method)
    )
    return {
        "consent": str(c.consent_id),
        "text_version": c.text_version,
        "expires_on": str(c.expires_on),
    }


@command
def cmd_withdraw(args: argparse.Namespace) -> dict[str, Any]:
    c = _as(args, lambda ctx: bureau.withdraw_consent(ctx, args.customer))
    return {"consent": str(c.consent_id), "withdrawn_at": str(c.withdrawn_at)}


@command
def cmd_inquire(args: argparse.Namespace) -> dict[str, Any]:
    q = _as(args, lambda ctx: bureau.inquire(ctx, args.customer, args.application, args.purpose))
    return {"inquiry": str(q.inquiry_id), "provider": q.provider, "purpose": q.purpose}


@command
def cmd_import(args: argparse.Namespace) -> dict[str, Any]:
    r = _as(args, lambda ctx: bureau.import_report(ctx, args.customer, args.file))
    return {
        "report": str(r.report_id),
        "report_date": str(r.report_date),
        "total_debt": str(r.total_debt),
        "monthly_obligations": str(r.monthly_obligations),
        "open_accounts": r.open_accounts,
        "inquiries_6m": r.inquiries_6m,
        "worst_status": r.worst_status,
    }


@command
def cmd_report(args: argparse.Namespace) -> dict[str, Any]:
    def work(ctx: UserSession) -> dict[str, Any]:
        made = bureau_reporting.generate(ctx, args.month)
        if args.out:
            bureau_reporting.export(ctx, made.submission.submission_id, args.out)
        return {**_submission(made.submission), "identical": made.identical}

    return _as(args, work)


@command
def cmd_validate(args: argparse.Namespace) -> dict[str, Any]:
    try:
        content = args.file.read_bytes()
    except OSError as exc:
        raise CliError(f"{args.file}: {exc.strerror}") from exc
    problems = bureau_reporting.validate(content)
    if problems:
        args.exit_code = 1
    return {"file": str(args.file), "valid": not problems, "problems": [str(p) for p in problems]}


@command
def cmd_correct(args: argparse.Namespace) -> dict[str, Any]:
    changes = dict(_pair(item) for item in args.set)

    def work(ctx: UserSession) -> dict[str, Any]:
        fix = bureau_reporting.correct(ctx, args.month, args.account, changes, args.reason)
        if args.out:
            bureau_reporting.export(ctx, fix.submission_id, args.out)
        return _submission(fix)

    return _as(args, work)


def _pair(item: str) -> tuple[str, str]:
    name, sep, value = item.partition("=")
    if not sep:
        raise CliError(f"--set needs FIELD=VALUE, got {item!r}", 2)
    return name.strip(), value


def _submission(s: bureau_reporting.SubmissionInfo) -> dict[str, Any]:
    return {
        "submission": str(s.submission_id),
        "month": s.month,
        "kind": s.kind,
        "sequence": s.sequence,
        "records": s.records,
        "sha256": s.sha256,
    }
