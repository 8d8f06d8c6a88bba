"""Commands for identity checks and watch lists (KYC)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from workstation.cli.common import command, signed_in
from workstation.services import watchlist
from workstation.services.customer_forms import DEFAULT_AGE_RANGE, check_document
from workstation.services.identity_checks import KINDS


def register(sub: Any) -> None:
    check = sub.add_parser("check-id", help="check an ID number, MRZ, card, phone or e-mail")
    check.add_argument("--type", dest="kind", required=True, choices=KINDS)
    check.add_argument("value", help="the value; MRZ lines joined with newlines")
    check.add_argument("--min-age", type=int, default=DEFAULT_AGE_RANGE[0])
    check.add_argument("--max-age", type=int, default=DEFAULT_AGE_RANGE[1])
    check.add_argument("--expiry", type=date.fromisoformat, help="document expiry YYYY-MM-DD")
    check.add_argument("--today", type=date.fromisoformat, help="check as of this date")
    check.set_defaults(handler=cmd_check_id)

    wl = sub.add_parser("watchlist", help="watch lists").add_subparsers(
        dest="action", required=True
    )
    imp = wl.add_parser(
        "import", help="import a CSV: name, aliases (|-separated), id_number, reason"
    )
    imp.add_argument("file")
    imp.add_argument("--list", dest="list_name", required=True)
    imp.set_defaults(handler=cmd_watchlist_import)


@command
def cmd_check_id(args: argparse.Namespace) -> dict[str, object]:
    """Prints the verdict; the exit code is 1 when the value is not valid."""
    ages = (args.min_age, args.max_age)
    result = check_document(args.kind, args.value, args.today or date.today(), ages, args.expiry)
    args.exit_code = 0 if result.valid else 1
    return result.to_dict()


@command
def cmd_watchlist_import(args: argparse.Namespace) -> dict[str, object]:
    text = Path(args.file).read_text(encoding="utf-8-sig")
    summary = watchlist.import_csv(signed_in(args), text, args.list_name)
    return {"list": summary.list_name, "imported": summary.imported, "skipped": summary.skipped}
