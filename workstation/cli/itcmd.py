"""Commands for IT deployment: `provision` (run by the installer) and `doctor`."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from workstation import __version__
from workstation.cli.common import command, signed_in
from workstation.services import diagnostics, maintenance
from workstation.services.paths import Paths
from workstation.services.secrets import SecretStore


def register(sub: Any) -> None:
    prov = sub.add_parser(
        "provision", help="point this workstation at its sync server and branch, and enrol it"
    )
    prov.add_argument("--server", required=True, help="sync server address, https://…")
    prov.add_argument("--branch", required=True, help="branch code, e.g. BJ001")
    prov.add_argument("--enroll", required=True, help="one-time enrolment code from head office")
    prov.set_defaults(handler=cmd_provision)
    doc = sub.add_parser(
        "doctor", help="report versions, folders, keyring, database and server; exit 1 if unwell"
    )
    doc.set_defaults(handler=cmd_doctor)
    sub.add_parser("version", help="print the workstation version").set_defaults(
        handler=lambda args: {"version": __version__}
    )


def _paths(args: argparse.Namespace) -> Paths:
    return Paths(Path(args.home)) if args.home else Paths.default()


@command
def cmd_provision(args: argparse.Namespace) -> dict[str, str]:
    ctx = signed_in(args) if args.user else None  # enrolment needs IT signed in
    done = diagnostics.provision(
        _paths(args), args.server, args.branch, args.enroll, datetime.now(UTC), ctx
    )
    if done.enrolment not in {diagnostics.ENROLLED, diagnostics.ENROLMENT_PENDING}:
        args.exit_code = 1
    return {
        "status": "provisioned",
        "server": done.server_url,
        "branch": done.branch_code,
        "enrolment": done.enrolment,
    }


@command
def cmd_doctor(args: argparse.Namespace) -> dict[str, Any]:
    integrity = maintenance.check_integrity(signed_in(args)) if args.user else None
    report = diagnostics.doctor(_paths(args), SecretStore(), integrity)
    if not report.healthy:
        args.exit_code = 1
    return report.as_dict()
