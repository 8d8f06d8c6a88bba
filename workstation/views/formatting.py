"""Money, dates and rates shown the way the officer's language writes them.

`i18n.install_translator` sets the default QLocale (zh_CN or en_US); these helpers
read it, so a screen never formats by hand. Money stays Decimal until this point.
The branch currency comes from the 'currency' setting (CNY by default).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QDate, QLocale

CENT = Decimal("0.01")
# Symbols an officer expects; English readers get an unambiguous "CN¥" for yuan.
_SYMBOLS = {"CNY": ("¥", "CN¥"), "HKD": ("港币", "HK$"), "USD": ("美元", "US$"), "EUR": ("€", "€")}


_branch_currency = {"code": "CNY"}


def use_currency(code: str) -> None:
    """The branch's currency (setting 'currency'), set once when the main window opens."""
    _branch_currency["code"] = code or "CNY"


def _is_chinese(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.Chinese


def currency_symbol(currency: str | None = None, locale: QLocale | None = None) -> str:
    currency = currency or _branch_currency["code"]
    chinese, english = _SYMBOLS.get(currency, (currency, currency))
    return chinese if _is_chinese(locale or QLocale()) else english


def format_money(
    amount: Decimal | None, currency: str | None = None, locale: QLocale | None = None
) -> str:
    """E.g. "¥12,345.67" (zh_CN) or "CN¥12,345.67" (en).

    The value is rounded as Decimal first; below 10^13 a double keeps every cent, so
    QLocale's currency pattern can do the grouping. A minus sign replaces the
    accounting brackets some locales use: officers read "(¥5.00)" as a note.
    """
    if amount is None:
        return ""
    locale = locale or QLocale()
    cents = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    text = locale.toCurrencyString(float(abs(cents)), currency_symbol(currency, locale), 2)
    return f"-{text}" if cents < 0 else text


def format_amount(amount: Decimal, locale: QLocale | None = None) -> str:
    """A grouped amount with two decimals and no symbol, for table columns."""
    cents = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    return (locale or QLocale()).toString(float(cents), "f", 2)


# Decided once for every screen: Chinese staff read ISO dates (as on bank statements and
# the contract); English readers (head office, auditors) get the month as a word, which
# no one can misread as day-first or month-first.
_DATE_PATTERNS = {True: "yyyy-MM-dd", False: "d MMM yyyy"}


def format_date(value: date | None, locale: QLocale | None = None) -> str:
    """E.g. "2026-11-29" (zh_CN) or "29 Nov 2026" (en); empty for no date."""
    if value is None:
        return ""
    locale = locale or QLocale()
    pattern = _DATE_PATTERNS[_is_chinese(locale)]
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def format_datetime(
    value: datetime | None, locale: QLocale | None = None, *, utc: bool = False
) -> str:
    """An aware timestamp as date plus hours and minutes, in this computer's local time
    (or in UTC where the screen says so, e.g. the audit trail)."""
    if value is None:
        return ""
    shown = value.astimezone(UTC) if utc else value.astimezone()
    return f"{format_date(shown.date(), locale)} {shown:%H:%M}"


def format_count(count: int, locale: QLocale | None = None) -> str:
    """A whole number grouped the locale's way ("12,345")."""
    return (locale or QLocale()).toString(count)


def format_number(value: Decimal | float, decimals: int = 1, locale: QLocale | None = None) -> str:
    """A measured figure (hours, seconds, a ratio) with fixed decimals."""
    return (locale or QLocale()).toString(float(value), "f", decimals)


def format_percent(rate: Decimal | None, decimals: int = 2, locale: QLocale | None = None) -> str:
    """A rate stored as a fraction (0.24) shown as a percentage ("24.00%"); "–" for none."""
    if rate is None:
        return "–"
    percent = (rate * 100).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return (locale or QLocale()).toString(float(percent), "f", decimals) + "%"
