"""A signed-in user's session: the context every service call receives.

It carries the open store, the actor, the clock and the audit key, and enforces the
session rules: permission checks (denials are audited), idle lock, forced sign-out
after the maximum session length, and step-up re-authentication for sensitive acts.
Locking disposes the engine so the database key leaves memory with it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from workstation.services import audit
from workstation.services.clock import Clock
from workstation.services.permissions import Actor, Permission, PermissionDenied
from workstation.services.settings import Settings
from workstation.services.store import Store

if TYPE_CHECKING:
    from workstation.services.auth import Workstation


# Key in Session.info: the signed-in user's branch, for look-ups by id (see in_scope).
BRANCH_SCOPE = "branch_id"


def in_scope(session: Session, branch_id: object) -> bool:
    """Whether a row of `branch_id` may be seen in this session (no IDOR by guessed ids).

    Sessions opened outside a user session (sync apply, migrations) carry no scope.
    """
    scope = session.info.get(BRANCH_SCOPE)
    return scope is None or scope == branch_id


class SessionState(StrEnum):
    ACTIVE = "active"
    LOCKED = "locked"
    EXPIRED = "expired"


class SessionLocked(RuntimeError):
    def __init__(self) -> None:
        super().__init__("The workstation is locked. Sign in again to continue.")


class StepUpRequired(PermissionError):
    def __init__(self) -> None:
        super().__init__("Please enter your password again to confirm this action.")


@dataclass
class UserSession:
    workstation: Workstation
    actor: Actor
    clock: Clock
    settings: Settings
    _store: Store | None
    audit_key: bytes
    started_at: datetime
    last_activity: datetime
    stepped_up_at: datetime
    state: SessionState = SessionState.ACTIVE
    _master_key: bytes | None = field(default=None, repr=False)

    # -- store access -------------------------------------------------------------
    @property
    def store(self) -> Store:
        if self._store is None or self.state is not SessionState.ACTIVE:
            raise SessionLocked
        return self._store

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self.store.transaction() as session:
            session.info[BRANCH_SCOPE] = self.actor.branch_id
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.store.read() as session:
            session.info[BRANCH_SCOPE] = self.actor.branch_id
            yield session

    def now(self) -> datetime:
        return self.clock.now()

    # -- permissions and audit ----------------------------------------------------
    def require(self, permission: Permission, action: str, subject_id: str = "") -> None:
        """Raise PermissionDenied, after writing the denial to the audit trail."""
        if self.actor.can(permission):
            return
        with self.transaction() as session:
            self.audit(
                session,
                action,
                subject_id=subject_id,
                outcome="denied",
                details={"permission": permission.value},
            )
        raise PermissionDenied(self.actor, permission)

    def audit(
        self,
        session: Session,
        action: str,
        *,
        subject_type: str = "",
        subject_id: str = "",
        outcome: str = "ok",
        details: Mapping[str, Any] | None = None,
    ) -> int:
        return audit.record(
            session,
            self.audit_key,
            at=self.now(),
            action=action,
            actor=self.actor,
            subject_type=subject_type,
            subject_id=subject_id,
            outcome=outcome,
            details=details,
        )

    def require_recent_auth(self) -> None:
        """Sensitive acts (disbursement, bulk export, role change) need a fresh password."""
        limit = timedelta(minutes=int(self.settings.get("step_up_minutes")))
        if self.now() - self.stepped_up_at > limit:
            raise StepUpRequired

    def confirm_password(self, password: str) -> None:
        self.workstation.verify_password(self, password)
        self.stepped_up_at = self.now()

    # -- idle lock and expiry -----------------------------------------------------
    def touch(self) -> None:
        if self.state is SessionState.ACTIVE:
            self.last_activity = self.now()

    def check(self) -> SessionState:
        """Apply the idle and maximum-length rules; call it from a timer."""
        now = self.now()
        max_hours = int(self.settings.get("max_session_hours"))
        if self.state is not SessionState.EXPIRED and now - self.started_at >= timedelta(
            hours=max_hours
        ):
            self._close(SessionState.EXPIRED, "session_expired")
        idle = timedelta(minutes=int(self.settings.get("idle_lock_minutes")))
        if self.state is SessionState.ACTIVE and now - self.last_activity >= idle:
            self.lock(reason="idle")
        return self.state

    def lock(self, reason: str = "user") -> None:
        if self.state is SessionState.ACTIVE:
            self._close(SessionState.LOCKED, "session_locked", {"reason": reason})

    def unlock(self, password: str) -> None:
        if self.state is SessionState.EXPIRED:
            raise SessionLocked
        self._store, self._master_key = self.workstation.reopen(self, password)
        self.state = SessionState.ACTIVE
        self.last_activity = self.stepped_up_at = self.now()
        with self.transaction() as session:
            self.audit(session, "session_unlocked")

    def sign_out(self) -> None:
        self._close(SessionState.EXPIRED, "signed_out")

    def dispose_quietly(self) -> None:
        """Close without writing (tests and tools that only read)."""
        if self._store is not None:
            self._store.dispose()
        self._store = None
        self.state = SessionState.EXPIRED

    def sign_out_after_rekey(self) -> None:
        """The engine was keyed with the old key; end the session without touching it."""
        self._store = None
        self._master_key = None
        self.state = SessionState.EXPIRED

    def _close(
        self, state: SessionState, action: str, details: Mapping[str, Any] | None = None
    ) -> None:
        if self._store is not None and self.state is SessionState.ACTIVE:
            with self._store.transaction() as session:
                self.audit(session, action, details=details)
                head = audit.chain_head(session)
            self.workstation.remember_audit_head(head)
            self._store.dispose()
        self._store = None
        self._master_key = None
        self.state = state

    @property
    def master_key(self) -> bytes:
        if self._master_key is None:
            raise SessionLocked
        return self._master_key
