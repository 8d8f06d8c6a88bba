"""The month-end bureau reporting file: rendering and validation (docs/bureau.md).

Pipe-delimited UTF-8, one record a line, LF endings: a header (H), one detail record
(D) per loan, a trailer (T) with the record count and the sum of balances. Pure
functions: `render` from records to bytes, `parse_records` back, and `validate`, which
the generator runs before anything is stored or exported and which `bureau validate`
runs on any file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, timedelta
from decimal import Decimal

FORMAT, VERSION = "LOWS-CRB", "1"
KINDS = {"monthly": "M", "correction": "C"}
STATUS_CODES = ("N", "1", "2", "3", "4", "5", "6", "7", "C", "W")
ID_TYPES = ("cn-ric", "cn-uscc", "passport", "mrz-id", "other")
HEADER_FIELDS, TRAILER_FIELDS = 8, 3
_MONEY = re.compile(r"^\d{1,13}\.\d{2}$")
_INT = re.compile(r"^\d{1,5}$")
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


@dataclass(frozen=True)
class Header:
    branch: str
    month: str  # YYYY-MM
    kind: str  # monthly | correction
    sequence: int  # 1 for the monthly file, 2.. for corrections
    corrects: int  # the sequence a correction corrects; 0 for the monthly file


@dataclass(frozen=True)
class Record:
    """One loan's state at the month end, in the file's own text forms."""

    account: str  # loan number
    id_type: str
    id_number: str
    name: str
    opened: str  # YYYY-MM-DD
    principal: str  # 12345.67
    months: str
    balance: str
    overdue: str
    days_past_due: str
    status: str  # N, 1..7 months overdue, C closed, W written off
    closed: str  # YYYY-MM-DD or empty


RECORD_FIELDS = tuple(f.name for f in fields(Record))
CORRECTABLE = ("balance", "overdue", "days_past_due", "status", "closed")


@dataclass(frozen=True)
class Problem:
    line: int  # 1-based; 0 for the file as a whole
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


def status_code(days_past_due: int) -> str:
    """N when current, else whole months overdue (1-30 days is 1), at most 7."""
    return "N" if days_past_due <= 0 else str(min(7, (days_past_due + 29) // 30))


def month_end(month: str) -> date:
    first = date.fromisoformat(f"{month}-01")
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def clean(text: str) -> str:
    """Field text without the delimiter or line breaks (names are free text)."""
    return " ".join(text.replace("|", " ").split())


def render(header: Header, records: Sequence[Record]) -> bytes:
    total = sum((Decimal(r.balance) for r in records), Decimal("0.00"))
    lines = [
        "|".join(
            (
                "H",
                FORMAT,
                VERSION,
                header.branch,
                header.month,
                KINDS[header.kind],
                f"{header.sequence:03d}",
                f"{header.corrects:03d}",
            )
        ),
        *("|".join(("D", *(getattr(r, f) for f in RECORD_FIELDS))) for r in records),
        f"T|{len(records)}|{total:.2f}",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def parse_records(content: bytes) -> list[Record]:
    """The detail records of a file that has passed `validate`."""
    lines = content.decode("utf-8").splitlines()
    return [Record(*line.split("|")[1:]) for line in lines if line.startswith("D|")]


def validate(content: bytes) -> list[Problem]:
    """Every problem with structure, field types, codes, consistency and trailer totals."""
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        return [Problem(0, "The file is not UTF-8 text.")]
    if "\r" in text or not text.endswith("\n"):
        return [Problem(0, "Lines must end with a single LF, the last one included.")]
    lines = text[:-1].split("\n")
    if len(lines) < 2:
        return [Problem(0, "The file needs at least a header and a trailer.")]
    problems: list[Problem] = []
    month = _header(lines[0], problems)
    details = lines[1:-1]
    seen: set[str] = set()
    total = Decimal(0)
    for number, line in enumerate(details, start=2):
        total += _detail(number, line, month, seen, problems)
    _trailer(len(lines), lines[-1], len(details), total, problems)
    return problems


def _header(line: str, problems: list[Problem]) -> str | None:
    parts = line.split("|")
    if len(parts) != HEADER_FIELDS or parts[0] != "H":
        problems.append(Problem(1, f"The header must be H and {HEADER_FIELDS - 1} fields."))
        return None
    _, fmt, version, branch, month, kind, sequence, corrects = parts
    if (fmt, version) != (FORMAT, VERSION):
        problems.append(Problem(1, f"The format must be {FORMAT} version {VERSION}."))
    if not branch:
        problems.append(Problem(1, "The branch code is empty."))
    if not _MONTH.match(month):
        problems.append(Problem(1, f"The month {month!r} is not YYYY-MM."))
    if kind not in KINDS.values():
        problems.append(Problem(1, "The kind must be M (monthly) or C (correction)."))
    if not (sequence.isdigit() and corrects.isdigit() and len(sequence) == len(corrects) == 3):
        problems.append(Problem(1, "The sequence numbers must be three digits."))
    elif (kind == "M") != (sequence == "001" and corrects == "000"):
        problems.append(
            Problem(1, "A monthly file is 001/000; a correction corrects an earlier one.")
        )
    elif kind == "C" and not 0 < int(corrects) < int(sequence):
        problems.append(Problem(1, "A correction must correct an earlier sequence."))
    return month if _MONTH.match(month) else None


def _detail(
    number: int, line: str, month: str | None, seen: set[str], problems: list[Problem]
) -> Decimal:
    """Check one D record; returns its balance for the trailer sum (0 when unreadable)."""
    parts = line.split("|")
    if len(parts) != len(RECORD_FIELDS) + 1 or parts[0] != "D":
        problems.append(Problem(number, f"A detail record is D and {len(RECORD_FIELDS)} fields."))
        return Decimal(0)
    record = Record(*parts[1:])
    found = _record_problems(record, month)
    if record.account in seen:
        found.append(f"account {record.account} appears twice")
    seen.add(record.account)
    problems.extend(Problem(number, message) for message in found)
    return Decimal(record.balance) if _MONEY.match(record.balance) else Decimal(0)


def _record_problems(r: Record, month: str | None) -> list[str]:
    found = [
        f"{name} is empty" for name in ("account", "id_number", "name") if not getattr(r, name)
    ]
    if r.id_type not in ID_TYPES:
        found.append(f"unknown ID type {r.id_type!r}")
    found.extend(
        f"{name} is not an amount like 1234.50"
        for name in ("principal", "balance", "overdue")
        if not _MONEY.match(getattr(r, name))
    )
    found.extend(
        f"{name} is not a whole number"
        for name in ("months", "days_past_due")
        if not _INT.match(getattr(r, name))
    )
    if r.status not in STATUS_CODES:
        found.append(f"unknown status code {r.status!r}")
    opened, closed = _date(r.opened), _date(r.closed) if r.closed else None
    if opened is None:
        found.append("the open date is not YYYY-MM-DD")
    if r.closed and closed is None:
        found.append("the closing date is not YYYY-MM-DD")
    if not found:
        found += _consistency(r, opened, closed, month)
    return found


def _consistency(
    r: Record, opened: date | None, closed: date | None, month: str | None
) -> list[str]:
    found: list[str] = []
    ended = r.status in ("C", "W")
    if ended != bool(r.closed):
        found.append("a closing date goes with status C or W, and only with them")
    if not ended and r.status != status_code(int(r.days_past_due)):
        found.append(f"status {r.status} does not match {int(r.days_past_due)} days past due")
    if r.status == "C" and Decimal(r.balance) != 0:
        found.append("a closed account must have a zero balance")
    if Decimal(r.overdue) > 0 and r.status == "N":
        found.append("an amount overdue on a current account")
    if month is not None:
        end = month_end(month)
        if opened is not None and opened > end:
            found.append("the account opened after the month end")
        if closed is not None and closed > end:
            found.append("the account closed after the month end")
    return found


def _trailer(number: int, line: str, count: int, total: Decimal, problems: list[Problem]) -> None:
    parts = line.split("|")
    if len(parts) != TRAILER_FIELDS or parts[0] != "T":
        problems.append(Problem(number, "The last line must be the trailer T|count|balance."))
        return
    if parts[1] != str(count):
        problems.append(
            Problem(number, f"The trailer counts {parts[1]} records; there are {count}.")
        )
    if parts[2] != f"{total:.2f}":
        problems.append(
            Problem(number, f"The trailer sum {parts[2]} is not the balances' {total:.2f}.")
        )


def _date(text: str) -> date | None:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
