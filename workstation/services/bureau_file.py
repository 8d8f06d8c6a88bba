"""The bureau report file the branch receives, read strictly (docs/bureau.md, "Report file").

Parsing is a pure function from bytes to a `ParsedReport`; every problem found is
listed in one `ReportInvalid` so the officer can see all of them at once, and nothing
is stored unless the whole file is sound. Amounts are decimal strings (never floats),
dates ISO, statuses N or 1..7 (months overdue, worst in 24 months), and the summary
must agree with the account and inquiry lists it summarises.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

FORMAT = "lows-bureau-report/1"
MAX_BYTES = 1_000_000
STATUSES = ("N", "1", "2", "3", "4", "5", "6", "7")
ACCOUNT_STATUSES = (*STATUSES, "C")  # C: closed account
INQUIRY_WINDOW = timedelta(days=183)  # "inquiries in the last 6 months"
TOP = frozenset({"format", "bureau", "report_id", "report_date", "subject", "summary"})
TOP_OPTIONAL = frozenset({"accounts", "inquiries"})
SUBJECT = frozenset({"name", "id_type", "id_number"})
SUMMARY = frozenset(
    {"total_debt", "monthly_obligations", "open_accounts", "inquiries_6m", "worst_status_24m"}
)
ACCOUNT = frozenset(
    {"kind", "lender", "opened", "balance", "monthly_payment", "status", "worst_status_24m"}
)
INQUIRY = frozenset({"date", "institution", "reason"})
_MONEY = re.compile(r"^\d{1,12}(\.\d{1,2})?$")


class ReportInvalid(ValueError):
    """The file is not a usable bureau report; `problems` lists every reason."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        lines = "\n".join(f"- {p}" for p in problems)
        super().__init__(f"The bureau report cannot be imported:\n{lines}")


@dataclass(frozen=True)
class Account:
    kind: str
    lender: str
    opened: date
    balance: Decimal
    monthly_payment: Decimal
    status: str
    worst_status_24m: str


@dataclass(frozen=True)
class Inquiry:
    date: date
    institution: str
    reason: str


@dataclass(frozen=True)
class ParsedReport:
    """A sound report; `id_number` is for matching only and is never stored or logged."""

    bureau: str
    report_id: str
    report_date: date
    id_type: str
    id_number: str
    total_debt: Decimal
    monthly_obligations: Decimal
    open_accounts: int
    inquiries_6m: int
    worst_status: str
    accounts: tuple[Account, ...]
    inquiries: tuple[Inquiry, ...]


def status_rank(status: str) -> int:
    """N and C rank 0; 1..7 their months overdue."""
    return int(status) if status.isdigit() else 0


def parse(data: bytes, today: date) -> ParsedReport:
    """Read and check a report; raise ReportInvalid listing every problem."""
    if len(data) > MAX_BYTES:
        raise ReportInvalid([f"The file is larger than {MAX_BYTES // 1000} kB."])
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ReportInvalid([f"The file is not UTF-8 JSON ({exc}).".replace("\n", " ")]) from exc
    reader = _Reader()
    report = reader.report(raw, today)
    if reader.problems or report is None:
        raise ReportInvalid(reader.problems or ["The file is empty."])
    return report


class _Reader:
    """Collects problems while reading, so one pass reports them all."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def report(self, raw: object, today: date) -> ParsedReport | None:
        top = self._object(raw, "The file", TOP, TOP_OPTIONAL)
        if top is None:
            return None
        if top.get("format") != FORMAT:
            self.problems.append(f'"format" must be "{FORMAT}".')
        subject = self._object(top.get("subject"), '"subject"', SUBJECT) or {}
        summary = self._object(top.get("summary"), '"summary"', SUMMARY) or {}
        accounts = self._list(top.get("accounts", []), "accounts", self._account)
        inquiries = self._list(top.get("inquiries", []), "inquiries", self._inquiry)
        report_date = self._date(top.get("report_date"), '"report_date"')
        if report_date is not None and report_date > today:
            self.problems.append(f'"report_date" {report_date} is in the future.')
        parsed = ParsedReport(
            bureau=self._text(top.get("bureau"), '"bureau"', 32),
            report_id=self._text(top.get("report_id"), '"report_id"', 64),
            report_date=report_date or today,
            id_type=self._text(subject.get("id_type"), '"subject.id_type"', 16),
            id_number=self._text(subject.get("id_number"), '"subject.id_number"', 64),
            total_debt=self._money(summary.get("total_debt"), '"summary.total_debt"'),
            monthly_obligations=self._money(
                summary.get("monthly_obligations"), '"summary.monthly_obligations"'
            ),
            open_accounts=self._count(summary.get("open_accounts"), '"summary.open_accounts"'),
            inquiries_6m=self._count(summary.get("inquiries_6m"), '"summary.inquiries_6m"'),
            worst_status=self._status(
                summary.get("worst_status_24m"), '"summary.worst_status_24m"', STATUSES
            ),
            accounts=tuple(accounts),
            inquiries=tuple(inquiries),
        )
        if not self.problems:
            self._agree(parsed)
        return parsed

    def _agree(self, r: ParsedReport) -> None:
        """The summary must be what its own lists add up to."""
        open_ = [a for a in r.accounts if a.status != "C"]
        if sum((a.balance for a in open_), Decimal(0)) != r.total_debt:
            self.problems.append('"summary.total_debt" is not the sum of the open accounts.')
        if sum((a.monthly_payment for a in open_), Decimal(0)) != r.monthly_obligations:
            self.problems.append(
                '"summary.monthly_obligations" is not the sum of the open accounts\' payments.'
            )
        if len(open_) != r.open_accounts:
            self.problems.append('"summary.open_accounts" does not match the account list.')
        recent = [q for q in r.inquiries if r.report_date - q.date <= INQUIRY_WINDOW]
        if len(recent) != r.inquiries_6m:
            self.problems.append('"summary.inquiries_6m" does not match the inquiry list.')
        worst = max((status_rank(a.worst_status_24m) for a in r.accounts), default=0)
        if worst != status_rank(r.worst_status):
            self.problems.append('"summary.worst_status_24m" does not match the accounts.')

    def _object(
        self,
        raw: object,
        where: str,
        required: frozenset[str],
        optional: frozenset[str] = frozenset(),
    ) -> Mapping[str, Any] | None:
        if not isinstance(raw, dict):
            self.problems.append(f"{where} must be a JSON object.")
            return None
        unknown = sorted(set(raw) - required - optional)
        missing = sorted(required - set(raw))
        if unknown:
            self.problems.append(f"{where} has unknown fields: {', '.join(unknown)}.")
        if missing:
            self.problems.append(f"{where} is missing: {', '.join(missing)}.")
        return raw

    def _list(self, raw: object, name: str, read: Any) -> list[Any]:
        if not isinstance(raw, list):
            self.problems.append(f'"{name}" must be a list.')
            return []
        return [read(item, f'"{name}[{n}]"') for n, item in enumerate(raw)]

    def _account(self, raw: object, where: str) -> Account:
        a = self._object(raw, where, ACCOUNT) or {}
        return Account(
            kind=self._text(a.get("kind"), f"{where}.kind", 32),
            lender=self._text(a.get("lender"), f"{where}.lender", 100),
            opened=self._date(a.get("opened"), f"{where}.opened") or date.min,
            balance=self._money(a.get("balance"), f"{where}.balance"),
            monthly_payment=self._money(a.get("monthly_payment"), f"{where}.monthly_payment"),
            status=self._status(a.get("status"), f"{where}.status", ACCOUNT_STATUSES),
            worst_status_24m=self._status(
                a.get("worst_status_24m"), f"{where}.worst_status_24m", STATUSES
            ),
        )

    def _inquiry(self, raw: object, where: str) -> Inquiry:
        q = self._object(raw, where, INQUIRY) or {}
        return Inquiry(
            date=self._date(q.get("date"), f"{where}.date") or date.min,
            institution=self._text(q.get("institution"), f"{where}.institution", 100),
            reason=self._text(q.get("reason"), f"{where}.reason", 32),
        )

    def _text(self, raw: object, where: str, longest: int) -> str:
        if not isinstance(raw, str) or not raw.strip() or len(raw) > longest:
            self.problems.append(f"{where} must be text of 1 to {longest} characters.")
            return ""
        return raw.strip()

    def _money(self, raw: object, where: str) -> Decimal:
        if not isinstance(raw, str) or not _MONEY.match(raw):
            self.problems.append(f'{where} must be an amount written as text, like "1234.50".')
            return Decimal(0)
        return Decimal(raw)

    def _count(self, raw: object, where: str) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int) or not 0 <= raw <= 9999:
            self.problems.append(f"{where} must be a whole number from 0 to 9999.")
            return 0
        return raw

    def _status(self, raw: object, where: str, allowed: tuple[str, ...]) -> str:
        if raw not in allowed:
            self.problems.append(f"{where} must be one of {', '.join(allowed)}.")
            return "N"
        return str(raw)

    def _date(self, raw: object, where: str) -> date | None:
        if isinstance(raw, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            try:
                return date.fromisoformat(raw)
            except ValueError:
                pass
        self.problems.append(f"{where} must be a date like 2026-11-30.")
        return None
