"""`workstation-admin sync …`: enrol with head office, synchronise now, show the state."""

from __future__ import annotations

import argparse
from typing import Any

from workstation.cli.common import CliError, command, read_password, signed_in, workstation
from workstation.services import sync_ops
from workstation.services.session import UserSession
from workstation.services.sync_client import SyncError


def register(sub: Any) -> None:
    sync = sub.add_parser("sync", help="synchronise with head office")
    verbs = sync.add_subparsers(dest="sync_command", required=True)
    enroll = verbs.add_parser("enroll", help="enrol this workstation with a one-time code")
    enroll.add_argument("--server", required=True, help="https://sync.example.cn")
    enroll.add_argument("--code", required=True)
    enroll.set_defaults(handler=cmd_enroll)
    verbs.add_parser("now", help="push local changes and pull the branch's").set_defaults(
        handler=cmd_now
    )
    verbs.add_parser("status", help="pending changes, last success, refusals").set_defaults(
        handler=cmd_status
    )


@command
def cmd_enroll(args: argparse.Namespace) -> dict[str, object]:
    ctx = signed_in(args)
    try:
        return {"branch": sync_ops.enroll_workstation(ctx, args.server, args.code)}
    except SyncError as exc:
        raise CliError(str(exc)) from exc
    finally:
        ctx.sign_out()


def _signed_in_keeping_password(args: argparse.Namespace) -> tuple[UserSession, str]:
    """Read the password once: the same one opens this workstation and head office
    (enrolment uploaded the same verifier), so `sync now` never asks twice."""
    if not args.user:
        raise CliError("this command needs --user NAME (and the password)", 2)
    ws = workstation(args)
    if not ws.is_provisioned():
        raise CliError("this workstation is not set up yet: run `workstation-admin init`")
    password = read_password(args)
    return ws.sign_in(args.user, password), password


@command
def cmd_now(args: argparse.Namespace) -> dict[str, object]:
    ctx, password = _signed_in_keeping_password(args)
    client = sync_ops.client_for(ctx)
    try:
        sync_ops.connect(ctx, client, password)
        report = sync_ops.sync_now(ctx, client)
    except SyncError as exc:
        raise CliError(str(exc)) from exc
    finally:
        client.close()
        ctx.sign_out()
    return {
        "pushed": report.pushed,
        "rejected": report.rejected,
        "conflicts": report.conflicts,
        "pulled": report.pulled,
    }


@command
def cmd_status(args: argparse.Namespace) -> dict[str, object]:
    ctx = signed_in(args)
    try:
        state = sync_ops.status(ctx)
    finally:
        ctx.sign_out()
    return {
        "enrolled": state.enrolled,
        "server": state.server_url,
        "branch": state.branch,
        "pending": state.pending,
        "last_success": state.last_success_at,
        "last_error": state.last_error,
        "rejected": [f"#{r.seq} {r.entity}: {r.reason}" for r in state.rejected],
    }
