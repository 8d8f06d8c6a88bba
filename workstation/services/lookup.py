"""Keyed digests of identity numbers, phones and cards, for exact look-ups.

An index on the digest finds a customer by full ID number without a scan, and the
digest is useless without the workstation's lookup key (kept inside the encrypted
database). Values must be normalised (see identity_checks) before hashing.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy.orm import Session

from workstation.models import LocalSecret

LOOKUP_KEY_NAME = "lookup_key"


def create_lookup_key(session: Session) -> None:
    session.add(LocalSecret(name=LOOKUP_KEY_NAME, value=secrets.token_bytes(32).hex()))


def lookup_key(session: Session) -> bytes:
    row = session.get(LocalSecret, LOOKUP_KEY_NAME)
    if row is None:
        raise RuntimeError("lookup key missing: the database was not provisioned")
    return bytes.fromhex(row.value)


def digest(key: bytes, kind: str, normalized: str) -> str:
    return hmac.new(key, f"{kind}\x00{normalized}".encode(), hashlib.sha256).hexdigest()
