"""Commands for contracts and the branch signing certificate.

`contract verify FILE` exits 0 only for an intact, trusted contract identical to the
one recorded here; `cert create|import` give the branch its signing key.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path
from typing import Any

from workstation.cli.common import command, signed_in
from workstation.services import branch_certificates, contracts


def register(sub: Any) -> None:
    contract = sub.add_parser("contract", help="issue and verify loan contracts")
    actions = contract.add_subparsers(dest="action", required=True)
    verify = actions.add_parser("verify", help="is this PDF an intact contract of this lender?")
    verify.add_argument("file")
    verify.set_defaults(handler=cmd_contract_verify)
    issue = actions.add_parser("issue", help="issue a draft contract for an approved application")
    issue.add_argument("application_id")
    issue.add_argument("--language", choices=contracts.LANGUAGES, default="bilingual")
    issue.set_defaults(handler=cmd_contract_issue)

    cert = sub.add_parser("cert", help="the branch's contract-signing certificate")
    certs = cert.add_subparsers(dest="action", required=True)
    create = certs.add_parser("create", help="make a local CA and branch certificate (testing)")
    create.add_argument("--branch-name", default="")
    create.set_defaults(handler=cmd_cert_create)
    imp = certs.add_parser("import", help="import an IT-issued PKCS#12 (.p12) file")
    imp.add_argument("file")
    imp.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the .p12 passphrase from standard input (after the user's password)",
    )
    imp.set_defaults(handler=cmd_cert_import)
    certs.add_parser("list", help="list signing certificates").set_defaults(handler=cmd_cert_list)


@command
def cmd_contract_verify(args: argparse.Namespace) -> dict[str, Any]:
    result = contracts.verify_contract(signed_in(args), Path(args.file).read_bytes())
    if not result.ok:
        args.exit_code = 1
    report = result.report
    return {
        "ok": result.ok,
        "contract": result.contract.number if result.contract else None,
        "signed": report.signed,
        "intact": report.intact,
        "trusted": report.trusted,
        "matches_stored_copy": report.matches_stored_hash,
        "signer": report.signer,
        "signing_time": report.signing_time,
        "problems": list(result.problems),
    }


@command
def cmd_contract_issue(args: argparse.Namespace) -> dict[str, Any]:
    summary = contracts.issue_contract(
        signed_in(args), uuid.UUID(args.application_id), args.language
    )
    return {
        "contract_id": str(summary.id),
        "number": summary.number,
        "status": summary.status,
        "issue": summary.issue,
        "sha256": summary.sha256,
    }


@command
def cmd_cert_create(args: argparse.Namespace) -> dict[str, Any]:
    return _info(branch_certificates.create_local_certificate(signed_in(args), args.branch_name))


@command
def cmd_cert_import(args: argparse.Namespace) -> dict[str, Any]:
    ctx = signed_in(args)
    data = Path(args.file).read_bytes()
    if args.passphrase_stdin:
        passphrase = sys.stdin.readline().rstrip("\n")
    else:
        import getpass

        passphrase = getpass.getpass("Passphrase of the .p12 file: ")
    return _info(branch_certificates.import_pkcs12(ctx, data, passphrase))


@command
def cmd_cert_list(args: argparse.Namespace) -> list[dict[str, Any]]:
    return [_info(c) for c in branch_certificates.list_credentials(signed_in(args))]


def _info(info: branch_certificates.CredentialInfo) -> dict[str, Any]:
    return {
        "id": str(info.id),
        "subject": info.subject,
        "source": info.source,
        "not_after": info.not_after.isoformat(),
        "active": info.active,
    }
