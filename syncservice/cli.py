"""`workstation-sync`: run the service and do IT chores (enrolment codes, revocation)."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import timedelta

from syncservice import accounts, scopes
from syncservice.db import make_engine, upgrade

DEFAULT_URL = "sqlite:///workstation-sync.db"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="workstation-sync")
    parser.add_argument("--database-url", default=os.environ.get("SYNC_DATABASE_URL", DEFAULT_URL))
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the HTTP service")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8470)
    serve.add_argument("--ssl-certfile")
    serve.add_argument("--ssl-keyfile")
    code = sub.add_parser("enroll-code", help="print a one-time enrolment code for a branch")
    code.add_argument("--branch", required=True)
    revoke = sub.add_parser("revoke", help="revoke a workstation's credential")
    revoke.add_argument("client_id")
    sub.add_parser("migrate", help="create or upgrade the schema")
    compact = sub.add_parser("compact", help="drop change-log rows older than the window")
    compact.add_argument("--days", type=int, default=180)
    epoch = sub.add_parser("new-epoch", help="make every workstation of a branch re-snapshot")
    epoch.add_argument("--branch", required=True)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "serve":
        return _serve(args)
    engine = make_engine(args.database_url)
    upgrade(engine)
    if args.command == "enroll-code":
        print(accounts.create_enrollment_code(engine, args.branch, accounts.now_utc()))
    elif args.command == "compact":
        before = accounts.now_utc() - timedelta(days=args.days)
        print(f"{scopes.compact(engine, before)} change-log rows removed")
    elif args.command == "new-epoch":
        print(scopes.new_epoch(engine, f"branch:{args.branch}"))
    elif args.command == "revoke" and not accounts.revoke_client(engine, args.client_id):
        print(f"no such client: {args.client_id}", file=sys.stderr)
        return 1
    return 0


def _serve(args: argparse.Namespace) -> int:
    import ssl

    import uvicorn

    from syncservice.app import create_app

    app = create_app(args.database_url)
    tls = {}
    if args.ssl_certfile:
        # TLS 1.2 is the floor; uvicorn's context is built from this protocol constant.
        tls = {
            "ssl_certfile": args.ssl_certfile,
            "ssl_keyfile": args.ssl_keyfile,
            "ssl_version": ssl.PROTOCOL_TLS_SERVER,
        }
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", **tls)
    return 0
