"""End of day over many loans, and opening a large collection queue.

    python benchmarks/eod.py [--loans 500000] [--chunk 5000]

Loans are inserted in bulk (three installments each, every tenth overdue), then one
EOD run is timed, then the whole-branch work queue is loaded (its SQL and the rows
the table model receives: its first page of 500 and the count). Figures are printed;
targets: EOD < 60 s, queue < 300 ms.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support import FakeClock, provision, use_file_keyring
from workstation.services import collections, demo_loans, eod, servicing


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--loans", type=int, default=500_000)
    parser.add_argument("--chunk", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="eod-bench-") as folder:
        use_file_keyring(Path(folder))
        bench = provision(Path(folder) / "home", FakeClock())
        ctx = bench.sign_in("supervisor1")
        day = servicing.business_date(ctx)
        started = time.perf_counter()
        demo_loans.insert_loans(ctx, args.loans, day)
        print(f"inserted {args.loans:,} loans in {time.perf_counter() - started:.1f} s")
        result = eod.run_eod(ctx, day, chunk=args.chunk)
        print(
            f"EOD over {args.loans:,} active loans: {result.loans_processed:,} needed work, "
            f"{result.cases_opened:,} cases opened, {result.seconds:.1f} s "
            f"({args.loans / result.seconds:,.0f} loans/s)"
        )
        for attempt in range(3):
            started = time.perf_counter()
            page = collections.queue_page(ctx, everyone=True)
            print(
                f"queue load #{attempt + 1}: {len(page.rows):,} of {page.total:,} cases in "
                f"{(time.perf_counter() - started) * 1000:.0f} ms"
            )
        started = time.perf_counter()
        again = eod.run_eod(ctx, day)
        print(f"rerun for the same date: {again.status} in {time.perf_counter() - started:.2f} s")
        ctx.sign_out()


if __name__ == "__main__":
    main()
