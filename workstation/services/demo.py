"""A demo workstation: known users and realistic fake data for trying the app.

Demo users share one password, printed in the README. A demo workstation is marked
as such on screen; it is never a production set-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workstation.services import (
    demo_aml,
    demo_applications,
    demo_bureau,
    demo_customers,
    demo_loans,
    demo_monitoring,
    demo_risk,
)
from workstation.services.auth import ProvisionRequest, Workstation
from workstation.services.clock import SystemClock
from workstation.services.paths import Paths
from workstation.services.secrets import SecretStore, use_file_keyring
from workstation.services.session import UserSession
from workstation.services.settings import Settings
from workstation.services.users import add_user

DEMO_PASSWORD = "Harbor-Lantern-Quiet-42"
DEMO_BRANCH = ("BJ001", "北京朝阳支行 Beijing Chaoyang Branch")
DEMO_USERS = (
    ("officer", "王芳 Wang Fang", "officer"),
    ("supervisor", "李强 Li Qiang", "supervisor"),
    ("collector", "张伟 Zhang Wei", "collector"),
    ("auditor", "陈静 Chen Jing", "auditor"),
    ("compliance", "赵敏 Zhao Min", "compliance"),
)


@dataclass(frozen=True)
class DemoSummary:
    users: tuple[str, ...]
    password: str


def create_demo_workstation(ws: Workstation) -> DemoSummary:
    ws.provision(
        ProvisionRequest(*DEMO_BRANCH, "demo-counter", "admin", "IT 管理员 IT Admin", DEMO_PASSWORD)
    )
    admin = ws.sign_in("admin", DEMO_PASSWORD)
    for username, name, role in DEMO_USERS:
        issued = add_user(admin, username, name, role)
        session = ws.sign_in(username, issued.one_time_password)
        ws.change_password(session, issued.one_time_password, DEMO_PASSWORD)
        session.sign_out()
    admin.sign_out()
    return DemoSummary(("admin", *(u[0] for u in DEMO_USERS)), DEMO_PASSWORD)


def throwaway_demo(folder: Path) -> Workstation:
    """A demo workstation in a temporary folder with its own file keyring, for the
    self-test and the screenshots (never the user's data folder)."""
    use_file_keyring(folder / "keyring.cfg")
    paths = Paths(folder / "home")
    ws = Workstation(
        paths, SecretStore(allow_insecure=True), Settings(paths.settings), SystemClock()
    )
    create_demo_workstation(ws)
    return ws


def load_demo_data(ws: Workstation, customers: int) -> None:
    """Fill a demo workstation, each domain adding its part in dependency order."""
    session = ws.sign_in("supervisor", DEMO_PASSWORD)
    try:
        for step in DEMO_DATA_STEPS:
            step(session, customers)
    finally:
        session.sign_out()


# (session, customer count) -> None; customers first, then products, loans, cases.
# Applications walk the lifecycle before the bulk loans, so the end-of-day run in the
# loans step also finds the overdue loan paid out through the services.
DEMO_DATA_STEPS: list[Callable[[UserSession, int], None]] = [demo_customers.demo_step]
DEMO_DATA_STEPS.append(demo_applications.demo_step)
DEMO_DATA_STEPS.append(demo_applications.lifecycle_step)
DEMO_DATA_STEPS.append(demo_loans.demo_step)
DEMO_DATA_STEPS.append(demo_aml.demo_step)
DEMO_DATA_STEPS.append(demo_risk.demo_step)
DEMO_DATA_STEPS.append(demo_bureau.demo_step)
DEMO_DATA_STEPS.append(demo_monitoring.demo_step)  # last: the pass sees every other step
