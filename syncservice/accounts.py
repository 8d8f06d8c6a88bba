"""Enrolment codes, device credentials, server-side users and token issue/verification."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, Engine, Row, insert, select, update
from sqlalchemy.exc import IntegrityError

from syncservice import tokens
from syncservice.schema import enrollment_code, revoked_token, server_key, sync_client, sync_user
from syncservice.wire import EnrollRequest, TokenRequest

CODE_LIFETIME = timedelta(hours=24)
# How long a refresh may be repeated with the token it replaced (its answer was lost).
# The workstation refreshes 5 minutes before expiry and retries on a 60 s timer that
# doubles while the server is unreachable, so 5 minutes covers three attempts; the old
# token's own expiry bounds it too.
REFRESH_GRACE = timedelta(minutes=5)
_HASHER = PasswordHasher()


class Refused(Exception):
    """An authentication or authorisation failure with its HTTP status."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def now_utc() -> datetime:
    return datetime.now(UTC)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def server_secret(engine: Engine, name: str) -> bytes:
    """A random server key made on first use and kept in the database."""
    with engine.begin() as conn:
        value = conn.execute(select(server_key.c.value).where(server_key.c.name == name)).scalar()
        if value is None:
            value = secrets.token_hex(32)
            try:
                with conn.begin_nested():
                    conn.execute(insert(server_key).values(name=name, value=value))
            except IntegrityError:
                value = conn.execute(
                    select(server_key.c.value).where(server_key.c.name == name)
                ).scalar_one()
    return bytes.fromhex(value)


def create_enrollment_code(engine: Engine, branch: str, now: datetime) -> str:
    """A one-time code IT gives to the branch; only its hash is stored."""
    code = secrets.token_urlsafe(12)
    with engine.begin() as conn:
        conn.execute(
            insert(enrollment_code).values(
                code_hash=sha256_hex(code),
                branch=branch.strip().upper(),
                expires_at=now + CODE_LIFETIME,
            )
        )
    return code


def enroll(engine: Engine, request: EnrollRequest, now: datetime) -> tuple[str, str]:
    """Exchange a valid code for a device credential; returns (branch, device_secret).

    The same client may repeat the exchange with the same code (its answer was lost):
    it gets a fresh credential and the lost one stops working.
    """
    device_secret = secrets.token_urlsafe(32)
    with engine.begin() as conn:
        branch = _consume_code(conn, request.code, request.client_id, now)
        values = {
            "device_name": request.device_name,
            "branch": branch,
            "credential_hash": sha256_hex(device_secret),
            "audit_key": request.audit_key,
        }
        known = sync_client.c.client_id == request.client_id
        if conn.execute(update(sync_client).where(known).values(**values)).rowcount == 0:
            conn.execute(
                insert(sync_client).values(
                    client_id=request.client_id,
                    last_seq=0,
                    last_user="",
                    audit_seq=0,
                    audit_hash="0" * 64,
                    flagged="",
                    revoked=False,
                    **values,
                )
            )
        _store_users(conn, branch, request)
    return branch, device_secret


def _consume_code(conn: Connection, code: str, client_id: str, now: datetime) -> str:
    row = conn.execute(
        select(enrollment_code)
        .where(enrollment_code.c.code_hash == sha256_hex(code))
        .with_for_update()
    ).first()
    if row is None or row.used_by not in (None, client_id) or _aware(row.expires_at) <= now:
        raise Refused(403, "ENROLLMENT_CODE_INVALID")
    conn.execute(
        update(enrollment_code)
        .where(enrollment_code.c.code_hash == row.code_hash)
        .values(used_by=client_id)
    )
    return str(row.branch)


def _store_users(conn: Connection, branch: str, request: EnrollRequest) -> None:
    for user in request.users:
        key = (sync_user.c.branch == branch) & (sync_user.c.username == user.username)
        values = {"role": user.role, "verifier": user.verifier, "disabled": user.disabled}
        if conn.execute(update(sync_user).where(key).values(**values)).rowcount == 0:
            conn.execute(insert(sync_user).values(branch=branch, username=user.username, **values))


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Issued:
    token: str
    claims: tokens.Claims


def issue_token(engine: Engine, key: bytes, request: TokenRequest, now: datetime) -> Issued:
    with engine.connect() as conn:
        client = _client(conn, request.client_id)
        if not hmac.compare_digest(client.credential_hash, sha256_hex(request.device_secret)):
            raise Refused(401, "BAD_DEVICE_CREDENTIAL")
        user = conn.execute(
            select(sync_user).where(
                (sync_user.c.branch == client.branch) & (sync_user.c.username == request.username)
            )
        ).first()
    if user is None or user.disabled or not _password_ok(user.verifier, request.password):
        raise Refused(401, "BAD_CREDENTIALS")
    claims = {
        "sub": user.username,
        "client_id": client.client_id,
        "branch": client.branch,
        "role": user.role,
    }
    token, parsed = tokens.issue(key, claims, now)
    return Issued(token, parsed)


def refresh_token(
    engine: Engine, key: bytes, header: str | None, device_secret: str, now: datetime
) -> Issued:
    """A new token for a still-valid one, re-checking device and user server-side.

    The old token is revoked in the same step, but its answer can be lost on the way
    back; the workstation then still holds only the old token. So a refresh of a token
    that a refresh revoked less than `REFRESH_GRACE` ago (and that has not expired)
    answers the very token it issued then (same jti, iat and exp, so the same string),
    as long as that one is not revoked itself. Nothing else accepts the old token.
    """
    claims, revoked = _verified(engine, key, header, now)
    if revoked is not None and not _retry_allowed(engine, revoked, now):
        raise Refused(401, "TOKEN_REVOKED")
    with engine.connect() as conn:
        client = _client(conn, claims.client_id)
        if not hmac.compare_digest(client.credential_hash, sha256_hex(device_secret)):
            raise Refused(401, "BAD_DEVICE_CREDENTIAL")
        user = conn.execute(
            select(sync_user).where(
                (sync_user.c.branch == client.branch) & (sync_user.c.username == claims.sub)
            )
        ).first()
    if user is None or user.disabled:
        raise Refused(401, "BAD_CREDENTIALS")
    fresh = {
        "sub": user.username,
        "client_id": client.client_id,
        "branch": client.branch,
        "role": user.role,
    }
    if revoked is not None:  # a retry: the token issued the first time
        return Issued(*tokens.issue(key, fresh, _aware(revoked.revoked_at), revoked.successor))
    token, parsed = tokens.issue(key, fresh, now)
    try:
        revoke_token(engine, claims, now=now, successor=parsed.jti)
    except IntegrityError:  # a concurrent refresh of the same token won: answer its token
        return refresh_token(engine, key, header, device_secret, now)
    return Issued(token, parsed)


def _retry_allowed(engine: Engine, revoked: Row[Any], now: datetime) -> bool:
    if revoked.successor is None or revoked.revoked_at is None:
        return False  # logged out, not refreshed
    if now - _aware(revoked.revoked_at) > REFRESH_GRACE:
        return False
    with engine.connect() as conn:
        stmt = select(revoked_token.c.jti).where(revoked_token.c.jti == revoked.successor)
        return conn.execute(stmt).first() is None


def _password_ok(verifier: str, password: str) -> bool:
    try:
        return _HASHER.verify(verifier, password)
    except (VerificationError, InvalidHashError):
        return False


def _client(conn: Connection, client_id: str) -> Row[Any]:
    client = conn.execute(select(sync_client).where(sync_client.c.client_id == client_id)).first()
    if client is None:
        raise Refused(401, "UNKNOWN_CLIENT")
    if client.revoked:
        raise Refused(403, "CLIENT_REVOKED")
    return client


def authenticate(engine: Engine, key: bytes, header: str | None, now: datetime) -> tokens.Claims:
    """Bearer token → claims; 401 for any token problem, 403 for a revoked device."""
    claims, revoked = _verified(engine, key, header, now)
    if revoked is not None:
        raise Refused(401, "TOKEN_REVOKED")
    return claims


def _verified(
    engine: Engine, key: bytes, header: str | None, now: datetime
) -> tuple[tokens.Claims, Row[Any] | None]:
    """Signed, unexpired claims of a known, unrevoked device, and the token's revocation."""
    if not header or not header.startswith("Bearer "):
        raise Refused(401, "TOKEN_MISSING")
    try:
        claims = tokens.verify(key, header.removeprefix("Bearer ").strip(), now)
    except tokens.BadToken as exc:
        raise Refused(401, f"TOKEN_INVALID: {exc}") from None
    with engine.connect() as conn:
        revoked = conn.execute(
            select(revoked_token).where(revoked_token.c.jti == claims.jti)
        ).first()
        _client(conn, claims.client_id)
    return claims, revoked


def revoke_token(
    engine: Engine, claims: tokens.Claims, *, now: datetime | None = None, successor: str = ""
) -> None:
    """Put the token on the revocation list (a refresh also records what replaced it)."""
    with engine.begin() as conn:
        conn.execute(
            insert(revoked_token).values(
                jti=claims.jti,
                expires_at=datetime.fromtimestamp(claims.exp, UTC),
                revoked_at=now,
                successor=successor or None,
            )
        )


def revoke_client(engine: Engine, client_id: str) -> bool:
    with engine.begin() as conn:
        stmt = update(sync_client).where(sync_client.c.client_id == client_id)
        return bool(conn.execute(stmt.values(revoked=True)).rowcount)
