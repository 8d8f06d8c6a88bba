"""Real PostgreSQL (a fresh database per test session) and a real uvicorn sync server.

Each simulated workstation is a copy of the provisioned template: its own SQLCipher
file, keyring entry and outbox, talking HTTP to the server on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import psycopg
import pytest
import uvicorn
from sqlalchemy import Engine

from syncservice import accounts
from syncservice.app import build_app
from syncservice.db import make_engine, upgrade
from tests.support import USER_PASSWORD, Bench, FakeClock
from workstation.services.session import UserSession
from workstation.services.sync_client import SyncClient

ADMIN_DSN = "host=127.0.0.1 port=5432 user=postgres dbname=test"


def _ensure_postgres() -> None:
    for _ in range(2):
        try:
            psycopg.connect(ADMIN_DSN, connect_timeout=3).close()
            return
        except psycopg.OperationalError:
            versions = list(Path("/etc/postgresql").iterdir())
            subprocess.run(
                ["pg_ctlcluster", "--skip-systemctl-redirect", versions[0].name, "main", "start"],
                check=False,
            )
            time.sleep(2)
    pytest.fail("PostgreSQL is not reachable at 127.0.0.1:5432")


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    _ensure_postgres()
    name = f"sync_test_{secrets.token_hex(4)}"
    with psycopg.connect(ADMIN_DSN, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
        # Test speed only: PostgreSQL's own crash durability is not what these tests test.
        admin.execute(f"ALTER DATABASE {name} SET synchronous_commit = off")
    yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    with psycopg.connect(ADMIN_DSN, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def server_engine(pg_url: str) -> Iterator[Engine]:
    engine = make_engine(pg_url)
    upgrade(engine)
    yield engine
    engine.dispose()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    url: str
    engine: Engine

    def enrollment_code(self, branch: str) -> str:
        return accounts.create_enrollment_code(self.engine, branch, accounts.now_utc())


@pytest.fixture(scope="session")
def server(server_engine: Engine) -> Iterator[Server]:
    port = free_port()
    config = uvicorn.Config(
        build_app(server_engine), host="127.0.0.1", port=port, log_level="error"
    )
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    while not uv.started:
        time.sleep(0.05)
    yield Server(f"http://127.0.0.1:{port}", server_engine)
    uv.should_exit = True
    thread.join(timeout=10)


@dataclass
class Station:
    """One simulated branch workstation, signed in locally and to head office."""

    bench: Bench
    session: UserSession
    client: SyncClient
    branch: str

    def sync_until_quiet(self, attempts: int = 200) -> None:
        from workstation.services.sync_client import SyncUnavailable

        for _ in range(attempts):
            with contextlib.suppress(SyncUnavailable):
                self.client.sync_once()
                if self.client.status().pending == 0:
                    return
        raise AssertionError("the workstation did not converge")


@pytest.fixture
def stations(
    provisioned_template: Path, tmp_path: Path, server: Server
) -> Iterator[Callable[..., Station]]:
    made: list[Station] = []

    def make(
        branch: str, transport: httpx.BaseTransport | None = None, user: str = "officer1"
    ) -> Station:
        home = tmp_path / f"ws{len(made)}"
        shutil.copytree(provisioned_template / "home", home)
        bench = Bench.open(home, FakeClock())
        session = bench.sign_in(user)
        client = SyncClient(session.store, bench.workstation.secrets, transport=transport)
        client.enroll(server.url, server.enrollment_code(branch), f"counter-{len(made)}")
        client.login(user, USER_PASSWORD)
        station = Station(bench, session, client, branch)
        made.append(station)
        return station

    shutil.copyfile(provisioned_template / "keyring.cfg", tmp_path / "keyring.cfg")
    yield make
    for station in made:
        station.client.close()
        if station.session.state.value == "active":
            station.session.sign_out()
