"""Provisioning and the doctor report, on a real data folder, keyring file and HTTP server."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.support import ADMIN_PASSWORD, Bench
from workstation import __version__
from workstation.services import diagnostics, maintenance
from workstation.services.paths import Paths
from workstation.services.permissions import PermissionDenied
from workstation.services.secrets import SecretStore
from workstation.services.settings import Settings

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


class _Health(BaseHTTPRequestHandler):
    status = 200

    def do_GET(self) -> None:
        self.send_response(self.status if self.path == "/health" else 404)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def server() -> Iterator[tuple[str, type[_Health]]]:
    handler = type("Health", (_Health,), {})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", handler
    httpd.shutdown()
    httpd.server_close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_provision_writes_settings_and_branch(home: Path) -> None:
    paths = Paths(home)
    done = diagnostics.provision(paths, " https://sync.example.cn/ ", "BJ001", "K7-99", NOW)
    assert Settings(paths.settings).get("sync_server_url") == "https://sync.example.cn"
    assert diagnostics.read_provisioning(paths) == done
    assert done.branch_code == "BJ001"
    assert done.enrolment == diagnostics.ENROLMENT_PENDING
    assert "K7-99" not in (home / diagnostics.PROVISIONING_FILE).read_text()


@pytest.mark.parametrize(
    ("server", "branch", "code", "names"),
    [
        ("ftp://sync", "BJ001", "X", "--server"),
        ("https://", "BJ001", "X", "--server"),
        ("https://sync", "北京", "X", "--branch"),
        ("https://sync", "BJ 001", "X", "--branch"),
        ("https://sync", "BJ001", "  ", "--enroll"),
    ],
)
def test_provision_refuses_bad_input_and_writes_nothing(
    home: Path, server: str, branch: str, code: str, names: str
) -> None:
    with pytest.raises(diagnostics.ProvisioningError, match=names):
        diagnostics.provision(Paths(home), server, branch, code, NOW)
    assert not home.exists()


def test_signed_in_provisioning_tries_enrolment_and_reports_failure(bench: Bench) -> None:
    """A real sync client against a closed port: the failure is recorded, config kept."""
    url = f"http://127.0.0.1:{_closed_port()}"
    admin = bench.sign_in("it.admin", ADMIN_PASSWORD)
    done = diagnostics.provision(bench.paths, url, "BJ001", "code", NOW, admin)
    assert done.enrolment.startswith("enrolment failed: Head office cannot be reached")
    assert diagnostics.read_provisioning(bench.paths) == done
    report = diagnostics.doctor(bench.paths, SecretStore(allow_insecure=True))
    assert f"sync: {done.enrolment}" in report.problems


def test_enrolment_needs_maintenance_permission(bench: Bench) -> None:
    with pytest.raises(PermissionDenied):
        diagnostics.provision(
            bench.paths, "https://sync.example.cn", "BJ001", "code", NOW, bench.sign_in("officer1")
        )
    assert diagnostics.read_provisioning(bench.paths) is None


def test_doctor_on_a_fresh_machine_lists_what_is_missing(home: Path) -> None:
    report = diagnostics.doctor(Paths(home), SecretStore(allow_insecure=True))
    assert not report.healthy
    assert report.facts["app_version"] == __version__
    assert report.facts["sqlcipher"] not in {"", "missing"}
    assert report.facts["sync_server"] == "not configured"
    assert any("not provisioned" in p for p in report.problems)
    assert any("no database yet" in p for p in report.problems)


def test_doctor_refuses_a_file_keyring_on_a_production_machine(home: Path) -> None:
    report = diagnostics.doctor(Paths(home), SecretStore(allow_insecure=False))
    assert report.facts["keyring_accepted"] is False
    assert any("is not accepted" in p for p in report.problems)


def test_doctor_checks_integrity_and_server_health(bench: Bench, server) -> None:
    url, handler = server
    diagnostics.provision(bench.paths, url, "BJ001", "code", NOW)
    integrity = maintenance.check_integrity(bench.sign_in("it.admin", ADMIN_PASSWORD))
    report = diagnostics.doctor(bench.paths, SecretStore(allow_insecure=True), integrity)
    facts = report.facts
    assert facts["integrity"] == "ok"
    assert facts["database_created"] is True
    assert facts["database_size_mb"] > 0
    assert facts["server_reachable"] is True
    assert facts["provisioned"] is True
    assert facts["branch_code"] == "BJ001"
    # Only the demo keyring and the pending enrolment stand between this and healthy.
    assert len(report.problems) == 2

    handler.status = 503
    report = diagnostics.doctor(bench.paths, SecretStore(allow_insecure=True))
    assert report.facts["server_reachable"] is False
    assert "sync server /health answered HTTP 503" in report.problems


def test_doctor_reports_an_unreachable_server(home: Path) -> None:
    diagnostics.provision(Paths(home), f"http://127.0.0.1:{_closed_port()}", "BJ1", "c", NOW)
    report = diagnostics.doctor(Paths(home), SecretStore(allow_insecure=True))
    assert report.facts["server_reachable"] is False
    assert "sync server unreachable: ConnectError" in report.problems


def test_doctor_shows_home_folders_without_the_account_name() -> None:
    inside = Path.home() / "AppData" / "Lender"
    assert diagnostics.display_path(inside) == str(Path("~") / "AppData" / "Lender")
    assert diagnostics.display_path(Path("/srv/ws")) == str(Path("/srv/ws"))
