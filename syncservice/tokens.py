"""Short-lived HMAC-SHA256 signed tokens in JWT compact form (HS256 only).

Only the exact header this service issues is accepted, so `alg: none` or an
asymmetric-algorithm confusion cannot be smuggled in. Claims carry the user, the
client, the branch scope and the role, all resolved server-side at issue time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

ISSUER = "workstation-sync"
AUDIENCE = "workstation"
HEADER = {"alg": "HS256", "typ": "JWT"}
TOKEN_LIFETIME = timedelta(minutes=15)


class BadToken(Exception):
    """Any reason a token is not accepted; the HTTP layer maps it to 401."""


@dataclass(frozen=True)
class Claims:
    sub: str
    client_id: str
    branch: str
    role: str
    jti: str
    exp: int

    @property
    def scope_key(self) -> str:
        return f"branch:{self.branch}"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (ValueError, TypeError) as exc:
        raise BadToken("malformed token") from exc


def _sign(key: bytes, signing_input: str) -> str:
    return _b64(hmac.new(key, signing_input.encode(), hashlib.sha256).digest())


def issue(
    key: bytes, claims: dict[str, str], now: datetime, jti: str | None = None
) -> tuple[str, Claims]:
    """A signed token; the same claims, `now` and `jti` give the same token again."""
    exp = int((now + TOKEN_LIFETIME).timestamp())
    body = {**claims, "iss": ISSUER, "aud": AUDIENCE, "iat": int(now.timestamp()), "exp": exp}
    body["jti"] = jti or str(uuid.uuid4())
    head = _b64(json.dumps(HEADER, separators=(",", ":")).encode())
    payload = _b64(json.dumps(body, separators=(",", ":")).encode())
    signing_input = f"{head}.{payload}"
    return f"{signing_input}.{_sign(key, signing_input)}", _claims(body)


def verify(key: bytes, token: str, now: datetime) -> Claims:
    parts = token.split(".")
    if len(parts) != 3:
        raise BadToken("malformed token")
    head, payload, signature = parts
    if not hmac.compare_digest(_sign(key, f"{head}.{payload}"), signature):
        raise BadToken("bad signature")
    body = _json(payload)
    if _json(head) != HEADER:
        raise BadToken("unsupported token header")
    if body.get("iss") != ISSUER or body.get("aud") != AUDIENCE:
        raise BadToken("wrong issuer or audience")
    if not isinstance(body.get("exp"), int) or body["exp"] <= now.timestamp():
        raise BadToken("token expired")
    return _claims(body)


def _json(part: str) -> dict[str, Any]:
    try:
        value = json.loads(_unb64(part))
    except ValueError as exc:
        raise BadToken("malformed token") from exc
    if not isinstance(value, dict):
        raise BadToken("malformed token")
    return value


def _claims(body: dict[str, Any]) -> Claims:
    try:
        fields = {name: body[name] for name in ("sub", "client_id", "branch", "role", "jti")}
        if not all(isinstance(v, str) and v for v in fields.values()):
            raise BadToken("missing claim")
        return Claims(**fields, exp=int(body["exp"]))
    except KeyError as exc:
        raise BadToken(f"missing claim {exc}") from exc
