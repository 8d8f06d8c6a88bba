"""C1, C2 (database files), C3, C4, C6: what a stolen laptop's files give away."""

from __future__ import annotations

import base64
import random
import sqlite3
import uuid
from pathlib import Path

import pytest

from tests.support import Bench
from workstation.models import ContactPoint, Customer, IdentityDocument
from workstation.services.store import WrongKey, cipher_settings, connect_raw, open_store

SEEDS = 1000


def _resident_id(rng: random.Random) -> str:
    from stdnum.cn import ric

    body = f"110101{rng.randint(1960, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    body += f"{rng.randint(0, 999):03d}"
    return body + ric.calc_check_digit(body)


def seed_customers(bench: Bench, count: int = SEEDS) -> list[str]:
    """Insert customers straight through the ORM; return every sensitive value."""
    rng = random.Random(7)
    session = bench.sign_in("officer1")
    values: list[str] = []
    with session.transaction() as db:
        for i in range(count):
            id_number, phone = _resident_id(rng), f"139{rng.randint(10_000_000, 99_999_999)}"
            name = f"测试客户{i:04d}Zhang{i:04d}"
            customer = Customer(
                legal_name=name, name_search=name.lower(), branch_id=session.actor.branch_id
            )
            customer.documents.append(
                IdentityDocument(
                    doc_type="cn-ric", number=id_number, number_digest=uuid.uuid4().hex
                )
            )
            customer.contacts.append(
                ContactPoint(kind="mobile", value=phone, value_digest=uuid.uuid4().hex)
            )
            db.add(customer)
            values += [id_number, phone, name]
    session.sign_out()
    return values


def encodings(value: str) -> list[bytes]:
    raw = value.encode("utf-8")
    return [raw, value.encode("utf-16-le"), base64.b64encode(raw), raw.hex().encode()]


def app_files(home: Path) -> list[Path]:
    return [p for p in home.rglob("*") if p.is_file()]


def test_c1_database_header_is_not_plaintext_and_stdlib_cannot_read_it(bench: Bench) -> None:
    seed_customers(bench, 10)
    assert bench.paths.database.read_bytes()[:16] != b"SQLite format 3\x00"
    conn = sqlite3.connect(bench.paths.database)
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    conn.close()


def test_c2_no_seeded_value_in_any_file_the_app_wrote(bench: Bench) -> None:
    values = seed_customers(bench)
    session = bench.sign_in("officer1")  # leave -wal/-shm in place while open
    blobs = {path: path.read_bytes() for path in app_files(bench.paths.home)}
    hits = [
        (path.name, value)
        for value in values
        for needle in encodings(value)
        for path, blob in blobs.items()
        if needle in blob
    ]
    session.sign_out()
    assert len(values) == 3 * SEEDS
    assert hits == []


def test_c3_cipher_settings(bench: Bench) -> None:
    session = bench.sign_in("officer1")
    settings = cipher_settings(session.store)
    assert settings["cipher_version"].startswith("4.")
    assert settings["cipher_hmac_algorithm"] == "HMAC_SHA512"
    assert settings["cipher_use_hmac"] == "1"
    assert settings["cipher_plaintext_header_size"] == "0"
    assert settings["cipher_page_size"] == "4096"
    assert tuple(int(p) for p in settings["sqlite_version"].split(".")) >= (3, 51, 3)


def test_c4_temp_store_is_memory(bench: Bench) -> None:
    session = bench.sign_in("officer1")
    with session.store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar_one() == 2


def test_c6_wrong_and_empty_keys_are_refused_and_create_nothing(
    tmp_path: Path, bench: Bench
) -> None:
    with pytest.raises(WrongKey):
        open_store(bench.paths.database, b"\x01" * 32)
    with pytest.raises(WrongKey):
        connect_raw(bench.paths.database, b"")
    missing = tmp_path / "absent.db"
    with pytest.raises(Exception, match="does not exist"):
        open_store(missing, b"\x01" * 32)
    assert not missing.exists()


def test_c9_sqlcipher_engine_has_the_wal_reset_fix(bench: Bench) -> None:
    """SQLite 3.7.0-3.51.2 can corrupt a WAL database with two writers; with >= 3.51.3
    the number of writer connections no longer matters (the app pools several)."""
    session = bench.sign_in("officer1")
    with session.store.engine.connect() as conn:
        pooled = conn.exec_driver_sql("SELECT sqlite_version()").scalar_one()
    raw = connect_raw(bench.paths.database, session.store.key)
    try:
        direct = raw.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        raw.close()
    for version in (pooled, direct):
        assert tuple(int(p) for p in version.split(".")) >= (3, 51, 3), version
