"""Custody of the database key: per-user key slots, and sign-in throttling.

The SQLCipher key K is 32 random bytes made at provisioning and never written in
clear. It is stored wrapped (AES-256-GCM) under a master key M, and each user has a
slot holding M wrapped under a key-encryption key derived from BOTH the user's
password (Argon2id) and a device secret kept in the OS keyring. So the slot file
alone, or the keyring entry alone, opens nothing. The extra level lets IT rotate K
(`PRAGMA rekey`) without knowing every user's password: only the K-under-M wrap
changes.

The slot file also keeps the failed-sign-in counters, because they must survive a
restart and work before the database can be opened. Entries are keyed by an HMAC of
the user name, so the file does not list who has an account and unknown names are
throttled exactly like real ones. The whole file is HMAC-protected with the device
secret, so editing it to reset a lockout is detected.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from workstation.services.fileio import write_atomic

FORMAT = 1
KDF_MEMORY_KIB = 47104
KDF_TIME = 2
KDF_PARALLELISM = 1
_DUMMY_SALT = b"\x00" * 16


class SlotFileError(RuntimeError):
    """The slot file is missing, unreadable or was tampered with."""


class WrongPassword(Exception):
    """Raised for a wrong password and for an unknown user alike."""


def new_key() -> bytes:
    return secrets.token_bytes(32)


def new_device_secret() -> str:
    return base64.b64encode(secrets.token_bytes(32)).decode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode())


def _password_key(password: str, salt: bytes, memory: int, time_cost: int, par: int) -> bytes:
    return hash_secret_raw(password.encode("utf-8"), salt, time_cost, memory, par, 32, Type.ID)


def _kek(password_key: bytes, device_secret: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"lows-keyslot-v1")
    return hkdf.derive(password_key + device_secret)


@dataclass
class Throttle:
    failures: int = 0
    locked_until: datetime | None = None


@dataclass
class SlotFile:
    path: Path
    device_secret: bytes
    db_id: str
    slots: dict[str, dict[str, Any]] = field(default_factory=dict)
    throttles: dict[str, Throttle] = field(default_factory=dict)
    pending_events: list[dict[str, str]] = field(default_factory=list)
    wrapped_db_key: dict[str, Any] = field(default_factory=dict)
    audit_anchor: tuple[int, str] | None = None

    # -- persistence -------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, device_secret: str, db_id: str) -> SlotFile:
        return cls(path, _unb64(device_secret), db_id)

    @classmethod
    def load(cls, path: Path, device_secret: str) -> SlotFile:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise SlotFileError("The workstation's key file is missing.") from exc
        except (OSError, ValueError) as exc:
            raise SlotFileError("The workstation's key file cannot be read.") from exc
        secret = _unb64(device_secret)
        mac = raw.pop("mac", "")
        if not hmac.compare_digest(mac, _mac(secret, raw)):
            raise SlotFileError(
                "The workstation's key file was changed outside the app or belongs to "
                "another device."
            )
        throttles = {
            tag: Throttle(t["failures"], _parse_time(t.get("locked_until")))
            for tag, t in raw.get("throttle", {}).items()
        }
        anchor = tuple(raw["audit_anchor"]) if raw.get("audit_anchor") else None
        return cls(
            path,
            secret,
            raw["db_id"],
            raw["slots"],
            throttles,
            raw["pending"],
            raw["db_key"],
            anchor,
        )

    @staticmethod
    def peek_db_id(path: Path) -> str:
        """The database id names the keyring entry; read before the MAC can be checked."""
        try:
            return str(json.loads(path.read_text(encoding="utf-8"))["db_id"])
        except FileNotFoundError as exc:
            raise SlotFileError("The workstation's key file is missing.") from exc
        except (OSError, ValueError, KeyError) as exc:
            raise SlotFileError("The workstation's key file cannot be read.") from exc

    def save(self) -> None:
        body: dict[str, Any] = {
            "format": FORMAT,
            "db_id": self.db_id,
            "slots": self.slots,
            "throttle": {
                tag: {"failures": t.failures, "locked_until": _fmt_time(t.locked_until)}
                for tag, t in self.throttles.items()
            },
            "pending": self.pending_events,
            "db_key": self.wrapped_db_key,
            "audit_anchor": list(self.audit_anchor) if self.audit_anchor else None,
        }
        body["mac"] = _mac(self.device_secret, body)
        write_atomic(self.path, json.dumps(body, indent=1, sort_keys=True).encode())

    # -- slots ----------------------------------------------------------------------
    def tag(self, username: str) -> str:
        """Opaque per-device name for a user, so the file does not list accounts."""
        msg = b"user:" + username.strip().lower().encode("utf-8")
        return hmac.new(self.device_secret, msg, hashlib.sha256).hexdigest()

    def has_slot(self, username: str) -> bool:
        return self.tag(username) in self.slots

    def set_database_key(self, master_key: bytes, db_key: bytes) -> None:
        """Wrap a new database key; the previous wrap is kept until the next rotation.

        A crash between saving this file and `PRAGMA rekey` finishing must not lock
        the database out, so opening tries the current key and then the previous one.
        """
        nonce = secrets.token_bytes(12)
        sealed = AESGCM(master_key).encrypt(nonce, db_key, f"{self.db_id}:db".encode())
        current = {k: v for k, v in self.wrapped_db_key.items() if k != "previous"}
        self.wrapped_db_key = {"nonce": _b64(nonce), "wrapped": _b64(sealed)}
        if current:
            self.wrapped_db_key["previous"] = current

    def database_keys(self, master_key: bytes) -> list[bytes]:
        """The current database key, then the previous one if a rotation left one."""
        wraps = [self.wrapped_db_key, self.wrapped_db_key.get("previous")]
        return [self._unwrap_db_key(master_key, w) for w in wraps if w]

    def database_key(self, master_key: bytes) -> bytes:
        return self.database_keys(master_key)[0]

    def _unwrap_db_key(self, master_key: bytes, wrap: dict[str, Any]) -> bytes:
        try:
            return AESGCM(master_key).decrypt(
                _unb64(wrap["nonce"]), _unb64(wrap["wrapped"]), f"{self.db_id}:db".encode()
            )
        except (InvalidTag, KeyError) as exc:
            raise SlotFileError("The database key in the key file does not fit.") from exc

    def put_slot(self, username: str, password: str, master_key: bytes) -> None:
        salt = secrets.token_bytes(16)
        kek = _kek(
            _password_key(password, salt, KDF_MEMORY_KIB, KDF_TIME, KDF_PARALLELISM),
            self.device_secret,
        )
        nonce = secrets.token_bytes(12)
        tag = self.tag(username)
        sealed = AESGCM(kek).encrypt(nonce, master_key, self._aad(tag))
        self.slots[tag] = {
            "kdf": "argon2id",
            "m": KDF_MEMORY_KIB,
            "t": KDF_TIME,
            "p": KDF_PARALLELISM,
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped": _b64(sealed),
        }

    def remove_slot(self, username: str) -> None:
        self.slots.pop(self.tag(username), None)

    def unwrap(self, username: str, password: str) -> bytes:
        """Return the master key, or raise WrongPassword after the same KDF work.

        An unknown user still pays for one Argon2id derivation, so the answer and
        its timing do not reveal whether the account exists.
        """
        tag = self.tag(username)
        slot = self.slots.get(tag)
        if slot is None:
            _password_key(password, _DUMMY_SALT, KDF_MEMORY_KIB, KDF_TIME, KDF_PARALLELISM)
            raise WrongPassword
        pw_key = _password_key(password, _unb64(slot["salt"]), slot["m"], slot["t"], slot["p"])
        try:
            return AESGCM(_kek(pw_key, self.device_secret)).decrypt(
                _unb64(slot["nonce"]), _unb64(slot["wrapped"]), self._aad(tag)
            )
        except InvalidTag as exc:
            raise WrongPassword from exc

    def _aad(self, tag: str) -> bytes:
        return f"{self.db_id}:{tag}".encode()

    # -- throttling -----------------------------------------------------------------
    def locked_until(self, username: str, now: datetime) -> datetime | None:
        state = self.throttles.get(self.tag(username))
        if state and state.locked_until and state.locked_until > now:
            return state.locked_until
        return None

    def record_failure(
        self, username: str, now: datetime, threshold: int, minutes: int
    ) -> datetime | None:
        """Count a failure; every `threshold` failures locks for twice as long as before."""
        state = self.throttles.setdefault(self.tag(username), Throttle())
        state.failures += 1
        if state.failures % threshold == 0:
            doublings = state.failures // threshold - 1
            state.locked_until = now + timedelta(minutes=minutes * (2 ** min(doublings, 10)))
        return state.locked_until if state.locked_until and state.locked_until > now else None

    def clear_failures(self, username: str) -> None:
        self.throttles.pop(self.tag(username), None)

    def queue_event(self, action: str, username: str, now: datetime) -> None:
        """Remember a failed sign-in for the audit trail until the database is open."""
        self.pending_events.append(
            {"action": action, "user_tag": self.tag(username)[:16], "at": _fmt_time(now) or ""}
        )


def _mac(secret: bytes, body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    return hmac.new(secret, b"lows-slotfile-v1" + canonical, hashlib.sha256).hexdigest()


def _fmt_time(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _parse_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None
