"""Time the month-end bureau file at branch scale: snapshot, render + validate + store, the
validator alone, and regeneration (which must give the same bytes).

Run from the repository root: `python -m benchmarks.bureau [-n 20000]`.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

from tests.services.test_credit_fixtures import Person, add_person, ric
from tests.support import FakeClock, provision, use_file_keyring
from workstation.services import bureau_reporting, demo_bureau, demo_loans

MONTH_END = date(2026, 10, 31)


def _ms(start: float) -> str:
    return f"{(time.perf_counter() - start) * 1000:8.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", "--loans", type=int, default=20000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        use_file_keyring(home / "keyring")
        bench = provision(home / "ws", FakeClock())
        ctx = bench.sign_in("supervisor1")
        with ctx.transaction() as s:
            for n in range(min(args.loans, 1000)):
                add_person(s, ctx, Person(ric=ric(date(1960, 1, 1), n), name=f"客户{n}"))
        demo_loans.insert_loans(ctx, args.loans, MONTH_END, overdue_every=7)
        demo_bureau.give_missing_ids(ctx)  # insert_loans adds one borrower without an ID
        start = time.perf_counter()
        with ctx.transaction() as s:
            bureau_reporting.snapshot_if_month_end(s, MONTH_END)
        print(f"snapshot  {args.loans} loans {_ms(start)}")
        start = time.perf_counter()
        made = bureau_reporting.generate(ctx, "2026-10").submission
        print(f"generate  {made.records} records {_ms(start)}  (render, validate, store)")
        content = bureau_reporting.build(ctx, "2026-10")
        start = time.perf_counter()
        problems = bureau_reporting.validate(content)
        print(f"validate  {len(content) / 1e6:.1f} MB {_ms(start)}  problems: {len(problems)}")
        start = time.perf_counter()
        again = bureau_reporting.generate(ctx, "2026-10")
        print(f"regenerate {_ms(start)}  identical: {again.identical}")
        ctx.sign_out()


if __name__ == "__main__":
    main()
