"""C18: the cost of checking a password, on this machine.

    python -m benchmarks.password_hashing [--runs 20]

Times the stored-verifier check (`passwords.verify_password`) and the key-slot
derivation a sign-in also does (Argon2id with the slot file's parameters), `--runs`
times each, and prints the medians against the auditor's bounds: 50 ms <= median
<= 1 s. Exit status 1 when a median is outside them. Wall-clock timing belongs here,
not in the test suite; run it on the reference officer laptop.
"""

from __future__ import annotations

import argparse
import secrets
import statistics
import sys
import time
from collections.abc import Callable

from workstation.services import keyslots, passwords

LOW, HIGH = 0.050, 1.0


def _median(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    password = secrets.token_urlsafe(16)  # the cost does not depend on the password
    stored = passwords.hash_password(password)
    salt = secrets.token_bytes(16)
    memory, time_cost, par = keyslots.KDF_MEMORY_KIB, keyslots.KDF_TIME, keyslots.KDF_PARALLELISM
    figures = {
        f"verify_password ({stored.split('$')[3]})": _median(
            lambda: passwords.verify_password(stored, password), args.runs
        ),
        f"key-slot Argon2id (m={memory},t={time_cost},p={par})": _median(
            lambda: keyslots._password_key(password, salt, memory, time_cost, par), args.runs
        ),
    }
    ok = True
    for name, median in figures.items():
        inside = LOW <= median <= HIGH
        ok &= inside
        verdict = "ok" if inside else "OUTSIDE 50 ms-1 s"
        print(f"{name}: median of {args.runs} = {median * 1000:.0f} ms  {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
