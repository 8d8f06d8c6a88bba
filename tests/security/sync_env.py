"""Killable infrastructure for the sync checks (C34, C35): a private PostgreSQL cluster,
the sync service as its own process, in-thread servers on private databases, and
workstations opened from a prepared data folder.

The shared PostgreSQL at 127.0.0.1:5432 serves everyone's tests, so it is never killed:
the kill -9 checks start a cluster of their own (initdb as the `postgres` user) and kill
only the processes they started.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import psycopg
import uvicorn

from syncservice import accounts
from syncservice.app import build_app
from syncservice.db import make_engine, upgrade
from tests.support import USER_PASSWORD, Bench, FakeClock
from tests.sync.conftest import ADMIN_DSN, Server, Station, free_port
from workstation.services.sync_client import SyncClient

REPO = Path(__file__).parents[2]


def _pg_bin(name: str) -> str:
    found = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    if not found:
        raise RuntimeError(f"PostgreSQL's {name} is not installed")
    return str(found[-1])


def _children(pid: int) -> list[int]:
    kids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.append(int(stat.parent.name))
    return kids


class PrivatePostgres:
    """A throwaway cluster in /tmp, owned by `postgres`, that the test may SIGKILL."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="c35-pg-", dir="/tmp"))
        self.data = self.dir / "data"
        self.port = free_port()
        shutil.chown(self.dir, "postgres", "postgres")
        self._as_postgres(
            _pg_bin("initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-sync",
        )
        self.start()

    def _as_postgres(self, *cmd: str) -> None:
        subprocess.run(
            ["runuser", "-u", "postgres", "--", *cmd], check=True, capture_output=True, timeout=120
        )

    def url(self, db: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{db}"

    def create_database(self, name: str) -> None:
        dsn = f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres"
        with psycopg.connect(dsn, autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {name}")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1"
        self._as_postgres(
            _pg_bin("pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.dir / "log"),
            "-w",
            "start",
        )

    def kill9(self) -> None:
        """SIGKILL the postmaster and its backends, as a crashed machine would leave them."""
        pid = int((self.data / "postmaster.pid").read_text().split()[0])
        backends = _children(pid)
        for victim in (pid, *backends):
            with contextlib.suppress(ProcessLookupError):
                os.kill(victim, signal.SIGKILL)
        for victim in (pid, *backends):
            while Path(f"/proc/{victim}").exists():
                time.sleep(0.05)

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._as_postgres(_pg_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)


class SyncProcess:
    """`workstation-sync serve` in a child process (so that it can be SIGKILLed)."""

    def __init__(self, database_url: str) -> None:
        self.database_url = database_url
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None
        self.start()

    def start(self) -> None:
        code = "import sys; from syncservice.cli import main; sys.exit(main(sys.argv[1:]))"
        args = ["--database-url", self.database_url, "serve", "--port", str(self.port)]
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code, *args],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(600):
            try:
                if httpx.get(f"{self.url}/sync/version", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError("the sync service did not start")

    def kill9(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.kill9()


@contextmanager
def private_server() -> Iterator[Server]:
    """A sync server in this process on its own fresh database of the shared cluster."""
    name = f"sync_check_{secrets.token_hex(4)}"
    with psycopg.connect(ADMIN_DSN, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    engine = make_engine(f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}")
    upgrade(engine)
    port = free_port()
    uv = uvicorn.Server(
        uvicorn.Config(build_app(engine), host="127.0.0.1", port=port, log_level="error")
    )
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    while not uv.started:
        time.sleep(0.05)
    try:
        yield Server(f"http://127.0.0.1:{port}", engine)
    finally:
        uv.should_exit = True
        thread.join(timeout=10)
        engine.dispose()
        with psycopg.connect(ADMIN_DSN, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def open_station(
    home: Path,
    clock: FakeClock,
    server_url: str,
    code: str,
    branch: str,
    transport: httpx.BaseTransport | None = None,
) -> Station:
    """Sign in to a prepared data folder, enrol it with `code` and sign in to head office."""
    bench = Bench.open(home, clock)
    session = bench.sign_in("officer1")
    client = SyncClient(session.store, bench.workstation.secrets, transport=transport)
    client.enroll(server_url, code, home.name)
    client.login("officer1", USER_PASSWORD)
    return Station(bench, session, client, branch)


def enrollment_code(engine_url: str, branch: str) -> str:
    engine = make_engine(engine_url)
    try:
        return accounts.create_enrollment_code(engine, branch, accounts.now_utc())
    finally:
        engine.dispose()
