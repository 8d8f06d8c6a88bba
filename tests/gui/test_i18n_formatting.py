"""Money, dates and counts are written the way each language writes them, on real
screens, and tables sort by the value, not by the formatted text."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from operator import itemgetter

import pytest
from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt

from tests.gui.test_translations import interface_language
from tests.support import Bench
from workstation.services import demo_loans, servicing
from workstation.views import formatting
from workstation.views.application_lifecycle import LoanScheduleDialog
from workstation.views.formatting import (
    format_count,
    format_date,
    format_datetime,
    format_money,
    format_percent,
)
from workstation.views.portfolio_view import PortfolioView
from workstation.views.table_model import SORT_ROLE, Column, RecordTableModel

ZH = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@contextmanager
def locale(which: QLocale) -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(which)
    try:
        yield
    finally:
        QLocale.setDefault(previous)


@pytest.mark.parametrize(
    ("where", "money", "negative", "day", "percent", "count"),
    [
        (ZH, "¥12,345.67", "-¥5.00", "2026-11-29", "24.00%", "200,000"),
        (EN, "CN¥12,345.67", "-CN¥5.00", "29 Nov 2026", "24.00%", "200,000"),
    ],
)
def test_helpers_write_each_locale_its_way(
    where: QLocale, money: str, negative: str, day: str, percent: str, count: str
) -> None:
    assert format_money(Decimal("12345.665"), locale=where) == money
    assert format_money(Decimal("-5"), locale=where) == negative
    assert format_date(date(2026, 11, 29), where) == day
    assert format_percent(Decimal("0.24"), locale=where) == percent
    assert format_count(200000, where) == count
    moment = datetime(2026, 11, 29, 23, 30, tzinfo=UTC)
    assert format_datetime(moment, where, utc=True) == f"{day} 23:30"
    assert format_money(None) == format_date(None) == ""
    assert format_percent(None) == "–"


def test_the_branch_currency_setting_changes_the_symbol() -> None:
    try:
        formatting.use_currency("HKD")
        assert format_money(Decimal(1), locale=EN) == "HK$1.00"
    finally:
        formatting.use_currency("CNY")
    assert format_money(Decimal(1), locale=ZH) == "¥1.00"


def _loan() -> servicing.LoanSummary:
    amounts = (Decimal("9"), Decimal("1000"), Decimal("10"))
    rows = tuple(
        servicing.InstallmentView(
            n + 1,
            date(2026, 12 - n, 2),
            principal,
            Decimal("1.5"),
            Decimal(0),
            Decimal(0),
            Decimal(0),
            principal,
        )
        for n, principal in enumerate(amounts)
    )
    return servicing.LoanSummary(
        uuid.uuid4(), "L-0001", uuid.uuid4(), "active", Decimal("1019"), Decimal("0.12"),
        Decimal("1019"), Decimal(0), Decimal(0), 0, "current", rows,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("where", "due", "principal", "status"),
    [(ZH, "2026-12-02", "¥9.00", "还款中"), (EN, "2 Dec 2026", "CN¥9.00", "Repaying")],
)
def test_the_loan_schedule_shows_dates_and_money_per_locale(  # type: ignore[no-untyped-def]
    qtbot, qapp, where: QLocale, due: str, principal: str, status: str
) -> None:
    with interface_language(qapp, "zh_CN" if where == ZH else "en"):
        dialog = LoanScheduleDialog(_loan())
        qtbot.addWidget(dialog)
        assert dialog.model.index(0, 1).data() == due
        assert dialog.model.index(0, 2).data() == principal
        assert principal.replace("9.00", "1,019.00") in dialog.heading.text()
        assert status in dialog.heading.text()


def test_schedule_columns_sort_on_the_value_not_the_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    with locale(ZH):
        dialog = LoanScheduleDialog(_loan())
        qtbot.addWidget(dialog)
        proxy = QSortFilterProxyModel()
        proxy.setSourceModel(dialog.model)
        proxy.setSortRole(SORT_ROLE)
        proxy.sort(2, Qt.SortOrder.AscendingOrder)  # principal: 9 < 10 < 1,000; as text 1,000 first
        assert [proxy.index(r, 2).data() for r in range(3)] == ["¥9.00", "¥10.00", "¥1,000.00"]
        proxy.sort(1, Qt.SortOrder.AscendingOrder)  # due dates, oldest first
        assert [proxy.index(r, 0).data() for r in range(3)] == ["3", "2", "1"]


def test_the_sort_role_orders_money_dates_and_times_by_value() -> None:
    """Qt would order Decimals and dates as opaque objects; the model hands it numbers."""
    days = [date(2020, 1, 1) + timedelta(days=(n * 37) % 400) for n in range(40)]
    rows = [
        (Decimal(n * 7919 % 100003) / 100, day, datetime.combine(day, time(n % 24), UTC))
        for n, day in enumerate(days)
    ]
    model = RecordTableModel([Column(str(i), str, itemgetter(i)) for i in range(3)])
    model.set_rows(rows)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    for column in range(3):
        proxy.sort(column)
        shown = [model.row_object(proxy.mapToSource(proxy.index(r, 0)).row()) for r in range(40)]
        assert [row[column] for row in shown] == sorted(row[column] for row in rows)


def test_portfolio_screen_in_chinese_and_in_english(qtbot, bench: Bench) -> None:  # type: ignore[no-untyped-def]
    bench.clock.current = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)
    ctx = bench.sign_in("supervisor1")
    demo_loans.insert_loans(ctx, 60, servicing.business_date(ctx), overdue_every=3)
    shown = {}
    for where in (ZH, EN):
        with locale(where):
            view = PortfolioView(ctx)
            qtbot.addWidget(view)
            qtbot.waitUntil(lambda v=view: v.dashboard is not None, timeout=10000)
            shown[where.name()] = (view.model.index(0, 1).data(), view.model.index(0, 2).data())
            summary = view.summary.text()
        assert "60" in summary
    zh_count, zh_money = shown["zh_CN"]
    en_count, en_money = shown["en_US"]
    assert zh_count == en_count == "60"
    assert zh_money.startswith("¥")
    assert en_money.startswith("CN¥")
    assert zh_money[1:] == en_money[3:]
