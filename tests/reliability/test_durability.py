"""C11 power loss, nearest runnable check: every connection commits with synchronous=FULL.

LazyFS (lose-unfsynced-writes) needs a FUSE file system these machines do not have;
docs/security.md says what IT verifies on a real disk. What can run here: each pooled
connection of the store that holds the ledger reports `synchronous = 2` (FULL) in WAL
mode, so a commit returns only after the WAL is fsynced.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import text

from tests.support import Bench


def _pragmas(bench: Bench) -> tuple[int, str]:
    ctx = bench.sign_in("officer1")
    with ctx.read() as db:
        sync = db.execute(text("PRAGMA synchronous")).scalar_one()
        mode = db.execute(text("PRAGMA journal_mode")).scalar_one()
    ctx.dispose_quietly()
    return int(sync), str(mode)


def test_c11_money_tables_store_commits_with_synchronous_full(bench: Bench) -> None:
    assert _pragmas(bench) == (2, "wal")


def test_c11_every_pooled_connection_is_synchronous_full(bench: Bench) -> None:
    """Concurrent readers check out several pooled connections; none is left at NORMAL."""
    ctx = bench.sign_in("officer1")

    def probe(_n: int) -> int:
        with ctx.store.engine.connect() as conn:
            return int(conn.exec_driver_sql("PRAGMA synchronous").scalar_one())

    with ThreadPoolExecutor(max_workers=8) as pool:
        values = set(pool.map(probe, range(32)))
    ctx.dispose_quietly()
    assert values == {2}
