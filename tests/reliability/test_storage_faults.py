"""C5 (tamper), C8 (backups under load), C12 (disk full), and backup -> wipe -> restore."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

from tests.reliability.ledger_fixture import loan_numbers, prepare, write_loan
from tests.support import ADMIN_PASSWORD, USER_PASSWORD, Bench
from workstation.models import Attachment, Customer
from workstation.services import maintenance
from workstation.services.store import (
    IntegrityFailure,
    is_plaintext_sqlite,
    verify_copy,
)


def _add_attachment(session, size: int) -> None:
    with session.transaction() as db:
        customer = db.execute(select(Customer.id).limit(1)).scalar_one()
        db.add(
            Attachment(
                customer_id=customer,
                kind="id-front",
                media_type="image/png",
                sha256=uuid.uuid4().hex * 2,
                content=os.urandom(size),
            )
        )


def test_backup_wipe_restore_gives_back_every_row(bench: Bench, tmp_path: Path) -> None:
    officer = bench.sign_in("officer1")
    ids = prepare(officer)
    for n in range(25):
        write_loan(officer, ids, n)
    before = loan_numbers(officer)
    officer.sign_out()
    admin = bench.admin()
    backup = maintenance.backup(admin, tmp_path / "backup.db")
    admin.sign_out()
    assert not is_plaintext_sqlite(backup)
    for suffix in ("", "-wal", "-shm"):  # wipe
        Path(f"{bench.paths.database}{suffix}").unlink(missing_ok=True)
    maintenance.restore(bench.workstation, "it.admin", ADMIN_PASSWORD, backup)
    restored = bench.sign_in("officer1")
    assert loan_numbers(restored) == before
    assert maintenance.verify_audit(bench.admin()).ok


def test_c8_backups_taken_while_a_writer_commits_are_consistent(
    bench: Bench, tmp_path: Path
) -> None:
    officer = bench.sign_in("officer1")
    ids = prepare(officer)
    admin = bench.admin()
    stop = threading.Event()

    def writer() -> None:
        n = 0
        while not stop.is_set():
            write_loan(officer, ids, n)
            n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        backups = [maintenance.backup(admin, tmp_path / f"b{i}.db") for i in range(20)]
    finally:
        stop.set()
        thread.join()
    counts = []
    for backup in backups:
        assert not is_plaintext_sqlite(backup)
        verify_copy(backup, admin.store.key)
        counts.append(_loan_count(backup, admin.store.key))
    assert counts == sorted(counts)  # snapshots only move forward
    assert counts[-1] > 0


def _loan_count(path: Path, key: bytes) -> int:
    from workstation.services.store import connect_raw

    conn = connect_raw(path, key)
    try:
        loans = conn.execute("SELECT count(*) FROM loan").fetchone()[0]
        orphans = conn.execute(
            "SELECT count(*) FROM loan l WHERE (SELECT count(*) FROM installment i"
            " WHERE i.loan_id = l.id) != 12"
        ).fetchone()[0]
    finally:
        conn.close()
    assert orphans == 0
    return int(loans)


def test_c5_flipped_byte_is_detected_reported_and_never_recreated(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    ids = prepare(officer)
    for n in range(200):
        write_loan(officer, ids, n)
    officer.sign_out()
    db = bench.paths.database
    size_before = db.stat().st_size
    with db.open("r+b") as handle:
        handle.seek(4 * 4096 + 100)
        byte = handle.read(1)
        handle.seek(4 * 4096 + 100)
        handle.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(IntegrityFailure, match="damaged") as failure:
        _read_every_table(bench)
    assert "restore" in str(failure.value)
    assert db.exists()
    assert db.stat().st_size >= size_before  # not replaced by an empty database
    pending = bench.workstation.load_slots().pending_events
    assert any(e["action"] == "integrity_failure" for e in pending)
    problems = _cipher_check(db, bench)
    assert any("page 5" in p for p in problems)


def _read_every_table(bench: Bench) -> None:
    session = bench.sign_in_fast()
    with session.read() as db:
        for table in ("loan", "installment", "audit_event"):
            db.execute(text(f"SELECT * FROM {table}")).all()


def _cipher_check(path: Path, bench: Bench) -> list[str]:
    from workstation.services.store import connect_raw

    master = bench.workstation.unlock_master_key("officer1", USER_PASSWORD)
    conn = connect_raw(path, bench.workstation.load_slots().database_key(master))
    try:
        return [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
    finally:
        conn.close()


def _fill_until_full(session) -> int:
    """Write 256 KiB attachments until the disk refuses; return how many committed."""
    for committed in range(1000):
        try:
            _add_attachment(session, 256 * 1024)
        except OperationalError as exc:
            assert "full" in str(exc)  # noqa: PT017 - the count before the failure is needed
            return committed
    raise AssertionError("the small disk never filled up")


@pytest.fixture
def small_disk(tmp_path: Path):
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=10m", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.decode().strip()})")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_c12_disk_full_fails_cleanly_and_recovers(bench: Bench, small_disk: Path) -> None:
    home = small_disk / "home"
    shutil.copytree(bench.paths.home, home)
    moved = Bench.open(home, bench.clock)
    officer = moved.sign_in("officer1")
    with officer.transaction() as db:
        db.add(Customer(legal_name="x", name_search="x", branch_id=officer.actor.branch_id))
    filler = small_disk / "filler"
    filler.write_bytes(b"\0" * 4 * 1024 * 1024)
    committed = _fill_until_full(officer)
    officer.dispose_quietly()
    filler.unlink()  # IT frees space
    again = moved.sign_in("officer1")
    with again.read() as db:
        assert db.execute(select(func.count()).select_from(Attachment)).scalar_one() == committed
    assert maintenance.check_integrity(moved.admin()).ok
    _add_attachment(again, 1024)  # the workstation works again
    assert committed > 0
