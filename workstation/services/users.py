"""User and role administration for IT: add, disable, reset passwords, grant roles.

IT never chooses or sees a user's own password: a new account and a reset both get a
random one-time password, valid for 24 hours, that must be changed at first sign-in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.models import Role, RolePermission, User
from workstation.services.passwords import generate_one_time_password, hash_password
from workstation.services.permissions import Permission
from workstation.services.session import UserSession

TEMPORARY_PASSWORD_LIFETIME = timedelta(hours=24)


class UserAdminError(ValueError):
    pass


@dataclass(frozen=True)
class UserInfo:
    username: str
    display_name: str
    role: str
    branch_code: str
    disabled: bool
    must_change_password: bool
    password_changed_at: datetime | None


@dataclass(frozen=True)
class RoleInfo:
    name: str
    description: str
    permissions: tuple[str, ...]


@dataclass(frozen=True)
class IssuedPassword:
    """A one-time password to hand to the user; it is not stored anywhere in clear."""

    username: str
    one_time_password: str
    expires_at: datetime


def list_users(ctx: UserSession) -> list[UserInfo]:
    ctx.require(Permission.USER_MANAGE, "user_list")
    with ctx.read() as session:
        users = session.execute(select(User).order_by(User.username)).scalars()
        return [_info(u) for u in users]


def list_roles(ctx: UserSession) -> list[RoleInfo]:
    ctx.require(Permission.USER_MANAGE, "role_list")
    with ctx.read() as session:
        roles = session.execute(select(Role).order_by(Role.name)).scalars()
        return [RoleInfo(r.name, r.description, tuple(sorted(r.permissions))) for r in roles]


def add_user(ctx: UserSession, username: str, display_name: str, role: str) -> IssuedPassword:
    ctx.require(Permission.USER_MANAGE, "user_add")
    ctx.require_recent_auth()
    username = _clean_username(username)
    otp = generate_one_time_password()
    expires = ctx.now() + TEMPORARY_PASSWORD_LIFETIME
    with ctx.transaction() as session:
        if _find(session, username) is not None:
            raise UserAdminError(f"A user named {username} already exists.")
        user = User(
            username=username,
            display_name=display_name.strip(),
            role_id=_role(session, role).id,
            branch_id=ctx.actor.branch_id,
            password_hash=hash_password(otp),
            must_change_password=True,
            temporary_password_expires=expires,
        )
        session.add(user)
        session.flush()
        ctx.audit(
            session,
            "user_created",
            subject_type="user",
            subject_id=str(user.id),
            details={"role": role},
        )
        _write_slot(ctx, username, otp)
    return IssuedPassword(username, otp, expires)


def reset_password(ctx: UserSession, username: str) -> IssuedPassword:
    ctx.require(Permission.USER_MANAGE, "user_reset_password")
    ctx.require_recent_auth()
    otp = generate_one_time_password()
    expires = ctx.now() + TEMPORARY_PASSWORD_LIFETIME
    with ctx.transaction() as session:
        user = _get(session, username)
        user.password_hash = hash_password(otp)
        user.must_change_password = True
        user.temporary_password_expires = expires
        ctx.audit(session, "password_reset", subject_type="user", subject_id=str(user.id))
        _write_slot(ctx, user.username, otp)
    return IssuedPassword(user.username, otp, expires)


def set_disabled(ctx: UserSession, username: str, disabled: bool) -> None:
    ctx.require(Permission.USER_MANAGE, "user_disable" if disabled else "user_enable")
    with ctx.transaction() as session:
        user = _get(session, username)
        if user.id == ctx.actor.user_id:
            raise UserAdminError("You cannot disable your own account.")
        user.disabled = disabled
        ctx.audit(
            session,
            "user_disabled" if disabled else "user_enabled",
            subject_type="user",
            subject_id=str(user.id),
        )


def set_role(ctx: UserSession, username: str, role: str) -> None:
    """Grant `role` to a user (a user holds exactly one role)."""
    ctx.require(Permission.ROLE_MANAGE, "role_grant")
    ctx.require_recent_auth()
    with ctx.transaction() as session:
        user = _get(session, username)
        if user.id == ctx.actor.user_id:
            raise UserAdminError("You cannot change your own role.")
        previous = user.role.name
        user.role_id = _role(session, role).id
        ctx.audit(
            session,
            "role_granted",
            subject_type="user",
            subject_id=str(user.id),
            details={"from": previous, "to": role},
        )


def change_role_permission(ctx: UserSession, role: str, permission: str, grant: bool) -> None:
    ctx.require(Permission.ROLE_MANAGE, "role_permission_change")
    ctx.require_recent_auth()
    valid = {p.value for p in Permission}
    if permission not in valid:
        raise UserAdminError(f"Unknown permission {permission}.")
    with ctx.transaction() as session:
        row = _role(session, role)
        present = permission in row.permissions
        if grant and not present:
            row.permission_rows.append(RolePermission(permission=permission))
        elif not grant and present:
            row.permission_rows = [p for p in row.permission_rows if p.permission != permission]
        ctx.audit(
            session,
            "role_permission_granted" if grant else "role_permission_revoked",
            subject_type="role",
            subject_id=role,
            details={"permission": permission},
        )


def _write_slot(ctx: UserSession, username: str, password: str) -> None:
    slots = ctx.workstation.load_slots()
    slots.put_slot(username, password, ctx.master_key)
    slots.clear_failures(username)
    slots.save()


def _clean_username(username: str) -> str:
    cleaned = username.strip().lower()
    if not (3 <= len(cleaned) <= 64) or not all(c.isalnum() or c in "._-" for c in cleaned):
        raise UserAdminError(
            "A user name has 3 to 64 letters, digits, dots, dashes or underscores."
        )
    return cleaned


def _find(session: Session, username: str) -> User | None:
    return session.execute(
        select(User).where(User.username == username.strip().lower())
    ).scalar_one_or_none()


def _get(session: Session, username: str) -> User:
    user = _find(session, username)
    if user is None:
        raise UserAdminError(f"There is no user named {username}.")
    return user


def _role(session: Session, name: str) -> Role:
    role = session.execute(select(Role).where(Role.name == name)).scalar_one_or_none()
    if role is None:
        raise UserAdminError(f"There is no role named {name}.")
    return role


def _info(user: User) -> UserInfo:
    return UserInfo(
        user.username,
        user.display_name,
        user.role.name,
        user.branch.code,
        user.disabled,
        user.must_change_password,
        user.password_changed_at,
    )
