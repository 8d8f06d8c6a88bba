"""Commands for demo workstations and screenshots."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from workstation.cli.common import command, workstation
from workstation.services.demo import DEMO_PASSWORD, create_demo_workstation, load_demo_data


def register(sub: Any) -> None:
    demo = sub.add_parser("demo-data", help="create (if needed) and fill a demo workstation")
    demo.add_argument("--customers", type=int, default=200)
    demo.set_defaults(handler=cmd_demo_data)
    shots = sub.add_parser("screenshots", help="render every main screen to PNG files")
    shots.add_argument("--out", required=True)
    shots.add_argument("--lang", choices=("zh_CN", "en"), action="append")
    shots.add_argument("--customers", type=int, default=200)
    shots.set_defaults(handler=cmd_screenshots)


@command
def cmd_demo_data(args: argparse.Namespace) -> dict[str, object]:
    ws = workstation(args)
    created = not ws.is_provisioned()
    if created:
        create_demo_workstation(ws)
    load_demo_data(ws, customers=args.customers)
    return {
        "home": str(ws.paths.home),
        "created": created,
        "customers": args.customers,
        "demo_password": DEMO_PASSWORD,
    }


@command
def cmd_screenshots(args: argparse.Namespace) -> list[str]:
    from workstation.screenshots import render_all  # loads Qt only for this command

    languages = tuple(args.lang or ("zh_CN", "en"))
    return [str(p) for p in render_all(Path(args.out), languages, args.customers)]
