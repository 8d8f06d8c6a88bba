"""Commands for provisioning, users and roles."""

from __future__ import annotations

import argparse
from typing import Any

from workstation.cli.common import command, read_password, signed_in, workstation
from workstation.services import users
from workstation.services.auth import ProvisionRequest


def register(sub: Any) -> None:
    init = sub.add_parser("init", help="set up a new workstation and its first IT admin")
    init.add_argument("--branch-code", required=True)
    init.add_argument("--branch-name", required=True)
    init.add_argument("--device-name", default="workstation")
    init.add_argument("--admin", required=True, help="user name of the first IT admin")
    init.add_argument("--admin-name", default="IT Administrator")
    init.set_defaults(handler=cmd_init)

    user = sub.add_parser("user", help="manage users").add_subparsers(dest="action", required=True)
    add = user.add_parser("add", help="create a user; prints a one-time password")
    add.add_argument("username")
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True)
    add.set_defaults(handler=cmd_user_add)
    for action, handler in (
        ("disable", cmd_user_disable),
        ("enable", cmd_user_enable),
        ("reset-password", cmd_user_reset),
    ):
        p = user.add_parser(action)
        p.add_argument("username")
        p.set_defaults(handler=handler)
    user.add_parser("list").set_defaults(handler=cmd_user_list)
    set_role = user.add_parser("set-role", help="give a user another role")
    set_role.add_argument("username")
    set_role.add_argument("role")
    set_role.set_defaults(handler=cmd_user_set_role)

    role = sub.add_parser("role", help="manage roles").add_subparsers(dest="action", required=True)
    role.add_parser("list").set_defaults(handler=cmd_role_list)
    for action, grant in (("grant", True), ("revoke", False)):
        p = role.add_parser(action, help=f"{action} a permission on a role")
        p.add_argument("role")
        p.add_argument("permission")
        p.set_defaults(handler=cmd_role_change, grant=grant)


@command
def cmd_init(args: argparse.Namespace) -> dict[str, str]:
    ws = workstation(args)
    password = read_password(args, "New password for the IT admin: ")
    ws.provision(
        ProvisionRequest(
            args.branch_code,
            args.branch_name,
            args.device_name,
            args.admin,
            args.admin_name,
            password,
        )
    )
    return {"status": "provisioned", "home": str(ws.paths.home), "admin": args.admin}


@command
def cmd_user_add(args: argparse.Namespace) -> dict[str, str]:
    issued = users.add_user(signed_in(args), args.username, args.name, args.role)
    return _issued(issued)


@command
def cmd_user_reset(args: argparse.Namespace) -> dict[str, str]:
    return _issued(users.reset_password(signed_in(args), args.username))


def _issued(issued: users.IssuedPassword) -> dict[str, str]:
    return {
        "username": issued.username,
        "one_time_password": issued.one_time_password,
        "expires_at": issued.expires_at.isoformat(),
        "note": "hand this to the user; they must choose their own password at first sign-in",
    }


@command
def cmd_user_disable(args: argparse.Namespace) -> dict[str, str]:
    users.set_disabled(signed_in(args), args.username, True)
    return {"username": args.username, "status": "disabled"}


@command
def cmd_user_enable(args: argparse.Namespace) -> dict[str, str]:
    users.set_disabled(signed_in(args), args.username, False)
    return {"username": args.username, "status": "enabled"}


@command
def cmd_user_set_role(args: argparse.Namespace) -> dict[str, str]:
    users.set_role(signed_in(args), args.username, args.role)
    return {"username": args.username, "role": args.role}


@command
def cmd_user_list(args: argparse.Namespace) -> list[dict[str, object]]:
    return [
        {
            "username": u.username,
            "name": u.display_name,
            "role": u.role,
            "branch": u.branch_code,
            "disabled": u.disabled,
        }
        for u in users.list_users(signed_in(args))
    ]


@command
def cmd_role_list(args: argparse.Namespace) -> list[dict[str, object]]:
    return [
        {"role": r.name, "description": r.description, "permissions": ",".join(r.permissions)}
        for r in users.list_roles(signed_in(args))
    ]


@command
def cmd_role_change(args: argparse.Namespace) -> dict[str, object]:
    users.change_role_permission(signed_in(args), args.role, args.permission, args.grant)
    return {"role": args.role, "permission": args.permission, "granted": args.grant}
