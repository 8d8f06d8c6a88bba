"""`workstation-admin`: the scriptable CLI for IT and for tests.

Each command module registers its subcommands; every command runs the same services
as the GUI, with no Qt loaded. `--json` prints machine-readable output; errors go to
stderr in plain words with a non-zero exit code.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from workstation.cli import (
    admin,
    amlcmd,
    bureaucmd,
    contractcmd,
    creditcmd,
    democmd,
    itcmd,
    kyccmd,
    lendingcmd,
    monitorcmd,
    riskcmd,
    servicingcmd,
    storecmd,
    synccmd,
)
from workstation.cli.common import CliError

COMMAND_MODULES = (
    admin,
    storecmd,
    democmd,
    itcmd,
    kyccmd,
    contractcmd,
    lendingcmd,
    servicingcmd,
    synccmd,
    creditcmd,
    amlcmd,
    bureaucmd,
    monitorcmd,
    riskcmd,
)


def _global_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--home", help="data folder (default: WORKSTATION_HOME or the OS one)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--user", help="sign in as this user")
    parser.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _global_options(argparse.ArgumentParser(prog="workstation-admin", description=__doc__))
    sub = parser.add_subparsers(dest="command", required=True)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Global options may stand anywhere (`check-id … --json`), so they are taken first.
    pre = _global_options(argparse.ArgumentParser(add_help=False))
    global_args, rest = pre.parse_known_args(argv)
    args = build_parser().parse_args(rest, namespace=global_args)
    try:
        result: Any = args.handler(args)
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    if result is not None:
        _print(result, args.json)
    return getattr(args, "exit_code", 0)


def _print(result: Any, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result, ensure_ascii=False, indent=2, default=str))
    elif isinstance(result, str):
        print(result)
    elif isinstance(result, list):
        for row in result:
            print(row if isinstance(row, str) else "  ".join(str(v) for v in row.values()))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
