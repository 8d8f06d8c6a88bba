"""Provisioning, sign-in and key custody for one workstation.

`Workstation` is the only place that touches the keyring, the key-slot file and the
database key together. Sign-in failures are throttled in the slot file (so they work
before the database is open and survive restarts) and flushed into the audit trail at
the next successful sign-in.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.models import Branch, Device, Role, RolePermission, User
from workstation.services import audit, keyslots, lookup, migrate, products
from workstation.services.clock import Clock
from workstation.services.keyslots import SlotFile, WrongPassword
from workstation.services.passwords import check_policy, hash_password
from workstation.services.paths import Paths
from workstation.services.permissions import DEFAULT_ROLES, Actor
from workstation.services.secrets import SecretStore
from workstation.services.session import SessionState, UserSession
from workstation.services.settings import Settings
from workstation.services.store import Store, WrongKey, open_store

GENERIC_FAILURE = "The user name or password is not correct."


class SignInFailed(Exception):
    """Shown to the officer as it is; never says whether the account exists."""


class AccountLocked(SignInFailed):
    def __init__(self, until: datetime) -> None:
        super().__init__(
            "Too many unsuccessful sign-ins. Signing in is blocked until "
            f"{until:%H:%M} UTC. Ask IT if you have forgotten your password."
        )
        self.until = until


class PasswordChangeRequired(Exception):
    """The user signed in with a temporary password and must choose their own."""


class AlreadyProvisioned(RuntimeError):
    pass


@dataclass(frozen=True)
class ProvisionRequest:
    branch_code: str
    branch_name: str
    device_name: str
    admin_username: str
    admin_display_name: str
    admin_password: str


class Workstation:
    def __init__(self, paths: Paths, secrets: SecretStore, settings: Settings, clock: Clock):
        self.paths = paths
        self.secrets = secrets
        self.settings = settings
        self.clock = clock

    # -- provisioning -----------------------------------------------------------------
    def is_provisioned(self) -> bool:
        return self.paths.database.exists() or self.paths.key_slots.exists()

    def provision(self, request: ProvisionRequest) -> None:
        """Create the keys, the encrypted database and the first IT administrator."""
        if self.is_provisioned():
            raise AlreadyProvisioned("This workstation is already set up.")
        check_policy(request.admin_password, (request.admin_username,))
        self.secrets.check_usable()
        self.paths.ensure()
        db_id = str(uuid.uuid4())
        device_secret = keyslots.new_device_secret()
        self.secrets.set(_keyring_name(db_id), device_secret)
        master_key, db_key = keyslots.new_key(), keyslots.new_key()
        slots = SlotFile.create(self.paths.key_slots, device_secret, db_id)
        slots.set_database_key(master_key, db_key)
        slots.put_slot(request.admin_username, request.admin_password, master_key)
        store = open_store(self.paths.database, db_key, create=True)
        try:
            migrate.upgrade(store, db_key, self.paths.backups, self.clock.now())
            self._seed(store, request, db_id)
        finally:
            store.dispose()
        slots.save()

    def _seed(self, store: Store, request: ProvisionRequest, db_id: str) -> None:
        now = self.clock.now()
        with store.transaction() as session:
            key = audit.create_audit_key(session)
            lookup.create_lookup_key(session)
            branch = Branch(code=request.branch_code, name=request.branch_name)
            session.add(branch)
            session.flush()
            device = Device(id=uuid.UUID(db_id), name=request.device_name, branch_id=branch.id)
            session.add(device)
            roles = {name: _role(name) for name in DEFAULT_ROLES}
            session.add_all(roles.values())
            session.flush()
            admin = User(
                username=request.admin_username.strip().lower(),
                display_name=request.admin_display_name,
                role_id=roles["admin"].id,
                branch_id=branch.id,
                password_hash=hash_password(request.admin_password),
                password_changed_at=now,
            )
            session.add(admin)
            session.flush()
            products.seed_default_catalogue(session)
            audit.record(
                session,
                key,
                at=now,
                action="workstation_provisioned",
                subject_type="device",
                subject_id=db_id,
                details={"branch": request.branch_code},
            )
            audit.record(
                session,
                key,
                at=now,
                action="user_created",
                subject_type="user",
                subject_id=str(admin.id),
                details={"role": "admin"},
            )

    # -- sign-in --------------------------------------------------------------------
    def load_slots(self) -> SlotFile:
        db_id = SlotFile.peek_db_id(self.paths.key_slots)
        secret = self.secrets.get(_keyring_name(db_id))
        if secret is None:
            raise keyslots.SlotFileError(
                "This workstation's key is not in the system keychain of this computer "
                "and user. The database cannot be opened here; ask IT."
            )
        return SlotFile.load(self.paths.key_slots, secret)

    def unlock_master_key(self, username: str, password: str) -> bytes:
        """Unwrap the master key, counting failures toward lockout (even for unknown names)."""
        slots = self.load_slots()
        now = self.clock.now()
        locked = slots.locked_until(username, now)
        if locked:
            raise AccountLocked(locked)
        try:
            master = slots.unwrap(username, password)
        except WrongPassword:
            until = slots.record_failure(
                username,
                now,
                int(self.settings.get("lockout_threshold")),
                int(self.settings.get("lockout_minutes")),
            )
            slots.queue_event("sign_in_failed", username, now)
            if until:
                slots.queue_event("account_locked", username, now)
            slots.save()
            raise (AccountLocked(until) if until else SignInFailed(GENERIC_FAILURE)) from None
        if slots.throttles.get(slots.tag(username)):
            slots.clear_failures(username)
            slots.save()
        return master

    def open_with_master(self, master_key: bytes) -> tuple[Store, bytes]:
        store, db_key = self._open_any(self.load_slots().database_keys(master_key))
        try:
            migrate.upgrade(store, db_key, self.paths.backups, self.clock.now())
        except BaseException:
            store.dispose()
            raise
        return store, db_key

    def _open_any(self, keys: list[bytes]) -> tuple[Store, bytes]:
        """Open with the current key, falling back to the previous one after a rotation."""
        for key in keys[:-1]:
            try:
                return self._open(key), key
            except WrongKey:
                continue
        return self._open(keys[-1]), keys[-1]

    def _open(self, key: bytes) -> Store:
        store = open_store(self.paths.database, key)
        store.on_damage = self._record_damage
        return store

    def _record_damage(self) -> None:
        """The damaged database cannot take an audit event; the slot file keeps it."""
        slots = self.load_slots()
        slots.queue_event("integrity_failure", "", self.clock.now())
        slots.save()

    def sign_in(self, username: str, password: str) -> UserSession:
        master = self.unlock_master_key(username, password)
        store, _ = self.open_with_master(master)
        try:
            actor, key = self._admit(store, username)
        except BaseException:
            store.dispose()
            raise
        now = self.clock.now()
        return UserSession(
            self,
            actor,
            self.clock,
            self.settings,
            store,
            key,
            now,
            now,
            now,
            SessionState.ACTIVE,
            master,
        )

    def _admit(self, store: Store, username: str) -> tuple[Actor, bytes]:
        now = self.clock.now()
        with store.transaction() as session:
            key = audit.load_audit_key(session)
            self._flush_pending(session, key)
            user = session.execute(
                select(User).where(User.username == username.strip().lower())
            ).scalar_one_or_none()
            if user is None or user.disabled:
                audit.record(
                    session, key, at=now, action="sign_in_refused", details={"reason": "disabled"}
                )
                raise SignInFailed("This account is disabled. Ask IT to enable it.")
            actor = actor_for(user, str(self._device_id(session)), now)
            expires = user.temporary_password_expires
            if expires is not None and expires < now:
                audit.record(
                    session,
                    key,
                    at=now,
                    action="sign_in_refused",
                    actor=actor,
                    details={"reason": "temporary password expired"},
                )
                raise SignInFailed("Your temporary password has expired. Ask IT for a new one.")
            audit.record(session, key, at=now, action="signed_in", actor=actor)
        return actor, key

    def _flush_pending(self, session: Session, key: bytes) -> None:
        slots = self.load_slots()
        if not slots.pending_events:
            return
        for event in slots.pending_events:
            audit.record(
                session,
                key,
                at=datetime.fromisoformat(event["at"]),
                action=event["action"],
                outcome="failed",
                details={"user_tag": event["user_tag"]},
            )
        slots.pending_events = []
        slots.save()

    @staticmethod
    def _device_id(session: Session) -> uuid.UUID:
        return session.execute(select(Device.id)).scalar_one()

    def must_change_password(self, user_session: UserSession) -> bool:
        with user_session.read() as session:
            user = session.get(User, user_session.actor.user_id)
            return bool(user and user.must_change_password)

    # -- used by UserSession ------------------------------------------------------------
    def remember_audit_head(self, head: tuple[int, str]) -> None:
        """Anchor the audit chain outside the database, so truncation is detectable."""
        slots = self.load_slots()
        slots.audit_anchor = head
        slots.save()

    def verify_password(self, user_session: UserSession, password: str) -> None:
        self.unlock_master_key(user_session.actor.username, password)

    def reopen(self, user_session: UserSession, password: str) -> tuple[Store, bytes]:
        master = self.unlock_master_key(user_session.actor.username, password)
        store, _ = self.open_with_master(master)
        return store, master

    def change_password(self, user_session: UserSession, old: str, new: str) -> list[str]:
        """Re-wrap the user's key slot under the new password; returns policy warnings."""
        actor = user_session.actor
        if old == new:
            raise SignInFailed("The new password must differ from the current one.")
        result = check_policy(new, (actor.username, actor.display_name, actor.branch_code))
        master = self.unlock_master_key(actor.username, old)
        slots = self.load_slots()
        slots.put_slot(actor.username, new, master)
        with user_session.transaction() as session:
            user = session.get(User, actor.user_id)
            assert user is not None
            user.password_hash = hash_password(new)
            user.must_change_password = False
            user.temporary_password_expires = None
            user.password_changed_at = user_session.now()
            user_session.audit(
                session, "password_changed", subject_type="user", subject_id=str(actor.user_id)
            )
            slots.save()  # inside the transaction: a failed save rolls the change back
        return list(result.warnings)


def actor_for(user: User, device_id: str, now: datetime) -> Actor:
    return Actor(
        user_id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=user.role.name,
        permissions=user.role.permissions,
        branch_id=user.branch_id,
        branch_code=user.branch.code,
        device_id=device_id,
        authenticated_at=now,
    )


def _role(name: str) -> Role:
    description, permissions = DEFAULT_ROLES[name]
    role = Role(name=name, description=description)
    role.permission_rows = [RolePermission(permission=p.value) for p in sorted(permissions)]
    return role


def _keyring_name(db_id: str) -> str:
    return f"device-secret:{db_id}"
