"""C33 logs and tracebacks carry no PII; C2 extended to a whole scripted session.

The session onboards, searches, reveals, edits, exports, locks, crashes a PII-handling
function through the app's exception hook, and is left open (as after a crash). Then
every file in the data folder, every new file in TMPDIR and the log folder is scanned
for 1,000+ seeded ID numbers and phones as ASCII, UTF-16LE, base64 and hex.
"""

from __future__ import annotations

import base64
import logging
import re
import sys
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.security.test_at_rest import seed_customers
from tests.services.kyc_support import person, ric
from tests.support import USER_PASSWORD, Bench
from workstation.models import Customer
from workstation.services import customers, logs
from workstation.views import errors

# (token pattern, encoder): tokens are cut out first, so 4,000+ needles scan in one pass.
ENCODINGS = {
    "ascii": (rb"[0-9Xx]{11,}", lambda v: v.encode()),
    "utf-16le": (rb"(?:[0-9Xx]\x00){11,}", lambda v: v.encode("utf-16-le")),
    "hex": (rb"[0-9a-fA-F]{22,}", lambda v: v.encode().hex().encode()),
    "base64": (rb"[A-Za-z0-9+/]{14,}", lambda v: base64.b64encode(v.encode()).rstrip(b"=")),
}


class Scanner:
    """Finds any of many sensitive values, in four encodings, in a byte string."""

    def __init__(self, values: list[str]) -> None:
        self.needles = {
            name: (re.compile(pattern), {encode(v): v for v in values})
            for name, (pattern, encode) in ENCODINGS.items()
        }

    def hits(self, blob: bytes) -> list[tuple[str, str]]:
        found = []
        for name, (pattern, needles) in self.needles.items():
            lengths = {len(n) for n in needles}
            for token in pattern.findall(blob):
                windows = (token[i : i + n] for n in lengths for i in range(len(token) - n + 1))
                found += [(name, needles[w]) for w in windows if w in needles]
        return found


def _files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()} if folder.exists() else set()


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """TMPDIR for this test alone (SQLite and tempfile both honour it)."""
    folder = tmp_path / "tmpdir"
    folder.mkdir()
    for name in ("TMPDIR", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return folder


@pytest.fixture
def app_log(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The app's own log set-up, with SQL statement logging forced on as a worst case."""
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    path = logs.configure(tmp_path / "logs", level=logging.DEBUG)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)
    yield path
    for handler in root.handlers:
        handler.close()
    root.handlers, root.level = saved
    logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)


def _scripted_session(bench: Bench, exports: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What an officer does in a day, plus a crash; returns the values typed in."""
    ctx = bench.sign_in("officer1")
    typed = []
    for n in range(20):
        number, phone = ric(seq=f"{n + 100:03d}"), f"1361234{n:04d}"
        made = customers.onboard(ctx, person(name=f"王芳{n}", id_number=number, mobile=phone))
        customers.search(ctx, number)
        customers.search(ctx, phone)
        customers.reveal(ctx, made.id, "id_number")
        new_phone = f"1371234{n:04d}"
        customers.edit(ctx, made.id, {"mobile": new_phone})
        typed += [number, phone, new_phone]
    with ctx.read() as db:
        ids = list(db.scalars(select(Customer.id)))
    customers.export_csv(ctx, ids, exports / "customers.csv")  # saved by the user: excluded
    _crash_inside_reveal(ctx, ids[0], monkeypatch)
    ctx.lock(reason="idle")
    ctx.unlock(USER_PASSWORD)
    bench.sign_in("officer1")  # a second session never closed: -wal/-shm stay as after a crash
    return typed


def _crash_inside_reveal(ctx, customer_id, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    real = customers._clear_value

    def failing(customer, field):  # type: ignore[no-untyped-def]
        value = real(customer, field)
        raise RuntimeError(f"unexpected format of {field}: {value} / {customer.legal_name}")

    monkeypatch.setattr(customers, "_clear_value", failing)
    try:
        customers.reveal(ctx, customer_id, "id_number")
    except RuntimeError:
        errors._hook(*sys.exc_info())  # type: ignore[arg-type]
    monkeypatch.setattr(customers, "_clear_value", real)


def test_c33_sqlalchemy_hides_parameters_and_does_not_echo(bench: Bench) -> None:
    ctx = bench.sign_in("officer1")
    engine = ctx.store.engine
    assert engine.hide_parameters is True
    assert not engine.echo
    ctx.sign_out()


def test_c33_scanner_finds_a_planted_value_in_every_encoding(tmp_path: Path) -> None:
    """The C2/C33 scans below can fail: a planted value is found in each encoding."""
    value = ric(seq="555")
    scanner = Scanner([value])
    for name, (_pattern, encode) in ENCODINGS.items():
        assert scanner.hits(b"\x01junk" + encode(value) + b"junk\x02") == [(name, value)]


def test_c33_c2_scripted_session_leaves_no_seeded_value_in_logs_temp_or_data(
    bench: Bench,
    tmp_path: Path,
    private_tmp: Path,
    app_log: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seeded = seed_customers(bench)
    values = [v for v in seeded if v.isascii()]  # ID numbers and phones
    exports = tmp_path / "exports"
    exports.mkdir()
    before = _files(private_tmp)
    values += _scripted_session(bench, exports, monkeypatch)
    assert list(exports.iterdir()) == [exports / "customers.csv"]
    log_text = "".join(p.read_text(encoding="utf-8") for p in _files(app_log.parent))
    assert "unhandled RuntimeError" in log_text  # the crash reached the log, scrubbed
    assert "Traceback" in log_text
    assert "message withheld" in log_text
    names = [v for v in seeded if not v.isascii()]  # no pattern can scrub a name
    assert [n for n in names if n in log_text] == []
    scanned = _files(bench.paths.home) | (_files(private_tmp) - before) | _files(app_log.parent)
    assert len(values) >= 2000
    scanner = Scanner(values)
    hits = [(p.name, enc, v) for p in sorted(scanned) for enc, v in scanner.hits(p.read_bytes())]
    assert hits == []
    assert bench.paths.database in scanned
