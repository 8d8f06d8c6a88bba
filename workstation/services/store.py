"""The local encrypted store: SQLCipher under SQLAlchemy.

The key is applied as a raw 256-bit key (`x'…'`), so SQLCipher skips its passphrase
KDF; key stretching happens once in the key slots. Every connection is checked by a
read of `sqlite_master` straight after keying, so a wrong key or a corrupt file fails
at open, never later with half-read data. Temp files stay in memory (SQLCipher does
not encrypt transient files) and commits are fsynced (`synchronous=FULL`).

SQLCipher's memory wiping (`cipher_memory_security`, off by default since SQLCipher
4.5.0) is off unless IT sets WORKSTATION_CIPHER_MEMORY_SECURITY=1: it zeroes freed
SQLite heap memory, which only helps against someone who can already read this
process's memory (and with it the live key), and it made bulk writes 3-20x slower
here (end of day with the sync outbox, first sync; figures in docs/security.md, C37).
Once on it stays on for the whole process.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from workstation.services.fileio import fsync_dir

SQLITE_HEADER = b"SQLite format 3\x00"


class StoreError(RuntimeError):
    """A problem opening or keeping the store; the message is for the officer/IT."""


class WrongKey(StoreError):
    pass


class IntegrityFailure(StoreError):
    pass


def _key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise WrongKey("The database key must be 32 bytes.")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect_raw(path: Path, key: bytes, *, create: bool = False) -> Any:
    """Open one keyed SQLCipher connection, or raise WrongKey/IntegrityFailure."""
    if not create and not path.exists():
        raise StoreError(f"The database file {path.name} does not exist.")
    uri = f"file:{path}?mode={'rwc' if create else 'rw'}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute(_key_pragma(key))
        conn.execute(f"PRAGMA cipher_memory_security = {'ON' if _memory_security() else 'OFF'}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise _classify(exc) from exc
    for pragma in (
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = FULL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA cache_size = -65536",  # 64 MiB: decrypted pages stay decrypted
        "PRAGMA busy_timeout = 10000",
    ):
        conn.execute(pragma)
    return conn


def _memory_security() -> bool:
    return os.environ.get("WORKSTATION_CIPHER_MEMORY_SECURITY", "") == "1"


DAMAGED = (
    "The database file is damaged: its integrity check failed. Nothing was changed and "
    "the file was kept as it is. Call IT to check it and restore the latest backup."
)


def _is_damage(exc: BaseException) -> bool:
    text_ = str(exc).lower()
    return "malformed" in text_ or "hmac check failed" in text_ or "not a database" in text_


def _classify(exc: Exception) -> StoreError:
    text_ = str(exc).lower()
    if "not a database" in text_ or "file is encrypted" in text_:
        return WrongKey(
            "The database could not be opened with this key: the key is wrong or the file "
            "is damaged. Nothing was changed."
        )
    return IntegrityFailure(f"The database is damaged ({exc}). Nothing was changed.")


@dataclass
class Store:
    """An open store. Dispose it to close every connection and drop the key."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    key: bytes = field(repr=False, default=b"")
    on_damage: Callable[[], None] | None = field(repr=False, default=None)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self.sessions() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
        self.engine = create_engine("sqlite://")  # drop the creator closure holding the key
        self.key = b""


def open_store(path: Path, key: bytes, *, create: bool = False) -> Store:
    # Fail fast (and outside the pool) on a wrong key or a damaged file.
    connect_raw(path, key, create=create).close()
    if os.name == "posix":
        path.chmod(0o600)

    def creator() -> Any:
        return connect_raw(path, key)

    # module= makes SQLAlchemy wrap sqlcipher3's exceptions as it wraps sqlite3's.
    # An explicit QueuePool: for a "sqlite://" URL SQLAlchemy would pick the
    # per-thread SingletonThreadPool, which closes connections other threads still use.
    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=sqlcipher3.dbapi2,
        hide_parameters=True,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=16,
    )
    _use_explicit_begin(engine)
    store = Store(path, engine, sessionmaker(engine, expire_on_commit=False), key)
    _report_damage(engine, store)
    return store


def _report_damage(engine: Engine, store: Store) -> None:
    """Turn a failed page check into IntegrityFailure, and let the owner record it.

    The app must say "damaged" and keep the file for IT; it must never carry on with
    half-read data or create a fresh, empty database.
    """

    @event.listens_for(engine, "handle_error")
    def _on_error(context: Any) -> StoreError | None:
        if not _is_damage(context.original_exception):
            return None
        if store.on_damage is not None:
            store.on_damage()
        return IntegrityFailure(DAMAGED)


def _use_explicit_begin(engine: Engine) -> None:
    """Let SQLAlchemy, not the driver, decide when transactions begin (SQLAlchemy docs)."""

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def is_plaintext_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == SQLITE_HEADER


def integrity_problems(store: Store) -> list[str]:
    """Run SQLCipher's per-page HMAC check and SQLite's structural check."""
    with store.engine.connect() as conn:
        cipher = [row[0] for row in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
        structure = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
    return cipher + [line for line in structure if line != "ok"]


def checkpoint(store: Store) -> None:
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def backup_to(store: Store, key: bytes, dest: Path) -> None:
    """Write an encrypted copy with the same key via `sqlcipher_export`; never plaintext.

    The export runs inside one read transaction, so it is a consistent snapshot even
    while another connection commits.
    """
    tmp = dest.with_name(f".{dest.name}.{uuid.uuid4().hex}.partial")
    try:
        with store.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{key.hex()}'\"", (str(tmp),))
            try:
                raw.execute("SELECT sqlcipher_export('backup')")
            finally:
                raw.execute("DETACH DATABASE backup")
        if is_plaintext_sqlite(tmp):
            raise StoreError("Backup refused: the copy was not encrypted.")
        tmp.replace(dest)
        fsync_dir(dest.parent)
    finally:
        tmp.unlink(missing_ok=True)


def verify_copy(path: Path, key: bytes) -> None:
    """Check that a copy opens with the key and passes both integrity checks."""
    conn = connect_raw(path, key)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        problems += [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
    finally:
        conn.close()
    if problems:
        raise IntegrityFailure("The backup is damaged: " + "; ".join(problems[:3]))


def restore_from(source: Path, keys: list[bytes], dest: Path, now: datetime) -> Path | None:
    """Replace `dest` with a backup verified under one of `keys`; keep the replaced file."""
    for key in keys[:-1]:
        try:
            verify_copy(source, key)
            break
        except WrongKey:
            continue
    else:
        verify_copy(source, keys[-1])
    kept: Path | None = None
    if dest.exists():
        kept = dest.with_name(f"{dest.name}.before-restore-{now:%Y%m%d%H%M%S}")
        shutil.move(dest, kept)
    for suffix in ("-wal", "-shm"):
        Path(f"{dest}{suffix}").unlink(missing_ok=True)
    staging = dest.with_name(f".{dest.name}.restoring")
    shutil.copyfile(source, staging)
    staging.replace(dest)
    fsync_dir(dest.parent)
    return kept


def cipher_settings(store: Store) -> dict[str, str]:
    with store.engine.connect() as conn:
        rows: dict[str, str] = {
            "cipher_version": conn.exec_driver_sql("PRAGMA cipher_version").scalar_one(),
            "sqlite_version": conn.execute(text("SELECT sqlite_version()")).scalar_one(),
        }
        for line in conn.exec_driver_sql("PRAGMA cipher_settings"):
            name, _, value = str(line[0]).removeprefix("PRAGMA ").partition(" = ")
            rows[name.strip()] = value.strip().rstrip(";")
    return rows
