"""Encrypted store vs plain SQLite on the same machine, in the same run.

Measures: open + key, bulk insert rate, indexed look-up rate, an unindexed full scan,
with SQLCipher (raw 256-bit key, as the app uses it) and with stdlib sqlite3, using
the same pragmas (WAL, synchronous=FULL, temp_store=MEMORY, 64 MiB page cache) and the
same rows. The SQLCipher side opens through the app's own `connect_raw`, once as
shipped (memory security off) and once, in a child process, with
`cipher_memory_security` on (security check C37 asks for both).

    python -m benchmarks.store [--rows 200000] [--lookups 20000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workstation.services.store import connect_raw

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA temp_store=MEMORY",
    "PRAGMA cache_size=-65536",
)
SCHEMA = (
    "CREATE TABLE customer (id TEXT PRIMARY KEY, name TEXT, id_digest TEXT, phone TEXT,"
    " income INTEGER, city TEXT)"
)


def open_plain(path: Path, _key: bytes) -> Any:
    conn = sqlite3.connect(path)
    for pragma in PRAGMAS:
        conn.execute(pragma)
    return conn


def open_cipher(path: Path, key: bytes) -> Any:
    """Exactly the app's connection path (raw key, same pragmas)."""
    conn = connect_raw(path, key, create=True)
    conn.isolation_level = ""  # transactions as with sqlite3 above, for a fair insert rate
    return conn


def rows(n: int) -> list[tuple[str, str, str, str, int, str]]:
    rng = random.Random(42)
    return [
        (
            f"{i:032x}",
            f"客户{i:07d}",
            secrets.token_hex(32),
            f"139{rng.randint(10**7, 10**8 - 1)}",
            rng.randint(3000, 60000),
            rng.choice(["北京", "上海", "广州", "成都"]),
        )
        for i in range(n)
    ]


def measure(
    opener: Callable[[Path, bytes], Any], folder: Path, data: list[Any], lookups: int
) -> dict[str, float]:
    key = secrets.token_bytes(32)
    path = folder / "bench.db"
    conn = opener(path, key)
    conn.execute(SCHEMA)
    conn.execute("CREATE INDEX ix_digest ON customer (id_digest)")
    conn.commit()
    started = time.perf_counter()
    for chunk in range(0, len(data), 5000):
        conn.executemany("INSERT INTO customer VALUES (?,?,?,?,?,?)", data[chunk : chunk + 5000])
        conn.commit()
    insert_s = time.perf_counter() - started
    conn.close()
    opened = time.perf_counter()
    conn = opener(path, key)
    open_ms = (time.perf_counter() - opened) * 1000
    probes = random.Random(1).sample(range(len(data)), lookups)
    started = time.perf_counter()
    for i in probes:
        conn.execute("SELECT name FROM customer WHERE id_digest = ?", (data[i][2],)).fetchone()
    lookup_s = time.perf_counter() - started
    scans = []
    for _ in range(3):
        t = time.perf_counter()
        conn.execute(
            "SELECT city, sum(income) FROM customer WHERE phone LIKE '%123' GROUP BY city"
        ).fetchall()
        scans.append(time.perf_counter() - t)
    conn.close()
    return {
        "open_ms": open_ms,
        "insert_rows_per_s": len(data) / insert_s,
        "lookups_per_s": lookups / lookup_s,
        "full_scan_ms": statistics.median(scans) * 1000,
        "file_mb": path.stat().st_size / 1e6,
    }


def memory_security_run(args: argparse.Namespace) -> dict[str, float]:
    """SQLCipher with cipher_memory_security ON, in a child: once on it cannot go off."""
    env = os.environ | {"WORKSTATION_CIPHER_MEMORY_SECURITY": "1"}
    command = [sys.executable, "-m", "benchmarks.store", "--cipher-only"]
    command += ["--rows", str(args.rows), "--lookups", str(args.lookups)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--lookups", type=int, default=20_000)
    parser.add_argument("--cipher-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    data = rows(args.rows)
    if args.cipher_only:
        with tempfile.TemporaryDirectory() as folder:
            print(json.dumps(measure(open_cipher, Path(folder), data, args.lookups)))
        return
    results = {}
    for name, opener in (("plain sqlite3", open_plain), ("sqlcipher", open_cipher)):
        with tempfile.TemporaryDirectory() as folder:
            results[name] = measure(opener, Path(folder), data, args.lookups)
    results["memsec on"] = memory_security_run(args)
    print(f"rows: {args.rows:,}  look-ups: {args.lookups:,}  (synchronous=FULL, WAL)")
    heads = ("plain sqlite3", 16), ("sqlcipher", 16), ("ratio", 8), ("memsec on", 14), ("ratio", 8)
    print(f"{'metric':<20}" + "".join(f"{h:>{w}}" for h, w in heads))
    for metric in results["sqlcipher"]:
        plain, cipher = results["plain sqlite3"][metric], results["sqlcipher"][metric]
        secure = results["memsec on"][metric]
        print(
            f"{metric:<20}{plain:>16,.1f}{cipher:>16,.1f}{cipher / plain:>8.2f}"
            f"{secure:>14,.1f}{secure / plain:>8.2f}"
        )


if __name__ == "__main__":
    main()
