"""Provisioning by IT and the `doctor` report a support call starts from.

`provision` records where the sync server is and which branch the machine belongs
to before anyone has signed in, so a silent installer can run it. Enrolment needs the
encrypted database (the sync client sends the audit key and the user list), so it
happens only when IT provisions again, signed in, after the first-run set-up. `doctor` collects
versions, folders, keyring, database and server facts with no customer or user data:
paths under the user's home are shown as `~`, and nothing is read from the database
unless IT signs in for the integrity check.
"""

from __future__ import annotations

import json
import platform
import re
import shutil
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import sqlcipher3

from workstation import __version__
from workstation.models import Device
from workstation.services.fileio import write_atomic
from workstation.services.maintenance import IntegrityReport
from workstation.services.paths import Paths
from workstation.services.permissions import Permission
from workstation.services.secrets import KeyringUnavailable, SecretStore
from workstation.services.session import UserSession
from workstation.services.settings import Settings
from workstation.services.sync_client import SyncClient, SyncError

PROVISIONING_FILE = "provisioning.json"
MIN_FREE_MB = 500
HEALTH_TIMEOUT_S = 3.0
ENROLMENT_PENDING = "enrolment pending: provision again with --user after the first-run set-up"
ENROLLED = "enrolled"
_BRANCH_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$")


class ProvisioningError(ValueError):
    """Bad provisioning input; the message says which parameter to fix."""


@dataclass(frozen=True)
class Provisioning:
    server_url: str
    branch_code: str
    provisioned_at: str
    enrolment: str


# -- provisioning ------------------------------------------------------------------------
def normalise_server_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in {"https", "http"} or not parts.hostname:
        raise ProvisioningError(f"--server: {url!r} is not an http(s) address")
    return url.strip().rstrip("/")


def check_branch_code(code: str) -> str:
    if not _BRANCH_CODE.match(code.strip()):
        raise ProvisioningError(
            f"--branch: {code!r} is not a branch code (letters, digits, - or _, up to 32)"
        )
    return code.strip()


def provision(
    paths: Paths,
    server_url: str,
    branch_code: str,
    enrol_code: str,
    now: datetime,
    ctx: UserSession | None = None,
) -> Provisioning:
    """Write the sync address and branch; enrol too when IT is signed in (`ctx`)."""
    server = normalise_server_url(server_url)
    branch = check_branch_code(branch_code)
    if not enrol_code.strip():
        raise ProvisioningError("--enroll: the enrolment code is empty")
    if ctx is not None:
        ctx.require(Permission.STORE_MAINTAIN, "sync_enroll")
    paths.ensure()
    settings = Settings(paths.settings)
    settings.set("sync_server_url", server)
    settings.save()
    enrolment = _enrol(ctx, server, branch, enrol_code.strip()) if ctx else ENROLMENT_PENDING
    result = Provisioning(server, branch, now.isoformat(), enrolment)
    payload = json.dumps(asdict(result), indent=2, sort_keys=True).encode()
    write_atomic(paths.home / PROVISIONING_FILE, payload)
    return result


def _enrol(ctx: UserSession, server: str, branch: str, code: str) -> str:
    """Exchange the one-time code with head office; a failure is reported, not raised."""
    with ctx.read() as session:
        device = session.get(Device, uuid.UUID(ctx.actor.device_id))
        device_name = device.name if device else "workstation"
    client = SyncClient(ctx.store, ctx.workstation.secrets)
    try:
        assigned = client.enroll(server, code, device_name)
    except SyncError as exc:
        return f"enrolment failed: {exc}"
    finally:
        client.close()
    with ctx.transaction() as session:
        ctx.audit(session, "sync_enrolled", details={"branch": assigned})
    if assigned != branch:
        return f"enrolled, but head office assigned branch {assigned}, not {branch}"
    return ENROLLED


def read_provisioning(paths: Paths) -> Provisioning | None:
    """What `provision` wrote, or None on a machine IT has not provisioned."""
    path = paths.home / PROVISIONING_FILE
    if not path.exists():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))
    return Provisioning(**{k: str(raw.get(k, "")) for k in Provisioning.__dataclass_fields__})


# -- doctor -------------------------------------------------------------------------------
@dataclass
class DoctorReport:
    facts: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {"healthy": self.healthy, **self.facts, "problems": list(self.problems)}


def doctor(
    paths: Paths,
    secrets: SecretStore,
    integrity: IntegrityReport | None = None,
    get: Callable[[str], int] | None = None,
) -> DoctorReport:
    """Everything a support call asks first. `get` fetches a URL and returns its status."""
    report = DoctorReport()
    _versions(report)
    _folders(report, paths)
    _keyring(report, secrets)
    _provisioning(report, paths)
    _database(report, paths, integrity)
    _server(report, Settings(paths.settings).get("sync_server_url"), get or http_status)
    return report


def _versions(report: DoctorReport) -> None:
    sqlcipher, sqlite = sqlcipher_versions()
    report.facts.update(
        app_version=__version__,
        python=platform.python_version(),
        os=f"{platform.system()} {platform.release()} {platform.machine()}",
        qt=_dist_version("PySide6"),
        sqlcipher=sqlcipher,
        sqlite=sqlite,
    )


def sqlcipher_versions() -> tuple[str, str]:
    """SQLCipher and SQLite versions from a throwaway in-memory connection."""
    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()
    finally:
        conn.close()
    return (str(cipher[0]) if cipher else "missing"), str(sqlite[0])


def _dist_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "unknown"


def display_path(path: Path) -> str:
    """A path with the user's home shown as `~`: the account name is personal data."""
    try:
        return str(Path("~") / path.resolve().relative_to(Path.home().resolve()))
    except ValueError:
        return str(path)


def _folders(report: DoctorReport, paths: Paths) -> None:
    existing = next(p for p in (paths.home, *paths.home.parents) if p.exists())
    free_mb = shutil.disk_usage(existing).free // 2**20
    report.facts.update(
        data_folder=display_path(paths.home),
        log_folder=display_path(paths.logs),
        backup_folder=display_path(paths.backups),
        free_disk_mb=free_mb,
    )
    if free_mb < MIN_FREE_MB:
        report.problems.append(f"only {free_mb} MB free on the data disk (need {MIN_FREE_MB})")


def _keyring(report: DoctorReport, secrets: SecretStore) -> None:
    report.facts.update(keyring_backend=secrets.backend, keyring_secure=secrets.is_secure)
    try:
        secrets.check_usable()
    except KeyringUnavailable:
        report.facts["keyring_accepted"] = False
        report.problems.append(f"keyring {secrets.backend} is not accepted: no OS keychain")
        return
    report.facts["keyring_accepted"] = True
    if not secrets.is_secure:
        report.problems.append("keyring is a file: acceptable only on demo or test machines")


def _provisioning(report: DoctorReport, paths: Paths) -> None:
    state = read_provisioning(paths)
    report.facts.update(
        provisioned=state is not None,
        branch_code=state.branch_code if state else "",
        enrolment=state.enrolment if state else "",
    )
    if state is None:
        report.problems.append("not provisioned: run `workstation-admin provision`")
    elif state.enrolment != ENROLLED:
        report.problems.append(f"sync: {state.enrolment}")


def _database(report: DoctorReport, paths: Paths, integrity: IntegrityReport | None) -> None:
    exists = paths.database.exists()
    size_mb = round(paths.database.stat().st_size / 2**20, 2) if exists else 0
    report.facts.update(database_created=exists, database_size_mb=size_mb)
    if not exists:
        report.problems.append("no database yet: first start must create the IT account")
    if integrity is None:
        report.facts["integrity"] = "not checked (needs --user)"
        return
    report.facts["integrity"] = "ok" if integrity.ok else "failed"
    report.problems.extend(f"integrity: {problem}" for problem in integrity.problems)


def http_status(url: str) -> int:
    return httpx.get(url, timeout=HEALTH_TIMEOUT_S, follow_redirects=False).status_code


def _server(report: DoctorReport, server_url: str, get: Callable[[str], int]) -> None:
    report.facts["sync_server"] = server_url or "not configured"
    if not server_url:
        report.facts["server_reachable"] = None
        return
    try:
        status = get(f"{server_url}/health")
    except httpx.HTTPError as exc:
        report.facts["server_reachable"] = False
        report.problems.append(f"sync server unreachable: {type(exc).__name__}")
        return
    report.facts["server_reachable"] = 200 <= status < 300
    if not report.facts["server_reachable"]:
        report.problems.append(f"sync server /health answered HTTP {status}")
