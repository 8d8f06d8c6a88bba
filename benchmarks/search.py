"""Customer search latency over 200,000 customers on the encrypted store (target p95 < 50 ms).

Run from the repository root: `python -m benchmarks.search [-n 200] [--customers 200000]`.
The workstation is built once into /tmp/lows-bench-search-<N> and reused afterwards.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from tests.support import (
    USER_PASSWORD,
    FakeClock,
    make_workstation,
    provision,
    use_file_keyring,
)
from workstation.models import ContactPoint, Customer, IdentityDocument
from workstation.services import customers
from workstation.services.demo_customers import generate_customers
from workstation.services.session import UserSession


def _workstation(count: int) -> UserSession:
    folder = Path(f"/tmp/lows-bench-search-{count}")
    ready = folder / "ready"
    if not ready.exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    use_file_keyring(folder)
    if not ready.exists():
        bench = provision(folder / "home", FakeClock())
        start = time.perf_counter()
        generate_customers(bench.sign_in("officer1"), count)
        print(f"built {count} customers in {time.perf_counter() - start:.0f} s")
        ready.touch()
    return make_workstation(folder / "home", FakeClock()).sign_in("officer1", USER_PASSWORD)


def _samples(ctx: UserSession, runs: int) -> dict[str, list[str]]:
    """Real values to search for, picked at random (read directly: this is a benchmark)."""
    with ctx.read() as s:
        people = s.execute(
            select(Customer.id, Customer.legal_name, Customer.name_pinyin)
            .where(Customer.kind == "person")
            .order_by(Customer.id)
            .limit(20000)
        ).all()
        picked = random.Random(7).sample(people, runs)
        ids = [p.id for p in picked]
        numbers = s.execute(
            select(IdentityDocument.number).where(IdentityDocument.customer_id.in_(ids))
        ).scalars()
        phones = s.execute(
            select(ContactPoint.value).where(
                ContactPoint.customer_id.in_(ids), ContactPoint.kind == "mobile"
            )
        ).scalars()
        return {
            "name prefix": [p.legal_name[:2] for p in picked],
            "pinyin": [p.name_pinyin[:6] for p in picked],
            "full ID": list(numbers),
            "phone suffix": [v[-4:] for v in phones],
        }


def _timed(action: Callable[[str], object], queries: list[str]) -> tuple[list[float], int]:
    action(queries[0])  # warm-up
    times, found = [], 0
    for query in queries:
        start = time.perf_counter()
        found += len(action(query))  # type: ignore[arg-type]
        times.append((time.perf_counter() - start) * 1000)
    return times, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", "--runs", type=int, default=200)
    parser.add_argument("--customers", type=int, default=200_000)
    args = parser.parse_args()
    ctx = _workstation(args.customers)
    print(f"{args.customers} customers, SQLCipher store, {args.runs} queries each, limit 50")
    for label, queries in _samples(ctx, args.runs).items():
        times, found = _timed(lambda q: customers.search(ctx, q), queries)
        p95 = statistics.quantiles(times, n=20)[-1]
        print(
            f"{label:<13} median {statistics.median(times):6.1f} ms   p95 {p95:6.1f} ms"
            f"   mean hits {found / len(queries):5.1f}"
        )


if __name__ == "__main__":
    main()
