"""Scoring throughput and latency in one process, on applications sampled from the German data.

Usage: python -m benchmarks.scoring [--n 100000] [--seed 7] [--assess 200]

`score_batch` is the pure scoring step. `--assess N` then times N full assessments
(scorecard + policy rules + fraud look-ups + the stored row and audit event) on a
200,000-customer encrypted store: a copy of the one `benchmarks/search.py` builds, or a
smaller synthetic store built here when that one is absent. It also checks with
EXPLAIN QUERY PLAN that every look-up an assessment makes uses an index.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import statistics
import time
import uuid
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import event, func, select, text

from tests.support import USER_PASSWORD, FakeClock, make_workstation, provision, use_file_keyring
from workstation.models import Application, Customer, Product
from workstation.services import credit
from workstation.services.demo_customers import generate_customers
from workstation.services.scorecard import Scorecard, ScoreResult, load_scorecard
from workstation.services.session import UserSession

ROOT = Path(__file__).resolve().parent.parent
SCORECARD_PATH = ROOT / "resources" / "scorecards" / "german_credit_v1.json"
DATA_PATH = ROOT / "resources" / "data" / "german_credit" / "germancredit.csv"
LATENCY_SAMPLE = 10_000


def sample_applications(scorecard: Scorecard, n: int, seed: int) -> list[dict[str, object]]:
    """N rows drawn with replacement, numeric characteristics converted to int."""
    numeric = {c.name for c in scorecard.characteristics if c.kind == "numeric"}
    with DATA_PATH.open(encoding="utf-8", newline="") as handle:
        rows = [
            {k: int(v) if k in numeric else v for k, v in r.items()} for r in csv.DictReader(handle)
        ]
    return random.Random(seed).choices(rows, k=n)


def score_batch(
    scorecard: Scorecard, applications: Sequence[Mapping[str, object]]
) -> list[ScoreResult]:
    return [scorecard.score(a) for a in applications]


def latencies_us(scorecard: Scorecard, applications: Sequence[Mapping[str, object]]) -> list[float]:
    timings = []
    for application in applications:
        start = time.perf_counter_ns()
        scorecard.score(application)
        timings.append((time.perf_counter_ns() - start) / 1000)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="applications to score")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--assess", type=int, default=0, help="full assessments on a store")
    args = parser.parse_args()
    scorecard = load_scorecard(SCORECARD_PATH)
    applications = sample_applications(scorecard, args.n, args.seed)
    start = time.perf_counter()
    score_batch(scorecard, applications)
    elapsed = time.perf_counter() - start
    timings = sorted(latencies_us(scorecard, applications[:LATENCY_SAMPLE]))
    p95 = timings[int(len(timings) * 0.95)]
    print(
        f"scored {args.n:,} applications in {elapsed:.2f} s: {args.n / elapsed:,.0f} applications/s"
    )
    print(f"single application: median {statistics.median(timings):.1f} µs, p95 {p95:.1f} µs")
    if args.assess:
        run_assessments(applications[: args.assess], args.seed)


# --- full assessments on an encrypted store -------------------------------------------------

SEARCH_STORE = Path("/tmp/lows-bench-search-200000")
CREDIT_STORE = Path("/tmp/lows-bench-credit-200000")
SMALL_STORE = Path("/tmp/lows-bench-credit-20000")
SMALL_CUSTOMERS = 20_000


def _store() -> UserSession:
    """A copy of the search benchmark's store (so its figures stay its own), else a small one."""
    folder = CREDIT_STORE
    if not (folder / "ready").exists() and (SEARCH_STORE / "ready").exists():
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(SEARCH_STORE, folder)
    if not (folder / "ready").exists():
        folder = SMALL_STORE
    use_file_keyring(folder)
    if not (folder / "ready").exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        use_file_keyring(folder)
        generate_customers(
            provision(folder / "home", FakeClock()).sign_in("officer1"), SMALL_CUSTOMERS
        )
        (folder / "ready").touch()
    ctx = make_workstation(folder / "home", FakeClock()).sign_in("officer1", USER_PASSWORD)
    with ctx.transaction() as session:  # stores built before the index was added lack it
        session.execute(
            text(
                "CREATE INDEX IF NOT EXISTS ix_loan_application_device_fingerprint "
                "ON loan_application (device_fingerprint)"
            )
        )
    return ctx


def _applications(
    ctx: UserSession, inputs: Sequence[Mapping[str, object]], seed: int
) -> list[uuid.UUID]:
    """One submitted application per randomly chosen customer (rows written directly)."""
    rng = random.Random(seed)
    with ctx.transaction() as session:
        count = session.scalar(select(func.count()).select_from(Customer)) or 0
        product = session.scalars(select(Product.id).where(Product.code == "PL01")).first()
        picks = [
            session.scalars(select(Customer.id).offset(rng.randrange(count)).limit(1)).one()
            for _ in inputs
        ]
        rows = [
            _application(ctx, customer, product, dict(i), rng)
            for customer, i in zip(picks, inputs, strict=True)
        ]
        session.add_all(rows)
        session.flush()
        print(f"store: {count:,} customers; {len(rows)} applications added")
        return [r.id for r in rows]


def _application(
    ctx: UserSession,
    customer: uuid.UUID,
    product: Any,
    inputs: dict[str, object],
    rng: random.Random,
) -> Application:
    return Application(
        number=f"BENCH-{uuid.uuid4().hex[:8]}",
        customer_id=customer,
        branch_id=ctx.actor.branch_id,
        product_id=product,
        amount=Decimal("50000.00"),
        months=36,
        annual_rate=Decimal("0.108"),
        method="annuity",
        apr=Decimal("0.115"),
        status="submitted",
        created_by=ctx.actor.user_id,
        created_at=ctx.now(),
        device_fingerprint=f"device-{rng.randrange(50_000)}",
        characteristics=json.dumps(inputs),
    )


def run_assessments(inputs: Sequence[Mapping[str, object]], seed: int) -> None:
    ctx = _store()
    ids = _applications(ctx, inputs, seed)
    credit.assess_application(ctx, ids[0])  # warm the scorecard cache and the page cache
    timings = []
    for app_id in ids:
        start = time.perf_counter()
        credit.assess_application(ctx, app_id)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p95 = timings[int(len(timings) * 0.95)]
    print(
        f"full assessment (rules + fraud look-ups + stored row + audit), {len(ids)} runs: "
        f"median {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms"
    )
    _print_ms("scorecard + rules + fraud look-ups, no write", _evaluations(ctx, ids))
    _check_plans(ctx, ids[0])


def _evaluations(ctx: UserSession, ids: Sequence[uuid.UUID]) -> list[float]:
    timings = []
    with ctx.read() as session:
        for app_id in ids:
            start = time.perf_counter()
            credit.evaluate(session, ctx, *credit.load_application(session, ctx, app_id))
            timings.append((time.perf_counter() - start) * 1000)
            session.expunge_all()  # each application read afresh, as a new assessment would
    return timings


def _print_ms(what: str, timings: list[float]) -> None:
    timings = sorted(timings)
    p95 = timings[int(len(timings) * 0.95)]
    print(
        f"{what}, {len(timings)} runs: median {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms"
    )


def _check_plans(ctx: UserSession, app_id: uuid.UUID) -> None:
    """Every SELECT one assessment makes, through EXPLAIN QUERY PLAN: no full-table scans."""
    seen: list[tuple[str, Any]] = []

    def remember(conn: Any, cursor: Any, statement: str, parameters: Any, *args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    engine = ctx.store.engine
    event.listen(engine, "before_cursor_execute", remember)
    credit.assess_application(ctx, app_id)
    event.remove(engine, "before_cursor_execute", remember)
    scans = []
    with engine.connect() as conn:
        for statement, parameters in seen:
            plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
            scans += [
                (statement.split()[1:6], row[-1])
                for row in plan
                if str(row[-1]).startswith("SCAN") and "audit" not in statement
            ]
    print(f"query plans: {len(seen)} SELECTs per assessment, full scans: {scans or 'none'}")


if __name__ == "__main__":
    main()
