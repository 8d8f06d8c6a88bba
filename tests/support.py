"""Test helpers: a fake clock, a real file keyring, and a provisioned workstation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from workstation.services import secrets
from workstation.services.auth import ProvisionRequest, Workstation
from workstation.services.paths import Paths
from workstation.services.secrets import SecretStore
from workstation.services.session import SessionState, UserSession
from workstation.services.settings import Settings
from workstation.services.users import add_user

ADMIN_PASSWORD = "Correct-Horse-Battery-7"
USER_PASSWORD = "Harbor-Lantern-Quiet-42"
ROLES = ("officer", "collector", "supervisor", "auditor")


class FakeClock:
    def __init__(self, start: datetime | None = None) -> None:
        self.current = start or datetime(2026, 11, 2, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


def use_file_keyring(folder: Path) -> None:
    """A real keyrings.alt file backend, in this test's own folder."""
    secrets.use_file_keyring(folder / "keyring.cfg")


@dataclass
class Bench:
    """A provisioned workstation with one signed-in session per role."""

    workstation: Workstation
    clock: FakeClock
    paths: Paths
    _master: bytes | None = None

    def sign_in(self, username: str, password: str = USER_PASSWORD) -> UserSession:
        return self.workstation.sign_in(username, password)

    def admin(self) -> UserSession:
        return self.sign_in("it.admin", ADMIN_PASSWORD)

    def sign_in_fast(self) -> UserSession:
        """Sign in once, then reuse the unwrapped master key (for loops of reopenings)."""
        if self._master is None:
            self._master = self.workstation.unlock_master_key("officer1", USER_PASSWORD)
        store, _ = self.workstation.open_with_master(self._master)
        actor, key = self.workstation._admit(store, "officer1")
        now = self.clock.now()
        return UserSession(
            self.workstation,
            actor,
            self.clock,
            self.workstation.settings,
            store,
            key,
            now,
            now,
            now,
            SessionState.ACTIVE,
            self._master,
        )

    @classmethod
    def open(cls, home: Path, clock: FakeClock) -> Bench:
        return cls(make_workstation(home, clock), clock, Paths(home))


def make_workstation(home: Path, clock: FakeClock) -> Workstation:
    paths = Paths(home)
    settings = Settings(paths.settings)
    return Workstation(paths, SecretStore(allow_insecure=True), settings, clock)


def provision(home: Path, clock: FakeClock) -> Bench:
    ws = make_workstation(home, clock)
    ws.provision(
        ProvisionRequest(
            "BJ001", "北京朝阳支行", "counter-1", "it.admin", "IT Admin", ADMIN_PASSWORD
        )
    )
    admin = ws.sign_in("it.admin", ADMIN_PASSWORD)
    for role in ROLES:
        issued = add_user(admin, f"{role}1", f"Test {role}", role)
        session = ws.sign_in(issued.username, issued.one_time_password)
        ws.change_password(session, issued.one_time_password, USER_PASSWORD)
        session.sign_out()
    admin.sign_out()
    return Bench(ws, clock, Paths(home))
