"""The daily monitoring passes: early warning and AML over a large portfolio.

    python -m benchmarks.monitoring [--loans 500000] [--transactions 5000000]
                                    [--cache DIR] [--rebuild]

Builds once, into DIR (default /tmp/workstation-bench-monitoring-<loans>-<transactions>),
a store with `--loans` active loans (demo_loans bulk loans: three installments, every
tenth unpaid) spread over loans/5 customers, `--transactions` ledger entries (one
disbursement per loan, the rest repayments by cash, transfer and card spread between
disbursement and the day before today), bureau reports for a fifth of the customers,
watch-list hits, contact edits and broken promises for a few, and yesterday's end of day
already run (so the early-warning list is in its steady state). Each run copies the
cached store to a temporary folder, adds today's repayments to the copy (`add_the_day`:
~20,000, with threshold cash, structuring and unregistered cards, so AML has a real day
to judge), and times for today's business date, in wall and CPU seconds with the load
average: the early-warning pass, the AML pass, and both again (a re-run for the same
date must write nothing). Target (issue #12): both passes together under 120 s.

Measured 2026-11-29, two cores, load 0.4: early warning 27.3 s (146,780 loans flagged,
96,780 warnings opened, 23,406 updated; about 10 s computing signals, the rest writing
the rows and their outbox entries), AML 5.0 s (483 alerts), together 32.3 s; re-run
13.1 s + 3.8 s. Most of AML is `unusual_volume` reading ~1,000,000 history entries of
the day's ~20,000 customers; an index on ledger_entry (loan_id, value_date) gave no
measurable gain here, so there is none.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select, text

from tests.support import Bench, FakeClock, provision, use_file_keyring
from workstation.models import EarlyWarning, LedgerEntry
from workstation.services import aml, demo_loans, early_warning, eod, servicing
from workstation.services.session import UserSession

T = TypeVar("T")
BIG_CACHE = "PRAGMA cache_size = -1000000"  # 1 GB while building: random-key index inserts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--loans", type=int, default=500_000)
    parser.add_argument("--transactions", type=int, default=5_000_000)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    cache = args.cache or Path(
        tempfile.gettempdir(), f"workstation-bench-monitoring-{args.loans}-{args.transactions}"
    )
    if args.rebuild or not (cache / "READY").exists():
        build(cache, args.loans, args.transactions)
    with tempfile.TemporaryDirectory(prefix="monitoring-bench-") as folder:
        started = time.perf_counter()
        shutil.copytree(cache, folder, dirs_exist_ok=True)
        print(f"copied the cached store in {time.perf_counter() - started:.1f} s")
        use_file_keyring(Path(folder))
        bench = Bench.open(Path(folder) / "home", FakeClock())
        ctx = bench.sign_in("supervisor1")
        started = time.perf_counter()
        add_the_day(ctx, servicing.business_date(ctx))
        print(f"added the measured day's entries in {time.perf_counter() - started:.1f} s")
        measure(ctx)
        ctx.sign_out()


def measure(ctx: UserSession) -> None:
    day = servicing.business_date(ctx)
    with ctx.read() as s:
        loans = s.scalar(text("SELECT COUNT(*) FROM loan"))
        entries = s.scalar(select(func.count()).select_from(LedgerEntry))
        warnings = s.scalar(select(func.count()).select_from(EarlyWarning))
        today = s.scalar(
            text("SELECT COUNT(*) FROM ledger_entry WHERE value_date = :d"), {"d": str(day)}
        )
    print(
        f"store: {loans:,} loans, {entries:,} ledger entries ({today:,} on {day}), "
        f"{warnings:,} warnings so far"
    )
    totals = (0.0, 0.0)
    for attempt in ("first run", "re-run"):
        load = os.getloadavg()[0]
        ew_time, ew = timed(lambda: early_warning.run(ctx, day))
        aml_time, result = timed(lambda: aml_pass(ctx, day))
        print(
            f"{attempt} for {day} (load {load:.1f}): early warning {ew_time[0]:.1f} s wall, "
            f"{ew_time[1]:.1f} s CPU ({ew.flagged:,} loans flagged: {ew.opened:,} opened, "
            f"{ew.updated:,} updated, {ew.closed:,} closed; {ew.by_severity}); "
            f"AML {aml_time[0]:.1f} s wall, {aml_time[1]:.1f} s CPU (raised {result.raised}, "
            f"{result.already_raised:,} already raised)"
        )
        if attempt == "first run":
            totals = (ew_time[0] + aml_time[0], ew_time[1] + aml_time[1])
    print(
        f"both passes: {totals[0]:.1f} s wall, {totals[1]:.1f} s CPU (target < 120 s); "
        f"load average now {' '.join(f'{x:.1f}' for x in os.getloadavg())}"
    )


def aml_pass(ctx: UserSession, day: date) -> aml.PassResult:
    with ctx.transaction() as s:
        return aml.run_pass(s, day, ctx.settings, ctx.now())


def timed(fn: Callable[[], T]) -> tuple[tuple[float, float], T]:
    """(wall seconds, CPU seconds of this process, SQLite included), value."""
    wall, cpu = time.perf_counter(), time.process_time()
    value = fn()
    return (time.perf_counter() - wall, time.process_time() - cpu), value


def add_the_day(ctx: UserSession, day: date) -> None:
    """The measured day's repayments, added to the copy (the cached ledger ends the day before).

    One loan of a fifth of the customers pays (~20,000 entries, 1/250 of the ledger), a
    third of them in cash; a few in cash at the large-cash threshold, a few just under it
    after two such payments earlier in the week (structuring), some by card from an
    account the customer never registered.
    """
    run_sql(ctx, _TODAY, day=str(day))


_TODAY = (
    "WITH p AS (SELECT rowid AS r, id, number FROM loan WHERE rowid % 25 = rowid / 100000), "
    "k(n, back) AS (VALUES (0, 0), (1, 2), (2, 4)) "
    "INSERT INTO ledger_entry (id, loan_id, kind, amount, channel, value_date, idempotency_key, "
    "reverses_id, source_account, posted_by, allocation, note, created_at, updated_at, "
    "version, origin_branch, origin_device) "
    "SELECT lower(hex(randomblob(16))), p.id, 'repayment', "
    "CASE WHEN p.r % 1000 = 25 THEN 5000000 "  # at the large-cash threshold
    "WHEN p.r % 1000 = 50 THEN 4200000 + k.n * 100000 "  # three just under it in a week
    "ELSE 10000 + abs(random()) % 600000 END, "
    "CASE WHEN p.r % 1000 IN (25, 50) THEN 'cash' "
    "ELSE CASE p.r % 3 WHEN 0 THEN 'cash' WHEN 1 THEN 'transfer' ELSE 'card' END END, "
    "date(:day, '-' || k.back || ' days'), 'bench-day:' || p.number || ':' || k.n, NULL, "
    "CASE WHEN p.r % 3 = 2 AND p.r % 200 = 0 THEN '6222000033334444' ELSE '' END, "
    "'bench', '{}', '', datetime('now'), datetime('now'), 1, 'BJ001', 'bench' "
    "FROM p, k WHERE k.n = 0 OR p.r % 1000 = 50"
)


# --- building the cached store ---------------------------------------------------------------


def build(cache: Path, loans: int, transactions: int) -> None:
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir(parents=True)
    use_file_keyring(cache)
    bench = provision(cache / "home", FakeClock())
    ctx = bench.sign_in("supervisor1")
    day = servicing.business_date(ctx)
    step("loans", lambda: demo_loans.insert_loans(ctx, loans, day))
    step("customers", lambda: spread_customers(ctx, max(1, loans // 5)))
    step("ledger", lambda: insert_ledger(ctx, transactions, day))
    step("end of day (yesterday)", lambda: eod.run_eod(ctx, day - timedelta(days=1), chunk=5000))
    step("bureau, watch list, contacts, promises", lambda: insert_extras(ctx, day))
    ctx.sign_out()
    (cache / "READY").write_text("ok\n")


def step(name: str, fn) -> None:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    fn()
    print(f"built {name} in {time.perf_counter() - started:.1f} s", flush=True)


def run_sql(ctx: UserSession, *statements: str, **params: object) -> None:
    with ctx.transaction() as s:
        s.execute(text(BIG_CACHE))
        for statement in statements:
            s.execute(text(statement), params)


def clone_columns(ctx: UserSession, table: str, overrides: dict[str, str]) -> tuple[str, str]:
    """Column list and SELECT list copying a row of `table` with some columns replaced."""
    with ctx.read() as s:
        names = [row[1] for row in s.execute(text(f"PRAGMA table_info({table})"))]
    return ", ".join(names), ", ".join(overrides.get(n, f"t.{n}") for n in names)


def spread_customers(ctx: UserSession, customers: int) -> None:
    """Copies of one customer, then each loan given to one of them (five loans each)."""
    new_id = "lower(hex(randomblob(16)))"
    cols, values = clone_columns(ctx, "customer", {"id": new_id})
    run_sql(
        ctx,
        "CREATE TEMP TABLE n(k INTEGER PRIMARY KEY)",
        "WITH RECURSIVE r(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM r WHERE k < :count) "
        "INSERT INTO n SELECT k FROM r",
        f"INSERT INTO customer ({cols}) SELECT {values} FROM n, (SELECT * FROM customer LIMIT 1) t",
        "CREATE TEMP TABLE bc AS SELECT id FROM customer WHERE rowid > "
        "(SELECT MAX(rowid) FROM customer) - :count",
        "UPDATE loan SET customer_id = "
        "(SELECT id FROM bc WHERE bc.rowid = loan.rowid % :count + 1)",
        "DROP TABLE n",
        "DROP TABLE bc",
        count=customers,
    )


def insert_ledger(ctx: UserSession, transactions: int, day: object) -> None:
    """One disbursement per loan and repayments between disbursement and today."""
    with ctx.read() as s:
        loans = int(s.scalar(text("SELECT COUNT(*) FROM loan")) or 0)
    per_loan = max(1, transactions // loans)
    chunk = 50_000
    for first in range(0, loans, chunk):
        run_sql(ctx, _LEDGER, first=first, last=first + chunk, per=per_loan, day=str(day))
    extra = transactions - per_loan * loans
    if extra > 0:
        run_sql(ctx, _LEDGER, first=0, last=extra, per=per_loan + 1, day=str(day))


_LEDGER = (
    "WITH RECURSIVE k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE n + 1 < :per), "
    "l AS (SELECT rowid AS r, id, number, principal, start_date, "
    "CAST(julianday(:day) - julianday(start_date) AS INTEGER) AS span FROM loan "
    "WHERE rowid > :first AND rowid <= :last) "
    "INSERT INTO ledger_entry (id, loan_id, kind, amount, channel, value_date, idempotency_key, "
    "reverses_id, source_account, posted_by, allocation, note, created_at, updated_at, "
    "version, origin_branch, origin_device) "
    "SELECT lower(hex(randomblob(16))), l.id, "
    "CASE WHEN k.n = 0 AND :per > 1 THEN 'disbursement' ELSE 'repayment' END, "
    "CASE WHEN k.n = 0 AND :per > 1 THEN l.principal "
    "WHEN l.r % 499 = 0 AND (l.r + k.n) % 3 = 0 THEN 6000000 "  # some large cash (AML)
    "ELSE 10000 + abs(random()) % 600000 END, "
    "CASE (l.r + k.n) % 3 WHEN 0 THEN 'cash' WHEN 1 THEN 'transfer' ELSE 'card' END, "
    "CASE WHEN k.n = 0 AND :per > 1 THEN l.start_date "
    "ELSE date(l.start_date, '+' || ((l.r * 7 + k.n * 11) % MAX(l.span, 1)) || ' days') END, "
    "'bench:' || l.number || ':' || k.n || ':' || :per, NULL, "
    "CASE WHEN (l.r + k.n) % 3 = 2 AND l.r % 50 = 0 THEN '6222000011112222' ELSE '' END, "
    "'bench', '{}', '', datetime('now'), datetime('now'), 1, 'BJ001', 'bench' "
    "FROM l, k ORDER BY l.r, k.n"
)


def insert_extras(ctx: UserSession, day: object) -> None:
    """Bureau reports (a fifth of customers, some worse), watch-list hits, edits, promises."""
    new_id = "lower(hex(randomblob(16)))"
    stamp = "datetime('now')"
    run_sql(
        ctx,
        "INSERT INTO watchlist_entry (id, list_name, name, aliases, name_keys, id_digest, reason, "
        f"created_at, updated_at, version, origin_branch, origin_device) VALUES ({new_id}, "
        f"'bench', 'bench', '', '', '', '', {stamp}, {stamp}, 1, 'BJ001', 'bench')",
        "INSERT INTO bureau_report (id, customer_id, provider, report_date, imported_at, "
        "imported_by, total_debt, monthly_obligations, open_accounts, inquiries_6m, "
        "worst_status, facts, sha256, created_at, updated_at, version, origin_branch, "
        f"origin_device) SELECT {new_id}, c.id, 'bench', d.report_date, {stamp}, 'bench', "
        "1000000 + (c.rowid % 7) * d.step * 500000, 0, 2, 1 + (c.rowid % 4) * d.step, 'N', "
        f"'{{}}', '', {stamp}, {stamp}, 1, 'BJ001', 'bench' FROM customer c, "
        "(SELECT date(:day, '-200 days') AS report_date, 0 AS step "
        "UNION ALL SELECT date(:day, '-3 days'), 1) d WHERE c.rowid % 5 = 0",
        "INSERT INTO watchlist_hit (id, customer_id, entry_id, match_kind, score, status, "
        "decided_by, decision_comment, created_at, updated_at, version, origin_branch, "
        f"origin_device) SELECT {new_id}, c.id, (SELECT id FROM watchlist_entry LIMIT 1), "
        f"'name', 90, 'open', '', '', {stamp}, {stamp}, 1, 'BJ001', 'bench' "
        "FROM customer c WHERE c.rowid % 997 = 0",
        "INSERT INTO customer_revision (id, customer_id, changed_by, changes, created_at, "
        f"updated_at, version, origin_branch, origin_device) SELECT {new_id}, l.customer_id, "
        '\'bench\', \'{"mobile": ["a", "b"]}\', '
        "(SELECT MIN(due_date) FROM installment i WHERE i.loan_id = l.id) || ' 01:00:00', "
        f"{stamp}, 1, 'BJ001', 'bench' FROM loan l WHERE l.days_past_due > 0 AND l.rowid % 7 = 0",
        "INSERT INTO promise_to_pay (id, case_id, amount, due_date, status, recorded_by, "
        f"created_at, updated_at, version, origin_branch, origin_device) SELECT {new_id}, c.id, "
        f"10000, date(:day, '-5 days'), 'broken', 'bench', {stamp}, {stamp}, 1, 'BJ001', "
        "'bench' FROM collection_case c WHERE c.rowid % 10 = 0",
        day=str(day),
    )


if __name__ == "__main__":
    main()
