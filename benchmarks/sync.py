"""Sync throughput against PostgreSQL, and a new workstation's first full sync.

Seeds one branch on the server with N customers and N loans (server-side SQL, cloned
from rows a real workstation pushed), then measures: push rate (rows/s) of a
workstation's outbox, pull rate (rows/s), and the wall time of a freshly enrolled
workstation's first full sync of the branch into SQLCipher. Uses a throw-away
database on the local PostgreSQL and a uvicorn server on a free port.

    python benchmarks/sync.py [--customers 100000] [--push 2000]
"""

from __future__ import annotations

import argparse
import random
import secrets
import sys
import tempfile
import threading
import time
from pathlib import Path

import psycopg
import uvicorn
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from syncservice import accounts
from syncservice.app import build_app
from syncservice.db import make_engine, upgrade
from tests.support import USER_PASSWORD, FakeClock, provision, use_file_keyring
from tests.sync.conftest import ADMIN_DSN, free_port
from tests.sync.workload import add_customer, open_loan
from workstation.services.sync_client import SyncClient

CLONE = """
CREATE TEMP TABLE ids AS
  SELECT gen_random_uuid()::text AS c, gen_random_uuid()::text AS l FROM generate_series(1, :n);
INSERT INTO entity_row (entity, pk, scope_key, row_version, row)
  SELECT 'customer', c, :scope, 1, jsonb_set(:customer ::jsonb, '{id}', to_jsonb(c)) FROM ids;
INSERT INTO entity_row (entity, pk, scope_key, row_version, row)
  SELECT 'loan', l, :scope, 1,
         jsonb_set(jsonb_set(:loan ::jsonb, '{id}', to_jsonb(l)), '{customer_id}', to_jsonb(c))
  FROM ids;
INSERT INTO change_log (scope_key, entity, pk, op, row_version, row)
  SELECT scope_key, entity, pk, 'put', 1, row FROM entity_row
   WHERE scope_key = :scope AND entity IN ('customer', 'loan') AND pk IN (SELECT c FROM ids
   UNION ALL SELECT l FROM ids) ORDER BY entity, pk;
"""


def _serve(engine) -> str:  # type: ignore[no-untyped-def]
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(build_app(engine), port=port, log_level="error"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}"


def _station(folder: Path, url: str, engine, name: str):  # type: ignore[no-untyped-def]
    bench = provision(folder / name, FakeClock())
    session = bench.sign_in("officer1")
    client = SyncClient(session.store, bench.workstation.secrets)
    code = accounts.create_enrollment_code(engine, "BM001", accounts.now_utc())
    client.enroll(url, code, name)
    client.login("officer1", USER_PASSWORD)
    return session, client


def _seed(engine, customers: int) -> None:  # type: ignore[no-untyped-def]
    with engine.begin() as conn:
        template = {
            entity: conn.execute(
                text("SELECT row::text FROM entity_row WHERE entity = :e LIMIT 1"), {"e": entity}
            ).scalar_one()
            for entity in ("customer", "loan")
        }
        params = {"n": customers, "scope": "branch:BM001", **template}
        for statement in CLONE.strip().split(";\n"):
            if statement.strip():
                conn.execute(text(statement), params)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--push", type=int, default=2000)
    args = parser.parse_args()
    name = f"sync_bench_{secrets.token_hex(4)}"
    with psycopg.connect(ADMIN_DSN, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    engine = make_engine(f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}")
    try:
        upgrade(engine)
        url = _serve(engine)
        with tempfile.TemporaryDirectory() as tmp:
            run(Path(tmp), url, engine, args)
    finally:
        engine.dispose()
        with psycopg.connect(ADMIN_DSN, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def run(folder: Path, url: str, engine, args: argparse.Namespace) -> None:  # type: ignore[no-untyped-def]
    use_file_keyring(folder)
    session, client = _station(folder, url, engine, "writer")
    rng = random.Random(1)
    open_loan(session)
    for _ in range(args.push // 4):  # customer + document + contact + audit event
        add_customer(session, rng)
    pending = client.status().pending
    start = time.perf_counter()
    client.push()
    push_s = time.perf_counter() - start
    print(f"push: {pending} mutations in {push_s:.1f} s = {pending / push_s:,.0f} rows/s")

    start = time.perf_counter()
    _seed(engine, args.customers)
    print(
        f"seed: {args.customers:,} customers + {args.customers:,} loans on the server "
        f"in {time.perf_counter() - start:.1f} s"
    )
    _, fresh = _station(folder, url, engine, "newcomer")
    start = time.perf_counter()
    pulled = fresh.catch_up()
    first_s = time.perf_counter() - start
    print(
        f"first full sync: {pulled:,} rows in {first_s:.1f} s = {pulled / first_s:,.0f} rows/s "
        f"(target < 60 s)"
    )


if __name__ == "__main__":
    main()
