"""Money, dates and rates shown the way the officer's language writes them.

`i18n.install_translator` sets the default QLocale (zh_CN or en_US); these helpers
read it, so a screen never formats by hand. Money stays Decimal until this point.
The branch currency comes from the 'currency' setting (CNY by default).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QDate, QLocale

CENT = Decimal("0.01")
# Symbols an officer expects; English readers get an unambiguous "CN¥" for yuan.
_SYMBOLS = {"CNY": ("¥", "CN¥"), "HKD": ("港币", "HK$"), "USD": ("美元", "US$"), "EUR": ("€", "€")}


def _is_chinese(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.Chinese


def currency_symbol(currency: str = "CNY", locale: QLocale | None = None) -> str:
    chinese, english = _SYMBOLS.get(currency, (currency, currency))
    return chinese if _is_chinese(locale or QLocale()) else english


def format_money(amount: Decimal, currency: str = "CNY", locale: QLocale | None = None) -> str:
    """E.g. "¥12,345.67" (zh_CN) or "CN¥12,345.67" (en).

    The value is rounded as Decimal first; below 10^13 a double keeps every cent, so
    QLocale's currency pattern can do the grouping. A minus sign replaces the
    accounting brackets some locales use: officers read "(¥5.00)" as a note.
    """
    locale = locale or QLocale()
    cents = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    text = locale.toCurrencyString(float(abs(cents)), currency_symbol(currency, locale), 2)
    return f"-{text}" if cents < 0 else text


def format_amount(amount: Decimal, locale: QLocale | None = None) -> str:
    """A grouped amount with two decimals and no symbol, for table columns."""
    cents = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    return (locale or QLocale()).toString(float(cents), "f", 2)


def format_date(value: date | None, locale: QLocale | None = None) -> str:
    """The locale's short date, always with a four-digit year (auditors read old files)."""
    if value is None:
        return ""
    locale = locale or QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def format_datetime(value: datetime | None, locale: QLocale | None = None) -> str:
    """An aware timestamp in this computer's local time: date plus hours and minutes."""
    if value is None:
        return ""
    local = value.astimezone()
    return f"{format_date(local.date(), locale)} {local:%H:%M}"


def format_percent(rate: Decimal, decimals: int = 2, locale: QLocale | None = None) -> str:
    """A rate stored as a fraction (0.24) shown as a percentage ("24.00%")."""
    percent = (rate * 100).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return (locale or QLocale()).toString(float(percent), "f", decimals) + "%"
