"""Commands for the encrypted store: integrity, backup, restore, audit."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from workstation.cli.common import CliError, command, read_password, signed_in, workstation
from workstation.services import audit, maintenance


def register(sub: Any) -> None:
    sub.add_parser("check", help="run the SQLCipher and SQLite integrity checks").set_defaults(
        handler=cmd_check
    )
    backup = sub.add_parser("backup", help="write an encrypted backup to PATH")
    backup.add_argument("path")
    backup.set_defaults(handler=cmd_backup)
    restore = sub.add_parser("restore", help="restore the database from an encrypted backup")
    restore.add_argument("path")
    restore.set_defaults(handler=cmd_restore)
    aud = sub.add_parser("audit", help="audit trail").add_subparsers(dest="action", required=True)
    aud.add_parser("verify", help="verify the hash chain").set_defaults(handler=cmd_audit_verify)
    lst = aud.add_parser("list", help="list recent events")
    lst.add_argument("--action", default="")
    lst.add_argument("--limit", type=int, default=50)
    lst.set_defaults(handler=cmd_audit_list)


@command
def cmd_check(args: argparse.Namespace) -> dict[str, object]:
    report = maintenance.check_integrity(signed_in(args))
    if not report.ok:
        args.exit_code = 3
    return {"ok": report.ok, "problems": list(report.problems)}


@command
def cmd_backup(args: argparse.Namespace) -> dict[str, str]:
    path = maintenance.backup(signed_in(args), Path(args.path))
    return {"status": "written", "path": str(path)}


@command
def cmd_restore(args: argparse.Namespace) -> dict[str, str]:
    if not args.user:
        raise CliError("restore needs --user NAME", 2)
    ws = workstation(args)
    kept = maintenance.restore(ws, args.user, read_password(args), Path(args.path))
    return {"status": "restored", "previous_file_kept_as": str(kept or "")}


@command
def cmd_audit_verify(args: argparse.Namespace) -> dict[str, object]:
    report = maintenance.verify_audit(signed_in(args))
    if not report.ok:
        args.exit_code = 4
    return {
        "ok": report.ok,
        "events_verified": report.count,
        "first_broken_event": report.first_broken_seq,
        "problem": report.problem,
    }


@command
def cmd_audit_list(args: argparse.Namespace) -> list[dict[str, object]]:
    flt = audit.AuditFilter(action=args.action, limit=args.limit)
    rows = maintenance.audit_events(signed_in(args), flt)
    return [
        {
            "seq": r.seq,
            "at": r.occurred_at.isoformat(),
            "actor": r.actor_name,
            "action": r.action,
            "subject": r.subject_id,
            "outcome": r.outcome,
        }
        for r in rows
    ]
